"""The real Den Haag corpus in ../shared/corpus/denhaag: its labels, reference texts and the
measures that tests and bench/bench_real.py share.

Everything here reads ../shared; callers skip when it is absent (``denhaag_rows`` raises
``pytest.skip`` through the ``denhaag`` fixture, bench scripts check ``DENHAAG.is_dir()``).
The RIS labels in documents.csv are the truth we measure against, never input to the tool.
"""

from __future__ import annotations

import csv
import difflib
import functools
import re
import shutil
import subprocess
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from raadsassistent.types import StructuredDocument

from helpers import SHARED

DENHAAG = SHARED / "corpus" / "denhaag"


@dataclass(frozen=True)
class LabelledFile:
    """One row of documents.csv: a real PDF with the council information system's labels."""

    meeting: str  # "1259650"
    meeting_date: str  # "2025-02-13"
    path: Path
    doc_type: str  # the RIS category: motie, amendement, raadsvoorstel, besluitenlijst, notulen
    label: str  # the RIS title: "L.B VVD amendement Geen gedwongen verplaatsing van strandtenten"

    @property
    def name(self) -> str:
        return self.path.name


@functools.cache
def labelled_files() -> tuple[LabelledFile, ...]:
    """Every row of documents.csv, in file order."""
    with (DENHAAG / "documents.csv").open(encoding="utf-8", newline="") as handle:
        return tuple(
            LabelledFile(
                meeting=row["meeting_id"],
                meeting_date=row["meeting_date"],
                path=DENHAAG / row["file"],
                doc_type=row["doc_type"],
                label=row["doc_label"].replace("\u200b", "").strip(),
            )
            for row in csv.DictReader(handle)
        )


def files_of_type(*doc_types: str) -> list[LabelledFile]:
    """The labelled files whose RIS category is one of ``doc_types``."""
    return [f for f in labelled_files() if f.doc_type in doc_types]


def has_pdftotext() -> bool:
    return shutil.which("pdftotext") is not None


@functools.cache
def pdftotext(path: Path) -> str:
    """Poppler's plain text of ``path`` (reading order, no layout): the reference for words."""
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        check=True,
        timeout=120,
    ).stdout.decode("utf-8", "replace")


WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*", re.UNICODE)


def words(text: str) -> list[str]:
    """Lower-cased words (letters and digits, inner hyphens and apostrophes kept)."""
    return [w.lower() for w in WORD.findall(text.replace("\u00ad", ""))]


# --- text fidelity (glued words, word recall) ------------------------------------------------


# --- titles and types --------------------------------------------------------------------------

# "20250313-RIS321455 ", "RIS321256 ", "20250123 "
_LABEL_PREFIX = re.compile(r"^(?:\d{8}(?:-RIS\d+)?|RIS\d+)\s+")
# "L.B VVD amendement ", "VVD.A amendement ", "J.3 CU-SGP motie ": agenda code, party, kind
_LABEL_CODE = re.compile(r"^[A-Z]{1,3}\.[A-Z0-9]{1,3}\s+(?:[\w-]+\s+)?(?:motie|amendement)\s+")
_LABEL_STATUS = re.compile(r"(?:\s+(?:INGETROKKEN|GEWIJZIGD|AANGEHOUDEN|AANGENOMEN|VERWORPEN))+$")
# The party the RIS puts after "initiatiefvoorstel", as it puts it after a motion's code.
_LABEL_PARTY = re.compile(
    r"\b(initiatiefvoorstel)\s+(?:Hart voor Den Haag|Partij voor de Dieren|HvDH|PvdD|PvdA|VVD|D66"
    r"|CDA|SP|PVV|GL|HSP|CU-SGP|DENK)\s+",
    re.I,
)
# The label's kind words before the subject: "Voorstel van het college inzake X" is about X.
_LABEL_KIND = re.compile(
    r"^(?:(?:tweede\s+)?(?:gewijzigd|geamendeerd)\s+)?voorstel\s+van\s+het\s+"
    r"(?:college|presidium)\s+inzake\s+|^oplegger\s+raadsvoorstel\s+",
    re.I,
)


