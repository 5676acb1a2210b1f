"""Dutch preprocessing: whitespace, headings, sentences and clauses, and lookup lemmas with a
blank spaCy pipeline.

One abbreviation list (``ABBREVIATIONS``) feeds both the spaCy tokenizer's special cases (and so
``split_sentences`` and the classifier's tokens) and ``clause_spans``.

Run time needs no model download and no spacy-lookups-data: the lemma table travels with the
trained model as JSON (see ``classify``); ``load_lemma_table`` reads the full table at training
time only.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from typing import Any

# The Dutch month names, and every spelling of a month that documents use (full names and
# abbreviations, lower case, without the trailing dot) mapped to its number.
MONTHS = (
    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
    "oktober", "november", "december",
)  # fmt: skip
MONTH_NUMBERS: dict[str, int] = {name: number for number, name in enumerate(MONTHS, 1)} | {
    "jan": 1, "feb": 2, "febr": 2, "mrt": 3, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "okt": 10, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip


# Abbreviations after whose dot no sentence ends: special cases of the spaCy tokenizer (which
# would otherwise split them into word + "." and start a new sentence) and the words that
# ``clause_spans`` does not end a clause after. Lower case; capitalised variants are added too.
ABBREVIATIONS = (
    "excl.",
    "incl.",
    "tel.",
    "nr.",
    "nrs.",
    "o.a.",
    "art.",
    "artt.",
    "d.d.",
    "blz.",
    "e.d.",
    "m.b.t.",
    "i.v.m.",
    "etc.",
    "bijv.",
    "bv.",
    "o.b.v.",
    "m.u.v.",
    "t.b.v.",
    "t.o.v.",
    "z.s.m.",
    "i.p.v.",
    "n.a.v.",
    "m.i.v.",
    "v.w.b.",
    "t.a.v.",
    "i.o.m.",
    "i.c.m.",
    "o.l.v.",
    "e.e.a.",
    "p.m.",
    "ca.",
    "resp.",
    "evt.",
    "jl.",
    "mln.",
    "mld.",
    "max.",
    "min.",
    "pag.",
    "par.",
    "hfd.",
    "hst.",
    "vgl.",
    "zgn.",
    "zg.",
    "dhr.",
    "mevr.",
    "mr.",
    "drs.",
    "ir.",
    "ing.",
    "dr.",
    "prof.",
    "wethr.",
    "burg.",
    "gem.",
    "a.s.",
    "j.l.",
    "c.q.",
    "d.w.z.",
    "e.v.",
    "enz.",
    "o.m.",
    "i.h.k.v.",
    "w.o.",
    "m.n.",
    "n.v.t.",
    "a.d.h.v.",
    "c.s.",
    "e.a.",
    "fig.",
    "hfst.",
    "ivm.",
    "jr.",
    "mrd.",
    "mw.",
    "ong.",
    "p.",
    "st.",
    "t.z.t.",
    "t/m.",
)
_ABBREVIATION_WORDS = frozenset(abbreviation[:-1] for abbreviation in ABBREVIATIONS)


def is_abbreviation(word: str) -> bool:
    """Whether ``word`` (lower case, without its final dot) is one of ``ABBREVIATIONS``."""
    return word in _ABBREVIATION_WORDS


_WS_RE = re.compile(r"\s+")


def normalise_ws(text: str) -> str:
    """Collapse whitespace runs to one space and strip (nothing else changes).

    Hyphenated line breaks stay as they are; a span's ``normalise_ws`` is a substring of the
    ``normalise_ws`` of its source.
    """
    return _WS_RE.sub(" ", text).strip()


def heading_key(heading: str) -> str:
    """A heading to compare: lower case, straight quotes, without numbering and end marks."""
    key = heading.lower().replace("’", "'").replace("‘", "'")
    key = re.sub(r"^[\s\d.]+", "", key)
    return normalise_ws(key.strip(" :.-–"))


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` narrowed until ``text[start:end]`` has no whitespace at either end."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# Characters after which the sentencizer may end a sentence.
_SENTENCE_PUNCT = [".", "!", "?", "…"]


def make_nlp(lemmas: Mapping[str, str] | None = None) -> Any:
    """A blank Dutch pipeline with abbreviation special cases, a sentencizer and, when
    ``lemmas`` (lower-case form -> lemma) is given, a lookup lemmatizer fed from it."""
    import spacy
    from spacy.lookups import Lookups
    from spacy.symbols import ORTH

    nlp: Any = spacy.blank("nl")
    for abbreviation in ABBREVIATIONS:
        for variant in {abbreviation, abbreviation[:1].upper() + abbreviation[1:]}:
            nlp.tokenizer.add_special_case(variant, [{ORTH: variant}])
    nlp.add_pipe("sentencizer", config={"punct_chars": _SENTENCE_PUNCT})
    if lemmas is not None:
        lemmatizer: Any = nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
        lookups = Lookups()
        lookups.add_table("lemma_lookup", dict(lemmas))
        lemmatizer.initialize(lookups=lookups)
    return nlp


@functools.lru_cache(maxsize=1)
def _sentence_nlp() -> Any:
    return make_nlp(None)


# A list item's marker: a bullet, "1.", "a)", "(ii)", or an undecoded bullet glyph "(cid:127)".
LIST_MARKER_RE = re.compile(
    r"^(?:[-•–*▪·●◦‣∙o]|\(cid:\d+\)|\d{1,2}[.)]|[a-z][.)]|\([a-z0-9]{1,2}\)|[ivx]{1,4}[.)])\s+"
)


def split_sentences(text: str) -> list[str]:
    """The sentences of ``text``, each an exact substring of it (whitespace trimmed).

    Line breaks and undecoded bullets ("(cid:127)") end a sentence and list items lose their
    marker; within a line spaCy's sentencizer decides, on the tokens of ``make_nlp``.
    """
    out: list[str] = []
    for line in re.split(r"\n+|\s*\(cid:\d+\)\s*", text):
        line = LIST_MARKER_RE.sub("", line.strip(), count=1)
        if not line:
            continue
        try:
            out += _spacy_sentences(line)
        except Exception:  # spaCy must never make a briefing fail; whole lines still cite
            out.append(line)
    return out


def _spacy_sentences(text: str) -> list[str]:
    nlp = _sentence_nlp()
    nlp.max_length = max(nlp.max_length, len(text) + 1)
    doc = nlp(text)
    sentences = []
    for span in doc.sents:
        start, end = span.start_char, span.end_char
        chunk = text[start:end]
        stripped = chunk.strip()
        if not stripped:
            continue
        offset = start + (len(chunk) - len(chunk.lstrip()))
        sentences.append(text[offset : offset + len(stripped)])
    return sentences


_CLAUSE_END_RE = re.compile(
    r"[.!?;]+[\"'’”)]*(?=\s)|\n[ \t]*\n|\n(?=[ \t]*(?:[-•–*▪·]|\d{1,2}[.)]\s))"
)


def clause_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the sentences and clauses of ``text``, found by rules (fast, exact offsets).

    ".", "!", "?" and ";" end a clause, and so do a blank line and a line that starts a bullet
    or a numbered item; a dot after one of ``ABBREVIATIONS`` or a single letter, or before a
    lower-case word, does not.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _CLAUSE_END_RE.finditer(text):
        if m.group(0)[0] == ".":
            word = re.search(r"(\S+)$", text[start : m.start()])
            token = word.group(1).lower().lstrip("(") if word else ""
            if is_abbreviation(token) or (len(token) == 1 and token.isalpha()):
                continue
            # a dot between digits or before a lowercase word is no sentence end
            rest = text[m.end() :].lstrip()
            if rest[:1].islower():
                continue
        end = m.end() if m.group(0)[0] != "\n" else m.start()
        if text[start:end].strip():
            spans.append(strip_span(text, start, end))
        start = m.end()
    if text[start:].strip():
        spans.append(strip_span(text, start, len(text)))
    return spans


_WORD = re.compile(r"\w", re.UNICODE)


def lemmatize(
    texts: Iterable[str], nlp: Any | None = None, lemmas: Mapping[str, str] | None = None
) -> list[list[str]]:
    """Lower-case lemmas of the word tokens of each text (punctuation and spaces dropped).

    With ``lemmas`` (the table given to ``make_nlp``) only the tokenizer runs and the table is
    read directly, which gives the lookup lemmatizer's result several times faster; otherwise
    ``nlp``'s own lemmatizer is used, and without one the lower-case forms.
    """
    nlp = nlp if nlp is not None else _sentence_nlp()
    result = []
    if lemmas is not None:
        get = lemmas.get
        for doc in nlp.tokenizer.pipe(texts, batch_size=512):
            forms = [t.lower_ for t in doc if not (t.is_punct or t.is_space)]
            result.append([get(form, form) for form in forms])
        return result
    has_lemmatizer = "lemmatizer" in nlp.pipe_names
    disable = [name for name in nlp.pipe_names if name != "lemmatizer"]
    for doc in nlp.pipe(texts, disable=disable, batch_size=256):
        if has_lemmatizer:
            result.append([t.lemma_ for t in doc if _WORD.search(t.text)])
        else:
            result.append([t.lower_ for t in doc if _WORD.search(t.text)])
    return result


def load_lemma_table() -> dict[str, str]:
    """The full Dutch lookup table of spacy-lookups-data (training time only)."""
    import gzip
    import json
    from importlib.resources import files

    from .errors import ModelError

    try:
        path = files("spacy_lookups_data") / "data" / "nl_lemma_lookup.json.gz"
        with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as handle:
            return json.load(handle)
    except (ModuleNotFoundError, FileNotFoundError) as error:
        raise ModelError(
            "De Nederlandse lemmatabel ontbreekt. Installeer de trainingsextra's met "
            "'pip install raadsassistent[train]' (pakket spacy-lookups-data) en probeer opnieuw."
        ) from error


def prune_lemma_table(table: Mapping[str, str], vocabulary: Iterable[str]) -> dict[str, str]:
    """Only the entries for ``vocabulary`` whose lemma differs from the form."""
    pruned = {}
    for form in vocabulary:
        lemma = table.get(form)
        if lemma is not None and lemma != form:
            pruned[form] = lemma
    return dict(sorted(pruned.items()))


def markdown_word_count(text: str) -> int:
    """Words of a Markdown briefing as a reader counts them: tokens with a letter, page
    citations ("(p. 3)", "(p. 3, 5)", "(p. 3–4)") not counted."""
    text = re.sub(r"\(p\. [\d–, ]+\)", " ", text)
    return sum(1 for token in text.split() if any(ch.isalpha() for ch in token))
