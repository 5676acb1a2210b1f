"""Extraction: reading order, headers and footers, tables, bad input, and the torture PDFs."""

from __future__ import annotations

import shutil

import pytest

from raadsassistent.errors import PdfError
from raadsassistent.extract import extract_document, normalise_text, remove_running_lines
from raadsassistent.types import Line, Page

from helpers import SHARED, gold_documents

TORTURE = sorted((SHARED / "pdf-torture").glob("*.pdf")) if SHARED.is_dir() else []


def test_normalise_text_fixes_ligatures_and_spaces():
    assert (
        normalise_text("ﬁnanciële\u00a0ﬂexibiliteit\u200b  extra")
        == "financiële flexibiliteit extra"
    )
    assert normalise_text("coo\u0308peratie") == "coöperatie"


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


def test_besluitenlijst_reads_in_order(shared):
    doc = extract_document(shared / "corpus/misc/Besluitenlijst-raadsvergadering-29-juni-2015.pdf")
    first = doc.pages[0].lines
    assert first[0].text.startswith("Besluitenlijst raadsvergadering 29 juni 2015")
    assert first[0].size > first[2].size
    assert first[1].bold and first[1].text == "1. Opening."


def _line(text: str, top: float, page: int = 1) -> Line:
    return Line(text, page, (50, top, 300, top + 10), 10.0, False)


def test_running_headers_footers_and_page_numbers_are_removed():
    pages = [
        Page(
            n,
            595,
            842,
            (
                _line("Gemeente Lindewaarde · Raadsvoorstel 2026-041", 30, n),
                _line(f"Tekst van pagina {n} over de begroting.", 300, n),
                _line(f"Pagina {n} van 3", 800, n),
            ),
        )
        for n in (1, 2, 3)
    ]
    cleaned = remove_running_lines(pages)
    assert [len(p.lines) for p in cleaned] == [1, 1, 1]
    assert [len(p.removed) for p in cleaned] == [2, 2, 2]
    assert cleaned[1].lines[0].text.startswith("Tekst van pagina 2")


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


def test_encrypted_pdf(tmp_path, gen):
    path = tmp_path / "geheim.pdf"
    gen.make_encrypted_pdf(path, "raad2026")
    with pytest.raises(PdfError, match="beveiligd met een wachtwoord") as info:
        extract_document(path)
    assert info.value.code == "versleuteld"
    doc = extract_document(path, password="raad2026")
    assert doc.pages[0].lines


def test_image_only_pdf(tmp_path, gen):
    path = tmp_path / "scan.pdf"
    gen.make_scan_pdf(path)
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


def test_ocr_without_tesseract_says_how_to_install(tmp_path, gen, monkeypatch):
    path = tmp_path / "scan.pdf"
    gen.make_scan_pdf(path)
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(PdfError, match="apt-get install tesseract-ocr tesseract-ocr-nld"):
        extract_document(path, ocr=True)


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is niet geïnstalleerd")
def test_ocr_reads_scanned_page(tmp_path, gen):
    from raadsassistent.ocr import check_tesseract

    try:
        check_tesseract()
    except PdfError:
        pytest.skip("tesseract zonder Nederlandse taaldata")
    path = tmp_path / "scan.pdf"
    gen.make_scan_pdf(path)
    doc = extract_document(path, ocr=True)
    text = " ".join(line.text for page in doc.pages for line in page.lines).lower()
    assert "gemeente" in text or "raad" in text


def test_pages_are_closed(monkeypatch, sample_pdfs):
    import pdfplumber.page

    closed = []
    original = pdfplumber.page.Page.close

    def spy(self):
        closed.append(self.page_number)
        return original(self)

    monkeypatch.setattr(pdfplumber.page.Page, "close", spy)
    doc = extract_document(sample_pdfs[0])
    assert sorted(set(closed)) == list(range(1, doc.page_count + 1))


