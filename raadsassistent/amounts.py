"""Euro amounts in text: "€ 2.450.000", "2,5 mln", ranges, and tables under "(x € 1.000)".

Every ``Amount`` keeps the exact source substring it came from (``text``) and its character
span, so ``source[amount.start:amount.end] == amount.text`` always holds. ``value_eur`` is
signed; it is negative only for an explicit minus ("-/- € 50.000", "-€ 50.000"). A range ("€ 1 à
2 miljoen") is one ``Amount`` whose ``value_eur`` is the lower and ``value_max_eur`` the upper
bound. Numbers without a currency count as money only with a multiplier ("2,5 mln", "1 miljard")
that is not followed by a noun ("1,2 miljoen inwoners"). A briefing cites an amount as a
``types.CitedAmount``, made by ``Amount.cite``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from .nlp import is_abbreviation, may_hold, normalise_ws, strip_span
from .types import CitedAmount, StructuredDocument, group_by_pages

__all__ = ["Amount", "find_amounts", "find_document_amounts", "group_amounts"]

CONTEXT_WORDS = 20  # words of context kept around an amount


@dataclass(frozen=True)
class Amount:
    """A euro amount. ``text == source[start:end]``; ``context`` is the clause around it."""

    value_eur: float | None
    text: str
    start: int
    end: int
    context: str
    page: int | None = None
    value_max_eur: float | None = None  # upper bound of a range
    qualifier: str | None = None  # "structureel", "incidenteel", "per jaar", "jaarlijks"

    def cite(self, page: int, context: str) -> CitedAmount:
        """This amount as a briefing cites it: whitespace-normalised, with page and context."""
        return CitedAmount(
            value_eur=self.value_eur,
            text=normalise_ws(self.text),
            page=page,
            context=context,
            value_max_eur=self.value_max_eur,
            qualifier=self.qualifier,
        )


_NUM = r"\d+(?:[.,\u00a0\u202f]\d+)*"
_MULT = r"(?:miljoen|miljard|mln\.?|mld\.?|mrd\.?|mio\.?|duizend|dzd\.?|ton|[kK](?![a-zA-Z]))"
_CURRENCY_PREFIX = r"(?:k€|K€|€|EUR|Euro|euro)"
_CURRENCY_SUFFIX = r"(?:euro(?:'s)?|EUR|€)"
_TAIL = r"(?:,[-–—=]{1,2}|,\s?-(?!\d))?"
_RANGE_SEP = r"\s*(?:à|a|tot|-|–|—)\s*"
_NEG = r"(?P<neg>-/-\s*|[-−–]\s?(?=€))?"

_PREFIX_RE = re.compile(
    _NEG
    + r"(?<![\w€])(?P<cur>"
    + _CURRENCY_PREFIX
    + r")\s?(?P<neg2>[-−–]\s?(?=\d))?(?P<n1>"
    + _NUM
    + r")"
    + r"(?:"
    + _RANGE_SEP
    + r"(?:€\s?)?(?P<n2>"
    + _NUM
    + r"))?"
    + r"(?:\s?(?P<mult>"
    + _MULT
    + r"))?"
    + r"(?:\s(?P<cur2>euro)\b)?"
    + _TAIL
    + r"(?![\w%])"
)
_SUFFIX_RE = re.compile(
    _NEG
    + r"(?<![\w.,€])(?P<n1>"
    + _NUM
    + r")"
    + r"(?:"
    + r"\s*(?:à|tot|-|–)\s*"
    + r"(?P<n2>"
    + _NUM
    + r"))?"
    + r"(?:\s?(?P<mult>"
    + _MULT
    + r"))?"
    + r"\s?(?P<cur>"
    + _CURRENCY_SUFFIX
    + r")(?![\w])(?!\s?[-−–]?\d)"
)
_BARE_RE = re.compile(
    r"(?<![\w.,€/-])(?P<n1>"
    + _NUM
    + r")(?:\s*(?:à|tot|-|–)\s*(?P<n2>"
    + _NUM
    + r"))?\s(?P<mult>miljoen|miljard|mln\.?|mld\.?|mrd\.?)(?!\w)"
)

# Words that may follow a bare "2,5 mln" when it is money; anything else reads as a count.
_BARE_FOLLOWERS = {
    "euro",
    "structureel",
    "incidenteel",
    "per",
    "voor",
    "aan",
    "in",
    "op",
    "uit",
    "is",
    "wordt",
    "worden",
    "zijn",
    "was",
    "waren",
    "en",
    "of",
    "tot",
    "te",
    "extra",
    "beschikbaar",
    "nodig",
    "bij",
    "van",
    "als",
    "over",
    "meer",
    "minder",
    "tekort",
    "overschot",
    "budget",
    "subsidie",
    "investering",
    "investeren",
    "bijdrage",
    "jaarlijks",
    "ten",
    "vanuit",
    "om",
    "dat",
    "die",
    "ofwel",
    "oftewel",
    "a",
    "à",
    "mee",
    "erbij",
    "lager",
    "hoger",
    "gereserveerd",
    "begroot",
    "geraamd",
    "uitgetrokken",
    "bezuinigd",
    "af",
    "toe",
    "door",
    "naar",
    "met",
    "komt",
    "gaat",
    "kost",
    "kosten",
    "bedraagt",
    "bedragen",
    "opgenomen",
    "toegezegd",
    "ontvangen",
    "betaald",
    "betaalt",
    "bijdragen",
    "ingezet",
    "vrij",
    "vrijgemaakt",
    "terug",
    "dekking",
    "zou",
    "kan",
}

_MONEY_CUE_RE = re.compile(
    r"euro|€|budget|kosten|krediet|bijdrage|subsidie|begrot|investering|investeren|financ"
    r"|bedrag|reserve|dekking|tekort|overschot|bezuinig|lasten|baten|uitgaven|inkomsten"
    r"|beschikbaar|middelen|geld|raming|geraamd|uitgetrokken|kost\b|kosten|opbrengst",
    re.IGNORECASE,
)


def _bare_is_money(text: str, m: re.Match[str]) -> bool:
    """A bare "2,5 mln" is money when no noun follows; "2 miljoen" also needs a money context."""
    following = re.match(r"\s*([^\W\d_]+|€|\d)", text[m.end() :])
    if following and following.group(1).lower() not in _BARE_FOLLOWERS:
        return False
    before = text[max(0, m.start() - 80) : m.start()]
    if re.search(r"\d\s+op\s+$|\bop\s+de\s+$", before):  # "1 op 1 miljoen": a ratio
        return False
    if not m.group("mult").lower().startswith("milj"):
        return True  # "mln", "mld", "mrd" are money unless a noun follows
    after = text[m.end() : m.end() + 80]
    return bool(_MONEY_CUE_RE.search(before) or _MONEY_CUE_RE.search(after))


_MULTIPLIERS = {
    "miljoen": 1e6,
    "mln": 1e6,
    "mio": 1e6,
    "miljard": 1e9,
    "mld": 1e9,
    "mrd": 1e9,
    "duizend": 1e3,
    "dzd": 1e3,
    "k": 1e3,
    "ton": 1e5,
}

_QUALIFIER = r"(structureel|incidenteel|per\s+jaar|jaarlijks|eenmalig|per\s+maand|cumulatief)"
_QUALIFIER_AFTER_RE = re.compile(r"[ \t]*(?:\S+[ \t]+)?" + _QUALIFIER + r"\b", re.IGNORECASE)
_QUALIFIER_BEFORE_RE = re.compile(r"\b" + _QUALIFIER + r"[ \t]+(?:\S+[ \t]+)?$", re.IGNORECASE)


def _parse_number(raw: str) -> float | None:
    """Parse a Dutch-formatted number ("2.450.000", "1.250,50", "1,2"); tolerate English."""
    s = raw.replace("\u00a0", ".").replace("\u202f", ".")
    try:
        if "." in s and "," in s:
            if s.rfind(",") > s.rfind("."):
                return float(s.replace(".", "").replace(",", "."))
            return float(s.replace(",", ""))
        if "," in s:
            parts = s.split(",")
            if len(parts) > 2 and all(len(p) == 3 for p in parts[1:]):
                return float(s.replace(",", ""))
            if len(parts) > 2:
                return None
            return float(s.replace(",", "."))
        if "." in s:
            parts = s.split(".")
            if all(len(p) == 3 for p in parts[1:]) and 1 <= len(parts[0]) <= 3:
                return float(s.replace(".", ""))
            if len(parts) == 2:
                return float(s)
            return None
        return float(s)
    except ValueError:
        return None


def _multiplier(mult: str | None, currency: str | None) -> float:
    factor = 1.0
    if mult:
        factor = _MULTIPLIERS.get(mult.lower().rstrip("."), 1.0)
    if currency and currency.lower().startswith("k€"):
        factor *= 1e3
    return factor


def _context_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``[start, end)``, cut to about ``CONTEXT_WORDS`` words."""
    left = max(
        text.rfind(". ", 0, start),
        text.rfind(".\n", 0, start),
        text.rfind(";", 0, start),
        text.rfind("\n\n", 0, start),
        text.rfind("!", 0, start),
        text.rfind("?", 0, start),
    )
    left = 0 if left < 0 else left + 1
    right_candidates = [
        i
        for i in (
            _find_sentence_end(text, end),
            text.find(";", end),
            text.find("\n\n", end),
        )
        if i >= 0
    ]
    right = min(right_candidates) if right_candidates else len(text)
    # cut to a word window
    before = list(re.finditer(r"\S+", text[left:start]))
    after = list(re.finditer(r"\S+", text[end:right]))
    budget_before = CONTEXT_WORDS // 2 - 1
    budget_after = CONTEXT_WORDS - budget_before - 1
    if len(before) < budget_before:
        budget_after += budget_before - len(before)
    elif len(after) < budget_after:
        budget_before += budget_after - len(after)
    if len(before) > budget_before:
        left = left + before[len(before) - budget_before].start() if budget_before else start
    if len(after) > budget_after:
        right = end + after[budget_after - 1].end() if budget_after else end
    return strip_span(text, left, max(right, end))


