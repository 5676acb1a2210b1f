"""Sample PDFs for raadsassistent: the bundled Lindewaarde meeting and generated test material.

``python samples/generate.py`` regenerates the bundled samples and ``gold.json`` in ``samples/``.
The benchmarks import this file by path for large generated material (tests use the small
builders in ``tests/pdfs.py`` instead):

- ``build_pdf(path, blocks, ...)``: a small layout engine on reportlab's canvas;
- ``generate_long_document(path, pages, seed=0)`` and ``generate_meeting(outdir, ...)``.

Importing has no side effects; reportlab is imported when a PDF is written.
"""

import datetime as dt
import importlib.util
import json
import random
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SAMPLES_DIR = Path(__file__).resolve().parent
CONTENT_FILE = SAMPLES_DIR / "lindewaarde.py"

PAGE_WIDTH = 595.2756  # A4 in points
PAGE_HEIGHT = 841.8898
GUTTER = 20.0

GLUE = "\ue000"  # joins the words of a marked fact so a line never breaks inside it
SOFT_HYPHEN = "\u00ad"

MONTHS = {
    "januari": 1,
    "februari": 2,
    "maart": 3,
    "april": 4,
    "mei": 5,
    "juni": 6,
    "juli": 7,
    "augustus": 8,
    "september": 9,
    "oktober": 10,
    "november": 11,
    "december": 12,
}

# Compound parts after which a long word may be hyphenated ("gemeente-" / "raad"). Each is a
# whole first part of the compounds in our texts, so a break never lands inside a syllable.
COMPOUND_PARTS = (
    "aanbestedings",
    "begrotings",
    "beleids",
    "bestemmings",
    "bodem",
    "bouw",
    "centrum",
    "college",
    "communicatie",
    "fietsen",
    "geluids",
    "gemeente",
    "grond",
    "informatie",
    "investerings",
    "kinder",
    "kosten",
    "markt",
    "omgevings",
    "onderwijs",
    "onderzoeks",
    "ontwerp",
    "parkeer",
    "participatie",
    "project",
    "raads",
    "risico",
    "spoor",
    "stations",
    "subsidie",
    "uitvoerings",
    "veiligheids",
    "verkeers",
    "water",
    "woning",
    "zonne",
)


# --------------------------------------------------------------------------- facts markup


def parse_amount(text: str) -> float:
    """The euro value of an amount as Dutch documents write it.

    >>> parse_amount("€ 2.450.000"), parse_amount("EUR 1,2 miljoen"), parse_amount("k€ 300")
    (2450000.0, 1200000.0, 300000.0)
    """
    t = text.replace("\u00a0", " ")
    factor = 1.0
    if re.search(r"\b(miljoen|mln)\b", t):
        factor = 1_000_000.0
    elif re.search(r"\bmiljard\b", t):
        factor = 1_000_000_000.0
    elif re.search(r"k€|€\s*[\d.,]+\s*k\b|\bduizend\b", t):
        factor = 1_000.0
    match = re.search(r"\d[\d.]*(?:,\d+)?", t)
    if not match:
        raise ValueError(f"no number in amount {text!r}")
    number = match.group(0).replace(".", "").replace(",", ".")
    return round(float(number) * factor, 2)


def parse_date(text: str) -> str | None:
    """``YYYY-MM-DD`` for a date with a day, month and year; None for vague ones ("Q3 2027")."""
    t = text.lower()
    match = re.search(r"\b(\d{1,2}) (" + "|".join(MONTHS) + r") (\d{4})\b", t)
    if match:
        day, month, year = int(match.group(1)), MONTHS[match.group(2)], int(match.group(3))
        return dt.date(year, month, day).isoformat()
    match = re.search(r"\b(\d{1,2})-(\d{1,2})-(\d{4})\b", t)
    if match:
        day, month, year = (int(g) for g in match.groups())
        return dt.date(year, month, day).isoformat()
    return None


_FACT = re.compile(r"\[\[(.+?)\]\]")
_AMOUNT_HINT = re.compile(r"€|\bEUR\b|\bmln\b|\bmiljoen\b|\bmiljard\b")


def _parse_markup(text: str) -> tuple[str, list[tuple[int, dict[str, Any]]]]:
    """Strip ``[[...]]`` fact marks: the clean text (fact words glued) and (offset, fact) pairs.

    ``[[€ 2.450.000]]`` is an amount, ``[[1 juli 2027]]`` a date (both parsed from the text);
    ``[[1.250|eur=1250000]]``, ``[[voor de zomer|date=]]`` give the value, ``[[...|none]]`` only
    glues the words.
    """
    out: list[str] = []
    facts: list[tuple[int, dict[str, Any]]] = []
    pos = length = 0
    for match in _FACT.finditer(text):
        chunk = text[pos : match.start()]
        out.append(chunk)
        length += len(chunk)
        phrase, _, spec = match.group(1).partition("|")
        fact = _make_fact(phrase, spec)
        if fact is not None:
            facts.append((length, fact))
        glued = phrase.replace(" ", GLUE)
        out.append(glued)
        length += len(glued)
        pos = match.end()
    out.append(text[pos:])
    return "".join(out), facts


def _make_fact(phrase: str, spec: str) -> dict[str, Any] | None:
    if spec == "none":
        return None
    if spec.startswith("eur="):
        return {"kind": "amount", "text": phrase, "value_eur": float(spec[4:])}
    if spec.startswith("date="):
        return {"kind": "date", "text": phrase, "date": spec[5:] or None}
    if spec:
        raise ValueError(f"unknown fact spec {spec!r} in [[{phrase}|{spec}]]")
    if _AMOUNT_HINT.search(phrase) or "k€" in phrase:
        return {"kind": "amount", "text": phrase, "value_eur": parse_amount(phrase)}
    return {"kind": "date", "text": phrase, "date": parse_date(phrase)}


def plain_text(text: str) -> str:
    """Text as it is printed: fact marks and soft hyphens removed."""
    clean, _ = _parse_markup(text)
    return clean.replace(GLUE, " ").replace(SOFT_HYPHEN, "")


# --------------------------------------------------------------------------- layout engine


@dataclass(frozen=True)
class Style:
    """Typography of one document. ``headings`` gives (size, font) for levels 0 to 4."""

    font: str = "Helvetica"
    bold: str = "Helvetica-Bold"
    italic: str = "Helvetica-Oblique"
    size: float = 10.5
    leading: float = 15.5
    justify: bool = False
    hyphenate: bool = True
    headings: tuple[tuple[float, str], ...] = (
        (20, "Helvetica-Bold"),
        (14, "Helvetica-Bold"),
        (12, "Helvetica-Bold"),
        (10.5, "Helvetica-Bold"),
        (10.5, "Helvetica-Oblique"),
    )
    margins: tuple[float, float, float, float] = (72, 72, 88, 72)  # left, right, top, bottom
    paragraph_gap: float = 6.0
    table_size: float = 8.5
    header_font: str = "Helvetica"
    header_size: float = 8.0
    list_indent: float = 18.0
    field_label_width: float = 140.0


STYLES: dict[str, Style] = {
    "helvetica": Style(),
    "helvetica-justified": Style(size=10.5, leading=15.2, justify=True),
    "times": Style(
        font="Times-Roman",
        bold="Times-Bold",
        italic="Times-Italic",
        size=12,
        leading=17,
        justify=True,
        headings=(
            (22, "Times-Bold"),
            (15, "Times-Bold"),
            (13, "Times-Bold"),
            (11.5, "Times-Bold"),
            (11.5, "Times-Italic"),
        ),
        margins=(85, 70, 90, 75),
        table_size=9.5,
        header_font="Times-Roman",
        header_size=9,
    ),
    # Headings set apart by size only, not weight, as some municipal templates do.
    "times-plain-headings": Style(
        font="Times-Roman",
        bold="Times-Bold",
        italic="Times-Italic",
        size=11.5,
        leading=16.5,
        justify=False,
        headings=(
            (20, "Helvetica"),
            (14, "Helvetica"),
            (12.5, "Helvetica"),
            (11, "Times-Bold"),
            (11, "Times-Italic"),
        ),
        margins=(80, 75, 90, 75),
        table_size=9,
        header_font="Helvetica",
        header_size=8,
    ),
    "report": Style(size=9.5, leading=13.6, justify=True, margins=(62, 62, 86, 70), table_size=8),
}


class BodyWords(list):
    """The body words ``build_pdf`` wrote (headers and footers excluded), in order.

    Bullet glyphs are left out; generated list numbers ("1.", "a.") are words. Also carries what
    the layout decided: ``page_count``, ``facts`` (each with its ``page``), ``hyphen_breaks``
    (page, first part, continuation), ``two_column_pages`` and ``spanning_table_pages``.
    """

    page_count: int = 0
    facts: list[dict[str, Any]]
    hyphen_breaks: list[tuple[int, str, str]]
    two_column_pages: list[int]
    spanning_table_pages: list[int]
    block_pages: list[tuple[int, int]]  # first and last page of each block


@dataclass
class _Token:
    text: str  # may hold GLUE and SOFT_HYPHEN
    facts: tuple[int, ...] = ()
    breakable: bool = True


@dataclass
class _Chunk:
    """Content that stays together in one column: ops relative to its top-left corner."""

    height: float
    ops: list[tuple]
    space_before: float = 0.0
    keep_next: bool = False
    facts: tuple[int, ...] = ()


@dataclass
class _Region:
    top: float
    ncols: int
    columns: list[list[tuple[_Chunk, float]]]
    used: list[float]
    col: int = 0


