"""The real Den Haag corpus in ../shared/corpus/denhaag: its labels, reference texts and the
measures that tests and bench/bench_real.py share.

Everything here reads ../shared; callers skip when it is absent (``denhaag_rows`` raises
``pytest.skip`` through the ``denhaag`` fixture, bench scripts check ``DENHAAG.is_dir()``).
The RIS labels in documents.csv are the truth we measure against, never input to the tool.
"""

from __future__ import annotations

import csv
import functools
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

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


# --- decision blocks ---------------------------------------------------------------------------


# --- outcomes, references, motions -------------------------------------------------------------
