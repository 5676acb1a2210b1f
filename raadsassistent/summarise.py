"""Stage 4: turn a structured document into a short, faithful, page-cited briefing.

Nothing is invented. Every decision point, summary, risk and participation line is a
whitespace-normalised substring of the document's own text (``nlp.normalise_ws``); the only
words this module adds are the fixed Dutch labels of the template (in ``render``).

The Kern is extractive: sentences of framework passages are ranked by the model's framework
probability, their position, cue headings (Samenvatting, Beoogd effect, Argumenten,
Kanttekeningen/Risico's, Financiën) and LexRank centrality over TF-IDF vectors; maximal
marginal relevance removes near-duplicates and the chosen sentences keep their source order.
When the document has its own Samenvatting, its sentences are the Kern. A word budget keeps
the whole briefing at most ``MAX_SHARE`` of the source for documents over ``LONG_DOC_PAGES``.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any

from .amounts import find_amounts, group_amounts
from .dates import find_dates, group_dates
from .decisions import CLOSING_RE, find_decision_points
from .excerpts import MONEY_NOUN_RE, Excerpt, fact_label, find_participation, find_risks
from .nlp import (
    LIST_MARKER_RE,
    heading_key,
    markdown_word_count,
    may_hold,
    normalise_ws,
    split_sentences,
)
from .types import (
    DETAIL,
    FRAMEWORK,
    MOTION_TYPES,
    Briefing,
    Cited,
    CitedAmount,
    CitedDate,
    Passage,
    Section,
    SkippedSection,
    StructuredDocument,
)

__all__ = [
    "summarise_document",
    "summarise_documents",
    "briefing_word_count",
    "reading_minutes",
    "sentence_units",
    "markdown_budget",
    "template_words",
    "WORDS_PER_MINUTE",
    "MAX_SHARE",
    "MARKDOWN_SHARE",
    "MAX_SHOWN_AMOUNTS",
    "MAX_SHOWN_DATES",
]

WORDS_PER_MINUTE = 200
MAX_SHARE = 0.10  # briefing words / source words, for documents over LONG_DOC_PAGES pages
MARKDOWN_SHARE = 0.25  # the whole Markdown briefing / source words (page citations not counted)
MARKDOWN_MIN_WORDS = 150  # always allowed
MAX_SHOWN_AMOUNTS = 8
MAX_SHOWN_DATES = 6
MOTION_KERN_SENTENCES = 3
MOTION_KERN_WORDS = 70
LONG_DOC_PAGES = 5
SHORT_DOC_SHARE = 0.2  # Kern, risks and participation of short documents
SHORT_DOC_MIN_WORDS = 80
MAX_SUMMARY_SENTENCES = 15
MAX_CANDIDATES = 1500  # sentences ranked by centrality; more are pre-filtered
MAX_RISKS = 6
MAX_PARTICIPATION = 5
CONTEXT_WORDS = 8  # words of context on each side of an amount or date
MMR_LAMBDA = 0.7
MIN_SKIPPED_WORDS = 25  # smaller detail sections get no line of their own
MIN_FRAMEWORK_SHARE = 0.15  # below this share of framework words nothing is skipped
MAX_SKIPPED_SHARE = 0.6  # a section with more of the document's words is never skipped whole
MIN_SENTENCE_WORDS = 6
MAX_SENTENCE_WORDS = 90

# Weights of the sentence score: model, centrality, section cue, position, length.
SCORE_WEIGHTS = (0.35, 0.25, 0.2, 0.15, 0.05)

_CUES: tuple[tuple[re.Pattern[str], float], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), weight)
    for pattern, weight in (
        (r"samenvatting|in het kort|\bkern\b|conclusie", 1.0),
        (r"beoogd(e)? effect|wat willen we bereiken|\bdoel(en|stelling)?\b|ambitie", 0.7),
        (r"argument|waarom|alternatie|scenario|variant|afweging|opties", 0.6),
        (r"kanttekening|risico", 0.5),
        (r"financi|wat mag het kosten|\bkosten\b|dekking", 0.5),
        (r"aanleiding|inleiding|probleem", 0.4),
        (r"voorstel|wat gaan we|aanpak|maatregel|planbeschrijving|visie|uitgangspunt", 0.4),
    )
)
_OWN_SUMMARY_RE = re.compile(
    r"^(?:korte |management|publieks|bestuurlijke )?samenvatting"
    r"(?: (?:en conclusies?|van (?:het|dit) \w+))?$|^in het kort$|^kern(?:punten)?$",
    re.IGNORECASE,
)
_DECISION_HEADING_RE = re.compile(
    r"^(?:beslispunt|voorgesteld(?:e)? (?:besluit|beslis)|gevraagd besluit|te nemen besluit"
    r"|ontwerp-?besluit|raadsbesluit|besluit\b|voorstel$|het college stelt de raad voor)",
    re.IGNORECASE,
)
# Without a model, sections are judged on their headings (the chapters zoning plans share).
_DETAIL_HEADING_RE = re.compile(
    r"omgevingsaspect|milieuaspect|milieu|bodem|geluid|luchtkwaliteit|\bwater\b|waterparagraaf"
    r"|ecologie|flora|fauna|natuur(?:waarden|bescherming)|archeolog|cultuurhistor"
    r"|externe veiligheid|kabels|leidingen|verkeer en parkeren|parkeren|juridisch"
    r"|toelichting op de regels|regels|handhaving|uitvoerbaarheid|technische|onderzoeken?$"
    r"|bijlage|planregels|verbeelding|trillingen|bedrijven en milieuzonering|geur",
    re.IGNORECASE,
)
# Lines that are no content: salutations, signatures, closing formulas, contact details.
_BOILERPLATE_RE = re.compile(
    r"^(?:geachte|met vriendelijke groet|hoogachtend|burgemeester en wethouders"
    r"|de secretaris|de burgemeester|de griffier|de voorzitter|namens|bijlage[n]?\s*:"
    r"|aan de gemeenteraad|onderwerp\s*:|datum\s*:|kenmerk|ons kenmerk|uw kenmerk"
    r"|contactpersoon|telefoon|e-?mail|registratie"
    r"|de (?:gemeente)?raad van (?:de gemeente )?[\w' -]{2,40}?,? in (?:openbare )?vergadering"
    r" bijeen"
    r"|de kamer, gehoord de beraadslaging|gehoord de beraadslaging"
    # the preamble of a besluit: "de raad van de gemeente Den Haag," "gezien het voorstel ..."
    r"|de (?:gemeente)?raad van (?:de gemeente )?[\w' -]{2,40},?$"
    r"|gezien (?:het|de) (?:voorstel|brief|advies|initiatiefvoorstel)\b[^.;]*,$"
    r"|aldus (?:besloten|vastgesteld|aangenomen|verworpen|geamendeerd)\b)",
    re.IGNORECASE,
)
# A dedicated section only counts as participation when its heading is about residents;
# "Waarom een zienswijze?" in a proposal to a joint body is the council's own view.
_PARTICIPATION_SECTION_RE = re.compile(
    r"participatie|inspraak|inwoners|bewoners|omwonenden|samenleving|belanghebbenden"
    r"|communicatie|betrokken|omgevingsdialoog|zienswijzen",
    re.IGNORECASE,
)
# Outside such a section a sentence must name residents or a form of involvement: a bare
# "zienswijze" is often the council's own (to a joint body), not residents' participation.
_PARTICIPATION_WORD_RE = re.compile(
    r"participatie|inspraak|inwoners|bewoners|omwonenden|belanghebbenden|ondernemers"
    r"|eenieder|iedereen|insprekers|ter inzage|bijeenkomst|inloopavond|informatieavond"
    r"|enquête|enquete|klankbord|samenleving|buurt|gesprekken? met",
    re.IGNORECASE,
)
# An opening that could stand in any document ("In een wereld die snel verandert ...").
_OPENING_BOILERPLATE_RE = re.compile(
    r"^(?:in een (?:wereld|tijd|samenleving)\b|in (?:deze|onze) (?:snel )?veranderende"
    r"|de wereld (?:om ons heen )?verandert|wij leven in|we leven in|het is (?:algemeen )?bekend"
    r"|iedereen weet|steeds meer mensen|de tijden veranderen)",
    re.IGNORECASE,
)
# Words of a framework sentence: goals, choices, alternatives, consequences, risks.
_FRAMEWORK_WORD_RE = re.compile(
    r"\bdoel|beoogd|bereiken|alternatie|variant|scenario|\boptie|keuze|kiezen|gevolg"
    r"|consequentie|risico|tekort|voorwaarde|uiterlijk|\beffect|ambitie|streven|voorstel",
    re.IGNORECASE,
)
# The literal words of _FRAMEWORK_WORD_RE: a sentence without one of them (lowercased)
# cannot match, which is much cheaper to test than the case-insensitive alternation.
_FRAMEWORK_WORDS = tuple(_FRAMEWORK_WORD_RE.pattern.replace("\\b", "").split("|"))


def _has_framework_word(text: str) -> bool:
    """``_FRAMEWORK_WORD_RE.search(text)``, answered without the regex where it surely fails."""
    return may_hold(text, _FRAMEWORK_WORDS) and _FRAMEWORK_WORD_RE.search(text) is not None


# Sentences that lean on the one before them read badly alone.
_ANAPHORIC_RE = re.compile(
    r"^(?:zij|hij|het|deze|dit|dat|die|daarnaast|daarom|daardoor|daarmee|daarbij|hierdoor"
    r"|hiermee|hierbij|ook|bovendien|wel|maar|en|of)\b",
    re.IGNORECASE,
)


# ---------------------------------------------------------------------------------------------
# Sentences
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SentenceUnit:
    """One candidate sentence: normalised text, where it stands and what it scores on."""

    text: str
    page: int
    page_end: int
    section_id: str
    passage_id: str
    order: int  # position in the document
    first_in_passage: bool
    probability: float  # framework probability of its passage (0.5 when unknown)


@functools.lru_cache(maxsize=65536)
def _split(text: str) -> tuple[str, ...]:
    """The whitespace-normalised sentences of one passage.

    Cached: the Kern, the skipped sections and the excerpts all ask for the same passages.
    """
    return tuple(normalise_ws(sentence) for sentence in split_sentences(text))


def sentence_units(
    doc: StructuredDocument, passages: Iterable[tuple[Section, Passage]] | None = None
) -> list[SentenceUnit]:
    """The sentences of ``passages`` (default: all) in document order."""
    if passages is None:
        passages = ((s, p) for s in doc.sections for p in s.passages)
    units: list[SentenceUnit] = []
    for section, passage in passages:
        # normalise_ws maps each newline to one space, so offsets into it are offsets into
        # the passage text, which page_at understands
        flat, cursor = normalise_ws(passage.text), 0
        for i, sentence in enumerate(_split(passage.text)):
            at = flat.find(sentence, cursor)
            if at >= 0:
                cursor = at + len(sentence)
                page, page_end = passage.page_at(at), passage.page_at(cursor - 1)
            else:
                page = passage.page
                page_end = passage.page if i == 0 else max(passage.page, passage.page_end)
            probability = passage.framework_probability
            units.append(
                SentenceUnit(
                    text=sentence,
                    page=page,
                    page_end=page_end,
                    section_id=section.id,
                    passage_id=passage.id,
                    order=len(units),
                    first_in_passage=i == 0,
                    probability=0.5 if probability is None else float(probability),
                )
            )
    return units


def _words(text: str) -> int:
    return len(text.split())


def _is_content(sentence: str, min_words: int = MIN_SENTENCE_WORDS) -> bool:
    """Whether a sentence can stand in the Kern: long enough, prose, no boilerplate."""
    words = sentence.split()
    if not min_words <= len(words) <= MAX_SENTENCE_WORDS:
        return False
    if sentence.rstrip().endswith(":") or _BOILERPLATE_RE.match(sentence):
        return False
    if "(cid:" in sentence or ("gaat" in sentence.lower() and CLOSING_RE.search(sentence)):
        return False  # CLOSING_RE needs "gaat" ("g", "a", "t" have no other case forms)
    letters = sum(map(str.isalpha, sentence))
    lower_words = sum(1 for w in words if w[:1].islower())
    return letters >= 0.6 * len(sentence.replace(" ", "")) and lower_words >= len(words) / 3


# ---------------------------------------------------------------------------------------------
# Ranking: centrality, cues, MMR
# ---------------------------------------------------------------------------------------------


_TFIDF_TOKEN_RE = re.compile(r"(?u)\b\w\w+\b")


def _tfidf(texts: Sequence[str]) -> Any:
    """L2-normalised TF-IDF rows of ``texts`` (Unicode words of two letters or more), or None
    without vocabulary: scikit-learn's ``TfidfVectorizer(sublinear_tf=True)``, computed here
    so that a briefing does not import scikit-learn (about 1.6 s of start-up)."""
    import numpy as np
    import scipy.sparse as sp

    rows = [Counter(_TFIDF_TOKEN_RE.findall(text.lower())) for text in texts]
    vocabulary = {word: i for i, word in enumerate(sorted({w for row in rows for w in row}))}
    if not vocabulary:
        return None  # only numbers or one-letter words
    indptr, indices, counts = [0], [], []
    for row in rows:
        for column, count in sorted((vocabulary[w], n) for w, n in row.items()):
            indices.append(column)
            counts.append(count)
        indptr.append(len(indices))
    shape = (len(rows), len(vocabulary))
    matrix = sp.csr_matrix(
        (np.asarray(counts, dtype=np.float64), np.asarray(indices), np.asarray(indptr)), shape
    )
    df = np.bincount(matrix.indices, minlength=shape[1])
    idf = np.log((1 + shape[0]) / (1 + df)) + 1.0  # smooth_idf
    matrix.data = (np.log(matrix.data) + 1.0) * idf[matrix.indices]  # sublinear tf
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sp.csr_matrix(sp.diags(1.0 / norms) @ matrix)


def _similarity(matrix: Any, n: int) -> Any:
    import numpy as np

    if matrix is None:
        return np.eye(n)
    return np.asarray((matrix @ matrix.T).todense(), dtype=float)


def lexrank(similarity: Any, damping: float = 0.85, iterations: int = 60) -> Any:
    """Continuous LexRank scores (max 1.0) from a cosine similarity matrix."""
    import numpy as np

    n = similarity.shape[0]
    if n == 0:
        return np.zeros(0)
    weights = similarity.copy()
    np.fill_diagonal(weights, 0.0)
    row_sums = weights.sum(axis=1, keepdims=True)
    # a sentence that shares nothing with the rest passes its weight on evenly
    transition = np.where(row_sums > 0, weights / np.where(row_sums > 0, row_sums, 1), 1.0 / n)
    scores = np.full(n, 1.0 / n)
    for _ in range(iterations):
        updated = (1 - damping) / n + damping * transition.T @ scores
        if np.abs(updated - scores).sum() < 1e-9:
            scores = updated
            break
        scores = updated
    top = scores.max()
    return scores / top if top > 0 else scores


def _cue(headings: Sequence[str]) -> float:
    """The strongest cue among a section's heading and those of its ancestors."""
    best = 0.0
    for depth, heading in enumerate(headings):
        for regex, weight in _CUES:
            if regex.search(heading):
                best = max(best, weight * (1.0 if depth == 0 else 0.8))
    return best


