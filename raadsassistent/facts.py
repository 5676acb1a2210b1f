"""Text-level facts for a briefing: amounts, dates, decision points, risks and participation.

Every fact keeps the exact source substring it came from (``text``) and, for the text-level
functions, its character span, so ``source[fact.start:fact.end] == fact.text`` always holds.
Nothing here invents text: decision points and excerpts are verbatim.

Normalisation choices:

- ``normalise_ws`` collapses every run of whitespace (newlines, tabs, no-break and thin
  spaces) to one space and strips the ends. It changes nothing else: hyphenated line breaks
  stay as they are. Decision points are ``normalise_ws`` of a source span, so each one is a
  substring of ``normalise_ws(source)``.
- Amounts: ``value_eur`` is signed; it is negative only for an explicit minus ("-/- € 50.000",
  "-€ 50.000"). A range ("€ 1 à 2 miljoen") is one ``Amount`` whose ``value_eur`` is the lower
  and ``value_max_eur`` the upper bound. Numbers without a currency count as money only with a
  multiplier ("2,5 mln", "1 miljard") that is not followed by a noun ("1,2 miljoen inwoners").
- Dates: ``date`` is set only when the text names a day ("15 maart 2027", "15-03-2027"); a day
  without a year uses ``reference_year`` when given. Anything coarser keeps ``date=None`` and
  puts what is known in ``period``: ``"2027-03"`` (month), ``"2027-Q3"`` (quarter), ``"2027-H1"``
  (half year), ``"2027"`` (a year, also "eind 2027", "voor de zomer van 2027"), or
  ``"2024/2027"`` (a range of years). ``kind`` is ``"deadline"`` after "uiterlijk", "vóór",
  "niet later dan", "ten laatste", "deadline" (and "voor" when it is not followed by a bare
  year, where it usually means "for"), ``"date"`` for a named day, else ``"period"``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from .nlp import MONTH_NUMBERS
from .types import Passage, StructuredDocument

__all__ = [
    "Amount",
    "DateMention",
    "DecisionPoint",
    "Excerpt",
    "normalise_ws",
    "find_amounts",
    "find_dates",
    "find_decision_points",
    "decision_points_from_text",
    "decision_spans",
    "asks_nothing",
    "find_risks",
    "find_participation",
    "find_document_amounts",
    "find_document_dates",
    "split_sentences",
]

CONTEXT_WORDS = 20  # words of context kept around an amount

_WS_RE = re.compile(r"\s+")


def normalise_ws(text: str) -> str:
    """Collapse whitespace runs to one space and strip (nothing else changes)."""
    return _WS_RE.sub(" ", text).strip()


# ---------------------------------------------------------------------------------------------
# Sentences
# ---------------------------------------------------------------------------------------------

_ABBREVIATIONS = {
    "o.a",
    "a.s",
    "bijv",
    "bv",
    "d.w.z",
    "m.b.t",
    "t.a.v",
    "art",
    "nr",
    "nrs",
    "ca",
    "incl",
    "excl",
    "e.d",
    "e.a",
    "mln",
    "mld",
    "mrd",
    "resp",
    "t.z.t",
    "z.s.m",
    "i.v.m",
    "i.p.v",
    "n.a.v",
    "m.i.v",
    "t/m",
    "vgl",
    "zgn",
    "blz",
    "p",
    "pag",
    "jl",
    "dhr",
    "mevr",
    "mw",
    "drs",
    "ir",
    "ing",
    "mr",
    "dr",
    "prof",
    "st",
    "jr",
    "evt",
    "ong",
    "min",
    "max",
    "etc",
    "ivm",
    "c.s",
    "i.o.m",
    "o.b.v",
    "e.e.a",
    "v.w.b",
    "a.d.h.v",
    "m.n",
    "tel",
    "fig",
    "hfst",
}

_SENT_END_RE = re.compile(
    r"[.!?;]+[\"'’”)]*(?=\s)|\n[ \t]*\n|\n(?=[ \t]*(?:[-•–*▪·]|\d{1,2}[.)]\s))"
)


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    """Spans of sentences in ``text``; bullets, blank lines and ';' also end a sentence."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENT_END_RE.finditer(text):
        if m.group(0)[0] == ".":
            word = re.search(r"(\S+)$", text[start : m.start()])
            token = word.group(1).lower().lstrip("(") if word else ""
            if token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
                continue
            # a dot between digits or before a lowercase word is no sentence end
            rest = text[m.end() :].lstrip()
            if rest[:1].islower():
                continue
        end = m.end() if m.group(0)[0] != "\n" else m.start()
        if text[start:end].strip():
            spans.append(_strip_span(text, start, end))
        start = m.end()
    if text[start:].strip():
        spans.append(_strip_span(text, start, len(text)))
    return spans


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split_sentences(text: str) -> list[str]:
    """The sentences of ``text``, each an exact substring of it."""
    return [text[a:b] for a, b in _sentence_spans(text)]


# ---------------------------------------------------------------------------------------------
# Amounts
# ---------------------------------------------------------------------------------------------


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
    return _strip_span(text, left, max(right, end))