def _find_sentence_end(text: str, pos: int) -> int:
    for m in re.finditer(r"[.!?](?=\s+[A-Z\u00c0-\u00dd(\"'‘“]|\s*$)", text[pos:]):
        word = re.search(r"(\S+)$", text[pos : pos + m.start()])
        token = word.group(1).lower() if word else ""
        if is_abbreviation(token.rstrip(".")):
            continue
        return pos + m.end()
    return -1


_SCALE_RE = re.compile(
    r"\(?\s*(?:bedragen\s+)?(?:x|×|maal)\s*(?:€|EUR)\s?(?P<unit>1\.000\.000|1\.000|1\s?mln\.?"
    r"|1\s?miljoen|1000)(?:,-)?\s*\)?"
    r"|\(?\s*(?:x|×)\s*(?P<unit2>1\.000\.000|1\.000)\s+euro\s*\)?"
    r"|\(?\s*(?:bedragen\s+)?(?:in|x)\s+(?P<unit3>k€|K€|duizenden\s+euro'?s?)\s*\)?",
    re.IGNORECASE,
)
_TABLE_CELL_RE = re.compile(r"[-−–]?\d+(?:[.,]\d+)*|[-−–]")
SCALED_TABLE_ROWS = 60  # rows after a "(x € 1.000)" header that may hold scaled numbers


