"""Agenda items of a meeting, from the agenda PDF or a Notubiz export, and which documents
belong to each item (matched by file name, reference number and title)."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from raadsassistent.errors import InputError
from raadsassistent.segment import detect_date
from raadsassistent.types import (
    BESPREEKSTUK,
    HAMERSTUK,
    OUTCOMES,
    OVERIG,
    AgendaItem,
    ListedMotion,
    Meeting,
    StructuredDocument,
)

KINDS = (HAMERSTUK, BESPREEKSTUK, OVERIG)
# Minimum title overlap (share of the shorter title's content words) for a title-only match.
TITLE_MATCH_MIN = 0.6


# --- parsing the agenda PDF ---------------------------------------------------------------

_ITEM = re.compile(
    r"^(?:agendapunt\s+)?(\d{1,2}(?:\.\d{1,2})?[a-z]?)[.)]?\s+(\S.*)$", re.IGNORECASE
)
_KIND_SUFFIX = re.compile(
    r"\s*\((hamerstuk|bespreekstuk|ter bespreking|ter kennisname)\)\s*$", re.I
)
_BODY = re.compile(
    r"\b(gemeenteraad|raadsvergadering|raadscommissie|commissie [\wÀ-ÿ -]{3,40}?|"
    r"algemeen bestuur|provinciale staten)\b",
    re.IGNORECASE,
)
_FIELD = re.compile(r"\b(Datum|Aanvang|Tijd|Plaats|Locatie|Voorzitter|Griffier)\b\s*:?\s*", re.I)


def group_kind(heading: str) -> str | None:
    """The kind a group heading sets for the items under it ("Hamerstukken"), if any."""
    h = fold(heading)
    if "hamerstuk" in h or "hamerpunt" in h:
        return HAMERSTUK
    if "bespreekstuk" in h or "bespreekpunt" in h or "ter bespreking" in h:
        return BESPREEKSTUK
    if re.search(
        r"opening|afsluiting|sluiting|procedure|kennisname|ingekomen|besloten|mededeling", h
    ):
        return OVERIG
    return None


def _item_kind(title: str, group: str | None) -> tuple[str, str]:
    match = _KIND_SUFFIX.search(title)
    if match:
        said = fold(match.group(1))
        kind = HAMERSTUK if said == HAMERSTUK else BESPREEKSTUK if "bespr" in said else OVERIG
        return title[: match.start()].strip(), kind
    return title, group or OVERIG


def parse_agenda_document(doc: StructuredDocument) -> Meeting:
    """The items of an agenda PDF: numbered headings, with kinds from labels or group headings."""
    items: list[AgendaItem] = []
    group: str | None = None
    front: list[str] = []
    for section in doc.sections:
        heading = " ".join(section.heading.split())
        match = _ITEM.match(heading) if heading else None
        text = "\n".join(p.text for p in section.passages)
        if match and not _looks_like_sentence(match.group(2)):
            title, kind = _item_kind(match.group(2).strip(), group)
            items.append(AgendaItem(match.group(1), title, kind, text, section.page))
            continue
        if heading and group_kind(heading) is not None and not section.passages:
            group = group_kind(heading)
            continue
        if items:  # an unnumbered sub-heading: its text belongs to the item above
            last = items[-1]
            items[-1] = replace(last, text="\n".join(t for t in (last.text, heading, text) if t))
        else:
            front.extend(t for t in (heading, text) if t)
    intro = "\n".join(front)
    fields = _fields(intro)
    body_match = _BODY.search(intro) or _BODY.search(doc.title)
    return Meeting(
        body=body_match.group(1).lower() if body_match else None,
        date=doc.date,
        municipality=doc.municipality,
        items=tuple(items),
        time=fields.get("aanvang") or fields.get("tijd"),
        place=fields.get("plaats") or fields.get("locatie"),
        source=doc.name,
        extra={k: v for k, v in fields.items() if k in ("voorzitter", "griffier")},
    )


def _looks_like_sentence(title: str) -> bool:
    # "3 raadsleden stemmen tegen." is text, not an item.
    return title.rstrip().endswith(".") and len(title.split()) > 12


def _fields(text: str) -> dict[str, str]:
    """``Datum ... Aanvang ... Plaats ...`` label/value pairs from the agenda's front matter."""
    parts = _FIELD.split(text)
    found: dict[str, str] = {}
    for label, value in zip(parts[1::2], parts[2::2], strict=False):
        value = value.strip().split("\n")[0]
        value = re.split(r"\s(?=(?:De|Het|Een|Dit|Deze|Wij)\s)", value)[0].strip(" ,;")
        if value and label.lower() not in found:
            found[label.lower()] = value[:120]
    return found


