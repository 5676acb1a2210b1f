"""The register across meetings: every motion and amendment that counts, and the commitments
(toezeggingen) the college made, read from besluitenlijsten and notulen.

Motions come from the meeting dict (its ``documents[]`` with ``motion``, ``outcome``,
``superseded_by`` and ``afdoening``); commitments from the stored passages of the meeting's
besluitenlijsten and notulen. A commitment's ``what`` is always verbatim source text: a
clause (or, for "Dat zeg ik toe.", the clause before it too) as it stands in the passage.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from raadsassistent.dates import find_dates
from raadsassistent.nlp import clause_spans
from raadsassistent.types import FAILED, MOTION_TYPES, StructuredDocument

if TYPE_CHECKING:
    from raadsassistent.store import Store

COMMITMENT_SOURCES = ("besluitenlijst", "notulen")


@dataclass(frozen=True)
class Commitment:
    """A commitment made in a meeting: who, what (verbatim), by when, and where it stands."""

    who: str | None  # "Wethouder Wagner", "Wethouder Bruines (D66)", "De voorzitter"
    what: str  # verbatim source text
    due: str | None  # the term as written ("in Q2", "voor 1 december 2025"), else None
    due_date: str | None  # that term as "YYYY-MM-DD" or a period ("2025-Q2", "2025")
    page: int


@dataclass(frozen=True)
class RegisterCounts:
    """What :func:`record_meeting` stored."""

    motions: int
    commitments: int
    sources: int  # besluitenlijsten and notulen read for commitments


# --- motions --------------------------------------------------------------------------------


def motion_entries(
    meeting: dict[str, Any], stored: dict[str, dict[str, Any] | None] | None = None
) -> list[dict[str, Any]]:
    """One register entry per motie or amendement of ``meeting`` that counts (not superseded
    by a later version). A meeting dict without the ``motion``/``outcome`` fields (a version
    before issue 11) takes them from ``stored``: the documents' stored rows by sha256."""
    entries = []
    for doc in meeting.get("documents", []):
        sha = doc.get("sha256")
        if not sha or doc.get("status") == FAILED or doc.get("superseded_by"):
            continue
        row = (stored or {}).get(sha) or {}
        kind = doc.get("doc_type") or row.get("doc_type")
        motion = doc["motion"] if "motion" in doc else _json(row.get("motion"))
        if kind not in MOTION_TYPES or not motion:
            continue
        entries.append(
            {
                "code": motion.get("code"),
                "kind": kind,
                "title": motion.get("title") or doc.get("title"),
                "submitters": [
                    {"name": s.get("name"), "party": s.get("party")}
                    for s in motion.get("submitters") or ()
                ],
                "concerns": motion.get("concerns"),
                "outcome": doc["outcome"] if "outcome" in doc else row.get("outcome"),
                "meeting_date": meeting.get("date") or row.get("date"),
                "file": doc.get("file_name") or row.get("file_name"),
                "dictum": list(motion.get("dictum") or ()),
                "afdoening": doc.get("afdoening"),
                "versions": list(doc.get("versions") or [doc.get("file_name")]),
                "document_sha256": sha,
            }
        )
    return entries


def _json(value: str | None) -> Any:
    return json.loads(value) if value else None


def is_open(entry: dict[str, Any]) -> bool:
    """An adopted motie without an afdoening letter."""
    return bool(
        entry["kind"] == "motie" and entry["outcome"] == "aangenomen" and not entry["afdoening"]
    )


# --- commitments ----------------------------------------------------------------------------

