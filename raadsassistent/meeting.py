"""The meeting briefing: one self-contained ``index.html`` (and ``meeting.json``) per meeting.

It is built from the documents a batch stored plus the parsed agenda (the agenda PDF's
structure comes from the store, never from the PDF again); ``render.render_meeting_html``
writes the page. It lists the agenda items with what each asks of the council, how much of the stukken is
framework, the reading time saved, links to the document briefings and a small reading map per
document whose cells link to the pages of its PDF (placed beside them). Bespreekstukken come
first, those with the most framework content on top; documents that match no item are listed
under "Overige stukken" and files that failed with their Dutch reason.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from raadsassistent.agenda import fold, load_meeting, match_documents, notubiz_exports
from raadsassistent.archive import resolved_path, write_text
from raadsassistent.errors import StoreError
from raadsassistent.render import MEETING_GENERATOR, json_text, render_meeting_html, totals_line
from raadsassistent.store import Store
from raadsassistent.types import FAILED, DocumentResult, Meeting

ASKS_PER_ITEM = 6
# Documents whose decision points say what an item asks, the proposal itself first.
ASKING_TYPES = (
    "raadsvoorstel",
    "raadsbesluit",
    "verordening",
    "amendement",
    "motie",
    "besluitenlijst",
)  # decision points shown per agenda item; the rest is in the briefings
INDEX_FILE = "index.html"
JSON_FILE = "meeting.json"
BRIEFING_DIR = "briefings"  # one briefing per document: <stem>.html, .md, .json
PDF_DIR = "stukken"  # the source PDFs beside them, so page links work in a mailed ZIP
MAX_RECORD_BYTES = 64 * 1024**2  # a larger meeting.json is not one this tool wrote


def briefing_path(stem: str) -> str:
    """Where a batch writes a document's HTML briefing, relative to the output folder."""
    return f"{BRIEFING_DIR}/{stem}.html"


def pdf_path(stem: str) -> str:
    """Where a batch places a document's source PDF, relative to the output folder."""
    return f"{PDF_DIR}/{stem}.pdf"


def source_pdf(outdir: str | Path, path: str | Path, stem: str) -> str:
    """Where a briefing's page links find its PDF, relative to the output folder: the file
    itself when it already lies inside that folder (a run into its own input folder, an
    unpacked ZIP), else the copy a batch places at :func:`pdf_path`."""
    out, source = resolved_path(outdir), resolved_path(path)
    return source.relative_to(out).as_posix() if source.is_relative_to(out) else pdf_path(stem)


def meeting_id(meeting: Meeting | None, fallback: str) -> str:
    parts = [meeting.municipality, meeting.date, meeting.body] if meeting else []
    key = "-".join(p for p in parts if p) or fallback
    return re.sub(r"[^a-z0-9]+", "-", fold(key)).strip("-") or "vergadering"


def _weighted_share(docs: list[dict[str, Any]]) -> float | None:
    shares = [
        (d["framework_share"], d.get("words") or 1)
        for d in docs
        if d.get("framework_share") is not None
    ]
    total = sum(w for _, w in shares)
    return round(sum(s * w for s, w in shares) / total, 3) if total else None