def _find_sentence_end(text: str, pos: int) -> int:
    for m in re.finditer(r"[.!?](?=\s+[A-Z\u00c0-\u00dd(\"'‘“]|\s*$)", text[pos:]):
        word = re.search(r"(\S+)$", text[pos : pos + m.start()])
        token = word.group(1).lower() if word else ""
        if token.rstrip(".") in _ABBREVIATIONS:
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
    done_until = 0
    for m in _SCALE_RE.finditer(text):
        markers.append((m.start(), m.end()))
        if m.start() < done_until:
            continue
        factor = _scale_factor(m)
        line_end = text.find("\n", m.end())
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
    for start, end, m, _kind in chosen:
        if isinstance(m, float):
            if not math.isfinite(m):
                continue
            line_start = text.rfind("\n", 0, start) + 1
            line_end = text.find("\n", end)
            line_end = len(text) if line_end < 0 else line_end
            amounts.append(
                Amount(
                    value_eur=round(m, 2),
                    text=text[start:end],
                    start=start,
                    end=end,
                    context=text[line_start:line_end].strip(),
                    page=page,
                )
            )
            continue
        # trailing whitespace can sneak in via optional groups
        start, end = _strip_span(text, start, end)
        groups = m.groupdict()
        factor = _multiplier(groups.get("mult"), groups.get("cur"))
        low = _parse_number(groups["n1"])
        high = _parse_number(groups["n2"]) if groups.get("n2") else None
        if low is None:
            continue
        value = low * factor
        value_max = high * factor if high is not None else None
        if not math.isfinite(value) or (value_max is not None and not math.isfinite(value_max)):
            continue  # hundreds of digits: no amount of money
        if groups.get("neg") or groups.get("neg2"):
            value = -value
            value_max = -value_max if value_max is not None else None
        cs, ce = _context_span(text, start, end)
        context = text[cs:ce]
        q = _QUALIFIER_AFTER_RE.match(text, end) or _QUALIFIER_BEFORE_RE.search(
            text, max(0, start - 30), start
        )
        amounts.append(
            Amount(
                value_eur=round(value, 2),
                text=text[start:end],
                start=start,
                end=end,
                context=context,
                page=page,
                value_max_eur=round(value_max, 2) if value_max is not None else None,
                qualifier=normalise_ws(q.group(1).lower()) if q else None,
            )
        )
    return amounts


# ---------------------------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DateMention:
    """A date, deadline or period named in the text. ``text == source[start:end]``."""

    date: str | None  # YYYY-MM-DD when a day is named
    text: str
    start: int
    end: int
    kind: str  # date | deadline | period
    page: int | None = None
    period: str | None = None  # "2027-03", "2027-Q3", "2027-H1", "2027", "2024/2027"


_MONTH = (
    r"(?P<month>januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november"
    r"|december|jan\.?|febr?\.?|mrt\.?|apr\.?|jun\.?|jul\.?|aug\.?|sept?\.?|okt\.?|nov\.?"
    r"|dec\.?)"
)
_YEAR = r"(?P<year>(?:19|20)\d\d)(?![\d.,]\d)"
_WEEKDAY = r"(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\s+)?"
_ORDINALS = {
    "eerste": 1,
    "1e": 1,
    "1ste": 1,
    "tweede": 2,
    "2e": 2,
    "2de": 2,
    "derde": 3,
    "3e": 3,
    "3de": 3,
    "vierde": 4,
    "4e": 4,
    "4de": 4,
    "laatste": 4,
}
_SEASON_WORDS = (
    r"(?:de\s+)?(?:zomer(?:vakantie)?|winter|herfst|lente|het\s+zomerreces|het\s+kerstreces"
    r"|het\s+reces|de\s+kerst|kerst|het\s+voorjaar|het\s+najaar|voorjaar|najaar|zomerreces"
    r"|kerstreces|het\s+einde\s+van\s+(?:het|dit)\s+jaar|de\s+jaarwisseling|jaarwisseling)"
)