def _scores(units: Sequence[SentenceUnit], cues: dict[str, float], central: Any) -> list[float]:
    w_model, w_central, w_cue, w_pos, w_len = SCORE_WEIGHTS
    n = max(len(units), 1)
    out = []
    for i, unit in enumerate(units):
        position = 1.0 - i / n
        if unit.first_in_passage:
            position = min(1.0, position + 0.3)
        words = _words(unit.text)
        length = 1.0 if 10 <= words <= 40 else 0.5
        if _ANAPHORIC_RE.match(unit.text) and not _cue_is_summary(cues.get(unit.section_id)):
            length -= 3.0  # the sentence needs its predecessor
        if _OPENING_BOILERPLATE_RE.match(unit.text):
            length -= 3.0  # says nothing about this document
        cue = cues.get(unit.section_id, 0.0)
        if _has_framework_word(unit.text):
            cue = min(1.0, cue + 0.3)
        out.append(
            w_model * unit.probability
            + w_central * float(central[i])
            + w_cue * cue
            + w_pos * position
            + w_len * length
        )
    return out


def _cue_is_summary(cue: float | None) -> bool:
    return bool(cue and cue >= 1.0)


def _mmr_select(
    units: Sequence[SentenceUnit],
    scores: Sequence[float],
    similarity: Any,
    budget: int,
    max_sentences: int,
    lam: float = MMR_LAMBDA,
) -> list[int]:
    """Indices chosen greedily by maximal marginal relevance within a word budget."""
    chosen: list[int] = []
    left = set(range(len(units)))
    words = [_words(u.text) for u in units]
    # the highest similarity of each candidate to a chosen sentence (similarities are >= 0)
    redundancy: list[float] = [0.0] * len(units)
    used = 0
    while left and len(chosen) < max_sentences:
        best, best_value = -1, -math.inf
        for i in left:
            if used + words[i] > budget:
                continue
            value = lam * scores[i] - (1 - lam) * redundancy[i]
            if value > best_value:
                best, best_value = i, value
        if best < 0:
            break
        left.discard(best)
        # a near-copy of a chosen sentence adds nothing
        if chosen and redundancy[best] > 0.8:
            continue
        chosen.append(best)
        used += words[best]
        column = similarity[:, best].tolist()
        redundancy = [max(r, c) for r, c in zip(redundancy, column, strict=True)]
    return sorted(chosen)


