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

GLUE_SPAN = 6  # the most reference words one glued word is checked against


@dataclass(frozen=True)
class Fidelity:
    """How faithfully one engine's text keeps the words of a document (or of many)."""

    words: int  # words of our text
    glued: int  # of those, glued words
    reference: int  # words of the reference (pdftotext)
    found: int  # reference words (multiset) also in our text
    examples: tuple[str, ...] = ()  # glued words, e.g. "file.pdf: wegestart"

    @property
    def glued_rate(self) -> float:
        return self.glued / self.words if self.words else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.reference if self.reference else 1.0

    def __add__(self, other: Fidelity) -> Fidelity:
        return Fidelity(
            self.words + other.words,
            self.glued + other.glued,
            self.reference + other.reference,
            self.found + other.found,
            self.examples + other.examples,
        )

    def summary(self) -> str:
        return (
            f"{self.words} words, glued {self.glued} ({self.glued_rate:.2%}), "
            f"recall {self.recall:.4f} ({self.found}/{self.reference})"
        )


def document_text(doc) -> str:
    """What the user gets of an extracted Document: each page's lines joined as passages are
    (hyphenated line breaks undone, as pdftotext does too), then its table cells. Running
    headers, footers and page numbers are already moved out of the lines."""
    from raadsassistent.segment import join_lines

    parts: list[str] = []
    for page in doc.pages:
        parts.append(join_lines([line.text for line in page.lines]))
        parts.extend(cell for table in page.tables for row in table.rows for cell in row)
    return "\n".join(parts)


def glued_words(ours: list[str], reference: list[str]) -> list[str]:
    """The words of ``ours`` that are not words of ``reference`` but equal 2 to ``GLUE_SPAN``
    consecutive reference words written together ("wegestart" for "we" "gestart").

    A word the reference also has somewhere is never glued, so "gemeenteraad" counts only
    where pdftotext never writes it whole.
    """
    known = set(reference)
    longest = max((len(w) for w in ours), default=0)
    concatenations: set[str] = set()
    for i in range(len(reference)):
        joined = reference[i]
        for j in range(i + 1, min(i + GLUE_SPAN, len(reference))):
            joined += reference[j]
            if len(joined) > longest:
                break
            concatenations.add(joined)
    return [w for w in ours if w not in known and w in concatenations]


def fidelity(ours_text: str, reference_text: str, name: str = "") -> Fidelity:
    """Glued words and word recall of ``ours_text`` against ``reference_text``."""
    from collections import Counter

    ours, reference = words(ours_text), words(reference_text)
    glued = glued_words(ours, reference)
    have, want = Counter(ours), Counter(reference)
    found = sum(min(n, have[w]) for w, n in want.items())
    prefix = f"{name}: " if name else ""
    return Fidelity(len(ours), len(glued), len(reference), found, tuple(prefix + w for w in glued))


def text_fidelity(path: Path, engine: str) -> Fidelity:
    """Our text of ``path`` read with ``engine`` against pdftotext's."""
    from raadsassistent.extract import extract_document

    doc = extract_document(path, engine=engine)
    return fidelity(document_text(doc), pdftotext(path), path.name)


def corpus_fidelity(paths: list[Path], engine: str) -> Fidelity:
    """:func:`text_fidelity` summed over ``paths``."""
    total = Fidelity(0, 0, 0, 0)
    for path in paths:
        total = total + text_fidelity(path, engine)
    return total


def shared_words(a: str, b: str) -> tuple[int, int]:
    """How many words two texts have in common (multiset), and the larger word count."""
    from collections import Counter

    first, second = Counter(words(a)), Counter(words(b))
    return sum((first & second).values()), max(first.total(), second.total())


@dataclass(frozen=True)
class EngineComparison:
    """Both engines on the same files: each one's fidelity, and how alike their texts are."""

    fast: Fidelity  # pdfium
    reference: Fidelity  # pdfplumber
    shared: int  # words the two texts have in common (multiset), summed over files
    larger: int  # the larger of the two word counts, summed over files
    differing: tuple[str, ...] = ()  # files whose texts differ in more than 1% of their words
    seconds: tuple[float, float] = (0.0, 0.0)  # extraction time (pdfium, pdfplumber)
    pages: int = 0

    @property
    def agreement(self) -> float:
        return self.shared / self.larger if self.larger else 1.0

    def summary(self) -> str:
        fast, slow = self.seconds
        return (
            f"pdfium: {self.fast.summary()}\n"
            f"pdfplumber: {self.reference.summary()}\n"
            f"engines share {self.agreement:.4f} of their words; "
            f"{len(self.differing)} files differ in more than 1%\n"
            f"{self.pages} pages: pdfium {self.pages / max(fast, 1e-9):.1f} pages/s, "
            f"pdfplumber {self.pages / max(slow, 1e-9):.1f} pages/s"
        )


