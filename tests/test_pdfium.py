"""The fast engine (pypdfium2) against the pdfplumber reference."""

from __future__ import annotations

from raadsassistent.extract import extract_document


def test_engines_give_the_same_passages(sample_pdfs, shared):
    from raadsassistent.segment import segment_document

    pdfs = [*sample_pdfs, *sorted((shared / "corpus/misc").glob("*.pdf"))]
    for pdf in pdfs:
        fast = segment_document(extract_document(pdf, engine="pdfium"))
        reference = segment_document(extract_document(pdf, engine="pdfplumber"))
        assert [s.heading for s in fast.sections] == [s.heading for s in reference.sections]
        assert [p.text for p in fast.passages] == [p.text for p in reference.passages], pdf.name
        assert [t.rows for t in fast.tables] == [t.rows for t in reference.tables], pdf.name
