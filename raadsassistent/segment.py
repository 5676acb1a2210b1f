"""Stage 2: turn extracted lines into nested sections of passages, and recognise the document.

Headings are found from font size, weight and numbering; body lines are joined into
passages (paragraphs, and lists kept with their lead-in). Every body line ends up in
exactly one heading or passage, so no word of the PDF is lost.
"""

from __future__ import annotations

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
        elif _HYPHEN_END.search(text) and line[0].islower() and text[-2].isalpha():
            starts.append(len(text) - 1)
            text = text[:-1] + line
        elif _HYPHEN_END.search(text) and (line[0].isupper() or line[0].isdigit()):
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
        title=detect_title(doc, sections),
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
    text = line.text
    words = text.split()
    if len(words) > MAX_HEADING_WORDS or sum(ch.isalpha() for ch in text) < 2:
        return False
    if text.endswith((",", ";")) or _BULLET.match(text) and not _NUMBERED.match(text):
        return False
    larger = line.size >= body + HEADING_SIZE_STEP
    if larger:
        return True
    if not line.bold or line.size < body - 0.6:
        return False
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

_TYPE_CUES: list[tuple[str, str, int]] = [
    ("amendement", r"\bamendement\b", 3),
    ("amendement", r"te wijzigen als volgt", 3),
    ("motie", r"\bmotie\b", 3),
    ("motie", r"\bconstaterende,? dat\b|\boverwegende,? dat\b", 1),
    ("motie", r"gaat over tot de orde van de dag", 3),
    ("raadsinformatiebrief", r"raadsinformatiebrief|informatiebrief aan de raad|\bRIB\b", 5),
    ("besluitenlijst", r"besluitenlijst|uitslagenlijst", 5),
    ("agenda", r"^\s*agenda\b|\bagenda (voor|van) de\b|\bconvocatie\b", 4),
    ("raadsvoorstel", r"raadsvoorstel|voorstel aan de (gemeente)?raad", 4),
    ("raadsvoorstel", r"voorgesteld besluit|beslispunten|gevraagd besluit", 2),
    ("raadsbesluit", r"\braadsbesluit\b", 3),
    ("raadsbesluit", r"de raad van de gemeente .{0,60}(gelezen|besluit)", 2),
    ("verordening", r"\bverordening\b", 2),
    ("bijlage", r"\bbijlage\b", 2),
]


def detect_doc_type(file_name: str, start_text: str, headings: list[str]) -> str:
    """The document type from cues in the file name, the opening text and the headings."""
    scores: Counter[str] = Counter()
    name = file_name.lower().replace("_", " ").replace("-", " ")
    opening = "\n".join(start_text.splitlines()[:12])
    for doc_type, pattern, weight in _TYPE_CUES:
        regex = re.compile(pattern, re.I | re.M)
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
_SUBJECT = re.compile(r"^(onderwerp|betreft)\s*:?\s+(\S.*)$", re.I)


def detect_title(doc: Document, sections: list[Section]) -> str:
    """The subject of the document: the largest text on its first page with text.

    Where that is only the document type ("Raadsvoorstel 2026-041"), the "Onderwerp" field
    or the line right below it names the subject.
    """
    page = next((p for p in doc.pages if p.lines), None)
    if page is None:
        return doc.name.rsplit(".", 1)[0]
    top = [ln for ln in page.lines if ln.bbox[1] < page.height * 0.5] or list(page.lines)
    biggest = max(ln.size for ln in top)
    body = body_font_size(doc.pages)
    start = next(i for i, ln in enumerate(top) if ln.size == biggest)
    title_lines = [top[start].text]
    for line in top[start + 1 :]:
        if line.size != biggest:
            break
        title_lines.append(line.text)
    title = join_lines(title_lines)
    if not _TYPE_ONLY.match(title):
        return title[:300] if biggest > body else (sections[0].heading or title)[:300]
    subject = _subject_field(top)
    if subject:
        return subject[:300]
    after = top[start + len(title_lines) : start + len(title_lines) + 1]
    if after and (after[0].size > body or after[0].bold) and not _TYPE_ONLY.match(after[0].text):
        return after[0].text[:300]
    if after and after[0].text.lower().startswith(title.split()[0].lower() + " "):
        # "Besluitenlijst van de openbare vergadering van ..., gehouden op ..."
        return re.split(r"[,.;:]", after[0].text)[0][:300]
    return title[:300]


def _subject_field(lines: list[Line]) -> str | None:
    """The value of an "Onderwerp" field, with its continuation lines."""
    for i, line in enumerate(lines):
        match = _SUBJECT.match(line.text)
        if not match:
            continue
        parts = [match.group(2)]
        for nxt in lines[i + 1 : i + 3]:
            indented = nxt.bbox[0] > line.bbox[0] + 20
            if indented and nxt.size == line.size and not nxt.bold:
                parts.append(nxt.text)
            else:
                break
        return join_lines(parts)
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


_MUNICIPALITY = re.compile(
    r"\b[Gg]emeente(?:raad| raad)?(?: van)?\s+((?:'s-|[Dd]e |[Dd]en )?[A-Z][\w'’-]+(?:[ -](?:aan|op|in|de|den)[ -][A-Z][\w-]+)?)"
)
_NOT_PLACES = {"De", "Het", "Een", "Deze", "Wij", "Zij", "Dit", "In"}


def detect_municipality(start_text: str) -> str | None:
    """The municipality named most often near the start ("gemeente Lindewaarde")."""
    names = Counter(
        m.group(1) for m in _MUNICIPALITY.finditer(start_text) if m.group(1) not in _NOT_PLACES
    )
    return names.most_common(1)[0][0] if names else None
