"""What a council document records about itself: its outcome, the documents it cites and, for a
motie or amendement, its agenda code, submitters, the proposal it concerns and its dictum.

Everything is read from the document's own text (a stamp block "Uitslag stemming: aangenomen",
"Aldus aangenomen in de openbare raadsvergadering van ...", an "Indiener:" line, "ter bespreking
van ... (RIS320288)"); the file name only gives the agenda code when the text has none.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from .decisions import find_decision_points
from .nlp import MONTHS, is_abbreviation, normalise_ws
from .types import Motion, StructuredDocument, Submitter

__all__ = [
    "agenda_code",
    "concerned_proposal",
    "document_text",
    "own_number",
    "read_motion",
    "recorded_facts",
    "recorded_outcome",
    "references",
    "submitters",
]

# The first lines of a Den Haag motion hold the stamp block: code, RIS number, vote result.
HEAD_LINES = 14

_OUTCOME_WORD = {
    "aangenomen": "aangenomen",
    "besloten": "aangenomen",
    "vastgesteld": "aangenomen",
    "verworpen": "verworpen",
    "ingetrokken": "ingetrokken",
    "aangehouden": "aangehouden",
    "staken": "stemmen staken",
    "gestaakt": "stemmen staken",
    "stemming": "niet in stemming",
    "gebracht": "niet in stemming",
}
_DATE = rf"(?:\d{{1,2}}\s*(?:{'|'.join(MONTHS)})\s*\d{{4}}|\d{{1,2}}-\d{{1,2}}-\d{{4}})"
# "Aldus besloten in de openbare raadsvergadering van 23 januari 2025": only with a real date,
# so the unfilled template of an ontwerpbesluit ("... van [datum]") records nothing.
_ALDUS_RE = re.compile(
    r"\bAldus\s*(?:(?:gewijzigd|geamendeerd)\s*(?:en\s*(?:gewijzigd|geamendeerd)\s*)?)?"
    r"(?P<word>besloten|vastgesteld|aangenomen|verworpen|ingetrokken|aangehouden)"
    rf"\s*(?:in|door)\s*de\s*(?:openbare\s*)?(?:raads)?vergadering\s*(?:van|d\.?d\.?)\s*{_DATE}",
    re.IGNORECASE,
)
_OUTCOME_WORDS = (
    r"aangenomen|verworpen|ingetrokken|aangehouden|(?:de\s*)?stemmen\s*staken"
    r"|niet\s*in\s*stemming(?:\s*gebracht)?"
)
_UITSLAG_RE = re.compile(
    rf"\bUitslag\s*(?:van\s*de\s*)?stemming\s*:?\s*(?P<word>{_OUTCOME_WORDS}|gestaakt)\b", re.I
)
# A stamp or heading that is the outcome and nothing else: "aangenomen", "INGETROKKEN".
_STAMP_LINE_RE = re.compile(
    rf"^\s*(?:\d{{5,7}}\s*)?(?P<word>{_OUTCOME_WORDS})\s*(?:RIS-?\s*nummer\b.*)?$", re.I | re.M
)

# "H.1", "K.10", "AA.1", "L.B" and the programme-debate codes "VVD.A", "HvDH.12"
_CODE = r"(?:[A-Z]{1,2}|[A-Z][A-Za-z]{1,4})\.(?:\d{1,2}|[A-Z])"
_CODE_RE = re.compile(rf"(?<![\w.]){_CODE}(?![\w.])")
_FILE_CODE_RE = re.compile(
    r"^(?:motie|amendement)-\d+-(?P<code>[a-z]{1,5}-(?:\d{1,2}|[a-z]))-", re.IGNORECASE
)
# "Motie M9.2", "Amendement A9.1": a code written after the document kind
_NAMED_CODE_RE = re.compile(r"\b(?:Motie|Amendement)\s*(?P<code>[A-Z]{1,3}\d{1,3}(?:\.\d{1,3})?)\b")
_RAAD_RE = re.compile(r"De\s*raad\s*van\s*de\s*gemeente", re.IGNORECASE)

_RIS_RE = re.compile(r"\bRIS\s?-?\s?(?P<number>\d{5,7})\b")
# "RV-2026-044", "RIB-2025-087": a council series, a year and a sequence number
_SERIES_RE = re.compile(
    r"\b(?P<series>[A-Z]{2,4})\s?-\s?(?P<year>(?:19|20)\d{2})-(?P<seq>\d{2,5})\b"
)
# "raadsvoorstel 2026-041", "(2026-041)": a proposal numbered by year
_PROPOSAL_NUMBER_RE = re.compile(
    r"(?:\(|\b(?:raadsvoorstel|voorstel|nummer)\s+)(?P<number>(?:19|20)\d{2}-\d{3})(?![\d-])"
)
_OWN_NUMBER_RE = re.compile(
    r"\b(?:RIS-?\s*nummer|Stuknummer|Registratienummer|Voorstelnummer|Kenmerk)\s*:?\s*(?:RIS\s?)?"
    r"(?P<number>\d{5,7}|[A-Z]{2,4}-\d{4}-\d{2,5}|(?:19|20)\d{2}-\d{3})(?![\d-])",
    re.IGNORECASE,
)
# A RIS stamp's number on its own, before the "RIS-nummer:" label it belongs to
_BARE_NUMBER_RE = re.compile(r"^\s*(?P<number>\d{6})\b", re.MULTILINE)
_STAMPED_RIS_RE = re.compile(r"^\s*RIS\s?(?P<number>\d{6})\b", re.MULTILINE)

_INDIENER_RE = re.compile(
    r"(?i)\b(?:Indieners?|Ingediend\s*door)\s*(?:\(s\))?\s*:\s*(?P<who>[^\n]+)"
)
# Without a colon only in the head: the body says "Indiener vindt ..."
_INDIENER_BARE_RE = re.compile(r"\b(?:Indieners?|Ingediend\s*door)\s+(?P<who>[^\n]+)")
# A party, not a person: an acronym ("SP", "D66", "PvdA", "CU-SGP"), one word ("GroenLinks"), or a
# name with a party word.
_ACRONYM = r"(?:[A-Z0-9]{2,}|[A-Z][a-z]{1,3}[A-Z][A-Za-z]?)(?:[/-][A-Z]+)?"
_PARTY_RE = re.compile(
    rf"^(?:\S+|.*\b(?:{_ACRONYM}|Partij|Stadspartij|Hart\s+voor|Groep|Leefbaar"
    r"|Lokaal|Belang|Burgerbelangen)\b.*)$"
)
_TRAILING_PARTY_RE = re.compile(rf"^(?P<name>\S+(?:\s+\S+?)+?)\s*(?P<party>{_ACRONYM})$")
_WHO_END_RE = re.compile(r"\s*(?:De\s*raad\s*van|Constaterende|Overwegende|Motie:|Amendement:)")
_PARENTHESISED_RE = re.compile(r"(?P<name>[^(),;]+?)\s*\(\s*(?P<party>[^)]+?)\s*\)")

_TER_BESPREKING_RE = re.compile(
    r"\b(?:ter\s*bespreking\s*van|behandelend|gelezen|inzake\s*het\s*voorstel"
    r"|(?:als|ter)\s*afronding\s*van(?:\s*de\s*bespreking\s*(?:van|over))?)"
    r"\s*(?:agendapunt\s*[A-Z0-9.]+\s*:\s*)?",
    re.IGNORECASE,
)
# Where the subject after "ter bespreking van" ends: the considerations or the dictum begin.
_SUBJECT_END_RE = re.compile(
    r";|:\s*(?:\n|$)|\n\s*\n"
    r"|(?:\b|(?<=[a-z]))(?:[Cc]onstaterende|[Oo]verwegende|[Bb]esluit|[Vv]erzoekt"
    r"|[Rr]oept|[Dd]raagt|[Vv]an\s+mening|[Vv]an\s+oordeel|[Gg]ehoord)\b"
)
# A sentence end: a full stop before a line break, the end or a capital (not after "incl.")
_SENTENCE_END_RE = re.compile(r"(?<![\s.])\.(?=\s*(?:\n|$)|\s+[A-Z])")
_VREEMD_RE = re.compile(r"vreemd\s*aan\s*de\s*orde\s*van\s*de\s*dag", re.IGNORECASE)
_LEAD_WORDS_RE = re.compile(r"^(?:het|de|een)\s+", re.IGNORECASE)


def document_text(doc: StructuredDocument) -> str:
    """The headings and passages of ``doc`` in reading order, one per line."""
    parts: list[str] = []
    for section in doc.sections:
        if section.heading:
            parts.append(section.heading)
        parts.extend(passage.text for passage in section.passages)
    return "\n".join(parts)


def recorded_outcome(text: str) -> str | None:
    """The fate the document records of itself (one of ``types.OUTCOMES``), or None.

    "Uitslag stemming: ..." and "Aldus ... in de openbare raadsvergadering van <datum>" anywhere;
    a stamp or heading that is only the outcome word ("aangenomen", "INGETROKKEN") among the first
    lines. A sentence that merely uses the word records nothing.
    """
    for pattern in (_UITSLAG_RE, _ALDUS_RE):
        match = pattern.search(text)
        if match:
            return _outcome_of(match.group("word"))
    head = "\n".join(text.splitlines()[:HEAD_LINES])
    match = _STAMP_LINE_RE.search(head)
    return _outcome_of(match.group("word")) if match else None


def _outcome_of(word: str) -> str:
    return _OUTCOME_WORD[word.split()[-1].lower()]


def _cited(text: str) -> list[str]:
    """The document numbers in ``text``, normalised, in order of appearance (repeats kept)."""
    found: list[tuple[int, str]] = []
    for match in _RIS_RE.finditer(text):
        found.append((match.start(), "RIS" + match.group("number")))
    for match in _SERIES_RE.finditer(text):
        if match.group("series") not in ("ECLI", "NEN", "ISO"):
            found.append((match.start(), "-".join(match.group("series", "year", "seq"))))
    for match in _PROPOSAL_NUMBER_RE.finditer(text):
        found.append((match.start("number"), match.group("number")))
    return [ref for _, ref in sorted(found)]


def references(text: str, *, own: str | None = None) -> tuple[str, ...]:
    """Every document number ``text`` cites, normalised and in order: "RIS320288", "RV-2026-044",
    "2026-041" (a proposal numbered by year). ``own``, the document's own number, is left out.
    """
    return tuple(dict.fromkeys(ref for ref in _cited(text) if ref != own))


def own_number(text: str) -> str | None:
    """The document's own number from its stamp ("RIS-nummer: 321221" -> "RIS321221")."""
    head = "\n".join(text.splitlines()[:HEAD_LINES])
    match = _OWN_NUMBER_RE.search(head)
    if match is None and re.search(r"RIS-?\s*nummer", head, re.IGNORECASE):
        # Word exports put the number before its label ("321221 H.1 SP\nRIS-nummer:")
        match = _BARE_NUMBER_RE.search(head)
    if match is None:  # a stamp line that starts with the number: "RIS321440 M.4 HSP"
        match = _STAMPED_RIS_RE.search(head)
    if match is None:
        return None
    number = match.group("number")
    return "RIS" + number if number.isdigit() else number


