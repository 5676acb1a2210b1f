"""Engine-independent page layout: words into lines in reading order (column by column),
running headers, footers and page numbers out of the text, and text normalisation.

Both text engines (:mod:`raadsassistent.pdfium` and :mod:`raadsassistent.plumber`) hand
this module pdfplumber-style word dicts (``text``, ``x0``, ``top``, ``x1``, ``bottom``,
``size``, ``fontname``).
"""

from __future__ import annotations

import bisect
import functools
import re
import statistics
import unicodedata
from collections import Counter
from operator import itemgetter

from raadsassistent.types import BBox, Line, Page, Table

HEADER_BAND = 0.12  # share of the page height searched for running headers
FOOTER_BAND = 0.12
REPEAT_SHARE = 0.5  # a header repeats on at least this share of pages
LINE_TOLERANCE = 3.0  # words whose tops differ less than this (pt) share a line
# A gap between two letters this many ems wider than the line's usual gap between letters
# ends a word (poppler's pdftotext breaks at 0.1 em too).
WORD_GAP_EM = 0.1
GUTTER_MIN_WIDTH = 8.0

_CHAR_FIXES = str.maketrans(
    {
        "\ufb00": "ff",
        "\ufb01": "fi",
        "\ufb02": "fl",
        "\ufb03": "ffi",
        "\ufb04": "ffl",
        "\ufb05": "st",
        "\ufb06": "st",
        "\u00a0": " ",
        "\u2002": " ",
        "\u2003": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\u200b": "",
        "\u200c": "",
        "\u200d": "",
        "\u00ad": "",  # soft hyphen: only a line-break hint
        "\ufeff": "",
        "\u2010": "-",
        "\u2011": "-",
    }
)
_SPACES = re.compile(r"\s+")
_BOLD = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
_PAGE_NUMBER = re.compile(
    r"^(pagina|page|blz\.?|p\.)?\s*[-–—]?\s*\d{1,4}\s*[-–—]?\s*((van|of|/)\s*\d{1,4})?$",
    re.IGNORECASE,
)


def normalise_text(text: str) -> str:
    """Fix ligatures and odd whitespace; NFC so 'é' is one character."""
    if "(cid:127)" in text:  # code 127 is the bullet in WinAnsi-style fonts without a map
        text = text.replace("(cid:127)", "•")
    elif text.isascii() and text.isprintable() and "  " not in text:
        return text.strip()  # nothing to fix, and single spaces are the only whitespace
    text = unicodedata.normalize("NFC", text.translate(_CHAR_FIXES))
    return _SPACES.sub(" ", text).strip()


# One character as both engines hand it over: (text, x0, top, x1, bottom, size, fontname);
# text " " is a space, which only separates words.
Char = tuple[str, float, float, float, float, float, str]


def chars_to_words(chars: list[Char]) -> list[dict]:
    """Cluster characters into words (pdfplumber-style dicts) line by line.

    A space ends a word (unless it lies over the letter before it: then it belongs to other
    text), and so does a gap wider than the line's usual gap between letters by
    :data:`WORD_GAP_EM` of the font size. Word 365 places words by position without space
    characters, justified lines stretch those gaps unevenly and some exports shift every
    letter a little, so a fixed gap in points glues words on one file and splits them on
    another; measured against the line's own letter spacing it does neither.
    """
    if not chars:
        return []
    import numpy as np

    texts, x0, top, x1, bottom, size, font = zip(*chars, strict=True)
    names: dict[str, int] = {}
    font_index = [names.setdefault(name, len(names)) for name in font]
    return char_array_words(
        "".join(texts) if all(len(t) == 1 for t in texts) else list(texts),
        np.array([x0, top, x1, bottom], dtype=float),
        np.array(size, dtype=float),
        np.array(font_index, dtype=np.intp),
        list(names),
    )


