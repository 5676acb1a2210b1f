"""Dates, deadlines and periods in text: "15 maart 2027", "uiterlijk Q3 2027", "2024-2027".

Every ``DateMention`` keeps the exact source substring it came from (``text``) and its
character span, so ``source[mention.start:mention.end] == mention.text`` always holds.
``date`` is set only when the text names a day ("15 maart 2027", "15-03-2027"); a day without a
year uses ``reference_year`` when given. Anything coarser keeps ``date=None`` and puts what is
known in ``period``: ``"2027-03"`` (month), ``"2027-Q3"`` (quarter), ``"2027-H1"`` (half year),
``"2027"`` (a year, also "eind 2027", "voor de zomer van 2027"), or ``"2024/2027"`` (a range of
years). ``kind`` is ``"deadline"`` after "uiterlijk", "vóór", "niet later dan", "ten laatste",
"deadline" (and "voor" when it is not followed by a bare year, where it usually means "for"),
``"date"`` for a named day, else ``"period"``. A briefing cites a mention as a
``types.CitedDate``, made by ``DateMention.cite``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from .nlp import MONTH_NUMBERS, may_hold, normalise_ws, strip_span
from .types import CitedDate, StructuredDocument, group_by_pages

__all__ = ["BARE_YEARS", "DateMention", "find_dates", "find_document_dates", "group_dates"]


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

    def cite(self, page: int, context: str) -> CitedDate:
        """This mention as a briefing cites it: whitespace-normalised, with page and context."""
        return CitedDate(
            date=self.date,
            text=normalise_ws(self.text),
            page=page,
            kind=self.kind,
            period=self.period,
            context=context,
        )


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

# What a text must hold before a pattern can match, checked first because it is far cheaper:
# a digit, or one of the words (``may_hold``).
_NEEDS_DIGIT = frozenset(
    ("dmy", "numeric", "iso", "half", "month_year", "vague_year", "year_range", "school_year",
     "year")
)  # fmt: skip
_NEEDS_WORD = {
    "quarter": ("kwartaal", "q"),
    "vague_month": ("begin", "eind", "medio", "half", "halverwege", "ultimo", "midden"),
    "season": ("zomer", "winter", "herfst", "lente", "reces", "kerst", "voorjaar", "najaar",
               "einde", "jaarwisseling"),
    "relative": ("jaar",),
}  # fmt: skip
_ANY_DIGIT = re.compile(r"\d")


def _possible(text: str) -> list[tuple[int, str, re.Pattern[str]]]:
    """The patterns (with their priority) that may match in ``text``."""
    digit = _ANY_DIGIT.search(text) is not None
    out = []
    for priority, (name, regex) in enumerate(_DATE_PATTERNS):
        if name in _NEEDS_DIGIT and not digit:
            continue
        words = _NEEDS_WORD.get(name)
        if words and not may_hold(text, words):
            continue
        out.append((priority, name, regex))
    return out


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
    for priority, name, regex in _possible(text):
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
        start, end = strip_span(text, start, end)
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


def group_dates(dates: Sequence[CitedDate]) -> list[tuple[CitedDate, list[int]]]:
    """Dates with the same text and meaning as one entry (first context) with all pages."""
    return group_by_pages(dates, lambda d: (d.text.lower(), d.date, d.period))
