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
from dataclasses import asdict, replace
from pathlib import Path
from typing import Any

from raadsassistent.agenda import (
    content_words,
    fold,
    is_place,
    load_meeting,
    match_documents,
    notubiz_exports,
    parse_besluitenlijst,
)
from raadsassistent.archive import resolved_path, write_text
from raadsassistent.council import document_text, own_number
from raadsassistent.errors import StoreError
from raadsassistent.register import COMMITMENT_SOURCES, Commitment, find_commitments, record_meeting
from raadsassistent.render import MEETING_GENERATOR, json_text, render_meeting_html, totals_line
from raadsassistent.segment import detect_date
from raadsassistent.store import Store
from raadsassistent.types import (
    BESPREEKSTUK,
    FAILED,
    HAMERSTUK,
    MOTION_TYPES,
    OVERIG,
    AgendaItem,
    DocumentResult,
    Meeting,
    StructuredDocument,
)

ASKS_PER_ITEM = 6
# Documents whose decision points say what an item asks, the proposal itself first; motions
# and amendments have rows of their own with the first line of their dictum.
ASKING_TYPES = (
    "raadsvoorstel",
    "raadsbesluit",
    "verordening",
    "besluitenlijst",
)  # decision points shown per agenda item; the rest is in the briefings
PROPOSAL_TYPES = ("raadsvoorstel", "raadsbesluit", "verordening")
MEETING_TYPES = ("besluitenlijst", "notulen")  # about the whole meeting, not one item
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


_FILE_RIS = re.compile(r"-ris(\d{5,7})(?:-|\.pdf$)", re.IGNORECASE)
_FILE_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})(0[1-9]|1[0-2])([0-3]\d)(?!\d)")
_FILE_SERIAL = re.compile(r"^[a-z]+-(\d{6,9})-", re.IGNORECASE)
_SITTING = re.compile(r"in\s*vergadering\s*bijeen\s*op\s*(?P<when>[^,\n]{6,40})", re.I)
_RAAD_VAN = re.compile(
    r"De\s*raad\s*van\s*de\s*gemeente\s+(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
)
_LETTER = re.compile(r"\b(?P<kind>afdoening|tussenbericht)\b.*?\bmotie\b\s*(?P<title>.*)$", re.I)
_REVISED = re.compile(r"\bgewijzigde?\b", re.I)
# Shared content words for a title-only match: an afdoening letter's title ("Afdoening motie
# Rattenvanger ...") and its motion, a besluitenlijst item and an agenda item
LETTER_TITLE_MATCH = 0.6


# What a council information system puts before a file name's words: the type and
# publication number, a date, the RIS number ("raadsvoorstel-15597672-20250522-ris319200-")
_FILE_NAME_PREFIX = re.compile(r"^(?:[a-z]+-\d{6,9}-)?(?:(?:19|20)\d{6}-)?(?:ris\d{5,7}-)?", re.I)


def file_name_title(file_name: str) -> str:
    """The words of a file name as a title, for a document whose pages name none (a cover
    that is one picture): "Tweede gewijzigd initiatiefvoorstel hart voor den haag ..."."""
    stem = Path(file_name).stem
    words = _FILE_NAME_PREFIX.sub("", stem)
    if " " not in words:  # "tweede-gewijzigd-initiatiefvoorstel", not "2026-039 Raadsvoorstel"
        words = " ".join(re.split(r"[-_]+", words)).strip()
    return (words[:1].upper() + words[1:]) if words else stem


def _serial(file_name: str) -> int:
    """The publication number a council information system puts in a file name
    ("motie-15118952-..."), 0 without one."""
    match = _FILE_SERIAL.match(file_name)
    return int(match.group(1)) if match else 0


def version_stage(doc: dict[str, Any]) -> int:
    """How far a version of a motion or proposal got: 2 with its own outcome stamp (it
    records the vote, or "INGETROKKEN"), 1 "gewijzigd" (it replaces the text as submitted),
    0 as submitted."""
    if doc.get("own_outcome"):
        return 2
    return 1 if _REVISED.search(f"{doc.get('title', '')} {doc['file_name']}") else 0


