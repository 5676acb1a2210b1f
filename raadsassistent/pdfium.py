"""The fast text engine (pypdfium2): about 60x faster than pdfminer.

Ruled tables are found by pdfplumber's own table finder, fed with the page's vector paths and
characters as pdfminer would have given them (:func:`read_ruled_tables`), so no pdfminer parse
is needed. Where a page holds what that cannot mirror exactly (form XObjects with paths,
rotated text, text pdfium and pdfminer spell differently) its tables are read by
:mod:`raadsassistent.plumber`, and so are the pages pdfium misreads (rotated pages, fonts with
a broken encoding).
"""

from __future__ import annotations

import functools
import re
import struct
import threading
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any, NamedTuple

from raadsassistent.errors import PdfError
from raadsassistent.layout import char_array_words, in_tables, words_to_lines
from raadsassistent.plumber import (
    check_page_count,
    close_pdf,
    open_error,
    open_pdf,
    read_page,
    read_tables,
    tables_of,
)
from raadsassistent.types import Page, Table

MIN_TABLE_PATHS = 8  # pages with fewer vector paths cannot hold a ruled table
FORM_DEPTH = 8  # form XObjects nested deeper than this are not looked into
PARALLEL_MIN_PAGES = 64  # below this, starting worker processes costs more than it saves

# Spacing accents where a letter belongs: pdfium misread a font's encoding ("coˆperatie").
_MISREAD = re.compile(
    r"[A-Za-z][\u02c6\u02dc\u02d8\u02d9\u02da\u02db\u02dd\u00a8\u00b4\u0060][a-z]"
)
# Words hold only the page text's characters: without one of these accents no word is misread.
_ACCENTS = re.compile("[\u02c6\u02dc\u02d8\u02d9\u02da\u02db\u02dd\u00a8\u00b4\u0060]")


def read_pages(
    path: Path, password: str | None, max_pages: int, max_chars: int, workers: int = 1
) -> tuple[list[Page], dict[str, str]]:
    """Every page of ``path`` and its metadata, read with pypdfium2; tables via pdfplumber.

    With ``workers`` > 1 a long document's pages are read by that many processes.
    """
    pdf = _open(path, password)
    try:
        page_count = len(pdf)
        check_page_count(path, page_count, max_pages)
        metadata = {k: str(v)[:500] for k, v in (pdf.get_metadata_dict() or {}).items() if v}
        if workers <= 1 or page_count < PARALLEL_MIN_PAGES:  # read on, the file open already
            return _read_range(pdf, path, password, max_chars, 0, page_count), metadata
    finally:
        pdf.close()
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
    pdf = _open(path, password)
    try:
        return _read_range(pdf, path, password, max_chars, start, stop)
    finally:
        pdf.close()


def _read_range(
    pdf, path: Path, password: str | None, max_chars: int, start: int, stop: int
) -> list[Page]:
    """Pages ``start`` to ``stop`` of the open pypdfium2 document ``pdf`` of ``path``."""
    plumber = None
    try:
        pages = []
        for index in range(start, stop):
            try:
                page, words, ruled, rotated, accents = _page_words(pdf, index, max_chars)
                misread = accents and any(_MISREAD.search(w["text"]) for w in words)
                if rotated or misread:
                    # pdfminer decodes such fonts right, and reads /Rotate pages in their
                    # displayed orientation: read this page the reference way
                    plumber = plumber or open_pdf(path, password)
                    plumber_page = plumber.pages[index]
                    try:
                        page = read_page(plumber_page, index + 1, max_chars)
                    finally:
                        plumber_page.close()
                elif words:
                    tables: list[Table] = ruled or []
                    if ruled is None:  # tables this engine cannot read exactly
                        try:
                            plumber = plumber or open_pdf(path, password)
                            plumber_page = plumber.pages[index]
                        except Exception:  # pdfminer cannot read this page: text without tables
                            plumber_page = None
                        if plumber_page is not None:
                            try:
                                tables = read_tables(plumber_page, page.number)
                            finally:
                                plumber_page.close()
                    if tables:
                        words = [w for w in words if not in_tables(w, tables)]
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
            close_pdf(plumber)


def _open(path: Path, password: str | None):
    """``path`` opened with pypdfium2, or the Dutch error for an encrypted or damaged file."""
    import pypdfium2

    try:
        return pypdfium2.PdfDocument(str(path), password=password or None)
    except pypdfium2.PdfiumError as error:
        if "password" in str(error).lower():
            raise open_error(path, PermissionError("PDFPasswordIncorrect")) from error
        raise open_error(path, error) from error


