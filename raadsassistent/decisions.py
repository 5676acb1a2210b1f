"""Decision points: the beslispunten of a proposal, the dictum of a motion or amendment.

Decision points are verbatim: each is ``normalise_ws`` of a source span, so it is a substring
of ``normalise_ws(source)``. ``decision_spans`` gives the spans of a motion's dictum clauses in
a text; ``find_decision_points`` the numbered points of a structured document.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .nlp import heading_key, normalise_ws, strip_span
from .types import Passage, StructuredDocument

__all__ = [
    "CLOSING_RE",
    "DecisionPoint",
    "asks_nothing",
    "decision_points_from_text",
    "decision_spans",
    "find_decision_points",
]


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
# The closing formula of a motion: "... en gaat over tot de orde van de dag" ("en" may be
# missing after a line break, "dan" is a common typo).
CLOSING_RE = re.compile(
    r"(?:\ben\s+)?gaat\s+over\s+tot\s+de\s+orde\s+[dv]an\s+de\s+dag", re.IGNORECASE
)
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
    closing = CLOSING_RE.search(text, start)
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
        closing = CLOSING_RE.search(text)
        if not closing:
            return []
        # no known verb: the clause right before the closing formula is the dictum
        head = text[: closing.start()]
        cut = max(head.rfind(";"), head.lower().rfind("beraadslaging,"))
        if cut < 0:
            return []
        cut = head.index(",", cut) + 1 if head[cut] != ";" else cut + 1
        s, e = strip_span(text, cut, closing.start())
        e = _trim_clause_end(text, s, e)
        return [(s, e)] if e > s else []
    region_end = _region_end(text, starts[0])
    closing_found = bool(CLOSING_RE.search(text, starts[0]))
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
    key = heading_key(heading)
    if key in group:
        return True
    return any(key.startswith(prefix + " ") for prefix in group if prefix in _HEADING_PREFIXES)


def _number(points: list[tuple[str, int]], numbers: list[int] | None = None) -> list[DecisionPoint]:
    out: list[DecisionPoint] = []
    seen: set[str] = set()
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
    parts: list[str] = []
    marks: list[tuple[int, int]] = []
    pos = 0
    for section in doc.sections:
        blocks: list[tuple[str, int, tuple[tuple[int, int], ...]]] = []
        if section.heading.strip():
            blocks.append((section.heading, section.page, ()))
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
        listed = _besluitenlijst_points(doc)
        if listed:
            return listed
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