def _scale_factor(m: re.Match[str]) -> float:
    unit = (m.group("unit") or m.group("unit2") or m.group("unit3") or "").lower()
    return 1e6 if ("000.000" in unit or "mln" in unit or "miljoen" in unit) else 1e3


_ANY_DIGIT = re.compile(r"\d")


def _may_hold_scale(text: str) -> bool:
    """False when ``_SCALE_RE`` cannot match: every header names "€", "eur(o)" or
    "duizenden" (checked first because it is far cheaper than the pattern)."""
    return "€" in text or may_hold(text, ("eur", "duizenden"))


def _scaled_table_numbers(
    text: str,
) -> tuple[list[tuple[int, int, float]], list[tuple[int, int]]]:
    """Numbers in table rows under a "(x € 1.000)" header, scaled; and the header spans.

    A row is a line that ends in number cells ("Directe kosten 6.490 4.110 10.600", "-" for an
    empty cell); the table ends at the first line that does not. Rows with "€" are left to the
    ordinary patterns.
    """
    numbers: list[tuple[int, int, float]] = []
    markers: list[tuple[int, int]] = []
    if not _may_hold_scale(text):
        return numbers, markers
    done_until = 0
    for m in _SCALE_RE.finditer(text):
        markers.append((m.start(), m.end()))
        if m.start() < done_until:
            continue
        factor = _scale_factor(m)
        # the pattern's trailing white space may run past the header's line ("in duizenden
        # euro\n"): the rows start after the line the header's text ends on
        line_end = text.find("\n", m.start() + len(m.group(0).rstrip()))
        pos = len(text) if line_end < 0 else line_end + 1
        for _ in range(SCALED_TABLE_ROWS):
            if pos >= len(text):
                break
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            line = text[pos:end]
            if _SCALE_RE.search(line):  # a second header row
                pos = end + 1
                continue
            cells = list(re.finditer(r"[^\s|]+", line))
            trailing = []
            for cell in reversed(cells):
                if not _TABLE_CELL_RE.fullmatch(cell.group(0)):
                    break
                trailing.append(cell)
            if not trailing or "€" in line or all(c.group(0) in "-−–" for c in trailing):
                break
            for cell in reversed(trailing):
                raw = cell.group(0)
                if raw in "-−–":
                    continue
                sign = -1.0 if raw[0] in "-−–" else 1.0
                value = _parse_number(raw.lstrip("-−–"))
                if value is not None:
                    numbers.append((pos + cell.start(), pos + cell.end(), sign * value * factor))
            pos = end + 1
        done_until = pos
    return numbers, markers