def _page_words(
    pdf, index: int, max_chars: int
) -> tuple[Page, list[dict], list[Table] | None, bool, bool]:
    """One page's words (pdfplumber-style dicts), its ruled tables (``None`` when only
    pdfplumber can read them), whether it is rotated (/Rotate), which pdfium reads as
    rotated characters, and whether its text holds a spacing accent (a misread font maybe)."""
    import pypdfium2.raw as raw

    page = pdf[index]
    number = index + 1
    try:
        rotated = page.get_rotation() % 360 != 0
        width, height = page.get_size()
        paths = images = 0
        for _, kind, level in _objects(page.raw):
            paths += kind == raw.FPDF_PAGEOBJ_PATH  # also inside forms, as pdfminer reads
            images += kind == raw.FPDF_PAGEOBJ_IMAGE and level == 0
        blank = Page(number, width, height, ())
        textpage = page.get_textpage()
        try:
            count = textpage.count_chars()
            if count <= 0:
                return replace(blank, status="scan" if images else "empty"), [], [], rotated, False
            if count > max_chars:
                return replace(blank, status="dense"), [], [], rotated, False
            text = textpage.get_text_range(0, count)
            chars, visible, garbage = _page_chars(textpage.raw, text, min(count, len(text)), height)
            if garbage > 0.5:
                return replace(blank, status="garbage"), [], [], rotated, False
            if not visible:
                return replace(blank, status="scan" if images else "empty"), [], [], rotated, False
            tables: list[Table] | None = []
            if paths >= MIN_TABLE_PATHS and not rotated:
                tables = read_ruled_tables(page, textpage, text, number)
        finally:
            textpage.close()
        accents = _ACCENTS.search(text) is not None
        return blank, char_array_words(*chars), tables, rotated, accents
    finally:
        page.close()


def _objects(page_handle, level: int = 0, form=None) -> Iterator[tuple[Any, int, int]]:
    """(handle, type, nesting level) of every page object, those inside form XObjects too;
    through the raw API, as pypdfium2's object wrappers cost more than the counting."""
    import pypdfium2.raw as raw

    if form is None:
        count, get = raw.FPDFPage_CountObjects(page_handle), raw.FPDFPage_GetObject
        owner = page_handle
    else:
        count, get, owner = raw.FPDFFormObj_CountObjects(form), raw.FPDFFormObj_GetObject, form
    for i in range(max(count, 0)):
        obj = get(owner, i)
        if not obj:
            continue
        kind = raw.FPDFPageObj_GetType(obj)
        yield obj, kind, level
        if kind == raw.FPDF_PAGEOBJ_FORM and level + 1 < FORM_DEPTH:
            yield from _objects(page_handle, level + 1, obj)


