"""Stage 2: turn extracted lines into nested sections of passages, and recognise the document.

Headings are found from font size, weight and numbering; body lines are joined into
passages (paragraphs, and lists kept with their lead-in). Every body line ends up in
exactly one heading or passage, so no word of the PDF is lost.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, field

from raadsassistent.council import recorded_facts
from raadsassistent.layout import body_font_size, median_line_pitch
from raadsassistent.nlp import MONTH_NUMBERS, MONTHS
from raadsassistent.types import (
    BBox,
    Document,
    Line,
    Passage,
    Section,
    StructuredDocument,
    merge_bboxes,
)

MAX_HEADING_WORDS = 16
MAX_HEADING_LINES = 3
HEADING_SIZE_STEP = 1.0  # points above body size that make a line a heading by size alone

_NUMBERED = re.compile(
    r"^(?:(?:hoofdstuk|paragraaf|bijlage)\s+)?(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(\S.*)$", re.I
)
_BULLET = re.compile(
    r"^(?:[•▪●◦‣∙·\-–—*]|\d{1,2}[.)]|[a-z][.)]|\([a-z0-9]{1,2}\)|[ivx]{1,4}[.)])\s+\S"
)
_SENTENCE_END = re.compile(r"[.!?:;]['\"”’)]?$")
_HYPHEN_END = re.compile(r"(?<=[A-Za-zÀ-ÿ0-9])-$")


def join_lines(lines: list[str]) -> str:
    """Join wrapped lines, undoing hyphenated line breaks ("gemeente-" + "raad")."""
    return join_lines_at(lines)[0]


def join_lines_at(lines: list[str]) -> tuple[str, list[int]]:
    """Join wrapped lines and return where each line's text starts in the result.


    A hyphen between letters before a lowercase continuation was a line-break hyphen and
    goes; before an uppercase letter or digit it is a real hyphen ("Noord-" + "Holland",
    "2026-" + "045") and stays. A hyphen after anything else ("€ 125.000,-") ends a word.
    """
    text = ""
    starts: list[int] = []
    for line in lines:
        line = line.strip()
        if not line:
            starts.append(len(text))
            continue
        if not text:
            text = line
            starts.append(0)
            continue
        # only the end can match (a letter or digit, "-", at most a newline): search it alone
        hyphen = _HYPHEN_END.search(text[-3:]) is not None
        if hyphen and line[0].islower() and text[-2].isalpha():
            starts.append(len(text) - 1)
            text = text[:-1] + line
        elif hyphen and (line[0].isupper() or line[0].isdigit()):
            starts.append(len(text))
            text = text + line
        else:
            starts.append(len(text) + 1)
            text = text + " " + line
    return text, starts


@dataclass
class _Block:
    """A paragraph or list item being assembled."""

    lines: list[Line] = field(default_factory=list)
    is_item: bool = False


def segment_document(doc: Document) -> StructuredDocument:
    """Find headings, sections and passages in ``doc`` and recognise type, title and date."""
    body = body_font_size(doc.pages)
    lines = [line for page in doc.pages for line in page.lines]
    heading_flags = _heading_flags(lines, body)
    levels = _heading_levels(lines, heading_flags, body)
    pitches = {page.number: median_line_pitch(list(page.lines)) for page in doc.pages}

    sections: list[Section] = []
    stack: list[tuple[int, str]] = []  # (level, section id) of open sections
    current_heading: list[Line] = []
    current_body: list[Line] = []

    def close_section() -> None:
        index = len(sections)
        section_id = f"s{index}"
        if current_heading:
            heading = join_lines([line.text for line in current_heading])
            level = levels[id(current_heading[0])]
            number_match = _NUMBERED.match(heading)
            number = number_match.group(1) if number_match else None
            page = current_heading[0].page
            bbox: BBox | None = merge_bboxes(
                [line.bbox for line in current_heading if line.page == page]
            )
        elif current_body:
            heading, level, number, bbox = "", 0, None, None
            page = current_body[0].page if current_body else 1
        else:
            return
        while stack and stack[-1][0] >= level:
            stack.pop()
        parent = stack[-1][1] if stack else None
        passages = _passages(current_body, section_id, pitches, body)
        sections.append(
            Section(section_id, heading, number, level, page, bbox, tuple(passages), parent)
        )
        stack.append((level, section_id))

    previous_was_heading = False
    for line, is_heading in zip(lines, heading_flags, strict=True):
        if is_heading:
            continues = (
                previous_was_heading
                and current_heading
                and len(current_heading) < MAX_HEADING_LINES
                and _same_style(current_heading[-1], line)
                and line.page == current_heading[-1].page
                and 0 <= line.bbox[1] - current_heading[-1].bbox[3] < line.size
                and not _NUMBERED.match(line.text)
            )
            if continues:
                current_heading.append(line)
            else:
                close_section()
                current_heading, current_body = [line], []
        else:
            current_body.append(line)
        previous_was_heading = is_heading
    close_section()

    text_start = "\n".join(line.text for line in lines[:80])
    running = "\n".join(line.text for page in doc.pages[:3] for line in page.removed)
    headings = [s.heading for s in sections if s.heading]
    tables = tuple(table for page in doc.pages for table in page.tables)
    doc_type = detect_doc_type(doc.name, text_start, headings)
    full_text = "\n".join(line.text for line in lines)
    structured = StructuredDocument(
        path=doc.path,
        sha256=doc.sha256,
        title=detect_title(doc),
        doc_type=doc_type,
        date=detect_date(text_start, doc_type=doc_type, full_text=full_text),
        municipality=detect_municipality(text_start + "\n" + running),
        page_count=doc.page_count,
        sections=tuple(sections),
        tables=tables,
        page_status=tuple(page.status for page in doc.pages),
        removed_lines=sum(len(page.removed) for page in doc.pages),
        warnings=doc.warnings,
    )
    return recorded_facts(structured)


def _same_style(a: Line, b: Line) -> bool:
    return abs(a.size - b.size) < 0.6 and a.bold == b.bold


def _looks_like_heading(line: Line, body: float) -> bool:
    larger = line.size >= body + HEADING_SIZE_STEP
    if not larger and (not line.bold or line.size < body - 0.6):
        return False  # body text: decided before the costlier tests below
    text = line.text
    words = text.split()
    if len(words) > MAX_HEADING_WORDS or sum(ch.isalpha() for ch in text) < 2:
        return False
    if text.endswith((",", ";")) or _BULLET.match(text) and not _NUMBERED.match(text):
        return False
    if larger:
        return True
    # A bold lead-in ("De raad besluit:") is body text, not a heading.
    return not text.endswith(":")


def _heading_flags(lines: list[Line], body: float) -> list[bool]:
    flags = [_looks_like_heading(line, body) for line in lines]
    # A bold run of many lines is an emphasised paragraph, not a heading.
    run_start = None
    for i in range(len(lines) + 1):
        bold_body = i < len(lines) and flags[i] and lines[i].size < body + HEADING_SIZE_STEP
        if bold_body and run_start is None:
            run_start = i
        elif not bold_body and run_start is not None:
            if i - run_start > MAX_HEADING_LINES + 1 and not any(
                _NUMBERED.match(lines[j].text) for j in range(run_start, i)
            ):
                for j in range(run_start, i):
                    flags[j] = False
            run_start = None
    return flags


def _heading_levels(lines: list[Line], flags: list[bool], body: float) -> dict[int, int]:
    """Level per heading line: numbering depth where numbered, else by typographic rank."""
    styles: dict[tuple[float, bool], Counter[int]] = {}
    for line, flag in zip(lines, flags, strict=True):
        if not flag:
            continue
        style = (line.size, line.bold)
        styles.setdefault(style, Counter())
        match = _NUMBERED.match(line.text)
        if match:
            styles[style][match.group(1).count(".") + 1] += 1
    ranked = sorted(styles, key=lambda s: (-s[0], not s[1]))
    levels: dict[int, int] = {}
    for line, flag in zip(lines, flags, strict=True):
        if not flag:
            continue
        match = _NUMBERED.match(line.text)
        style = (line.size, line.bold)
        if match:
            levels[id(line)] = match.group(1).count(".") + 1
        elif styles[style]:
            levels[id(line)] = styles[style].most_common(1)[0][0]
        else:
            levels[id(line)] = ranked.index(style) + 1
    return levels


def _starts_item(line: Line) -> bool:
    return bool(_BULLET.match(line.text))


def _continues(prev: Line, line: Line, pitch_by_page: dict[int, float], body: float) -> bool:
    """Does ``line`` carry on the paragraph that ``prev`` belongs to?"""
    if line.page != prev.page or line.column != prev.column:
        # Across a page or column break only an unfinished sentence carries on.
        return not _SENTENCE_END.search(prev.text) and (
            line.text[:1].islower() or prev.text.endswith("-")
        )
    if abs(line.size - prev.size) >= 1.0:
        return False
    pitch = line.bbox[1] - prev.bbox[1]
    normal = pitch_by_page.get(line.page, 1.3 * line.size)
    return 0 < pitch <= max(normal, line.size) * 1.25


def _passages(
    lines: list[Line], section_id: str, pitches: dict[int, float], body: float
) -> list[Passage]:
    blocks: list[_Block] = []
    for line in lines:
        item = _starts_item(line)
        last = blocks[-1] if blocks else None
        if last and not item and _continues(last.lines[-1], line, pitches, body):
            last.lines.append(line)
        else:
            blocks.append(_Block([line], item))
    passages: list[Passage] = []
    group: list[_Block] = []

    def flush() -> None:
        if not group:
            return
        kind = "list" if any(b.is_item for b in group) else "paragraph"
        texts, breaks, offset, page = [], [], 0, group[0].lines[0].page
        for block in group:
            text, starts = join_lines_at([line.text for line in block.lines])
            for line, start in zip(block.lines, starts, strict=True):
                if line.page != page:
                    breaks.append((offset + start, line.page))
                    page = line.page
            texts.append(text)
            offset += len(text) + 1
        all_lines = [line for b in group for line in b.lines]
        first_page = all_lines[0].page
        passages.append(
            Passage(
                id=f"{section_id}.{len(passages) + 1}",
                text="\n".join(texts),
                page=first_page,
                page_end=all_lines[-1].page,
                bbox=merge_bboxes([line.bbox for line in all_lines if line.page == first_page]),
                kind=kind,
                page_breaks=tuple(breaks),
            )
        )
        group.clear()

    for block in blocks:
        if block.is_item and group:
            lead_in = group[0]
            if group[-1].is_item or join_lines([ln.text for ln in lead_in.lines]).endswith(":"):
                group.append(block)
                continue
        flush()
        group.append(block)
        if not block.is_item and not block.lines[-1].text.endswith(":"):
            flush()
    flush()
    return passages


# --- recognising the document -------------------------------------------------------------

# A title line of a proposal, in any type: "Voorstel van het college inzake ...", "Geamendeerd
# voorstel van het presidium ...", "Voorstelvan de Rekenkamer ..." (a capital, not "het voorstel").
_PROPOSAL_LINE = r"^(?=(?-i:[A-Z]))(?:[\w-]+\s*){0,3}?voorstel\s*van\s*(?:het|de)\b"

_TYPE_CUES: list[tuple[str, str, int]] = [
    ("amendement", r"\bamendement\b", 3),
    ("amendement", r"te wijzigen als volgt", 3),
    ("motie", r"\bmotie\b", 3),
    ("motie", r"\bconstaterende,? dat\b|\boverwegende,? dat\b", 1),
    ("motie", r"gaat over tot de orde van de dag", 3),
    ("raadsinformatiebrief", r"raadsinformatiebrief|informatiebrief aan de raad|\bRIB\b", 5),
    # A letter reporting how the college handled a motion: "Afdoening motie X".
    ("raadsinformatiebrief", r"\b(afdoening|tussenbericht)\b", 5),
    ("besluitenlijst", r"besluitenlijst|uitslagenlijst", 5),
    ("agenda", r"^\s*agenda\b|\bagenda (voor|van) de\b|\bconvocatie\b", 4),
    ("raadsvoorstel", r"raadsvoorstel|voorstel aan de (gemeente)?raad", 4),
    ("raadsvoorstel", r"voorgesteld besluit|beslispunten|gevraagd besluit", 2),
    ("raadsvoorstel", r"\binitiatiefvoorstel\b|\bpreadvies\b", 4),
    ("raadsvoorstel", _PROPOSAL_LINE, 4),
    ("notulen", r"\bnotulen\b|\bverslag van de (openbare )?(raads)?vergadering\b", 5),
    ("notulen", r"\((geopend|gesloten) (te|om) \d", 5),
    ("notulen", r"^\s*de voorzitter\s*[.:]\s", 3),  # the chair's turns in a verbatim record
    ("raadsbesluit", r"\braadsbesluit\b", 3),
    ("raadsbesluit", r"de raad van de gemeente .{0,60}(gelezen|besluit)", 2),
    ("verordening", r"\bverordening\b", 2),
    ("bijlage", r"\bbijlage\b", 2),
]


@functools.cache
def _type_cues() -> list[tuple[str, re.Pattern[str], int]]:
    return [(doc_type, re.compile(p, re.I | re.M), weight) for doc_type, p, weight in _TYPE_CUES]


def detect_doc_type(file_name: str, start_text: str, headings: list[str]) -> str:
    """The document type from cues in the file name, the opening text and the headings."""
    scores: Counter[str] = Counter()
    name = file_name.lower().replace("_", " ").replace("-", " ")
    opening = "\n".join(start_text.splitlines()[:12])
    for doc_type, regex, weight in _type_cues():
        if regex.search(name):
            scores[doc_type] += weight * 2
        if regex.search(opening):
            scores[doc_type] += weight
        elif regex.search(start_text):
            scores[doc_type] += 1
        if any(regex.search(h) for h in headings[:12]):
            scores[doc_type] += 1
    if not scores:
        return "bijlage"
    return scores.most_common(1)[0][0]


_TYPE_ONLY = re.compile(
    r"^(raadsvoorstel|raadsinformatiebrief|informatiebrief|motie|amendement|agenda|"
    r"besluitenlijst|raadsbesluit|voorstel aan de raad)\b[\s\w./-]{0,12}$",
    re.I,
)
_SUBJECT = re.compile(r"^(onderwerp|betreft)\b\s*:?\s*(.*)$", re.I)
# What may sit beside the "Onderwerp" label when a letter's columns share a line.
_BESIDE_LABEL = re.compile(r"^(\S+@\S+|[\d\s+()-]*|e-?mailadres|telefoonnummer)$", re.I)
_EMAIL = re.compile(r"\s*\S+@\S+\.\w+")
# "Motie: X" / "Amendement:X" (Den Haag's motion template names its subject so).
_MOTION_FIELD = re.compile(r"^(?:motie|amendement)\s*:\s*(\S.*)$", re.I)
# Lines that are never the title: the letterhead, the kicker, the agenda code and party, the
# stamp block, the fields of a letter.
_NOT_TITLE = re.compile(
    r"^[A-Z]{1,3}\.[A-Z0-9]{1,3}(?:\s+\S+){0,3}$"  # "Q.2 CDA", "I.A VVD Aangenomen 321870"
    r"|^(?-i:[A-Z]{4,}(?:\s+[A-Z]{4,})?)$"  # "GEMEENTERAAD", "RAADSVOORSTEL"
    r"|^(?-i:Gemeente(?:raad)?)\s+(?:(?:den|de|'s-)\s*)?[A-Z][\w'-]+$"  # "Gemeente Den Haag"
    r"|^(?:stuknummer|ris-?nummer|uitslag\s*stemming|aldus|strekt\s*ter\s*vervanging"
    r"|retouradres|typ\s*tekst|pagina\s*\d|page\s*\d|(?:ons|uw)\s*kenmerk|contactpersoon|telefoonnummer"
    r"|e-?mailadres|aan\s*de\s*(?:gemeente)?raad|datum\b|indiener)"
    r"|^(?:aangenomen|verworpen|ingetrokken|aangehouden|gewijzigd|stemmen\s*staken)(?:\s+\S+){0,2}$"
    r"|^(?:RIS)?[\d\s./-]+$|^[A-Z]{2,}/[\w/.-]+$"  # "RIS321084", "DSO/10836652"
    r"|^\(.*\)$",  # "(Geopend te 13.30 uur)"
    re.I,
)
# "Voorstel van het college inzake X", "Geamendeerd voorstelvan het presidium inzake X": X.
_LEAD_WORDS = re.compile(
    r"^(?:[\w-]+\s*){0,3}?voorstel\s*van\s*(?:het|de)\s*(?:\S+\s+){0,3}?\S*?inzake\s*:?\s*(?=\S)",
    re.I,
)
_TITLE_LEAD = re.compile(_PROPOSAL_LINE, re.I)
# An outcome stamp set on the title's line, further right: "Motie: X          aangenomen".
_STAMP_TAIL = re.compile(r"\s+(?:aangenomen|verworpen|ingetrokken|aangehouden)$", re.I)
MAX_TITLE_LINES = 4


def detect_title(doc: Document) -> str:
    """The document's own title, read from its first page with text.

    An "Onderwerp" field wins, then a "Motie: X" / "Amendement: X" field; otherwise the most
    prominent text (largest, then bold) of the upper part of the page, leaving out the
    letterhead, a kicker ("GEMEENTERAAD"), the agenda code and the stamp block, or else a line
    that opens with "Voorstel van het college". Where the prominent text is only the
    document type ("Raadsvoorstel 2026-041"), the line below it names the subject.
    "Voorstel van het college inzake X" gives X. A first page without a title (a cover that
    is one picture) leaves the running header, then the file name.
    """
    page = next((p for p in doc.pages if p.lines), None)
    if page is not None:
        top = [ln for ln in page.lines if ln.bbox[1] < page.height * 0.6] or list(page.lines)
        body = body_font_size(doc.pages)
        title = (
            _subject_field(top)
            or _motion_field(top)
            or _prominent_title(top, body)
            or _lead_words_title(top)
            or _first_line_title(top)
        )
        if title:
            title = _STAMP_TAIL.sub("", _LEAD_WORDS.sub("", title)).rstrip(" .:;,")
            first = title.split(maxsplit=1)[0]
            if first.isalpha() and first.islower():  # "inzake benoeming ..." -> "Benoeming ..."
                title = title[:1].upper() + title[1:]
            return title[:300]
    for line in (ln for p in doc.pages[:2] for ln in p.removed):
        text = re.sub(r"\s*\d+$", "", line.text)  # "Investeren in het World Forum 2"
        if sum(ch.isalpha() for ch in text) >= 6 and not _NOT_TITLE.match(text):
            return text[:300]
    return doc.name.rsplit(".", 1)[0]


def _above_body_text(lines: list[Line], body: float) -> list[Line]:
    """``lines`` up to the first paragraph of body text: a title stands above it."""
    for i, (line, nxt) in enumerate(zip(lines, lines[1:], strict=False)):
        plain = not line.bold and abs(line.size - body) < 0.6 and nxt.size == line.size
        if (
            plain
            and len(line.text.split()) >= 8
            and 0 < nxt.bbox[1] - line.bbox[1] < 1.6 * line.size
        ):
            return lines[:i]
    return lines


def _prominent_title(lines: list[Line], body: float) -> str | None:
    """The largest (then bold) text block above the body text of ``lines``, unless it is
    letterhead or stamp."""
    candidates = [
        ln
        for ln in _above_body_text(lines, body)
        if (ln.size >= body + HEADING_SIZE_STEP or (ln.bold and ln.size >= body - 0.6))
        # a bold lead-in in body size ("besluit:", "Constaterende dat:") is no title
        and not (ln.size < body + HEADING_SIZE_STEP and ln.text.endswith(":"))
        and not _NOT_TITLE.match(ln.text)
        and not _NUMBERED.match(ln.text)
        and sum(ch.isalpha() for ch in ln.text) >= 3
    ]
    if not candidates:
        return None
    style = max((ln.size, ln.bold) for ln in candidates)
    first = next(ln for ln in candidates if (ln.size, ln.bold) == style)
    start = next(i for i, ln in enumerate(lines) if ln is first)
    block = [lines[start]]
    for line in lines[start + 1 :]:
        # A title that ends in a colon ("Initiatiefvoorstel:") goes on below a wider gap.
        gap = (3 if block[-1].text.endswith(":") else 2) * line.size
        below = 0 < line.bbox[1] - block[-1].bbox[1] < gap
        aligned = abs(line.bbox[0] - block[-1].bbox[0]) < 20
        stamp = _NOT_TITLE.match(line.text)
        if len(block) < MAX_TITLE_LINES and (line.size, line.bold) == style and below:
            if aligned or not stamp:  # "2028" wraps a title, "verworpen" beside it does not
                block.append(line)
                continue
        if not stamp:
            break
    title = join_lines([ln.text for ln in block])
    if not _TYPE_ONLY.match(title):
        return title
    after = [ln for ln in lines[start + 1 :] if ln not in block and not _NOT_TITLE.match(ln.text)]
    after = after[:1]
    if after and (after[0].size > body or after[0].bold) and not _TYPE_ONLY.match(after[0].text):
        return after[0].text
    if after and after[0].text.lower().startswith(title.split()[0].lower() + " "):
        # "Besluitenlijst van de openbare vergadering van ..., gehouden op ..."
        return re.split(r"[,.;:]", after[0].text)[0]
    return title


def _lead_words_title(lines: list[Line]) -> str | None:
    """A line that opens with "Voorstel van het college", with its wrapped lines."""
    for i, line in enumerate(lines):
        if _TITLE_LEAD.match(line.text):
            return join_lines([line.text] + _continuation(line, lines[i + 1 : i + 3], 0))
    return None


def _first_line_title(lines: list[Line]) -> str | None:
    """The last resort (a page in one plain type): its first line, when that line stands alone
    (no paragraph goes on right below it) and is short enough to be a title."""
    for i, line in enumerate(lines):
        if _NOT_TITLE.match(line.text) or sum(ch.isalpha() for ch in line.text) < 3:
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        paragraph = nxt is not None and 0 < nxt.bbox[1] - line.bbox[1] < 1.6 * line.size
        if paragraph or len(line.text.split()) > MAX_HEADING_WORDS or line.text.endswith(","):
            return None
        return line.text
    return None


def _continuation(line: Line, following: list[Line], indent: float) -> list[str]:
    """The texts of ``following`` that wrap ``line``: right below it, in its size, starting
    ``indent`` points or more to its right but not in another column, and no stamp."""
    texts = []
    for nxt in following:
        below = 0 < nxt.bbox[1] - line.bbox[1] < 2 * line.size
        aligned = line.bbox[0] + indent - 2 <= nxt.bbox[0] < line.bbox[0] + indent + 200
        if not (below and aligned and nxt.size == line.size) or _NOT_TITLE.match(nxt.text):
            break
        texts.append(nxt.text)
        line = nxt
    return texts


def _subject_field(lines: list[Line]) -> str | None:
    """The value of an "Onderwerp" field, with its continuation lines.

    The value follows the label on its line, or (letters that set the label above the value,
    perhaps beside another column's e-mail address) on the next line.
    """
    for i, line in enumerate(lines):
        match = _SUBJECT.match(line.text)
        if not match:
            continue
        value = match.group(2).strip()
        if value and not _BESIDE_LABEL.match(value):
            parts = [value] + _continuation(line, lines[i + 1 : i + 3], 20)
        elif i + 1 < len(lines) and abs(lines[i + 1].bbox[0] - line.bbox[0]) < 20:
            parts = [lines[i + 1].text] + _continuation(lines[i + 1], lines[i + 2 : i + 4], 0)
        else:
            continue
        return _EMAIL.sub("", join_lines(parts))
    return None


def _motion_field(lines: list[Line]) -> str | None:
    """X of a "Motie: X" or "Amendement: X" line, with its continuation lines."""
    for i, line in enumerate(lines):
        match = _MOTION_FIELD.match(line.text)
        if match:
            return join_lines([match.group(1)] + _continuation(line, lines[i + 1 : i + 3], 0))
    return None


_LONG_DATE = re.compile(r"\b(\d{1,2})\s+(" + "|".join(MONTHS) + r")\s+((?:19|20)\d{2})\b", re.I)
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})[-/.](\d{1,2})[-/.]((?:19|20)\d{2})\b")


_DATE = re.compile(_LONG_DATE.pattern + "|" + _NUMERIC_DATE.pattern, re.I)
_DECIDED = re.compile(
    r"(vastgesteld|besloten) in de (openbare )?(raads)?vergadering van (de raad van )?"
    r"(\w+dag )?$|vergadering bijeen op $",
    re.I,
)
# Dates that are not the document's own: a price level, the proposal a decision refers to.
_NOT_OWN = re.compile(r"(prijspeil|peildatum|gelezen het voorstel .{0,80}van)\s*$", re.I)


def _parse_date(match: re.Match[str]) -> str | None:
    import datetime

    if match.group(1):
        # casefold, not lower: re.I also matches "ſeptember" (long s), and "ſ".lower() is "ſ"
        month = MONTH_NUMBERS[match.group(2).casefold()]
        day, year = int(match.group(1)), int(match.group(3))
    else:
        day, month, year = int(match.group(4)), int(match.group(5)), int(match.group(6))
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:  # 31-02-2026 is no day
        return None


def detect_date(start_text: str, *, doc_type: str = "", full_text: str = "") -> str | None:
    """The document's own date.

    A decision (raadsbesluit, verordening) is dated by the meeting that adopted it; other
    documents by a line that says "datum", else the first date that is not a price level
    or the date of a proposal they refer to.
    """
    if doc_type in {"raadsbesluit", "verordening"}:
        for match in _DATE.finditer(full_text or start_text):
            if _DECIDED.search(full_text[max(0, match.start() - 80) : match.start()]):
                found = _parse_date(match)
                if found:
                    return found
    lines = start_text.splitlines()
    for line in lines:
        if re.search(r"\bdatum\b|\bd\.d\.", line, re.I):
            for match in _DATE.finditer(line):
                if found := _parse_date(match):
                    return found
    flat = " ".join(lines)
    for match in _DATE.finditer(flat):
        if not _NOT_OWN.search(flat[max(0, match.start() - 120) : match.start()]):
            if found := _parse_date(match):
                return found
    return None


# The name stands on the same line: across a line break "Gemeente" may be a letterhead word
# above a field label ("Gemeente\nContactpersoon").
_MUNICIPALITY = re.compile(
    r"\b[Gg]emeente(?:raad| raad)?(?: van)?[ \t]+((?:'s-|[Dd]e |[Dd]en )?[A-Z][\w'’-]+(?:[ -](?:aan|op|in|de|den)[ -][A-Z][\w-]+)?)"
)
_NOT_PLACES = {"De", "Het", "Een", "Deze", "Wij", "Zij", "Dit", "In"}


def detect_municipality(start_text: str) -> str | None:
    """The municipality named most often near the start ("gemeente Lindewaarde")."""
    names = Counter(
        m.group(1) for m in _MUNICIPALITY.finditer(start_text) if m.group(1) not in _NOT_PLACES
    )
    return names.most_common(1)[0][0] if names else None