def version_rank(doc: dict[str, Any]) -> tuple[int, int, str]:
    """How late a version of a motion or proposal is, for sorting oldest first.

    "Latest" means the version that records most of the motion's life, not the newest file:
    the higher :func:`version_stage` wins; between equals the later publication number in the
    file name counts, then the name.
    """
    return version_stage(doc), _serial(doc["file_name"]), doc["file_name"]


def _besluitenlijst(
    documents: list[dict[str, Any]], stored: dict[str, StructuredDocument]
) -> Meeting | None:
    """The meeting as the besluitenlijst among ``documents`` records it (the one with most
    items); ``stored`` holds the documents read back from the store, by sha256."""
    best: Meeting | None = None
    for doc in documents:
        if doc.get("doc_type") != "besluitenlijst" or doc["sha256"] not in stored:
            continue
        listed = parse_besluitenlijst(stored[doc["sha256"]])
        if listed.items and (best is None or len(listed.items) > len(best.items)):
            best = listed
    return best


def _code_letter(code: str | None) -> str | None:
    return code.split(".")[0] if code and "." in code else None


def _numbers(doc: dict[str, Any]) -> set[str]:
    """The RIS-style numbers a document carries: its own, and the one in its file name."""
    found = {doc["own_number"]} if doc.get("own_number") else set()
    match = _FILE_RIS.search(doc["file_name"])
    if match:
        found.add("RIS" + match.group(1))
    return found


def _reconstructed_items(docs: list[dict[str, Any]]) -> tuple[AgendaItem, ...]:
    """Agenda items from the motions' codes ("L.B", "L.4" -> item L) and the proposal each
    concerns, when there is neither an agenda nor a besluitenlijst."""
    by_letter: dict[str, list[dict[str, Any]]] = {}
    for doc in docs:
        letter = _code_letter((doc.get("motion") or {}).get("code"))
        if letter and doc.get("doc_type") in MOTION_TYPES:
            by_letter.setdefault(letter, []).append(doc)
    proposals = {
        number: doc
        for doc in docs
        if doc.get("doc_type") in PROPOSAL_TYPES
        for number in _numbers(doc)
    }
    items = []
    for letter in sorted(by_letter, key=lambda x: (len(x), x)):
        concerns = [
            d["motion"]["concerns"] for d in by_letter[letter] if d["motion"].get("concerns")
        ]
        ris = max((c for c in concerns if c.startswith("RIS")), key=concerns.count, default=None)
        about = max(concerns, key=concerns.count, default=None)
        proposal = proposals.get(ris or "")
        title = proposal["title"] if proposal else about if about and not ris else None
        items.append(
            AgendaItem(
                number=letter,
                title=title or f"Agendapunt {letter}",
                kind=BESPREEKSTUK,
                ris=ris,
            )
        )
    return tuple(items)


def _meeting_facts(docs: list[dict[str, Any]]) -> dict[str, str | None]:
    """Date, body and municipality from what the documents say: the motions' "De raad van de
    gemeente X, in vergadering bijeen op <datum>", else the dates in the file names."""
    sittings = [d["sitting"] for d in docs if d.get("sitting")]
    named = [d["raad_van"] for d in docs if d.get("raad_van")]
    stamped = [
        f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
        for d in docs
        for m in [_FILE_DATE.search(d["file_name"])]
        if m
    ]
    municipalities = [d["municipality"] for d in docs if d.get("municipality")]
    return {
        "date": max(sittings, key=sittings.count, default=None)
        or max(stamped, key=stamped.count, default=None),
        "body": "gemeenteraad" if named else None,
        "municipality": max(
            municipalities + named, key=(municipalities + named).count, default=None
        ),
    }