def _page_chars(handle, text: str, count: int, height: float) -> tuple[tuple, bool, float]:
    """The page's characters as :func:`layout.char_array_words` takes them (whitespace as
    separating spaces, rotated text left out), whether a letter is among them, and the
    share of undecodable text.

    This loop is the hot path of extraction, so font, size and rotation are read once per
    text object (a run of one font) rather than per character; Word 365 writes whole lines
    without a space, so once per word would give a two-font line one font. The per-character
    calls go through :func:`_fast_calls`, and each box is written straight into an array
    (:func:`_box_slots`), which halves what ctypes costs per character.
    """
    import ctypes

    import numpy as np
    import pypdfium2.raw as raw

    calls = _fast_calls()
    box, is_generated, map_error, text_object = (
        calls.box, calls.is_generated, calls.map_error, calls.text_object
    )  # fmt: skip
    page = ctypes.cast(handle, ctypes.c_void_p)
    buffer, slots = _box_slots(count)
    matrix = raw.FS_MATRIX()
    name = ctypes.create_string_buffer(256)
    flags = ctypes.c_int()
    # the once-a-run calls untyped too: a Word export starts a run with every word
    matrix_at, name_at, flags_at = (
        ctypes.c_void_p(ctypes.addressof(b)) for b in (matrix, name, flags)
    )
    name_size = ctypes.c_ulong(256)
    kept: list[int] = []  # page text index of each character, ~index for a space
    keep = kept.append
    run_starts, run_sizes, run_fonts = [0], [0.0], [""]  # spaces before any letter: none
    bad_words = words = replacement = letters = 0
    word_start = True
    run = None
    size, font, upright = 0.0, "", True
    for i in range(count):
        ch = text[i]
        if ch.isspace():
            if ch not in "\r\n" and is_generated(page, i) != 1:
                box(page, i, slots[len(kept)])
                keep(~i)
            word_start = True
            continue
        if word_start:
            word_start = False
            words += 1
            bad_words += map_error(page, i) == 1
        if (obj := text_object(page, i)) != run:
            run = obj
            # the em size the text is set in: the font size scaled by the text matrix
            calls.matrix(page, i, matrix_at)
            scale = abs(matrix.a * matrix.d - matrix.b * matrix.c) ** 0.5
            size = calls.font_size(page, i) * scale
            length = calls.font_info(page, i, name_at, name_size, flags_at)
            font = name.raw[: max(length - 1, 0)].decode("latin-1", "replace")
            upright = calls.angle(page, i) <= 0.01
            run_starts.append(len(kept))
            run_sizes.append(size)
            run_fonts.append(font)
        if not upright:
            continue  # rotated text, like pdfplumber's non-upright chars
        if ch == "\ufffd":
            replacement += 1
        box(page, i, slots[len(kept)])
        keep(i)
        letters += 1
    n = len(kept)
    share = max(bad_words / words if words else 0.0, replacement / n if n else 0.0)
    index = np.array(kept, dtype=np.intp)
    space = index < 0
    index[space] = ~index[space]
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), np.uint32)[index]
    codes[space] = 32
    codes[codes == 0xFFFE] = 45  # pdfium's mark for a hyphen at a line break: "-"
    left, top, right, bottom = np.frombuffer(buffer, np.float32, 4 * n).reshape(n, 4).T
    boxes = np.array([left, top, right, bottom], dtype=float)
    boxes[1] = height - boxes[1]
    boxes[3] = height - boxes[3]
    runs = np.diff(run_starts, append=n)
    font_index = np.repeat(np.arange(len(runs)), runs)
    sizes = np.array(run_sizes)[font_index]
    chars = (
        codes.tobytes().decode("utf-32-le", "surrogatepass"),
        boxes,
        sizes,
        font_index,
        run_fonts,
    )
    return chars, letters > 0, share


_SLOTS = threading.local()


def _box_slots(count: int) -> tuple[Any, list[Any]]:
    """A float buffer for ``count`` character boxes and a pointer to each box's place, kept
    per thread and grown as pages need: a pointer made per character costs as much as the
    call it is passed to."""
    import ctypes

    slots = getattr(_SLOTS, "value", None)
    if slots is None or len(slots[1]) < count:
        size = max(count, 4096)
        buffer = (ctypes.c_float * (4 * size))()
        base = ctypes.addressof(buffer)
        slots = (buffer, [ctypes.c_void_p(base + 16 * j) for j in range(size)])
        _SLOTS.value = slots
    return slots


_RECT = struct.Struct("4f")  # FS_RECTF: left, top, right, bottom as C floats


class _Calls(NamedTuple):
    box: Any
    is_generated: Any
    map_error: Any
    text_object: Any
    angle: Any
    matrix: Any
    font_size: Any
    font_info: Any


@functools.cache
def _fast_calls() -> _Calls:
    """The per-character pdfium calls without declared argument types: pypdfium2's typed
    prototypes convert every argument through ``from_param``, which costs more than the call
    itself. Callers pass pointers as ``c_void_p`` objects and indices as ints (C ``int``).
    ``text_object`` returns a plain address, so comparing two costs nothing. The calls keep
    the GIL (``PYFUNCTYPE``): they take well under a microsecond, less than releasing and
    taking it back costs, and never call back into Python."""
    import ctypes

    import pypdfium2.raw as raw

    def untyped(function: Any, result: Any) -> Any:
        address = ctypes.cast(function, ctypes.c_void_p).value
        assert address, "pdfium function without an address"
        return ctypes.PYFUNCTYPE(result)(address)  # cdecl: the arguments are not declared

    return _Calls(
        box=untyped(raw.FPDFText_GetLooseCharBox, ctypes.c_int),
        is_generated=untyped(raw.FPDFText_IsGenerated, ctypes.c_int),
        map_error=untyped(raw.FPDFText_HasUnicodeMapError, ctypes.c_int),
        text_object=untyped(raw.FPDFText_GetTextObject, ctypes.c_void_p),
        angle=untyped(raw.FPDFText_GetCharAngle, ctypes.c_float),
        matrix=untyped(raw.FPDFText_GetMatrix, ctypes.c_int),
        font_size=untyped(raw.FPDFText_GetFontSize, ctypes.c_double),
        font_info=untyped(raw.FPDFText_GetFontInfo, ctypes.c_ulong),
    )


# --- ruled tables without pdfminer ------------------------------------------------------------


