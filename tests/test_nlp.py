"""Sentence splitting, tokens and lemmas; the pure-Python tokenizer against spaCy."""

from __future__ import annotations

import functools
import json
import re
import subprocess
import sys
from typing import Any

import pytest
from fact_builders import FACT_TEXTS
from hypothesis import given, settings
from hypothesis import strategies as st

from raadsassistent.nlp import (
    ABBREVIATIONS,
    LIST_MARKER_RE,
    TOKENIZER_RULES,
    clause_spans,
    lemmatize,
    make_nlp,
    prune_lemma_table,
    sentence_starts,
    shared_tokenizer,
    split_sentences,
    tokenizer_rules,
)

from helpers import REPO, SAMPLES

TRAINING = REPO / "training"


@pytest.mark.parametrize(
    "abbreviation",
    [
        "excl.",
        "incl.",
        "tel.",
        "nr.",
        "o.a.",
        "art.",
        "d.d.",
        "blz.",
        "e.d.",
        "m.b.t.",
        "i.v.m.",
        "etc.",
        "Nr.",
        "Art.",
        "m.u.v.",
        "o.b.v.",
    ],
)
def test_abbreviations_do_not_split_sentences(abbreviation):
    text = f"De kosten zijn {abbreviation} btw bekend voor het plan. Tweede zin volgt hier."
    assert split_sentences(text) == [
        f"De kosten zijn {abbreviation} btw bekend voor het plan.",
        "Tweede zin volgt hier.",
    ]


def test_listed_abbreviations_are_single_tokens():
    nlp, tokenizer = make_nlp(), shared_tokenizer()
    for abbreviation in ABBREVIATIONS:
        assert [t.text for t in nlp.tokenizer(abbreviation)] == [abbreviation]
        assert tokenizer(f"({abbreviation})") == ["(", abbreviation, ")"]


def test_split_sentences_on_ordinary_text():
    text = "  De raad besluit.\n\nHet college voert uit!  Wanneer? Nu"
    assert split_sentences(text) == ["De raad besluit.", "Het college voert uit!", "Wanneer?", "Nu"]
    assert split_sentences("   ") == []


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(list("ab .,!?\n") + ["nr.", "o.a. ", "Art. 3", "De"]), max_size=40
    ).map("".join)
)
def test_split_sentences_returns_substrings(text):
    position = 0
    for sentence in split_sentences(text):
        assert sentence and sentence == sentence.strip()
        found = text.find(sentence, position)
        assert found >= 0
        position = found + len(sentence)


@settings(max_examples=200, deadline=None)
@given(FACT_TEXTS)
def test_fuzz_clauses(text):
    for a, b in clause_spans(text):
        assert text[a:b] and text[a:b] in text


@pytest.mark.parametrize("abbreviation", ABBREVIATIONS)
def test_one_abbreviation_list_feeds_both_splitters(abbreviation):
    """Every listed abbreviation keeps its sentence whole, before a capital too; a second list
    for either splitter would miss some of them."""
    first = f"Zie {abbreviation} Bijlage 2 bij het plan."
    text = f"{first} Tweede zin volgt hier."
    assert split_sentences(text) == [first, "Tweede zin volgt hier."]
    assert [text[a:b] for a, b in clause_spans(text)] == [first, "Tweede zin volgt hier."]


@pytest.mark.parametrize("abbreviation", ["excl.", "incl.", "tel.", "o.a.", "Tel.", "O.a."])
def test_common_abbreviations_keep_sentences_whole(abbreviation):
    text = f"Bel {abbreviation} Het Loket. Daarna volgt een tweede zin."
    expected = [f"Bel {abbreviation} Het Loket.", "Daarna volgt een tweede zin."]
    assert split_sentences(text) == expected
    assert [text[a:b] for a, b in clause_spans(text)] == expected


def test_lemmatize_with_a_lookup_table():
    lemmas = {"woningen": "woning", "bouwt": "bouwen"}
    nlp = make_nlp(lemmas)
    text = "De gemeente bouwt 30 woningen, o.a. voor starters."
    expected = [["de", "gemeente", "bouwen", "30", "woning", "o.a.", "voor", "starters"]]
    assert lemmatize([text], nlp) == expected  # through spaCy's lookup lemmatizer
    assert lemmatize([text], nlp, lemmas) == expected  # the fast path reads the table itself
    assert lemmatize([text]) == [
        ["de", "gemeente", "bouwt", "30", "woningen", "o.a.", "voor", "starters"]
    ]