def is_agenda(doc: StructuredDocument) -> bool:
    return doc.doc_type == "agenda"


# --- parsing a besluitenlijst ------------------------------------------------------------

# "K", "F.1", "AC": an agenda letter in the first column
_LIST_ITEM = re.compile(r"^[A-Z]{1,2}(?:\.\d{1,2})?$")
_LIST_NUMBER = re.compile(r"^(?:RIS)?\s?(\d{5,7})$")
_LIST_RIS = re.compile(r"\(\s*RIS\s?(\d{5,7})\s*\)")
# "Ingetrokken Gewijzigde motie O.1 GL Breng kansen ...", "Motie J.3 (HvDH) Watertappunt ...",
# and in a debate where each party numbers its own motions "Motie CU-SGP.1 Creatieve ..."
_LIST_MOTION = re.compile(
    r"^(?:(?P<pre>ingetrokken|aangehouden)\s+)?(?:gewijzigde?\s+)?(?P<kind>motie|amendement)\s+"
    r"(?P<code>[A-Za-z][\w-]{0,9}\.(?:\d{1,2}|[A-Z]))\s+(?P<rest>\S.*)$",
    re.IGNORECASE,
)
_PARENTHESISED_PARTY = re.compile(r"\((?P<party>[^)]{1,30})\)\s+(?P<title>\S.*)$")


def _party_and_title(code: str, rest: str) -> tuple[str | None, str]:
    """A listed motion's party and title from what follows its code: "(HvDH) Titel", "GL
    Titel" (a party reads as an abbreviation: two capitals or a digit), or only the title,
    where a code of more than one letter is the party's own numbering ("VVD.1 Titel")."""
    parenthesised = _PARENTHESISED_PARTY.match(rest)
    if parenthesised:
        return parenthesised.group("party"), parenthesised.group("title")
    token, _, title = rest.partition(" ")
    if (
        title
        and len(token) <= 10
        and (sum(ch.isupper() for ch in token) >= 2 or any(ch.isdigit() for ch in token))
    ):
        return token, title
    prefix = code.split(".")[0]
    return (prefix if len(prefix) > 1 else None), rest


# A one-line besluitenlijst row in plain text (no table found): number or letter, text, outcome.
_LIST_LINE = re.compile(
    rf"^(?P<first>[A-Z]{{1,2}}(?:\.\d{{1,2}})?|\d{{6}})\s+(?P<text>\S.*?)"
    rf"(?:\s+(?P<outcome>{'|'.join(OUTCOMES)}|conform|-))?$",
    re.IGNORECASE,
)
_HELD_OVER = re.compile(r"^gestaakte\s+stemmen\b", re.IGNORECASE)


def _listed_outcome(cell: str) -> str | None:
    word = " ".join(cell.lower().split()).removesuffix(" gebracht")  # "Niet in stemming gebracht"
    return word if word in OUTCOMES else None


def _besluitenlijst_rows(doc: StructuredDocument) -> list[tuple[str, str, str]]:
    """(first column, text, last column) per row, in page order: its tables' rows with the
    item lines that stand outside the tables ("AB Commissiebrief ... NIET AAN DE ORDE
    GEWEEST" below the last table), or only its text lines when no table lists items."""
    tabled = [
        ((table.page, table.bbox[1]), [_table_row(row) for row in table.rows if row])
        for table in doc.tables
    ]
    if not any(_LIST_ITEM.match(first) for _, rows in tabled for first, _, _ in rows):
        return [row for _, rows in _listed_lines(doc) for row in rows]
    # outside a table only a row that opens as an item, a numbered motion or held-over votes
    # ("In", "De" would match the case-blind row pattern too)
    loose = [
        (place, kept)
        for place, rows in _listed_lines(doc)
        if (
            kept := [
                (first, text, last)
                for first, text, last in rows
                if _LIST_ITEM.match(first) or _LIST_NUMBER.match(first) or not first
            ]
        )
    ]
    return [row for _, rows in sorted(tabled + loose, key=lambda entry: entry[0]) for row in rows]