_DATE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "dmy",
        re.compile(
            r"(?<![\w.])"
            + _WEEKDAY
            + r"(?P<day>[0-3]?\d)(?:e|ste|de)?\s+"
            + _MONTH
            + r"(?:\s+"
            + _YEAR
            + r"|(?P<as>\s+(?:a\.s\.|aanstaande|jl\.|j\.l\.))|(?![\w]))",
            re.IGNORECASE,
        ),
    ),
    (
        "numeric",
        re.compile(
            r"(?<![\w.,/-])(?P<day>[0-3]?\d)(?P<sep>[-/.])(?P<mon>[01]?\d)(?P=sep)"
            r"(?P<year>(?:19|20)\d\d)(?![\w.,/-]?\d)"
        ),
    ),
    (
        "iso",
        re.compile(r"(?<![\w.,/-])(?P<year>(?:19|20)\d\d)-(?P<mon>[01]\d)-(?P<day>[0-3]\d)(?!\d)"),
    ),
    (
        "quarter",
        re.compile(
            r"(?<!\w)(?:(?:het\s+)?(?P<ord>eerste|tweede|derde|vierde|laatste|[1-4](?:e|ste|de))"
            r"\s+kwartaal(?:\s+(?:van\s+)?" + _YEAR + r")?"
            r"|Q(?P<q>[1-4])(?:\s*[-‘'’]?\s*" + _YEAR.replace("year", "year2") + r")?)(?!\w)",
            re.IGNORECASE,
        ),
    ),
    (
        "half",
        re.compile(
            r"(?<!\w)(?:(?:de\s+)?(?P<ord>eerste|tweede)\s+(?:helft|jaarhelft)"
            r"\s+(?:van\s+)?"
            + _YEAR
            + r"|H(?P<h>[12])\s+"
            + _YEAR.replace("year", "year2")
            + r")(?!\w)",
            re.IGNORECASE,
        ),
    ),
    (
        "vague_month",
        re.compile(
            r"(?<!\w)(?P<pos>begin|eind|einde|medio|half|halverwege|ultimo|midden|eind-)\s*"
            + _MONTH
            + r"(?:\s+"
            + _YEAR
            + r")?(?!\w)",
            re.IGNORECASE,
        ),
    ),
    (
        "month_year",
        re.compile(r"(?<!\w)" + _MONTH + r"\s+" + _YEAR, re.IGNORECASE),
    ),
    (
        "season",
        re.compile(
            r"(?<!\w)(?P<pre>(?:voor|vóór|na|in|tijdens|rond|na\s+afloop\s+van)\s+)?"
            r"(?P<season>" + _SEASON_WORDS + r")(?:\s+(?:van\s+)?" + _YEAR + r")?(?!\w)",
            re.IGNORECASE,
        ),
    ),
    (
        "vague_year",
        re.compile(
            r"(?<!\w)(?P<pos>begin|eind|einde|medio|half|halverwege|ultimo|midden|"
            r"voorjaar|najaar|zomer|winter)\s+(?:van\s+)?(?:het\s+jaar\s+)?" + _YEAR,
            re.IGNORECASE,
        ),
    ),
    (
        "year_range",
        re.compile(
            r"(?<!\w)(?P<pre>(?:de\s+)?periode|de\s+jaren|jaren|tussen|van|in)\s+"
            r"(?P<y1>(?:19|20)\d\d)\s*(?:[-–/]|tot(?:\s+en\s+met)?|t/m|en)\s*"
            r"(?P<y2>(?:19|20)\d\d)(?![\d.,]\d)(?!\w)",
            re.IGNORECASE,
        ),
    ),
    (
        "school_year",
        re.compile(
            r"(?<!\w)(?P<pre>(?:voor\s+|vóór\s+|na\s+)?(?:de\s+(?:start|aanvang|begin)\s+van\s+)?"
            r"(?:het\s+)?)(?:school|cursus|studie|boek|begrotings|seizoens?)jaar\s+"
            r"(?P<y1>(?:19|20)\d\d)\s*[-–/]\s*(?P<y2>(?:19|20)\d\d)(?!\w)",
            re.IGNORECASE,
        ),
    ),
    (
        "year",
        re.compile(
            r"(?<!\w)(?P<pre>in|vanaf|per|tot|tot\s+en\s+met|t/m|na|sinds|uiterlijk|vóór|voor"
            r"|in\s+het\s+jaar|het\s+jaar|jaar|ultimo|rond|omstreeks|anno)\s+"
            + _YEAR
            + r"(?!\w)(?![-–/]\d)",
            re.IGNORECASE,
        ),
    ),
    (
        "relative",
        re.compile(
            r"(?<!\w)(?P<pos>begin|eind|einde|medio|in\s+de\s+loop\s+van|voor\s+het\s+eind\s+van)"
            r"\s+(?P<rel>dit\s+jaar|volgend\s+jaar|komend\s+jaar|het\s+komende\s+jaar)(?!\w)",
            re.IGNORECASE,
        ),
    ),
]

_DEADLINE_BEFORE_RE = re.compile(
    r"(?<!\w)(?:uiterlijk(?:\s+op)?|vóór|voor|niet\s+later\s+dan|ten\s+laatste|deadline:?"
    r"|tot\s+uiterlijk)\s+$",
    re.IGNORECASE,
)
_SEASON_YEAR_MONTH = {
    "voorjaar": "04",
    "lente": "04",
    "zomer": "07",
    "najaar": "10",
    "herfst": "10",
}


def _valid_date(year: int, month: int, day: int) -> str | None:
    import datetime

    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


