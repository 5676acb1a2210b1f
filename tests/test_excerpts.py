"""Tests for raadsassistent.excerpts: risks and participation."""

from __future__ import annotations

from fact_builders import build_doc, rich_doc

from raadsassistent.excerpts import find_participation, find_risks


def test_risks():
    risks = find_risks(rich_doc())
    assert [(r.text, r.page, r.via) for r in risks] == [
        ("De aanbesteding kan duurder uitvallen.", 3, "section"),
        ("Dat vangen we op.", 3, "section"),
        ("Er is een risico op een tekort van 2,5 mln in 2028.", 4, "cue"),
    ]


def test_participation():
    found = find_participation(rich_doc())
    assert [(r.text, r.page, r.via) for r in found] == [
        ("Inwoners hebben we gesproken op een bewonersavond op 12 mei.", 2, "cue"),
        ("Er zijn 14 zienswijzen ingediend.", 5, "section"),
    ]
    doc = rich_doc()
    for r in found:
        passage = next(p for p in doc.passages if p.id == r.passage_id)
        assert passage.text[r.start : r.end] == r.text


def test_nothing_about_risks_or_participation():
    doc = build_doc("raadsvoorstel", [("Inleiding", 1, [("Het plan is helder.", 1)])])
    assert find_risks(doc) == [] and find_participation(doc) == []


def _label(sentence: str, fact: str, **kw) -> str:
    from raadsassistent.excerpts import fact_label

    at = sentence.index(fact)
    return fact_label(sentence, at, at + len(fact), **kw)


def test_amount_labels_come_from_their_own_sentence():
    from raadsassistent.excerpts import MONEY_NOUN_RE

    cases = [
        ("de verhoging van de gemeentelijke bijdrage met € 97.600 te verwerken.", "€ 97.600",
         "gemeentelijke bijdrage"),
        ("De extra voorbereidingskosten van € 80.000 zijn nodig.", "€ 80.000",
         "extra voorbereidingskosten"),
        ("De begroting sluit met een totaal aan lasten van EUR 61,3 miljoen.", "EUR 61,3 miljoen",
         "totaal aan lasten"),
        ("de jaarlijkse kapitaallasten van € 318.400 vanaf 2028 te dekken", "€ 318.400",
         "jaarlijkse kapitaallasten vanaf 2028"),
        ("Er is een risico op een tekort van 2,5 mln in 2028.", "2,5 mln",
         "tekort in 2028"),
    ]  # fmt: skip
    for sentence, fact, expected in cases:
        label = _label(sentence, fact, cue=MONEY_NOUN_RE)
        assert label == expected
        assert all(w in sentence for w in label.split())


def test_date_labels():
    assert _label(
        "Het algemeen bestuur stelt de begroting vast op 2 juli 2026.", "2 juli 2026"
    ) == ("bestuur stelt de begroting vast")
    assert _label(
        "Datum college 24 maart 2026 Raadsvergadering 16 april 2026", "16 april 2026"
    ) == ("Raadsvergadering")
    # the words before a colon name what follows it
    assert _label(
        "– oplevering van het kindcentrum: voor de zomer van 2027.", "voor de zomer van 2027"
    ) == ("oplevering van het kindcentrum")


def test_passages_without_a_cue_are_skipped_whole_with_the_same_result(segmented_samples):
    """A cue in a clause is a cue in its passage: skipping passages without one first loses
    no excerpt."""
    from raadsassistent import excerpts
    from raadsassistent.nlp import clause_spans, heading_key

    def every_clause(doc, headings, cue):
        in_section = set()
        for section in doc.sections:
            key = heading_key(section.heading)
            if any(key.startswith(h) or h in key for h in headings):
                in_section |= {s.id for s in doc.subtree(section)}
        return [
            (p.id, a, b, section.id in in_section)
            for section in doc.sections
            for p in section.passages
            for a, b in clause_spans(p.text)
            if section.id in in_section or cue.search(p.text[a:b])
        ]

    total = 0
    for doc in segmented_samples.values():
        for headings, cue, find in (
            (excerpts._RISK_HEADINGS, excerpts._RISK_CUE_RE, excerpts.find_risks),
            (excerpts._PARTICIPATION_HEADINGS, excerpts._PARTICIPATION_CUE_RE,
             excerpts.find_participation),
        ):  # fmt: skip
            got = [(e.passage_id, e.start, e.end, e.via == "section") for e in find(doc)]
            assert got == every_clause(doc, headings, cue)
            total += len(got)
    assert total > 20


def test_the_cue_words_checked_first_answer_as_the_cue_patterns(segmented_samples):
    from raadsassistent import excerpts

    texts = [p.text for doc in segmented_samples.values() for p in doc.passages]
    texts += [
        "RISICO'S", "Kanttekeningen", "onzekerheden", "de ENQUÊTE", "een enquete", "Inspraak",
        "wij hebben met inwoners uitgebreid gesproken", "gesproken met de omwonenden",
        "omwonenden zijn betrokken", "inwoners gesproken", "rısico", "ınspraak", "zıenswijze",
        "omwonenden", "geen van alle", "",
    ]  # fmt: skip
    for cue in (excerpts._RISK_CUE_RE, excerpts._PARTICIPATION_CUE_RE):
        expected = [cue.search(t) is not None for t in texts]
        assert [excerpts._has_cue(t, cue) for t in texts] == expected
        assert any(expected) and not all(expected)
