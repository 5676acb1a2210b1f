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


# --- titles and types --------------------------------------------------------------------------


# --- decision blocks ---------------------------------------------------------------------------


# --- outcomes, references, motions -------------------------------------------------------------
