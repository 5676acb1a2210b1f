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
