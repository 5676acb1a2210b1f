"""Stage 1: read a PDF into pages of lines in reading order, with tables kept apart.

pdfplumber is the reference extractor. Each page is closed as soon as its lines are read,
because pdfplumber otherwise keeps every parsed page in memory.
"""

from __future__ import annotations

import hashlib
import re
import signal
import statistics
import threading
import unicodedata
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from operator import itemgetter
from pathlib import Path

from raadsassistent.errors import PdfError
from raadsassistent.types import BBox, Document, Line, Page, Table

# Defaults, overridable by keyword arguments of extract_document.
TIMEOUT_SECONDS = 300
MAX_PAGES = 5000
MAX_CHARS_PER_PAGE = 60_000
HEADER_BAND = 0.12  # share of the page height searched for running headers
FOOTER_BAND = 0.12
REPEAT_SHARE = 0.5  # a header repeats on at least this share of pages
LINE_TOLERANCE = 3.0  # words whose tops differ less than this (pt) share a line
WORD_GAP = 3.0  # a wider gap between characters starts a new word (pdfplumber's x_tolerance)
GUTTER_MIN_WIDTH = 8.0

ENGINES = ("pdfium", "pdfplumber")
ENGINE = "pdfium"

TABLE_SETTINGS = {"vertical_strategy": "lines", "horizontal_strategy": "lines"}

_CHAR_FIXES = str.maketrans(
    {
        "\ufb00": "ff",
        "\ufb01": "fi",
        "\ufb02": "fl",
        "\ufb03": "ffi",
        "\ufb04": "ffl",
        "\ufb05": "st",
        "\ufb06": "st",
        "\u00a0": " ",
        "\u2002": " ",
        "\u2003": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\u200b": "",
        "\u200c": "",
        "\u200d": "",
        "\u00ad": "",  # soft hyphen: only a line-break hint
        "\ufeff": "",
        "\u2010": "-",
        "\u2011": "-",
    }
)
_CID = re.compile(r"\(cid:\d+\)")
_SPACES = re.compile(r"\s+")
_BOLD = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
_PAGE_NUMBER = re.compile(
    r"^(pagina|page|blz\.?|p\.)?\s*[-–—]?\s*\d{1,4}\s*[-–—]?\s*((van|of|/)\s*\d{1,4})?$",
    re.IGNORECASE,
)


def normalise_text(text: str) -> str:
    """Fix ligatures and odd whitespace; NFC so 'é' is one character."""
    if "(cid:127)" in text:  # code 127 is the bullet in WinAnsi-style fonts without a map
        text = text.replace("(cid:127)", "•")
    text = unicodedata.normalize("NFC", text.translate(_CHAR_FIXES))
    return _SPACES.sub(" ", text).strip()


