"""The fast text engine (pypdfium2): about 60x faster than pdfminer.

Tables are still read by :mod:`raadsassistent.plumber`, and so are the pages pdfium
misreads (rotated pages, fonts with a broken encoding).
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace
from pathlib import Path

from raadsassistent.errors import PdfError
from raadsassistent.layout import Char, chars_to_words, in_tables, words_to_lines
from raadsassistent.plumber import (
    check_page_count,
    close_pdf,
    open_error,
    open_pdf,
    read_page,
    read_tables,
)
from raadsassistent.types import Page, Table

MIN_TABLE_PATHS = 8  # pages with fewer vector paths cannot hold a ruled table
PARALLEL_MIN_PAGES = 64  # below this, starting worker processes costs more than it saves

# Spacing accents where a letter belongs: pdfium misread a font's encoding ("coˆperatie").
_MISREAD = re.compile(
    r"[A-Za-z][\u02c6\u02dc\u02d8\u02d9\u02da\u02db\u02dd\u00a8\u00b4\u0060][a-z]"
)


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
    pdf = _open(path, password)
    plumber = None
    try:
        pages = []
        for index in range(start, stop):
            try:
                page, words, may_have_tables, rotated = _page_words(pdf, index, max_chars)
                if rotated or (words and any(_MISREAD.search(w["text"]) for w in words)):
                    # pdfminer decodes such fonts right, and reads /Rotate pages in their
                    # displayed orientation: read this page the reference way
                    plumber = plumber or open_pdf(path, password)
                    plumber_page = plumber.pages[index]
                    try:
                        page = read_page(plumber_page, index + 1, max_chars)
                    finally:
                        plumber_page.close()
                elif words:
                    tables: list[Table] = []
                    if may_have_tables:
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
        pdf.close()


def _open(path: Path, password: str | None):
    """``path`` opened with pypdfium2, or the Dutch error for an encrypted or damaged file."""
    import pypdfium2

    try:
        return pypdfium2.PdfDocument(str(path), password=password or None)
    except pypdfium2.PdfiumError as error:
        if "password" in str(error).lower():
            raise open_error(path, PermissionError("PDFPasswordIncorrect")) from error
        raise open_error(path, error) from error


def _page_words(pdf, index: int, max_chars: int) -> tuple[Page, list[dict], bool, bool]:
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
            chars, garbage = _page_chars(textpage.raw, text, min(count, len(text)), height)
        finally:
            textpage.close()
        visible = sum(1 for c in chars if c[0] != " ")
        if garbage > 0.5:
            return replace(blank, status="garbage"), [], False, rotated
        if not visible:
            return replace(blank, status="scan" if images else "empty"), [], False, rotated
        return blank, chars_to_words(chars), paths >= MIN_TABLE_PATHS, rotated
    finally:
        page.close()


def _page_chars(handle, text: str, count: int, height: float) -> tuple[list[Char], float]:
    """Characters as (text, x0, top, x1, bottom, size, fontname), whitespace as separators;
    and the share of undecodable text.

    This loop is the hot path of extraction, so font, size and rotation are read once per
    text object (a run of one font) rather than per character; Word 365 writes whole lines
    without a space, so once per word would give a two-font line one font.
    """
    import ctypes

    import pypdfium2.raw as raw

    box = raw.FPDFText_GetLooseCharBox
    is_generated = raw.FPDFText_IsGenerated
    text_object = _text_object_address()
    page_handle = ctypes.cast(handle, ctypes.c_void_p)
    rect = raw.FS_RECTF()
    matrix = raw.FS_MATRIX()
    name = ctypes.create_string_buffer(256)
    flags = ctypes.c_int()
    chars: list[Char] = []
    append = chars.append
    bad_words = words = replacement = 0
    word_start = True
    run = None
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
            words += 1
            bad_words += raw.FPDFText_HasUnicodeMapError(handle, i) == 1
        if (obj := text_object(page_handle, i)) != run:
            run = obj
            # the em size the text is set in: the font size scaled by the text matrix
            raw.FPDFText_GetMatrix(handle, i, matrix)
            scale = abs(matrix.a * matrix.d - matrix.b * matrix.c) ** 0.5
            size = raw.FPDFText_GetFontSize(handle, i) * scale
            length = raw.FPDFText_GetFontInfo(handle, i, name, 256, ctypes.byref(flags))
            font = name.raw[: max(length - 1, 0)].decode("latin-1", "replace")
            upright = raw.FPDFText_GetCharAngle(handle, i) <= 0.01
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


@functools.cache
def _text_object_address():
    """``FPDFText_GetTextObject`` returning a plain address: comparing two costs nothing,
    where pypdfium2's typed pointers would have to be cast per character."""
    import ctypes

    import pypdfium2.raw as raw

    prototype = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int)
    return ctypes.cast(raw.FPDFText_GetTextObject, prototype)