def build_meeting(
    store: Store,
    inputs: Any,
    outcomes: Sequence[DocumentResult],
    *,
    agenda: bool = True,
    outdir: str | Path | None = None,
) -> dict[str, Any]:
    """The meeting briefing as JSON-ready data, from the stored documents of this run.

    ``inputs`` is the batch's ``pipeline.Inputs`` (its folder and candidate Notubiz files);
    without ``agenda`` no agenda is looked for. Files with identical bytes are one document,
    listed with all their names (``copies``). With ``outdir`` each document has the path of
    its PDF (``pdf``, see :func:`source_pdf`) for the page links.
    """
    documents: list[dict[str, Any]] = []
    agenda_docs = []
    seen: dict[str, dict[str, Any]] = {}
    for outcome in outcomes:
        if outcome.sha256 in seen:
            seen[outcome.sha256]["copies"].append(outcome.file_name)
            continue
        entry: dict[str, Any] = {
            "file_name": outcome.file_name,
            "status": outcome.status,
            "sha256": outcome.sha256,
            "pages": outcome.pages,
            "title": outcome.title or Path(outcome.file_name).stem,
            "copies": [],
        }
        if outcome.sha256:
            seen[outcome.sha256] = entry
        if outcome.status == FAILED:
            entry.update(code=outcome.code, reason=outcome.message)
            documents.append(entry)
            continue
        row = store.document(outcome.sha256) or {}
        briefing = (store.briefing(outcome.sha256) or {}).get("briefing") or {}
        entry.update(
            title=row.get("title") or entry["title"],
            doc_type=row.get("doc_type") or "",
            date=row.get("date"),
            pages=row.get("page_count") or outcome.pages,
            words=row.get("word_count") or 0,
            framework_share=row.get("framework_share"),
            minutes_source=briefing.get("reading_minutes_source") or 0,
            minutes_briefing=briefing.get("reading_minutes_briefing") or 0,
            asks_nothing=bool(briefing.get("asks_nothing")),
            decision_points=[
                {"number": p["number"], "text": p["text"], "page": p["page"]}
                for p in briefing.get("decision_points", [])
            ],
            link=briefing_path(outcome.output) if outcome.output else None,
            pdf=(
                source_pdf(outdir, outcome.path, outcome.output)
                if outcome.output and outdir is not None
                else None
            ),
            page_map=briefing.get("page_map") or [],
        )
        if entry["doc_type"] == "agenda" and agenda:
            entry["is_agenda"] = True
            stored = store.structured_document(outcome.sha256)
            if stored is not None:
                agenda_docs.append(stored)
        documents.append(entry)

    notubiz, notes = notubiz_exports(inputs.json_files) if agenda else ([], [])
    meeting = load_meeting(agenda_docs, notubiz) if agenda else None
    if meeting is None and agenda:
        notes.append(
            "Er is geen agenda gevonden (geen agenda-PDF of Notubiz-export); alle stukken staan onder 'Overige stukken'."
        )

    items = [
        {**asdict(item), "documents": list(item.documents), "position": position}
        for position, item in enumerate(meeting.items if meeting else (), start=1)
    ]
    number_to_position: dict[str, int] = {}
    for item in items:
        number_to_position.setdefault(item["number"], item["position"])
    matchable = [d for d in documents if not d.get("is_agenda")]
    matches = (
        match_documents(meeting, [(d["file_name"], d["title"]) for d in matchable])
        if meeting
        else {}
    )
    for doc in matchable:
        found = matches.get(doc["file_name"])
        if found:
            doc.update(
                item_position=number_to_position[found.item],
                matched_by=found.reason,
                score=found.score,
            )

    for item in items:
        own = [d for d in matchable if d.get("item_position") == item["position"]]
        good = sorted(
            (d for d in own if d["status"] != FAILED),
            key=lambda d: (-(d.get("framework_share") or 0), d["file_name"]),
        )
        asks = [
            {**point, "file_name": d["file_name"], "link": d.get("link"), "pdf": d.get("pdf")}
            for d in sorted(
                good,
                key=lambda d: (
                    ASKING_TYPES.index(d.get("doc_type"))
                    if d.get("doc_type") in ASKING_TYPES
                    else 99
                ),
            )
            if d.get("doc_type") in ASKING_TYPES
            for point in d["decision_points"]
        ]
        item.update(
            document_files=[d["file_name"] for d in good],
            failed_files=[d["file_name"] for d in own if d["status"] == FAILED],
            asks=asks[:ASKS_PER_ITEM],
            more_asks=max(len(asks) - ASKS_PER_ITEM, 0),
            framework_share=_weighted_share(good),
            pages=sum(d["pages"] for d in good),
            minutes_source=sum(d["minutes_source"] for d in good),
            minutes_briefing=sum(d["minutes_briefing"] for d in good),
        )
        item["minutes_saved"] = item["minutes_source"] - item["minutes_briefing"]

    done = [d for d in documents if d["status"] != FAILED]
    totals = {
        "documents": len(done),
        "failed": len(documents) - len(done),
        "pages": sum(d["pages"] for d in done),
        "minutes_source": sum(d["minutes_source"] for d in done),
        "minutes_briefing": sum(d["minutes_briefing"] for d in done),
    }
    totals["line"] = totals_line(
        totals["pages"], totals["minutes_source"], totals["minutes_briefing"]
    )
    return {
        "id": meeting_id(meeting, Path(inputs.folder).name),
        "body": meeting.body if meeting else None,
        "date": meeting.date if meeting else None,
        "municipality": meeting.municipality if meeting else None,
        "time": meeting.time if meeting else None,
        "place": meeting.place if meeting else None,
        "source": meeting.source if meeting else "",
        "output_dir": "",
        "items": items,
        "documents": documents,
        "totals": totals,
        "notes": notes,
    }