def _table_row(row: tuple[str, ...]) -> tuple[str, str, str]:
    if len(row) >= 3:
        return row[0].strip(), " ".join(" ".join(row[1:-1]).split()), row[-1].strip()
    return row[0].strip(), " ".join(" ".join(row[1:]).split()), ""


def _listed_lines(doc: StructuredDocument) -> list[tuple[tuple[int, float], list]]:
    """The running text's lines that read as besluitenlijst rows, each with its place (page,
    top) and kept with the other rows of its heading or passage."""
    blocks = []
    for section in doc.sections:
        top = section.bbox[1] if section.bbox else 0.0
        blocks.append(((section.page, top), section.heading))
        blocks += [((p.page, p.bbox[1]), p.text) for p in section.passages]
    placed = []
    for place, text in blocks:
        rows: list[tuple[str, str, str]] = []
        for line in (line.strip() for line in text.splitlines()):
            match = _LIST_LINE.match(line)
            if match:
                rows.append(
                    (match.group("first"), match.group("text"), match.group("outcome") or "")
                )
            elif _HELD_OVER.match(line):
                rows.append(("", line, ""))
        if rows:
            placed.append((place, rows))
    return placed


def parse_besluitenlijst(doc: StructuredDocument) -> Meeting:
    """The items of a besluitenlijst with what it records: each item's letter, title, proposal
    (RIS number) and outcome, and the motions and amendments listed under it with code, party,
    title and outcome; the meeting's date, time and place from its "Datum en tijd" and "Locatie"
    rows. Votes held over from an earlier meeting ("Gestaakte stemmen raadsvergadering ...") form
    an item of their own without a letter."""
    items: list[AgendaItem] = []
    fields: dict[str, str] = {}
    header = False  # the previous row opened an item (its title may run on)
    for first, text, last in _besluitenlijst_rows(doc):
        if not items and first and not _LIST_ITEM.match(first) and not _LIST_NUMBER.match(first):
            fields.setdefault(fold(first), text)
            continue
        number = _LIST_NUMBER.match(first)
        motion = _LIST_MOTION.match(text) if number or not first else None
        if motion:
            outcome = _listed_outcome(last) or (
                motion.group("pre").lower() if motion.group("pre") else None
            )
            party, title = _party_and_title(motion.group("code"), motion.group("rest"))
            listed = ListedMotion(
                code=motion.group("code"),
                kind=motion.group("kind").lower(),
                title=title.strip(),
                party=party,
                outcome=outcome,
                number=f"RIS{number.group(1)}" if number else None,
            )
            if items:
                items[-1] = replace(items[-1], motions=(*items[-1].motions, listed))
            header = False
            continue
        if not first and _HELD_OVER.match(text):
            items.append(AgendaItem("", text, OVERIG))
            header = False
            continue
        if _LIST_ITEM.match(first):
            last_item = items[-1] if items else None
            if last_item is not None and last_item.number == first:
                # the item's closing row: what was decided on the (amended) proposal
                items[-1] = replace(
                    last_item,
                    outcome=_listed_outcome(last) or last_item.outcome,
                    amended=last_item.amended or fold(text).startswith("geamendeerd"),
                )
                header = False
                continue
            cited = _LIST_RIS.search(text)
            items.append(
                AgendaItem(
                    number=first,
                    title=" ".join(_LIST_RIS.sub("", text).split()),
                    ris=f"RIS{cited.group(1)}" if cited else None,
                    outcome=_listed_outcome(last),
                )
            )
            header = True
            continue
        if header and not first and text and items:
            # "gemeente Den Haag (RIS320934)": the title's second line
            last_item = items[-1]
            if text[:1].islower() or _LIST_RIS.search(text):
                cited = _LIST_RIS.search(text)
                items[-1] = replace(
                    last_item,
                    title=" ".join(f"{last_item.title} {_LIST_RIS.sub('', text)}".split()),
                    ris=last_item.ris or (f"RIS{cited.group(1)}" if cited else None),
                    outcome=last_item.outcome or _listed_outcome(last),
                )
            header = False
    items = [replace(item, kind=_listed_kind(item)) for item in items]
    when = fields.get("datum en tijd") or fields.get("datum") or ""
    time = re.search(r"\b(\d{1,2})[.:](\d{2})\s*uur", when)
    place = fields.get("locatie") or fields.get("plaats")
    # the first row names the body: "Raad" (a committee's list says "Commissie Ruimte")
    raad = bool({"raad", "gemeenteraad"} & fields.keys()) or "gemeenteraad" in fold(doc.title)
    return Meeting(
        body="gemeenteraad" if raad else None,
        date=detect_date(when) if when else doc.date,
        municipality=doc.municipality,
        items=tuple(items),
        time=f"{time.group(1)}.{time.group(2)}" if time else None,
        place=place if place and is_place(place) else None,
        source=doc.name,
    )