def _interpret(
    name: str, m: re.Match[str], reference_year: int | None
) -> tuple[str | None, str | None, bool] | None:
    """(date, period, is_deadline_by_itself) for a match, or None to drop it."""
    g = m.groupdict()
    raw_year = g.get("year") or g.get("year2")
    year = int(raw_year) if raw_year else None
    if name == "dmy":
        month = MONTH_NUMBERS[g["month"].casefold().rstrip(".")]
        day = int(g["day"])
        if not 1 <= day <= 31:
            return None
        if year is None:
            # "15 mei" alone is a date only with a known year; "4 mei" in prose still counts
            year = reference_year
            if year is None:
                return (None, None, False) if _valid_date(2000, month, day) else None
        date = _valid_date(year, month, day)
        return (date, None, False) if date else None
    if name in ("numeric", "iso"):
        date = _valid_date(int(g["year"]), int(g["mon"]), int(g["day"]))
        return (date, None, False) if date else None
    if name == "quarter":
        q = int(g["q"]) if g.get("q") else _ORDINALS[(g.get("ord") or "").lower()]
        year = year or reference_year
        return None, f"{year}-Q{q}" if year else None, False
    if name == "half":
        h = int(g["h"]) if g.get("h") else _ORDINALS[(g.get("ord") or "").lower()]
        year = year or reference_year
        return None, f"{year}-H{h}" if year else None, False
    if name in ("vague_month", "month_year"):
        month = MONTH_NUMBERS[g["month"].casefold().rstrip(".")]
        year = year or reference_year
        return None, f"{year}-{month:02d}" if year else None, False
    if name == "season":
        year = year or reference_year
        is_deadline = bool(g.get("pre")) and g["pre"].strip().lower() in ("voor", "vóór")
        pre = normalise_ws(g.get("pre") or "").lower()
        if not g.get("year") and not pre.startswith(("voor", "vóór", "na")):
            # "in de zomer" is usually no schedule; "voor de zomer", "na het reces" are
            return None
        return None, str(year) if year else None, is_deadline
    if name == "vague_year":
        return None, str(year), False
    if name == "school_year":
        y1, y2 = int(g["y1"]), int(g["y2"])
        if y2 != y1 + 1:
            return None
        pre = g.get("pre") or ""
        return None, f"{y1}/{y2}", bool(re.match(r"v[oó]{2}r\b", pre, re.IGNORECASE))
    if name == "year_range":
        y1, y2 = int(g["y1"]), int(g["y2"])
        if y2 <= y1 or y2 - y1 > 50:
            return None
        return None, f"{y1}/{y2}", False
    if name == "year":
        return None, str(year), False
    if name == "relative":
        if reference_year is None:
            return None, None, False
        rel = g["rel"].lower()
        return None, str(reference_year + (0 if rel.startswith("dit") else 1)), False
    return None


BARE_YEARS = True  # report "in 2027", "vanaf 2028", "tussen 2027 en 2029" by default


def find_dates(
    text: str,
    page: int | None = None,
    reference_year: int | None = None,
    *,
    bare_years: bool = BARE_YEARS,
) -> list[DateMention]:
    """Every date, deadline and period in ``text``, in order of appearance.

    ``reference_year`` completes mentions without a year ("1 juli", "Q3", "eind dit jaar").
    ``bare_years=False`` leaves out years named only with a preposition ("in 2027", "vanaf
    2028", "de periode 2024-2027") unless they are a deadline ("uiterlijk in 2027").
    """
    candidates: list[tuple[int, int, int, str, re.Match[str]]] = []
    for priority, (name, regex) in enumerate(_DATE_PATTERNS):
        for m in regex.finditer(text):
            candidates.append((m.start(), m.end(), priority, name, m))
    candidates.sort(key=lambda c: (c[0], -(c[1] - c[0]), c[2]))
    # sorted by start, so a candidate overlaps a chosen one iff it starts before the last end
    chosen: list[tuple[int, int, int, str, re.Match[str]]] = []
    reach = -1
    for c in candidates:
        if c[0] < reach:
            continue
        chosen.append(c)
        reach = c[1]
    mentions: list[DateMention] = []
    for start, end, _prio, name, m in chosen:
        result = _interpret(name, m, reference_year)
        if result is None:
            continue
        date, period, deadline = result
        start, end = _strip_span(text, start, end)
        # pull a deadline cue right before the mention into it
        cue = _DEADLINE_BEFORE_RE.search(text, max(0, start - 30), start)
        if cue and not any(cue.start() < md.end for md in mentions):
            cue_word = cue.group(0).split()[0].lower()
            if not (cue_word == "voor" and name in ("year", "vague_year")):
                start, deadline = cue.start(), True
        if name == "year" and m.group("pre").lower() in ("uiterlijk", "vóór"):
            deadline = True
        if not bare_years and name in ("year", "year_range") and not deadline:
            continue
        names_day = name in ("dmy", "numeric", "iso")
        kind = "deadline" if deadline else ("date" if names_day else "period")
        mentions.append(
            DateMention(
                date=date,
                text=text[start:end],
                start=start,
                end=end,
                kind=kind,
                page=page,
                period=period,
            )
        )
    return mentions


# ---------------------------------------------------------------------------------------------
# Decision points
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DecisionPoint:
    """One decision point, verbatim (whitespace-normalised), with the page it starts on."""

    number: int
    text: str
    page: int