def compare_engines(paths: list[Path]) -> EngineComparison:
    """Extract every file with both engines and measure each against pdftotext."""
    import time

    from raadsassistent.extract import extract_document

    fast = reference = Fidelity(0, 0, 0, 0)
    shared = larger = pages = 0
    differing: list[str] = []
    seconds = [0.0, 0.0]
    for path in paths:
        texts = []
        for i, engine in enumerate(("pdfium", "pdfplumber")):
            start = time.perf_counter()
            doc = extract_document(path, engine=engine)
            seconds[i] += time.perf_counter() - start
            texts.append(document_text(doc))
        pages += doc.page_count
        fast = fast + fidelity(texts[0], pdftotext(path), path.name)
        reference = reference + fidelity(texts[1], pdftotext(path), path.name)
        same, most = shared_words(*texts)
        shared, larger = shared + same, larger + most
        if same < 0.99 * most:
            differing.append(f"{path.name}: {same}/{most}")
    return EngineComparison(
        fast, reference, shared, larger, tuple(differing), (seconds[0], seconds[1]), pages
    )


def raadsvoorstellen() -> list[Path]:
    """Every raadsvoorstel of the corpus: its RIS category, or "Voorstel van het college" in
    its label under another category."""
    found = {
        f.path: None
        for f in labelled_files()
        if f.doc_type == "raadsvoorstel" or "voorstel van het college" in f.label.lower()
    }
    return list(found)


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

# The reference decision block is read from pdftotext's text with plain line rules, never with
# raadsassistent: a raadsvoorstel's block runs from its "besluit:" lead (or, without one, from
# the "gezien het voorstel ...," preamble) to the signature; an amendment's from "Besluit" to
# its "Toelichting"; a motion's from its dictum verb ("verzoekt het college", "draagt ... op")
# to "en gaat over tot de orde van de dag". A verordening that is adopted ("besluit vast te
# stellen de Verordening X:") is decided by that line: its articles are its content, so the
# block stops at "Artikel 1" / "Hoofdstuk 1". Page furniture (page numbers, the running
# header and the letterhead's address column) and item markers ("I.", "a)", bullets) are
# layout, not words of the block.

_BLOCK_END = re.compile(
    r"^\W*(?:Aldus\s+(?:geamendeerd\s+)?(?:besloten|aangenomen|verworpen|vastgesteld)\b|De\s+griffier\b"
    r"|De\s+(?:voorzitter|burgemeester)\b|ValidSigned\b|Toelichting\b|Ondertekening\b"
    r"|Handtekening\b|Pagina\s+\d+\s+van\s+\d+|(?:en\s+)?gaat\s+over\s+tot\s+de\s+orde\b"
    r"|(?:Artikel|ARTIKEL|Hoofdstuk|HOOFDSTUK)\s+(?:1|I)(?![\d.:]*\d)\b)",
    re.IGNORECASE,
)
_CLOSING_FORMULA = re.compile(r"(?:\ben\s+)?gaat\s+over\s+tot\s+de\s+orde", re.IGNORECASE)
# "besluit:", "Besluit", "besluit vast te stellen", ", besluit:"; not "besluit het college
# in Q3" running on from the line before (the line before a lead ends a clause or is the
# preamble)
_BESLUIT_LEAD = re.compile(
    r"^(?:.*?,\s*|.*?\s(?=besluit(?:en)?\s*:))?(?P<lead>besluit(?:en)?)\b\s*:?", re.IGNORECASE
)
# the raad's own "besluit:" after "... het volgende besluit: de raad van ..., gezien ...,"
_RAAD_LEAD = re.compile(r"^(?:.*,\s*)?besluit(?:en)?\s*:", re.IGNORECASE)
# "De raad van de gemeente X, gezien het voorstel ..., gelet op ..."
_PREAMBLE = re.compile(
    r"^\s*(?:gezien|gelezen|gelet|de\s+(?:gemeente)?raad\s+van)\b|,\s*gezien\b", re.IGNORECASE
)
# a motion's dictum verb, after its considerations ("constaterende", "overwegende")
_CONSIDERATIONS = re.compile(r"^\W*(?:constaterende|overwegende|van\s+mening)", re.IGNORECASE)
_DICTUM_VERBS = "verzoekt|verzoeken|draagt|dragen|spreekt|spreken|roept|roepen|besluit|vraagt"
_ADDRESSEES = "het|de|uit|zich|als|om|tot|te|haar|zijn|burgemeester|college"
_MOTION_LEAD = re.compile(rf"^\W*(?:{_DICTUM_VERBS})\s+(?:{_ADDRESSEES})\b", re.IGNORECASE)
_ITEM_MARKER = re.compile(
    r"^\s*(?:\(?(?:\d{1,2}|[a-zA-Z]|[IVXivx]{1,5})\s?[.):]|[•▪●◦o\-–*·]|\d°)(?=\s|$)\s*"
)
_FURNITURE = re.compile(
    r"^\s*(?:\d{1,3}(?:\s*/\s*\d{1,3})?|Pagina\s+\d+\s+van\s+\d+|Gemeente\s+\S+(?:\s+\S+)?"
    r"|Ons\s+kenmerk|[A-Z]{2,5}/\d{5,}|Postbus\s+\d+|\d{4}\s?[A-Z]{2}\b.*|T\s+[\d ]+"
    r"|www\.\S+|dienst:.*|Spui\s+\d+|Den\s+Haag)\s*$"
)