def _head(text: str) -> str:
    """The stamp block and heading of a motion: everything before "De raad van de gemeente"."""
    end = _RAAD_RE.search(text)
    return text[: end.start()] if end else "\n".join(text.splitlines()[:HEAD_LINES])


def agenda_code(text: str, file_name: str = "") -> tuple[str | None, str]:
    """The agenda code of a motion or amendment and where it came from ("text", "file name").

    The code stands in the stamp block above "De raad van de gemeente ..."; the file name
    ("motie-15079790-s-1-hsp-...") is the fallback.
    """
    head = _head(text)
    match = _CODE_RE.search(head)
    if match:
        return match.group(0), "text"
    named = _NAMED_CODE_RE.search(head)
    if named:
        return named.group("code"), "text"
    name = _FILE_CODE_RE.match(Path(file_name).name)
    if name:
        return name.group("code").upper().replace("-", "."), "file name"
    return None, ""


def submitters(text: str) -> tuple[Submitter, ...]:
    """The submitters on the "Indiener(s):" line, as name and party.

    Shapes: "Lesley Arp, SP"; "Samir Ahraui (PvdA)"; "Maarten De Vuyst (GroenLinks), Isabel Bos
    (GroenLinks)"; "Rita Verdonk, Hart voor Den Haag,".
    """
    match = _INDIENER_RE.search(text) or _INDIENER_BARE_RE.search(_head(text))
    if match is None:
        return ()
    who = match.group("who")
    end = _WHO_END_RE.search(who)
    who = normalise_ws(who[: end.start()] if end else who).strip(" ,.;")
    if "(" in who:
        return tuple(
            Submitter(m.group("name").strip(" ,;"), m.group("party"))
            for m in _PARENTHESISED_RE.finditer(who)
            if m.group("name").strip(" ,;")
        )
    parts = [part.strip() for part in re.split(r"\s*[,;]\s*|\s+en\s+", who) if part.strip()]
    found: list[Submitter] = []
    while parts:
        part = parts.pop(0)
        trailing = _TRAILING_PARTY_RE.match(part)
        if trailing and not _PARTY_RE.match(trailing.group("name")):
            found.append(Submitter(trailing.group("name"), trailing.group("party")))
        elif _PARTY_RE.match(part):  # a fractie submits: "Indieners CDA, ChristenUnie, VVD"
            found.append(Submitter(part, part))
        elif parts and _PARTY_RE.match(parts[0]):  # "Lesley Arp, SP"
            found.append(Submitter(part, parts.pop(0)))
        else:
            found.append(Submitter(part))
    return tuple(found)