# ---------------------------------------------------------------------------------------------
# Sections: ancestry, labels, skipped detail
# ---------------------------------------------------------------------------------------------


class _Tree:
    """Parent links of a document's sections (subtrees: ``StructuredDocument.subtree``)."""

    def __init__(self, doc: StructuredDocument):
        self.doc = doc
        self.sections = list(doc.sections)
        self.by_id = {s.id: s for s in self.sections}

    def ancestors(self, section: Section) -> list[Section]:
        """``section`` and its ancestors, nearest first."""
        out, seen = [section], {section.id}
        while section.parent in self.by_id and section.parent not in seen:
            section = self.by_id[section.parent]
            seen.add(section.id)
            out.append(section)
        return out


def _effective_labels(doc: StructuredDocument, tree: _Tree) -> dict[str, str]:
    """Passage id -> framework | detail; unlabelled passages are judged on their headings."""
    labels = {}
    for section in doc.sections:
        headings = [heading_key(s.heading) for s in tree.ancestors(section)]
        # the front matter and title sections are never detail by heading
        by_heading = any(_DETAIL_HEADING_RE.search(h) for h in headings[:-1] or headings)
        if section.level == 0 or (section.parent is None and not section.passages):
            by_heading = False
        for p in section.passages:
            if p.label in (FRAMEWORK, DETAIL):
                labels[p.id] = p.label
            else:
                labels[p.id] = DETAIL if by_heading else FRAMEWORK
    return labels


def _section_pages(sections: Sequence[Section]) -> tuple[int, int]:
    pages = [s.page for s in sections]
    for s in sections:
        for p in s.passages:
            pages += [p.page, max(p.page, p.page_end)]
    return min(pages), max(pages)


def _worth_a_line(sections: Sequence[Section]) -> bool:
    """A skipped section is listed when it holds prose; a field block or a stub is not."""
    texts = [p.text for s in sections for p in s.passages]
    if sum(_words(t) for t in texts) < MIN_SKIPPED_WORDS:
        return False
    return any(_is_content(sentence) for t in texts for sentence in _split(t))