def _listed_kind(item: AgendaItem) -> str:
    """An item with motions or amendments listed under it was debated, a sub-item too ("I.1
    Programmarekening" with its amendment I.A); another sub-item ("F.1") is a hamerstuk;
    votes held over from an earlier meeting (no letter) are neither."""
    if not item.number:
        return OVERIG
    if item.motions:
        return BESPREEKSTUK
    return HAMERSTUK if "." in item.number else OVERIG


def is_place(text: str) -> bool:
    """Whether ``text`` can be a meeting's place ("Stadhuis - raadzaal"), not a stray sentence."""
    words = text.split()
    return 0 < len(words) <= 8 and not re.search(r"[.!?;:]\s|[.!?;]$", text)


# --- parsing a Notubiz export -------------------------------------------------------------


NOTUBIZ_MAX_BYTES = 16 * 1024 * 1024  # a real export is well under 1 MB
NOTUBIZ_MAX_DEPTH = 64  # JSON nesting; a real export stays under 20 (a few agenda levels)
_JSON_ADVICE = (
    "Is het de Notubiz-export van de vergadering, vraag dan een nieuwe op; anders kan het buiten "
    "de vergadermap."
)
_JSON_TOKEN = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{}]')


def _nesting_depth(text: str, limit: int) -> int:
    """How deep ``text``'s JSON brackets nest (strings skipped), counting no further than ``limit + 1``."""
    depth = deepest = 0
    for token in _JSON_TOKEN.finditer(text):
        char = token.group()
        if char in "[{":
            depth += 1
            deepest = max(deepest, depth)
            if deepest > limit:
                break
        elif char in "]}":
            depth -= 1
    return deepest


def _read_json(path: Path) -> Any:
    """A JSON file from the meeting folder, refused (:class:`InputError`) when it is not a regular
    file, larger than :data:`NOTUBIZ_MAX_BYTES`, nested deeper than :data:`NOTUBIZ_MAX_DEPTH` or
    not JSON, so that no such file can hang, exhaust or crash the run."""
    name = path.name
    if not path.is_file():  # a FIFO would block the read for ever
        raise InputError(
            f"{name}: dit is geen gewoon bestand (maar bijvoorbeeld een map of pipe) en is niet "
            f"gelezen. {_JSON_ADVICE}",
            path=str(path),
        )
    try:
        with path.open("rb") as handle:
            raw = handle.read(NOTUBIZ_MAX_BYTES + 1)
        if len(raw) > NOTUBIZ_MAX_BYTES:
            raise InputError(
                f"{name}: dit JSON-bestand is groter dan {NOTUBIZ_MAX_BYTES // 2**20} MB en is niet "
                f"gelezen. {_JSON_ADVICE}",
                path=str(path),
            )
        text = raw.decode("utf-8-sig")
        if _nesting_depth(text, NOTUBIZ_MAX_DEPTH) <= NOTUBIZ_MAX_DEPTH:
            return json.loads(text)
    except (OSError, ValueError) as error:  # ValueError: bad UTF-8, bad JSON, a huge integer
        raise InputError(
            f"{name}: dit bestand is geen leesbare JSON ({error}) en is niet gelezen. {_JSON_ADVICE}",
            path=str(path),
        ) from error
    raise InputError(  # json would overflow Python's recursion limit
        f"{name}: dit JSON-bestand is dieper genest dan {NOTUBIZ_MAX_DEPTH} niveaus en is niet "
        f"gelezen. {_JSON_ADVICE}",
        path=str(path),
    )


def _meeting_object(data: Any) -> dict[str, Any] | None:
    """The Notubiz meeting in ``data`` (a meeting object, or ``{"meeting": {...}}``), if any."""
    if isinstance(data, dict) and isinstance(data.get("meeting"), dict):
        data = data["meeting"]
    return data if isinstance(data, dict) and "agenda_items" in data else None


