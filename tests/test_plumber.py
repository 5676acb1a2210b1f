"""The reference engine (pdfplumber): every page it parses is closed again, also when the
default engine opens pages with it (for tables it cannot read itself, or misread pages)."""

from __future__ import annotations

import pytest

from raadsassistent.extract import ENGINE, extract_document


@pytest.mark.parametrize("engine", [ENGINE, "pdfplumber"])
def test_pages_are_closed(monkeypatch, sample_pdfs, engine):
    import pdfplumber.page

    opened, closed = [], []
    original_init, original_close = pdfplumber.page.Page.__init__, pdfplumber.page.Page.close

    def spy_init(self, *args, **kwargs):
        original_init(self, *args, **kwargs)
        opened.append(self.page_number)

    def spy_close(self):
        closed.append(self.page_number)
        return original_close(self)

    monkeypatch.setattr(pdfplumber.page.Page, "__init__", spy_init)
    monkeypatch.setattr(pdfplumber.page.Page, "close", spy_close)
    doc = extract_document(sample_pdfs[0], engine=engine)
    assert sorted(set(closed)) == sorted(set(opened))
    if engine == "pdfplumber":
        assert sorted(set(closed)) == list(range(1, doc.page_count + 1))


def test_table_cells_read_from_the_table_own_characters(sample_pdfs):
    """Handing pdfplumber only the characters inside a table gives its cells unchanged."""
    import pdfplumber

    from raadsassistent.layout import normalise_text
    from raadsassistent.plumber import TABLE_SETTINGS, tables_of

    checked = 0
    for pdf_path in sample_pdfs:
        with pdfplumber.open(pdf_path) as pdf:
            for page in pdf.pages:
                found = page.find_tables(TABLE_SETTINGS)
                tables = tables_of(found, page.page_number)
                expected = [
                    tuple(tuple(normalise_text(c or "") for c in row) for row in f.extract())
                    for f in found
                ]
                for table in tables:
                    assert table.rows in [tuple(r for r in rows if any(r)) for rows in expected]
                    checked += 1
                page.close()
    assert checked >= 2


def _raw_cells_both_ways(pdf_path) -> int:
    """Assert that every found table's cells, picked by centre all at once, equal
    pdfplumber's own ``Table.extract()`` (None cells and empty ones alike); count tables."""
    import pdfplumber

    from raadsassistent.plumber import TABLE_SETTINGS, _char_centres, _extract

    checked = 0
    with pdfplumber.open(pdf_path) as pdf:
        for page in pdf.pages:
            found = page.find_tables(TABLE_SETTINGS)
            centres = _char_centres(page.chars)
            for table in found:
                assert _extract(table, page.chars, *centres) == table.extract(), pdf_path
                checked += 1
            page.close()
    return checked


@pytest.mark.parametrize("borders", ["lines", "rects", "boxes", "curves", "form"])
def test_cells_by_centre_equal_pdfplumbers_extract(sample_pdfs, tmp_path, borders):
    from pdfs import ruled_table_pdf

    rows = [("Jaar", "Bedrag", "Toelichting"), ("2026", "€ 1.250.000", "Eerste fase\nbouw"),
            ("", "", "leeg ernaast"), ("Totaal", "€ 3.650.000", "")]  # fmt: skip
    pdfs = [ruled_table_pdf(tmp_path / f"{borders}.pdf", rows, borders=borders)]
    if borders == "lines":
        pdfs += sample_pdfs
    assert sum(_raw_cells_both_ways(pdf) for pdf in pdfs) >= (3 if borders == "lines" else 1)


@pytest.mark.slow
def test_cells_by_centre_equal_pdfplumbers_extract_on_real_tables(denhaag):
    """The besluitenlijsten and raadsvoorstellen of a real meeting (merged cells, empty
    cells, hyphenated words)."""
    folder = denhaag / "1259560"
    pdfs = [
        p for p in sorted(folder.glob("*.pdf")) if p.name.startswith(("besluitenlijst", "raadsv"))
    ]
    assert sum(_raw_cells_both_ways(pdf) for pdf in pdfs[:8]) >= 10