def char_array_words(
    text: str | list[str], boxes, sizes, font_index, fonts: list[str]
) -> list[dict]:
    """:func:`chars_to_words` on characters given as columns: ``text`` one character each
    (a str, or a list of strs where one may be longer), " " a space; ``boxes`` a 4 x n float
    array of x0, top, x1, bottom; ``sizes``; ``font_index`` into ``fonts``.

    The same clustering computed for the whole page at once with numpy, as a page holds
    some 2,500 characters: too many for a Python loop per character.
    """
    import numpy as np

    n = len(text)
    if n == 0:
        return []
    # rows: characters sorted by top (stably, as sorted()); a row runs while a top lies
    # within LINE_TOLERANCE of the row's first top
    order = np.argsort(boxes[1], kind="stable")
    tops = boxes[1][order].tolist()
    row_starts = []
    i = 0
    while i < n:
        row_starts.append(i)
        first = tops[i]
        # top - first <= tolerance rounds apart from top <= first + tolerance: step to the edge
        j = bisect.bisect_right(tops, first + LINE_TOLERANCE, i)
        while j > i + 1 and tops[j - 1] - first > LINE_TOLERANCE:
            j -= 1
        while j < n and tops[j] - first <= LINE_TOLERANCE:
            j += 1
        i = j
    row = np.repeat(np.arange(len(row_starts)), np.diff(row_starts, append=n))
    # within a row by x0, stably (lexsort is stable; its last key sorts first)
    order = order[np.lexsort((boxes[0][order], row))]
    x0, top, x1, bottom = boxes[:, order]
    size = sizes[order]
    em = np.where(size == 0, 10.0, size)  # `size or 10.0`
    if isinstance(text, str):
        codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), np.uint32)[order]
        space = codes == 32
    else:
        texts = [text[k] for k in order.tolist()]
        space = np.array([t == " " for t in texts], dtype=bool)
    letter = ~space
    # the median gap between neighbouring letters of a row, in ems of the left one's font
    left = np.flatnonzero((row[:-1] == row[1:]) & letter[:-1] & letter[1:])
    limit = np.full(len(row_starts), WORD_GAP_EM)
    if len(left):
        gaps = (x0[left + 1] - x1[left]) / em[left]
        gap_row = row[left]
        gaps = gaps[np.lexsort((gaps, gap_row))]
        counts = np.bincount(gap_row, minlength=len(row_starts))
        has = counts > 0
        median = gaps[(np.cumsum(counts) - counts + counts // 2)[has]]
        limit[has] += np.minimum(np.maximum(median, 0.0), WORD_GAP_EM)
    # the letter before each character in its row (-1: none)
    before = np.maximum.accumulate(np.where(letter, np.arange(n), -1))
    previous = np.concatenate(([-1], before[:-1]))
    previous[(previous < 0) | (row[np.maximum(previous, 0)] != row)] = -1
    # a space ends the word of the letter before it, unless it lies over that letter
    owner = previous[space & (previous >= 0)]
    ended = np.zeros(n, dtype=bool)
    spaces = np.flatnonzero(space & (previous >= 0))
    ended[owner[x0[spaces] >= (x0[owner] + x1[owner]) / 2]] = True
    letters = np.flatnonzero(letter)
    if not len(letters):
        return []
    prev = previous[letters]
    starts = prev < 0
    go_on = ~starts
    p, at = prev[go_on], letters[go_on]
    starts[go_on] = ended[p] | ((x0[at] - x1[p]) / em[p] > limit[row[at]])
    # words: the letters from one start to the next
    first = np.flatnonzero(starts)
    head = letters[first]
    if isinstance(text, str):
        joined = codes[letters].tobytes().decode("utf-32-le", "surrogatepass")
        offsets = [*first.tolist(), len(letters)]
    else:
        parts = [texts[k] for k in letters.tolist()]
        offsets = np.cumsum([0, *map(len, parts)])[[*first.tolist(), len(letters)]].tolist()
        joined = "".join(parts)
    columns = zip(
        x0[head].tolist(),
        np.minimum.reduceat(top[letters], first).tolist(),
        np.maximum.reduceat(x1[letters], first).tolist(),
        np.maximum.reduceat(bottom[letters], first).tolist(),
        size[head].tolist(),
        font_index[order[head]].tolist(),
        offsets,
        offsets[1:],
        strict=False,
    )
    return [
        {
            "text": joined[a:b],
            "x0": left_x,
            "top": word_top,
            "x1": right_x,
            "bottom": word_bottom,
            "size": word_size,
            "fontname": fonts[font],
            "upright": True,
        }
        for left_x, word_top, right_x, word_bottom, word_size, font, a, b in columns
    ]


def in_tables(word: dict, tables: list[Table]) -> bool:
    """Whether the centre of ``word`` lies inside one of ``tables``."""
    cx = (word["x0"] + word["x1"]) / 2
    cy = (word["top"] + word["bottom"]) / 2
    return any(t.bbox[0] <= cx <= t.bbox[2] and t.bbox[1] <= cy <= t.bbox[3] for t in tables)


def words_to_lines(words: list[dict], page: int, width: float) -> list[Line]:
    """Group words into lines in reading order; two-column stretches read column by column."""
    if not words:
        return []
    gutter = find_gutter(words, width)
    if gutter is None:
        return _group_lines(words, page, column=0)
    lines: list[Line] = []
    for band_words, spans in _bands(words, gutter):
        if spans:
            lines.extend(_group_lines(band_words, page, column=0))
            continue
        left = [w for w in band_words if w["x1"] <= gutter]
        right = [w for w in band_words if w["x1"] > gutter]
        lines.extend(_group_lines(left, page, column=1))
        lines.extend(_group_lines(right, page, column=2))
    return lines


def find_gutter(words: list[dict], width: float) -> float | None:
    """The x of an empty vertical strip between two columns of text, if the page has one.

    Full-width lines (a heading above both columns) cross the gutter too, so the strip is
    found as the widest run of x positions crossed by far fewer words than the rest.
    """
    if len(words) < 40:
        return None
    import numpy as np

    x0 = np.fromiter(map(_WORD_X0, words), float, len(words))
    x1 = np.fromiter(map(_WORD_X1, words), float, len(words))
    xs = np.arange(width * 0.1, width * 0.9, 1.0)
    # words crossing each x (x0 < x < x1), counted on sorted edges instead of word by x:
    # of the words with x0 < x1, those with x0 < x less those that already ended (x1 <= x)
    wide = x0 < x1
    starts, ends = np.sort(x0[wide]), np.sort(x1[wide])
    crossing = np.searchsorted(starts, xs, side="left") - np.searchsorted(ends, xs, side="right")
    middle = (xs >= width * 0.3) & (xs <= width * 0.7)
    if not middle.any():
        return None
    low = crossing[middle].min()
    if low > 0.5 * np.median(crossing):
        return None
    best_start: float | None = None
    best_len = 0.0
    run_start: float | None = None
    for i, x in enumerate(xs.tolist()):
        if middle[i] and crossing[i] == low:
            run_start = x if run_start is None else run_start
            if x - run_start + 1 > best_len:
                best_start, best_len = run_start, x - run_start + 1
        else:
            run_start = None
    if best_start is None or best_len < GUTTER_MIN_WIDTH:
        return None
    gutter = float(best_start + best_len / 2)
    # Both sides must hold text at the same heights, or this is a ragged single column.
    left_tops = {round(w["top"] / 4) for w in words if w["x1"] <= gutter}
    right_tops = {round(w["top"] / 4) for w in words if w["x0"] >= gutter}
    if len(left_tops & right_tops) < 5:
        return None
    return gutter


def _bands(words: list[dict], gutter: float) -> list[tuple[list[dict], bool]]:
    """Split a page top to bottom into full-width bands (True) and two-column bands."""
    spanning = sorted((w["top"] - 1, w["bottom"] + 1) for w in words if w["x0"] < gutter < w["x1"])
    zones: list[list[float]] = []
    for top, bottom in spanning:
        if zones and top <= zones[-1][1] + LINE_TOLERANCE:
            zones[-1][1] = max(zones[-1][1], bottom)
        else:
            zones.append([top, bottom])
    bands: list[tuple[list[dict], bool]] = []
    previous = float("-inf")
    for top, bottom in zones:
        between = [w for w in words if previous < w["top"] < top]
        inside = [w for w in words if top <= w["top"] <= bottom]
        if between:
            bands.append((between, False))
        if inside:
            bands.append((inside, True))
        previous = bottom
    after = [w for w in words if w["top"] > previous]
    if after:
        bands.append((after, False))
    return bands


def _group_lines(words: list[dict], page: int, column: int) -> list[Line]:
    rows: list[list[dict]] = []
    row: list[dict] = []
    row_top = 0.0
    for word in sorted(words, key=_line_order):
        if rows and abs(word["top"] - row_top) <= LINE_TOLERANCE:
            row.append(word)
        else:
            row = [word]
            rows.append(row)
            row_top = word["top"]
    lines = []
    for row in rows:
        row.sort(key=_WORD_X0)
        text = normalise_text(" ".join([w["text"] for w in row]))
        if not text:
            continue
        by_size: dict[float, int] = {}  # first seen first: ties go to the leftmost size
        bold = chars = 0
        for w in row:
            n = len(w["text"])
            size = w.get("size", 0.0)
            by_size[size] = by_size.get(size, 0) + n
            if _bold_font(w.get("fontname", "")):
                bold += n
            chars += n
        sizes: dict[float, int] = {}
        for size, n in by_size.items():
            key = round(float(size), 1)
            sizes[key] = sizes.get(key, 0) + n
        bbox: BBox = (
            float(min(map(_WORD_X0, row))),
            float(min(map(_WORD_TOP, row))),
            float(max(map(_WORD_X1, row))),
            float(max(map(_WORD_BOTTOM, row))),
        )
        size = max(sizes, key=sizes.__getitem__)  # the first of the most common, as Counter
        lines.append(Line(text, page, bbox, size, bold * 2 > chars, column))
    return lines


def _line_order(word: dict) -> tuple[float, float]:
    return (round(word["top"], 1), word["x0"])


_WORD_X0 = itemgetter("x0")
_WORD_TOP = itemgetter("top")
_WORD_X1 = itemgetter("x1")
_WORD_BOTTOM = itemgetter("bottom")


@functools.lru_cache(maxsize=4096)
def _bold_font(fontname: object) -> bool:
    return _BOLD.search(str(fontname)) is not None


def running_key(text: str) -> str:
    """What stays the same of a running header or footer from page to page."""
    return re.sub(r"\d+", "#", text.lower()).strip()


def remove_running_lines(pages: list[Page]) -> list[Page]:
    """Move running headers, footers and page numbers out of the text into ``Page.removed``."""
    text_pages = [p for p in pages if p.lines]
    counts: Counter[str] = Counter()
    for page in text_pages:
        keys = {running_key(line.text) for line in page.lines if _in_band(line, page)}
        counts.update(keys)
    threshold = max(2, int(len(text_pages) * REPEAT_SHARE + 0.5))
    repeated = {key for key, n in counts.items() if n >= threshold and len(text_pages) >= 2}
    cleaned = []
    for page in pages:
        keep, removed = [], []
        for line in page.lines:
            in_band = _in_band(line, page)
            if in_band and (running_key(line.text) in repeated or _PAGE_NUMBER.match(line.text)):
                removed.append(line)
            else:
                keep.append(line)
        cleaned.append(
            Page(
                page.number,
                page.width,
                page.height,
                tuple(keep),
                page.tables,
                tuple(removed),
                page.status,
            )
        )
    return cleaned


def _in_band(line: Line, page: Page) -> bool:
    return line.bbox[3] <= page.height * HEADER_BAND or line.bbox[1] >= page.height * (
        1 - FOOTER_BAND
    )


def body_font_size(pages: list[Page] | tuple[Page, ...]) -> float:
    """The font size most characters are set in."""
    sizes: Counter[float] = Counter()
    for page in pages:
        for line in page.lines:
            sizes[line.size] += len(line.text)
    if not sizes:
        return 10.0
    return sizes.most_common(1)[0][0]


def median_line_pitch(lines: list[Line]) -> float:
    """The usual distance between the tops of consecutive lines in one column.

    Top-to-top distance does not depend on how tall an extractor draws glyph boxes, so
    both engines agree on where paragraphs break.
    """
    pitches = [
        b.bbox[1] - a.bbox[1]
        for a, b in zip(lines, lines[1:], strict=False)
        if a.column == b.column and 0 < b.bbox[1] - a.bbox[1] < 3 * max(a.size, 1.0)
    ]
    return statistics.median(pitches) if pitches else 14.0
