"""The small frozen dataclasses that flow between the pipeline stages.

Every object carries its provenance (file, page, bounding box) so that each line of a
briefing can cite its page. Bounding boxes are ``(x0, top, x1, bottom)`` in PDF points,
measured from the top-left corner of the page, as pdfplumber does.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, TypeVar

BBox = tuple[float, float, float, float]

FRAMEWORK = "framework"
DETAIL = "detail"
LABELS = (FRAMEWORK, DETAIL)

DOC_TYPES = (
    "raadsvoorstel",
    "raadsbesluit",
    "raadsinformatiebrief",
    "motie",
    "amendement",
    "agenda",
    "besluitenlijst",
    "notulen",
    "verordening",
    "bijlage",
)

# What a stored document was read with. Bump it when extraction or segmentation changes what
# is stored, so that a re-run reads older documents again instead of skipping them.
READER_VERSION = 2

# The fate a document records of itself ("Uitslag stemming: aangenomen", "Aldus besloten ...").
# "niet in stemming": not voted on ("Niet in stemming gebracht ivm verstrekkendheid G.E": a
# further-reaching amendment was adopted first)
OUTCOMES = (
    "aangenomen", "verworpen", "ingetrokken", "aangehouden", "stemmen staken", "niet in stemming",
)  # fmt: skip
UNKNOWN_OUTCOME = "onbekend"  # how the register filters a motion without a recorded outcome
MOTION_TYPES = ("motie", "amendement")  # a council member's own proposals: short form, register


def merge_bboxes(boxes: list[BBox]) -> BBox:
    """The smallest box that holds all ``boxes``."""
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


@dataclass(frozen=True)
class Line:
    """One line of text in reading order, with the typography segmentation needs."""

    text: str
    page: int  # 1-based
    bbox: BBox
    size: float  # dominant font size in points
    bold: bool
    column: int = 0  # 0 = full width, 1 = left, 2 = right


@dataclass(frozen=True)
class Table:
    """A table extracted as rows of cells, kept out of the running text."""

    page: int
    bbox: BBox
    rows: tuple[tuple[str, ...], ...]

    @property
    def text(self) -> str:
        return "\n".join(" | ".join(cell for cell in row) for row in self.rows)


@dataclass(frozen=True)
class Page:
    """One page: its lines in reading order, its tables, and how usable its text is.

    ``status`` is ``"ok"``, ``"empty"`` (no text at all), ``"scan"`` (images but no text
    layer) or ``"garbage"`` (mostly undecodable glyphs such as ``(cid:12)``).
    """

    number: int
    width: float
    height: float
    lines: tuple[Line, ...]
    tables: tuple[Table, ...] = ()
    removed: tuple[Line, ...] = ()  # running headers, footers and page numbers
    status: str = "ok"

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


@dataclass(frozen=True)
class Document:
    """The extracted (not yet segmented) content of one PDF."""

    path: str
    sha256: str
    pages: tuple[Page, ...]
    metadata: dict[str, str] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        return Path(self.path).name

    @property
    def page_count(self) -> int:
        return len(self.pages)


@dataclass(frozen=True)
class Passage:
    """A paragraph or list (with its lead-in) of body text: the unit the model labels."""

    id: str  # "<section id>.<n>", unique within a document
    text: str
    page: int  # first page
    page_end: int  # last page (a paragraph may run over a page break)
    bbox: BBox  # on the first page
    kind: str = "paragraph"  # paragraph | list
    label: str | None = None  # framework | detail, set by classify
    framework_probability: float | None = None
    # (character offset, page) where the text runs onto a later page
    page_breaks: tuple[tuple[int, int], ...] = ()

    def page_at(self, offset: int) -> int:
        """The page that character ``offset`` of ``text`` stands on."""
        page = self.page
        for start, next_page in self.page_breaks:
            if start > offset:
                break
            page = next_page
        return page


@dataclass(frozen=True)
class Section:
    """A heading with its passages. ``parent`` is the id of the enclosing section."""

    id: str
    heading: str
    number: str | None  # "3.2" for a numbered heading
    level: int  # 0 for the untitled front matter, 1 for chapters, 2 for "3.2", ...
    page: int
    bbox: BBox | None
    passages: tuple[Passage, ...]
    parent: str | None = None


@dataclass(frozen=True)
class Submitter:
    """A member who submitted a motion or amendment."""

    name: str
    party: str | None = None


@dataclass(frozen=True)
class Motion:
    """What a motie or amendement says about itself, read from its text."""

    code: str | None  # agenda code: "L.B", "K.10", "AA.1"
    title: str
    submitters: tuple[Submitter, ...] = ()
    concerns: str | None = None  # the proposal it is about ("RIS320288"); None when "vreemd"
    dictum: tuple[str, ...] = ()  # what the council asks or changes, verbatim


def motion_from_dict(data: dict[str, Any]) -> Motion:
    """A :class:`Motion` from its JSON form (``dataclasses.asdict``)."""
    return Motion(
        code=data.get("code"),
        title=data.get("title") or "",
        submitters=tuple(Submitter(s["name"], s.get("party")) for s in data.get("submitters", ())),
        concerns=data.get("concerns"),
        dictum=tuple(data.get("dictum", ())),
    )


@dataclass(frozen=True)
class StructuredDocument:
    """A segmented document: what every later stage works from."""

    path: str
    sha256: str
    title: str
    doc_type: str
    date: str | None  # YYYY-MM-DD
    municipality: str | None
    page_count: int
    sections: tuple[Section, ...]
    tables: tuple[Table, ...]
    page_status: tuple[str, ...]  # Page.status per page
    removed_lines: int = 0
    warnings: tuple[str, ...] = ()
    outcome: str | None = None  # one of OUTCOMES, as the document records it
    references: tuple[str, ...] = ()  # document numbers it cites: "RIS320288", "RV-2026-044"
    motion: Motion | None = None  # for a motie or amendement

    @property
    def name(self) -> str:
        return Path(self.path).name

    @property
    def passages(self) -> list[Passage]:
        return [p for s in self.sections for p in s.passages]

    def subtree(self, section: Section) -> list[Section]:
        """``section`` and every section nested under it, in document order."""
        ids, out = {section.id}, []
        for s in self.sections:
            if s.id in ids or s.parent in ids:
                ids.add(s.id)
                out.append(s)
        return out

    @property
    def word_count(self) -> int:
        words = sum(len(p.text.split()) for p in self.passages)
        words += sum(len(s.heading.split()) for s in self.sections)
        return words + sum(len(t.text.split()) for t in self.tables)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["name"] = self.name
        return data


# ---------------------------------------------------------------------------------------------
# Briefing: what summarise produces and render writes out
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Cited:
    """A verbatim piece of the document (whitespace-normalised) with the page it stands on."""

    text: str
    page: int
    page_end: int | None = None  # set when the text may run on to a later page


@dataclass(frozen=True)
class CitedAmount:
    """A euro amount as written (``text``), its value, a short verbatim context and page.

    Made from a found ``amounts.Amount`` by ``Amount.cite`` (which drops its offsets).
    """

    value_eur: float | None
    text: str
    page: int
    context: str = ""
    value_max_eur: float | None = None  # upper bound of a range ("€ 1 à 2 miljoen")
    qualifier: str | None = None  # "structureel", "per jaar", ...
    label: str = ""  # what it is for, words from its own sentence or table row


@dataclass(frozen=True)
class CitedDate:
    """A date, deadline or period as written, normalised where possible, with page.

    Made from a found ``dates.DateMention`` by ``DateMention.cite`` (which drops its offsets).
    """

    date: str | None  # YYYY-MM-DD when a day is named
    text: str
    page: int
    kind: str = "date"  # date | deadline | period
    period: str | None = None  # "2027-Q3", "2027-03", "2027", "2024/2027"
    context: str = ""
    label: str = ""  # what it is the date of, words from its own sentence


CitedFact = TypeVar("CitedFact", CitedAmount, CitedDate)


def group_by_pages(
    items: Sequence[CitedFact], key: Callable[[CitedFact], Hashable]
) -> list[tuple[CitedFact, list[int]]]:
    """Items with the same ``key`` as one entry (the first, with its context) with all pages."""
    groups: dict[Hashable, tuple[CitedFact, list[int]]] = {}
    for item in items:
        k = key(item)
        if k not in groups:
            groups[k] = (item, [item.page])
        elif item.page not in groups[k][1]:
            groups[k][1].append(item.page)
    return list(groups.values())


@dataclass(frozen=True)
class PageShare:
    """One page of a document for the reading map: its framework share and main section."""

    page: int
    share: float | None  # framework words / labelled words on the page; None without labels
    section: str = ""  # heading of the section with most words on the page


@dataclass(frozen=True)
class SkippedSection:
    """A section of mostly detail that the briefing leaves out, with its page range."""

    heading: str
    pages: tuple[int, int]  # first and last page


@dataclass(frozen=True)
class Briefing:
    """A condensed, page-cited briefing of one document; all document text is verbatim."""

    title: str
    doc_type: str
    pages: int
    file_name: str
    sha256: str
    date: str | None
    municipality: str | None
    asks_nothing: bool
    decision_points: tuple[Cited, ...]  # numbered 1.. in order
    summary: tuple[Cited, ...]
    # "samenvatting" (the document's own) | "extractief" | "geen" | "geen ruimte" (none fits)
    summary_source: str
    amounts: tuple[CitedAmount, ...]
    dates: tuple[CitedDate, ...]
    risks: tuple[Cited, ...]
    participation: tuple[Cited, ...]
    skipped_sections: tuple[SkippedSection, ...]
    source_words: int
    briefing_words: int
    reading_minutes_source: int
    reading_minutes_briefing: int
    framework_share: float | None  # None when the passages carry no labels
    labelled_by: str | None = None  # model name, or None when no model was used
    more_risks: int = 0  # risk sentences left out to keep the briefing short
    more_participation: int = 0
    notes: tuple[str, ...] = ()  # Dutch warnings for the reader (scanned pages, no model)
    outcome: str | None = None  # as the document records it (StructuredDocument.outcome)
    references: tuple[str, ...] = ()
    motion: Motion | None = None
    all_amounts: tuple[CitedAmount, ...] = ()  # every amount; ``amounts`` are those shown
    all_dates: tuple[CitedDate, ...] = ()  # every date; ``dates`` are those shown
    page_map: tuple[PageShare, ...] = ()  # one entry per page, for the reading map
    # What the Markdown lists when the decision points alone exceed its budget: the first
    # points verbatim, the last possibly cut (ending in " …"); None = every point in full.
    shown_points: tuple[Cited, ...] | None = None


# Kinds of agenda item.
HAMERSTUK = "hamerstuk"
BESPREEKSTUK = "bespreekstuk"
OVERIG = "overig"


@dataclass(frozen=True)
class AgendaItem:
    """One numbered agenda item; ``documents`` are file names named by the source itself."""

    number: str
    title: str
    kind: str = "overig"  # hamerstuk | bespreekstuk | overig
    text: str = ""  # the item's own text (notes, lists of documents)
    page: int | None = None  # page in the agenda PDF
    documents: tuple[str, ...] = ()
    ris: str | None = None  # the proposal's number as a besluitenlijst cites it: "RIS319905"
    outcome: str | None = None  # the proposal's outcome as the besluitenlijst lists it
    amended: bool = False  # the besluitenlijst lists a "Geamendeerd voorstel"
    motions: tuple[ListedMotion, ...] = ()  # the motions and amendments listed under it


@dataclass(frozen=True)
class ListedMotion:
    """One motion or amendment row of a besluitenlijst: "321232  Amendement K.A HvDH Een deel
    middenhuur ...  Aangenomen"."""

    code: str  # "K.A"
    kind: str  # motie | amendement
    title: str
    party: str | None = None
    outcome: str | None = None  # one of OUTCOMES, or None ("Niet ingediend")
    number: str | None = None  # its own RIS number: "RIS321232"


