"""Dutch preprocessing: whitespace, headings, sentences and clauses, tokens and lookup lemmas.

Tokens are those of a blank Dutch spaCy pipeline (``make_nlp``), but run time does not import
spaCy (about 2 s of start-up): ``Tokenizer`` replays spaCy's tokenizer algorithm in Python over
its rules, exported to ``tokenizer_rules.json`` by ``python -m raadsassistent.nlp``, and
``sentence_starts`` is spaCy's sentencizer rule. Tests compare both with spaCy itself.

One abbreviation list (``ABBREVIATIONS``) feeds both the tokenizer's special cases (and so
``split_sentences`` and the classifier's tokens) and ``clause_spans``; after changing it,
regenerate the rules file.

Run time needs no model download and no spacy-lookups-data: the lemma table travels with the
trained model as JSON (see ``classify``); ``load_lemma_table`` reads the full table at training
time only.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections.abc import Collection, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, NamedTuple

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
# Characters that re.IGNORECASE matches to an ASCII letter but str.lower() does not lower to
# one (dotted and dotless i, long s): with one of these only the pattern itself can tell.
_CASE_EXCEPTIONS = re.compile("[\u0130\u0131\u017f]")


def may_hold(text: str, words: Iterable[str]) -> bool:
    """False when none of ``words`` (lower case) can occur in ``text`` as a case-insensitive
    pattern finds it: a cheap test before a costly pattern that needs one of them."""
    if _CASE_EXCEPTIONS.search(text):
        return True
    lower = text.lower()
    return any(word in lower for word in words)


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
_SENTENCE_PUNCT = (".", "!", "?", "…")


def make_nlp(lemmas: Mapping[str, str] | None = None) -> Any:
    """A blank Dutch spaCy pipeline with abbreviation special cases, a sentencizer and, when
    ``lemmas`` (lower-case form -> lemma) is given, a lookup lemmatizer fed from it.

    Only ``tokenizer_rules`` and the tests use it: run time tokenizes with ``Tokenizer``."""
    import spacy
    from spacy.lookups import Lookups
    from spacy.symbols import ORTH

    nlp: Any = spacy.blank("nl")
    for abbreviation in ABBREVIATIONS:
        for variant in {abbreviation, abbreviation[:1].upper() + abbreviation[1:]}:
            nlp.tokenizer.add_special_case(variant, [{ORTH: variant}])
    nlp.add_pipe("sentencizer", config={"punct_chars": list(_SENTENCE_PUNCT)})
    if lemmas is not None:
        lemmatizer: Any = nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
        lookups = Lookups()
        lookups.add_table("lemma_lookup", dict(lemmas))
        lemmatizer.initialize(lookups=lookups)
    return nlp


# --- spaCy's tokenizer without spaCy -------------------------------------------------------------

# The rules of make_nlp's tokenizer, exported by ``python -m raadsassistent.nlp`` (run it after
# changing ABBREVIATIONS or spaCy; a test checks the file is current).
TOKENIZER_RULES = Path(__file__).with_name("tokenizer_rules.json")
_PATTERNS = ("prefix", "suffix", "infix", "token_match", "url_match")


def tokenizer_rules(nlp: Any | None = None) -> dict[str, Any]:
    """The rules of ``nlp``'s tokenizer (default ``make_nlp()``) as JSON data for
    ``Tokenizer``: the affix, token and URL patterns, the special cases, and for the special
    cases spaCy's final pass looks for, their tokens without special cases. Needs spaCy."""
    import spacy
    from spacy.attrs import intify_attrs  # type: ignore[import-not-found]
    from spacy.symbols import ORTH

    tokenizer = (nlp if nlp is not None else make_nlp(None)).tokenizer
    functions = {
        "prefix": tokenizer.prefix_search,
        "suffix": tokenizer.suffix_search,
        "infix": tokenizer.infix_finditer,
        "token_match": tokenizer.token_match,
        "url_match": tokenizer.url_match,
    }
    bare = type(tokenizer)(  # the same rules without special cases
        tokenizer.vocab,
        rules={},
        prefix_search=tokenizer.prefix_search,
        suffix_search=tokenizer.suffix_search,
        infix_finditer=tokenizer.infix_finditer,
        token_match=tokenizer.token_match,
        url_match=tokenizer.url_match,
    )
    special_cases = {
        key: [intify_attrs(spec, _do_deprecated=True)[ORTH] for spec in specs]
        for key, specs in sorted(tokenizer.rules.items())
    }
    final_pass = {}
    for key in special_cases:  # the condition of spaCy's Tokenizer.add_special_case
        if (
            not tokenizer.faster_heuristics
            or tokenizer.find_prefix(key)
            or tokenizer.find_infix(key)
            or tokenizer.find_suffix(key)
            or " " in key
        ):
            final_pass[key] = [token.text for token in bare(key)]
    patterns = {
        name: None if function is None else
        {"pattern": function.__self__.pattern, "flags": function.__self__.flags}
        for name, function in functions.items()
    }  # fmt: skip
    return {
        "spacy": spacy.__version__,
        **patterns,
        "special_cases": special_cases,
        "final_pass": final_pass,
    }