def expected_titles(label: str) -> tuple[str, ...]:
    """The document's title inside a RIS label, in the forms a document may give it.

    "L.B VVD amendement X INGETROKKEN" gives X, "20250313-RIS321455 Voorstel van het college
    inzake X" gives X, "20250123 besluitenlijst" gives "besluitenlijst". "RIS321256 Afdoening
    motie X" keeps "Afdoening motie X": that is the letter's own subject line. The RIS puts the
    submitting party after "Initiatiefvoorstel", which the document's own title may or may not
    carry: "Initiatiefvoorstel Hart voor Den Haag X" gives "Initiatiefvoorstel X" first and the
    label's form second.
    """
    title = " ".join(label.replace("\u200b", "").split())
    title = _LABEL_PREFIX.sub("", title)
    title = _LABEL_CODE.sub("", title)
    title = _LABEL_KIND.sub("", _LABEL_STATUS.sub("", title)).strip()
    without_party = _LABEL_PARTY.sub(r"\1 ", title)
    return (without_party, title) if without_party != title else (title,)


def expected_title(label: str) -> str:
    """The document's title inside a RIS label (the first of ``expected_titles``)."""
    return expected_titles(label)[0]


def _title_key(text: str) -> str:
    """Lower-case letters and digits only, accents folded: "Motie ‘Pier-Pressure’" -> "motiepierpressure"."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in folded if ch.isalnum())


TITLE_OVERLAP = 0.8


def title_matches(ours: str, expected: str) -> bool:
    """Is ``ours`` the title ``expected``?

    Both are reduced to lower-case letters and digits (accents, punctuation, quotes and all
    spaces dropped, so "Voorstelvan" equals "Voorstel van"). They match when the characters
    they share in order (difflib's matching blocks) make up at least ``TITLE_OVERLAP`` (80%)
    of the longer of the two: a title that adds or misses a word or two ("Preadvies college op
    initiatiefvoorstel X" for "Preadvies initiatiefvoorstel X", "Haags" for "Haagse") matches;
    a paragraph that contains the title, a bare kicker or a title with half its words gone
    does not.
    """
    a, b = _title_key(ours), _title_key(expected)
    if not a or not b:
        return False
    blocks = difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()
    return sum(block.size for block in blocks) >= TITLE_OVERLAP * max(len(a), len(b))


def expected_type(row: LabelledFile) -> str:
    """The doc_type a row should get, from its RIS category and label.

    Afdoening and tussenbericht letters, filed under "motie", are raadsinformatiebrieven; a
    proposal filed under "besluitenlijst" (the RIS files decided proposals there too) is a
    raadsvoorstel; initiatiefvoorstellen and preadviezen are filed as raadsvoorstel already.
    """
    if row.doc_type == "motie" and re.search(r"\b(afdoening|tussenbericht)\b", row.label, re.I):
        return "raadsinformatiebrief"
    if row.doc_type == "besluitenlijst" and re.search(r"\bvoorstel\b", row.label, re.I):
        return "raadsvoorstel"
    return row.doc_type


@dataclass(frozen=True)
class LabelScore:
    """How many documents got a label right, and the ones that did not."""

    right: int
    total: int
    failures: tuple[tuple[str, str, str], ...]  # (file name, ours, expected)

    @property
    def share(self) -> float:
        return self.right / self.total if self.total else 0.0


@functools.cache
def structured(path: Path) -> StructuredDocument:
    """``path`` extracted with the default engine and segmented, once per process."""
    from raadsassistent.extract import extract_document
    from raadsassistent.segment import segment_document

    return segment_document(extract_document(path))


def _label_score(
    files: Iterable[LabelledFile],
    ours: Callable[[StructuredDocument], str],
    expected: Callable[[LabelledFile], tuple[str, ...]],
    same: Callable[[str, str], bool],
    read: Callable[[Path], StructuredDocument],
) -> LabelScore:
    """Count the files whose value (``ours``) is ``same`` as one of the ``expected`` ones."""
    right, total, failures = 0, 0, []
    for row in files:
        got, wanted = ours(read(row.path)), expected(row)
        total += 1
        if any(same(got, want) for want in wanted):
            right += 1
        else:
            failures.append((row.name, got, wanted[0]))
    return LabelScore(right, total, tuple(failures))


def title_score(
    files: Iterable[LabelledFile], read: Callable[[Path], StructuredDocument] = structured
) -> LabelScore:
    """Titles that match (``title_matches``) a form of the title inside the RIS label."""
    return _label_score(
        files, lambda doc: doc.title, lambda row: expected_titles(row.label), title_matches, read
    )


def type_score(
    files: Iterable[LabelledFile], read: Callable[[Path], StructuredDocument] = structured
) -> LabelScore:
    """doc_types equal to ``expected_type``."""
    return _label_score(
        files, lambda doc: doc.doc_type, lambda row: (expected_type(row),), str.__eq__, read
    )


# --- decision blocks ---------------------------------------------------------------------------


# --- outcomes, references, motions -------------------------------------------------------------


@functools.cache
def pdftotext_layout(path: Path) -> str:
    """Poppler's text of ``path`` with its layout kept: table rows stay on one line."""
    return subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        check=True,
        timeout=120,
    ).stdout.decode("utf-8", "replace")


@dataclass(frozen=True)
class ListedMotion:
    """One motion or amendment row of a besluitenlijst, under its agenda item."""

    own_ris: str  # "RIS321221"
    code: str  # "H.1"
    title: str
    outcome: str | None  # one of types.OUTCOMES; None for "Niet ingediend"
    item_ris: str | None  # the agenda item's proposal, "RIS320293"; None for a debate
    item_title: str


@dataclass(frozen=True)
class DecisionList:
    """What a meeting's besluitenlijst records: motions and the outcome of each proposal."""

    motions: tuple[ListedMotion, ...]
    proposals: dict[str, str]  # "RIS320293" -> "aangenomen"


_LISTED_OUTCOMES = ("Aangenomen", "Verworpen", "Aangehouden", "Ingetrokken", "Stemmen staken")
_ITEM_ROW = re.compile(r"^-?(?P<item>[A-Z]{1,2}(?:\.\d{1,2})?)\s+(?P<rest>\S.*)$")
# "321221      [Ingetrokken] [Gewijzigde] Motie H.1 SP Bewaar een plekje ...      Aangenomen"
_MOTION_ROW = re.compile(
    r"(?i)^(?P<ris>\d{6})\s+(?:(?P<pre>Ingetrokken|Aangehouden)\s+)?(?:Gewijzigde?\s+)?"
    r"(?:Motie|Amendement)\s+(?P<code>[A-Za-z-]+\.(?:\d{1,2}|[A-Z]))\s+(?P<rest>.*)$"
)
_ROW_OUTCOME = re.compile(rf"(?i)\s{{2,}}(?P<outcome>{'|'.join(_LISTED_OUTCOMES)}|Conform|-)\s*$")
_CITED_RIS = re.compile(r"\(RIS\s?(\d{6})\)")


def _split_outcome(rest: str) -> tuple[str, str | None]:
    match = _ROW_OUTCOME.search(rest)
    if not match:
        return rest.strip(), None
    return rest[: match.start()].strip(), match.group("outcome")


@functools.cache
def decision_list(meeting: str) -> DecisionList:
    """The besluitenlijst of ``meeting`` read with ``pdftotext -layout`` (independent of our code)."""
    (row,) = [
        f
        for f in files_of_type("besluitenlijst")
        if f.meeting == meeting and re.search(r"-\d{8}-besluitenlijst\.pdf$", f.name)
    ]
    motions: list[ListedMotion] = []
    proposals: dict[str, str] = {}
    item, item_ris, item_title = "", None, ""
    items_ris: dict[str, str | None] = {}
    pending: str | None = None  # an item's outcome whose RIS number is on its next line
    for line in pdftotext_layout(row.path).splitlines():
        motion = _MOTION_ROW.match(line.strip())
        if motion:
            title, outcome = _split_outcome(motion.group("rest"))
            if outcome in (None, "-"):
                outcome = motion.group("pre")
            motions.append(
                ListedMotion(
                    own_ris="RIS" + motion.group("ris"),
                    code=motion.group("code"),
                    title=title,
                    outcome=outcome.lower() if outcome else None,
                    item_ris=item_ris,
                    item_title=item_title,
                )
            )
            continue
        header = _ITEM_ROW.match(line)
        if header:
            text, outcome = _split_outcome(header.group("rest"))
            cited = _CITED_RIS.search(text)
            if header.group("item") != item or cited:
                item = header.group("item")
                item_ris = "RIS" + cited.group(1) if cited else items_ris.get(item)
                item_title = _CITED_RIS.sub("", text).strip()
                items_ris.setdefault(item, item_ris)
            outcome = outcome.lower() if outcome and outcome not in ("Conform", "-") else None
            known = items_ris.get(item)
            if outcome and known:
                proposals[known] = outcome
            pending = outcome if not known else None
        elif line.strip().startswith("Gestaakte stemmen"):
            # votes held over from an earlier meeting: their items are not on this list
            item, item_ris, item_title, pending = "", None, line.strip(), None
        elif line.startswith(" ") and item and not items_ris.get(item):
            cited = _CITED_RIS.search(line)  # "(RIS320934)" on the item's second line
            if cited:
                item_ris = items_ris[item] = "RIS" + cited.group(1)
                _, outcome = _split_outcome(line)
                outcome = (
                    outcome.lower() if outcome and outcome not in ("Conform", "-") else pending
                )
                if outcome:
                    proposals[item_ris] = outcome
                pending = None
    return DecisionList(tuple(motions), proposals)


_LABEL_CODE = re.compile(
    r"^(?P<code>[A-Z][A-Za-z]{0,4}\.(?:\d{1,2}|[A-Z]))\s+(?:(?P<party>\S+)\s+)?(?:motie|amendement)\b"
)
_STAMP_RE = re.compile(
    r"Aldus\s+(?:\w+\s+){0,3}in\s+de\s+openbare\s+(?:raads)?vergadering\s+van\s+\d"
    r"|Uitslag\s+stemming:\s*(?:aangenomen|verworpen|ingetrokken|aangehouden|stemmen)",
    re.IGNORECASE,
)
# The party abbreviations of the RIS labels and the names the documents write out.
PARTY_NAMES = {
    "hvdh": ("hart voor den haag",),
    "vvd": ("haagse vvd",),
    "gl": ("groenlinks",),
    "pvdd": ("partij voor de dieren",),
    "cu-sgp": ("christenunie/sgp", "christenunie-sgp", "cu/sgp", "christenunie sgp"),
    "pvda": ("partij van de arbeid",),
    "hsp": ("haagse stadspartij",),
}


def same_party(label_party: str, written: str | None) -> bool:
    """Whether the party ``written`` in a document is the label's ``label_party`` ("HvDH")."""
    if not written:
        return False
    short = label_party.lower()
    text = re.sub(r"\s+", " ", written.lower().strip(" ()"))
    return text == short or text in PARTY_NAMES.get(short, ())


@dataclass(frozen=True)
class MotionTruth:
    code: str
    party: str | None  # from the label: "VVD"; None when the label has none
    stamped: bool  # the version carries the vote stamp
    outcome: str | None  # what the document should record: the listed outcome when stamped
    listed: ListedMotion | None


def motion_files() -> list[LabelledFile]:
    """The real moties and amendementen (not the afdoening letters filed as "motie")."""
    return [f for f in files_of_type("motie", "amendement") if _LABEL_CODE.match(f.label)]


def _overlap(a: str, b: str) -> float:
    wa, wb = set(words(a)), set(words(b))
    return len(wa & wb) / max(1, min(len(wa), len(wb)))


def motion_truth(row: LabelledFile) -> MotionTruth:
    """Code and party from the RIS label, outcome and concerns from the meeting's besluitenlijst
    (matched by the stamp's RIS number, else the code, else the title)."""
    match = _LABEL_CODE.match(row.label)
    assert match, row.label
    code = match.group("code")
    party = match.group("party") or (code.split(".")[0] if not code[1] == "." else None)
    text = pdftotext_layout(row.path)
    motions = decision_list(row.meeting).motions
    own = re.search(r"RIS-nummer:\s*(\d{6})", text)
    listed = next((m for m in motions if own and m.own_ris == "RIS" + own.group(1)), None)
    listed = listed or next((m for m in motions if m.code == code), None)
    if listed is None:
        title = row.label[match.end() :].replace("INGETROKKEN", "").replace("GEWIJZIGD", "")
        best = max(motions, key=lambda m: _overlap(m.title, title))
        listed = best if _overlap(best.title, title) >= 0.6 else None
    stamped = bool(_STAMP_RE.search(text))
    return MotionTruth(code, party, stamped, listed.outcome if stamped and listed else None, listed)


def proposal_outcome_truth(row: LabelledFile) -> str | None:
    """A raadsvoorstel's outcome as its besluitenlijst lists it, when the file carries the
    "Aldus besloten ..." stamp; None for an undecided version."""
    if not _STAMP_RE.search(pdftotext_layout(row.path)):
        return None
    ris = re.search(r"-ris(\d{6})", row.name)
    if not ris:
        return None
    return decision_list(row.meeting).proposals.get("RIS" + ris.group(1))


class CouncilScore:
    """How many of ``total`` files are right, with a line per wrong file."""

    def __init__(self) -> None:
        self.right = 0
        self.total = 0
        self.failures: list[str] = []

    @property
    def share(self) -> float:
        return self.right / self.total if self.total else 0.0

    def add(self, ok: bool, name: str, detail: str) -> None:
        self.total += 1
        self.right += ok
        if not ok:
            self.failures.append(f"{name}: {detail}")

    def __repr__(self) -> str:
        return f"{self.right}/{self.total} ({self.share:.1%})"


def motion_score(
    files: Iterable[LabelledFile], read: Callable[[Path], Any]
) -> dict[str, CouncilScore]:
    """Motion fields against the labels and besluitenlijsten: "code", "party" (of the first
    submitter), "concerns" (the listed item's RIS number, or its title for a debate without one),
    "outcome". ``read(path)`` gives our StructuredDocument."""
    scores = {key: CouncilScore() for key in ("code", "party", "concerns", "outcome")}
    for row in files:
        truth = motion_truth(row)
        doc = read(row.path)
        motion = doc.motion
        code = motion.code if motion else None
        scores["code"].add(code == truth.code, row.name, f"{code!r} != {truth.code!r}")
        if truth.party:
            party = motion.submitters[0].party if motion and motion.submitters else None
            scores["party"].add(
                same_party(truth.party, party), row.name, f"{party!r} ~ {truth.party!r}"
            )
        if truth.listed and not truth.listed.item_title.startswith("Gestaakte"):
            concerns = motion.concerns if motion else None
            if truth.listed.item_ris:
                ok = concerns == truth.listed.item_ris or (
                    concerns is not None
                    and not concerns.startswith("RIS")
                    and truth.listed.item_ris not in pdftotext(row.path).replace(" ", "")
                    and _overlap(concerns, truth.listed.item_title) >= 0.5
                )
                expected = truth.listed.item_ris
            else:
                ok = concerns is not None and _overlap(concerns, truth.listed.item_title) >= 0.5
                expected = truth.listed.item_title
            scores["concerns"].add(ok, row.name, f"{concerns!r} != {expected!r}")
        scores["outcome"].add(
            doc.outcome == truth.outcome, row.name, f"{doc.outcome!r} != {truth.outcome!r}"
        )
    return scores


def outcome_score(files: Iterable[LabelledFile], read: Callable[[Path], Any]) -> CouncilScore:
    """Recorded outcomes of moties, amendementen and raadsvoorstellen against the besluitenlijst
    (None expected for a version without a stamp)."""
    score = CouncilScore()
    for row in files:
        if row.doc_type == "raadsvoorstel":
            expected = proposal_outcome_truth(row)
        elif _LABEL_CODE.match(row.label):
            expected = motion_truth(row).outcome
        else:
            continue
        got = read(row.path).outcome
        score.add(got == expected, row.name, f"{got!r} != {expected!r}")
    return score
