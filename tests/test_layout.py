"""Layout: reading order and columns, running headers and footers, tables kept apart,
hyphenated breaks, and text normalisation; with both engines where it matters."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from raadsassistent.extract import ENGINES, extract_document
from raadsassistent.layout import chars_to_words, normalise_text, remove_running_lines
from raadsassistent.types import Line, Page

from helpers import SAMPLES, gold_documents
from pdfs import WORD365_LINES, one_page_pdf, word365_pdf


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


# --- words from characters ------------------------------------------------------------------


def _chars(text: str, *, letter: float = 0.0, gaps: tuple[float, ...] = (0.25,), size=10.0):
    """One line of 0.5 em wide characters: ``letter`` ems between letters, and between words
    (separated by "|" in ``text``, no space character) the ``gaps`` in turn, in ems."""
    chars, x = [], 50.0
    for n, word in enumerate(text.split("|")):
        if n:
            x += gaps[(n - 1) % len(gaps)] * size - letter * size
        for ch in word:
            chars.append((ch, x, 100.0, x + size / 2, 110.0, size, "Helvetica"))
            x += size / 2 + letter * size
    return chars


def _texts(chars) -> list[str]:
    return [w["text"] for w in chars_to_words(chars)]


def test_words_are_split_at_gaps_without_space_characters():
    # Word 365 justified lines: gaps of a quarter em and more, uneven, no spaces
    assert _texts(_chars("we|zijn|gestart|in|2025", gaps=(0.25, 0.6, 0.31))) == [
        "we", "zijn", "gestart", "in", "2025",
    ]  # fmt: skip
    # a space character always ends a word, however narrow
    spaced = _chars("we zijn", gaps=())
    assert _texts(spaced) == ["we", "zijn"]
    # amounts, dates and hyphens are set as one run: they stay whole
    assert _texts(_chars("€|1.250.000,-|op|23|januari|2025|gemeente-")) == [
        "€", "1.250.000,-", "op", "23", "januari", "2025", "gemeente-",
    ]  # fmt: skip


def test_words_are_measured_against_the_line_own_letter_spacing():
    # some exports shift every letter by a tenth of an em: a fixed 0.1 em would split them
    assert _texts(_chars("uitbreiding|van|de|zone", letter=0.11, gaps=(0.35,))) == [
        "uitbreiding", "van", "de", "zone",
    ]  # fmt: skip
    # letters set close (kerned) still break at a gap of a sixth of an em
    assert _texts(_chars("iedereen|prettig", letter=-0.02, gaps=(0.16,))) == [
        "iedereen",
        "prettig",
    ]
    # gaps scale with the font: 2 pt is a word gap at 6 pt and a letter gap at 24 pt
    assert _texts(_chars("ab|cd", gaps=(2 / 6,), size=6.0)) == ["ab", "cd"]
    assert _texts(_chars("ab|cd", gaps=(2 / 24,), size=24.0)) == ["abcd"]


def test_a_space_laid_over_a_letter_does_not_split_the_word():
    # a letterhead field: "Faxnummer" set over the space of the line above it
    chars = _chars("Faxnummer", gaps=())
    chars.insert(1, (" ", chars[0][1], 100.3, chars[0][1] + 2.0, 110.0, 8.0, "Georgia"))
    assert _texts(chars) == ["Faxnummer"]


def test_text_turned_a_quarter_is_left_out_by_both_engines(tmp_path):
    """A letterhead's vertical margin label, its text matrix a quarter turn with float noise
    (-0.000000044 where 0 is meant), which pdfminer calls upright."""
    content = (
        b"BT /F1 10 Tf 72 700 Td (De raad besluit het krediet beschikbaar te stellen.) Tj ET\n"
        b"BT /F1 6 Tf -0.000000044 -1 1 -0.000000044 63.5 710 Tm (dienst: dienstcode) Tj ET"
    )
    path = one_page_pdf(tmp_path / "kantlijn.pdf", content)
    for engine in ENGINES:
        lines = extract_document(path, engine=engine).pages[0].lines
        assert [line.text for line in lines] == [
            "De raad besluit het krediet beschikbaar te stellen."
        ], engine


WORD365_TEXT = [" ".join(word for word, _font in line) for line in WORD365_LINES]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "layout",
    [{}, {"space_runs": True}, {"letter_spacing": 0.12}],
    ids=["no-spaces", "space-runs", "letter-spaced"],
)
def test_word365_page_reads_word_for_word(tmp_path, engine, layout):
    """Words placed by position, justified with uneven gaps, size in the text matrix: on
    c44c22c both engines glued "Besluit: deraadstemtin..." and pdfium gave size 1.0 and a
    bold line for "Besluit:" followed by plain text."""
    doc = extract_document(word365_pdf(tmp_path / "word365.pdf", **layout), engine=engine)
    lines = doc.pages[0].lines
    assert [line.text for line in lines] == WORD365_TEXT
    assert {line.size for line in lines} == {10.0}
    assert [line.bold for line in lines] == [True, False, False, False, False, False]


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


# --- the faster word and line grouping keeps its results --------------------------------------


def test_a_line_takes_the_first_of_its_most_common_sizes_and_bold_by_characters():
    from raadsassistent.layout import words_to_lines

    def word(text: str, x0: float, size: float, font: str) -> dict:
        return {"text": text, "x0": x0, "top": 100.0, "x1": x0 + 20, "bottom": 110.0,
                "size": size, "fontname": font, "upright": True}  # fmt: skip

    # 10.04 and 9.96 both round to 10.0 and together outweigh 11.0; 12.0 ties with 11.0 but
    # comes later, so 11.0 would win without the rounding and 10.0 wins with it
    words = [
        word("abcd", 10, 11.0, "Arial-BoldMT"),
        word("ab", 40, 10.04, "Arial"),
        word("abc", 70, 9.96, "Arial"),
        word("abcd", 100, 12.0, "Arial-Bold"),
    ]
    (line,) = words_to_lines(words, 1, 600)
    assert line.text == "abcd ab abc abcd"
    assert line.size == 10.0
    assert line.bold  # 8 of 13 letters in bold fonts
    assert line.bbox == (10.0, 100.0, 120.0, 110.0)
    tie = [word("ab", 10, 11.0, "A"), word("cd", 40, 12.0, "A")]
    assert words_to_lines(tie, 1, 600)[0].size == 11.0  # equal counts: the first size


def test_single_letter_words_are_whole_words():
    chars = [
        ("a", 10.0, 100.0, 16.0, 110.0, 10.0, "F"),
        (" ", 16.0, 100.0, 19.0, 0.0, 0.0, ""),
        ("b", 19.0, 100.5, 25.0, 110.5, 9.0, "G"),
        ("c", 25.0, 100.0, 31.0, 111.0, 10.0, "F"),
    ]
    assert chars_to_words(chars) == [
        {"text": "a", "x0": 10.0, "top": 100.0, "x1": 16.0, "bottom": 110.0, "size": 10.0,
         "fontname": "F", "upright": True},
        {"text": "bc", "x0": 19.0, "top": 100.0, "x1": 31.0, "bottom": 111.0, "size": 9.0,
         "fontname": "G", "upright": True},
    ]  # fmt: skip


def test_gutter_crossings_are_counted_as_word_by_word(monkeypatch):
    """find_gutter counts the words crossing each x from sorted edges; the counts are the
    ones the word-by-x comparison gives, also for empty, reversed and infinite words."""
    import random

    import numpy as np

    from raadsassistent.layout import find_gutter

    def reference(words, width):
        x0 = np.array([w["x0"] for w in words], dtype=float)
        x1 = np.array([w["x1"] for w in words], dtype=float)
        xs = np.arange(width * 0.1, width * 0.9, 1.0)
        return ((x0[:, None] < xs) & (x1[:, None] > xs)).sum(axis=0)

    seen = []
    original_median = np.median

    def spy(values, *args, **kwargs):
        seen.append(values)
        return original_median(values, *args, **kwargs)

    monkeypatch.setattr(np, "median", spy)
    checked = 0
    rng = random.Random(3)
    for _ in range(300):
        width = rng.choice([595.32, 612.0, 200.5])
        words = []
        for _ in range(rng.randint(40, 90)):
            a = rng.choice([rng.uniform(0, width), float(rng.randint(0, int(width)))])
            b = a + rng.choice([0.0, -1.0, 1.0, rng.uniform(0, 150), float("inf")])
            words.append({"x0": a, "x1": b, "top": rng.uniform(0, 800), "bottom": 0.0})
        seen.clear()
        find_gutter(words, width)
        assert len(seen) <= 1
        if seen:
            assert np.array_equal(seen[0], reference(words, width))
            checked += 1
    assert checked > 250


# --- the numpy word clustering against the per-character loop it replaced -------------------


def _reference_words(chars: list) -> list[dict]:
    """chars_to_words as a loop per character (the code before 1 December 2026): the
    reference the numpy version must equal exactly."""
    from raadsassistent.layout import LINE_TOLERANCE, WORD_GAP_EM

    def word(run: list) -> dict:
        texts, _, tops, x1s, bottoms, _, _ = zip(*run, strict=True)
        return {"text": "".join(texts), "x0": run[0][1], "top": min(tops), "x1": max(x1s),
                "bottom": max(bottoms), "size": run[0][5], "fontname": run[0][6],
                "upright": True}  # fmt: skip

    rows: list[list] = []
    row: list = []
    row_top = float("-inf")
    for char in sorted(chars, key=lambda c: c[2]):
        if char[2] - row_top <= LINE_TOLERANCE:
            row.append(char)
        else:
            row = [char]
            rows.append(row)
            row_top = char[2]
    words = []
    for row in rows:
        row.sort(key=lambda c: c[1])
        letters = sorted(
            (b[1] - a[3]) / (a[5] or 10.0)
            for a, b in zip(row, row[1:], strict=False)
            if a[0] != " " and b[0] != " "
        )
        usual = min(max(letters[len(letters) // 2], 0.0), WORD_GAP_EM) if letters else 0.0
        limit = usual + WORD_GAP_EM
        current: list = []
        last = row[0]
        for char in row:
            if char[0] == " ":
                if current and char[1] >= (last[1] + last[3]) / 2:
                    words.append(word(current))
                    current = []
            elif not current or (char[1] - last[3]) / (last[5] or 10.0) > limit:
                if current:
                    words.append(word(current))
                current, last = [char], char
            else:
                current.append(char)
                last = char
        if current:
            words.append(word(current))
    return words


def _random_chars(rng, count: int) -> list:
    """Characters on a few lines with jittered tops (ties and the tolerance's edge included),
    spaces over and beside letters, zero font sizes, ligature texts and repeated x0s."""
    chars = []
    for _ in range(count):
        line = rng.randrange(6)
        top = 100.0 + line * 14.0 + rng.choice([0.0, 0.0, 0.5, 2.9, 3.0, 3.1, -0.4])
        x0 = rng.choice([50.0, 60.0]) if rng.random() < 0.05 else rng.uniform(40, 400)
        width = rng.choice([0.0, 2.5, 4.0, 6.1])
        size = rng.choice([0.0, 8.0, 10.0, 11.5])
        text = rng.choice([" ", " ", "a", "b", "é", "fi", "(cid:3)", "-"])
        chars.append((text, x0, top, x0 + width, top + size, size, rng.choice("FGH")))
    return chars


def test_numpy_words_equal_the_character_loop_on_random_lines():
    import random

    rng = random.Random(11)
    for count in [0, 1, 2, 3, 5, 20, 80, 300, 1500]:
        for _ in range(8):
            chars = _random_chars(rng, count)
            assert chars_to_words(chars) == _reference_words(chars), count
            # one code point a character: the str path
            single = [(c[0][0], *c[1:]) for c in chars]
            assert chars_to_words(single) == _reference_words(single), count


@pytest.mark.parametrize("engine", ENGINES)
def test_numpy_words_equal_the_character_loop_on_pdfs(engine, sample_pdfs, tmp_path):
    """Every page of the samples and a Word 365 page: the words each engine forms equal
    the per-character loop's on the same characters."""
    import pdfplumber
    import pypdfium2

    from raadsassistent import pdfium

    pdfs = [*sample_pdfs, word365_pdf(tmp_path / "word.pdf", space_runs=True)]
    pages = 0
    for path in pdfs:
        if engine == "pdfium":
            pdf = pypdfium2.PdfDocument(str(path))
            for index in range(len(pdf)):
                page = pdf[index]
                textpage = page.get_textpage()
                text = textpage.get_text_range(0, textpage.count_chars())
                (joined, boxes, sizes, fonts_at, fonts), _, _ = pdfium._page_chars(
                    textpage.raw, text, len(text), page.get_size()[1]
                )
                chars = [
                    (ch, *box, size, fonts[font])
                    for ch, box, size, font in zip(
                        joined, boxes.T.tolist(), sizes.tolist(), fonts_at.tolist(), strict=True
                    )
                ]
                assert pdfium.char_array_words(joined, boxes, sizes, fonts_at, fonts) == (
                    _reference_words(chars)
                )
                pages += 1
                textpage.close()
                page.close()
            pdf.close()
        else:
            with pdfplumber.open(path) as pdf:
                for page in pdf.pages:
                    chars = [
                        (" " if c["text"].isspace() else c["text"], c["x0"], c["top"],
                         c["x1"], c["bottom"], c["size"], c["fontname"])
                        for c in page.chars
                    ]  # fmt: skip
                    assert chars_to_words(chars) == _reference_words(chars)
                    pages += 1
                    page.close()
    assert pages >= 15


def test_plain_ascii_lines_skip_normalisation_with_the_same_result():
    """normalise_text returns plain printable ASCII without double spaces stripped at once;
    on random texts of whitespace, ligatures, accents and cid bullets it equals the full
    translate + NFC + whitespace pass."""
    import random
    import re
    import unicodedata

    from raadsassistent.layout import _CHAR_FIXES

    def full(text: str) -> str:
        text = text.replace("(cid:127)", "•")
        text = unicodedata.normalize("NFC", text.translate(_CHAR_FIXES))
        return re.sub(r"\s+", " ", text).strip()

    rng = random.Random(3)
    alphabet = [*"ab .-\t\n\r\x0b\x0c\x1c\x1f\x85\xa0é\ufb01\u00ad\u200be\u0301", "(cid:127)"]
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(12)))
        assert normalise_text(text) == full(text), repr(text)
    assert normalise_text("  Raadsvoorstel 2026 ") == "Raadsvoorstel 2026"
