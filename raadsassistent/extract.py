"""Stage 1: read a PDF into pages of lines in reading order, with tables kept apart.

:func:`extract_document` is the stage's one entry. It checks the file, reads the text with
one of two engines (:mod:`raadsassistent.pdfium`, fast and the default, or
:mod:`raadsassistent.plumber`, the pdfplumber reference), lays it out with
:mod:`raadsassistent.layout`, and turns what cannot be read into Dutch errors and warnings.
"""

from __future__ import annotations

import hashlib
import signal
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from raadsassistent import pdfium, plumber
from raadsassistent.archive import input_problem
from raadsassistent.errors import PdfError
from raadsassistent.layout import remove_running_lines
from raadsassistent.types import Document, Page

# Defaults, overridable by keyword arguments of extract_document.
TIMEOUT_SECONDS = 300
MAX_PAGES = 5000
MAX_CHARS_PER_PAGE = 60_000

ENGINES = ("pdfium", "pdfplumber")
ENGINE = "pdfium"


def file_sha256(path: str | Path) -> str:
    """The SHA-256 of the file's bytes, as hex; read in 1 MiB blocks."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def extract_document(
    path: str | Path,
    *,
    password: str | None = None,
    ocr: bool = False,
    timeout: float | None = TIMEOUT_SECONDS,
    max_pages: int = MAX_PAGES,
    max_chars_per_page: int = MAX_CHARS_PER_PAGE,
    engine: str = ENGINE,
    workers: int = 1,
) -> Document:
    """Read ``path`` into a :class:`Document`; raise :class:`PdfError` with a Dutch message.

    ``engine="pdfium"`` reads text and ruled tables with pypdfium2 (tables through
    pdfplumber's table finder, pdfplumber itself only where a page needs it); a file that
    pdfium calls damaged is retried with pdfplumber, which recovers some broken files.
    ``engine="pdfplumber"`` is the slower reference path. ``workers`` > 1 reads a long
    document's pages in that many processes (pdfium engine).
    """
    if engine not in ENGINES:
        raise ValueError(f"engine must be one of {ENGINES}, not {engine!r}")
    path = Path(path)
    check_pdf_file(path)
    sha = file_sha256(path)
    with time_limit(timeout, path):
        if engine == "pdfium":
            try:
                raw_pages, metadata = pdfium.read_pages(
                    path, password, max_pages, max_chars_per_page, workers
                )
            except PdfError as error:
                if error.code != "beschadigd":
                    raise
                raw_pages, metadata = plumber.read_pages(
                    path, password, max_pages, max_chars_per_page
                )
        else:
            raw_pages, metadata = plumber.read_pages(path, password, max_pages, max_chars_per_page)
    if ocr and any(page.status == "scan" for page in raw_pages):
        from raadsassistent.ocr import ocr_pages

        raw_pages = ocr_pages(path, raw_pages)
    pages = remove_running_lines(raw_pages)
    warnings = tuple(_page_warnings(path, pages, ocr))
    if not any(page.lines or page.tables for page in pages):
        raise _no_text_error(path, pages, ocr)
    return Document(str(path), sha, tuple(pages), metadata, warnings)


def check_pdf_file(path: Path) -> None:
    """Fail early, in Dutch, on what is plainly not a readable PDF file."""
    name = path.name
    if problem := input_problem(path):  # missing, a link loop, a named pipe: never opened
        code, reason = problem
        raise PdfError(reason, path=str(path), code=code)
    if path.is_dir():
        raise PdfError(f"{name}: dit is een map, geen PDF-bestand.", path=str(path), code="map")
    size = path.stat().st_size
    if size == 0:
        raise PdfError(
            f"{name}: het bestand is leeg (0 bytes). Vraag een nieuwe kopie op bij de afzender.",
            path=str(path),
            code="leeg",
        )
    with open(path, "rb") as handle:
        head = handle.read(1024)
    if b"%PDF-" not in head:
        raise PdfError(
            f"{name}: dit is geen PDF-bestand (de inhoud begint niet met %PDF). "
            "Controleer of het bestand goed is opgeslagen of geconverteerd.",
            path=str(path),
            code="geen-pdf",
        )


@contextmanager
def time_limit(
    seconds: float | None, path: str | Path, *, message: str | None = None
) -> Iterator[None]:
    """Raise the Dutch ``tijdslimiet`` :class:`PdfError` for ``path`` when the block runs
    longer than ``seconds`` (with ``message``, else the text for reading a PDF). SIGALRM works
    only in the main thread: elsewhere, and with no ``seconds``, there is no limit."""
    path = Path(path)
    if not seconds or threading.current_thread() is not threading.main_thread():
        yield
        return

    def _expire(signum: int, frame: Any) -> None:  # noqa: ARG001
        raise PdfError(
            message
            or f"{path.name}: het uitlezen duurde langer dan {seconds:.0f} "
            f"{'seconde' if round(seconds) == 1 else 'seconden'} en is afgebroken. "
            "Het bestand is mogelijk beschadigd of extreem groot; splits het of stuur het apart in.",
            path=str(path),
            code="tijdslimiet",
        )

    previous = signal.signal(signal.SIGALRM, _expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


_STATUS_NL = {
    "scan": "heeft geen tekstlaag (gescand beeld)",
    "empty": "is leeg",
    "garbage": "bevat onleesbare tekens (kapotte lettertypecodering)",
    "dense": "bevat te veel tekens om te lezen",
    "error": "kon niet worden gelezen",
}


def _page_warnings(path: Path, pages: list[Page], ocr: bool) -> Iterator[str]:
    by_status: dict[str, list[int]] = {}
    for page in pages:
        if page.status != "ok":
            by_status.setdefault(page.status, []).append(page.number)
    for status, numbers in by_status.items():
        listed = ", ".join(str(n) for n in numbers[:20]) + (" ..." if len(numbers) > 20 else "")
        hint = (
            " Gebruik --ocr om deze pagina's te laten herkennen."
            if status == "scan" and not ocr
            else ""
        )
        yield f"{path.name}: pagina {listed} {_STATUS_NL[status]}.{hint}"


def _no_text_error(path: Path, pages: list[Page], ocr: bool) -> PdfError:
    """Why no page gave text, in Dutch: the first of these statuses that occurs explains it."""
    statuses = Counter(page.status for page in pages)
    scan_advice = (
        " Probeer het opnieuw met --ocr (tekstherkenning)."
        if not ocr
        else " Ook tekstherkenning leverde geen tekst op."
    )
    reasons = (
        (
            "scan",
            "alleen-beeld",
            "de PDF bevat alleen afbeeldingen (gescande pagina's) en geen tekst." + scan_advice,
        ),
        (
            "garbage",
            "onleesbaar",
            "de tekst in deze PDF is onleesbaar (kapotte lettertypecodering). "
            "Vraag de afzender om een nieuwe export, of gebruik --ocr.",
        ),
        (
            "dense",
            "te-dicht",
            "de pagina's van deze PDF bevatten te veel tekens om te lezen (meer "
            f"dan {MAX_CHARS_PER_PAGE} per pagina); het is waarschijnlijk een tekening of kaart. "
            "Vraag de afzender om een versie met gewone tekst.",
        ),
        (
            "error",
            "beschadigd",
            "geen enkele pagina van de PDF kon worden gelezen; het bestand is "
            "beschadigd. Vraag een nieuwe kopie op bij de afzender.",
        ),
    )
    code, message = next(
        ((code, message) for status, code, message in reasons if statuses.get(status)),
        ("geen-tekst", "de PDF bevat geen leesbare tekst."),
    )
    return PdfError(f"{path.name}: {message}", path=str(path), code=code)
