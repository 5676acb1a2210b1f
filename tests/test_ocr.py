"""Text recognition for scanned pages (tesseract), through extract_document(ocr=True)."""

from __future__ import annotations

import shutil

import pytest

from raadsassistent.errors import PdfError
from raadsassistent.extract import extract_document

from pdfs import make_scan_pdf


def test_ocr_without_tesseract_says_how_to_install(tmp_path, monkeypatch):
    path = tmp_path / "scan.pdf"
    make_scan_pdf(path)
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(PdfError, match="apt-get install tesseract-ocr tesseract-ocr-nld"):
        extract_document(path, ocr=True)


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is niet geïnstalleerd")
def test_ocr_reads_scanned_page(tmp_path):
    from raadsassistent.ocr import check_tesseract

    try:
        check_tesseract()
    except PdfError:
        pytest.skip("tesseract zonder Nederlandse taaldata")
    path = tmp_path / "scan.pdf"
    make_scan_pdf(path)
    doc = extract_document(path, ocr=True)
    text = " ".join(line.text for page in doc.pages for line in page.lines).lower()
    assert "gemeente" in text or "raad" in text