def find_amounts(text: str, page: int | None = None) -> list[Amount]:
    """Every euro amount in ``text``, in order of appearance.

    Numbers in a table under a scale header ("(x € 1.000)", "in k€") count as amounts, scaled;
    the header itself is not an amount.
    """
    if not _ANY_DIGIT.search(text):
        return []  # every amount has a number
    scaled, markers = _scaled_table_numbers(text)
    candidates: list[tuple[int, int, re.Match[str] | float, str]] = []
    for kind, regex in (("prefix", _PREFIX_RE), ("suffix", _SUFFIX_RE), ("bare", _BARE_RE)):
        for m in regex.finditer(text):
            if kind == "bare" and not _bare_is_money(text, m):
                continue
            if any(a < m.end() and m.start() < b for a, b in markers):
                continue
            candidates.append((m.start(), m.end(), m, kind))
    candidates += [(a, b, value, "scaled") for a, b, value in scaled]
    # longest match wins where candidates overlap
    candidates.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    chosen: list[tuple[int, int, re.Match[str] | float, str]] = []
    for c in candidates:
        if chosen and c[0] < chosen[-1][1]:
            if c[1] - c[0] > chosen[-1][1] - chosen[-1][0] and c[0] == chosen[-1][0]:
                chosen[-1] = c
            continue
        chosen.append(c)
    amounts = []
    for start, end, found, _kind in chosen:
        value_max: float | None = None
        qualifier: str | None = None
        if isinstance(found, float):
            # a number in a scaled table: its context is its table row
            value = found
            line_start = text.rfind("\n", 0, start) + 1
            line_end = text.find("\n", end)
            context = text[line_start : len(text) if line_end < 0 else line_end].strip()
        else:
            # trailing whitespace can sneak in via optional groups
            start, end = strip_span(text, start, end)
            groups = found.groupdict()
            factor = _multiplier(groups.get("mult"), groups.get("cur"))
            low = _parse_number(groups["n1"])
            high = _parse_number(groups["n2"]) if groups.get("n2") else None
            if low is None:
                continue
            value = low * factor
            value_max = high * factor if high is not None else None
            if groups.get("neg") or groups.get("neg2"):
                value = -value
                value_max = -value_max if value_max is not None else None
            cs, ce = _context_span(text, start, end)
            context = text[cs:ce]
            q = _QUALIFIER_AFTER_RE.match(text, end) or _QUALIFIER_BEFORE_RE.search(
                text, max(0, start - 30), start
            )
            qualifier = normalise_ws(q.group(1).lower()) if q else None
        if not math.isfinite(value) or (value_max is not None and not math.isfinite(value_max)):
            continue  # hundreds of digits: no amount of money
        amounts.append(
            Amount(
                value_eur=round(value, 2),
                text=text[start:end],
                start=start,
                end=end,
                context=context,
                page=page,
                value_max_eur=round(value_max, 2) if value_max is not None else None,
                qualifier=qualifier,
            )
        )
    return amounts


def find_document_amounts(doc: StructuredDocument) -> list[Amount]:
    """Amounts in every passage and table, with page; offsets are within the passage text."""
    out: list[Amount] = []
    for p in doc.passages:
        out += [replace(a, page=p.page_at(a.start)) for a in find_amounts(p.text)]
    for t in doc.tables:
        out += find_amounts(t.text, page=t.page)
    return out


def group_amounts(amounts: Sequence[CitedAmount]) -> list[tuple[CitedAmount, list[int]]]:
    """Amounts with the same text and value as one entry (first context) with all pages."""
    return group_by_pages(amounts, lambda a: (a.text.lower(), a.value_eur))
