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