def write_meeting(data: dict[str, Any], outdir: str | Path) -> Path:
    """Write ``index.html`` and ``meeting.json`` into ``outdir``; return the index path."""
    out = Path(outdir)
    data["output_dir"] = str(out.resolve())
    write_text(out / JSON_FILE, json_text(data))
    write_text(out / INDEX_FILE, render_meeting_html(data))
    return out / INDEX_FILE


def store_meeting(store: Store, meeting: dict[str, Any]) -> None:
    """Save the meeting, its agenda items and which stored document belongs to which item."""
    items = [
        {k: item.get(k) for k in ("position", "number", "title", "kind", "text", "page")}
        for item in meeting["items"]
    ]
    links = {
        d["sha256"]: {
            "document_sha256": d["sha256"],
            "item_position": d.get("item_position"),
            "matched_by": d.get("matched_by"),
            "score": d.get("score"),
        }
        for d in meeting["documents"]
        if d.get("sha256") and d["status"] != FAILED and store.has_document(d["sha256"])
    }
    info = {
        k: meeting.get(k)
        for k in ("body", "date", "municipality", "time", "place", "source", "output_dir")
    }
    try:
        store.save_meeting(meeting["id"], info, items, list(links.values()))
    except sqlite3.DatabaseError as error:
        raise StoreError(
            f"{store.path}: de vergadering kon niet in de database worden opgeslagen ({error}). "
            f"De vergaderbriefing staat wel in {meeting['output_dir'] or 'de uitvoermap'}; start "
            "de batch opnieuw om ook de database bij te werken.",
            path=str(store.path),
        ) from error


def _earlier_record(outdir: Path) -> dict[str, Any] | None:
    """An earlier run's ``meeting.json`` in ``outdir``, or None when there is none or it is
    not ours (damaged, or another program's file of that name)."""
    path = outdir / JSON_FILE
    try:
        if path.stat().st_size > MAX_RECORD_BYTES:
            return None
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("documents"), list):
        return None
    return data if {"items", "totals", "output_dir"} <= data.keys() else None


def foreign_meeting_files(outdir: str | Path) -> list[Path]:
    """Files in ``outdir`` with the names of the meeting briefing that this tool did not
    write (a run must not overwrite them)."""
    out = Path(outdir)
    ours = _earlier_record(out) is not None
    foreign = []
    if (out / JSON_FILE).exists() and not ours:
        foreign.append(out / JSON_FILE)
    index = out / INDEX_FILE
    if index.exists() and not ours:
        try:
            with open(index, encoding="utf-8", errors="replace") as source:
                head = source.read(4096)
        except OSError:
            head = ""
        if f'<meta name="generator" content="{MEETING_GENERATOR}">' not in head:
            foreign.append(index)
    return foreign


def earlier_outputs(outdir: str | Path) -> set[str]:
    """The briefing file stems an earlier run recorded in ``outdir``'s ``meeting.json``
    (plain names only: a record that is not ours, or is damaged, gives none)."""
    data = _earlier_record(Path(outdir))
    if data is None:
        return set()
    links = [d.get("link") for d in data["documents"] if isinstance(d, dict)]
    stems = set()
    for link in links:
        if isinstance(link, str) and link.startswith(f"{BRIEFING_DIR}/") and link.endswith(".html"):
            stem = link.removeprefix(f"{BRIEFING_DIR}/").removesuffix(".html")
            if stem and stem.strip(".") and not re.search(r"[/\\\0]", stem):
                stems.add(stem)
    return stems
