"""The extract stage: bad input, page and time limits, and the torture PDFs."""

from __future__ import annotations

import pytest

from raadsassistent.errors import PdfError
from raadsassistent.extract import extract_document, time_limit

from helpers import SHARED
from pdfs import make_encrypted_pdf, make_scan_pdf

TORTURE = sorted((SHARED / "pdf-torture").glob("*.pdf")) if SHARED.is_dir() else []


@pytest.mark.skipif(not TORTURE, reason="../shared/pdf-torture is niet aanwezig")
@pytest.mark.timeout(120)
@pytest.mark.parametrize("pdf", TORTURE, ids=lambda p: p.name)
def test_torture_pdf_gives_result_or_dutch_error(pdf):
    try:
        doc = extract_document(pdf, timeout=60)
    except PdfError as error:
        assert pdf.name in str(error)
        assert error.code
        assert any(w in str(error) for w in ("PDF", "bestand", "pagina"))
        return
    assert doc.page_count >= 1
    assert all(
        page.status in {"ok", "empty", "scan", "garbage", "dense", "error"} for page in doc.pages
    )


def test_missing_file(tmp_path):
    with pytest.raises(PdfError, match="bestand niet gevonden") as info:
        extract_document(tmp_path / "weg.pdf")
    assert info.value.code == "ontbreekt"


def test_directory(tmp_path):
    with pytest.raises(PdfError, match="dit is een map"):
        extract_document(tmp_path)


def test_zero_bytes(tmp_path):
    path = tmp_path / "leeg.pdf"
    path.write_bytes(b"")
    with pytest.raises(PdfError, match=r"leeg\.pdf: het bestand is leeg \(0 bytes\)"):
        extract_document(path)


def test_not_a_pdf(tmp_path):
    path = tmp_path / "notulen.pdf"
    path.write_text("Dit is een Word-document, geen PDF.", encoding="utf-8")
    with pytest.raises(PdfError, match="notulen.pdf: dit is geen PDF-bestand") as info:
        extract_document(path)
    assert info.value.code == "geen-pdf"


def test_truncated_pdf(tmp_path, sample_pdfs):
    source = max(sample_pdfs, key=lambda p: p.stat().st_size)
    path = tmp_path / "afgebroken.pdf"
    path.write_bytes(source.read_bytes()[: source.stat().st_size // 3])
    try:
        doc = extract_document(path)
    except PdfError as error:
        assert error.code == "beschadigd" and "afgebroken.pdf" in str(error)
    else:  # pdfminer can sometimes recover the pages before the cut
        assert doc.page_count >= 1


def test_encrypted_pdf(tmp_path):
    path = tmp_path / "geheim.pdf"
    make_encrypted_pdf(path, "raad2026")
    with pytest.raises(PdfError, match="beveiligd met een wachtwoord") as info:
        extract_document(path)
    assert info.value.code == "versleuteld"
    doc = extract_document(path, password="raad2026")
    assert doc.pages[0].lines


def test_image_only_pdf(tmp_path):
    path = tmp_path / "scan.pdf"
    make_scan_pdf(path)
    with pytest.raises(PdfError, match="alleen afbeeldingen") as info:
        extract_document(path)
    assert info.value.code == "alleen-beeld"
    assert "--ocr" in str(info.value)


def test_zero_page_pdf(tmp_path):
    path = tmp_path / "nul.pdf"
    path.write_bytes(
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
        b"trailer<</Root 1 0 R>>\n%%EOF\n"
    )
    with pytest.raises(PdfError) as info:
        extract_document(path)
    assert info.value.code in {"geen-paginas", "beschadigd"}


def test_time_limit_aborts(monkeypatch, sample_pdfs):
    import time

    from raadsassistent import pdfium, plumber

    def slow(*args, **kwargs):
        time.sleep(5)

    monkeypatch.setattr(plumber, "read_pages", slow)
    monkeypatch.setattr(pdfium, "read_pages", slow)
    with pytest.raises(PdfError, match="langer dan 1 seconde") as info:
        extract_document(sample_pdfs[0], timeout=1)
    assert info.value.code == "tijdslimiet"


def test_time_limit_is_a_context_manager_with_a_dutch_error():
    import threading
    import time

    with pytest.raises(PdfError) as info, time_limit(2, "lang.pdf"):
        time.sleep(5)
    assert str(info.value).startswith("lang.pdf: het uitlezen duurde langer dan 2 seconden")
    assert info.value.code == "tijdslimiet"
    with time_limit(None, "lang.pdf"):  # no limit
        time.sleep(0.01)
    # SIGALRM works only in the main thread: elsewhere the block runs without a limit
    errors = []

    def in_thread():
        try:
            with time_limit(0.01, "lang.pdf"):
                time.sleep(0.1)
        except PdfError as error:
            errors.append(error)

    thread = threading.Thread(target=in_thread)
    thread.start()
    thread.join()
    assert errors == []


def test_too_many_pages(sample_pdfs):
    with pytest.raises(PdfError, match="meer dan de grens van 1") as info:
        extract_document(max(sample_pdfs, key=lambda p: p.stat().st_size), max_pages=1)
    assert info.value.code == "te-groot"