class ReadBack:
    """What the meeting reads back of each stored document, read once per document: its
    stored row and briefing, the facts of its own text (number, sitting, "de raad van") and,
    for an agenda, besluitenlijst or notulen, the whole stored document and its commitments.

    A batch adds each document as it is stored, while the workers still read the others, so
    :func:`build_meeting` and :func:`store_meeting` at the end need not read them all again.
    """

    def __init__(self, store: Store):
        self.store = store
        self.rows: dict[str, dict[str, Any]] = {}
        self.briefings: dict[str, dict[str, Any]] = {}
        self.facts: dict[str, dict[str, Any] | None] = {}  # None: not in the store
        self.documents: dict[str, StructuredDocument] = {}
        self.commitments: dict[str, list[Commitment]] = {}

    def add(self, sha256: str, doc: StructuredDocument | None = None) -> None:
        """Read ``sha256`` back (once); ``doc``, the document just stored under it, spares
        reading its text back when only the facts of its text are needed."""
        if sha256 in self.facts:
            return
        store = self.store
        row = store.document(sha256) or {}
        self.rows[sha256] = row
        self.briefings[sha256] = (store.briefing(sha256) or {}).get("briefing") or {}
        whole = row.get("doc_type") in READ_WHOLE
        stored = store.structured_document(sha256) if whole or doc is None else doc
        if stored is None:
            self.facts[sha256] = None
            return
        text = document_text(stored)
        sitting = _SITTING.search(text[:3000])
        raad_van = _RAAD_VAN.search(text[:3000])
        self.facts[sha256] = {
            "own_number": own_number(text),
            "sitting": detect_date(sitting.group("when")) if sitting else None,
            "raad_van": raad_van.group("name") if raad_van else None,
        }
        if whole:
            self.documents[sha256] = stored
        if stored.doc_type in COMMITMENT_SOURCES:
            self.commitments[sha256] = find_commitments(stored)


# Documents read back whole: for the agenda, the besluitenlijst and the register.
READ_WHOLE = frozenset(("agenda", "besluitenlijst", *COMMITMENT_SOURCES))


def build_meeting(
    store: Store,
    inputs: Any,
    outcomes: Sequence[DocumentResult],
    *,
    agenda: bool = True,
    outdir: str | Path | None = None,
    read_back: ReadBack | None = None,
) -> dict[str, Any]:
    """The meeting briefing as JSON-ready data, from the stored documents of this run.

    ``inputs`` is the batch's ``pipeline.Inputs`` (its folder and candidate Notubiz files);
    without ``agenda`` no agenda is looked for. Files with identical bytes are one document,
    listed with all their names (``copies``). With ``outdir`` each document has the path of
    its PDF (``pdf``, see :func:`source_pdf`) for the page links.

    The items come from the agenda (PDF or Notubiz export) when there is one, else from the
    besluitenlijst, else from the motions' agenda codes and the proposals they concern. Each
    document carries its outcome (its own stamp first, else the besluitenlijst's), its motion,
    its versions and the afdoening letter of a motion; see docs/meeting.md. ``read_back``
    holds what was read back of the documents already (it is completed here).
    """
    documents: list[dict[str, Any]] = []
    agenda_docs = []
    seen: dict[str, dict[str, Any]] = {}
    read_back = read_back if read_back is not None else ReadBack(store)
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
        read_back.add(outcome.sha256)
        row = read_back.rows[outcome.sha256]
        briefing = read_back.briefings[outcome.sha256]
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
            own_outcome=row.get("outcome"),
            motion=json.loads(row["motion"]) if row.get("motion") else None,
            refs=json.loads(row.get("refs") or "[]"),
            municipality=row.get("municipality"),
        )
        if entry["title"] == Path(outcome.file_name).stem:
            entry.update(title=file_name_title(outcome.file_name), title_source="bestandsnaam")
        facts = read_back.facts[outcome.sha256]
        if facts is not None:
            entry.update(facts)
        if entry["doc_type"] == "agenda" and agenda:
            entry["is_agenda"] = True
            if facts is not None:
                agenda_docs.append(read_back.documents[outcome.sha256])
        documents.append(entry)

    notubiz, notes = notubiz_exports(inputs.json_files) if agenda else ([], [])
    meeting = load_meeting(agenda_docs, notubiz) if agenda else None
    listed = _besluitenlijst(documents, read_back.documents)
    good = [d for d in documents if d["status"] != FAILED]
    facts = _meeting_facts(good)
    from_agenda = meeting is not None
    if meeting is None:
        items_source = listed.items if listed else _reconstructed_items(good)
        base = listed or Meeting(None, None, None, ())
        meeting = replace(
            base,
            items=items_source,
            body=base.body or facts["body"],
            date=base.date or facts["date"],
            municipality=base.municipality or facts["municipality"],
        )
        if agenda:
            notes.append(
                "Er is geen agenda gevonden (geen agenda-PDF of Notubiz-export); de agendapunten "
                + (
                    f"komen uit de besluitenlijst ({listed.source})."
                    if listed
                    else "zijn afgeleid uit de agendacodes van de moties en amendementen."
                    if items_source
                    else "konden niet worden afgeleid; alle stukken staan onder 'Overige stukken'."
                )
            )
    else:
        meeting = replace(
            meeting,
            body=meeting.body or (listed.body if listed else None) or facts["body"],
            date=meeting.date or (listed.date if listed else None) or facts["date"],
            municipality=meeting.municipality or facts["municipality"],
        )
    if meeting.place and not is_place(meeting.place):
        meeting = replace(meeting, place=None)

    items = [
        {
            **{k: v for k, v in asdict(item).items() if k not in ("motions", "ris", "amended")},
            "documents": list(item.documents),
            "position": position,
            "code": item.number,
            "ris": item.ris,
        }
        for position, item in enumerate(meeting.items, start=1)
    ]
    number_to_position: dict[str, int] = {}
    for item in items:
        number_to_position.setdefault(item["number"], item["position"])
    matchable = [d for d in documents if not d.get("is_agenda")]
    if from_agenda:
        matches = match_documents(meeting, [(d["file_name"], d["title"]) for d in matchable])
        for doc in matchable:
            found = matches.get(doc["file_name"])
            if found:
                doc.update(
                    item_position=number_to_position[found.item],
                    matched_by=found.reason,
                    score=found.score,
                )
    _codes_as_listed(good, listed)
    _place_by_numbers(meeting, items, matchable, listed)
    _group_versions(good)
    _fill_outcomes(good, listed)
    _link_letters(good, listed)
    _finish_items(items, matchable, listed)
    for doc in good:
        for key in ("own_outcome", "refs", "municipality", "own_number", "sitting", "raad_van"):
            doc.pop(key, None)

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
        "body": meeting.body,
        "date": meeting.date,
        "municipality": meeting.municipality,
        "time": meeting.time,
        "place": meeting.place,
        "source": meeting.source,
        "output_dir": "",
        "items": items,
        "documents": documents,
        "totals": totals,
        "notes": notes,
    }


