"""The reference engine (pdfplumber): every page it parses is closed again, also when the
default engine opens pages with it for tables."""

from __future__ import annotations

import pytest

from raadsassistent.extract import ENGINE, extract_document


@pytest.mark.parametrize("engine", [ENGINE, "pdfplumber"])
def test_pages_are_closed(monkeypatch, sample_pdfs, engine):
    import pdfplumber.page

    closed = []
    original = pdfplumber.page.Page.close

    def spy(self):
        closed.append(self.page_number)
        return original(self)

    monkeypatch.setattr(pdfplumber.page.Page, "close", spy)
    doc = extract_document(sample_pdfs[0], engine=engine)
    assert sorted(set(closed)) == list(range(1, doc.page_count + 1))
