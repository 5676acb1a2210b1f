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
