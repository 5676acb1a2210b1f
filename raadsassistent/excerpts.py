"""Verbatim excerpts for a briefing: the sentences about risks and about participation.

A sentence is an excerpt when it stands in a dedicated section ("Risico's", "Participatie",
with everything under it) or holds a cue word elsewhere; ``passage.text[start:end] == text``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .nlp import clause_spans, heading_key
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