def _running_lines(text: str) -> set[str]:
    """Lines at the top or bottom of two or more pages: running headers and footers."""
    seen: dict[str, set[int]] = {}
    for number, page in enumerate(text.split("\f")):
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        for line in lines[:4] + lines[-4:]:
            seen.setdefault(line, set()).add(number)
    return {line for line, pages in seen.items() if len(pages) > 1 and len(line) > 3}


def _block_lines(lines: list[str], start: int, running: set[str]) -> list[str]:
    """``lines[start:]`` up to the block's end, without furniture; ``lines[start]`` is the
    lead's own line and never ends the block ("besluit Artikel I als volgt te wijzigen:")."""
    out = []
    for i, line in enumerate(lines[start:]):
        if i and _BLOCK_END.match(line):
            break
        if line.strip() in running or _FURNITURE.match(line):
            continue
        out.append(line)
    return out


def _submitter_names(lines: list[str]) -> set[str]:
    """The names on "Indiener: Name, Party" lines: the signature starts where one recurs."""
    names = set()
    for line in lines:
        m = re.match(r"\s*Indieners?\s*:\s*([^,]+)", line)
        if m:
            names.add(m.group(1).strip())
    return names


def decision_block(reference_text: str, kind: str) -> str | None:
    """The decision block of a document from its pdftotext text, or None when it has none.

    ``kind`` is "raadsvoorstel", "amendement" or "motie". The text after the lead to the
    block's end, without page furniture, one line per line (item markers kept).
    """
    text = reference_text.replace("\u200b", "")
    lines = text.replace("\f", "\n\f").split("\n")
    running = _running_lines(text)
    body: list[str] | None = None
    if kind == "motie":
        after = max((i for i, ln in enumerate(lines) if _CONSIDERATIONS.match(ln)), default=-1)
        for i in range(after + 1, len(lines)):
            if _MOTION_LEAD.match(lines[i]):
                body = _block_lines(lines, i, running)
                break
    else:
        for i, line in enumerate(lines):
            m = _BESLUIT_LEAD.match(line)
            if not m:
                continue
            before = [
                ln
                for ln in lines[max(0, i - 40) : i]
                if ln.strip() and ln.strip() not in running and not _FURNITURE.match(ln)
            ][-6:]
            colon = ":" in line[m.end("lead") : m.end()]
            if not (colon or kind == "amendement" or any(_PREAMBLE.match(b) for b in before)):
                continue
            body = _block_lines([line[m.end() :], *lines[i + 1 :]], 0, running)
            # "... met het volgende besluit: de raad ..., gezien ..., besluit: X": the raad's
            # own "besluit:" further on opens the block
            later = [k for k, b in enumerate(body) if k and _RAAD_LEAD.match(b)]
            if later:
                inner = _RAAD_LEAD.match(body[later[-1]])
                assert inner
                body = [body[later[-1]][inner.end() :], *body[later[-1] + 1 :]]
            if any(words(b) for b in body):
                break
            body = None
        if body is None and kind == "raadsvoorstel":
            # no "besluit": the numbered points follow the "gezien het voorstel ...," line
            for i in range(len(lines) - 1, -1, -1):
                if re.match(r"^\s*(?:gezien|gelezen)\b.*,\s*$", lines[i]):
                    body = _block_lines(lines, i, running)[1:]
                    break
    if not body:
        return None
    if kind == "motie" and re.search(r"[:,;]\s*$", body[0]) and len(body[0].split()) <= 6:
        body = body[1:]  # "Verzoekt het college:" only introduces the list
    names = _submitter_names(lines[: len(lines)])
    kept = []
    for line in body:
        if line.strip().startswith(tuple(names or ["\0"])) or _CLOSING_FORMULA.search(line):
            break
        kept.append(line)
    block = "\n".join(line.rstrip() for line in kept).strip()
    return block if words(block) else None