def test_prune_lemma_table_keeps_only_changing_entries_for_the_vocabulary():
    table = {"woningen": "woning", "huis": "huis", "bomen": "boom"}
    assert prune_lemma_table(table, ["woningen", "huis", "fiets"]) == {"woningen": "woning"}


# --- the pure-Python tokenizer, sentencizer and lemmas give spaCy's results ----------------------

# Strings where tokenizers go wrong: amounts, abbreviations, URLs and addresses, ordinals,
# elisions, dates, brackets, quotes, ellipses, runs of whitespace, emoji, odd characters.
NASTY = [
    "€ 1.250.000,- excl. btw", "€1.250.000,-", "EUR 1,5 mln. (incl. btw)", "ca. 3.500 m²", "5%",
    "10 %", "± 20", "-/- € 5,00", "1/3 deel", "excl.", "Excl.", "(excl. btw)", "incl.,", "o.a.:",
    "t/m.", "T/m", "m.b.t.", "d.d. 12-03-2025", "nr. 2025/123", "Nr.1", "N.B.", "Z.O.Z.", "p.m.",
    "(o.a.", "o.a.).", "ca.(1)", "o.b.v.!", "i.p.v.'", "zgn. 'quick wins'", "°C.", "5°C", "(-:",
    "https://www.denhaag.nl/nl/bestuur.htm?x=1&y=2.", "www.lindewaarde.nl/raad,",
    "(zie https://example.org/a_b)", "<http://a.nl>", "griffie@denhaag.nl.",
    "Mail: j.jansen@gemeente.nl;", "1e", "2e kwartaal", "3de", "21ste", "'s-Gravenhage",
    "’s-Hertogenbosch", "'t Hof", "d'r", "z'n", "12-03-2025", "12/03/2025", "2025-03-12",
    "12 mrt. 2025", "1 jan. '25", "maart '24", "10:30 uur", "13.00-14.00 uur", "(a)", "[1]",
    "{x}", "art. 2.1(b)", "((dubbel))", '"Thuis in elke kern"', "“Thuis”", "‘enkel’", "'enkel'",
    "„laag”", "«frans»", "dus...", "dus…", "dus . . .", "... en", "?!", "!!!", "Echt?! Ja.",
    "twee  spaties", "drie   spaties", " voor", "na ", "  ", " ", "", "a\tb", "a \t b", "\t",
    "regel\nregel", "a \n b", "\n\n", "a.\nB.", "a.\r\nB.", "top 👍", "😀😀.", "🇳🇱 vlag", "❤️",
    "A/B", "co-financiering", "ex-wethouder", "e-mail", "+31 70 353 3000", "§ 3", "2.1.3",
    "Mevr. Dr. Ir. J.A. de Vries-van Dam", "U.S.A.", "St.-Jansstraat", "Den Haag:",
    "zacht\u00adafbreekstreepje", "a\u00a0b", "a\u200bb", "a\u2028b", "a\x0cb",
    "Dat is het. En dan? Nog iets… Zie blz. 4! Einde.", "De raad (zie p. 3) besluit: ja.",
]  # fmt: skip


@functools.cache
def _spacy() -> Any:
    return make_nlp(None)


@functools.cache
def _lemma_table() -> dict[str, str]:
    from raadsassistent.classify import load_model

    return load_model().featurizer.lemma_table


def _spacy_split_sentences(text: str) -> list[str]:
    """``split_sentences`` as it was with spaCy's pipeline (the reference)."""
    out: list[str] = []
    for line in re.split(r"\n+|\s*\(cid:\d+\)\s*", text):
        line = LIST_MARKER_RE.sub("", line.strip(), count=1)
        if not line:
            continue
        for span in _spacy()(line).sents:
            chunk = line[span.start_char : span.end_char]
            if chunk.strip():
                offset = span.start_char + len(chunk) - len(chunk.lstrip())
                out.append(line[offset : offset + len(chunk.strip())])
    return out


def assert_same_as_spacy(texts: list[str]) -> int:
    """Tokens with offsets, sentence starts, sentences and lemmas of ``texts`` equal spaCy's;
    returns the number of tokens compared."""
    nlp, tokenizer, compared = _spacy(), shared_tokenizer(), 0
    for text in texts:
        doc = nlp(text)
        expected = ([t.text for t in doc], [t.idx for t in doc])
        assert tokenizer.offsets(text) == expected, text[:300]
        assert sentence_starts(expected[0]) == [t.i for t in doc if t.is_sent_start], text[:300]
        assert split_sentences(text) == _spacy_split_sentences(text), text[:300]
        compared += len(doc)
    table = _lemma_table()
    digits = [re.sub(r"\d", "0", text) for text in texts]  # as the classifier's Featurizer
    assert lemmatize(texts, None, table) == lemmatize(texts, nlp, table)
    assert lemmatize(digits, None, table) == lemmatize(digits, nlp, table)
    assert lemmatize(texts) == lemmatize(texts, nlp)
    return compared