def _skipped_sections(
    doc: StructuredDocument, tree: _Tree, labels: dict[str, str], protected: set[str]
) -> tuple[list[SkippedSection], set[str]]:
    """Top-most sections whose every part is mostly detail, and all section ids they cover."""

    def mostly_detail(section: Section) -> bool | None:
        total = detail = 0
        for p in section.passages:
            words = _words(p.text)
            total += words
            detail += words if labels.get(p.id) == DETAIL else 0
        return None if total == 0 else detail > total / 2

    skipped: list[SkippedSection] = []
    covered: set[str] = set()
    doc_words = sum(_words(p.text) for p in doc.passages)
    for section in doc.sections:
        if section.id in covered or section.id in protected or not section.heading.strip():
            continue
        parts = doc.subtree(section)
        if any(s.id in protected for s in parts):
            continue
        words = sum(_words(p.text) for s in parts for p in s.passages)
        if words > MAX_SKIPPED_SHARE * doc_words:
            continue  # skipping most of the document would leave no briefing: look deeper
        verdicts = [mostly_detail(s) for s in parts]
        judged = [v for v in verdicts if v is not None]
        if judged and all(judged) and _worth_a_line(parts):
            skipped.append(
                SkippedSection(heading=normalise_ws(section.heading), pages=_section_pages(parts))
            )
            covered |= {s.id for s in parts}
    return skipped, covered


# ---------------------------------------------------------------------------------------------
# Amounts and dates
# ---------------------------------------------------------------------------------------------

# "in 2026", "vanaf 2028": a bare year is background, not a date or deadline to act on
_BARE_YEAR_RE = re.compile(
    r"^(?:(?:in|vanaf|voor|tot|na|sinds|per|rond|omstreeks|anno|het\s+jaar|in\s+het\s+jaar)\s+)?"
    r"(?:19|20)\d\d$",
    re.IGNORECASE,
)
_CLAUSE_END_RE = re.compile(r"[.;!?](?=\s)|\n")


def _window(text: str, start: int, end: int, words: int) -> str:
    """Up to ``words`` words either side of ``[start, end)`` within its clause, normalised.

    The window is cut at whitespace in the source, so it stays a verbatim substring.
    """
    left = 0
    for m in _CLAUSE_END_RE.finditer(text, 0, start):
        left = m.end()
    right_match = _CLAUSE_END_RE.search(text, end)
    right = right_match.end() if right_match else len(text)
    tokens = [(m.start(), m.end()) for m in re.finditer(r"\S+", text[left:right])]
    tokens = [(x + left, y + left) for x, y in tokens]
    inside = [i for i, (x, y) in enumerate(tokens) if x < end and y > start]
    if not inside:
        return normalise_ws(text[start:end])
    first = max(0, inside[0] - words)
    last = min(len(tokens) - 1, inside[-1] + words)
    return normalise_ws(text[tokens[first][0] : tokens[last][1]])


@functools.lru_cache(maxsize=65536)
def _amounts_in(text: str) -> tuple[Any, ...]:
    """Cached: the briefing tries several context lengths over the same passages."""
    return tuple(find_amounts(text))


@functools.lru_cache(maxsize=65536)
def _dates_in(text: str, reference_year: int | None) -> tuple[Any, ...]:
    return tuple(find_dates(text, reference_year=reference_year))


PageAt = Callable[[int], int]
ContextAt = Callable[[int, int], str]
LabelAt = Callable[[int, int, "re.Pattern[str] | None", bool], str]


def _on_page(page: int) -> PageAt:
    return lambda _offset: page


def _fixed_context(context: str) -> ContextAt:
    return lambda _start, _end: context


def _window_context(text: str, words: int) -> ContextAt:
    return lambda start, end: _window(text, start, end, words)


def _fixed_label(label: str) -> LabelAt:
    return lambda _start, _end, _cue, _line: label


def _sentence_label(text: str) -> LabelAt:
    return lambda start, end, cue, line: fact_label(text, start, end, cue=cue, line=line)


@dataclass(frozen=True)
class _Source:
    """A heading, passage or table text with how to cite a span of it."""

    text: str
    page_at: PageAt
    context: ContextAt
    label: LabelAt
    in_table: bool = False


def _text_sources(
    doc: StructuredDocument, context_words: int, *, whole_tables: bool
) -> Iterator[_Source]:
    """Every heading, passage and table text with how to cite a span of it: page, context."""
    for section, passage in _ordered_blocks(doc):
        if passage is None:
            heading = section.heading
            yield _Source(
                heading,
                _on_page(section.page),
                _fixed_context(normalise_ws(heading)),
                _sentence_label(heading),
            )
        else:
            yield _Source(
                passage.text,
                passage.page_at,
                _window_context(passage.text, context_words),
                _sentence_label(passage.text),
            )
    for table in doc.tables:
        if not whole_tables:
            for cell, label in _table_cells(table.rows):
                yield _Source(
                    cell, _on_page(table.page), _fixed_context(label), _fixed_label(label), True
                )
            continue
        # The whole table at once, so a "(x € 1.000)" column header scales its cells.
        cells = _cell_spans(table.rows)
        labels = {(r, c): label for r, c, _cell, label in _labelled_cells(table.rows)}

        def label_at(start: int, end: int, cells=cells, labels=labels) -> str:
            for a, b, r, c in cells:
                if a <= start < b:
                    return labels.get((r, c), "")
            return ""

        yield _Source(table.text, _on_page(table.page), label_at, _cell_label(label_at), True)


def _cell_label(label_at: ContextAt) -> LabelAt:
    """A table cell is labelled by its row and column, whatever the cue."""
    return lambda start, end, _cue, _line: label_at(start, end)


# A number without "€", "euro" or a multiplier is a cell of a scaled table ("(x € 1.000)").
_SCALED_CELL_RE = re.compile(r"^[-−–]?\d+(?:[.,]\d+)*$")
# Amounts that shape a decision: totals, credits, cover and lasting effects.
_KEY_MONEY_RE = re.compile(
    r"totaal|krediet|dekking|gedekt|structure|jaarlijks|kapitaallasten|investering|budget"
    r"|reserve|begroting|bijdrage|subsidie",
    re.IGNORECASE,
)
_RISK_MONEY_RE = re.compile(
    r"risico|tekort|overschrijding|onzeker|tegenvaller|nadeel|kanttekening|claim|schade",
    re.IGNORECASE,
)
# Dates that are for or by the council: meetings, decisions, views, reports back.
_COUNCIL_DATE_RE = re.compile(
    r"\braad|vergadering|commissie|zienswijze|besluit|vaststel|vastgesteld|inwerking"
    r"|in werking|evaluat|informeren|rapporte|terugkoppel|voorleggen|verantwoord|indienen",
    re.IGNORECASE,
)


def _doc_amounts(doc: StructuredDocument, context_words: int) -> list[tuple[CitedAmount, bool]]:
    """Every amount, labelled, with whether it stands in a table (a row, not a sentence)."""
    out = []
    for src in _text_sources(doc, context_words, whole_tables=True):
        for a in _amounts_in(src.text):
            scaled = bool(_SCALED_CELL_RE.match(a.text.strip()))
            label = src.label(a.start, a.end, MONEY_NOUN_RE, scaled)
            cited = replace(a.cite(src.page_at(a.start), src.context(a.start, a.end)), label=label)
            out.append((cited, src.in_table or scaled))
    return out