def block_words(block: str) -> list[str]:
    """The words of a decision block without its item markers ("I.", "a)", bullets)."""
    return [w for line in block.splitlines() for w in words(_ITEM_MARKER.sub("", line))]


def coverage(block: str, points: list[str]) -> float:
    """Share of the block's words (as a multiset) that the points contain."""
    from collections import Counter

    want = Counter(block_words(block))
    if not want:
        return 1.0
    have = Counter(w for p in points for w in words(p))
    return sum((want & have).values()) / sum(want.values())


def spaceless_coverage(block: str, points: list[str]) -> float:
    """Like :func:`coverage`, but blind to word boundaries: the share of the block's letters
    that line up with the points' letters, so words glued together still count."""
    import difflib

    a = "".join(block_words(block))
    b = "".join(w for p in points for w in words(p))
    if not a:
        return 1.0
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return sum(m.size for m in matcher.get_matching_blocks()) / len(a)


@dataclass(frozen=True)
class DecisionScore:
    """Decision points against the reference blocks, over files that have a block."""

    files: int  # files with a reference block
    found: int  # ... where we found at least one decision point
    passed: int  # ... where the points cover >= 90% of the block's words
    passed_spaceless: int  # ... the same, blind to glued words
    mean_coverage: float
    mean_spaceless: float  # the same, blind to glued words
    no_block: tuple[str, ...]  # files without a reference block (not counted)
    failures: tuple[tuple[str, float, str], ...]  # (file name, coverage, first block words)

    @property
    def share(self) -> float:
        return self.passed / self.files if self.files else 0.0

    @property
    def found_share(self) -> float:
        return self.found / self.files if self.files else 0.0


COVERED = 0.9


def our_decision_points(path: Path) -> tuple[str, ...]:
    """raadsassistent's decision points of ``path``."""
    from raadsassistent.decisions import find_decision_points

    return tuple(p.text for p in find_decision_points(structured(path)))


def decision_kind(file: LabelledFile) -> str | None:
    """The kind of decision block a labelled file has: afdoening and tussenbericht letters
    filed as "motie" are letters, not motions (their label has no agenda code)."""
    if file.doc_type == "motie" and not re.match(r"[A-Z]{1,2}\.\d", file.label):
        return None
    return file.doc_type if file.doc_type in ("raadsvoorstel", "amendement", "motie") else None


def decision_score(files: list[LabelledFile]) -> DecisionScore:
    """How well our decision points cover the reference decision blocks of ``files``."""
    covs, spaceless, failures, no_block = [], [], [], []
    found = 0
    for file in files:
        kind = decision_kind(file)
        block = decision_block(pdftotext(file.path), kind) if kind else None
        if block is None:
            no_block.append(file.name)
            continue
        points = list(our_decision_points(file.path))
        found += bool(points)
        cov = coverage(block, points)
        covs.append(cov)
        spaceless.append(max(cov, spaceless_coverage(block, points)))
        if cov < COVERED:
            failures.append((file.name, round(cov, 3), " ".join(block.split()[:12])))
    n = len(covs)
    return DecisionScore(
        files=n,
        found=found,
        passed=sum(c >= COVERED for c in covs),
        passed_spaceless=sum(c >= COVERED for c in spaceless),
        mean_coverage=sum(covs) / n if n else 0.0,
        mean_spaceless=sum(spaceless) / n if n else 0.0,
        no_block=tuple(no_block),
        failures=tuple(failures),
    )


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


_LISTED_OUTCOMES = (
    "Aangenomen", "Verworpen", "Aangehouden", "Ingetrokken", "Stemmen staken", "Niet in stemming",
)  # fmt: skip
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
