"""Tests for raadsassistent.dates: dates, deadlines and periods."""

from __future__ import annotations

import pytest
from fact_builders import FACT_TEXTS, rich_doc
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from raadsassistent.dates import find_dates, find_document_dates

DATE_CASES = [
    ("15 maart 2027", "2027-03-15", None, "date"),
    ("15-03-2027", "2027-03-15", None, "date"),
    ("15/3/2027", "2027-03-15", None, "date"),
    ("15.03.2027", "2027-03-15", None, "date"),
    ("2027-03-15", "2027-03-15", None, "date"),
    ("dinsdag 15 maart 2027", "2027-03-15", None, "date"),
    ("15 mrt. 2027", "2027-03-15", None, "date"),
    ("maart 2027", None, "2027-03", "period"),
    ("Q3 2027", None, "2027-Q3", "period"),
    ("derde kwartaal van 2027", None, "2027-Q3", "period"),
    ("4e kwartaal 2026", None, "2026-Q4", "period"),
    ("eerste helft van 2027", None, "2027-H1", "period"),
    ("uiterlijk 1 juli 2027", "2027-07-01", None, "deadline"),
    ("vóór 1 januari 2028", "2028-01-01", None, "deadline"),
    ("voor 1 januari 2028", "2028-01-01", None, "deadline"),
    ("niet later dan 1 mei 2027", "2027-05-01", None, "deadline"),
    ("deadline 15 juni 2027", "2027-06-15", None, "deadline"),
    ("voor de zomer van 2027", None, "2027", "deadline"),
    ("voor de zomer", None, None, "deadline"),
    ("na het zomerreces", None, None, "period"),
    ("eind 2027", None, "2027", "period"),
    ("begin 2028", None, "2028", "period"),
    ("medio 2027", None, "2027", "period"),
    ("najaar 2027", None, "2027", "period"),
    ("in 2027", None, "2027", "period"),
    ("het jaar 2030", None, "2030", "period"),
    ("uiterlijk in 2027", None, "2027", "deadline"),
    ("de periode 2024-2027", None, "2024/2027", "period"),
    ("1 juli", None, None, "date"),
]


@pytest.mark.parametrize("raw,date,period,kind", DATE_CASES)
def test_date_formats(raw, date, period, kind):
    text = f"Het college doet dit {raw} en verder niets."
    found = find_dates(text, page=2)
    assert len(found) == 1, found
    d = found[0]
    assert d.text == raw and text[d.start : d.end] == raw
    assert (d.date, d.period, d.kind, d.page) == (date, period, kind, 2)


def test_reference_year_completes_dates():
    found = find_dates("uiterlijk 1 juli, in Q3 en eind dit jaar", reference_year=2026)
    assert [(d.date, d.period, d.kind) for d in found] == [
        ("2026-07-01", None, "deadline"),
        (None, "2026-Q3", "period"),
        (None, "2026", "period"),
    ]


@pytest.mark.parametrize(
    "raw",
    [
        "€ 2.450.000",
        "2.450.000",
        "artikel 2027",
        "nr. 2027",
        "artikel 3.2027",
        "om 20.15 uur",
        "2027 woningen",
        "1.250 woningen",
        "tel. 020-1234567",
        "de zomer was warm",
        "36 200 IX, nr. 29",
        "31 februari 2027",
        "5%",
    ],
)
def test_non_dates(raw):
    assert find_dates(f"Het college doet dit {raw} en verder niets.") == []


def test_voor_bare_year_is_not_a_deadline():
    (d,) = find_dates("Het budget voor 2027 is krap.")
    assert d.kind == "period" and d.period == "2027" and d.text == "voor 2027"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(FACT_TEXTS, st.one_of(st.none(), st.integers(1990, 2060)))
def test_fuzz_dates(text, year):
    for d in find_dates(text, reference_year=year):
        assert text[d.start : d.end] == d.text
        assert d.kind in ("date", "deadline", "period")
        assert d.date is None or (len(d.date) == 10 and d.date[4] == "-")


def test_bare_years_can_be_left_out():
    text = "In 2026 is veel gedaan; vanaf 2028 uiterlijk in 2029 klaar, oplevering Q2 2027."
    assert [d.text for d in find_dates(text)] == [
        "In 2026",
        "vanaf 2028",
        "uiterlijk in 2029",
        "Q2 2027",
    ]
    assert [d.text for d in find_dates(text, bare_years=False)] == [
        "uiterlijk in 2029",
        "Q2 2027",
    ]


def test_school_year_and_vague_seasons():
    text = "Klaar voor de start van het schooljaar 2027-2028. In de zomer is het warm."
    (d,) = find_dates(text)
    assert d.text == "voor de start van het schooljaar 2027-2028"
    assert (d.period, d.kind) == ("2027/2028", "deadline")


def test_document_dates_carry_pages():
    dates = find_document_dates(rich_doc())
    assert [(d.text, d.date, d.period, d.page) for d in dates] == [
        ("het derde kwartaal", None, "2027-Q3", 2),
        ("12 mei", "2027-05-12", None, 2),
        ("in 2028", None, "2028", 4),
    ]


def test_patterns_skipped_by_the_cheap_checks_could_not_have_matched(
    segmented_samples, monkeypatch
):
    """The digit and word checks before the patterns never change what is found."""
    from raadsassistent import dates

    texts = [p.text for doc in segmented_samples.values() for p in doc.passages]
    texts += [
        "eerste KWARTAAL", "Q3 2027", "in de zomer van 2027", "voor de Zomer", "begin maart",
        "EIND dit jaar", "in de loop van volgend jaar", "herfſt 2027", "begİn maart",
        "voor het eind van het komende jaar", "na het kerstreces", "het einde van dit jaar",
        "medio april", "15 mei", "Ultimo juni", "halverwege mei", "twintig", "",
    ]  # fmt: skip
    every = [(i, name, regex) for i, (name, regex) in enumerate(dates._DATE_PATTERNS)]
    found = [dates.find_dates(t, reference_year=2026) for t in texts]
    assert sum(map(len, found)) > 80
    monkeypatch.setattr(dates, "_possible", lambda text: every)
    assert found == [dates.find_dates(t, reference_year=2026) for t in texts]
    assert [m.period for m in found[texts.index("herfſt 2027")]] == ["2027"]


_PIECES = st.sampled_from(
    ["begin", "eind", "maart", "Mei", "2027", "15", "dit", "jaar", "kwartaal", "Q", "3", "de",
     "zomer", "van", "ſ", "ı", "İ", "K", "voor", "uiterlijk", "-", "/", ".", "het", "reces"]
)  # fmt: skip


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(_PIECES, st.sampled_from([" ", "", "\n", "  "])), max_size=12))
def test_cheap_checks_agree_with_every_pattern_on_generated_text(parts):
    from raadsassistent import dates

    text = "".join(a + b for a, b in parts)
    every = [(i, name, regex) for i, (name, regex) in enumerate(dates._DATE_PATTERNS)]
    expected = dates.find_dates(text, reference_year=2026)
    possible = dates._possible
    try:
        dates._possible = lambda text: every
        assert dates.find_dates(text, reference_year=2026) == expected
    finally:
        dates._possible = possible
