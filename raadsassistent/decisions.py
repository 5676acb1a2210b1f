"""Decision points: the beslispunten of a proposal, the dictum of a motion or amendment.

Decision points are verbatim: each is ``normalise_ws`` of a source span, so it is a substring
of ``normalise_ws(source)``. ``decision_spans`` gives the spans of a motion's dictum clauses in
a text; ``find_decision_points`` the numbered points of a structured document.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

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
_LOOSE_END_RE = re.compile(r"[,;.][ \t]*\n(?:[ \t]*\n)*[ \t]*(?=[^\sa-zà-ÿ•▪●◦‣∙·\-–—*])")
# "Indiener: Lesley Arp, SP": where the name comes back, the signature starts
_SUBMITTER_RE = re.compile(r"\bIndieners?\s*:\s*([^,\n]{3,60}?)\s*(?:,|\n|$)")
_STOP_RE = re.compile(
    r"^[ \t]*(?:Toelichting|Ondertekening|Indiener|Ingediend\s+door"
    r"|Aldus\s+(?:besloten|vastgesteld)"
    r"|De\s+griffier|De\s+voorzitter|Fractie|Namens|Later\s+toegevoegd|Ondergetekenden?"
    r"|Handtekening|Naam\b|Toelichting:|Stemming|Uitslag|Aangenomen|Verworpen)",
    re.IGNORECASE | re.MULTILINE,
)
_ITEM_RE = re.compile(
    r"^[ \t]*(?P<marker>(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]|\(\s?(?:\d{1,2}|[a-z]|[ivx]{1,4})\s?\)"
    r"|[-•–*▪■·●o](?=\s))[ \t]+(?=\S)",
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
    for name in _SUBMITTER_RE.findall(text[:start]):
        signed = text.find(name.strip(), start)
        if signed > start:
            ends.append(signed)
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
# Headings that name the decision itself; a bare "Voorstel" may be the proposal's summary,
# which comes second to its "besluit:" block.
_STRONG_HEADINGS = tuple(h for h in _PREFERRED_HEADINGS if "besl" in h)
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


# --- the decision block: "besluit:" to the signature ------------------------------------------

# What ends a decision block: the adoption formula, the signatures, the explanation, the
# closing formula of a motion, and the articles of an adopted verordening (its content, not
# separate decisions).
_BLOCK_END_RE = re.compile(
    r"^[ \t*]*(?:Aldus\s+(?:geamendeerd\s+)?(?:besloten|aangenomen|verworpen|vastgesteld)"
    r"|De\s+griffier\b|De\s+(?:voorzitter|burgemeester)\s*,?[ \t]*(?:$|De\s)|ValidSigned\b"
    r"|Toelichting\b|Ondertekening\b|Handtekening\b|Uitslag\s+stemming\b|Stemverklaring"
    r"|(?:Artikel|Hoofdstuk)\s+(?:1|I)(?![\d.:]*\d)\b)",
    re.IGNORECASE | re.MULTILINE,
)
# The adoption formula and the signature also end a block inside a line.
_SIGNED_RE = re.compile(
    r"\*?\bAldus\s+(?:geamendeerd\s+)?(?:besloten|aangenomen|verworpen|vastgesteld)"
    r"|\bValidSigned\b|(?<=[.;:,]\s)De\s+griffier\b|(?<=[.;]\s)Toelichting\b:?(?=\s+[A-Z])"
)
# "besluit:" anywhere; "Besluit vast te stellen ...", "Besluit om ...", a lone "Besluit" at the
# start of a line or after the preamble's comma (words glued by extraction included:
# "Besluitdictumpunt IV")
_COLON_LEAD_RE = re.compile(r"(?<![\w-])(?<!volgende\s)besluit(?:en)?\s*:", re.IGNORECASE)
_START_LEAD_RE = re.compile(
    r"(?:^|[,;][ \t]*)[ \t*]*(?P<lead>besluit(?:en)?)(?!vorming|s\b|\s*:)",
    re.IGNORECASE | re.MULTILINE,
)
# The raadsbesluit's preamble: "De raad van de gemeente X, gezien/gelezen/gelet op ..."
_PREAMBLE_RE = re.compile(
    r"(?:^|,\s*)[ \t*]*(?:gezien|gelezen|gelet\s+op|de\s+(?:gemeente)?raad\s+van)\b",
    re.IGNORECASE | re.MULTILINE,
)
_GEZIEN_RE = re.compile(r"^[ \t*]*(?:gezien|gelezen)\b[^\n]*,[ \t]*$", re.IGNORECASE | re.MULTILINE)
# A letterhead or page number that extraction left inside the block: not part of a decision.
_FURNITURE_RE = re.compile(r"^(?:\d{1,3}(?:\s*/\s*\d{1,3})?|Pagina\s+\d+\s+van\s+\d+)$")
# An item marker: "I.", "II:", "VIIIa.", "1.", "a)", "(b)", a bullet; a Roman numeral may
# stand alone at the start of a line ("I Beoordelingscriteria ...")
_MARK_RE = re.compile(
    r"[ \t*]*(?:\((?P<paren>[A-Za-z]|\d{1,2}|[ivxIVX]{1,5})\)"
    r"|(?P<value>[IVXLC]{1,8}[a-z]?|[ivxlc]{1,8}|\d{1,2}|[A-Za-z])(?P<punct>[.):])"
    r"(?=[\s*“\"'‘A-Za-zÀ-ÿ(])"
    r"|(?P<bare>[IVX]{1,5})(?=[ \t]+[*A-Za-zÀ-ÿ]|[ \t]*\n)"
    r"|(?P<bullet>[•▪■●◦‣∙·\-–—*o])(?=\s))[ \t]*",
)
_MAX_LEAD_IN_WORDS = 12


def _roman(value: str) -> int | None:
    numerals = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
    core = value.rstrip("abcdefgh") if value[:1].isupper() else value
    if not core or any(c.lower() not in numerals for c in core):
        return None
    if not (core.isupper() or core.islower()):
        return None
    total = 0
    for i, c in enumerate(core.lower()):
        v = numerals[c]
        nxt = numerals[core[i + 1].lower()] if i + 1 < len(core) else 0
        total += -v if v < nxt else v
    return total


@dataclass(frozen=True)
class _Mark:
    start: int  # where the marker starts
    end: int  # where the item's text starts
    style: str  # "roman", "ROMAN", "num", "alpha", "ALPHA", "(...", "bullet:-"
    value: int  # its place in the sequence (0 for bullets)
    suffix: bool  # "VIIIa."
    at_line_start: bool


def _marks(body: str) -> list[_Mark]:
    """Item markers at line starts, and ordered ones inline after a clause ("...; II. ...")."""
    starts = [0] + [m.end() for m in re.finditer(r"\n", body)]
    inline = [m.end() for m in re.finditer(r"[.;:][ \t]+", body)]
    out: list[_Mark] = []
    for pos, at_start in sorted([(p, True) for p in starts] + [(p, False) for p in inline]):
        m = _MARK_RE.match(body, pos)
        if not m or m.end() >= len(body):
            continue
        if m.group("bullet"):
            if not at_start:
                continue
            glyph = "-" if m.group("bullet") in "-–—" else m.group("bullet")
            out.append(_Mark(pos, m.end(), "bullet:" + glyph, 0, False, True))
            continue
        raw = m.group("paren") or m.group("value") or m.group("bare")
        if m.group("bare") and not at_start:
            continue
        prefix = "(" if m.group("paren") else ""
        styles = []
        if raw.isdigit():
            styles.append(("num", int(raw), False))
        else:
            roman = _roman(raw)
            if roman is not None:
                suffix = raw[-1].islower() and raw[:1].isupper()
                styles.append(("ROMAN" if raw[:1].isupper() else "roman", roman, suffix))
            if len(raw) == 1:
                styles.append(
                    ("ALPHA" if raw.isupper() else "alpha", ord(raw.lower()) - ord("a") + 1, False)
                )
        for style, value, suffix in styles:
            out.append(_Mark(pos, m.end(), prefix + style, value, suffix, at_start))
    return out


def _top_marks(marks: list[_Mark]) -> list[_Mark]:
    """The markers of the top-level items: the first marker's kind, in sequence.

    An ordered list counts on ("I.", "II.", ...; a sub-list that starts again at "I." is not
    top level); inline markers count only when they are the next in that sequence.
    """
    if not marks:
        return []
    first_pos = marks[0].start
    firsts = [m for m in marks if m.start == first_pos]
    # "I." opens a Roman list, "a." a lettered one, a lone "C." is a letter
    first = min(firsts, key=lambda m: (m.value != 1, "alpha" in m.style.lower()))
    top = [first]
    for m in marks:
        if m.start <= top[-1].start or m.style != first.style:
            continue
        if m.style.startswith("bullet"):
            if m.at_line_start:
                top.append(m)
            continue
        if m.value == top[-1].value + 1 or (m.suffix and m.value == top[-1].value):
            top.append(m)
    return top


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;*"):
        end -= 1
    return end


_ADDRESS_TOKEN_RE = re.compile(
    r"(?:[A-Z][\w'’.-]*|\d[\d.]*|[A-Z]{1,2}|www\.\S+|dienst:|[a-z]+-[\w-]+|\S+@\S+)$"
)


def _letterhead_spans(text: str) -> list[tuple[int, int]]:
    """The address column of a letterhead ("Gemeente X Postbus 12600 ... 2500 DJ X www.x.nl")
    where extraction put it in the text flow: capitalised words, numbers and web addresses
    around "Postbus N" with a postcode, on one line."""
    spans = []
    for m in re.finditer(r"\bPostbus\s+\d+", text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        tokens = list(re.finditer(r"\S+", text[line_start:line_end]))
        inside = [i for i, t in enumerate(tokens) if line_start + t.start() == m.start()]
        if not inside:
            continue
        lo = hi = inside[0]
        while lo > 0 and _ADDRESS_TOKEN_RE.match(tokens[lo - 1].group()) and inside[0] - lo < 6:
            lo -= 1
        strong = hi
        while hi + 1 < len(tokens) and hi - inside[0] < 24:
            token = tokens[hi + 1].group()
            if not _ADDRESS_TOKEN_RE.match(token) or _MARK_RE.fullmatch(token + " "):
                break
            hi += 1
            if not token[:1].isupper() or token.isupper():
                strong = hi  # a number, postcode, web or mail address
        hi = min(hi, strong + 2)  # and the town's name after it, not the next sentence
        run = text[line_start + tokens[lo].start() : line_start + tokens[hi].end()]
        if re.search(r"\b\d{4}\s?[A-Z]{2}\b", run):
            spans.append((line_start + tokens[lo].start(), line_start + tokens[hi].end()))
    return spans


ELISION = " … "


def _quoted(text: str, clean: str, start: int, end: int) -> str:
    """``text[start:end]`` verbatim, where letterhead or page numbers inside it (blanked in
    ``clean``) are left out and marked with an ellipsis: every piece stays a quote."""
    pieces, piece = [], []
    for i in range(start, end):
        if clean[i] == text[i] or text[i].isspace():
            piece.append(text[i])
        elif piece:
            pieces.append("".join(piece))
            piece = []
    pieces.append("".join(piece))
    return ELISION.join(p for p in (normalise_ws(p) for p in pieces) if p)


def _furniture_blanked(text: str) -> str:
    """``text`` with letterheads and page numbers blanked (offsets unchanged)."""
    out = list(text)

    def blank(a: int, b: int) -> None:
        for i in range(a, b):
            if out[i] != "\n":
                out[i] = " "

    pos = 0
    for part in text.split("\n\n"):
        if _FURNITURE_RE.match(part.strip()):
            blank(pos, pos + len(part))
        pos += len(part) + 2
    for a, b in _letterhead_spans(text):
        blank(a, b)
    return "".join(out)


_Searched = dict[re.Pattern[str], tuple[int, "re.Match[str] | None"]]


def _search_from(
    regex: re.Pattern[str], text: str, start: int, limit: int, memo: _Searched | None
) -> re.Match[str] | None:
    """``regex.search(text, start, limit)``; with ``memo`` (for one ``text`` and ``limit``)
    the last search is reused when ``start`` lies between where it began and what it found:
    whether a match starts at a position does not depend on where the search began (``^``,
    ``\b`` and look-behinds see the text before it)."""
    if memo is not None and regex in memo:
        since, found = memo[regex]
        if since <= start and (found is None or start <= found.start()):
            return found
    found = regex.search(text, start, limit)
    if memo is not None:
        memo[regex] = (start, found)
    return found


def _block_end(
    text: str, start: int, limit: int, memo: _Searched | None = None
) -> tuple[int, bool]:
    """Where the decision block that starts at ``start`` ends; True when a marker ends it.
    ``memo``: searches in the same ``text`` up to the same ``limit`` (see :func:`_search_from`)."""
    ends = [limit]
    for name in _SUBMITTER_RE.findall(text[:start]):
        signed = text.find(name.strip(), start, limit)
        if signed > start:
            ends.append(signed)
    for found in (
        _search_from(_BLOCK_END_RE, text, start, limit, memo),
        _search_from(_SIGNED_RE, text, start, limit, memo),
        _search_from(CLOSING_RE, text, start, limit, memo),
    ):
        if found:
            ends.append(found.start())
    end = min(ends)
    return end, end < limit


def _find_lead(text: str, doc_type: str) -> tuple[int, int] | None:
    """(start, end) of the lead that opens the decision block ("besluit:"), or None."""
    candidates: list[tuple[int, int]] = []
    for m in _COLON_LEAD_RE.finditer(text):
        candidates.append((m.start(), m.end()))
    for m in _START_LEAD_RE.finditer(text):
        before = text[max(0, m.start() - 600) : m.start()]
        if _PREAMBLE_RE.search(before) or doc_type == "amendement":
            candidates.append((m.start("lead"), m.end("lead")))
    candidates.sort()
    memo: _Searched = {}  # the leads in order: most searches find what the last one found
    for i, (start, end) in enumerate(candidates):
        stop = _block_end(text, end, len(text), memo)[0]
        if i + 1 < len(candidates) and candidates[i + 1][0] < stop:
            continue  # a later lead in the same block: "het volgende besluit: ... besluit:"
        if re.search(r"\w", text[end:stop]):
            return start, end
    # no "besluit": the points follow the "gezien het voorstel ...," line
    for m in _GEZIEN_RE.finditer(text):
        nxt = text[m.end() :].lstrip()
        mark = _MARK_RE.match(nxt)
        if mark and (mark.group("value") or mark.group("bare")):
            return m.end(), m.end()
    return None


def _block_points(text: str, start: int, end: int, whole: bool = False) -> list[tuple[int, int]]:
    """Spans of the decision points in ``text[start:end]``: one per top-level item, its
    sub-items and explanation kept with it; without items, the block whole. ``whole``: one
    point for the block (an amendment's change with its parts)."""
    body = text[start:end]
    if whole:
        a, b = strip_span(text, start, end)
        return [(a, _trim_end(text, a, b))] if b > a else []
    top = _top_marks(_marks(body))
    spans: list[tuple[int, int]] = []
    first = top[0].start if top else len(body)
    intro_a, intro_b = strip_span(text, start, start + first)
    intro = text[intro_a:intro_b]
    lead_in = intro.endswith(":") and len(intro.split()) <= _MAX_LEAD_IN_WORDS
    if intro and not (lead_in and top):
        spans.append((intro_a, _trim_end(text, intro_a, intro_b)))
    for i, mark in enumerate(top):
        a = start + mark.end
        b = start + (top[i + 1].start if i + 1 < len(top) else len(body))
        a, b = strip_span(text, a, b)
        b = _trim_end(text, a, b)
        if b > a:
            spans.append((a, b))
    return spans


def _last_item_end(text: str, start: int, end: int) -> int:
    """Without an end marker, the last point stops at the first paragraph that does not carry
    it on (a new sentence after a finished one, not a sub-item)."""
    for m in re.finditer(r"\n\n", text[start:end]):
        pos = start + m.start()
        before = text[start:pos].rstrip()
        after = text[pos:end].lstrip()
        if before.endswith((".", ";", "!", "?")) and after[:1].isupper():
            if not _MARK_RE.match(after):
                return pos
    return end


def _decision_block(text: str, doc_type: str) -> list[tuple[int, int]]:
    """Spans of the decision points of the decision block in ``text``: [] without one."""
    clean = _furniture_blanked(text)
    lead = _find_lead(clean, doc_type)
    if not lead:
        return []
    end, marked = _block_end(clean, lead[1], len(clean))
    if doc_type == "amendement":
        body = clean[lead[1] : end]
        intro = body.lstrip(" :\t\n")
        top = _top_marks(_marks(body))
        lead_in = body[: top[0].start].strip() if top else ""
        numbered = len(top) > 1 and not top[0].style.startswith("bullet")
        listed = numbered and lead_in.endswith(":") and len(lead_in.split()) <= 12
        if intro and not _MARK_RE.match(intro) and not listed:
            # "Besluit om toe te voegen: ▪ ..." is one change with its parts; "besluit ... te
            # wijzigen als volgt: 1. ... 2. ..." gives one point per numbered change
            return _block_points(clean, lead[0], end, whole=True)
    spans = _block_points(clean, lead[1], end)
    if spans and not marked:
        a, b = spans[-1]
        spans[-1] = (a, _trim_end(clean, a, _last_item_end(clean, a, b)))
    return [(a, b) for a, b in spans if b > a]


def asks_nothing(doc: StructuredDocument) -> bool:
    """True when the document asks the council for no decision (a raadsinformatiebrief)."""
    return doc.doc_type == "raadsinformatiebrief" or not find_decision_points(doc)


# The decision points of the last few documents, by everything they are read from: a
# document's council facts, its classification and its briefing all ask for them.
_KNOWN: dict[tuple[Any, ...], tuple[DecisionPoint, ...]] = {}
_KNOWN_SIZE = 4


def _reading_of(doc: StructuredDocument) -> tuple[Any, ...]:
    """What ``find_decision_points`` reads of ``doc`` (not its labels)."""
    return (
        doc.doc_type,
        tuple(
            (s.id, s.parent, s.heading, s.number, s.page,
             tuple([(p.text, p.page, p.page_breaks) for p in s.passages]))
            for s in doc.sections
        ),
    )  # fmt: skip


def find_decision_points(doc: StructuredDocument) -> list[DecisionPoint]:
    """The decision points of a document, verbatim (``normalise_ws``) and numbered in order;
    computed once for the text of the last few documents (see :func:`_find_decision_points`).
    """
    key = _reading_of(doc)
    points = _KNOWN.get(key)
    if points is None:
        points = tuple(_find_decision_points(doc))
        if len(_KNOWN) >= _KNOWN_SIZE:
            del _KNOWN[next(iter(_KNOWN))]
        _KNOWN[key] = points
    return list(points)


def _find_decision_points(doc: StructuredDocument) -> list[DecisionPoint]:
    """The decision points of a document, verbatim (``normalise_ws``) and numbered in order.

    Order of preference, first hit wins so points are never duplicated: a besluitenlijst's
    "Besluit: ..." per agenda item; the dictum of a motie; a section headed "Beslispunten" /
    "Voorgesteld besluit" / "Gevraagd besluit" / "Te nemen besluit"; the decision block from
    "besluit:" (or "Besluit vast te stellen ...", "Besluit om ... toe te voegen", or the
    numbered points after "gezien het voorstel ...,") to the signature ("Aldus besloten",
    "De griffier"), the "Toelichting" or the articles of an adopted verordening, one point per
    top-level item (Roman numerals, numbers, letters or bullets; sub-items and explanations
    stay with their item); a section headed "Ontwerpbesluit" / "Besluit"; the dictum of a
    motion-like text. A raadsvoorstel's own beslispunten are preferred over its ontwerpbesluit,
    which usually repeats them. An amendment's "Besluit om ..." is one point, the change with
    its parts. A raadsinformatiebrief asks nothing: [].
    """
    if doc.doc_type == "raadsinformatiebrief":
        return []
    text, marks = _joined(doc)

    clean = _furniture_blanked(text)

    def cited(spans: list[tuple[int, int]], blanked: str = clean) -> list[DecisionPoint]:
        return _number([(_quoted(text, blanked, a, b), _page_at(marks, a)) for a, b in spans])

    if doc.doc_type == "besluitenlijst":
        listed = _besluitenlijst_points(doc)
        if listed:
            return listed
    if doc.doc_type == "motie":
        spans = decision_spans(text)
        if spans:
            return cited(spans, text)  # as decision_points_from_text reads the text
    headed = _heading_points(doc, _STRONG_HEADINGS)
    if headed:
        return headed
    block = _decision_block(text, doc.doc_type)
    if block:
        return cited(block)
    for group in (_PREFERRED_HEADINGS, _FALLBACK_HEADINGS):
        headed = _heading_points(doc, group)
        if headed:
            return headed
    return cited(decision_spans(text), text)


def _heading_points(doc: StructuredDocument, group: tuple[str, ...]) -> list[DecisionPoint]:
    """The points under the first section headed by one of ``group`` that has any."""
    for section in doc.sections:
        if _is_decision_heading(section.heading, group):
            passages = _until_block_end([p for s in doc.subtree(section) for p in s.passages])
            points = _points_from_passages(passages)
            if points:
                return _number(points)
    return []


def _until_block_end(passages: list[Passage]) -> list[Passage]:
    """The passages up to what ends a decision block ("Aldus besloten", "De griffier", ...)."""
    for i, p in enumerate(passages):
        if _BLOCK_END_RE.match(p.text):
            return passages[:i]
        signed = _SIGNED_RE.search(p.text) or CLOSING_RE.search(p.text)
        if signed:
            return [*passages[:i], replace(p, text=p.text[: signed.start()])]
    return passages