class _TablePage:
    """What pdfplumber's ``TableFinder`` and ``Table.extract`` read of a page."""

    def __init__(self, edges: list[dict], bbox: tuple[float, float, float, float]):
        self.edges = edges
        self.bbox = bbox
        self.chars: list[dict] = []


def read_ruled_tables(page, textpage, text: str, number: int) -> list[Table] | None:
    """The ruled tables of a pdfium page, as :func:`plumber.read_tables` finds them, or
    ``None`` when this page holds something only a pdfminer parse reads exactly.

    pdfplumber's table finder runs on the page's path segments turned into edges the way
    pdfminer and pdfplumber make them, and cells take their text from pdfium's characters
    boxed as pdfminer boxes them, with the spaces pdfium leaves out of its text put back.
    """
    from pdfplumber.table import TableFinder

    from raadsassistent.plumber import TABLE_SETTINGS

    width, height = page.get_size()
    left, bottom, right, top = page.get_mediabox()
    if (left, bottom) != (0, 0) or page.get_cropbox() != (left, bottom, right, top):
        return None  # pdfplumber shifts such pages; not mirrored here
    edges = _path_edges(page, height)
    if edges is None:
        return None
    table_page = _TablePage(edges, (0, 0, width, height))
    finder = TableFinder(table_page, TABLE_SETTINGS)  # type: ignore[arg-type]
    if not finder.tables:
        return []
    chars = _table_chars(textpage, text, height)
    if chars is None:
        return None
    table_page.chars = chars
    return tables_of(finder.tables, number)


def _path_edges(page, height: float) -> list[dict] | None:
    """pdfplumber's ``page.edges`` from pdfium's path objects: each subpath becomes a line,
    a rectangle or a curve by pdfminer's rules (``PDFLayoutAnalyzer.paint_path``), then
    edges as pdfplumber cuts them. ``None`` when a form XObject holds paths."""
    import ctypes

    import pypdfium2.raw as raw

    matrix = raw.FS_MATRIX()
    x, y = ctypes.c_float(), ctypes.c_float()
    edges: list[dict] = []
    for handle, kind, level in _objects(page.raw):
        if kind != raw.FPDF_PAGEOBJ_PATH:
            continue
        if level > 0:
            return None  # a path inside a form: its matrix is the form's too
        raw.FPDFPageObj_GetMatrix(handle, matrix)
        a, b, c, d, e, f = matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f
        subpaths: list[tuple[list[str], list[tuple[float, float]]]] = []
        curve_points = 0
        for i in range(raw.FPDFPath_CountSegments(handle)):
            segment = raw.FPDFPath_GetPathSegment(handle, i)
            kind = raw.FPDFPathSegment_GetType(segment)
            raw.FPDFPathSegment_GetPoint(segment, x, y)
            point = (a * x.value + c * y.value + e, b * x.value + d * y.value + f)
            if kind == raw.FPDF_SEGMENT_MOVETO:
                subpaths.append((["m"], [point]))
                curve_points = 0
            elif not subpaths:
                return None
            elif kind == raw.FPDF_SEGMENT_LINETO:
                subpaths[-1][0].append("l")
                subpaths[-1][1].append(point)
            elif kind == raw.FPDF_SEGMENT_BEZIERTO:
                curve_points += 1
                if curve_points % 3 == 0:  # pdfminer keeps a curve's end point only
                    subpaths[-1][0].append("c")
                    subpaths[-1][1].append(point)
            else:
                return None
            if raw.FPDFPathSegment_GetClose(segment):
                subpaths[-1][0].append("h")
                subpaths[-1][1].append(subpaths[-1][1][0])
        for ops, points in subpaths:
            edges.extend(_subpath_edges("".join(ops), points, height))
    return edges


