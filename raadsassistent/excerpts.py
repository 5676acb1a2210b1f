"""Verbatim excerpts for a briefing: the sentences about risks and about participation.

A sentence is an excerpt when it stands in a dedicated section ("Risico's", "Participatie",
with everything under it) or holds a cue word elsewhere; ``passage.text[start:end] == text``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .nlp import clause_spans, heading_key, may_hold, normalise_ws
from .types import StructuredDocument

__all__ = ["Excerpt", "find_participation", "find_risks"]


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


# What a text must hold before a cue can match in it (``may_hold``).
_CUE_WORDS = {
    _RISK_CUE_RE: ("risico", "kanttekening", "onzekerhe"),
    _PARTICIPATION_CUE_RE: (
        "zienswijze", "inspraak", "participatie", "bewonersavond", "enqu", "klankbordgroep",
        "informatieavond", "inloopavond", "inloopbijeenkomst", "bewonersbijeenkomst",
        "gesproken", "omwonenden",
    ),
}  # fmt: skip


def _has_cue(text: str, cue: re.Pattern[str]) -> bool:
    """``cue.search(text)``, answered without the pattern where it surely fails."""
    words = _CUE_WORDS.get(cue)
    return (not words or may_hold(text, words)) and cue.search(text) is not None


def _excerpts(
    doc: StructuredDocument, headings: tuple[str, ...], cue: re.Pattern[str]
) -> list[Excerpt]:
    in_section: set[str] = set()
    for section in doc.sections:
        key = heading_key(section.heading)
        if any(key.startswith(h) or h in key for h in headings):
            in_section |= {s.id for s in doc.subtree(section)}
    out: list[Excerpt] = []
    for section in doc.sections:
        dedicated = section.id in in_section
        for p in section.passages:
            # A clause is delimited by white space, so a cue in one is a cue in the passage.
            if not dedicated and not _has_cue(p.text, cue):
                continue
            for a, b in clause_spans(p.text):
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


# ---------------------------------------------------------------------------------------------
# Labels: what an amount or date is for, in words of its own sentence
# ---------------------------------------------------------------------------------------------

# Words that neither start nor end a label.
_LABEL_STOPWORDS = frozenset(
    "de het een van voor aan in op met en of te tot door bij naar om uit als dat die dit deze"
    " is zijn wordt worden was waren er ook nog wel niet al dan maar zo heeft hebben moet moeten"
    " kan kunnen zal zullen wij we u uw ons onze hun hij zij ze waarvan waarin waarmee waarbij"
    " ruim circa ongeveer bijna totaal+ nu daarvan hiervan hiervoor daarvoor zoals waar wat"
    " wordt: per vanaf over".split()
)
# Nouns that say what money is: the nearest one names an amount.
MONEY_NOUN_RE = re.compile(
    r"krediet|kosten|bijdrage|subsidie|budget|reserve|lasten|baten|investering|tekort|overschot"
    r"|bedrag|dekking|raming|opbrengst|uitgave|inkomst|middelen|bezuiniging|besparing|stijging"
    r"|verhoging|verlaging|toename|afname|totaal|begroting|vergoeding|prijs|huur|schade|premie"
    r"|overschrijding|onvoorzien|saldo|lening|garantie|rente|afschrijving|exploitatie|storting"
    r"|onttrekking|fonds|uitkering|heffing|tarief|aanneemsom|verlies|winst|claim|boete|loon"
    r"|salaris|risico|voordeel|nadeel|kapitaal|som\b",
    re.IGNORECASE,
)
_EDGE_PUNCT = "\"'‘’“”()[]{},.;:!?–—•*-"
_BARRIER_RE = re.compile(r"\d|€|[|]")
_CLAUSE_RE = re.compile(r"[.;!?:](?=\s)|\n\s*\n|\|")
_QUALIFIER_RE = re.compile(
    r"\s*(?:(?:in|vanaf|per|tot|tot en met|t/m|voor)\s+(?:19|20)\d\d|per jaar|structureel"
    r"|incidenteel|jaarlijks|eenmalig)(?!\w)",
    re.IGNORECASE,
)
LABEL_WORDS = 6


def _clause_bounds(text: str, start: int, end: int, *, line: bool) -> tuple[int, int]:
    if line:
        left = text.rfind("\n", 0, start) + 1
        right = text.find("\n", end)
        return left, len(text) if right < 0 else right
    left = 0
    for m in _CLAUSE_RE.finditer(text, 0, start):
        left = m.end()
    right_match = _CLAUSE_RE.search(text, end)
    return left, right_match.start() if right_match else len(text)


def _word(token: str) -> str:
    return token.strip(_EDGE_PUNCT)


def _trim(words: list[str]) -> list[str]:
    while words and words[0].lower() in _LABEL_STOPWORDS:
        words = words[1:]
    while words and words[-1].lower() in _LABEL_STOPWORDS:
        words = words[:-1]
    return words


def fact_label(
    text: str,
    start: int,
    end: int,
    *,
    cue: re.Pattern[str] | None = None,
    line: bool = False,
    max_words: int = LABEL_WORDS,
) -> str:
    """A short label for the amount or date at ``text[start:end]``: words of its own clause
    (or table row line, with ``line``), never invented.

    With ``cue`` the nearest cue word names it ("extra voorbereidingskosten"), with up to two
    words before it; otherwise the words just before the fact, else just after. A year or
    "per jaar" right after the fact is added ("bijdrage in 2027"). Numbers and other amounts
    end a label.
    """
    left, right = _clause_bounds(text, start, end, line=line)
    raw = [(m.start() + left, m.group(0)) for m in re.finditer(r"\S+", text[left:right])]
    tokens = [(a, _word(w)) for a, w in raw]
    before = [i for i, (a, _w) in enumerate(tokens) if a < start]
    after = [i for i, (a, _w) in enumerate(tokens) if a >= end]

    def open_word(i: int) -> bool:
        word = tokens[i][1]
        return bool(word) and not _BARRIER_RE.search(word)

    def run(indices: list[int], leftward: bool) -> list[int]:
        """The open words from the first index on, outward, up to a number or a comma."""
        out: list[int] = []
        for i in indices:
            if not open_word(i) or (leftward and raw[i][1].endswith((",", ":"))):
                break
            out.append(i)
            if not leftward and raw[i][1].endswith(","):
                break
        return out

    def distance(i: int) -> int:
        a = tokens[i][0]
        if a < start:
            return start - a
        # the left side reads first; a comma on the right starts another thought
        return 3 * (a - end) + (40 if "," in text[end:a] else 0)

    label: list[str] = []
    if cue is not None:
        cues = [i for i in before + after if open_word(i) and cue.search(tokens[i][1])]
        if cues:
            i = min(cues, key=distance)
            lead = run(list(range(i - 1, max(-1, i - 3), -1)), leftward=True)
            label = _trim([tokens[j][1] for j in sorted(lead)] + [tokens[i][1]])
    if not label:
        label = _trim(
            [tokens[j][1] for j in sorted(run(list(reversed(before))[:max_words], leftward=True))]
        )
    if len([w for w in label if w.lower() not in _LABEL_STOPWORDS]) < 1:
        label = _trim([tokens[j][1] for j in run(after[:max_words], leftward=False)])
    if not label and not line and left > 0:
        # "oplevering van het kindcentrum: voor 2027": the words before the colon
        ahead = re.findall(r"\S+", text[max(0, left - 120) : left].split("\n")[-1])
        label = _trim([w for w in (_word(t) for t in ahead[-max_words:]) if w])
        if any(_BARRIER_RE.search(w) for w in label):
            label = []
    if not label and line:
        label = _trim([w for _a, w in tokens if w and not _BARRIER_RE.search(w)][:max_words])
    label = label[-max_words:]
    qualifier = _QUALIFIER_RE.match(text, end, right)
    if qualifier and label:
        extra = normalise_ws(qualifier.group(0))
        if extra.lower() not in " ".join(label).lower():
            label = [*label[: max_words - len(extra.split())], *extra.split()]
    return " ".join(label)
