"""The meeting briefing: one self-contained ``index.html`` (and ``meeting.json``) per meeting.

It lists the agenda items with what each asks of the council, how much of the stukken is
framework, the reading time saved and links to the document briefings. Bespreekstukken come
first, those with the most framework content on top; documents that match no item are listed
under "Overige stukken" and files that failed with their Dutch reason.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import asdict
from pathlib import Path
from typing import Any

from raadsassistent.agenda import (
    BESPREEKSTUK,
    HAMERSTUK,
    Meeting,
    fold,
    load_meeting,
    match_documents,
    parse_notubiz,
)
from raadsassistent.errors import RaadsassistentError
from raadsassistent.nlp import MONTHS
from raadsassistent.store import Store

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


def duration_nl(minutes: int) -> str:
    """``310`` -> ``"5 uur 10 min"``."""
    hours, rest = divmod(max(int(minutes), 0), 60)
    if hours and rest:
        return f"{hours} uur {rest} min"
    return f"{hours} uur" if hours else f"{rest} min"


def pages_nl(pages: int) -> str:
    return f"{pages} pagina" if pages == 1 else f"{pages} pagina's"


def totals_line(pages: int, minutes_source: int, minutes_briefing: int) -> str:
    """``"312 pagina's, 5 uur 10 min lezen → 24 min"``."""
    return (
        f"{pages_nl(pages)}, {duration_nl(minutes_source)} lezen → {duration_nl(minutes_briefing)}"
    )


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


def build_meeting(store: Store, inputs: Any, outcomes: list[Any]) -> dict[str, Any]:
    """The meeting briefing as JSON-ready data, from the stored documents of this run."""
    from raadsassistent.pipeline import read_document

    documents: list[dict[str, Any]] = []
    agenda_docs = []
    seen: set[str] = set()
    for outcome in outcomes:
        if outcome.sha256 and outcome.status != "mislukt":
            if outcome.sha256 in seen:
                continue  # a copy of a document already listed
            seen.add(outcome.sha256)
        entry: dict[str, Any] = {
            "file_name": outcome.file_name,
            "status": outcome.status,
            "sha256": outcome.sha256,
            "pages": outcome.pages,
            "title": outcome.title or Path(outcome.file_name).stem,
        }
        if outcome.status == "mislukt":
            entry.update(code=outcome.code, reason=outcome.message)
            documents.append(entry)
            continue
        row = store.document(outcome.sha256) or {}
        briefing_row = store.briefing(outcome.sha256) or {}
        briefing = json.loads(briefing_row["briefing_json"]) if briefing_row else {}
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
            link=f"briefings/{outcome.output}.html" if outcome.output else None,
        )
        if entry["doc_type"] == "agenda":
            entry["is_agenda"] = True
            try:
                agenda_docs.append(read_document(outcome.path, classify=False))
            except RaadsassistentError:
                pass  # the agenda still counts as a document; only its items are lost
        documents.append(entry)

    notubiz, notes = [], []
    for path in inputs.json_files:
        try:
            parse_notubiz(path)
            notubiz.append(path)
        except RaadsassistentError:
            continue  # other JSON (gold files, exports) is not an agenda
    meeting = load_meeting(agenda_docs, notubiz)
    if meeting is None:
        notes.append(
            "Er is geen agenda gevonden (geen agenda-PDF of Notubiz-export); alle stukken staan onder 'Overige stukken'."
        )

    items = [
        {**asdict(item), "documents": list(item.documents), "position": position}
        for position, item in enumerate(meeting.items if meeting else (), start=1)
    ]
    number_to_position = {}
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
            (d for d in own if d["status"] != "mislukt"),
            key=lambda d: (-(d.get("framework_share") or 0), d["file_name"]),
        )
        asks = [
            {**point, "file_name": d["file_name"], "link": d.get("link")}
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
            failed_files=[d["file_name"] for d in own if d["status"] == "mislukt"],
            asks=asks[:ASKS_PER_ITEM],
            more_asks=max(len(asks) - ASKS_PER_ITEM, 0),
            framework_share=_weighted_share(good),
            pages=sum(d["pages"] for d in good),
            minutes_source=sum(d["minutes_source"] for d in good),
            minutes_briefing=sum(d["minutes_briefing"] for d in good),
        )
        item["minutes_saved"] = item["minutes_source"] - item["minutes_briefing"]

    done = [d for d in documents if d["status"] != "mislukt"]
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
    from raadsassistent.batch import write_text

    out = Path(outdir)
    data["output_dir"] = str(out.resolve())
    write_text(out / JSON_FILE, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    write_text(out / INDEX_FILE, render_meeting_html(data))
    return out / INDEX_FILE


# --- HTML ---------------------------------------------------------------------------------

_KIND_NL = {HAMERSTUK: "Hamerstuk", BESPREEKSTUK: "Bespreekstuk", "overig": "Overig"}

CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:72rem;margin:2rem auto;
padding:0 1rem;color:#1d1d1f;line-height:1.45}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{margin-top:2rem;border-bottom:2px solid #ddd;padding-bottom:.2rem}
.meta{color:#555;margin-top:0}.totals{font-size:1.15rem;background:#f3f6fa;padding:.6rem .9rem;border-radius:6px}
table{border-collapse:collapse;width:100%;margin:.6rem 0}th,td{text-align:left;vertical-align:top;
padding:.45rem .5rem;border-bottom:1px solid #e3e3e3}th{background:#fafafa;font-weight:600}
td.num{white-space:nowrap;text-align:right}.kind{font-size:.8rem;padding:.05rem .4rem;border-radius:4px;
background:#eee;white-space:nowrap}.bespreekstuk{background:#ffe9c7}.hamerstuk{background:#e1f0e1}
ol.asks{margin:.2rem 0;padding-left:1.2rem}ol.asks li{margin:.15rem 0}.page{color:#666;font-size:.85rem}
.bar{display:inline-block;height:.55rem;background:#4a78b5;border-radius:2px;vertical-align:middle}
.bar-bg{display:inline-block;width:4rem;height:.55rem;background:#dde5ef;border-radius:2px;margin-right:.3rem}
.failed{color:#8a1c1c}.note{color:#555;font-style:italic}ul.docs{margin:.2rem 0;padding-left:1.1rem}
"""