def _display(text: str) -> str:
    return text.replace(GLUE, " ").replace(SOFT_HYPHEN, "")


def _words(text: str) -> list[str]:
    return _display(text).split()


class _Layout:
    def __init__(self, style: Style, two_column_pages: Iterable[int]):
        from reportlab.pdfbase.pdfmetrics import stringWidth

        self.s = style
        self._string_width = stringWidth
        self._width_cache: dict[tuple[str, str, float], float] = {}
        self.two_col = set(two_column_pages)
        self.default_cols = 1  # set by a ("columns", n) block
        self.left, right, top, self.bottom = style.margins
        self.top = PAGE_HEIGHT - top
        self.width = PAGE_WIDTH - self.left - right
        self.pages: list[list[tuple]] = []
        self.facts: list[dict[str, Any]] = []
        self.hyphen_breaks: list[tuple[int, str, str]] = []
        self.spanning_tables: set[int] = set()
        self.used_two_col: set[int] = set()
        self.words = BodyWords()
        self.region: _Region
        self._new_page()

    # ---------------------------------------------------------------- geometry and placing

    def _w(self, text: str, font: str, size: float) -> float:
        key = (text, font, size)
        width = self._width_cache.get(key)
        if width is None:
            width = self._string_width(text, font, size)
            self._width_cache[key] = width
        return width

    @property
    def page_no(self) -> int:
        return len(self.pages)

    @property
    def col_width(self) -> float:
        n = self.region.ncols
        return (self.width - GUTTER * (n - 1)) / n

    def _page_cols(self) -> int:
        return 2 if self.page_no in self.two_col else self.default_cols

    def _new_page(self) -> None:
        self.pages.append([])
        if self.default_cols == 2:
            self.two_col.add(self.page_no)
        self._start_region(self._page_cols(), self.top)

    def _start_region(self, ncols: int, top: float) -> None:
        self.region = _Region(top, ncols, [[] for _ in range(ncols)], [0.0] * ncols)
        if ncols == 2:
            self.used_two_col.add(self.page_no)

    def _room(self) -> float:
        r = self.region
        return r.top - self.bottom - r.used[r.col]

    def _gap(self, chunk: _Chunk) -> float:
        return chunk.space_before if self.region.used[self.region.col] > 0 else 0.0

    def _fits(self, chunk: _Chunk, extra: float = 0.0) -> bool:
        return self._gap(chunk) + chunk.height + extra <= self._room() + 0.01

    def _empty_column(self) -> bool:
        return self.region.used[self.region.col] == 0

    def _advance(self) -> None:
        r = self.region
        if r.col + 1 < r.ncols:
            r.col += 1
        else:
            self._close_region(balance=False)
            self._new_page()

    def _place(self, chunk: _Chunk) -> None:
        r = self.region
        gap = self._gap(chunk)
        r.columns[r.col].append((chunk, gap))
        r.used[r.col] += gap + chunk.height
        for fact_id in chunk.facts:
            self.facts[fact_id].setdefault("page", self.page_no)

    def _close_region(self, balance: bool) -> float:
        """Draw the region's chunks on the current page; return the y below them."""
        r = self.region
        if r.ncols == 2 and balance:
            r.columns = self._balance(r.columns[0] + r.columns[1])
        ops = self.pages[-1]
        lowest = r.top
        for col, items in enumerate(r.columns):
            x, y = self._col_x_for(r, col), r.top
            for i, (chunk, gap) in enumerate(items):
                y -= gap if i else 0.0
                for op in chunk.ops:
                    ops.append(_shift(op, x, y))
                y -= chunk.height
            lowest = min(lowest, y)
        return lowest

    def _col_x_for(self, region: _Region, col: int) -> float:
        width = (self.width - GUTTER * (region.ncols - 1)) / region.ncols
        return self.left + col * (width + GUTTER)

    @staticmethod
    def _balance(items: list[tuple[_Chunk, float]]) -> list[list[tuple[_Chunk, float]]]:
        heights = [gap + chunk.height for chunk, gap in items]
        total = sum(heights)
        best_k, best = len(items), (total, False)
        running = 0.0
        for k in range(1, len(items)):
            running += heights[k - 1]
            if items[k - 1][0].keep_next:
                continue
            right = total - running - items[k][1]
            score = (round(max(running, right), 2), right > running + 0.01)
            if score < best:
                best_k, best = k, score
        return [items[:best_k], items[best_k:]]

    def _ensure_columns(self, ncols: int) -> None:
        if self.region.ncols == ncols:
            return
        if not any(self.region.columns):
            self._start_region(ncols, self.region.top)
            return
        bottom = self._close_region(balance=True)
        self._start_region(ncols, bottom - self.s.paragraph_gap * 2)

    def restore_columns(self) -> None:
        """Go back to the page's own column count after a spanning table."""
        self._ensure_columns(self._page_cols())

    def columns(self, ncols: int) -> None:
        """Flow the following blocks in ``ncols`` columns, starting on a fresh page."""
        if ncols == self.default_cols:
            return
        self.default_cols = ncols
        if any(self.region.columns):
            self.page_break()
        else:
            if ncols == 2:
                self.two_col.add(self.page_no)
            self._start_region(self._page_cols(), self.region.top)

    def finish(self) -> None:
        self._close_region(balance=True)

    # ---------------------------------------------------------------- text

    def _tokens(self, text: str, breakable: bool = True) -> list[_Token]:
        clean, facts = _parse_markup(text)
        ids = []
        for _, fact in facts:
            self.facts.append(fact)
            ids.append(len(self.facts) - 1)
        offsets = [offset for offset, _ in facts]
        tokens: list[_Token] = []
        for match in re.finditer(r"\S+", clean):
            start, end = match.span()
            mine = tuple(ids[i] for i, off in enumerate(offsets) if start <= off < end)
            tokens.append(_Token(match.group(0), mine, breakable and not mine))
        return tokens

    def _breaks(self, text: str) -> list[tuple[int, str, str]]:
        """Where a token may break: (cut, head as printed, tail), longest head first."""
        out: list[tuple[int, str, str]] = []
        for i, ch in enumerate(text):
            nxt = text[i + 1] if i + 1 < len(text) else ""
            # A printed hyphen breaks only before a capital or digit ("Noord-" / "Brabant"),
            # so "-" + newline + lowercase always means a hyphenated single word.
            if ch == "-" and i >= 2 and text[i - 1].isalnum() and nxt and not nxt.islower():
                out.append((i + 1, text[: i + 1], text[i + 1 :]))
            elif ch == SOFT_HYPHEN and i >= 3 and nxt.islower():
                out.append((i + 1, text[:i] + "-", text[i + 1 :]))
        if self.s.hyphenate:
            lower, pos = text.lower(), 0
            word_len = len(re.sub(r"\W+$", "", text))
            while word_len >= 10:
                parts = [p for p in COMPOUND_PARTS if lower.startswith(p, pos)]
                if not parts:
                    break
                part = max(parts, key=len)
                pos += len(part)
                if word_len - pos < 4 or not lower[pos : pos + 1].isalpha():
                    break
                if not text[pos].islower() or not text[:pos].isalpha():
                    break
                out.append((pos, text[:pos] + "-", text[pos:]))
        out = [(cut, _display(head), tail) for cut, head, tail in out]
        return sorted(out, key=lambda b: -b[0])

    def _wrap_line(
        self,
        tokens: list[_Token],
        pos: tuple[int, int],
        width: float,
        font: str,
        size: float,
        breaks: bool = True,
    ) -> tuple[str, tuple[int, int], tuple[int, ...], float, tuple[str, str] | None]:
        """One line from ``pos``: (text, next pos, facts, natural width, hyphen break)."""
        space = self._w(" ", font, size)
        parts: list[str] = []
        facts: list[int] = []
        cur = 0.0
        i, off = pos
        while i < len(tokens):
            tok = tokens[i]
            raw = tok.text[off:]
            shown = _display(raw)
            add = self._w(shown, font, size) + (space if parts else 0.0)
            if cur + add <= width:
                parts.append(shown)
                cur += add
                if off == 0:
                    facts.extend(tok.facts)
                i, off = i + 1, 0
                continue
            if tok.breakable and breaks:
                for cut, head, tail in self._breaks(raw):
                    head_w = self._w(head, font, size) + (space if parts else 0.0)
                    if len(head) >= 3 and cur + head_w <= width:
                        parts.append(head)
                        cur += head_w
                        if off == 0:
                            facts.extend(tok.facts)
                        return " ".join(parts), (i, off + cut), tuple(facts), cur, (head, tail)
            if not parts:  # wider than the line: print it anyway
                parts.append(shown)
                cur += add
                if off == 0:
                    facts.extend(tok.facts)
                i, off = i + 1, 0
            break
        return " ".join(parts), (i, off), tuple(facts), cur, None

    def _wrap_all(
        self, tokens: list[_Token], width: float, font: str, size: float
    ) -> list[tuple[str, tuple[int, ...], float, tuple[str, str] | None]]:
        lines = []
        pos = (0, 0)
        while pos[0] < len(tokens):
            text, pos, facts, natural, hyph = self._wrap_line(tokens, pos, width, font, size)
            lines.append((text, facts, natural, hyph))
        return lines

    def _note_breaks(self, hyphs: Iterable[tuple[str, str] | None]) -> None:
        for hyph in hyphs:
            if hyph:
                head, tail = hyph
                tail_word = re.sub(r"\W+$", "", _display(tail))
                self.hyphen_breaks.append((self.page_no, head, tail_word))

    # ---------------------------------------------------------------- blocks

    def heading(self, text: str, level: int) -> None:
        size, font = self.s.headings[min(max(level, 0), len(self.s.headings) - 1)]
        leading = size * 1.25
        tokens = self._tokens(text, breakable=False)
        self.words.extend(_words(plain_text(text)))
        while True:
            lines = self._wrap_all(tokens, self.col_width, font, size)
            ops = [
                ("t", 0.0, -(i * leading + size), t, font, size, 0.0)
                for i, (t, *_) in enumerate(lines)
            ]
            chunk = _Chunk(
                height=len(lines) * leading + size * 0.35,
                ops=ops,
                space_before=size * 0.9 if level > 0 else 0.0,
                keep_next=True,
                facts=tuple(f for _, fs, _, _ in lines for f in fs),
            )
            if self._fits(chunk, extra=self.s.leading * 2) or self._empty_column():
                self._place(chunk)
                return
            self._advance()

    def paragraph(self, text: str, opts: dict[str, Any]) -> None:
        font = self.s.font
        if opts.get("bold"):
            font = self.s.bold
        elif opts.get("italic"):
            font = self.s.italic
        size = opts.get("size", self.s.size)
        leading = self.s.leading * size / self.s.size
        indent = opts.get("indent", 0.0)
        justify = opts.get("justify", self.s.justify)
        tokens = self._tokens(text)
        self.words.extend(_words(plain_text(text)))
        decision = opts.get("decision")
        if decision is not None:
            self.facts.append(
                {"kind": "decision", "number": str(decision), "text": plain_text(text)}
            )
            if tokens:
                tokens[0].facts = (len(self.facts) - 1, *tokens[0].facts)
        pos = (0, 0)
        first = True
        while pos[0] < len(tokens):
            width = self.col_width - indent
            gap = self.s.paragraph_gap if first else 0.0
            if self._room() < gap + leading and not self._empty_column():
                self._advance()
                continue  # wrap anew: the next column may be narrower or wider
            # No hyphen on a column's last line: the word would continue on the next page.
            breaks = self._room() - self._gap(_Chunk(0, [], gap)) - leading >= leading
            line, nxt, facts, natural, hyph = self._wrap_line(
                tokens, pos, width, font, size, breaks
            )
            last = nxt[0] >= len(tokens)
            spaces = line.count(" ")
            ws = (width - natural) / spaces if justify and not last and spaces else 0.0
            chunk = _Chunk(
                height=leading,
                ops=[("t", indent, -(leading * 0.78), line, font, size, ws)],
                space_before=gap,
                keep_next=hyph is not None,  # balancing must not split a hyphenated word
                facts=facts,
            )
            self._place(chunk)
            self._note_breaks([hyph])
            pos, first = nxt, False

    def list(self, items: Sequence[Any], kind: str, opts: dict[str, Any]) -> None:
        font, size, leading = self.s.font, self.s.size, self.s.leading
        indent = opts.get("indent", self.s.list_indent)
        for n, item in enumerate(items, start=1):
            if isinstance(item, (tuple, list)):
                marker, text = item
            else:
                marker, text = _marker(kind, n), item
            is_bullet = marker in ("•", "–", "-", "")
            if not is_bullet:
                self.words.append(marker)
            self.words.extend(_words(plain_text(text)))
            tokens = self._tokens(text)
            if opts.get("facts") == "decision":
                self.facts.append(
                    {"kind": "decision", "number": marker.rstrip(".):"), "text": plain_text(text)}
                )
                if tokens:
                    tokens[0].facts = (len(self.facts) - 1, *tokens[0].facts)
            while True:
                width = self.col_width - indent - opts.get("left", 0.0)
                lines = self._wrap_all(tokens, width, font, size)
                x0 = opts.get("left", 0.0)
                ops: list[tuple] = []
                if marker:
                    # Bullets come from the Symbol font, as Word sets them: in the standard
                    # fonts "•" is code 127, which pdfminer cannot map to text.
                    mfont = "Symbol" if marker == "•" else font
                    ops.append(("t", x0, -(leading * 0.78), marker, mfont, size, 0.0))
                for i, (t, _, natural, _) in enumerate(lines):
                    last = i == len(lines) - 1
                    spaces = t.count(" ")
                    ws = (width - natural) / spaces if self.s.justify and not last and spaces else 0
                    ops.append(
                        ("t", x0 + indent, -(i * leading + leading * 0.78), t, font, size, ws)
                    )
                chunk = _Chunk(
                    height=len(lines) * leading,
                    ops=ops,
                    space_before=self.s.paragraph_gap / 2,
                    facts=tuple(f for _, fs, _, _ in lines for f in fs),
                )
                if self._fits(chunk) or self._empty_column():
                    self._place(chunk)
                    self._note_breaks(h for *_, h in lines)
                    break
                self._advance()

    def fields(self, rows: Sequence[tuple[str, str]], opts: dict[str, Any]) -> None:
        """Label/value pairs as on the cover of a raadsvoorstel."""
        size, leading = self.s.size, self.s.leading
        label_w = opts.get("label_width", self.s.field_label_width)
        label_font = self.s.bold if opts.get("bold_labels", True) else self.s.font
        for label, value in rows:
            self.words.extend(_words(plain_text(label)) + _words(plain_text(value)))
            lt = self._tokens(label, breakable=False)
            vt = self._tokens(value, breakable=False)
            while True:
                llines = self._wrap_all(lt, label_w - 8, label_font, size)
                vlines = self._wrap_all(vt, self.col_width - label_w, self.s.font, size)
                ops = [
                    ("t", 0.0, -(i * leading + leading * 0.78), t, label_font, size, 0.0)
                    for i, (t, *_) in enumerate(llines)
                ]
                ops += [
                    ("t", label_w, -(i * leading + leading * 0.78), t, self.s.font, size, 0.0)
                    for i, (t, *_) in enumerate(vlines)
                ]
                chunk = _Chunk(
                    height=max(len(llines), len(vlines), 1) * leading,
                    ops=ops,
                    space_before=2.0,
                    facts=tuple(f for _, fs, _, _ in llines + vlines for f in fs),
                )
                if self._fits(chunk) or self._empty_column():
                    self._place(chunk)
                    break
                self._advance()

    def table(self, rows: Sequence[Sequence[str]], opts: dict[str, Any]) -> None:
        """A ruled table; on a two-column page it spans both columns."""
        if not rows:
            return
        self._ensure_columns(1)
        size = opts.get("size", self.s.table_size)
        leading = size * 1.3
        pad = 3.5
        ncols = max(len(r) for r in rows)
        rows = [list(r) + [""] * (ncols - len(r)) for r in rows]
        for row in rows:
            for cell in row:
                self.words.extend(_words(plain_text(cell)))
        total = self.width
        widths = opts.get("widths")
        if widths is None:
            natural = [
                max(self._w(plain_text(r[c]), self.s.font, size) for r in rows) + 2 * pad
                for c in range(ncols)
            ]
            capped = [min(max(w, 40.0), total * 0.55) for w in natural]
            widths = capped
        scale = total / sum(widths)
        widths = [w * scale for w in widths]
        xs = [0.0]
        for w in widths:
            xs.append(xs[-1] + w)
        header = opts.get("header", True)
        caption = opts.get("caption")
        if caption:
            self.words.extend(_words(plain_text(caption)))
            cap_lines = self._wrap_all(
                self._tokens(caption, breakable=False), total, self.s.bold, self.s.size
            )
            cap_height = len(cap_lines) * self.s.leading + 3
            cap_ops = [
                ("t", 0.0, -(i * self.s.leading + self.s.size), t, self.s.bold, self.s.size, 0.0)
                for i, (t, *_) in enumerate(cap_lines)
            ]
            cap_facts = tuple(f for _, fs, _, _ in cap_lines for f in fs)
        for r, row in enumerate(rows):
            font = self.s.bold if header and r == 0 else self.s.font
            cells = []
            for c, cell in enumerate(row):
                tokens = self._tokens(cell, breakable=False)
                cells.append(self._wrap_all(tokens, widths[c] - 2 * pad, font, size))
            height = max(1, max(len(c) for c in cells)) * leading + 2 * pad
            ops: list[tuple] = []
            if header and r == 0:
                ops.append(("r", 0.0, -height, total, height, 0.9))
            ops += [("l", 0.0, 0.0, total, 0.0), ("l", 0.0, -height, total, -height)]
            ops += [("l", x, 0.0, x, -height) for x in xs]
            facts: list[int] = []
            for c, lines in enumerate(cells):
                numeric = _is_numeric(row[c]) and not (header and r == 0)
                for i, (t, fs, natural, _) in enumerate(lines):
                    x = xs[c + 1] - pad - natural if numeric else xs[c] + pad
                    ops.append(("t", x, -(pad + i * leading + size), t, font, size, 0.0))
                    facts.extend(fs)
            chunk = _Chunk(
                height=height,
                ops=ops,
                facts=tuple(facts),
                space_before=self.s.paragraph_gap if r == 0 else 0.0,
            )
            if r == 0 and caption:
                chunk = _Chunk(
                    height=cap_height + height,
                    ops=cap_ops + [_shift(op, 0.0, -cap_height) for op in ops],
                    space_before=chunk.space_before,
                    facts=cap_facts + chunk.facts,
                )
            # The header row (and caption) never stands alone at the foot of a page.
            extra = 2 * leading + 2 * pad if r == 0 and len(rows) > 1 else 0.0
            if not self._fits(chunk, extra) and not self._empty_column():
                self._advance()
                self._ensure_columns(1)
            self._place(chunk)
            if self.page_no in self.two_col:
                self.spanning_tables.add(self.page_no)

    def spacer(self, height: float) -> None:
        """Vertical white space; dropped at the foot of a column."""
        chunk = _Chunk(height=height, ops=[])
        if self._fits(chunk):
            self._place(chunk)

    def page_break(self) -> None:
        self._close_region(balance=True)
        self._new_page()