_NAME = r"(?:\s+(?:[A-Z][\w'’.-]*|van|de|der|den|ter|ten|het|'t))*"
_TITLE = r"(?:wethouder|burgemeester|portefeuillehouder|gedeputeerde)"
# who makes a commitment in a decision list: "Wethouder Wagner", "De burgemeester"
_THIRD_PERSON_RE = re.compile(
    rf"^(?:(?:En|Ook|Daarnaast)\s+)?(?P<who>(?:[Dd]e\s+)?(?i:{_TITLE}){_NAME}"
    r"|(?:[Hh]et\s+)?[Cc]ollege)\b"
    r"(?P<rest>.*?\bzeg(?:t|gen)\b(?:\s+\S+){0,6}?\s+toe\b(?!\s+(?:te\s+voegen|aan)\b).*)$",
    re.DOTALL,
)
# "Toezegging wethouder Wagner: ..."
_LABEL_RE = re.compile(
    rf"^Toezegging(?:\s+van)?\s+(?P<who>(?:de\s+)?(?i:{_TITLE}|college){_NAME})\s*:\s*\S",
)
_SUBJECT = r"(?:ik|wij|we|het\s+college)"
_MODAL = r"(?:kan|kunnen|wil|willen|zou|zouden)"
# the speaker commits in the first person: "ik zeg u toe dat", "Dat zeg ik dus graag toe",
# "Ik kan dat toezeggen", "ik wil toezeggen om", "Dat is ook een toezegging."
_FIRST_PERSON_RE = re.compile(
    r"\b(?:(?:ik|wij|we)\s+zeg(?:gen)?|zeg(?:gen)?\s+(?:ik|wij|we))\b(?:\s+\S+){0,5}?\s+toe\b"
    r"(?!\s+(?:te\s+voegen|aan)\b)"
    rf"|\b(?:{_SUBJECT}\s+{_MODAL}|{_MODAL}\s+{_SUBJECT})\b(?:\s+\S+){{0,4}}?\s+toezeggen\b"
    r"|^(?:dat|dit)\s+is\s+(?:ook\s+|dus\s+)?een\s+toezegging\b"  # of the clause before
    r"|\b(?:ik\s+ben|wij\s+zijn|we\s+zijn)\s+(?:\S+\s+){0,2}?bereid\s+(?:om\s+)?toe\s+te\s+zeggen\b",
    re.IGNORECASE,
)
_NEGATION_RE = re.compile(r"\b(?:niet|geen|nooit)\b", re.IGNORECASE)
# a speaker's turn in minutes: "Wethouder Bruines (D66). Voorzitter. ...", "De voorzitter. ..."
_SPEAKER_RE = re.compile(
    rf"^(?P<who>[A-Z][\w'’-]*{_NAME}\s\([^()\n]{{1,40}}\)|De voorzitter"
    rf"|(?:De heer|Mevrouw|Wethouder|Burgemeester){_NAME})\.\s"
)
_COLLEGE_SPEAKER_RE = re.compile(
    r"^(?:Wethouder|Burgemeester|Portefeuillehouder|Gedeputeerde|De voorzitter$|De heer\s|"
    r"Mevrouw\s)"
)
_MIN_WORDS = 4  # fewer other words ("Dat zeg ik toe.") and the clause before is taken along
# terms without a calendar date: "voor de zomer", "bij de Voorjaarsnota", "binnenkort"
_TERM_RE = re.compile(
    r"\b(?:(?:vóór|voor|uiterlijk|na|bij|in|rond)\s+(?:de|het)\s+"
    r"(?:zomer(?:reces|vakantie)?|kerst(?:reces|vakantie)?|herfst(?:reces|vakantie)?"
    r"|[Vv]oorjaarsnota|[Kk]adernota|[Bb]egroting(?:sbehandeling)?|[Jj]aarrekening"
    r"|voorjaar|najaar|verkiezingen|(?:eerste|tweede|derde|vierde|volgende)\s+kwartaal"
    r"|volgende\s+(?:raads|commissie)?vergadering|einde\s+van\s+(?:het|dit)\s+jaar)"
    r"|binnenkort|op\s+korte\s+termijn|zo\s+snel\s+mogelijk|dit\s+jaar|volgend\s+jaar)\b",
    re.IGNORECASE,
)
_KIND_RANK = {"deadline": 0, "date": 1, "period": 2}


