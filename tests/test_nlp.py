"""Sentence splitting and lemmas."""

from __future__ import annotations

import pytest
from fact_builders import FACT_TEXTS
from hypothesis import given, settings
from hypothesis import strategies as st

from raadsassistent.nlp import (
    ABBREVIATIONS,
    clause_spans,
    lemmatize,
    make_nlp,
    prune_lemma_table,
    split_sentences,
)


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
    nlp = make_nlp()
    for abbreviation in ABBREVIATIONS:
        assert [t.text for t in nlp.tokenizer(abbreviation)] == [abbreviation]


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