def _e(value: Any) -> str:
    return html.escape(str(value), quote=True)


def date_nl(iso: str | None) -> str:
    if not iso or not re.match(r"\d{4}-\d{2}-\d{2}$", iso):
        return iso or "datum onbekend"
    year, month, day = (int(x) for x in iso.split("-"))
    return f"{day} {MONTHS[month - 1]} {year}" if 1 <= month <= 12 else iso


def _share(value: float | None) -> str:
    if value is None:
        return '<span class="page">onbekend</span>'
    percent = round(value * 100)
    return (
        f'<span class="bar-bg"><span class="bar" style="width:{percent}%"></span></span>{percent}%'
    )


def _doc_links(data: dict[str, Any], files: list[str]) -> str:
    by_name = {d["file_name"]: d for d in data["documents"]}
    parts = []
    for name in files:
        doc = by_name[name]
        label = _e(Path(name).stem)
        link = doc.get("link")
        anchor = f'<a href="{_e(link)}">{label}</a>' if link else label
        parts.append(f'<li>{anchor} <span class="page">({pages_nl(doc["pages"])})</span></li>')
    return f'<ul class="docs">{"".join(parts)}</ul>' if parts else ""


def _asks(item: dict[str, Any]) -> str:
    if not item["asks"]:
        return (
            '<span class="note">Geen beslispunten in de stukken</span>'
            if item["document_files"]
            else ""
        )
    points = "".join(
        f'<li>{_e(a["text"])} <span class="page">(<a href="{_e(a["link"] or "#")}">{_e(a["file_name"])}</a>, '
        f"p. {_e(a['page'])})</span></li>"
        for a in item["asks"]
    )
    more = (
        f'<p class="note">… en nog {item["more_asks"]} beslispunt(en) in de briefings.</p>'
        if item["more_asks"]
        else ""
    )
    return f'<ol class="asks">{points}</ol>{more}'


def _items_table(data: dict[str, Any], items: list[dict[str, Any]]) -> str:
    rows = []
    for item in items:
        failed = "".join(
            f'<div class="failed">Niet verwerkt: {_e(name)}</div>' for name in item["failed_files"]
        )
        reading = (
            f'{duration_nl(item["minutes_source"])} → {duration_nl(item["minutes_briefing"])}'
            if item["document_files"] else ""
        )  # fmt: skip
        rows.append(
            "<tr>"
            f'<td class="num">{_e(item["number"])}</td>'
            f"<td><strong>{_e(item['title'])}</strong> "
            f'<span class="kind {_e(item["kind"])}">{_e(_KIND_NL.get(item["kind"], item["kind"]))}</span>'
            f"{_doc_links(data, item['document_files'])}{failed}</td>"
            f"<td>{_asks(item)}</td>"
            f"<td>{_share(item['framework_share']) if item['document_files'] else ''}</td>"
            f'<td class="num">{reading}</td>'
            "</tr>"
        )
    head = (
        "<tr><th>Nr.</th><th>Agendapunt en stukken</th><th>Wat wordt gevraagd</th>"
        "<th>Kadertekst</th><th>Leestijd</th></tr>"
    )
    return f"<table>{head}{''.join(rows)}</table>"