def test_nasty_strings_tokenize_as_spacy():
    assert assert_same_as_spacy(NASTY) == 279


def test_team_and_real_passages_tokenize_as_spacy():
    texts = []
    for path in sorted(TRAINING.glob("raadsstukken_*.jsonl")) + [
        TRAINING / "denhaag/passages.jsonl"
    ]:
        texts += [json.loads(line)["text"] for line in path.read_text("utf-8").splitlines() if line]
    assert len(texts) >= 2_000
    assert assert_same_as_spacy(texts) > 100_000


def test_samples_tokenize_as_spacy(sample_pdfs, segmented_samples):
    from raadsassistent.extract import extract_document

    texts = []
    for pdf in sample_pdfs:
        texts += [
            "\n".join(line.text for line in page.lines) for page in extract_document(pdf).pages
        ]
        for section in segmented_samples[pdf.name].sections:
            texts += [section.heading, *(passage.text for passage in section.passages)]
    assert assert_same_as_spacy(texts) > 10_000


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from([*NASTY, *ABBREVIATIONS, " ", "  ", "\n", ".", ",", "(", ")", "'"]),
            st.text(max_size=6),
        ),
        max_size=30,
    ).map("".join)
)
def test_fuzz_tokenize_as_spacy(text):
    assert_same_as_spacy([text])


@pytest.mark.slow
def test_zoning_passages_tokenize_as_spacy(shared):
    """A few thousand passages of real zoning plans (as training reads them) and their raw
    paragraphs, with line breaks and tables."""
    from raadsassistent.weaklabels import parse_markdown

    texts: list[str] = []
    for path in sorted((shared / "corpus/bestemmingsplannen").glob("t_NL.IMRO.*.md"))[::25]:
        markdown = path.read_text(encoding="utf-8", errors="replace")
        texts += [paragraph for _, paragraph in parse_markdown(markdown)]
        texts += [block for block in re.split(r"\n\s*\n", markdown) if block.strip()][:100]
    assert len(texts) > 3_000
    assert assert_same_as_spacy(texts) > 200_000


def test_shipped_tokenizer_rules_are_current():
    """The rules file is what spaCy's tokenizer of ``make_nlp`` has today (regenerate it with
    ``python -m raadsassistent.nlp`` when this fails)."""
    shipped = json.loads(TOKENIZER_RULES.read_text(encoding="utf-8"))
    current = tokenizer_rules(_spacy())
    shipped.pop("spacy"), current.pop("spacy")  # the version that wrote it is only a note
    assert shipped == current


def test_tokenizer_rules_ship_with_the_package():
    pyproject = (TOKENIZER_RULES.parents[1] / "pyproject.toml").read_text(encoding="utf-8")
    assert TOKENIZER_RULES.name in pyproject


def test_brief_runs_without_spacy(tmp_path):
    """Briefing a motion tokenizes with the rules file: spaCy is not even imported."""
    pdf = SAMPLES / "M9.2 Motie Veilige fietsroute Spoorlaan.pdf"
    script = (
        "import runpy, sys\n"
        "try:\n"
        "    runpy.run_module('raadsassistent', run_name='__main__')\n"
        "except SystemExit as stop:\n"
        "    assert not stop.code, stop.code\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'spacy', 'thinc', 'sklearn'}))\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", script, "brief", str(pdf), "-o", str(tmp_path / "b.md")],
        capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    assert run.stdout.splitlines()[-1] == "[]"
    briefing = (tmp_path / "b.md").read_text(encoding="utf-8")
    assert briefing.splitlines()[0] == "# Veilige fietsroute Spoorlaan"


def test_may_hold_is_false_only_where_a_case_insensitive_pattern_finds_no_word():
    from raadsassistent.nlp import may_hold

    words = ("herfst", "kwartaal")
    for text in ("HERFST", "Kwartaal 3", "herfſt", "kwartaaL", "İ", "ı", "zomer", "", "herf st"):
        found = re.search("|".join(words), text, re.IGNORECASE) is not None
        assert may_hold(text, words) or not found
        assert may_hold(text, words) == (found or bool(re.search("[İıſ]", text)))