def _marker(kind: str, n: int) -> str:
    if kind == "numbered":
        return f"{n}."
    if kind == "alpha":
        return f"{'abcdefghijklmnopqrstuvwxyz'[n - 1]}."
    if kind == "dash":
        return "–"
    if kind == "none":
        return ""
    return "•"


def _is_numeric(cell: str) -> bool:
    text = plain_text(cell).strip()
    return bool(re.fullmatch(r"(€|EUR|k€)?\s*[-–+]?[\d.,]+(,-)?\s*(%|mln)?", text))


def _shift(op: tuple, x: float, y: float) -> tuple:
    kind = op[0]
    if kind == "t":
        return ("t", op[1] + x, op[2] + y, *op[3:])
    if kind == "l":
        return ("l", op[1] + x, op[2] + y, op[3] + x, op[4] + y)
    return ("r", op[1] + x, op[2] + y, *op[3:])


def _block_parts(block: Sequence[Any]) -> tuple[str, Any, str | int | None, dict[str, Any]]:
    kind = block[0]
    payload = block[1] if len(block) > 1 else None
    extra: str | int | None = None
    opts: dict[str, Any] = {}
    for item in block[2:]:
        if isinstance(item, dict):
            opts = item
        else:
            extra = item
    return kind, payload, extra, opts