def _cell_spans(rows: Sequence[Sequence[str]]) -> list[tuple[int, int, int, int]]:
    """(start, end, row, column) of every cell in ``Table.text``."""
    spans, pos = [], 0
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            spans.append((pos, pos + len(cell), r, c))
            pos += len(cell) + len(" | ")
        pos += 1 - len(" | ") if row else 1
    return spans


def _doc_dates(doc: StructuredDocument, context_words: int) -> list[CitedDate]:
    ref = int(doc.date[:4]) if doc.date and doc.date[:4].isdigit() else None
    return [
        replace(
            m.cite(src.page_at(m.start), src.context(m.start, m.end)),
            label=src.label(m.start, m.end, None, False),
        )
        for src in _text_sources(doc, context_words, whole_tables=False)
        for m in _dates_in(src.text, ref)
        if m.kind == "deadline" or not _BARE_YEAR_RE.match(normalise_ws(m.text))
    ]


def _amount_rank(amount: CitedAmount, in_table: bool, point_texts: Sequence[str]) -> int:
    """0 in a decision point, 1 totals, credits, cover and lasting effects, 2 risks,
    3 other amounts in prose, 4 table cells."""
    if any(amount.text in t for t in point_texts):
        return 0
    said = f"{amount.label} {amount.context}"
    if in_table:
        return 1 if re.search(r"totaal", amount.label, re.IGNORECASE) else 4
    if _KEY_MONEY_RE.search(said) or amount.qualifier in ("structureel", "jaarlijks", "per jaar"):
        return 1
    if _RISK_MONEY_RE.search(said):
        return 2
    return 3


def _date_rank(date: CitedDate, point_texts: Sequence[str]) -> int:
    """0 deadlines and dates in decision points, 1 dates of the council's own steps,
    2 other named days, 3 periods."""
    if date.kind == "deadline" or any(date.text in t for t in point_texts):
        return 0
    if _COUNCIL_DATE_RE.search(f"{date.label} {date.context}"):
        return 1
    return 2 if date.date else 3


def _ranked_groups(items: Sequence[Any], rank: Callable[[Any], int], key: Callable[[Any], Any]):
    """Items grouped by ``key`` (all occurrences), groups ordered by rank then first position."""
    groups: dict[Any, list[Any]] = {}
    for item in items:
        groups.setdefault(key(item), []).append(item)
    order = {k: i for i, k in enumerate(groups)}
    return sorted(groups.values(), key=lambda g: (min(rank(x) for x in g), order[key(g[0])]))


def _fact_words(item: CitedAmount | CitedDate) -> int:
    """Words a shown amount or date takes in the Markdown: text, normalised value, label."""
    extra = 2 if isinstance(item, CitedAmount) else 1
    return _words(item.text) + extra + _words(item.label)


def _shown(
    groups: Sequence[Sequence[Any]],
    limit: int,
    budget: int,
    must: int = 0,
    ceiling: int | None = None,
) -> tuple[list[Any], int]:
    """Occurrences of the first groups that fit ``budget`` words; the first ``must`` also
    beyond it, but never beyond ``ceiling`` words (what the whole briefing has left)."""
    shown: list[Any] = []
    used = 0
    for i, group in enumerate(groups[:limit]):
        cost = _fact_words(group[0])
        allowed: float = budget
        if i < must:
            allowed = math.inf if ceiling is None else max(budget, ceiling)
        if used + cost > allowed:
            break
        shown += group
        used += cost
    return shown, used


def _ordered_blocks(doc: StructuredDocument) -> list[tuple[Section, Passage | None]]:
    """Each heading (passage None) and passage in document order."""
    out: list[tuple[Section, Passage | None]] = []
    for section in doc.sections:
        if section.heading.strip():
            out.append((section, None))
        out += [(section, p) for p in section.passages]
    return out


def _table_cells(rows: Sequence[Sequence[str]]) -> list[tuple[str, str]]:
    """(cell, context) for every cell: the row's first cell and the column header."""
    return [(cell, label) for _r, _c, cell, label in _labelled_cells(rows)]


def _labelled_cells(rows: Sequence[Sequence[str]]) -> list[tuple[int, int, str, str]]:
    """(row, column, cell, context) for every non-empty cell."""
    out = []
    header = rows[0] if rows else ()
    if any(find_amounts(cell) or find_dates(cell) for cell in header):
        header = ()  # a header row names columns; amounts or dates make it a data row
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            if not cell or not cell.strip():
                continue
            parts = []
            if c > 0 and row[0].strip():
                parts.append(normalise_ws(row[0]))
            if r > 0 and c < len(header) and header[c].strip() and c > 0:
                parts.append(normalise_ws(header[c]))
            out.append((r, c, cell, ", ".join(parts) or normalise_ws(cell)))
    return out


# ---------------------------------------------------------------------------------------------
# Risks and participation
# ---------------------------------------------------------------------------------------------


def _excerpt_items(
    excerpts: Sequence[Excerpt],
    excluded_sections: set[str],
    excluded_texts: Sequence[str],
) -> list[Cited]:
    """Verbatim items from excerpts, fragments split at ';' or ':' joined back together."""
    kept = []
    for e in excerpts:
        section_id = e.passage_id.rsplit(".", 1)[0]
        if section_id in excluded_sections:
            continue
        text = normalise_ws(e.text)
        if any(text in t or t in text for t in excluded_texts if t):
            continue
        kept.append(e)
    items: list[tuple[Excerpt, str]] = []
    for e in kept:
        if items:
            prev, prev_text = items[-1]
            if (
                prev.passage_id == e.passage_id
                and prev_text.rstrip().endswith((";", ":", ","))
                and e.start >= prev.end
            ):
                # same passage, contiguous: the joined span is still verbatim
                items[-1] = (prev, prev_text + " " + normalise_ws(e.text))
                continue
        items.append((e, normalise_ws(e.text)))
    out = []
    for e, text in items:
        text = LIST_MARKER_RE.sub("", text, count=1)
        if _words(text) >= 3 and not text.endswith(":") and not _BOILERPLATE_RE.match(text):
            out.append(Cited(text=text, page=e.page))
    return out


def _fit(items: Sequence[Cited], budget: int, limit: int) -> tuple[list[Cited], int]:
    """The first items (dedicated sections come first) that fit; and how many were left out."""
    chosen: list[Cited] = []
    used = 0
    for item in items:
        if len(chosen) >= limit:
            break
        words = _words(item.text)
        if used + words > budget and chosen:
            break
        if used + words > budget:
            continue
        chosen.append(item)
        used += words
    return chosen, len(items) - len(chosen)


CUT_MARK = " …"  # ends a decision point shown in part
MIN_CUT_WORDS = 12  # a point is cut only when at least this much of it can be shown
_CUT_AT_RE = re.compile(r"[;:,]$")