def file_sha256(path: str | Path) -> str:
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

    ``engine="pdfium"`` reads text with pypdfium2 and tables with pdfplumber; a file that
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
                raw_pages, metadata = _read_pages_pdfium(
                    path, password, max_pages, max_chars_per_page, workers
                )
            except PdfError as error:
                if error.code != "beschadigd":
                    raise
                raw_pages, metadata = _read_pages(path, password, max_pages, max_chars_per_page)
        else:
            raw_pages, metadata = _read_pages(path, password, max_pages, max_chars_per_page)
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
    if not path.exists():
        raise PdfError(f"{name}: bestand niet gevonden ({path}).", path=str(path), code="ontbreekt")
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
def time_limit(seconds: float | None, path: Path) -> Iterator[None]:
    """Abort extraction that runs longer than ``seconds`` (only possible in the main thread)."""
    if not seconds or threading.current_thread() is not threading.main_thread():
        yield
        return

    def _expire(signum, frame):  # noqa: ARG001
        raise PdfError(
            f"{path.name}: het uitlezen duurde langer dan {seconds:.0f} "
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


def _open_error(path: Path, error: Exception) -> PdfError:
    cause = error.args[0] if error.args and isinstance(error.args[0], Exception) else error
    kind = type(cause).__name__
    if "Password" in kind or "Encrypt" in kind:
        return PdfError(
            f"{path.name}: de PDF is beveiligd met een wachtwoord en kan niet worden gelezen. "
            "Vraag de afzender om een onbeveiligde versie, of geef het wachtwoord op met "
            "--wachtwoord (bij extract, brief en ingest).",
            path=str(path),
            code="versleuteld",
        )
    return PdfError(
        f"{path.name}: de PDF is beschadigd of onvolledig en kan niet worden gelezen "
        f"({kind}: {str(cause)[:120] or 'geen details'}). Vraag een nieuwe kopie op bij de afzender.",
        path=str(path),
        code="beschadigd",
    )


def _read_pages(
    path: Path, password: str | None, max_pages: int, max_chars: int
) -> tuple[list[Page], dict[str, str]]:
    import pdfplumber

    try:
        pdf = pdfplumber.open(path, password=password or "")
    except PdfError:
        raise
    except Exception as error:  # pdfminer raises many unrelated types on bad files
        raise _open_error(path, error) from error
    try:
        try:
            page_count = len(pdf.pages)
        except PdfError:
            raise
        except Exception as error:
            raise _open_error(path, error) from error
        _check_page_count(path, page_count, max_pages)
        metadata = {
            str(k): str(v)[:500]
            for k, v in (pdf.metadata or {}).items()
            if isinstance(v, str | int | float)
        }
        pages = []
        for number, page in enumerate(pdf.pages, start=1):
            try:
                pages.append(read_page(page, number, max_chars))
            except PdfError:
                raise
            except Exception:  # one broken page must not lose the others
                pages.append(Page(number, 0.0, 0.0, (), status="error"))
            finally:
                page.close()
    finally:
        _close_plumber(pdf)
    return pages, metadata


def _close_plumber(pdf) -> None:
    """Close a pdfplumber PDF; ``close()`` walks the page tree again and raises on a damaged
    one, which must not replace the error already being raised (or lose a result)."""
    try:
        pdf.close()
    except Exception:
        if not getattr(pdf, "stream_is_external", True):
            pdf.stream.close()


def read_page(page, number: int, max_chars: int = MAX_CHARS_PER_PAGE) -> Page:
    """Turn one pdfplumber page into a :class:`Page` (lines in reading order, tables apart)."""
    width, height = float(page.width), float(page.height)
    chars = page.chars
    if not chars:
        status = "scan" if page.images else "empty"
        return Page(number, width, height, (), status=status)
    if len(chars) > max_chars:
        return Page(number, width, height, (), status="dense")
    garbage = _garbage_share(chars)
    if garbage > 0.5:
        return Page(number, width, height, (), status="garbage")
    tables = _read_tables(page, number)
    words = page.extract_words(
        keep_blank_chars=False, use_text_flow=False, extra_attrs=["size", "fontname"]
    )
    words = [w for w in words if w.get("upright", True) and not _in_any(w, tables)]
    lines = words_to_lines(words, number, width)
    return Page(number, width, height, tuple(lines), tables=tuple(tables))


def _garbage_share(chars: list[dict]) -> float:
    text = "".join(c.get("text", "") for c in chars)
    if not text:
        return 0.0
    cid = sum(len(m) for m in _CID.findall(text))
    bad = sum(1 for ch in text if ch == "\ufffd" or (unicodedata.category(ch) == "Co"))
    return (cid + bad) / len(text)


def _read_tables(page, number: int) -> list[Table]:
    tables = []
    for found in page.find_tables(TABLE_SETTINGS):
        rows = tuple(tuple(normalise_text(cell or "") for cell in row) for row in found.extract())
        rows = tuple(row for row in rows if any(row))
        if len(rows) < 2 or max(len(r) for r in rows) < 2:
            continue  # a framed paragraph, not a table
        tables.append(Table(number, tuple(float(v) for v in found.bbox), rows))
    return tables


def _in_any(word: dict, tables: list[Table]) -> bool:
    cx = (word["x0"] + word["x1"]) / 2
    cy = (word["top"] + word["bottom"]) / 2
    return any(t.bbox[0] <= cx <= t.bbox[2] and t.bbox[1] <= cy <= t.bbox[3] for t in tables)


def words_to_lines(words: list[dict], page: int, width: float) -> list[Line]:
    """Group words into lines in reading order; two-column stretches read column by column."""
    if not words:
        return []
    gutter = find_gutter(words, width)
    if gutter is None:
        return _group_lines(words, page, column=0)
    lines: list[Line] = []
    for band_words, spans in _bands(words, gutter):
        if spans:
            lines.extend(_group_lines(band_words, page, column=0))
            continue
        left = [w for w in band_words if w["x1"] <= gutter]
        right = [w for w in band_words if w["x1"] > gutter]
        lines.extend(_group_lines(left, page, column=1))
        lines.extend(_group_lines(right, page, column=2))
    return lines


def find_gutter(words: list[dict], width: float) -> float | None:
    """The x of an empty vertical strip between two columns of text, if the page has one.

    Full-width lines (a heading above both columns) cross the gutter too, so the strip is
    found as the widest run of x positions crossed by far fewer words than the rest.
    """
    if len(words) < 40:
        return None
    import numpy as np

    x0 = np.fromiter((w["x0"] for w in words), float, len(words))
    x1 = np.fromiter((w["x1"] for w in words), float, len(words))
    xs = np.arange(width * 0.1, width * 0.9, 1.0)
    crossing = ((x0[:, None] < xs) & (x1[:, None] > xs)).sum(axis=0)
    middle = (xs >= width * 0.3) & (xs <= width * 0.7)
    if not middle.any():
        return None
    low = crossing[middle].min()
    if low > 0.5 * np.median(crossing):
        return None
    best_start, best_len, run_start = None, 0, None
    for i, x in enumerate(xs):
        if middle[i] and crossing[i] == low:
            run_start = x if run_start is None else run_start
            if x - run_start + 1 > best_len:
                best_start, best_len = run_start, x - run_start + 1
        else:
            run_start = None
    if best_start is None or best_len < GUTTER_MIN_WIDTH:
        return None
    gutter = float(best_start + best_len / 2)
    # Both sides must hold text at the same heights, or this is a ragged single column.
    left_tops = {round(w["top"] / 4) for w in words if w["x1"] <= gutter}
    right_tops = {round(w["top"] / 4) for w in words if w["x0"] >= gutter}
    if len(left_tops & right_tops) < 5:
        return None
    return gutter


def _bands(words: list[dict], gutter: float) -> list[tuple[list[dict], bool]]:
    """Split a page top to bottom into full-width bands (True) and two-column bands."""
    spanning = sorted((w["top"] - 1, w["bottom"] + 1) for w in words if w["x0"] < gutter < w["x1"])
    zones: list[list[float]] = []
    for top, bottom in spanning:
        if zones and top <= zones[-1][1] + LINE_TOLERANCE:
            zones[-1][1] = max(zones[-1][1], bottom)
        else:
            zones.append([top, bottom])
    bands: list[tuple[list[dict], bool]] = []
    previous = float("-inf")
    for top, bottom in zones:
        between = [w for w in words if previous < w["top"] < top]
        inside = [w for w in words if top <= w["top"] <= bottom]
        if between:
            bands.append((between, False))
        if inside:
            bands.append((inside, True))
        previous = bottom
    after = [w for w in words if w["top"] > previous]
    if after:
        bands.append((after, False))
    return bands


def _group_lines(words: list[dict], page: int, column: int) -> list[Line]:
    rows: list[list[dict]] = []
    for word in sorted(words, key=lambda w: (round(w["top"], 1), w["x0"])):
        if rows and abs(word["top"] - rows[-1][0]["top"]) <= LINE_TOLERANCE:
            rows[-1].append(word)
        else:
            rows.append([word])
    lines = []
    for row in rows:
        row.sort(key=lambda w: w["x0"])
        text = normalise_text(" ".join(w["text"] for w in row))
        if not text:
            continue
        sizes = Counter()
        bold = 0
        for w in row:
            sizes[round(float(w.get("size", 0.0)), 1)] += len(w["text"])
            if _BOLD.search(str(w.get("fontname", ""))):
                bold += len(w["text"])
        chars = sum(len(w["text"]) for w in row)
        bbox: BBox = (
            float(min(w["x0"] for w in row)),
            float(min(w["top"] for w in row)),
            float(max(w["x1"] for w in row)),
            float(max(w["bottom"] for w in row)),
        )
        lines.append(Line(text, page, bbox, sizes.most_common(1)[0][0], bold * 2 > chars, column))
    return lines


def running_key(text: str) -> str:
    """What stays the same of a running header or footer from page to page."""
    return re.sub(r"\d+", "#", text.lower()).strip()


def remove_running_lines(pages: list[Page]) -> list[Page]:
    """Move running headers, footers and page numbers out of the text into ``Page.removed``."""
    text_pages = [p for p in pages if p.lines]
    counts: Counter[str] = Counter()
    for page in text_pages:
        keys = {running_key(line.text) for line in page.lines if _in_band(line, page)}
        counts.update(keys)
    threshold = max(2, int(len(text_pages) * REPEAT_SHARE + 0.5))
    repeated = {key for key, n in counts.items() if n >= threshold and len(text_pages) >= 2}
    cleaned = []
    for page in pages:
        keep, removed = [], []
        for line in page.lines:
            in_band = _in_band(line, page)
            if in_band and (running_key(line.text) in repeated or _PAGE_NUMBER.match(line.text)):
                removed.append(line)
            else:
                keep.append(line)
        cleaned.append(
            Page(
                page.number,
                page.width,
                page.height,
                tuple(keep),
                page.tables,
                tuple(removed),
                page.status,
            )
        )
    return cleaned


def _in_band(line: Line, page: Page) -> bool:
    return line.bbox[3] <= page.height * HEADER_BAND or line.bbox[1] >= page.height * (
        1 - FOOTER_BAND
    )


def body_font_size(pages: list[Page] | tuple[Page, ...]) -> float:
    """The font size most characters are set in."""
    sizes: Counter[float] = Counter()
    for page in pages:
        for line in page.lines:
            sizes[line.size] += len(line.text)
    if not sizes:
        return 10.0
    return sizes.most_common(1)[0][0]


def median_line_pitch(lines: list[Line]) -> float:
    """The usual distance between the tops of consecutive lines in one column.

    Top-to-top distance does not depend on how tall an extractor draws glyph boxes, so
    both engines agree on where paragraphs break.
    """
    pitches = [
        b.bbox[1] - a.bbox[1]
        for a, b in zip(lines, lines[1:], strict=False)
        if a.column == b.column and 0 < b.bbox[1] - a.bbox[1] < 3 * max(a.size, 1.0)
    ]
    return statistics.median(pitches) if pitches else 14.0


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
    statuses = Counter(page.status for page in pages)
    if statuses.get("scan"):
        advice = (
            " Probeer het opnieuw met --ocr (tekstherkenning)."
            if not ocr
            else " Ook tekstherkenning leverde geen tekst op."
        )
        return PdfError(
            f"{path.name}: de PDF bevat alleen afbeeldingen (gescande pagina's) en geen tekst."
            + advice,
            path=str(path),
            code="alleen-beeld",
        )
    if statuses.get("garbage"):
        return PdfError(
            f"{path.name}: de tekst in deze PDF is onleesbaar (kapotte lettertypecodering). "
            "Vraag de afzender om een nieuwe export, of gebruik --ocr.",
            path=str(path),
            code="onleesbaar",
        )
    if statuses.get("dense"):
        return PdfError(
            f"{path.name}: de pagina's van deze PDF bevatten te veel tekens om te lezen (meer "
            f"dan {MAX_CHARS_PER_PAGE} per pagina); het is waarschijnlijk een tekening of kaart. "
            "Vraag de afzender om een versie met gewone tekst.",
            path=str(path),
            code="te-dicht",
        )
    if statuses.get("error"):
        return PdfError(
            f"{path.name}: geen enkele pagina van de PDF kon worden gelezen; het bestand is "
            "beschadigd. Vraag een nieuwe kopie op bij de afzender.",
            path=str(path),
            code="beschadigd",
        )
    return PdfError(
        f"{path.name}: de PDF bevat geen leesbare tekst.", path=str(path), code="geen-tekst"
    )


# --- the fast text path (pypdfium2) ---------------------------------------------------------

MIN_TABLE_PATHS = 8  # pages with fewer vector paths cannot hold a ruled table
# Spacing accents where a letter belongs: pdfium misread a font's encoding ("coˆperatie").
_MISREAD = re.compile(
    r"[A-Za-z][\u02c6\u02dc\u02d8\u02d9\u02da\u02db\u02dd\u00a8\u00b4\u0060][a-z]"
)


PARALLEL_MIN_PAGES = 64  # below this, starting worker processes costs more than it saves


def _read_pages_pdfium(
    path: Path, password: str | None, max_pages: int, max_chars: int, workers: int = 1
) -> tuple[list[Page], dict[str, str]]:
    """Read pages with pypdfium2 (about 60x faster than pdfminer); tables still via pdfplumber.

    With ``workers`` > 1 a long document's pages are read by that many processes.
    """
    import pypdfium2

    try:
        pdf = pypdfium2.PdfDocument(str(path), password=password or None)
    except pypdfium2.PdfiumError as error:
        raise _pdfium_error(path, error) from error
    try:
        page_count = len(pdf)
        _check_page_count(path, page_count, max_pages)
        metadata = {k: str(v)[:500] for k, v in (pdf.get_metadata_dict() or {}).items() if v}
    finally:
        pdf.close()
    if workers <= 1 or page_count < PARALLEL_MIN_PAGES:
        return read_page_range(path, password, max_chars, 0, page_count), metadata
    return _read_pages_parallel(path, password, max_chars, page_count, workers), metadata


def _read_pages_parallel(
    path: Path, password: str | None, max_chars: int, page_count: int, workers: int
) -> list[Page]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    chunk = -(-page_count // workers)
    ranges = [(start, min(start + chunk, page_count)) for start in range(0, page_count, chunk)]
    # spawn, not fork: the parent may hold pdfium state and threads that a fork would copy
    context = multiprocessing.get_context("spawn")
    executor = ProcessPoolExecutor(workers, mp_context=context)
    try:
        futures = [
            executor.submit(read_page_range, path, password, max_chars, a, b) for a, b in ranges
        ]
        return [page for future in futures for page in future.result()]
    finally:
        for process in list(getattr(executor, "_processes", {}).values()):
            process.terminate()  # a time limit must not wait for the workers
        executor.shutdown(wait=False, cancel_futures=True)


def read_page_range(
    path: Path, password: str | None, max_chars: int, start: int, stop: int
) -> list[Page]:
    """Pages ``start`` to ``stop`` (0-based, exclusive) of ``path`` via pdfium."""
    import pypdfium2

    try:
        pdf = pypdfium2.PdfDocument(str(path), password=password or None)
    except pypdfium2.PdfiumError as error:
        raise _pdfium_error(path, error) from error
    plumber = None
    try:
        pages = []
        for index in range(start, stop):
            try:
                page, words, may_have_tables, rotated = _pdfium_page(pdf, index, max_chars)
                if rotated or (words and any(_MISREAD.search(w["text"]) for w in words)):
                    # pdfminer decodes such fonts right, and reads /Rotate pages in their
                    # displayed orientation: read this page the reference way
                    plumber = plumber or _open_plumber(path, password)
                    plumber_page = plumber.pages[index]
                    try:
                        page = read_page(plumber_page, index + 1, max_chars)
                    finally:
                        plumber_page.close()
                elif words:
                    tables: list[Table] = []
                    if may_have_tables:
                        try:
                            plumber = plumber or _open_plumber(path, password)
                            plumber_page = plumber.pages[index]
                        except Exception:  # pdfminer cannot read this page: text without tables
                            plumber_page = None
                        if plumber_page is not None:
                            try:
                                tables = _read_tables(plumber_page, page.number)
                            finally:
                                plumber_page.close()
                    words = [w for w in words if not _in_any(w, tables)]
                    lines = words_to_lines(words, page.number, page.width)
                    page = replace(page, lines=tuple(lines), tables=tuple(tables))
            except PdfError:
                raise
            except Exception:  # one broken page must not lose the others
                page = Page(index + 1, 0.0, 0.0, (), status="error")
            pages.append(page)
        return pages
    finally:
        if plumber is not None:
            _close_plumber(plumber)
        pdf.close()


def _pdfium_error(path: Path, error: Exception) -> PdfError:
    if "password" in str(error).lower():
        return _open_error(path, PermissionError("PDFPasswordIncorrect"))
    return _open_error(path, error)


def _open_plumber(path: Path, password: str | None):
    import pdfplumber

    return pdfplumber.open(path, password=password or "")


def _check_page_count(path: Path, page_count: int, max_pages: int) -> None:
    if page_count == 0:
        raise PdfError(
            f"{path.name}: de PDF bevat geen pagina's.", path=str(path), code="geen-paginas"
        )
    if page_count > max_pages:
        raise PdfError(
            f"{path.name}: de PDF heeft {page_count} pagina's, meer dan de grens van "
            f"{max_pages}. Splits het bestand in delen van hoogstens {max_pages} pagina's.",
            path=str(path),
            code="te-groot",
        )


def _pdfium_page(pdf, index: int, max_chars: int) -> tuple[Page, list[dict], bool, bool]:
    """One page's words (pdfplumber-style dicts), whether it may hold ruled tables, and
    whether it is rotated (/Rotate), which pdfium reads as rotated characters."""
    import pypdfium2.raw as raw

    page = pdf[index]
    number = index + 1
    try:
        rotated = page.get_rotation() % 360 != 0
        width, height = page.get_size()
        paths = images = 0
        for obj in page.get_objects(max_depth=1):
            paths += obj.type == raw.FPDF_PAGEOBJ_PATH
            images += obj.type == raw.FPDF_PAGEOBJ_IMAGE
        blank = Page(number, width, height, ())
        textpage = page.get_textpage()
        try:
            count = textpage.count_chars()
            if count <= 0:
                return replace(blank, status="scan" if images else "empty"), [], False, rotated
            if count > max_chars:
                return replace(blank, status="dense"), [], False, rotated
            text = textpage.get_text_range(0, count)
            chars, garbage = _pdfium_chars(textpage.raw, text, min(count, len(text)), height)
        finally:
            textpage.close()
        visible = sum(1 for c in chars if c[0] != " ")
        if garbage > 0.5:
            return replace(blank, status="garbage"), [], False, rotated
        if not visible:
            return replace(blank, status="scan" if images else "empty"), [], False, rotated
        return blank, _chars_to_words(chars), paths >= MIN_TABLE_PATHS, rotated
    finally:
        page.close()


def _pdfium_chars(handle, text: str, count: int, height: float) -> tuple[list[tuple], float]:
    """Characters as (text, x0, top, x1, bottom, size, fontname), whitespace as separators;
    and the share of undecodable text.

    This loop is the hot path of extraction, so font, size and rotation are read once per
    word (at the character after a space) rather than per character.
    """
    import ctypes

    import pypdfium2.raw as raw

    box = raw.FPDFText_GetLooseCharBox
    is_generated = raw.FPDFText_IsGenerated
    rect = raw.FS_RECTF()
    name = ctypes.create_string_buffer(256)
    flags = ctypes.c_int()
    chars: list[tuple] = []
    append = chars.append
    bad_words = words = replacement = 0
    word_start = True
    size, font, upright = 0.0, "", True
    for i in range(count):
        ch = text[i]
        if ch.isspace():
            if ch not in "\r\n" and is_generated(handle, i) != 1:
                box(handle, i, rect)
                append((" ", rect.left, height - rect.top, rect.right, 0.0, 0.0, ""))
            word_start = True
            continue
        if word_start:
            word_start = False
            size = raw.FPDFText_GetFontSize(handle, i)
            length = raw.FPDFText_GetFontInfo(handle, i, name, 256, ctypes.byref(flags))
            font = name.raw[: max(length - 1, 0)].decode("latin-1", "replace")
            upright = raw.FPDFText_GetCharAngle(handle, i) <= 0.01
            words += 1
            bad_words += raw.FPDFText_HasUnicodeMapError(handle, i) == 1
        if not upright:
            continue  # rotated text, like pdfplumber's non-upright chars
        if ch == "\ufffe":  # pdfium's mark for a hyphen at a line break
            ch = "-"
        elif ch == "\ufffd":
            replacement += 1
        box(handle, i, rect)
        append((ch, rect.left, height - rect.top, rect.right, height - rect.bottom, size, font))
    share = max(bad_words / words if words else 0.0, replacement / len(chars) if chars else 0.0)
    return chars, share


def _chars_to_words(chars: list[tuple]) -> list[dict]:
    """Cluster characters into words the way pdfplumber does (same line, gap <= 3 pt)."""
    rows: list[list[tuple]] = []
    row_top = float("-inf")
    for char in sorted(chars, key=itemgetter(2)):
        if char[2] - row_top <= LINE_TOLERANCE:
            rows[-1].append(char)
        else:
            rows.append([char])
            row_top = char[2]
    words: list[dict] = []
    for row in rows:
        row.sort(key=itemgetter(1))
        current: list[tuple] = []
        for char in row:
            if char[0] == " ":
                if current:
                    words.append(_word(current))
                current = []
                continue
            if current and (char[1] - current[-1][3] > WORD_GAP or char[1] < current[-1][1] - 0.5):
                words.append(_word(current))
                current = []
            current.append(char)
        if current:
            words.append(_word(current))
    return words


def _word(chars: list[tuple]) -> dict:
    return {
        "text": "".join(c[0] for c in chars),
        "x0": min(c[1] for c in chars),
        "top": min(c[2] for c in chars),
        "x1": max(c[3] for c in chars),
        "bottom": max(c[4] for c in chars),
        "size": chars[0][5],
        "fontname": chars[0][6],
        "upright": True,
    }