# The dictum of a motion starts with one of these verbs at the start of a clause.
_DICTUM_VERB = (
    r"(?:verzoekt|verzoeken|draagt|dragen|roept|roepen|spreekt|spreken|besluit|besluiten"
    r"|geeft|vraagt|wijst|stelt\s+voor|zegt|keurt|verklaart|nodigt|beveelt|doet\s+de\s+oproep)"
)
_DICTUM_OBJECT = (
    r"(?:de\s+regering|het\s+kabinet|het\s+college|de\s+minister|de\s+staatssecretaris"
    r"|de\s+burgemeester|het\s+presidium|de\s+griffie|de\s+griffier|de\s+raad|het\s+dagelijks"
    r"\s+bestuur|gedeputeerde\s+staten|de\s+gemeenteraad|het\s+bestuur|de\s+minister-president"
    r"|de\s+ministers?\s+van|de\s+Kamer|alle|zich|als\s+(?:haar|zijn)\s+mening|uit|[a-z]+)"
)
_DICTUM_START_RE = re.compile(
    r"(?:^|(?<=[,;:.])|(?<=\n\n)|(?<=\n))[ \t\r\n]*(?:#{1,6}[ \t]*|\*\*|[-•*][ \t]+)?(?P<verb>"
    r"verzoekt\b|verzoeken\b|draagt\s+\S|dragen\s+\S|roept\s+\S|roepen\s+\S"
    r"|spreekt\s+(?:uit|zich|als|de\s+wens|haar|zijn)\b|spreken\s+uit\b"
    r"|besluit\s+(?:het|de|om|tot|in|dat|te)\b|besluit\s*:|geeft\s+(?:de|het)\s+\S+\s+in\s+overweging"
    r"|vraagt\s+(?:de\s+regering|het\s+kabinet|het\s+college)\b|wijst\s+\S+\s+af\b"
    r"|nodigt\s+(?:de\s+regering|het\s+kabinet|het\s+college)\b"
    r"|doet\s+de\s+oproep\b|verklaart\s+(?:zich|dat)\b"
    r"|(?:keurt|zegt|wijst|steunt|betreurt|veroordeelt|verwerpt|onderschrijft|dringt|verlangt"
    r"|eist|nodigt|vraagt|beveelt|stelt|zegt)\s+(?:de|het|er|bij|aan|zich|alle|in|op)\b)",
    re.IGNORECASE | re.MULTILINE,
)
# Things that look like a dictum start but belong to the considerations
_NOT_DICTUM_CONTEXT = re.compile(
    r"(?:constaterende|overwegende|van\s+mening|van\s+oordeel|gelet\s+op|gezien)[^;]*$",
    re.IGNORECASE,
)
_CLOSING_RE = re.compile(r"en\s+gaat\s+over\s+tot\s+de\s+orde\s+[dv]an\s+de\s+dag", re.IGNORECASE)
# A dictum without a closing formula ends at a line that ends in punctuation and is followed by
# something that is not lowercase continuation text (a name, "Toelichting", a page footer).
_LOOSE_END_RE = re.compile(r"[,;.][ \t]*\n(?:[ \t]*\n)*[ \t]*(?=[^\sa-zà-ÿ])")
_STOP_RE = re.compile(
    r"^[ \t]*(?:Toelichting|Ondertekening|Indiener|Ingediend\s+door"
    r"|Aldus\s+(?:besloten|vastgesteld)"
    r"|De\s+griffier|De\s+voorzitter|Fractie|Namens|Later\s+toegevoegd|Ondergetekenden?"
    r"|Handtekening|Naam\b|Toelichting:|Stemming|Uitslag|Aangenomen|Verworpen)",
    re.IGNORECASE | re.MULTILINE,
)
_ITEM_RE = re.compile(
    r"^[ \t]*(?P<marker>(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]|\(\s?(?:\d{1,2}|[a-z]|[ivx]{1,4})\s?\)"
    r"|[-•–*▪·●o](?=\s))[ \t]+(?=\S)",
    re.MULTILINE,
)


def _region_end(text: str, start: int) -> int:
    """Where a dictum that starts at ``start`` ends."""
    ends = [len(text)]
    closing = _CLOSING_RE.search(text, start)
    if closing:
        ends.append(closing.start())
    stop = _STOP_RE.search(text, start)
    if stop:
        ends.append(stop.start())
    return min(ends)