def concerned_proposal(text: str) -> str | None:
    """The proposal a motion or amendment concerns: the RIS number after "ter bespreking van"
    ("RIS320293"), else the subject as written ("Blokkades A12"); None when it is "vreemd aan de
    orde van de dag" or says nothing."""
    if _VREEMD_RE.search(text[:2000]):
        return None
    match = _TER_BESPREKING_RE.search(text)
    if match is None:
        return None
    region = text[match.end() : match.end() + 600]
    end = _SUBJECT_END_RE.search(region)
    region = region[: end.start()] if end else region
    subject = normalise_ws(region)
    # the number in the subject, else the one on the agenda line above ("Agendapunt 9. ... (2026-041)")
    own = own_number(text)
    cited = _cited(subject) or [ref for ref in _cited(_head(text)) if ref != own]
    if cited:
        return cited[0]
    for sentence_end in _SENTENCE_END_RE.finditer(subject):
        word = subject[: sentence_end.start()].rsplit(None, 1)[-1]
        if not is_abbreviation(word.lower()):
            subject = subject[: sentence_end.start()]
            break
    subject = _LEAD_WORDS_RE.sub("", subject.strip(" ,.;:\"“”'‘’"))
    return subject or None


def read_motion(doc: StructuredDocument, text: str | None = None) -> Motion:
    """What a motie or amendement says about itself."""
    if text is None:
        text = document_text(doc)
    code, _ = agenda_code(text, doc.name)
    return Motion(
        code=code,
        title=doc.title,
        submitters=submitters(text),
        concerns=concerned_proposal(text),
        dictum=tuple(point.text for point in find_decision_points(doc)),
    )


def recorded_facts(doc: StructuredDocument) -> StructuredDocument:
    """``doc`` with what it records about itself: outcome, references and (for a motie or
    amendement) its motion fields."""
    text = document_text(doc)
    motion = read_motion(doc, text) if doc.doc_type in ("motie", "amendement") else None
    return dataclasses.replace(
        doc,
        outcome=recorded_outcome(text),
        references=references(text, own=own_number(text)),
        motion=motion,
    )
