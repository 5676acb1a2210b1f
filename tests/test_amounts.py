"""Tests for raadsassistent.amounts: euro amounts, ranges, qualifiers and scaled tables."""

from __future__ import annotations

import re

import pytest
from fact_builders import FACT_TEXTS, rich_doc
from hypothesis import HealthCheck, given, settings

from raadsassistent.amounts import find_amounts, find_document_amounts

AMOUNT_CASES = [
    ("€ 2.450.000", 2_450_000, None),
    ("€2.450.000,-", 2_450_000, None),
    ("€ 125.000,--", 125_000, None),
    ("€ 1.250,50", 1250.5, None),
    ("€ 2.450.000,00", 2_450_000, None),
    ("EUR 2.450.000", 2_450_000, None),
    ("€ 1,2 miljoen", 1_200_000, None),
    ("1,2 miljoen euro", 1_200_000, None),
    ("2,5 mln", 2_500_000, None),
    ("€ 3,4 mln.", 3_400_000, None),
    ("k€ 300", 300_000, None),
    ("€ 300k", 300_000, None),
    ("€ 45 duizend", 45_000, None),
    ("1 miljard", 1_000_000_000, None),
    ("€ 1,5 miljard", 1_500_000_000, None),
    ("euro 500", 500, None),
    ("500 euro", 500, None),
    ("-/- € 50.000", -50_000, None),
    ("€ 0,5 miljoen", 500_000, None),
    ("€ 1 à 2 miljoen", 1_000_000, 2_000_000),
    ("€ 1 tot € 2 miljoen", 1_000_000, 2_000_000),
    ("€ 2,450,000", 2_450_000, None),
    ("€\u00a02.450.000", 2_450_000, None),
]


@pytest.mark.parametrize("raw,value,value_max", AMOUNT_CASES)
def test_amount_formats(raw, value, value_max):
    text = f"Het college stelt {raw} beschikbaar voor de bouw."
    found = find_amounts(text, page=3)
    assert len(found) == 1, found
    amount = found[0]
    assert amount.text == raw
    assert text[amount.start : amount.end] == raw
    assert amount.value_eur == pytest.approx(value)
    assert amount.value_max_eur == (pytest.approx(value_max) if value_max else None)
    assert amount.page == 3
    assert raw in amount.context and amount.context in text


@pytest.mark.parametrize(
    "raw",
    [
        "in 2027",
        "5%",
        "12,5 procent",
        "artikel 2.1",
        "art. 4:81 Awb",
        "tel. 020-1234567",
        "06-12345678",
        "1.250 woningen",
        "2.450.000",
        "1,2 miljoen inwoners",
        "1 miljard liter",
        "nr. 29",
        "36 200 IX",
        "15 maart 2027",
    ],
)
def test_non_amounts(raw):
    assert find_amounts(f"Het college stelt {raw} beschikbaar voor de bouw.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Het plaatsgebonden risico is een kans van 1 op 1 miljoen per jaar.",
        "De stad trekt 2,5 mln bezoekers.",
        "Er wonen 1,2 miljoen mensen en 3 miljoen dieren.",
        "Het gebied telt 2 miljoen.",
    ],
)
def test_bare_multipliers_need_a_money_context(text):
    assert find_amounts(text) == []


def test_amount_qualifier_and_context():
    text = (
        "Voor de renovatie van zwembad De Waterlelie is in de begroting 2027 een krediet van "
        "€ 2.450.000 opgenomen, waarvan € 150.000 structureel. Daarnaast vragen wij jaarlijks "
        "€ 20.000 voor onderhoud."
    )
    a, b, c = find_amounts(text)
    assert (a.qualifier, b.qualifier, c.qualifier) == (None, "structureel", "jaarlijks")
    assert "Daarnaast" not in a.context
    assert len(a.context.split()) <= 21


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(FACT_TEXTS)
def test_fuzz_amounts(text):
    for a in find_amounts(text):
        assert text[a.start : a.end] == a.text
        assert a.context in text and a.text in a.context
        if a.value_eur is not None and a.value_eur < 0:
            assert "-" in a.text or "−" in a.text or "–" in a.text


def test_scaled_table_numbers_are_amounts():
    text = (
        "Tabel 6.1 Raming\nOnderdeel Fase 1 (x € 1.000) Fase 2 (x € 1.000)\n"
        "Bouwrijp maken 640 310\nFietsenstalling 3.980 -\nSaldo -120 -\n"
        "6.2 Toelichting op de raming\nDe stalling kost 12 jaar onderhoud."
    )
    found = find_amounts(text)
    assert [(a.text, a.value_eur) for a in found] == [
        ("640", 640_000),
        ("310", 310_000),
        ("3.980", 3_980_000),
        ("-120", -120_000),
    ]
    assert all(text[a.start : a.end] == a.text for a in found)


def test_the_first_row_under_a_header_without_closing_parenthesis_is_read():
    """ "in duizenden euro" ends its line without ")": the pattern's trailing white space
    swallowed the newline, and the row below it was skipped."""
    for header, unit in (
        ("Kosten in duizenden euro", 1_000),
        ("Bedragen in k€", 1_000),
        ("Kosten (x € 1.000)", 1_000),
    ):
        found = find_amounts(f"{header}\nPost A 9 10\nPost B 12 14\n")
        assert [(a.text, a.value_eur) for a in found] == [
            ("9", 9 * unit),
            ("10", 10 * unit),
            ("12", 12 * unit),
            ("14", 14 * unit),
        ], header


def test_minus_after_currency_and_year_before_amount():
    text = "Het saldo is € -350.000 en de lasten zijn vanaf 2028 € 125.000,- per jaar."
    found = find_amounts(text)
    assert [(a.text, a.value_eur, a.qualifier) for a in found] == [
        ("€ -350.000", -350_000, None),
        ("€ 125.000,-", 125_000, "per jaar"),
    ]


def test_document_amounts_carry_pages():
    doc = rich_doc()
    assert [(a.value_eur, a.page) for a in find_document_amounts(doc)] == [
        (1_200_000, 1),
        (2_500_000, 4),
    ]


def test_the_cheap_checks_before_the_patterns_change_nothing(segmented_samples, monkeypatch):
    """Text without a digit holds no amount; a scale header needs "€", "eur" or "duizenden"."""
    from raadsassistent import amounts

    texts = [p.text for doc in segmented_samples.values() for p in doc.passages]
    texts += [t.text for doc in segmented_samples.values() for t in doc.tables]
    texts += [
        "Kosten (x € 1.000)\nPersoneel 6.490 4.110\n", "Bedragen in duizenden euro's\nA 12 13\n",
        "(X 1.000 EURO)\nB 5 6\n", "in DUIZENDEN euro\nC 7 8\n", "in duızenden euro\nD 9 10\n",
        "in K€\nE 1 2\n", "geen bedragen hier", "",
    ]  # fmt: skip
    found = [amounts.find_amounts(t) for t in texts]
    assert sum(map(len, found)) > 40
    assert amounts._scaled_table_numbers("in duızenden euro\nD 9 10\n")[1] == [(0, 18)]
    monkeypatch.setattr(amounts, "_ANY_DIGIT", re.compile(""))  # every text may hold one
    monkeypatch.setattr(amounts, "_may_hold_scale", lambda text: True)
    assert found == [amounts.find_amounts(t) for t in texts]