def write_tokenizer_rules(path: Path = TOKENIZER_RULES) -> None:
    """Write ``tokenizer_rules()`` to ``path`` (the file ``Tokenizer`` reads), one special
    case a line."""

    def dump(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False)

    parts = []
    for name, value in sorted(tokenizer_rules().items()):
        if isinstance(value, dict) and name not in _PATTERNS:
            entries = ",\n".join(f"{dump(key)}: {dump(item)}" for key, item in value.items())
            parts.append(f"{dump(name)}: {{\n{entries}\n}}")
        else:
            parts.append(f"{dump(name)}: {dump(value)}")
    path.write_text("{\n" + ",\n".join(parts) + "\n}\n", encoding="utf-8")


def is_punct(token: str) -> bool:
    """spaCy's ``Token.is_punct``: every character is Unicode punctuation."""
    return all(unicodedata.category(char).startswith("P") for char in token)


# A run of whitespace (``\s`` is exactly ``str.isspace``, what spaCy splits on).
_SPACE_RUN = re.compile(r"\s+")
# Chunks whose tokens are kept (about 450 bytes each); spaCy caches 10,000, a batch meets more.
_CACHE_SIZE = 100_000


class Tokenizer:
    """spaCy's tokenizer for ``make_nlp`` in pure Python: the same tokens, from the rules
    ``tokenizer_rules`` exported, without importing spaCy.

    The algorithm is spaCy's ``Tokenizer`` (tokenizer.pyx): text is cut into whitespace-
    separated chunks (a single space after a chunk belongs to its last token, other
    whitespace becomes tokens), each chunk is a special case or loses prefixes and suffixes
    until a special case, token or URL match remains, whose infixes split it; then a last pass
    over the whole text puts special cases that affix splitting broke up back together.
    Chunks are tokenized once and cached.
    """

    def __init__(self, rules: Mapping[str, Any]):
        def compiled(name: str) -> Any:
            spec = rules[name]
            return None if spec is None else re.compile(spec["pattern"], spec["flags"])

        self.prefix_search = getattr(compiled("prefix"), "search", None)
        self.suffix_search = getattr(compiled("suffix"), "search", None)
        self.infix_finditer = getattr(compiled("infix"), "finditer", None)
        self.token_match = getattr(compiled("token_match"), "match", None)
        self.url_match = getattr(compiled("url_match"), "match", None)
        self.special_cases: dict[str, tuple[str, ...]] = {
            key: tuple(tokens) for key, tokens in rules["special_cases"].items()
        }
        self._final_pass: dict[str, list[list[str]]] = {}
        for tokens in rules["final_pass"].values():
            if tokens:
                self._final_pass.setdefault(tokens[0], []).append(tokens)
        self._chunks: dict[str, _Chunk] = {}

    def __call__(self, text: str) -> list[str]:
        """The tokens of ``text`` (whitespace tokens included), as spaCy's ``Doc``."""
        return self.offsets(text)[0]

    def offsets(self, text: str) -> tuple[list[str], list[int]]:
        """The tokens of ``text`` and the character offset of each (spaCy's ``Token.idx``)."""
        chunks = _chunks(text)
        tokens, candidates = self._laid_out(chunks)
        starts = self._starts(chunks)
        matches = self._final_matches(tokens, candidates)
        if matches:
            return self._apply_final_pass(text, tokens, starts, matches) or (tokens, starts)
        return tokens, starts

    def forms(self, text: str) -> list[str]:
        """The lower-case forms of the tokens of ``text`` that are neither punctuation nor
        whitespace (what ``lemmatize`` looks up)."""
        chunks = _chunks(text)
        entries = [self._chunk(chunk) for _, chunk in chunks]
        if any(entry.firsts for entry in entries):
            tokens, candidates = _layout(entries)
            matches = self._final_matches(tokens, candidates)
            if matches:
                changed = self._apply_final_pass(text, tokens, self._starts(chunks), matches)
                if changed is not None:
                    return [token.lower() for token in changed[0] if _is_word(token)]
        return [form for entry in entries for form in entry.forms]

    def _chunk(self, chunk: str) -> _Chunk:
        entry = self._chunks.get(chunk)
        if entry is None:
            tokens = self._tokenize(chunk)
            relative, offset = [], 0
            for token in tokens:
                relative.append(offset)
                offset += len(token)
            entry = _Chunk(
                tokens,
                tuple(relative),
                tuple(token.lower() for token in tokens if _is_word(token)),
                tuple(i for i, token in enumerate(tokens) if token in self._final_pass),
            )
            if len(self._chunks) < _CACHE_SIZE:
                self._chunks[chunk] = entry
        return entry

    def _laid_out(self, chunks: list[tuple[int, str]]) -> tuple[list[str], list[int]]:
        """The tokens of ``chunks`` and the indexes of those that may start a final-pass
        pattern."""
        return _layout([self._chunk(chunk) for _, chunk in chunks])

    def _starts(self, chunks: list[tuple[int, str]]) -> list[int]:
        """The offset of each token of ``chunks`` (before the final pass)."""
        starts: list[int] = []
        for start, chunk in chunks:
            starts += map(start.__add__, self._chunk(chunk).relative)
        return starts

    def _tokenize(self, chunk: str) -> tuple[str, ...]:
        """spaCy's ``Tokenizer._tokenize``: ``_split_affixes`` then ``_attach_tokens``."""
        specials = self.special_cases
        special = specials.get(chunk)
        if special is not None:
            return special
        prefixes: list[str] = []
        suffixes: list[str] = []
        string = chunk
        last_size = 0
        while string and len(string) != last_size:
            if self.token_match and self.token_match(string):
                break
            if string in specials:
                break
            last_size = len(string)
            pre_len = _match_length(self.prefix_search, string)
            if pre_len:
                prefix, minus_pre = string[:pre_len], string[pre_len:]
                if minus_pre and minus_pre in specials:
                    string = minus_pre
                    prefixes.append(prefix)
                    break
            suf_len = _match_length(self.suffix_search, string[pre_len:])
            if suf_len:
                suffix, minus_suf = string[-suf_len:], string[:-suf_len]
                if minus_suf and minus_suf in specials:
                    string = minus_suf
                    suffixes.append(suffix)
                    break
            if pre_len and suf_len and pre_len + suf_len <= len(string):
                string = string[pre_len:-suf_len]
                prefixes.append(prefix)
                suffixes.append(suffix)
            elif pre_len:
                string = minus_pre
                prefixes.append(prefix)
            elif suf_len:
                string = minus_suf
                suffixes.append(suffix)
        tokens = prefixes
        if string:
            special = specials.get(string)
            if special is not None:
                tokens.extend(special)
            elif (self.token_match and self.token_match(string)) or (
                self.url_match and self.url_match(string)
            ):
                tokens.append(string)
            else:
                tokens.extend(self._split_infixes(string))
        tokens.extend(reversed(suffixes))
        return tuple(tokens)

    def _split_infixes(self, string: str) -> list[str]:
        matches = list(self.infix_finditer(string)) if self.infix_finditer else []
        if not matches:
            return [string]
        tokens = []
        start = 0
        for match in matches:
            infix_start, infix_end = match.span()
            if infix_start == 0:  # an infix at the very start is no infix
                continue
            if infix_start != start:
                tokens.append(string[start:infix_start])
            if infix_start != infix_end:
                tokens.append(string[infix_start:infix_end])
            start = infix_end
        if string[start:]:
            tokens.append(string[start:])
        return tokens

    def _final_matches(self, tokens: list[str], candidates: list[int]) -> list[tuple[int, int]]:
        """Where the final-pass patterns occur among ``tokens`` (spaCy's PhraseMatcher over
        them), looking only at the ``candidates`` that start one."""
        matches = []
        count = len(tokens)
        for i in candidates:
            for pattern in self._final_pass[tokens[i]]:
                end = i + len(pattern)
                if end <= count and tokens[i:end] == pattern:
                    matches.append((i, end))
        return matches

    def _apply_final_pass(
        self, text: str, tokens: list[str], starts: list[int], matches: list[tuple[int, int]]
    ) -> tuple[list[str], list[int]] | None:
        """spaCy's ``_apply_special_cases`` for ``matches``: keep the longest, first ones
        (``_filter_special_spans``, quirks included) and replace those whose text is a special
        case by its tokens; ``None`` if nothing changed."""
        seen: set[int] = set()
        kept = []
        for start, end in sorted(matches, key=lambda span: (span[0] - span[1], span[0])):
            if start not in seen and end - 1 not in seen:
                kept.append((start, end))
            seen.update(range(start, end))  # a dropped span still hides its tokens
        out_tokens: list[str] = []
        out_starts: list[int] = []
        changed = False
        position = 0
        for start, end in sorted(kept):
            out_tokens += tokens[position:start]
            out_starts += starts[position:start]
            span_text = text[starts[start] : starts[end - 1] + len(tokens[end - 1])]
            special = self.special_cases.get(span_text)
            if special is None or list(special) == tokens[start:end]:
                out_tokens += tokens[start:end]
                out_starts += starts[start:end]
            else:
                changed = True
                offset = starts[start]
                for token in special:
                    out_tokens.append(token)
                    out_starts.append(offset)
                    offset += len(token)
            position = end
        if not changed:
            return None
        return out_tokens + tokens[position:], out_starts + starts[position:]