@dataclass(frozen=True)
class Meeting:
    """A meeting's date, body and agenda, with where it was read from."""

    body: str | None
    date: str | None  # YYYY-MM-DD
    municipality: str | None
    items: tuple[AgendaItem, ...]
    time: str | None = None
    place: str | None = None
    source: str = ""  # file name of the agenda PDF or Notubiz JSON
    extra: dict[str, str] = field(default_factory=dict)


# ---------------------------------------------------------------------------------------------
# What happened to one input file: the result of pipeline.process_document
# ---------------------------------------------------------------------------------------------

DOCUMENT_TIMEOUT = 300  # seconds per document, all stages together

# The status words are shown to users and written to meeting.json, hence Dutch.
PROCESSED = "verwerkt"
UNCHANGED = "ongewijzigd"
FAILED = "mislukt"
STATUSES = (PROCESSED, UNCHANGED, FAILED)


@dataclass(frozen=True)
class DocumentResult:
    """One input file's fate: its document with the rendered briefing, or a Dutch reason.

    ``doc``, ``briefing``, ``markdown`` and ``html`` are only set on a fresh result that is
    still to be stored; callers drop them once it is.
    """

    path: str
    status: str  # PROCESSED | UNCHANGED | FAILED
    sha256: str = ""
    pages: int = 0
    title: str = ""
    doc_type: str = ""
    code: str = ""  # why it failed, for records (PdfError.code, "onverwacht", ...)
    message: str = ""  # Dutch, names the file; for UNCHANGED an optional note
    seconds: float = 0.0
    output: str = ""  # stem of the briefing files a batch wrote under OUTDIR/briefings
    doc: StructuredDocument | None = None
    briefing: dict[str, Any] | None = None  # render.briefing_to_dict of the briefing
    markdown: str = ""
    html: str = ""
    framework_share: float | None = None

    @property
    def file_name(self) -> str:
        return Path(self.path).name