def fit_decision_points(points: Sequence[Cited], words: int) -> tuple[Cited, ...]:
    """The decision points a Markdown budget of ``words`` can list: the first points whole,
    then the next one cut at a word boundary (at a clause end where one falls in the last
    third) and marked with ``CUT_MARK``; what follows is left to the HTML and JSON."""
    shown: list[Cited] = []
    used = 0
    for point in points:
        size = _words(point.text)
        if used + size <= words:
            shown.append(point)
            used += size
            continue
        room = words - used
        if room >= MIN_CUT_WORDS:
            tokens = point.text.split()[:room]
            ends = [i for i in range(room * 2 // 3, room) if _CUT_AT_RE.search(tokens[i])]
            kept = tokens[: ends[-1] + 1] if ends else tokens
            shown.append(replace(point, text=" ".join(kept) + CUT_MARK))
        break
    return tuple(shown)


# ---------------------------------------------------------------------------------------------
# The briefing
# ---------------------------------------------------------------------------------------------


def reading_minutes(words: int) -> int:
    """Whole minutes to read ``words`` at ``WORDS_PER_MINUTE`` (at least 1 for any text)."""
    return math.ceil(words / WORDS_PER_MINUTE) if words > 0 else 0


def briefing_word_count(briefing: Briefing) -> int:
    """Words of document text the briefing shows (labels of the template not counted)."""
    points = briefing.decision_points if briefing.shown_points is None else briefing.shown_points
    words = sum(_words(c.text) for c in points)
    words += sum(_words(c.text) for c in briefing.summary)
    words += sum(_words(c.text) for c in briefing.risks)
    words += sum(_words(c.text) for c in briefing.participation)
    for a, _pages in group_amounts(briefing.amounts):
        words += _words(a.text) + _words(a.label or a.context)
    for d, _pages in group_dates(briefing.dates):
        words += _words(d.text) + _words(d.label or d.context)
    words += sum(_words(s.heading) for s in briefing.skipped_sections)
    return words


MORE_LINE_WORDS = 5  # "Nog 3 zinnen in het document."
NONE_SHOWN_LINE_WORDS = 10  # "Het document noemt 4 data: zie de HTML- en JSON-briefing."
PRINT_POINT_WORDS = 450  # decision point words a briefing can show and print on 2 A4 pages
MORE_POINTS_LINE_WORDS = 10  # "Nog 40 beslispunten (p. 2–7): voluit in de HTML- en JSON-briefing."
KERN_RESERVE_WORDS = 30
# Letter words of the fixed Markdown template: headings and the notes for empty parts.
_EMPTY_NOTES_WORDS = 14  # what the template reserves for the notes of empty parts
_TEMPLATE_WORDS = 18 + _EMPTY_NOTES_WORDS
# Letter words of render's note for each empty part (NO_POINTS or ASKS_NOTHING, NO_AMOUNTS,
# NO_DATES, NO_RISKS, NO_PARTICIPATION, NO_SKIPPED).
EMPTY_NOTE_WORDS = {
    "points": 6,
    "asks_nothing": 10,
    "amounts": 5,
    "dates": 7,
    "risks": 8,
    "participation": 9,
    "skipped": 3,
}
_SHORT_TEMPLATE_WORDS = 4 + 1 + 6


def _more_line_words(found: int, shown: int) -> int:
    """Words of the line under the amounts or dates about those not shown (``render``)."""
    if found <= shown:
        return 0
    return MORE_LINE_WORDS if shown else NONE_SHOWN_LINE_WORDS


def markdown_budget(source_words: int) -> int:
    """Words the whole Markdown briefing may take: ``MARKDOWN_SHARE`` of the source, at least
    ``MARKDOWN_MIN_WORDS``."""
    return max(MARKDOWN_MIN_WORDS, int(MARKDOWN_SHARE * source_words))


def template_words(briefing: Briefing, *, short_form: bool = False) -> int:
    """Words the Markdown adds around the document text: title, header rows, notes, the
    template's headings and its notes on empty parts (an upper estimate of ``render._md``)."""
    b = briefing
    words = markdown_word_count(b.title) + 3 + 1 + 3  # Soort, Pagina's, Leestijd; their values
    words += 2 if b.date else 0
    words += 1 + markdown_word_count(b.municipality) if b.municipality else 0
    words += sum(markdown_word_count(n) + 2 for n in b.notes)
    if b.motion:
        names = " ".join(f"{s.name} {s.party or ''}" for s in b.motion.submitters)
        concerns = b.motion.concerns or "vreemd aan de orde van de dag"
        words += markdown_word_count(f"{names} {concerns} {b.motion.code or ''}") + 3
    words += 2 if b.outcome else 0
    words += MORE_POINTS_LINE_WORDS if b.shown_points is not None else 0
    return words + (_SHORT_TEMPLATE_WORDS if short_form else _TEMPLATE_WORDS)


def _display_title(doc: StructuredDocument, tree: _Tree) -> str:
    """The document's title (segment reads it, "Onderwerp" field and all). One that is only
    the document type ("Raadsvoorstel", a document built by hand or stored before titles
    were read from the page) gets the subject heading that follows it."""
    title = normalise_ws(doc.title)
    generic = {"raadsvoorstel", "raadsinformatiebrief", "motie", "amendement", "raadsbesluit",
               "voorstel", "besluit", "agenda", "besluitenlijst"}  # fmt: skip
    key = re.sub(r"\s+[a-z]?\d[\w.]*$", "", title.lower())
    first = doc.sections[0] if doc.sections else None
    if key not in generic or first is None:
        return title
    if normalise_ws(first.heading).lower() == title.lower():
        candidates = [s for s in doc.sections[1:3] if s.parent == first.id]
    else:
        candidates = [first]  # the title came from elsewhere (metadata, file name)
    for s in candidates:
        heading = normalise_ws(s.heading)
        if (
            heading
            and not _DECISION_HEADING_RE.match(heading_key(heading))
            and not any(r.search(heading) for r, _ in _CUES)
            and _words(heading) >= 2
            and not re.search(r"\d{4}$", heading)
        ):
            return f"{title}: {heading}"
    return title


def summarise_document(
    doc: StructuredDocument,
    *,
    labelled_by: str | None = None,
    max_share: float = MAX_SHARE,
) -> Briefing:
    """A page-cited briefing of ``doc``, whose passages ``classify.classify_passages`` labelled
    (``labelled_by`` names that model, for the record); without labels, sections are judged on
    their headings.
    """
    tree = _Tree(doc)
    labels = _effective_labels(doc, tree)
    has_labels = any(p.label is not None for p in doc.passages)
    source_words = doc.word_count
    long_doc = doc.page_count > LONG_DOC_PAGES

    # Decision points: verbatim, mandatory.
    points = find_decision_points(doc)
    decision_points = tuple(Cited(text=p.text, page=p.page) for p in points)
    point_texts = [p.text for p in points]
    decision_sections = _matching_sections(tree, _DECISION_HEADING_RE)
    own_summary_sections = _matching_sections(tree, _OWN_SUMMARY_RE)
    notes = list(doc.warnings)
    labelled_words = sum(_words(p.text) for p in doc.passages)
    framework_words = sum(_words(p.text) for p in doc.passages if labels[p.id] == FRAMEWORK)
    if labelled_words and framework_words < MIN_FRAMEWORK_SHARE * labelled_words:
        # nearly all detail (a progress letter, say): skipping it all would leave nothing
        skipped: list[SkippedSection] = []
        covered: set[str] = set()
        labels = dict.fromkeys(labels, FRAMEWORK)
        notes.append(
            "Dit document bestaat vrijwel geheel uit uitvoerende details; de Kern is uit de "
            "hele tekst gekozen en er zijn geen secties overgeslagen."
        )
    else:
        skipped, covered = _skipped_sections(
            doc, tree, labels, protected=decision_sections | own_summary_sections
        )

    if not has_labels:
        notes.append(
            "Er is geen kader/detail-model gebruikt: welke secties detail zijn, is alleen op hun "
            "kopjes beoordeeld."
        )
    base = replace(
        _empty_briefing(doc),
        title=_display_title(doc, tree),
        decision_points=decision_points,
        skipped_sections=tuple(skipped),
        notes=tuple(notes),
    )
    short_form = doc.doc_type in MOTION_TYPES
    # Everything the Markdown shows must fit: template and header words first, then the
    # decision points (always, verbatim), then the amounts and dates that decide.
    budget = markdown_budget(source_words) - template_words(base, short_form=short_form)
    within_share = budget
    if long_doc:
        budget = min(budget, int(max_share * source_words))
    point_words = sum(_words(c.text) for c in decision_points)
    # Decision points may take the whole 25% budget, up to what prints on two A4 pages with
    # the rest of the briefing; the tighter limit of long documents does not cut them.
    point_room = min(within_share, max(budget, PRINT_POINT_WORDS))
    if doc.page_count >= 3 and point_words > point_room:
        # A list of 47 points, one point quoting a whole regulation: the Markdown lists what
        # fits and points to the full text in the HTML and JSON, which keep every point.
        point_room -= MORE_POINTS_LINE_WORDS
        budget -= MORE_POINTS_LINE_WORDS
        room = max(point_room - 2 * KERN_RESERVE_WORDS, point_room // 2)  # the points first
        base = replace(base, shown_points=fit_decision_points(decision_points, room))
    remaining = budget - briefing_word_count(base)

    # Amounts and dates: all in all_amounts / all_dates, the highest ranked shown.
    found = _doc_amounts(doc, CONTEXT_WORDS)
    all_amounts = [a for a, _in_table in found]
    in_table = {id(a): t for a, t in found}
    amount_groups = _ranked_groups(
        all_amounts,
        lambda a: _amount_rank(a, in_table[id(a)], point_texts),
        lambda a: (a.text.lower(), a.value_eur),
    )
    all_dates = _doc_dates(doc, CONTEXT_WORDS)
    date_groups = _ranked_groups(
        all_dates,
        lambda d: _date_rank(d, point_texts),
        lambda d: (d.text.lower(), d.date, d.period),
    )
    in_points = sum(1 for g in amount_groups if _amount_rank(g[0], False, point_texts) == 0)
    # the Kern (goal, choices, alternatives) keeps room for a sentence or two
    kern_reserve = 0 if short_form else min(KERN_RESERVE_WORDS, max(0, remaining) // 3)
    remaining -= kern_reserve
    if short_form:
        amounts, used = _shown(amount_groups[:in_points], MAX_SHOWN_AMOUNTS, 0, must=in_points)
        dates: list[CitedDate] = []
        remaining = min(remaining - used, MOTION_KERN_WORDS)
    else:
        amounts, used = _shown(
            amount_groups,
            MAX_SHOWN_AMOUNTS,
            max(int(remaining * 0.3), 0),
            must=min(in_points, 3),
            ceiling=remaining if doc.page_count >= 3 else None,
        )
        remaining -= used + _more_line_words(len(amount_groups), len(group_amounts(amounts)))
        deadlines = sum(1 for g in date_groups if _date_rank(g[0], point_texts) == 0)
        dates, used = _shown(
            date_groups,
            MAX_SHOWN_DATES,
            max(int(remaining * 0.2), 0),
            must=min(deadlines, 2),
            ceiling=max(remaining, 0) if doc.page_count >= 3 else None,
        )
        remaining -= used + _more_line_words(len(date_groups), len(group_dates(dates)))
    # below 3 pages the 25% rule does not bind: a short document still gets a few sentences
    remaining = max(0 if doc.page_count >= 3 else SHORT_DOC_MIN_WORDS // 2, remaining)

    # Risks and participation: dedicated sections first, then cue sentences elsewhere.
    not_here = covered | decision_sections
    risk_items = _prioritised(find_risks(doc), not_here, point_texts)
    part_items = _prioritised(
        _about_residents(find_participation(doc), tree), not_here, point_texts
    )
    if short_form:
        risk_items, part_items = [], []
    # the main risk is kept whenever it fits in half of what is left
    first_risk = _words(risk_items[0].text) if risk_items else 0
    keep_first = first_risk <= (remaining + kern_reserve) // 2
    risk_budget = max(int(remaining * 0.3), first_risk if keep_first else 0)
    risks, more_risks = _fit(risk_items, risk_budget, MAX_RISKS)
    participation, more_part = _fit(part_items, int(remaining * 0.15), MAX_PARTICIPATION)
    remaining -= sum(_words(c.text) for c in (*risks, *participation))
    remaining -= MORE_LINE_WORDS * ((more_risks > 0) + (more_part > 0))
    remaining += kern_reserve
    if not short_form and doc.page_count >= 3:
        # an agenda with nothing but Kern prints more notes of empty parts than reserved
        empty = {
            "asks_nothing" if doc.doc_type == "raadsinformatiebrief" else "points": not points,
            "amounts": not all_amounts,
            "dates": not all_dates,
            "risks": not risks and not more_risks,
            "participation": not participation and not more_part,
            "skipped": not skipped,
        }
        notes_words = sum(EMPTY_NOTE_WORDS[part] for part, is_empty in empty.items() if is_empty)
        remaining -= max(0, notes_words - _EMPTY_NOTES_WORDS)

    # Kern.
    shown = {c.text for c in (*risks, *participation)}
    summary, source = _kern(
        doc,
        tree,
        labels,
        remaining,
        covered | decision_sections,
        own_summary_sections,
        point_texts,
        shown,
        MOTION_KERN_SENTENCES if short_form else MAX_SUMMARY_SENTENCES,
    )

    from .classify import framework_share

    briefing = replace(
        base,
        asks_nothing=doc.doc_type == "raadsinformatiebrief" or not points,  # decisions.asks_nothing
        summary=tuple(summary),
        summary_source=source,
        amounts=tuple(amounts),
        dates=tuple(dates),
        all_amounts=tuple(all_amounts),
        all_dates=tuple(all_dates),
        risks=tuple(risks),
        participation=tuple(participation),
        more_risks=more_risks,
        more_participation=more_part,
        framework_share=framework_share(doc)["document"] if has_labels else None,
        labelled_by=labelled_by,
    )
    words = briefing_word_count(briefing)
    return replace(
        briefing,
        briefing_words=words,
        reading_minutes_briefing=reading_minutes(words),
    )


def summarise_documents(docs: Iterable[StructuredDocument]) -> Iterable[Briefing]:
    """``summarise_document`` for each document, lazily."""
    for doc in docs:
        yield summarise_document(doc)


def _matching_sections(tree: _Tree, regex: re.Pattern[str]) -> set[str]:
    """Ids of the sections whose heading matches ``regex``, with everything under them."""
    ids: set[str] = set()
    for section in tree.sections:
        if regex.match(heading_key(section.heading)):
            ids |= {s.id for s in tree.doc.subtree(section)}
    return ids


def _empty_briefing(doc: StructuredDocument) -> Briefing:
    from .classify import page_shares

    words = doc.word_count
    return Briefing(
        title=normalise_ws(doc.title),
        doc_type=doc.doc_type,
        pages=doc.page_count,
        file_name=doc.name,
        sha256=doc.sha256,
        date=doc.date,
        municipality=doc.municipality,
        asks_nothing=False,
        decision_points=(),
        summary=(),
        summary_source="geen",
        amounts=(),
        dates=(),
        risks=(),
        participation=(),
        skipped_sections=(),
        source_words=words,
        briefing_words=0,
        reading_minutes_source=reading_minutes(words),
        reading_minutes_briefing=0,
        framework_share=None,
        outcome=doc.outcome,
        references=doc.references,
        motion=doc.motion,
        page_map=page_shares(doc),
    )


def _about_residents(excerpts: Sequence[Excerpt], tree: _Tree) -> list[Excerpt]:
    """Participation excerpts that are about residents, not the council's own zienswijze."""
    out = []
    for e in excerpts:
        section = tree.by_id.get(e.passage_id.rsplit(".", 1)[0])
        headings = [s.heading for s in tree.ancestors(section)] if section else []
        if e.via == "section" and any(_PARTICIPATION_SECTION_RE.search(h) for h in headings):
            out.append(e)
        elif _PARTICIPATION_WORD_RE.search(e.text):
            out.append(e)
    return out


def _prioritised(
    excerpts: Sequence[Excerpt], excluded_sections: set[str], point_texts: Sequence[str]
) -> list[Cited]:
    """Excerpts from dedicated sections first, then cue sentences, each group in order."""
    dedicated = [e for e in excerpts if e.via == "section"]
    cued = [e for e in excerpts if e.via != "section"]
    items = _excerpt_items(dedicated, excluded_sections, point_texts)
    seen = {c.text for c in items}
    for c in _excerpt_items(cued, excluded_sections, point_texts):
        if c.text not in seen:
            items.append(c)
            seen.add(c.text)
    return items


def _kern(
    doc: StructuredDocument,
    tree: _Tree,
    labels: dict[str, str],
    budget: int,
    excluded_sections: set[str],
    own_summary_sections: set[str],
    point_texts: Sequence[str],
    shown: set[str],
    max_sentences: int = MAX_SUMMARY_SENTENCES,
) -> tuple[list[Cited], str]:
    """The Kern sentences within ``budget`` words, and where they came from."""
    if budget <= 0:
        return [], "geen ruimte" if doc.passages else "geen"

    def usable(unit: SentenceUnit, min_words: int) -> bool:
        if unit.text in shown or not _is_content(unit.text, min_words):
            return False
        if _OPENING_BOILERPLATE_RE.match(unit.text):
            return False  # "In een wereld die snel verandert ...": nothing about this document
        return not any(unit.text in t or t in unit.text for t in point_texts if t)

    if own_summary_sections:
        pairs = [(s, p) for s in doc.sections if s.id in own_summary_sections for p in s.passages]
        units = [u for u in sentence_units(doc, pairs) if usable(u, 3)]
        if sum(_words(u.text) for u in units) >= 20:
            chosen = _rank(doc, tree, units, budget, max_sentences)
            return [_cite(u) for u in chosen], "samenvatting"

    pairs = [
        (s, p)
        for s in doc.sections
        if s.id not in excluded_sections
        for p in s.passages
        if labels.get(p.id) == FRAMEWORK
    ]
    units = [u for u in sentence_units(doc, pairs) if usable(u, MIN_SENTENCE_WORDS)]
    if not units:
        # the model calls everything detail: still give the most framework-like sentences
        pairs = [(s, p) for s in doc.sections if s.id not in excluded_sections for p in s.passages]
        units = [u for u in sentence_units(doc, pairs) if usable(u, MIN_SENTENCE_WORDS)]
    chosen = _rank(doc, tree, units, budget, max_sentences)
    if not chosen:
        return [], "geen ruimte" if units else "geen"
    return [_cite(u) for u in chosen], "extractief"


def _rank(
    doc: StructuredDocument,
    tree: _Tree,
    units: Sequence[SentenceUnit],
    budget: int,
    max_sentences: int = MAX_SUMMARY_SENTENCES,
) -> list[SentenceUnit]:
    if not units:
        return []
    units = _dedupe(units)
    cues = {s.id: _cue([s2.heading for s2 in tree.ancestors(s)]) for s in doc.sections}
    if len(units) > MAX_CANDIDATES:
        # LexRank needs an n x n matrix: keep time and memory bounded on very long documents
        # by ranking only the best candidates on everything but centrality.
        import numpy as np

        prior = _scores(units, cues, np.zeros(len(units)))
        keep = sorted(sorted(range(len(units)), key=lambda i: -prior[i])[:MAX_CANDIDATES])
        units = [units[i] for i in keep]
    matrix = _tfidf([u.text for u in units])
    similarity = _similarity(matrix, len(units))
    central = lexrank(similarity)
    scores = _scores(units, cues, central)
    chosen = _mmr_select(units, scores, similarity, budget, max_sentences)
    return [units[i] for i in chosen]


def _dedupe(units: Sequence[SentenceUnit]) -> list[SentenceUnit]:
    seen, out = set(), []
    for u in units:
        if u.text.lower() not in seen:
            seen.add(u.text.lower())
            out.append(u)
    return out


def _cite(unit: SentenceUnit) -> Cited:
    page_end = unit.page_end if unit.page_end > unit.page else None
    return Cited(text=unit.text, page=unit.page, page_end=page_end)