def _place_by_numbers(
    meeting: Meeting,
    items: list[dict[str, Any]],
    docs: list[dict[str, Any]],
    listed: Meeting | None,
) -> None:
    """Place the documents no agenda placed: a proposal under the item that cites its RIS
    number; a motion or amendment under the item the besluitenlijst lists it under (by its
    own number, else its code), else the item of its code's letter, else the item of the
    proposal it concerns."""
    by_ris: dict[str, int] = {}
    by_letter: dict[str, int] = {}
    decided: set[int] = set()  # items where the besluitenlijst records a decision
    for item, raw in zip(items, meeting.items, strict=True):
        # "K Openbare aankondiging ... (RIS320635)" and "L Initiatiefvoorstel ... (RIS320635)":
        # the number belongs to the item where it was decided
        if raw.ris and (
            raw.ris not in by_ris
            or (by_ris[raw.ris] not in decided and (raw.outcome or raw.motions))
        ):
            by_ris[raw.ris] = item["position"]
        if raw.outcome or raw.motions:
            decided.add(item["position"])
        if raw.number:
            by_letter.setdefault(raw.number, item["position"])
    by_code: dict[str, int] = {}
    by_number: dict[str, int] = {}
    for item, raw in zip(items, meeting.items, strict=True):
        for motion in raw.motions:
            by_code.setdefault(motion.code, item["position"])
            if motion.number:
                by_number.setdefault(motion.number, item["position"])
    for doc in docs:  # proposals an agenda placed
        if doc.get("item_position") is not None and doc.get("doc_type") in PROPOSAL_TYPES:
            for number in _numbers(doc):
                by_ris.setdefault(number, doc["item_position"])
    if listed is not None and listed.items is not meeting.items:  # an agenda and a besluitenlijst
        for listed_item in listed.items:
            # the agenda item of a listed one: by its proposal's number, else by its title
            target = by_ris.get(listed_item.ris or "")
            if target is None and listed_item.motions:
                best = max(items, key=lambda i: _title_overlap(listed_item.title, i["title"]))
                if _title_overlap(listed_item.title, best["title"]) >= LETTER_TITLE_MATCH:
                    target = best["position"]
            if target is None:
                continue
            for motion in listed_item.motions:
                by_code.setdefault(motion.code, target)
                if motion.number:
                    by_number.setdefault(motion.number, target)
    for doc in docs:
        if doc.get("item_position") is not None or doc["status"] == FAILED:
            continue
        kind = doc.get("doc_type")
        numbers = _numbers(doc)
        position = None
        if kind in PROPOSAL_TYPES or (
            kind not in MOTION_TYPES and doc["file_name"] != (listed.source if listed else "")
        ):  # a proposal, or a letter or bijlage that carries the item's number
            position = next((by_ris[n] for n in sorted(numbers) if n in by_ris), None)
            reason = "kenmerk"
        elif kind in MOTION_TYPES:
            facts = doc.get("motion") or {}
            code = facts.get("code")
            position = next((by_number[n] for n in sorted(numbers) if n in by_number), None)
            reason = "besluitenlijst"
            if position is None and code in by_code:
                position = by_code[code]
            if position is None and _code_letter(code) in by_letter:
                position, reason = by_letter[_code_letter(code) or ""], "agendacode"
            if position is None and facts.get("concerns") in by_ris:
                position, reason = by_ris[facts["concerns"]], "betreft"
        if position is not None:
            doc.update(item_position=position, matched_by=reason, score=1.0)