def render_meeting_html(data: dict[str, Any]) -> str:
    """The meeting briefing as one self-contained, escaped HTML page in Dutch."""
    body = data.get("body") or "vergadering"
    where = f" van {data['municipality']}" if data.get("municipality") else ""
    title = f"{body[:1].upper()}{body[1:]}{where}, {date_nl(data.get('date'))}"
    meta = [m for m in (data.get("time") and f"Aanvang {data['time']}", data.get("place")) if m]
    items = data["items"]
    bespreek = sorted(
        (i for i in items if i["kind"] == BESPREEKSTUK),
        key=lambda i: (-(i["framework_share"] or 0), i["position"]),
    )
    hamer = [i for i in items if i["kind"] == HAMERSTUK]
    rest = [i for i in items if i["kind"] not in (BESPREEKSTUK, HAMERSTUK)]
    parts = [
        f"<h1>{_e(title)}</h1>",
        f'<p class="meta">{_e(" · ".join(meta))}</p>' if meta else "",
        f'<p class="totals">{_e(data["totals"]["line"])}</p>',
        f'<p class="meta">{data["totals"]["documents"]} stukken verwerkt'
        + (
            f', <span class="failed">{data["totals"]["failed"]} niet</span>'
            if data["totals"]["failed"]
            else ""
        )
        + ". Alle beslispunten staan letterlijk in de stukken; het paginanummer verwijst naar de bron.</p>",
    ]
    parts += [f'<p class="note">{_e(note)}</p>' for note in data.get("notes", [])]
    for heading, group, intro in (
        ("Bespreekstukken", bespreek, "Eerst de punten met de meeste kadertekst."),
        ("Hamerstukken", hamer, ""),
        ("Overige agendapunten", rest, ""),
    ):
        if group:
            parts.append(f"<h2>{heading}</h2>")
            if intro:
                parts.append(f'<p class="note">{intro}</p>')
            parts.append(_items_table(data, group))
    loose = [
        d for d in data["documents"]
        if d.get("item_position") is None and not d.get("is_agenda") and d["status"] != "mislukt"
    ]  # fmt: skip
    if loose:
        rows = "".join(
            "<tr>"
            f'<td><a href="{_e(d["link"])}">{_e(Path(d["file_name"]).stem)}</a><div class="page">{_e(d["title"])}</div></td>'
            f'<td>{_e(d.get("doc_type") or "")}</td><td class="num">{pages_nl(d["pages"])}</td>'
            f"<td>{_share(d.get('framework_share'))}</td>"
            f'<td class="num">{duration_nl(d["minutes_source"])} → {duration_nl(d["minutes_briefing"])}</td>'
            "</tr>"
            for d in sorted(loose, key=lambda d: (-(d.get("framework_share") or 0), d["file_name"]))
        )
        parts.append("<h2>Overige stukken</h2>")
        parts.append(
            "<table><tr><th>Stuk</th><th>Soort</th><th>Pagina's</th><th>Kadertekst</th><th>Leestijd</th></tr>"
            f"{rows}</table>"
        )
    failed = [d for d in data["documents"] if d["status"] == "mislukt"]
    if failed:
        rows = "".join(
            f'<tr><td>{_e(d["file_name"])}</td><td class="failed">{_e(d.get("reason") or "")}</td></tr>'
            for d in failed
        )
        parts.append("<h2>Niet verwerkte bestanden</h2>")
        parts.append(f"<table><tr><th>Bestand</th><th>Reden</th></tr>{rows}</table>")
    agenda = [d for d in data["documents"] if d.get("is_agenda") and d.get("link")]
    if agenda:
        parts.append(
            '<p class="meta">Agenda: '
            + ", ".join(f'<a href="{_e(d["link"])}">{_e(d["file_name"])}</a>' for d in agenda)
            + "</p>"
        )
    return (
        '<!DOCTYPE html>\n<html lang="nl">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_e(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
        + "\n".join(p for p in parts if p)
        + "\n</body>\n</html>\n"
    )