def test_time_limit_aborts(monkeypatch, sample_pdfs):
    import time

    import raadsassistent.extract as extract

    def slow(*args, **kwargs):
        time.sleep(5)

    monkeypatch.setattr(extract, "_read_pages", slow)
    monkeypatch.setattr(extract, "_read_pages_pdfium", slow)
    with pytest.raises(PdfError, match="langer dan 1 seconde") as info:
        extract_document(sample_pdfs[0], timeout=1)
    assert info.value.code == "tijdslimiet"


def test_too_many_pages(sample_pdfs):
    with pytest.raises(PdfError, match="meer dan de grens van 1") as info:
        extract_document(max(sample_pdfs, key=lambda p: p.stat().st_size), max_pages=1)
    assert info.value.code == "te-groot"


# --- layout on the bundled samples (facts from samples/gold.json) --------------------------


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_two_column_pages_read_column_by_column(engine):
    from helpers import SAMPLES

    for entry in gold_documents():
        for number in entry["layout"]["two_column_pages"]:
            doc = extract_document(SAMPLES / entry["file"], engine=engine)
            page = doc.pages[number - 1]
            columns = [line.column for line in page.lines]
            assert 1 in columns and 2 in columns, (entry["file"], number)
            # Left column first, then right; a left line after a right one starts a new band
            # below everything read so far (text under a spanning table).
            lines = page.lines
            for i in range(1, len(lines)):
                if lines[i - 1].column == 2 and lines[i].column == 1:
                    above = max(ln.bbox[3] for ln in lines[:i] if ln.column in (1, 2))
                    assert lines[i].bbox[1] >= above - 1, lines[i].text


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_spanning_table_is_a_table_not_running_text(engine):
    from helpers import SAMPLES

    for entry in gold_documents():
        for number in entry["layout"]["spanning_table_pages"]:
            doc = extract_document(SAMPLES / entry["file"], engine=engine)
            page = doc.pages[number - 1]
            assert page.tables, (entry["file"], number)
            table = page.tables[0]
            assert len(table.rows) >= 3 and len(table.rows[0]) >= 2
            assert table.bbox[2] - table.bbox[0] > page.width * 0.6  # spans both columns
            cells = {cell for row in table.rows for cell in row if len(cell) > 3}
            assert not any(line.text in cells for line in page.lines)


def test_running_headers_and_footers_of_samples_are_removed(sample_pdfs):
    import re

    for pdf in sample_pdfs:
        doc = extract_document(pdf)
        for page in doc.pages[1:]:
            assert page.removed, (pdf.name, page.number)
            for line in page.lines:
                assert not re.fullmatch(r"(Pagina \d+ van \d+|- \d+ -|\d+)", line.text), line.text


def test_hyphenated_breaks_are_joined_and_real_hyphens_kept():
    from raadsassistent.segment import segment_document

    from helpers import SAMPLES

    for entry in gold_documents():
        breaks = entry["layout"]["hyphen_breaks"]
        if not breaks:
            continue
        doc = segment_document(extract_document(SAMPLES / entry["file"]))
        text = " ".join(
            [s.heading for s in doc.sections]
            + [p.text for p in doc.passages]
            + [" ".join(" ".join(r) for r in t.rows) for t in doc.tables]
        )
        for _page, head, tail in breaks:
            real = tail[:1].isupper() or tail[:1].isdigit()
            word = head + tail if real else head[:-1] + tail
            assert word in text, (entry["file"], word)
            if not real:
                assert f"{head} {tail}" not in text


def test_engines_give_the_same_passages(sample_pdfs, shared):
    from raadsassistent.segment import segment_document

    pdfs = [*sample_pdfs, *sorted((shared / "corpus/misc").glob("*.pdf"))]
    for pdf in pdfs:
        fast = segment_document(extract_document(pdf, engine="pdfium"))
        reference = segment_document(extract_document(pdf, engine="pdfplumber"))
        assert [s.heading for s in fast.sections] == [s.heading for s in reference.sections]
        assert [p.text for p in fast.passages] == [p.text for p in reference.passages], pdf.name
        assert [t.rows for t in fast.tables] == [t.rows for t in reference.tables], pdf.name