def parse_notubiz(source: str | Path | dict[str, Any]) -> Meeting:
    """A meeting from Notubiz API JSON (a meeting object, or ``{"meeting": {...}}``)."""
    name = "" if isinstance(source, dict) else Path(source).name
    data = _meeting_object(source if isinstance(source, dict) else _read_json(Path(source)))
    if data is None:
        raise InputError(f"{name or 'JSON'}: dit is geen Notubiz-vergadering (geen agenda_items).")
    return _checked_meeting(data, name)


def notubiz_exports(paths: Sequence[Path]) -> tuple[list[Path], list[str]]:
    """The Notubiz exports among the JSON files ``paths``, and a Dutch note for each one that could
    not be read; other JSON (gold files, other tools' exports) is passed over in silence."""
    found: list[Path] = []
    notes: list[str] = []
    for path in paths:
        try:
            data = _meeting_object(_read_json(path))
            if data is not None:
                _checked_meeting(data, path.name)
                found.append(path)
        except InputError as error:
            notes.append(str(error))
    return found, notes


def _checked_meeting(data: dict[str, Any], name: str) -> Meeting:
    try:
        return _notubiz_meeting(data, name)
    except (AttributeError, KeyError, IndexError, TypeError, ValueError) as error:
        raise InputError(
            f"{name or 'JSON'}: deze Notubiz-export heeft een onverwachte opbouw "
            f"({type(error).__name__}: {error}); de agenda kan er niet uit worden gelezen.",
            path=name or None,
        ) from error


def _notubiz_meeting(data: dict[str, Any], name: str) -> Meeting:
    attributes = _attributes(data.get("attributes"))
    start = ""
    plannings = data.get("plannings") or []
    if plannings and isinstance(plannings[0], dict):
        start = str(plannings[0].get("start_date") or "")
    date = start[:10] if re.match(r"\d{4}-\d{2}-\d{2}", start) else None
    time = start[11:16] if len(start) >= 16 else None
    items: list[AgendaItem] = []
    _walk_notubiz(data.get("agenda_items") or [], items, group=None)
    return Meeting(
        body=attributes.get("titel")
        or attributes.get("title")
        or _BODY_NAMES.get(str(data.get("body"))),
        date=date,
        municipality=None,
        items=tuple(items),
        time=time,
        place=attributes.get("locatie") or attributes.get("location") or None,
        source=name,
    )


_BODY_NAMES = {"council": "gemeenteraad", "committee": "raadscommissie"}


def _attributes(raw: Any) -> dict[str, str]:
    """Notubiz attributes come as a dict, or as a list of ``{"id", "value"}``."""
    if isinstance(raw, dict):
        return {str(k).lower(): str(v) for k, v in raw.items() if v}
    found: dict[str, str] = {}
    for entry in raw or []:
        if isinstance(entry, dict) and entry.get("value"):
            found[str(entry.get("id")).lower()] = str(entry["value"])
    return found


def _walk_notubiz(
    raw_items: Sequence[Any], out: list[AgendaItem], group: str | None, depth: int = 0
) -> None:
    if depth > NOTUBIZ_MAX_DEPTH // 2:  # agenda levels nest two JSON levels each
        raise ValueError(f"agendapunten dieper genest dan {NOTUBIZ_MAX_DEPTH // 2} niveaus")
    ordered = sorted(
        (i for i in raw_items if isinstance(i, dict)),
        key=lambda i: (i.get("order") is None, i.get("order") or 0),
    )
    for raw in ordered:
        type_data = raw.get("type_data") or {}
        attributes = _attributes(type_data.get("attributes"))
        title = attributes.get("1") or attributes.get("title") or attributes.get("titel") or ""
        title = " ".join(title.split())
        files = tuple(
            str(version["file_name"])
            for document in raw.get("documents") or []
            for version in (document.get("versions") or [])[-1:]
            if isinstance(version, dict) and version.get("file_name")
        )
        doc_titles = [str(d.get("title") or "") for d in raw.get("documents") or []]
        if type_data.get("heading"):
            group = group_kind(title) or group
            _walk_notubiz(raw.get("agenda_items") or [], out, group, depth + 1)
            continue
        number = str(type_data.get("title_prefix") or "").strip().rstrip(".")
        if not number:
            number = str(len(out) + 1)
        if title or files:
            title_only, kind = _item_kind(title or f"Agendapunt {number}", group)
            out.append(AgendaItem(number, title_only, kind, "\n".join(doc_titles), None, files))
        _walk_notubiz(raw.get("agenda_items") or [], out, group, depth + 1)