class _Chunk(NamedTuple):
    """A tokenized chunk: its tokens, their offsets in it, the lower-case forms of its word
    tokens and the indexes of the tokens that may start a final-pass pattern."""

    tokens: tuple[str, ...]
    relative: tuple[int, ...]
    forms: tuple[str, ...]
    firsts: tuple[int, ...]


def _layout(entries: list[_Chunk]) -> tuple[list[str], list[int]]:
    """The tokens of the tokenized chunks ``entries`` in a row, and the indexes of those that
    may start a final-pass pattern."""
    tokens: list[str] = []
    candidates: list[int] = []
    for entry in entries:
        if entry.firsts:
            candidates += [len(tokens) + i for i in entry.firsts]
        tokens += entry.tokens
    return tokens, candidates


# Text whose chunks are simply ``text.split(" ")``: no whitespace but single inner spaces.
_NOT_PLAIN = re.compile(r"[^\S ]|  |^ | $")


def _chunks(text: str) -> list[tuple[int, str]]:
    """The offset and text of each chunk spaCy tokenizes: the non-whitespace runs, and the
    whitespace runs less the single space that follows a non-whitespace run."""
    if not text:
        return []
    chunks = []
    if not _NOT_PLAIN.search(text):
        position = 0
        for chunk in text.split(" "):
            chunks.append((position, chunk))
            position += len(chunk) + 1
        return chunks
    position = 0
    for match in _SPACE_RUN.finditer(text):
        start, end = match.span()
        if start > position:
            chunks.append((position, text[position:start]))
            if text[start] == " ":
                start += 1
        if start < end:
            chunks.append((start, text[start:end]))
        position = end
    if position < len(text):
        chunks.append((position, text[position:]))
    return chunks