def decision_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the dictum clauses of a motion or amendment in ``text``.

    Each clause runs from its verb ("verzoekt", "draagt ... op", "spreekt uit", "roept ... op",
    "besluit") to the next clause, the closing formula "en gaat over tot de orde van de dag"
    (excluded), or the end of the dictum; trailing ",", ";" and "." are dropped.
    """
    starts: list[int] = []
    for m in _DICTUM_START_RE.finditer(text):
        pos = m.start("verb")
        before = text[max(0, pos - 400) : pos]
        # only a clause start: previous non-space char must be punctuation, or a blank line
        before = before.rstrip("#*•- \t")  # Markdown heading or bullet markup
        prev = before.rstrip()
        if prev and prev[-1] not in ",;:." and not re.search(r"\n[ \t]*\n\s*$", before):
            continue
        clause_before = re.split(r"[;]|\n\s*\n", before)[-1]
        if _NOT_DICTUM_CONTEXT.search(clause_before) and not prev.endswith((",", ";")):
            continue
        starts.append(pos)
    if not starts:
        closing = _CLOSING_RE.search(text)
        if not closing:
            return []
        # no known verb: the clause right before the closing formula is the dictum
        head = text[: closing.start()]
        cut = max(head.rfind(";"), head.lower().rfind("beraadslaging,"))
        if cut < 0:
            return []
        cut = head.index(",", cut) + 1 if head[cut] != ";" else cut + 1
        s, e = _strip_span(text, cut, closing.start())
        e = _trim_clause_end(text, s, e)
        return [(s, e)] if e > s else []
    region_end = _region_end(text, starts[0])
    closing_found = bool(_CLOSING_RE.search(text, starts[0]))
    starts = [s for s in starts if s < region_end]
    spans = []
    for i, s in enumerate(starts):
        e = starts[i + 1] if i + 1 < len(starts) else region_end
        amends = re.search(r"als\s+volgt|wijzigen\s*:|vervangen\s+door", text[s:e])
        if i + 1 == len(starts) and not closing_found and not amends:
            loose = _LOOSE_END_RE.search(text, s, e)
            if loose:
                e = loose.start() + 1
        e = _trim_clause_end(text, s, e)
        if e > s:
            spans += _split_listed_clause(text, s, e)
    return spans


def _split_listed_clause(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """ "verzoekt het college:" or "... te wijzigen als volgt:" with two or more items gives
    one point per item."""
    lead = re.match(r"[^:\n]{0,160}:[ \t]*\n", text[start:end])
    if not lead or (len(lead.group(0).split()) > 6 and "als volgt" not in lead.group(0)):
        return [(start, end)]
    body_start = start + lead.end()
    items = _items(text[body_start:end])
    if len(items) < 2:
        return [(start, end)]
    return [(body_start + a, body_start + b) for a, b in items]


def _trim_clause_end(text: str, start: int, end: int) -> int:
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;"):
        end -= 1
    # a trailing "en" joining two clauses ("...;\nen verzoekt") belongs to neither
    m = re.search(r"[,;]?\s+en$", text[start:end])
    if m:
        end = start + m.start()
        while end > start and (text[end - 1].isspace() or text[end - 1] in ",;"):
            end -= 1
    return end


def decision_points_from_text(text: str) -> list[str]:
    """The dictum clauses of a motion text, verbatim after ``normalise_ws``."""
    return [normalise_ws(text[a:b]) for a, b in decision_spans(text)]


_PREFERRED_HEADINGS = (
    "beslispunten",
    "beslispunt",
    "voorgesteld besluit",
    "gevraagd besluit",
    "te nemen besluit",
    "voorstel",
    "het college stelt de raad voor",
    "de raad wordt voorgesteld",
    "voorgestelde beslissing",
    "voorgestelde beslispunten",
    "beslissing",
)
_FALLBACK_HEADINGS = ("ontwerpbesluit", "ontwerp-besluit", "raadsbesluit", "besluit", "besluit:")
# Headings that may run on ("Voorgesteld besluit van de raad"); "voorstel" must match exactly
_HEADING_PREFIXES = (
    "beslispunten",
    "beslispunt",
    "voorgesteld besluit",
    "gevraagd besluit",
    "te nemen besluit",
    "ontwerpbesluit",
    "ontwerp-besluit",
    "voorgestelde beslissing",
)
_BESLUIT_RE = re.compile(r"(?:de\s+raad\s+)?(?<!\w)besluit(?:en)?\s*:", re.IGNORECASE)


def _heading_key(heading: str) -> str:
    key = heading.lower().replace("’", "'").replace("‘", "'")
    key = re.sub(r"^[\s\d.]+", "", key)
    return normalise_ws(key.strip(" :.-–"))


def _marker_class(marker: str) -> str:
    core = marker.strip("().").strip()
    if core.isdigit():
        return "num" + ("(" if marker.startswith("(") else marker[-1])
    if len(core) > 1 and set(core) <= set("ivx"):
        return "roman" + marker[-1]
    if core.isalpha() and len(core) == 1:
        return "alpha" + ("(" if marker.startswith("(") else marker[-1])
    return "bullet"


def _items(text: str) -> list[tuple[int, int]]:
    """Spans of the top-level numbered or bulleted items in ``text``; [] when it has none.

    Only markers of the same kind as the first one split items, so sub-items ("a.", "-")
    under "1." stay inside their parent point.
    """
    markers = list(_ITEM_RE.finditer(text))
    if not markers:
        return []
    top = _marker_class(markers[0].group("marker"))
    markers = [m for m in markers if _marker_class(m.group("marker")) == top]
    spans = []
    for i, m in enumerate(markers):
        end = markers[i + 1].start() if i + 1 < len(markers) else len(text)
        stop = _STOP_RE.search(text, m.end(), end)
        if stop:
            end = stop.start()
        e = _trim_clause_end(text, m.end(), end)
        if e > m.end():
            spans.append((m.end(), e))
    return spans


def _points_from_passages(passages: Iterable[Passage]) -> list[tuple[str, int]]:
    """Items of the list(s) in these passages; without any list, each passage whole.

    Lead-ins ("Het college stelt de raad voor:") are not points themselves.
    """
    listed: list[tuple[str, int]] = []
    whole: list[tuple[str, int]] = []
    for p in passages:
        lead = _BESLUIT_RE.search(p.text)
        base = lead.end() if lead else 0
        body = p.text[base:]
        items = _items(body)
        if items:
            listed += [(normalise_ws(body[a:b]), p.page_at(base + a)) for a, b in items]
            continue
        stripped = body.strip()
        if stripped and not stripped.endswith(":") and not _STOP_RE.match(stripped):
            whole.append((normalise_ws(body), p.page))
    return listed or whole


def _is_decision_heading(heading: str, group: tuple[str, ...]) -> bool:
    key = _heading_key(heading)
    if key in group:
        return True
    return any(key.startswith(prefix + " ") for prefix in group if prefix in _HEADING_PREFIXES)


def _number(points: list[tuple[str, int]], numbers: list[int] | None = None) -> list[DecisionPoint]:
    out, seen = [], set()
    for i, (text, page) in enumerate(points):
        if not text or text in seen:
            continue
        seen.add(text)
        number = numbers[i] if numbers else len(out) + 1
        out.append(DecisionPoint(number=number, text=text, page=page))
    return out


_LIST_DECISION_RE = re.compile(r"^\s*Besluit\s*:\s*", re.IGNORECASE)
_VOTE_RE = re.compile(
    r"\b(?:Stemverklaring(?:en)?|Stemming|Stemmingsuitslag|Uitslag\s+stemming|Hoofdelijke"
    r"\s+stemming)\s*:",
    re.IGNORECASE,
)


def _besluitenlijst_points(doc: StructuredDocument) -> list[DecisionPoint]:
    """One point per agenda item: the text after "Besluit:" up to the votes.

    Numbers are the agenda item numbers when every item heading has one.
    """
    points: list[tuple[str, int]] = []
    numbers: list[int] = []
    for section in doc.sections:
        number = re.match(r"\s*(\d+)", section.number or section.heading)
        for p in section.passages:
            lead = _LIST_DECISION_RE.match(p.text)
            if not lead:
                continue
            body = p.text[lead.end() :]
            vote = _VOTE_RE.search(body)
            body = body[: vote.start()] if vote else body
            if body.strip():
                points.append((normalise_ws(body), p.page_at(lead.end())))
                numbers.append(int(number.group(1)) if number else 0)
    use_numbers = all(numbers) and len(set(numbers)) == len(numbers)
    return _number(points, numbers if use_numbers else None)


def _joined(doc: StructuredDocument) -> tuple[str, list[tuple[int, int]]]:
    """Headings and passages joined by blank lines, with (offset, page) marks for pages."""
    parts, marks, pos = [], [], 0
    for section in doc.sections:
        blocks = [(section.heading, section.page, ())] if section.heading.strip() else []
        blocks += [(p.text, p.page, p.page_breaks) for p in section.passages]
        for block, page, breaks in blocks:
            marks.append((pos, page))
            marks += [(pos + offset, later) for offset, later in breaks]
            parts.append(block)
            pos += len(block) + 2
    return "\n\n".join(parts), marks


def _page_at(marks: list[tuple[int, int]], offset: int) -> int:
    page = marks[0][1] if marks else 1
    for start, p in marks:
        if start > offset:
            break
        page = p
    return page


def asks_nothing(doc: StructuredDocument) -> bool:
    """True when the document asks the council for no decision (a raadsinformatiebrief)."""
    return doc.doc_type == "raadsinformatiebrief" or not find_decision_points(doc)


def find_decision_points(doc: StructuredDocument) -> list[DecisionPoint]:
    """The decision points of a document, verbatim (``normalise_ws``) and numbered.

    Order of preference, first hit wins so points are never duplicated: a section headed
    "Beslispunten" / "Voorgesteld besluit" / "Gevraagd besluit" / "Te nemen besluit"; a section
    headed "Ontwerpbesluit" / "Besluit"; the text after "De raad besluit:" or "besluit:"; the
    dictum of a motie or amendement. A raadsvoorstel's own beslispunten are preferred over its
    ontwerpbesluit, which usually repeats them. A besluitenlijst gives one point per agenda
    item ("Besluit: ...", without the votes), numbered by item. A raadsinformatiebrief asks
    nothing: [].
    """
    if doc.doc_type == "raadsinformatiebrief":
        return []
    text, marks = _joined(doc)
    if doc.doc_type == "besluitenlijst":
        points = _besluitenlijst_points(doc)
        if points:
            return points
    if doc.doc_type in ("motie", "amendement"):
        spans = decision_spans(text)
        if spans:
            return _number([(normalise_ws(text[a:b]), _page_at(marks, a)) for a, b in spans])
    for group in (_PREFERRED_HEADINGS, _FALLBACK_HEADINGS):
        for section in doc.sections:
            if _is_decision_heading(section.heading, group):
                passages = [p for s in doc.subtree(section) for p in s.passages]
                points = _points_from_passages(passages)
                if points:
                    return _number(points)
    # "De raad besluit:" inside the running text
    lead = _BESLUIT_RE.search(text)
    if lead:
        end = _region_end(text, lead.end())
        # The decision is the rest of the lead's own block; a verordening's articles that
        # follow are what is decided on, not separate points.
        block_end = text.find("\n\n", lead.end())
        own = text[lead.end() : block_end if block_end >= 0 else end].strip()
        if own and not own.endswith(":"):
            end = min(end, block_end if block_end >= 0 else end)
        body = text[lead.end() : end]
        items = _items(body)
        if items:
            return _number(
                [(normalise_ws(body[a:b]), _page_at(marks, lead.end() + a)) for a, b in items]
            )
        first = re.split(r"\n\s*\n", body.strip(), maxsplit=1)[0]
        if first.strip():
            a = lead.end() + body.find(first)
            return _number([(normalise_ws(first), _page_at(marks, a))])
    spans = decision_spans(text)
    return _number([(normalise_ws(text[a:b]), _page_at(marks, a)) for a, b in spans])


# ---------------------------------------------------------------------------------------------
# Document-level amounts and dates
# ---------------------------------------------------------------------------------------------


def find_document_amounts(doc: StructuredDocument) -> list[Amount]:
    """Amounts in every passage and table, with page; offsets are within the passage text."""
    out: list[Amount] = []
    for p in doc.passages:
        out += [replace(a, page=p.page_at(a.start)) for a in find_amounts(p.text)]
    for t in doc.tables:
        out += find_amounts(t.text, page=t.page)
    return out


def find_document_dates(
    doc: StructuredDocument, *, bare_years: bool = BARE_YEARS
) -> list[DateMention]:
    """Dates in every passage and table, with page; years complete from ``doc.date``."""
    ref = int(doc.date[:4]) if doc.date and doc.date[:4].isdigit() else None
    out: list[DateMention] = []
    for p in doc.passages:
        out += [
            replace(d, page=p.page_at(d.start))
            for d in find_dates(p.text, reference_year=ref, bare_years=bare_years)
        ]
    for t in doc.tables:
        out += find_dates(t.text, page=t.page, reference_year=ref, bare_years=bare_years)
    return out


# ---------------------------------------------------------------------------------------------
# Risks and participation
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Excerpt:
    """A verbatim sentence from a passage: ``passage.text[start:end] == text``."""

    text: str
    page: int
    passage_id: str
    start: int
    end: int
    section: str  # heading of the section it stands in
    via: str  # "section" (from a dedicated section) or "cue" (a cue word elsewhere)


_RISK_HEADINGS = ("risico", "kanttekening", "onzekerhed", "risico's en kanttekeningen")
_PARTICIPATION_HEADINGS = (
    "participatie",
    "inspraak",
    "zienswijze",
    "betrokkenheid inwoners",
    "betrokkenheid van inwoners",
    "communicatie en participatie",
    "burgerparticipatie",
    "betrokkenheid samenleving",
    "inwonersparticipatie",
    "overleg en participatie",
)
_RISK_CUE_RE = re.compile(r"\brisico|\bkanttekening|\bonzekerhe", re.IGNORECASE)
_PARTICIPATION_CUE_RE = re.compile(
    r"\bzienswijze|\binspraak|participatie|\bbewonersavond|\benquête|\benquete"
    r"|\bklankbordgroep|\binformatieavond|\binloopavond|\binloopbijeenkomst|\bbewonersbijeenkomst"
    r"|\binwoners\b[^.;]{0,80}\bgesproken|\bgesproken\b[^.;]{0,60}\b(?:inwoners|bewoners|omwonenden)"
    r"|\bomwonenden\b[^.;]{0,60}\b(?:betrokken|geïnformeerd|uitgenodigd)",
    re.IGNORECASE,
)


def _excerpts(
    doc: StructuredDocument, headings: tuple[str, ...], cue: re.Pattern[str]
) -> list[Excerpt]:
    in_section: set[str] = set()
    for section in doc.sections:
        key = _heading_key(section.heading)
        if any(key.startswith(h) or h in key for h in headings):
            in_section |= {s.id for s in doc.subtree(section)}
    out: list[Excerpt] = []
    for section in doc.sections:
        dedicated = section.id in in_section
        for p in section.passages:
            for a, b in _sentence_spans(p.text):
                sentence = p.text[a:b]
                if dedicated or cue.search(sentence):
                    out.append(
                        Excerpt(
                            text=sentence,
                            page=p.page_at(a),
                            passage_id=p.id,
                            start=a,
                            end=b,
                            section=section.heading,
                            via="section" if dedicated else "cue",
                        )
                    )
    return out


def find_risks(doc: StructuredDocument) -> list[Excerpt]:
    """Sentences about risks: all of a Risico's/Kanttekeningen section, plus cue sentences."""
    return _excerpts(doc, _RISK_HEADINGS, _RISK_CUE_RE)


def find_participation(doc: StructuredDocument) -> list[Excerpt]:
    """Sentences about residents' involvement: the Participatie/Inspraak sections, plus cues."""
    return _excerpts(doc, _PARTICIPATION_HEADINGS, _PARTICIPATION_CUE_RE)


def with_page(items: Iterable[Amount | DateMention], page: int) -> list:
    """Copies of ``items`` with ``page`` set."""
    return [replace(item, page=page) for item in items]