def _layout(
    blocks: Sequence[Sequence[Any]], style: Style, two_column_pages: Iterable[int]
) -> _Layout:
    lay = _Layout(style, two_column_pages)
    block_pages = []
    for block in blocks:
        kind, payload, extra, opts = _block_parts(block)
        if kind not in ("table", "pagebreak", "columns"):
            lay.restore_columns()
        first = lay.page_no
        if kind == "heading":
            lay.heading(payload, int(extra if extra is not None else 1))
        elif kind == "paragraph":
            lay.paragraph(payload, opts)
        elif kind == "list":
            lay.list(payload, str(extra or "bullet"), opts)
        elif kind == "table":
            lay.table(payload, opts)
        elif kind == "fields":
            lay.fields(payload, opts)
        elif kind == "pagebreak":
            lay.page_break()
        elif kind == "columns":
            lay.columns(int(payload))
        elif kind == "spacer":
            lay.spacer(float(payload or 12))
        else:
            raise ValueError(f"unknown block kind {kind!r}")
        block_pages.append((first, lay.page_no))
    lay.finish()
    lay.words.block_pages = block_pages
    return lay


def _running_text(pattern: str, page: int, total: int) -> str:
    return pattern.format(page=page, total=total)


def _render(
    path: Path,
    pages: list[list[tuple]],
    style: Style,
    *,
    title: str,
    author: str,
    subject: str,
    header: str | Sequence[str] | None,
    footer: bool | str | Sequence[str],
) -> None:
    from reportlab.pdfgen import canvas

    path.parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(path), pagesize=(PAGE_WIDTH, PAGE_HEIGHT), invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setSubject(subject)
    c.setCreator("raadsassistent samples/generate.py")
    if footer is True:
        footer = ("", "Pagina {page} van {total}", "")
    elif isinstance(footer, str):
        footer = ("", footer, "")
    if isinstance(header, str):
        header = (header, "")
    left, right = style.margins[0], PAGE_WIDTH - style.margins[1]
    total = len(pages)
    hf, hs = style.header_font, style.header_size
    for number, ops in enumerate(pages, start=1):
        c.setFillGray(0.35)
        if header:
            c.setFont(hf, hs)
            if header[0]:
                c.drawString(left, PAGE_HEIGHT - 42, _running_text(header[0], number, total))
            if len(header) > 1 and header[1]:
                c.drawRightString(right, PAGE_HEIGHT - 42, _running_text(header[1], number, total))
            c.setLineWidth(0.4)
            c.setStrokeGray(0.5)
            c.line(left, PAGE_HEIGHT - 48, right, PAGE_HEIGHT - 48)
        if footer:
            c.setFont(hf, hs)
            fl, fc, fr = (list(footer) + ["", "", ""])[:3]
            if fl:
                c.drawString(left, 36, _running_text(fl, number, total))
            if fc:
                c.drawCentredString(PAGE_WIDTH / 2, 36, _running_text(fc, number, total))
            if fr:
                c.drawRightString(right, 36, _running_text(fr, number, total))
        c.setFillGray(0)
        c.setStrokeGray(0)
        c.setLineWidth(0.5)
        for op in ops:
            if op[0] == "t":
                _, x, y, text, font, size, ws = op
                if ws:
                    t = c.beginText(x, y)
                    t.setFont(font, size)
                    t.setWordSpace(ws)
                    t.textOut(text)
                    t.setWordSpace(0)  # Tw is graphics state: it would stretch later lines too
                    c.drawText(t)
                else:
                    c.setFont(font, size)
                    c.drawString(x, y, text)
            elif op[0] == "l":
                c.line(op[1], op[2], op[3], op[4])
            else:
                _, x, y, w, h, gray = op
                c.setFillGray(gray)
                c.rect(x, y, w, h, stroke=0, fill=1)
                c.setFillGray(0)
        c.showPage()
    c.save()


def build_pdf(
    path: str | Path,
    blocks: Sequence[Sequence[Any]],
    *,
    title: str = "",
    header: str | Sequence[str] | None = None,
    footer: bool | str | Sequence[str] = True,
    two_column_pages: Iterable[int] = (),
    style: str | Style = "helvetica",
    author: str = "",
    subject: str = "",
) -> BodyWords:
    """Lay out ``blocks`` and write a PDF with a real text layer; return the body words.

    Blocks are tuples: ``("heading", text, level)`` (level 0 = title), ``("paragraph", text)``,
    ``("list", items[, "bullet"|"dash"|"numbered"|"alpha"|"none"])`` (an item may be a
    ``(marker, text)`` pair), ``("table", rows)`` (first row is the header), ``("fields",
    [(label, value), ...])``, ``("pagebreak",)`` and ``("spacer", points)``. A trailing dict
    gives options (paragraph: bold, italic, size, indent, decision; list: facts="decision";
    table: widths, size, header). ``header`` is a pattern or (left, right) patterns and
    ``footer`` True, a pattern or (left, centre, right) patterns, with ``{page}`` and
    ``{total}``. Pages in ``two_column_pages`` (1-based) flow in two columns; tables on them
    span both columns; ``("columns", 2)`` ... ``("columns", 1)`` sets a stretch of pages in two
    columns, each switch starting a new page. Text may mark facts as ``[[€ 2.450.000]]``
    (see ``_parse_markup``).
    """
    st = STYLES[style] if isinstance(style, str) else style
    lay = _layout(blocks, st, two_column_pages)
    _render(
        Path(path),
        lay.pages,
        st,
        title=title,
        author=author,
        subject=subject,
        header=header,
        footer=footer,
    )
    words = lay.words
    words.page_count = len(lay.pages)
    words.facts = lay.facts
    words.hyphen_breaks = lay.hyphen_breaks
    words.two_column_pages = sorted(lay.used_two_col)
    words.spanning_table_pages = sorted(lay.spanning_tables)
    return words


# --------------------------------------------------------------------------- the bundled sample

_UNMARKED_AMOUNT = re.compile(r"€|\bEUR\b|\bk€|\bmln\b|\bmiljoen\b|\bmiljard\b")
_UNMARKED_DATE = re.compile(
    r"\b\d{1,2} (" + "|".join(MONTHS) + r")\b|\b(" + "|".join(MONTHS) + r") \d{4}\b"
    r"|\bQ[1-4] \d{4}\b|\b\d{1,2}-\d{1,2}-\d{4}\b"
    r"|\b(voorjaar|zomer|najaar|winter|medio|eind|begin)( van)? \d{4}\b",
    re.IGNORECASE,
)


def _block_texts(block: Sequence[Any]) -> list[str]:
    kind, payload, _, _ = _block_parts(block)
    if kind in ("heading", "paragraph"):
        return [payload]
    if kind == "list":
        return [item[1] if isinstance(item, (tuple, list)) else item for item in payload]
    if kind in ("table", "fields"):
        return [cell for row in payload for cell in row]
    return []


def check_marked(blocks: Sequence[Sequence[Any]]) -> list[str]:
    """Problems that would make gold.json incomplete or the text ambiguous to de-hyphenate.

    Every euro amount and date must be marked as a fact, and no word may end in a hyphen
    ("zonne- en windenergie"), which a line break would make indistinguishable from a
    hyphenated word.
    """
    problems = []
    for block in blocks:
        for text in _block_texts(block):
            clean, facts = _parse_markup(text)
            bare = clean
            for offset, fact in facts:  # marked facts are fine: blank them out
                bare = bare[:offset] + " " * len(fact["text"]) + bare[offset + len(fact["text"]) :]
            bare = re.sub(r"\S*" + GLUE + r"\S*", " ", bare)  # and glued |none phrases
            for pattern in (_UNMARKED_AMOUNT, _UNMARKED_DATE):
                for match in pattern.finditer(bare):
                    problems.append(f"unmarked {match.group(0)!r} in: {plain_text(text)[:80]}")
            for word in _display(clean).split():
                if re.fullmatch(r".*[a-zà-ÿ]-", word):
                    problems.append(f"word ends in a hyphen: {word!r}")
    return problems


