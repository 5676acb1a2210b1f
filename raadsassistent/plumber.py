"""The reference text engine (pdfplumber): slow but exact, and the only table reader.

It also serves the fast engine (:mod:`raadsassistent.pdfium`) for tables, pages pdfium
misreads, and files pdfium calls damaged. Each page is closed as soon as it is read,
because pdfplumber otherwise keeps every parsed page in memory.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from raadsassistent.errors import PdfError
from raadsassistent.layout import chars_to_words, in_tables, normalise_text, words_to_lines
from raadsassistent.types import Page, Table

TABLE_SETTINGS = {"vertical_strategy": "lines", "horizontal_strategy": "lines"}

_CID = re.compile(r"\(cid:\d+\)")


def open_pdf(path: Path, password: str | None):
    """``path`` opened with pdfplumber; close it with :func:`close_pdf`."""
    import pdfplumber

    return pdfplumber.open(path, password=password or "")


def close_pdf(pdf) -> None:
    """Close a pdfplumber PDF; ``close()`` walks the page tree again and raises on a damaged
    one, which must not replace the error already being raised (or lose a result)."""
    try:
        pdf.close()
    except Exception:
        if not getattr(pdf, "stream_is_external", True):
            pdf.stream.close()


def open_error(path: Path, error: Exception) -> PdfError:
    """The Dutch error for a PDF that cannot be opened: encrypted, else damaged."""
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


def check_page_count(path: Path, page_count: int, max_pages: int) -> None:
    """Refuse, in Dutch, a PDF without pages or with more than ``max_pages``."""
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


def read_pages(
    path: Path, password: str | None, max_pages: int, max_chars: int
) -> tuple[list[Page], dict[str, str]]:
    """Every page of ``path`` and its metadata, read with pdfplumber."""
    try:
        pdf = open_pdf(path, password)
    except PdfError:
        raise
    except Exception as error:  # pdfminer raises many unrelated types on bad files
        raise open_error(path, error) from error
    try:
        try:
            page_count = len(pdf.pages)
        except PdfError:
            raise
        except Exception as error:
            raise open_error(path, error) from error
        check_page_count(path, page_count, max_pages)
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
        close_pdf(pdf)
    return pages, metadata


def read_page(page, number: int, max_chars: int) -> Page:
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
    tables = read_tables(page, number)
    words = chars_to_words(
        [
            (
                " " if c["text"].isspace() else c["text"],
                c["x0"],
                c["top"],
                c["x1"],
                c["bottom"],
                c["size"],
                c["fontname"],
            )
            for c in chars
            if _horizontal(c)
        ]
    )
    words = [w for w in words if not in_tables(w, tables)]
    lines = words_to_lines(words, number, width)
    return Page(number, width, height, tuple(lines), tables=tuple(tables))


def read_tables(page, number: int) -> list[Table]:
    """The ruled tables of one pdfplumber page; framed paragraphs are not tables."""
    return tables_of(page.find_tables(TABLE_SETTINGS), number)


def tables_of(found_tables, number: int) -> list[Table]:
    """pdfplumber's found tables as :class:`Table` objects; framed paragraphs are not tables."""
    tables = []
    centres = None
    for found in found_tables:
        if centres is None:  # the page's characters, shared by its tables
            centres = _char_centres(found.page.chars)
        rows = tuple(
            tuple(normalise_text(cell or "") for cell in row)
            for row in _extract(found, found.page.chars, *centres)
        )
        rows = tuple(row for row in rows if any(row))
        if len(rows) < 2 or max(len(r) for r in rows) < 2:
            continue  # a framed paragraph, not a table
        x0, top, x1, bottom = (float(v) for v in found.bbox)
        tables.append(Table(number, (x0, top, x1, bottom), rows))
    return tables


def _char_centres(chars: list[dict]):
    """The horizontal and vertical centre of every character, as ``Table.extract`` takes them."""
    import numpy as np

    boxes = np.array(
        [(c["x0"], c["top"], c["x1"], c["bottom"]) for c in chars], dtype=float
    ).reshape(-1, 4)
    return (boxes[:, 0] + boxes[:, 2]) / 2, (boxes[:, 1] + boxes[:, 3]) / 2


def _extract(found, chars: list[dict], across, down) -> list[list[str | None]]:
    """pdfplumber's ``Table.extract()``, with the characters of each row and cell picked
    by comparing their centres all at once instead of one character at a time: it tests
    every character of the page per row, and each row's characters per cell."""
    import numpy as np
    from pdfplumber.utils import extract_text

    table = []
    for row in found.rows:
        x0, top, x1, bottom = row.bbox
        in_row = np.flatnonzero((across >= x0) & (across < x1) & (down >= top) & (down < bottom))
        row_across, row_down = across[in_row], down[in_row]
        cells: list[str | None] = []
        for cell in row.cells:
            if cell is None:
                cells.append(None)
                continue
            left, high, right, low = cell
            at = in_row[
                (row_across >= left) & (row_across < right) & (row_down >= high) & (row_down < low)
            ]
            cells.append(extract_text([chars[k] for k in at.tolist()]) if len(at) else "")
        table.append(cells)
    return table


def _horizontal(char: dict) -> bool:
    """Whether ``char`` runs left to right, as pdfium reads text (an angle under 0.01 rad);
    pdfminer calls a letter turned a quarter turn upright too."""
    a, b = char.get("matrix", (1.0, 0.0))[:2]
    return a > 0 and abs(b) <= 0.01 * a


def _garbage_share(chars: list[dict]) -> float:
    text = "".join(c.get("text", "") for c in chars)
    if not text:
        return 0.0
    cid = sum(len(m) for m in _CID.findall(text))
    bad = sum(1 for ch in text if ch == "\ufffd" or (unicodedata.category(ch) == "Co"))
    return (cid + bad) / len(text)