def _names_the_same(words: str, title: str) -> bool:
    """Whether ``title`` says every word of ``words`` (a file name's, whose last word may be
    cut off: "... aan de noord" for "aan de Noordzee ...")."""
    said = re.findall(r"\w+", fold(title))
    *whole, last = re.findall(r"\w+", fold(words)) or [""]
    return set(whole) <= set(said) and any(word.startswith(last) for word in said)


def _title_overlap(a: str, b: str) -> float:
    """Shared content words as a share of the shorter title's."""
    wa, wb = content_words(a), content_words(b)
    return len(wa & wb) / max(1, min(len(wa), len(wb)))


def _motion_key(doc: dict[str, Any]) -> str | None:
    motion = doc.get("motion") or {}
    return motion.get("code") if doc.get("doc_type") in MOTION_TYPES else None


def _group_versions(docs: list[dict[str, Any]]) -> None:
    """Every file of one motion (same code and a similar title) or one proposal (same RIS
    number and a similar title) is a version; see :func:`version_rank` for which counts."""
    groups: list[list[dict[str, Any]]] = []
    for doc in docs:
        key = _motion_key(doc)
        if key is None and doc.get("doc_type") in PROPOSAL_TYPES and doc.get("own_number"):
            key = doc["own_number"]
        doc["version_key"] = key
        for group in groups:
            first = group[0]
            if (
                key is not None
                and first["version_key"] == key
                and _title_overlap(doc["title"], first["title"]) >= 0.5
            ):
                group.append(doc)
                break
        else:
            groups.append([doc])
    for group in groups:
        group.sort(key=version_rank)
        names = [d["file_name"] for d in group]
        latest = names[-1]
        for doc in group:
            doc["versions"] = names
            doc["version_stage"] = version_stage(doc)
            doc["superseded_by"] = None if doc["file_name"] == latest else latest
    for doc in docs:
        doc.pop("version_key", None)


def _listed_motions(listed: Meeting | None) -> tuple[dict[str, Any], dict[str, Any]]:
    by_number: dict[str, Any] = {}
    by_code: dict[str, Any] = {}
    for item in listed.items if listed else ():
        for motion in item.motions:
            if motion.number:
                by_number[motion.number] = motion
            by_code.setdefault(motion.code, motion)
    return by_number, by_code