def _load_content() -> Any:
    spec = importlib.util.spec_from_file_location("raadsassistent_samples_content", CONTENT_FILE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _heading_name(text: str) -> str:
    return re.sub(r"^\d+(\.\d+)*\.?\s+", "", plain_text(text)).strip()


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def build_samples(outdir: str | Path = SAMPLES_DIR) -> dict[str, Any]:
    """Write the bundled meeting's PDFs and ``gold.json`` into ``outdir``; return the gold."""
    out = Path(outdir)
    content = _load_content()
    documents = []
    for doc in content.DOCUMENTS:
        problems = check_marked(doc["blocks"])
        if problems:
            raise ValueError(f"{doc['file']}: " + "; ".join(problems))
        words = build_pdf(
            out / doc["file"],
            doc["blocks"],
            title=doc["title"],
            header=doc["header"],
            footer=doc["footer"],
            style=doc["style"],
            author=f"Gemeente {content.MUNICIPALITY}",
            subject=doc["doc_type"],
        )
        facts = words.facts
        entry: dict[str, Any] = {
            "file": doc["file"],
            "doc_type": doc["doc_type"],
            "title": doc["title"],
            "date": doc["date"],
            "municipality": content.MUNICIPALITY,
            "pages": words.page_count,
            "has_samenvatting": any(
                b[0] == "heading" and _heading_name(b[1]) == "Samenvatting" for b in doc["blocks"]
            ),
            "decision_points": [
                {"number": f["number"], "text": f["text"], "page": f["page"]}
                for f in facts
                if f["kind"] == "decision"
            ],
            "amounts": [
                {"value_eur": _number(f["value_eur"]), "text": f["text"], "page": f["page"]}
                for f in facts
                if f["kind"] == "amount"
            ],
            "dates": [
                {"date": f["date"], "text": f["text"], "page": f["page"]}
                for f in facts
                if f["kind"] == "date"
            ],
            "layout": {
                "style": doc["style"],
                "header": list(doc["header"]),
                "footer": list(doc["footer"]),
                "two_column_pages": words.two_column_pages,
                "spanning_table_pages": words.spanning_table_pages,
                "hyphen_breaks": [list(b) for b in words.hyphen_breaks],
            },
        }
        if doc["doc_type"] == "agenda":
            entry["items"] = [
                {
                    "number": item["number"],
                    "title": plain_text(item["title"]),
                    "kind": item["kind"],
                    "documents": list(item["documents"]),
                }
                for item in doc["items"]
            ]
        documents.append(entry)
    gold = {
        "municipality": content.MUNICIPALITY,
        "meeting": content.MEETING,
        "documents": documents,
    }
    (out / "gold.json").write_text(
        json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return gold


# --------------------------------------------------------------------------- generated documents

_MUNICIPALITIES = ["Lindewaarde", "Elsendam", "Rietmeer", "Waardhoven", "Kolkwijk", "Berkendonk"]
_KERNEN = [
    "Oosterveld",
    "Hulsdonk",
    "Berkhoven",
    "De Weiden",
    "Zuid-Oost",
    "Molenhoek",
    "Kerkbuurt",
]
_STREETS = [
    "Kerkstraat",
    "Emmasingel",
    "Spoorlaan",
    "Molenweg",
    "Parklaan",
    "Dorpsstraat",
    "Oude Dijk",
]
_SUBJECTS = [
    ("Herinrichting Marktplein", "de herinrichting van het Marktplein"),
    ("Nieuwbouw sporthal De Bongerd", "de nieuwbouw van sporthal De Bongerd"),
    ("Uitbreiding bedrijventerrein Molenhoek", "de uitbreiding van bedrijventerrein Molenhoek"),
    ("Verduurzaming gemeentelijk vastgoed", "de verduurzaming van het gemeentelijk vastgoed"),
    ("Aanpak wateroverlast Kerkbuurt", "de aanpak van de wateroverlast in de Kerkbuurt"),
    ("Woningbouw Rietmeer-Noord", "de woningbouw in Rietmeer-Noord"),
    ("Renovatie zwembad De Waterlelie", "de renovatie van zwembad De Waterlelie"),
    ("Fietsroute Oosterveld-Centrum", "de fietsroute tussen Oosterveld en het centrum"),
    ("Vervanging riolering Parkwijk", "de vervanging van de riolering in de Parkwijk"),
    ("Transformatie kantoorgebouw Spoorzicht", "de transformatie van kantoorgebouw Spoorzicht"),
    ("Warmtenet De Weiden", "de aanleg van een warmtenet in De Weiden"),
    ("Integraal Huisvestingsplan Onderwijs", "het Integraal Huisvestingsplan Onderwijs"),
    (
        "Bibliotheek en cultuurhuis De Schakel",
        "de verhuizing van de bibliotheek naar cultuurhuis De Schakel",
    ),
    (
        "Reconstructie N-weg Elsendam-Oost",
        "de reconstructie van de doorgaande weg in Elsendam-Oost",
    ),
    ("Groenstructuurplan 2026-2036", "het nieuwe Groenstructuurplan"),
    ("Laadinfrastructuur elektrisch vervoer", "de uitbreiding van de laadinfrastructuur"),
    ("Huisvesting arbeidsmigranten Molenhoek", "de huisvesting van arbeidsmigranten in Molenhoek"),
    ("Centrumplan Kerkbuurt", "het Centrumplan Kerkbuurt"),
    ("Sportpark De Hoge Weide", "de herinrichting van sportpark De Hoge Weide"),
    ("Nota lokaal gezondheidsbeleid", "het lokaal gezondheidsbeleid"),
]
_PARTIES = ["VVD", "CDA", "D66", "GroenLinks-PvdA", "ChristenUnie", "Lokaal Belang", "SP"]
_MONTH_NAMES = list(MONTHS)

# Sentence pools per section. Slots: {gemeente} {onderwerp} {kern} {straat} {n} {pct} {jaar}
# {bedrag} {datum} {vaag}; {bedrag}, {datum} and {vaag} become marked facts.
_POOLS: dict[str, tuple[str, list[str]]] = {
    "aanleiding": (
        "Aanleiding",
        [
            "De gemeente {gemeente} werkt al enkele jaren aan {onderwerp}.",
            "In de Omgevingsvisie {gemeente} 2040 is {onderwerp} aangewezen als een van de "
            "prioriteiten.",
            "Bewoners van {kern} vragen al langer aandacht voor de situatie rond de {straat}.",
            "Uit de evaluatie van {jaar} blijkt dat de huidige voorzieningen niet meer voldoen.",
            "Het college heeft in het coalitieakkoord afgesproken {onderwerp} voortvarend op te "
            "pakken.",
            "De raad heeft op {datum} een motie aangenomen die het college vraagt met een "
            "voorstel te komen.",
            "Landelijke regelgeving verplicht gemeenten om hun beleid {deadline} te actualiseren.",
            "De kosten van beheer en onderhoud zijn de afgelopen jaren met {pct} procent gestegen.",
        ],
    ),
    "kader": (
        "Beleidskader",
        [
            "Het voorstel past binnen de kaders van de Omgevingsvisie en het coalitieakkoord.",
            "De provincie Noord-Brabant stimuleert gemeenten om in te zetten op compacte kernen "
            "en sterke knooppunten.",
            "In het Klimaatadaptatieplan is vastgelegd dat nieuwe inrichtingen een bui van {n} "
            "millimeter moeten kunnen verwerken.",
            "Het Mobiliteitsplan geeft voorrang aan lopen, fietsen en openbaar vervoer.",
            "De Woonvisie gaat uit van {n} nieuwe woningen per jaar, waarvan {pct} procent "
            "sociale huur.",
            "Het Integraal Huisvestingsplan bepaalt de volgorde waarin scholen worden vernieuwd.",
            "De nota Grondbeleid schrijft voor dat risico's van grondexploitaties jaarlijks "
            "worden geactualiseerd.",
        ],
    ),
    "doelen": (
        "Beoogd effect",
        [
            "Met {onderwerp} willen wij de leefbaarheid in {kern} duurzaam verbeteren.",
            "Het doel is dat in {jaar} ten minste {pct} procent van de inwoners tevreden is over "
            "de voorzieningen.",
            "Wij streven naar een veilige, toegankelijke en groene openbare ruimte voor iedereen.",
            "De maatregelen dragen bij aan de ambitie om in 2040 energieneutraal te zijn.",
            "Het aantal meldingen over overlast moet binnen drie jaar met {pct} procent dalen.",
            "Zo ontstaat ruimte voor {n} extra woningen zonder dat het groen in de wijk verdwijnt.",
        ],
    ),
    "financien": (
        "Financiën",
        [
            "De totale investering wordt geraamd op {bedrag}.",
            "Voor de voorbereiding is een krediet nodig van {bedrag}.",
            "De jaarlijkse kapitaallasten bedragen {bedrag} en worden gedekt uit de algemene "
            "reserve.",
            "De provincie draagt {bedrag} bij uit de regeling voor vitale kernen.",
            "Na aftrek van de subsidies resteert een gemeentelijk aandeel van {bedrag}.",
            "In de begroting is voor dit doel al {bedrag} gereserveerd.",
            "De extra beheerlasten van {bedrag} per jaar nemen wij op in de begroting.",
            "Het risicobedrag van {bedrag} is opgenomen in de paragraaf weerstandsvermogen.",
        ],
    ),
    "uitvoering": (
        "Uitvoering",
        [
            "De aannemer stelt voor de start van het werk een bereikbaarheidsplan op.",
            "De werkzaamheden worden in {n} fasen uitgevoerd, zodat de woningen aan de {straat} "
            "bereikbaar blijven.",
            "Voorafgaand aan het graafwerk wordt een KLIC-melding gedaan en worden proefsleuven "
            "gegraven.",
            "Bouwverkeer rijdt buiten de spits en buiten de schooltijden via de {straat}.",
            "De start van de uitvoering is gepland op {datum}.",
            "Bij de aanbesteding weegt de kwaliteit voor {pct} procent mee.",
            "Het werk wordt opgeleverd in {vaag}.",
            "Omwonenden worden vier weken voor de start per brief geïnformeerd.",
            "De toezichthouder controleert wekelijks of het werk volgens het bestek wordt "
            "uitgevoerd.",
        ],
    ),
    "bodem": (
        "Bodem",
        [
            "Er is een verkennend bodemonderzoek uitgevoerd volgens NEN 5740 met {n} boringen.",
            "In de bovengrond zijn licht verhoogde gehalten aan zware metalen aangetroffen.",
            "Plaatselijk is asbest aangetroffen in een puinhoudende laag onder de verharding.",
            "De aangetroffen verontreinigingen vormen geen belemmering voor het beoogde gebruik.",
            "Vrijkomende grond wordt afgevoerd volgens het Besluit bodemkwaliteit.",
            "Het grondwater bevat licht verhoogde concentraties minerale olie.",
        ],
    ),
    "geluid": (
        "Geluid",
        [
            "De geluidbelasting op de gevels van de woningen aan de {straat} neemt met {n} dB toe.",
            "De geluidbelasting blijft onder de standaardwaarde uit het Besluit kwaliteit "
            "leefomgeving.",
            "Tijdens de bouw worden trillingsarme methoden voorgeschreven.",
            "Een akoestisch onderzoek heeft uitgewezen dat geen aanvullende maatregelen nodig "
            "zijn.",
            "Het wegverkeerslawaai wordt berekend voor de situatie tien jaar na de realisatie.",
        ],
    ),
    "ecologie": (
        "Ecologie",
        [
            "Uit de quickscan blijkt dat in het plangebied verblijfplaatsen van de gierzwaluw "
            "aanwezig zijn.",
            "Langs de bomenrij aan de {straat} foerageren gewone dwergvleermuizen.",
            "Voor het kappen van bomen is aanvullend onderzoek nodig volgens de geldende "
            "protocollen.",
            "De stikstofdepositie tijdens de bouw is berekend en leidt niet tot een toename op "
            "Natura 2000-gebieden.",
            "Er komen {n} nestkasten voor vogels en vleermuizen in de nieuwe gevels.",
        ],
    ),
    "archeologie": (
        "Archeologie",
        [
            "Het plangebied heeft een middelhoge archeologische verwachting.",
            "Een booronderzoek moet uitwijzen of archeologische resten kunnen worden verstoord.",
            "Bij positieve resultaten volgt een proefsleuvenonderzoek.",
            "De bodem is in de bovenste meter grotendeels verstoord.",
        ],
    ),
    "water": (
        "Water",
        [
            "Het hemelwater wordt afgekoppeld van het gemengde riool.",
            "Er komt een ondergrondse waterberging van {n} kubieke meter.",
            "De waterparagraaf is afgestemd met het waterschap.",
            "Door het vervangen van verharding door groen neemt de afvoer van hemelwater af.",
            "De stresstest laat zien dat het gebied een bui van {n} millimeter kan verwerken.",
        ],
    ),
    "verkeer": (
        "Verkeer en parkeren",
        [
            "Op de {straat} rijden op een gemiddelde werkdag ongeveer {n} motorvoertuigen.",
            "De parkeerbehoefte is berekend met de gemeentelijke parkeernormen.",
            "In de avondspits blijft de I/C-verhouding op alle kruispunten onder 0,8.",
            "De {straat} wordt ingericht als fietsstraat waar de auto te gast is.",
            "Er komen {n} extra fietsparkeerplekken bij de ingang.",
        ],
    ),
    "communicatie": (
        "Communicatie",
        [
            "Wij informeren omwonenden via een nieuwsbrief en een bouwapp.",
            "Op {datum} organiseren wij een inloopavond in het dorpshuis van {kern}.",
            "De projectwebsite wordt elke twee weken bijgewerkt.",
            "Na het besluit van de raad versturen wij een persbericht.",
            "Voor vragen kunnen bewoners terecht bij de omgevingsmanager.",
        ],
    ),
    "participatie": (
        "Participatie",
        [
            "Bij de voorbereiding zijn bewoners, ondernemers en maatschappelijke organisaties "
            "betrokken.",
            "Er is een enquête gehouden onder {n} inwoners van {kern}.",
            "Het ontwerp heeft zes weken ter inzage gelegen; er zijn {n} zienswijzen ingediend.",
            "De klankbordgroep heeft een positief advies gegeven.",
            "De inbreng van de kinderraad is verwerkt in het ontwerp van de speelplek.",
        ],
    ),
    "planning": (
        "Planning",
        [
            "Het definitief ontwerp is gereed in {vaag}.",
            "Wij leggen de raad {deadline} een voorstel voor het uitvoeringskrediet voor.",
            "De aanbesteding start in {vaag}.",
            "De vergunningaanvraag moet {deadline} zijn ingediend.",
            "De oplevering is voorzien op {datum}.",
            "De planning is afhankelijk van de vergunningverlening en de levertijden van "
            "materialen.",
        ],
    ),
    "risicos": (
        "Risico's",
        [
            "Een belangrijk risico is een hogere aanbestedingsprijs door de marktomstandigheden.",
            "Vertraging bij het verleggen van kabels en leidingen kan de planning met maanden "
            "vertragen.",
            "De subsidie vervalt als de uitvoering niet op tijd start.",
            "Wij beheersen de risico's met een risicoreservering en een modulair ontwerp.",
            "Bezwaar en beroep tegen de vergunningen kunnen tot vertraging leiden.",
        ],
    ),
}
_FRAMEWORK_POOLS = ["aanleiding", "kader", "doelen", "financien"]
_DETAIL_POOLS = [
    "uitvoering",
    "bodem",
    "geluid",
    "ecologie",
    "archeologie",
    "water",
    "verkeer",
    "communicatie",
    "participatie",
    "planning",
    "risicos",
]


def _random_amount(rng: random.Random) -> str:
    style = rng.randrange(6)
    if style == 0:
        return f"€ {_dots(rng.randrange(20, 9000) * 1000)}"
    if style == 1:
        return f"€ {_dots(rng.randrange(10, 900) * 500)},-"
    if style == 2:
        return f"EUR {rng.randrange(11, 95) / 10:.1f} miljoen".replace(".", ",")
    if style == 3:
        return f"€ {rng.randrange(11, 60) / 10:.1f} mln".replace(".", ",")
    if style == 4:
        return f"k€ {rng.randrange(5, 95) * 10}"
    return f"€ {_dots(rng.randrange(1000, 99000))}"


def _dots(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _random_date(rng: random.Random, year: int, prefix: str = "") -> str:
    day = rng.randrange(1, 29)
    month = _MONTH_NAMES[rng.randrange(12)]
    return f"{prefix}{day} {month} {year + rng.randrange(0, 3)}"


def _random_vague(rng: random.Random, year: int) -> str:
    """A vague moment that reads well after "in": "Q3 2027", "het najaar van 2028"."""
    y = year + rng.randrange(0, 3)
    return rng.choice(
        [
            f"Q{rng.randrange(1, 5)} {y}",
            f"de zomer van {y}",
            f"de loop van {y}",
            f"het voorjaar van {y}",
            f"het najaar van {y}",
        ]
    )


def _fill(template: str, rng: random.Random, ctx: dict[str, str]) -> str:
    year = int(ctx["jaar"])
    values = {
        **ctx,
        "n": str(rng.choice([2, 3, 4, 6, 12, 25, 38, 45, 70, 120, 450, 900, 1250, 3400])),
        "pct": str(rng.choice([10, 15, 20, 25, 30, 40, 60])),
        "kern": rng.choice(_KERNEN),
        "straat": rng.choice(_STREETS),
        "bedrag": f"[[{_random_amount(rng)}]]",
        "datum": f"[[{_random_date(rng, year)}]]",
        "deadline": f"[[{_random_date(rng, year, rng.choice(['uiterlijk ', 'vóór ']))}]]",
        "vaag": f"[[{_random_vague(rng, year)}|date=]]",
    }
    return template.format(**values)


def _paragraph(rng: random.Random, pool: list[str], ctx: dict[str, str]) -> str:
    k = min(len(pool), rng.randrange(3, 7))
    return " ".join(_fill(t, rng, ctx) for t in rng.sample(pool, k))


def _deal(rng: random.Random, pool: list[str], parts: int) -> list[list[str]]:
    """Split a shuffled pool into up to ``parts`` paragraphs, so no sentence repeats."""
    order = rng.sample(pool, len(pool))
    size = max(2, len(order) // parts)
    return [order[i : i + size] for i in range(0, len(order), size)][:parts]


def _section_blocks(
    rng: random.Random, key: str, number: str, ctx: dict[str, str]
) -> list[tuple[Any, ...]]:
    title, pool = _POOLS[key]
    blocks: list[tuple[Any, ...]] = [("heading", f"{number} {title}", 2)]
    for sentences in _deal(rng, pool, rng.randrange(1, 4)):
        blocks.append(("paragraph", " ".join(_fill(t, rng, ctx) for t in sentences)))
    roll = rng.random()
    if roll < 0.2:
        blocks.append(("paragraph", "Dit betekent concreet:"))
        items = [_fill(t, rng, ctx).rstrip(".") + ";" for t in rng.sample(pool, 3)]
        blocks.append(("list", items, rng.choice(["bullet", "dash", "numbered"])))
    elif roll < 0.3 and key in ("financien", "uitvoering", "planning"):
        if key == "planning":
            rows = [["Mijlpaal", "Planning"]] + [
                [
                    rng.choice(
                        [
                            "Start aanbesteding",
                            "Gunning",
                            "Start uitvoering",
                            "Oplevering",
                            "Definitief ontwerp",
                            "Besluit raad",
                        ]
                    ),
                    f"[[{_random_vague(rng, int(ctx['jaar']))}|date=]]",
                ]
                for _ in range(rng.randrange(3, 7))
            ]
        else:
            rows = [["Onderdeel", "Raming"]] + [
                [
                    rng.choice(
                        [
                            "Voorbereiding",
                            "Grondwerk",
                            "Verharding",
                            "Groen",
                            "Installaties",
                            "Onvoorzien",
                            "Advieskosten",
                            "Projectmanagement",
                        ]
                    ),
                    f"[[€ {_dots(rng.randrange(20, 900) * 1000)}]]",
                ]
                for _ in range(rng.randrange(3, 8))
            ]
        blocks.append(("table", rows))
    elif roll < 0.4:
        blocks.append(("heading", rng.choice(["Toelichting", "Aandachtspunten", "Conclusie"]), 3))
        other = _POOLS[rng.choice(_FRAMEWORK_POOLS + _DETAIL_POOLS)][1]
        blocks.append(("paragraph", _paragraph(rng, other, ctx)))
    return blocks


def _clause(sentence: str) -> str:
    """A sentence as an item of a motion: lowercase start (unless a name), ending in ";"."""
    first = sentence.split(" ", 1)[0]
    if first in ("Het", "De", "Een", "In", "Uit", "Bij", "Wij", "Er", "Met", "Zo", "Voor", "Na"):
        sentence = sentence[0].lower() + sentence[1:]
    return sentence.rstrip(".") + ";"


def _front_blocks(
    kind: str, rng: random.Random, ctx: dict[str, str]
) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """The opening and closing blocks of a generated document of ``kind``."""
    g, title = ctx["gemeente"], ctx["titel"]
    datum = f"[[{ctx['datum']}]]"
    if kind in ("motie", "amendement"):
        parties = rng.sample(_PARTIES, 2)
        label = f"{kind[0].upper()}{rng.randrange(1, 12)}.{rng.randrange(1, 4)}"
        front: list[tuple[Any, ...]] = [
            ("heading", f"{kind.capitalize()} {label}", 0),
            ("paragraph", title, {"bold": True}),
            ("paragraph", f"De raad van de gemeente {g}, in vergadering bijeen op {datum},"),
        ]
        if kind == "motie":
            front += [
                ("paragraph", "constaterende dat:", {"bold": True}),
                (
                    "list",
                    [_clause(_fill(t, rng, ctx)) for t in rng.sample(_POOLS["aanleiding"][1], 2)],
                    "dash",
                ),
                ("paragraph", "overwegende dat:", {"bold": True}),
                (
                    "list",
                    [_clause(_fill(t, rng, ctx)) for t in rng.sample(_POOLS["doelen"][1], 2)],
                    "dash",
                ),
                ("paragraph", "verzoekt het college:", {"bold": True}),
                (
                    "list",
                    [
                        f"de raad {datum} te informeren over {ctx['onderwerp']};",
                        "daarbij de inbreng van bewoners en ondernemers te betrekken;",
                    ],
                    "numbered",
                    {"facts": "decision"},
                ),
                ("paragraph", "en gaat over tot de orde van de dag."),
            ]
        else:
            front += [
                ("paragraph", "besluit het ontwerpbesluit te wijzigen als volgt:", {"bold": True}),
                (
                    "list",
                    [
                        f"In beslispunt 2 wordt '[[{_random_amount(rng)}]]' vervangen door "
                        f"'[[{_random_amount(rng)}]]'."
                    ],
                    "numbered",
                    {"facts": "decision"},
                ),
            ]
        front.append(
            (
                "table",
                [["Naam", "Fractie"]]
                + [
                    [
                        f"{rng.choice('ABEJKMPS')}. "
                        f"{rng.choice(['de Vries', 'Jansen', 'Bakker', 'Visser', 'Smit'])}",
                        p,
                    ]
                    for p in parties
                ],
            )
        )
        return front, []
    fields = [("Onderwerp", title), ("Datum", datum), ("Nummer", ctx["nummer"])]
    if kind == "raadsvoorstel":
        decisions = [
            f"in te stemmen met {ctx['onderwerp']};",
            f"een krediet van [[{_random_amount(rng)}]] beschikbaar te stellen;",
            "de bijbehorende begrotingswijziging vast te stellen.",
        ]
        front = [
            ("heading", "Raadsvoorstel", 0),
            ("fields", fields),
            ("heading", "Samenvatting", 1),
            ("paragraph", _paragraph(rng, _POOLS["aanleiding"][1], ctx)),
            ("heading", "Voorgesteld besluit", 1),
            ("paragraph", "De raad wordt voorgesteld te besluiten:"),
            ("list", decisions, "numbered", {"facts": "decision"}),
        ]
        closing = [
            ("pagebreak",),
            ("heading", "Ontwerpbesluit", 1),
            (
                "paragraph",
                f"De raad van de gemeente {g}; gelezen het voorstel van burgemeester en "
                f"wethouders van {datum}; besluit:",
            ),
            ("list", decisions, "numbered"),
            ("paragraph", "De griffier, De voorzitter,"),
        ]
        return front, closing
    if kind == "raadsinformatiebrief":
        front = [
            ("heading", "Raadsinformatiebrief", 0),
            ("fields", fields),
            ("paragraph", "Geachte raadsleden,"),
            (
                "paragraph",
                f"Met deze brief informeren wij u over {ctx['onderwerp']}. Deze brief is "
                "ter informatie; wij vragen u geen besluit.",
            ),
        ]
        closing = [("paragraph", f"Met vriendelijke groet, burgemeester en wethouders van {g}")]
        return front, closing
    front = [
        ("heading", title, 0),
        ("paragraph", f"Bijlage bij raadsvoorstel {ctx['nummer']}", {"bold": True}),
        (
            "fields",
            [("Opdrachtgever", f"Gemeente {g}"), ("Datum", datum), ("Status", "definitief")],
        ),
        ("heading", "Samenvatting", 1),
        ("paragraph", _paragraph(rng, _POOLS["doelen"][1], ctx)),
    ]
    return front, []


_CHAPTERS = [
    ("Inleiding", ["aanleiding", "kader"]),
    ("Doelen en uitgangspunten", ["doelen", "participatie"]),
    ("Financiën en risico's", ["financien", "risicos"]),
    ("Uitvoering", ["uitvoering", "planning", "communicatie"]),
    ("Omgevingsaspecten", ["bodem", "geluid", "ecologie", "archeologie", "water", "verkeer"]),
]


def _body_blocks(
    rng: random.Random, ctx: dict[str, str], words: int, kind: str = "bijlage"
) -> list[tuple[Any, ...]]:
    """About ``words`` words of body: the standard chapters, then one chapter per sub-area."""
    blocks: list[tuple[Any, ...]] = []
    count = 0
    if kind in ("motie", "amendement"):
        blocks.append(("heading", "Toelichting", 1))
        while count < words:
            key = rng.choice(["aanleiding", "doelen", "kader", "financien"])
            blocks.append(("paragraph", _paragraph(rng, _POOLS[key][1], ctx)))
            count += len(blocks[-1][1].split())
        return blocks
    chapter = 0
    while count < words:
        chapter += 1
        if chapter <= len(_CHAPTERS):
            name, keys = _CHAPTERS[chapter - 1]
        else:
            name = f"Deelgebied {_KERNEN[(chapter - len(_CHAPTERS) - 1) % len(_KERNEN)]}"
            if chapter > len(_CHAPTERS) + len(_KERNEN):
                name += f" {chapter}"
            keys = rng.sample(_DETAIL_POOLS, rng.randrange(2, 6)) + rng.sample(_FRAMEWORK_POOLS, 1)
        blocks.append(("heading", f"{chapter} {name}", 1))
        for sec, key in enumerate(keys, start=1):
            for block in _section_blocks(rng, key, f"{chapter}.{sec}", ctx):
                blocks.append(block)
                count += sum(len(str(t).split()) for t in _block_texts(block))
    return blocks


def _context(
    rng: random.Random, kind: str, title: str | None, municipality: str | None
) -> dict[str, str]:
    subject, phrase = rng.choice(_SUBJECTS)
    year = 2026 + rng.randrange(0, 3)
    return {
        "gemeente": municipality or rng.choice(_MUNICIPALITIES),
        "titel": title or subject,
        "onderwerp": phrase,
        "jaar": str(year),
        "datum": f"{rng.randrange(1, 29)} {_MONTH_NAMES[rng.randrange(12)]} {year - 1}",
        "nummer": f"{year - 1}-{rng.randrange(1, 200):03d}",
    }


def _fit(
    front: list[tuple[Any, ...]],
    body: list[tuple[Any, ...]],
    closing: list[tuple[Any, ...]],
    pages: int,
    style: Style,
    two_col: set[int],
) -> list[tuple[Any, ...]]:
    """Blocks that lay out to exactly ``pages`` pages: trim the body, pad with blank pages."""
    spans = _layout(front + body, style, two_col).words.block_pages[len(front) :]
    k = next((i for i, (_, last) in enumerate(spans) if last > max(pages - 1, 1)), len(body))
    while True:
        blocks = front + body[:k] + closing
        n = len(_layout(blocks, style, two_col).pages)
        if n <= pages or k == 0:
            break
        k = max(0, k - max(4, (n - pages) * 12))
    pad = [("pagebreak",), ("paragraph", "Deze pagina is opzettelijk leeg gelaten.")]
    return blocks + pad * max(0, pages - n)


def generate_long_document(
    path: str | Path,
    pages: int,
    seed: int = 0,
    *,
    kind: str = "bijlage",
    title: str | None = None,
    municipality: str | None = None,
) -> BodyWords:
    """Write a realistic document of exactly ``pages`` pages, the same for the same seed.

    ``kind`` is bijlage, raadsvoorstel, raadsinformatiebrief, motie or amendement. Chapters
    mix framework sections (aanleiding, beleidskader, doelen, financiën) with detail sections
    (uitvoering, bodem, geluid, ...). Every 50th page from page 10 on is set in two columns.
    """
    if pages < 1:
        raise ValueError("pages must be at least 1")
    rng = random.Random(seed)
    ctx = _context(rng, kind, title, municipality)
    style = STYLES[rng.choice(["helvetica", "helvetica-justified", "times", "report"])]
    two_col = {p for p in range(10, pages + 1, 50)}
    front, closing = _front_blocks(kind, rng, ctx)
    body = _body_blocks(rng, ctx, words=int(pages * 430 * 1.15) + 300, kind=kind)
    blocks = _fit(front, body, closing, pages, style, two_col)
    g = ctx["gemeente"]
    header = (f"Gemeente {g}", f"{kind.capitalize()} {ctx['nummer']}")
    footer = rng.choice(
        [
            ("", "Pagina {page} van {total}", ""),
            ("", "- {page} -", ""),
            (f"Gemeente {g}", "", "{page}"),
        ]
    )
    return build_pdf(
        path,
        blocks,
        title=ctx["titel"],
        header=header,
        footer=footer,
        two_column_pages=two_col,
        style=style,
        author=f"Gemeente {g}",
        subject=kind,
    )


_KIND_WEIGHT = {
    "raadsvoorstel": 12,
    "bijlage": 30,
    "raadsinformatiebrief": 3,
    "motie": 0,
    "amendement": 0,
}


def _meeting_documents(rng: random.Random, n_documents: int) -> list[dict[str, Any]]:
    """Dossiers of a meeting: a raadsvoorstel with bijlagen, moties and amendementen, or a RIB."""
    subjects = [title for title, _ in _SUBJECTS]
    rng.shuffle(subjects)
    docs: list[dict[str, Any]] = []
    number, dossier = 100, 0
    while len(docs) < n_documents:
        subject = subjects[dossier % len(subjects)]
        if dossier >= len(subjects):
            subject += f" ({dossier // len(subjects) + 1})"
        dossier += 1
        number += 1
        ref = f"2026-{number:03d}"
        if rng.random() < 0.25:
            members = [("raadsinformatiebrief", "Raadsinformatiebrief")]
        else:
            members = [("raadsvoorstel", "Raadsvoorstel")]
            members += [("bijlage", f"Bijlage {i}") for i in range(1, rng.randrange(2, 5))]
            if rng.random() < 0.4:
                members.append(("motie", f"Motie M{dossier}.1"))
            if rng.random() < 0.3:
                members.append(("amendement", f"Amendement A{dossier}.1"))
        for kind, label in members[: n_documents - len(docs)]:
            docs.append({"kind": kind, "title": subject, "file": f"{ref} {label} {subject}.pdf"})
    return docs


def generate_meeting(
    outdir: str | Path, n_documents: int = 40, pages_total: int = 1000, seed: int = 0
) -> list[Path]:
    """Write a generated meeting into ``outdir``: an agenda plus ``n_documents`` documents.

    Pages over all files (agenda included) add up to ``pages_total`` when that is possible
    (each document has at least one page; moties and amendementen have one). Also writes
    ``meeting.json`` describing the files. Returns the paths, agenda first.
    """
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    municipality = rng.choice(_MUNICIPALITIES)
    docs = _meeting_documents(rng, n_documents)
    agenda_blocks, items = _generated_agenda(municipality, docs)
    agenda_path = out / "agenda.pdf"
    agenda_words = build_pdf(
        agenda_path,
        agenda_blocks,
        title="Agenda gemeenteraad",
        header=(f"Gemeente {municipality}", "Agenda gemeenteraad"),
        footer=True,
        author=f"Gemeente {municipality}",
        subject="agenda",
    )
    remaining = max(pages_total - agenda_words.page_count, n_documents)
    pages = _allocate(remaining, [_KIND_WEIGHT[d["kind"]] for d in docs], rng)
    paths = [agenda_path]
    for i, (doc, n) in enumerate(zip(docs, pages, strict=True)):
        path = out / doc["file"]
        words = generate_long_document(
            path,
            n,
            seed=seed * 1000 + i,
            kind=doc["kind"],
            title=doc["title"],
            municipality=municipality,
        )
        doc["pages"] = words.page_count
        paths.append(path)
    manifest = {
        "municipality": municipality,
        "agenda": {"file": agenda_path.name, "pages": agenda_words.page_count, "items": items},
        "documents": [
            {"file": d["file"], "doc_type": d["kind"], "title": d["title"], "pages": d["pages"]}
            for d in docs
        ],
    }
    (out / "meeting.json").write_text(
        json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return paths


def _allocate(total: int, weights: list[int], rng: random.Random) -> list[int]:
    """Pages per document: one each, the rest by weight (with some jitter), summing to total."""
    base = [1] * len(weights)
    spare = total - len(weights)
    jittered = [w * rng.uniform(0.5, 1.5) for w in weights]
    if spare <= 0 or sum(jittered) == 0:
        return base
    shares = [spare * w / sum(jittered) for w in jittered]
    extra = [int(s) for s in shares]
    order = sorted(range(len(shares)), key=lambda i: shares[i] - extra[i], reverse=True)
    for i in order[: spare - sum(extra)]:
        extra[i] += 1
    return [b + e for b, e in zip(base, extra, strict=True)]


def _generated_agenda(
    municipality: str, docs: list[dict[str, Any]]
) -> tuple[list[tuple[Any, ...]], list[dict[str, Any]]]:
    items: list[dict[str, Any]] = [
        {"number": "1", "title": "Opening en mededelingen", "kind": "overig", "documents": []},
        {"number": "2", "title": "Vaststelling van de agenda", "kind": "overig", "documents": []},
    ]
    ingekomen = [d["file"] for d in docs if d["kind"] == "raadsinformatiebrief"]
    items.append(
        {
            "number": "3",
            "title": "Lijst van ingekomen stukken",
            "kind": "overig",
            "documents": ingekomen,
        }
    )
    current: dict[str, Any] | None = None
    for doc in docs:
        if doc["kind"] == "raadsvoorstel":
            kind = "hamerstuk" if len(items) % 3 == 0 else "bespreekstuk"
            current = {
                "number": str(len(items) + 1),
                "title": doc["title"],
                "kind": kind,
                "documents": [doc["file"]],
            }
            items.append(current)
        elif doc["kind"] != "raadsinformatiebrief" and current is not None:
            current["documents"].append(doc["file"])
    items.append(
        {"number": str(len(items) + 1), "title": "Sluiting", "kind": "overig", "documents": []}
    )
    blocks: list[tuple[Any, ...]] = [
        ("heading", "Agenda", 0),
        (
            "paragraph",
            f"Openbare vergadering van de gemeenteraad van {municipality}",
            {"bold": True},
        ),
        (
            "fields",
            [
                ("Datum", "donderdag [[16 april 2026]]"),
                ("Aanvang", "19.30 uur"),
                ("Plaats", "Raadzaal, stadhuis"),
            ],
        ),
    ]
    for item in items:
        label = {"hamerstuk": " (hamerstuk)", "bespreekstuk": " (bespreekstuk)"}.get(
            item["kind"], ""
        )
        blocks.append(("heading", f"{item['number']}. {item['title']}{label}", 2))
        if item["documents"]:
            blocks.append(("list", [Path(f).stem for f in item["documents"]], "dash"))
    return blocks, items


# --------------------------------------------------------------------------- command line


def main(argv: Sequence[str] | None = None) -> int:
    """Regenerate the bundled samples: ``python samples/generate.py [OUTDIR]``."""
    args = list(sys.argv[1:] if argv is None else argv)
    outdir = Path(args[0]) if args else SAMPLES_DIR
    gold = build_samples(outdir)
    pages = sum(d["pages"] for d in gold["documents"])
    print(f"{len(gold['documents'])} PDFs, {pages} pages, gold.json in {outdir}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
