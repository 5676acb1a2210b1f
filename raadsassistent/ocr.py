"""Optional text recognition for scanned pages, with tesseract's Dutch model.

Only pages without a text layer are recognised. Pages are rendered with pypdfium2
(installed with pdfplumber) and read with ``tesseract ... tsv``, which gives each word
with its box, so OCR'd lines carry provenance like any other line.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
from pathlib import Path

from raadsassistent.errors import PdfError
from raadsassistent.types import Line, Page

OCR_DPI = 200
OCR_LANGUAGE = "nld"
OCR_TIMEOUT_SECONDS = 120  # per page
INSTALL_HINT = (
    "Tekstherkenning (--ocr) vereist tesseract met Nederlandse taaldata. Installeer het met: "
    "sudo apt-get install tesseract-ocr tesseract-ocr-nld (Debian/Ubuntu) of "
    "brew install tesseract tesseract-lang (macOS)."
)


def check_tesseract() -> str:
    """The tesseract executable, or a Dutch :class:`PdfError` that says how to install it."""
    exe = shutil.which("tesseract")
    if not exe:
        raise PdfError(INSTALL_HINT, code="ocr-ontbreekt")
    langs = subprocess.run(
        [exe, "--list-langs"], capture_output=True, text=True, timeout=30, check=False
    )
    if OCR_LANGUAGE not in (langs.stdout + langs.stderr).split():
        raise PdfError(
            "tesseract is geïnstalleerd, maar zonder Nederlandse taaldata. " + INSTALL_HINT,
            code="ocr-ontbreekt",
        )
    return exe


def ocr_pages(path: Path, pages: list[Page]) -> list[Page]:
    """Replace every scanned page of ``path`` by the text tesseract recognises on it."""
    import pypdfium2

    exe = check_tesseract()
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}  # 5x faster on two cores than threaded
    pdf = pypdfium2.PdfDocument(str(path))
    try:
        result = []
        for page in pages:
            if page.status != "scan":
                result.append(page)
                continue
            pdf_page = pdf[page.number - 1]
            image = pdf_page.render(scale=OCR_DPI / 72).to_pil()
            buffer = io.BytesIO()
            image.save(buffer, format="PNG")
            pdf_page.close()
            run = subprocess.run(
                [exe, "stdin", "stdout", "-l", OCR_LANGUAGE, "tsv"],
                input=buffer.getvalue(),
                capture_output=True,
                timeout=OCR_TIMEOUT_SECONDS,
                env=env,
                check=False,
            )
            lines = tsv_to_lines(run.stdout.decode("utf-8", "replace"), page.number, 72 / OCR_DPI)
            status = "ok" if lines else "scan"
            result.append(Page(page.number, page.width, page.height, tuple(lines), status=status))
        return result
    finally:
        pdf.close()


def tsv_to_lines(tsv: str, page: int, scale: float) -> list[Line]:
    """Group tesseract's TSV words into :class:`Line` objects in PDF points."""
    rows: dict[tuple[str, str, str], list[dict[str, str]]] = {}
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        text = (row.get("text") or "").strip()
        if row.get("level") != "5" or not text or float(row.get("conf") or -1) < 0:
            continue
        key = (row["block_num"], row["par_num"], row["line_num"])
        rows.setdefault(key, []).append(row)
    lines = []
    for words in rows.values():
        x0 = min(int(w["left"]) for w in words) * scale
        top = min(int(w["top"]) for w in words) * scale
        x1 = max(int(w["left"]) + int(w["width"]) for w in words) * scale
        bottom = max(int(w["top"]) + int(w["height"]) for w in words) * scale
        text = " ".join(w["text"].strip() for w in words)
        lines.append(Line(text, page, (x0, top, x1, bottom), round(bottom - top, 1), False))
    lines.sort(key=lambda ln: (ln.bbox[1], ln.bbox[0]))
    return lines