# --- matching documents to items ----------------------------------------------------------

_REF = re.compile(r"\b(?:[A-Z]{1,4})?(?:19|20)\d{2}[-/.]\d{3,6}\b")
_MOTION_REF = re.compile(r"\b([AM])\s?(\d{1,3}\.\d{1,2})\b")
_WORD = re.compile(r"[a-z0-9]+")
_STOPWORDS = frozenset(
    "de het een en van in op voor met aan bij tot over om te door als naar of uit ook "
    "pdf docx doc bijlage raadsvoorstel raadsbesluit voorstel besluit brief raadsinformatiebrief "
    "ontwerp concept definitief versie nr".split()
)


def fold(text: str) -> str:
    """Lower case without diacritics, for comparing names."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def references(text: str) -> set[str]:
    """Reference numbers in ``text``: "2026-041", "BD2018-001117", amendment "A9.1", motion "M9.2"."""
    refs = {re.sub(r"[/.]", "-", m.group(0)).upper() for m in _REF.finditer(text)}
    refs |= {m.group(1) + m.group(2) for m in _MOTION_REF.finditer(text)}
    return refs


def content_words(text: str) -> set[str]:
    return {
        w for w in _WORD.findall(fold(text).replace("_", " ")) if w not in _STOPWORDS and len(w) > 1
    }


def file_key(name: str) -> str:
    """A file name compared loosely: folded, without extension, underscores as spaces."""
    stem = re.sub(r"\.(pdf|docx?|odt)$", "", fold(Path(name).name))
    return " ".join(re.sub(r"[_\s]+", " ", stem).split())


@dataclass(frozen=True)
class Match:
    """Why a document belongs to an item."""

    item: str  # item number
    reason: str  # bestandsnaam | kenmerk | titel
    score: float


def match_documents(
    meeting: Meeting, documents: Iterable[tuple[str, str]]
) -> dict[str, Match | None]:
    """Map each ``(file name, title)`` to its agenda item, or None ("Overige stukken")."""
    items = meeting.items
    listed = {file_key(f): item.number for item in items for f in item.documents}
    item_refs = {item.number: references(f"{item.title}\n{item.text}") for item in items}
    item_words = {
        item.number: [content_words(item.title)]
        + [content_words(line) for line in item.text.splitlines() if line.strip()]
        for item in items
    }
    result: dict[str, Match | None] = {}
    for file_name, title in documents:
        key = file_key(file_name)
        if key in listed:
            result[file_name] = Match(listed[key], "bestandsnaam", 1.0)
            continue
        refs = references(f"{Path(file_name).stem}\n{title}")
        best: Match | None = None
        for item in items:
            shared = refs & item_refs[item.number]
            if shared:
                # A motion number is more specific than a proposal number.
                score = 0.8 + 0.1 * len(shared) + (0.05 if any(r[0] in "AM" for r in shared) else 0)
                if best is None or score > best.score:
                    best = Match(item.number, "kenmerk", score)
        if best is None:
            words = content_words(Path(file_name).stem) | content_words(title)
            for item in items:
                for candidate in item_words[item.number]:
                    score = _overlap(words, candidate)
                    if score >= TITLE_MATCH_MIN and (best is None or score > best.score):
                        best = Match(item.number, "titel", round(score * 0.75, 3))
        result[file_name] = best
    return result


def _overlap(a: set[str], b: set[str]) -> float:
    if len(a) < 2 or len(b) < 2:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def load_meeting(
    agenda_docs: Sequence[StructuredDocument], notubiz_files: Sequence[Path]
) -> Meeting | None:
    """The meeting from a Notubiz export if there is one (richer), else from the agenda PDF.

    A Notubiz file that cannot be read raises :class:`InputError`; the caller decides.
    """
    pdf_meeting = parse_agenda_document(agenda_docs[0]) if agenda_docs else None
    for path in notubiz_files:
        meeting = parse_notubiz(path)
        if pdf_meeting:  # the PDF knows the municipality and often the date
            meeting = replace(
                meeting,
                municipality=meeting.municipality or pdf_meeting.municipality,
                date=meeting.date or pdf_meeting.date,
            )
        return meeting
    return pdf_meeting