def _codes_as_listed(docs: list[dict[str, Any]], listed: Meeting | None) -> None:
    """A motion or amendment whose code the besluitenlijst does not know ("VVD.A": the item
    letter left out) takes the code listed for its own RIS number, else for its title (same
    kind, 60% of the content words); the code as written stays in ``code_as_written``."""
    by_number, by_code = _listed_motions(listed)
    for doc in docs:
        motion = doc.get("motion")
        if doc.get("doc_type") not in MOTION_TYPES or not motion or motion.get("code") in by_code:
            continue
        found = next((by_number[n] for n in sorted(_numbers(doc)) if n in by_number), None)
        if found is None:
            title = motion.get("title") or doc["title"]
            same_kind = [m for m in by_code.values() if m.kind == doc["doc_type"]]
            best = max(same_kind, key=lambda m: _title_overlap(m.title, title), default=None)
            if best is not None and _title_overlap(best.title, title) >= LETTER_TITLE_MATCH:
                found = best
        if found is not None:
            doc["motion"] = {**motion, "code": found.code, "code_as_written": motion.get("code")}


def _fill_outcomes(docs: list[dict[str, Any]], listed: Meeting | None) -> None:
    """Each document's outcome: its own stamp, else the besluitenlijst's (motions by their own
    number, else code; proposals by their RIS number), else None."""
    by_number, by_code = _listed_motions(listed)
    proposals = {i.ris: i.outcome for i in (listed.items if listed else ()) if i.ris}
    for doc in docs:
        doc.setdefault("motion", None)
        doc.setdefault("afdoening", None)
        doc.setdefault("afdoening_of", None)
        doc.setdefault("item_position", None)
        own = doc.get("own_outcome")
        found = None
        if own is None and doc.get("doc_type") in MOTION_TYPES:
            numbers = _numbers(doc)
            entry = next((by_number[n] for n in sorted(numbers) if n in by_number), None)
            entry = entry or by_code.get(_motion_key(doc) or "")
            found = entry.outcome if entry else None
        elif own is None and doc.get("doc_type") in PROPOSAL_TYPES:
            found = next((proposals[n] for n in sorted(_numbers(doc)) if proposals.get(n)), None)
        doc["outcome"] = own or found
        doc["outcome_source"] = "document" if own else "besluitenlijst" if found else None


def _link_letters(docs: list[dict[str, Any]], listed: Meeting | None) -> None:
    """Link each afdoening (and tussenbericht) letter to the motion it reports on: by the
    motion's RIS number (the letter's file name, own number or references), else by the title
    after "Afdoening motie"."""
    by_number, _ = _listed_motions(listed)
    motions = [d for d in docs if d.get("doc_type") in MOTION_TYPES and _motion_key(d)]
    number_to_code = {n: m.code for n, m in by_number.items()}
    for doc in motions:
        for number in _numbers(doc):
            number_to_code.setdefault(number, _motion_key(doc) or "")
    for doc in docs:
        if doc.get("doc_type") in MOTION_TYPES:
            continue
        match = _LETTER.search(f"{doc['title']}") or _LETTER.search(
            Path(doc["file_name"]).stem.replace("-", " ")
        )
        if match is None:
            continue
        kind = match.group("kind").lower()
        numbers = _numbers(doc) | set(doc.get("refs") or ())
        code = next((number_to_code[n] for n in sorted(numbers) if n in number_to_code), None)
        if code is None and motions:
            best = max(motions, key=lambda m: _title_overlap(match.group("title"), m["title"]))
            if _title_overlap(match.group("title"), best["title"]) >= LETTER_TITLE_MATCH:
                code = _motion_key(best)
        if kind == "afdoening":
            doc["afdoening_of"] = code
        else:
            doc["tussenbericht_of"] = code
        own = [m for m in motions if code and _motion_key(m) == code]
        for motion in own:
            if kind == "afdoening":
                current = motion.get("afdoening")
                if current is None or _serial(doc["file_name"]) > _serial(current):
                    motion["afdoening"] = doc["file_name"]
            else:
                motion.setdefault("tussenberichten", []).append(doc["file_name"])
        if own and doc.get("item_position") is None:
            doc.update(item_position=own[0].get("item_position"), matched_by="motie")