def _match_length(search: Any, string: str) -> int:
    match = search(string) if search is not None else None
    return match.end() - match.start() if match is not None else 0


@functools.lru_cache(maxsize=65_536)
def _is_word(token: str) -> bool:
    return not (token.isspace() or is_punct(token))


@functools.lru_cache(maxsize=1)
def shared_tokenizer() -> Tokenizer:
    """The one ``Tokenizer`` over ``TOKENIZER_RULES`` (loaded and compiled on first use)."""
    return Tokenizer(json.loads(TOKENIZER_RULES.read_text(encoding="utf-8")))


def sentence_starts(
    tokens: Sequence[str], punct_chars: Collection[str] = _SENTENCE_PUNCT
) -> list[int]:
    """The indexes of the tokens that start a sentence: spaCy's ``Sentencizer`` (a sentence
    starts at the first token that is not punctuation after one of ``punct_chars``)."""
    if not tokens:
        return []
    starts = [0]
    seen_period = False
    for i, token in enumerate(tokens):
        in_punct_chars = token in punct_chars
        if seen_period and not in_punct_chars and not is_punct(token):
            starts.append(i)
            seen_period = False
        elif in_punct_chars:
            seen_period = True
    return starts


# A list item's marker: a bullet, "1.", "a)", "(ii)", or an undecoded bullet glyph "(cid:127)".
LIST_MARKER_RE = re.compile(
    r"^(?:[-•–*▪·●◦‣∙o]|\(cid:\d+\)|\d{1,2}[.)]|[a-z][.)]|\([a-z0-9]{1,2}\)|[ivx]{1,4}[.)])\s+"
)


