"""Layout: reading order and columns, running headers and footers, tables kept apart,
hyphenated breaks, and text normalisation; with both engines where it matters."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from raadsassistent.extract import extract_document
from raadsassistent.layout import normalise_text, remove_running_lines
from raadsassistent.types import Line, Page

from helpers import SAMPLES, gold_documents


def test_normalise_text_fixes_ligatures_and_spaces():
    assert (
        normalise_text("ﬁnanciële\u00a0ﬂexibiliteit\u200b  extra")
        == "financiële flexibiliteit extra"
    )
    assert normalise_text("coo\u0308peratie") == "coöperatie"


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


# --- layout on the bundled samples (facts from samples/gold.json) --------------------------


def _gold_pages(kind: str, engine: str) -> Iterator[tuple[str, Page]]:
    """Each page that samples/gold.json lists under ``layout[kind]``, read with ``engine``."""
    for entry in gold_documents():
        for number in entry["layout"][kind]:
            doc = extract_document(SAMPLES / entry["file"], engine=engine)
            yield entry["file"], doc.pages[number - 1]


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_two_column_pages_read_column_by_column(engine):
    for name, page in _gold_pages("two_column_pages", engine):
        columns = [line.column for line in page.lines]
        assert 1 in columns and 2 in columns, (name, page.number)
        # Left column first, then right; a left line after a right one starts a new band
        # below everything read so far (text under a spanning table).
        lines = page.lines
        for i in range(1, len(lines)):
            if lines[i - 1].column == 2 and lines[i].column == 1:
                above = max(ln.bbox[3] for ln in lines[:i] if ln.column in (1, 2))
                assert lines[i].bbox[1] >= above - 1, lines[i].text


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_spanning_table_is_a_table_not_running_text(engine):
    for name, page in _gold_pages("spanning_table_pages", engine):
        assert page.tables, (name, page.number)
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