def _subpath_edges(shape: str, pts: list[tuple[float, float]], height: float) -> list[dict]:
    if len(shape) > 3 and shape[-2:] == "lh" and pts[-2] == pts[0]:
        shape, pts = shape[:-2] + "h", pts[:-2] + pts[-1:]  # pdfminer drops the redundant l
    if shape in ("ml", "mlh"):
        (x0, y0), (x1, y1) = pts[0], pts[1]
        top, bottom = height - max(y0, y1), height - min(y0, y1)
        return [_edge("line", min(x0, x1), max(x0, x1), top, bottom,
                      "h" if top == bottom else "v")]  # fmt: skip
    if shape in ("mlllh", "mllll"):
        (x0, y0), (x1, y1), (x2, y2), (x3, y3), _ = pts
        square = (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (
            y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0
        )
        if pts[0] == pts[4] and square:
            xs, ys = [p[0] for p in pts], [p[1] for p in pts]
            left, right = min(xs), max(xs)
            top, bottom = height - max(ys), height - min(ys)
            return [
                _edge("rect_edge", left, right, top, top, "h"),
                _edge("rect_edge", left, right, bottom, bottom, "h"),
                _edge("rect_edge", left, left, top, bottom, "v"),
                _edge("rect_edge", right, right, top, bottom, "v"),
            ]
    return [
        _edge(
            "curve_edge",
            min(x0, x1),
            max(x0, x1),
            height - max(y0, y1),
            height - min(y0, y1),
            "v" if x0 == x1 else ("h" if y0 == y1 else None),
        )  # fmt: skip
        for (x0, y0), (x1, y1) in zip(pts, pts[1:], strict=False)
    ]


def _edge(kind: str, x0: float, x1: float, top: float, bottom: float, orientation) -> dict:
    return {
        "object_type": kind,
        "x0": x0,
        "x1": x1,
        "top": top,
        "bottom": bottom,
        "width": x1 - x0,
        "height": bottom - top,
        "orientation": orientation,
    }


def _table_chars(textpage, text: str, height: float) -> list[dict] | None:
    """pdfplumber-style characters of the page, boxed as pdfminer boxes them (the advance
    width across, the font size up from the descent), with the spaces of the content stream
    that pdfium's text leaves out (between text objects, at line ends) put back as thin
    space characters; ``None`` when pdfium and the content stream disagree on the text."""
    import ctypes

    import pypdfium2.raw as raw

    handle = textpage.raw
    calls = _fast_calls()
    page = ctypes.cast(handle, ctypes.c_void_p)
    rect = raw.FS_RECTF()
    at = ctypes.c_void_p(ctypes.addressof(rect))
    unpack = _RECT.unpack_from
    matrix = raw.FS_MATRIX()
    chars: list[dict] = []
    by_object: dict[int, list[dict]] = {}
    run, size = None, 0.0
    for i in range(min(textpage.count_chars(), len(text))):
        ch = text[i]
        if ch in "\r\n" or calls.is_generated(page, i) == 1:
            continue
        if calls.angle(page, i) > 0.01:
            return None  # rotated text: pdfplumber orders it its own way
        if (obj := calls.text_object(page, i)) != run:
            run = obj
            raw.FPDFText_GetMatrix(handle, i, matrix)
            scale = abs(matrix.a * matrix.d - matrix.b * matrix.c) ** 0.5
            size = raw.FPDFText_GetFontSize(handle, i) * scale
        if not obj:
            return None
        calls.box(page, i, at)
        left, _, right, bottom = unpack(rect)
        bottom = height - bottom
        char = {
            "text": "-" if ch == "\ufffe" else ch,
            "x0": left,
            "x1": right,
            "top": bottom - size,
            "bottom": bottom,
            "doctop": bottom - size,
            "width": right - left,
            "height": size,
            "upright": True,
        }
        chars.append(char)
        by_object.setdefault(obj, []).append(char)
    spaces = []
    for obj, own in by_object.items():
        written = _object_text(obj, handle)
        if written is None:
            return None
        j = 0
        for ch in written:
            if j < len(own) and (
                own[j]["text"] == ch or (own[j]["text"] == "-" and ch in _HYPHENS)
            ):
                j += 1
            elif ch == " ":
                spaces.append(
                    _space_beside(own[j - 1], after=True)
                    if j
                    else _space_beside(own[j], after=False)
                )
            else:
                return None
        if j != len(own):
            return None
    return chars + spaces


# What a text object may write where pdfium's page text has a hyphen ("\ufffe" made "-"):
# a soft hyphen, or code 2, which some Word fonts map to it and pdfminer reads as "-".
_HYPHENS = "\u00ad-\x02"


def _space_beside(char: dict, *, after: bool) -> dict:
    x = char["x1"] if after else char["x0"] - 0.01
    return {**char, "text": " ", "x0": x, "x1": x + 0.01, "width": 0.01}


def _object_text(obj: int, textpage) -> str | None:
    """The text a text object writes, spaces included."""
    import ctypes

    import pypdfium2.raw as raw

    handle = ctypes.cast(obj, raw.FPDF_PAGEOBJECT)
    size = raw.FPDFTextObj_GetText(handle, textpage, None, 0)
    if size <= 0:
        return None
    buffer = (ctypes.c_ushort * size)()
    raw.FPDFTextObj_GetText(handle, textpage, buffer, size)
    return bytes(buffer).decode("utf-16-le", "replace").rstrip("\x00")