def split_sentences(text: str) -> list[str]:
    """The sentences of ``text``, each an exact substring of it (whitespace trimmed).

    Line breaks and undecoded bullets ("(cid:127)") end a sentence and list items lose their
    marker; within a line spaCy's sentencizer rule decides, on the tokens of ``make_nlp``.
    """
    out: list[str] = []
    for line in re.split(r"\n+|\s*\(cid:\d+\)\s*", text):
        line = LIST_MARKER_RE.sub("", line.strip(), count=1)
        if line:
            out += _line_sentences(line)
    return out


def _line_sentences(text: str) -> list[str]:
    tokens, offsets = shared_tokenizer().offsets(text)
    bounds = sentence_starts(tokens)
    sentences = []
    for first, after in zip(bounds, [*bounds[1:], len(tokens)], strict=True):
        start, end = offsets[first], offsets[after - 1] + len(tokens[after - 1])
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

    With ``lemmas`` (a lookup table: lower-case form -> lemma) the forms are looked up in it,
    which is what spaCy's lookup lemmatizer fed the same table gives; without a table the
    lower-case forms of the tokens with a letter or digit. The tokens are ``shared_tokenizer``'s
    (or ``nlp``'s, a ``Tokenizer``); a spaCy pipeline as ``nlp`` runs spaCy itself, through its
    own lemmatizer when it has one.
    """
    if nlp is None or isinstance(nlp, Tokenizer):
        tokenizer = nlp if nlp is not None else shared_tokenizer()
        if lemmas is not None:
            get = lemmas.get
            return [[get(form, form) for form in tokenizer.forms(text)] for text in texts]
        return [[t.lower() for t in tokenizer(text) if _WORD.search(t)] for text in texts]
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


if __name__ == "__main__":  # python -m raadsassistent.nlp: regenerate TOKENIZER_RULES with spaCy
    write_tokenizer_rules()