def find_commitments(doc: StructuredDocument) -> list[Commitment]:
    """The commitments in a besluitenlijst or notulen, in document order.

    In a decision list they are reported ("Wethouder X zegt toe ...", "Toezegging wethouder X:
    ..."); in minutes the wethouder or burgemeester says them ("Ik zeg u toe dat ..."), and
    only a turn of the college counts: a council member asking for one is no commitment.
    Questions and denials ("dat kan ik niet toezeggen") are left out.
    """
    year = int(doc.date[:4]) if doc.date else None
    found: list[Commitment] = []
    seen: set[str] = set()
    speaker: str | None = None
    before: tuple[str, int] | None = None  # the clause before, with its page
    for passage in doc.passages:
        text = passage.text
        turn = _SPEAKER_RE.match(text)
        if turn:
            speaker, before = turn.group("who").strip(), None
        for start, end in clause_spans(text):
            if turn and start < turn.end():  # the speaker's name is not part of what is said
                start = turn.end()
                while start < end and text[start].isspace():
                    start += 1
            clause, page = text[start:end], passage.page_at(start)
            who, bare = _commitment_in(clause, speaker) if start < end else (None, False)
            if who is not None and not clause.rstrip().endswith("?"):
                what = f"{before[0]} {clause}" if bare and before else clause
                if what not in seen:
                    seen.add(what)
                    due, due_date = _due(what, year)
                    page = before[1] if bare and before else page
                    found.append(Commitment(who, what, due, due_date, page))
            if start < end:
                before = (clause, page)
    return found


def _commitment_in(clause: str, speaker: str | None) -> tuple[str | None, bool]:
    """Who commits in ``clause`` (None when nobody does), and whether the clause says no more
    than that ("Dat zeg ik graag toe."), so that what is committed stands in the clause before."""
    label = _LABEL_RE.match(clause)
    if label:
        return label.group("who"), False
    third = _THIRD_PERSON_RE.match(clause)
    if third and not _NEGATION_RE.search(third.group("rest").split(" toe")[0]):
        return third.group("who"), False
    first = _FIRST_PERSON_RE.search(clause)
    if not (first and speaker and _COLLEGE_SPEAKER_RE.match(speaker)):
        return None, False
    if _NEGATION_RE.search(first.group(0)) or _NEGATION_RE.search(
        " ".join(clause[: first.start()].split()[-2:])
    ):
        return None, False
    rest = clause[: first.start()] + clause[first.end() :]
    return speaker, len(re.findall(r"\w+", rest)) < _MIN_WORDS


def _due(what: str, year: int | None) -> tuple[str | None, str | None]:
    """The term by which a commitment is due, as written, and as a date or period."""
    mentions = [
        m for m in find_dates(what, reference_year=year, bare_years=False) if m.date or m.period
    ]
    if mentions:
        best = min(mentions, key=lambda m: (_KIND_RANK.get(m.kind, 3), m.start))
        return best.text, best.date or best.period
    term = _TERM_RE.search(what)
    return (term.group(0), None) if term else (None, None)


# --- storing ----------------------------------------------------------------------------------


def record_meeting(
    store: Store,
    meeting: dict[str, Any],
    documents: Mapping[str, StructuredDocument] | None = None,
    commitments: Mapping[str, list[Commitment]] | None = None,
) -> RegisterCounts:
    """Save ``meeting``'s motions and the commitments in its besluitenlijsten and notulen to
    the register, replacing what an earlier run of it stored. Call it after the meeting itself
    is stored (``meeting.store_meeting``); documents not in the store are left out.
    ``documents`` and ``commitments`` (by sha256) are stored documents and their commitments
    read already."""
    documents = documents or {}
    known_commitments = commitments or {}
    docs = [
        d
        for d in meeting.get("documents", [])
        if d.get("sha256") and d.get("status") != FAILED and store.has_document(d["sha256"])
    ]
    stored = {d["sha256"]: store.document(d["sha256"]) for d in docs}
    known = {d["sha256"] for d in docs}
    motions = [m for m in motion_entries(meeting, stored) if m["document_sha256"] in known]
    entries: list[dict[str, Any]] = []
    sources: list[str] = []
    for d in docs:
        row = stored[d["sha256"]] or {}
        if (d.get("doc_type") or row.get("doc_type")) not in COMMITMENT_SOURCES:
            continue
        doc = documents.get(d["sha256"]) or store.structured_document(d["sha256"])
        if doc is None:
            continue
        found = known_commitments.get(doc.sha256)
        sources.append(doc.sha256)
        entries += [
            {
                **asdict(c),
                "document_sha256": doc.sha256,
                "number": number,
                "file": d.get("file_name") or doc.name,
                "meeting_date": doc.date or meeting.get("date"),
                "source_type": doc.doc_type,
            }
            for number, c in enumerate(find_commitments(doc) if found is None else found, start=1)
        ]
    store.save_register(meeting["id"], motions, entries, sources=sources)
    return RegisterCounts(len(motions), len(entries), len(sources))