def _finish_items(
    items: list[dict[str, Any]], matchable: list[dict[str, Any]], listed: Meeting | None
) -> None:
    """Per item: its documents, proposal, outcome, whether it was amended, what it asks,
    framework share and reading time."""
    listed_items = {i.ris: i for i in (listed.items if listed else ()) if i.ris}
    for item in items:
        own = [d for d in matchable if d.get("item_position") == item["position"]]
        good = sorted(
            (d for d in own if d["status"] != FAILED),
            key=lambda d: (-(d.get("framework_share") or 0), d["file_name"]),
        )
        current = [d for d in good if not d.get("superseded_by")]
        proposal = max(
            (d for d in current if d.get("doc_type") in PROPOSAL_TYPES),
            key=lambda d: (
                item.get("ris") in _numbers(d),
                _title_overlap(d["title"], item["title"]),
                d.get("words") or 0,
            ),
            default=None,
        )
        numbers = {item.get("ris") or ""} | (_numbers(proposal) if proposal else set())
        listed_item = next((listed_items[n] for n in sorted(numbers) if n in listed_items), None)
        if (
            proposal is not None
            and listed_item is not None
            and proposal.get("title_source") == "bestandsnaam"
            and listed_item.ris in _numbers(proposal)
            and _names_the_same(proposal["title"], listed_item.title)
        ):
            # a cover that is one picture leaves the file name's words as the title: the
            # besluitenlijst item citing its number names it in full
            proposal.update(title=listed_item.title, title_source="besluitenlijst")
        amendments = [
            d for d in current
            if d.get("doc_type") == "amendement" and d.get("outcome") == "aangenomen"
        ]  # fmt: skip
        asks = [
            {**point, "file_name": d["file_name"], "link": d.get("link"), "pdf": d.get("pdf")}
            for d in sorted(
                current,
                key=lambda d: (
                    d is not proposal,
                    ASKING_TYPES.index(d.get("doc_type"))
                    if d.get("doc_type") in ASKING_TYPES
                    else 99,
                ),
            )
            if d.get("doc_type") in ASKING_TYPES
            for point in d["decision_points"]
        ]
        item.update(
            document_files=[d["file_name"] for d in good],
            failed_files=[d["file_name"] for d in own if d["status"] == FAILED],
            proposal=proposal["file_name"] if proposal else None,
            outcome=(proposal or {}).get("outcome") or item.get("outcome"),
            amended=bool(amendments) or bool(listed_item and listed_item.amended),
            asks=asks[:ASKS_PER_ITEM],
            more_asks=max(len(asks) - ASKS_PER_ITEM, 0),
            framework_share=_weighted_share(good),
            pages=sum(d["pages"] for d in good),
            minutes_source=sum(d["minutes_source"] for d in good),
            minutes_briefing=sum(d["minutes_briefing"] for d in good),
        )
        item["minutes_saved"] = item["minutes_source"] - item["minutes_briefing"]
        if item["kind"] == OVERIG and any(d.get("doc_type") in MOTION_TYPES for d in good):
            item["kind"] = BESPREEKSTUK if item["number"] else OVERIG
        elif item["kind"] == OVERIG and proposal and not item["number"]:
            item["kind"] = HAMERSTUK


def write_meeting(data: dict[str, Any], outdir: str | Path) -> Path:
    """Write ``index.html`` and ``meeting.json`` into ``outdir``; return the index path."""
    out = Path(outdir)
    data["output_dir"] = str(out.resolve())
    write_text(out / JSON_FILE, json_text(data))
    write_text(out / INDEX_FILE, render_meeting_html(data))
    return out / INDEX_FILE


def store_meeting(store: Store, meeting: dict[str, Any], read_back: ReadBack | None = None) -> None:
    """Save the meeting, its agenda items and which stored document belongs to which item;
    ``read_back``: what :func:`build_meeting` read of the documents."""
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
        record_meeting(  # its motions and toezeggingen, for the registers
            store,
            meeting,
            read_back.documents if read_back else None,
            read_back.commitments if read_back else None,
        )
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
