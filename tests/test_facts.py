"""Tests for raadsassistent.facts: amounts, dates, decision points, risks and participation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from raadsassistent.facts import (
    asks_nothing,
    decision_points_from_text,
    decision_spans,
    find_amounts,
    find_dates,
    find_decision_points,
    find_document_amounts,
    find_document_dates,
    find_participation,
    find_risks,
    normalise_ws,
    split_sentences,
)
from raadsassistent.types import Passage, Section, StructuredDocument

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
MOTIES = SHARED / "corpus" / "moties" / "moties.jsonl"

# --------------------------------------------------------------------------------------------
# Amounts
# --------------------------------------------------------------------------------------------

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


# --------------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------------

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


# --------------------------------------------------------------------------------------------
# Fuzzing: no exceptions, spans always point at their text
# --------------------------------------------------------------------------------------------

_PIECES = st.sampled_from(
    [
        "€",
        "€ ",
        "EUR ",
        "euro",
        "k€",
        "-/-",
        " ",
        "\n",
        "\n\n",
        ",",
        ".",
        ";",
        ":",
        "-",
        "/",
        "à",
        "miljoen",
        "mln.",
        "duizend",
        "k",
        "1",
        "2.450.000",
        "1,2",
        "2027",
        "15",
        "maart",
        "Q3",
        "uiterlijk",
        "vóór",
        "voor de zomer",
        "eind",
        "kwartaal",
        "verzoekt de regering",
        "spreekt uit",
        "en gaat over tot de orde van de dag",
        "constaterende dat",
        "besluit",
        "het college",
        "1.",
        "a)",
        "-",
        "•",
        "Toelichting",
        "De raad",
        "overwegende dat",
    ]
)
_TEXT = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(_PIECES, st.text(max_size=5)), max_size=60).map("".join),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT)
def test_fuzz_amounts(text):
    for a in find_amounts(text):
        assert text[a.start : a.end] == a.text
        assert a.context in text and a.text in a.context
        if a.value_eur is not None and a.value_eur < 0:
            assert "-" in a.text or "−" in a.text or "–" in a.text


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT, st.one_of(st.none(), st.integers(1990, 2060)))
def test_fuzz_dates(text, year):
    for d in find_dates(text, reference_year=year):
        assert text[d.start : d.end] == d.text
        assert d.kind in ("date", "deadline", "period")
        assert d.date is None or (len(d.date) == 10 and d.date[4] == "-")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT)
def test_fuzz_decision_points(text):
    flat = normalise_ws(text)
    for point in decision_points_from_text(text):
        assert point and point in flat
    for a, b in decision_spans(text):
        assert 0 <= a < b <= len(text)


@settings(max_examples=200, deadline=None)
@given(_TEXT)
def test_fuzz_sentences(text):
    for sentence in split_sentences(text):
        assert sentence and sentence in text


# --------------------------------------------------------------------------------------------
# Decision points
# --------------------------------------------------------------------------------------------

_BOX = (0.0, 0.0, 1.0, 1.0)


def _doc(doc_type: str, sections: list[tuple[str, int, list[tuple[str, int]]]], **kw):
    built = []
    for i, (heading, page, passages) in enumerate(sections):
        sid = f"s{i}"
        built.append(
            Section(
                id=sid,
                heading=heading,
                number=None,
                level=1 if heading else 0,
                page=page,
                bbox=_BOX,
                passages=tuple(
                    Passage(id=f"{sid}.{j}", text=t, page=p, page_end=p, bbox=_BOX)
                    for j, (t, p) in enumerate(passages)
                ),
            )
        )
    return StructuredDocument(
        path="x.pdf",
        sha256="0",
        title="T",
        doc_type=doc_type,
        date=kw.get("date"),
        municipality=None,
        page_count=9,
        sections=tuple(built),
        tables=(),
        page_status=(),
    )


def test_beslispunten_preferred_over_ontwerpbesluit():
    doc = _doc(
        "raadsvoorstel",
        [
            (
                "Beslispunten",
                1,
                [
                    (
                        "1. Een krediet beschikbaar te stellen van € 2.450.000 voor de renovatie;\n"
                        "2. De begroting 2027 dienovereenkomstig te wijzigen.",
                        1,
                    )
                ],
            ),
            ("Risico's", 3, [("Er is een risico op vertraging.", 3)]),
            (
                "Ontwerpbesluit",
                7,
                [
                    (
                        "De raad van de gemeente Voorbeeld;\ngelezen het voorstel van het college;\n"
                        "besluit:\n1. Een krediet beschikbaar te stellen van € 2.450.000 voor de "
                        "renovatie;\n2. De begroting 2027 dienovereenkomstig te wijzigen.",
                        7,
                    )
                ],
            ),
        ],
    )
    points = find_decision_points(doc)
    assert [(p.number, p.text, p.page) for p in points] == [
        (1, "Een krediet beschikbaar te stellen van € 2.450.000 voor de renovatie", 1),
        (2, "De begroting 2027 dienovereenkomstig te wijzigen.", 1),
    ]
    assert not asks_nothing(doc)


def test_lead_in_and_sub_items_stay_out_of_the_numbering():
    doc = _doc(
        "raadsvoorstel",
        [
            (
                "Voorgesteld besluit van de raad",
                1,
                [
                    ("Het college stelt de raad voor:", 1),
                    (
                        "1. in te stemmen met:\na. het plan;\nb. de planning;\n"
                        "2. een krediet van € 300k beschikbaar te stellen.",
                        2,
                    ),
                ],
            ),
        ],
    )
    points = find_decision_points(doc)
    assert [(p.number, p.text, p.page) for p in points] == [
        (1, "in te stemmen met: a. het plan; b. de planning", 2),
        (2, "een krediet van € 300k beschikbaar te stellen.", 2),
    ]


def test_ontwerpbesluit_when_no_beslispunten():
    doc = _doc(
        "raadsbesluit",
        [
            ("Inleiding", 1, [("Dit gaat over de Omgevingsvisie.", 1)]),
            (
                "Ontwerpbesluit",
                4,
                [
                    ("De raad van de gemeente Voorbeeld;\ngelezen het voorstel;\nbesluit:", 4),
                    (
                        "a. de Omgevingsvisie vast te stellen;\nb. het college op te dragen de "
                        "visie te publiceren.",
                        5,
                    ),
                ],
            ),
        ],
    )
    points = find_decision_points(doc)
    assert [(p.text, p.page) for p in points] == [
        ("de Omgevingsvisie vast te stellen", 5),
        ("het college op te dragen de visie te publiceren.", 5),
    ]


def test_de_raad_besluit_in_running_text():
    doc = _doc(
        "raadsvoorstel",
        [
            ("", 1, [("Aan de gemeenteraad.", 1)]),
            (
                "Voorstel aan de raad",
                2,
                [
                    (
                        "De raad besluit:\n- de nota Armoedebeleid vast te stellen;\n"
                        "- een bedrag van € 45 duizend te reserveren.",
                        2,
                    ),
                    ("Toelichting\nDit is uitleg.", 2),
                ],
            ),
        ],
    )
    points = find_decision_points(doc)
    assert [p.text for p in points] == [
        "de nota Armoedebeleid vast te stellen",
        "een bedrag van € 45 duizend te reserveren.",
    ]


def test_motie_dictum_stops_before_closing_formula():
    doc = _doc(
        "motie",
        [
            (
                "Motie Groen licht voor de fiets",
                1,
                [
                    ("De gemeenteraad van Voorbeeld, in vergadering bijeen op 3 april 2027,", 1),
                    (
                        "constaterende dat het fietsverkeer groeit;\noverwegende dat veilige "
                        "routes nodig zijn;",
                        1,
                    ),
                    (
                        "verzoekt het college om uiterlijk 1 juli 2027 een plan\nvoor veilige "
                        "fietsroutes voor te leggen;\ndraagt het college op de raad halfjaarlijks "
                        "te informeren,",
                        2,
                    ),
                    ("en gaat over tot de orde van de dag.", 2),
                ],
            ),
        ],
    )
    points = find_decision_points(doc)
    assert [(p.text, p.page) for p in points] == [
        (
            "verzoekt het college om uiterlijk 1 juli 2027 een plan voor veilige fietsroutes "
            "voor te leggen",
            2,
        ),
        ("draagt het college op de raad halfjaarlijks te informeren", 2),
    ]


def test_amendement_dictum():
    doc = _doc(
        "amendement",
        [
            (
                "Amendement Betaalbaar wonen",
                1,
                [
                    (
                        "De raad van de gemeente Voorbeeld, in vergadering bijeen op 3 april 2027,",
                        1,
                    ),
                    (
                        "besluit het ontwerpbesluit te wijzigen als volgt:\nBeslispunt 2 te "
                        "vervangen door:\n'2. Het aandeel sociale huur op 40% vast te stellen.'",
                        1,
                    ),
                ],
            ),
            ("Toelichting", 1, [("Er zijn te weinig sociale huurwoningen.", 1)]),
        ],
    )
    (point,) = find_decision_points(doc)
    assert point.text.startswith("besluit het ontwerpbesluit te wijzigen als volgt:")
    assert point.text.endswith("vast te stellen.'")
    assert "Toelichting" not in point.text


def test_raadsinformatiebrief_asks_nothing():
    doc = _doc(
        "raadsinformatiebrief",
        [("Aanleiding", 1, [("Wij informeren u over de voortgang. De raad besluit: niets.", 1)])],
    )
    assert find_decision_points(doc) == []
    assert asks_nothing(doc)


MOTION = """De Kamer,
gehoord de beraadslaging,
constaterende dat de regering ingestemd heeft met EU-wetgeving;
overwegende dat dit onwenselijk is;
spreekt uit dat de Kamer hierover vooraf geïnformeerd moet worden;
verzoekt de regering om de Kamer voor de zomer van 2027 te
informeren over de uitvoering,
en gaat over tot de orde van de dag.
Ephraim
Eppink"""


def test_decision_points_from_text_national_motion():
    assert decision_points_from_text(MOTION) == [
        "spreekt uit dat de Kamer hierover vooraf geïnformeerd moet worden",
        "verzoekt de regering om de Kamer voor de zomer van 2027 te informeren over de uitvoering",
    ]


def test_decision_points_without_closing_formula_stop_at_names():
    text = (
        "De kamer,\n\ngehoord de beraadslaging,\nverzoekt de regering ervoor te zorgen dat de\n"
        "energietoeslag per direct kan worden\naangevraagd,\nLeon de Jong\nKops"
    )
    assert decision_points_from_text(text) == [
        "verzoekt de regering ervoor te zorgen dat de energietoeslag per direct kan worden "
        "aangevraagd"
    ]


def test_listed_dictum_gives_one_point_per_item():
    text = (
        "### Overwegende dat:\n\n- het nodig is;\n\n### Verzoekt het college:\n\n"
        "- een plan te maken;\n- de raad te informeren;\n\nEn gaat over tot de orde van de dag."
    )
    assert decision_points_from_text(text) == ["een plan te maken", "de raad te informeren"]


def test_single_item_dictum_keeps_its_verb():
    text = "Verzoekt het college:\n- een plan te maken;\nen gaat over tot de orde van de dag."
    assert decision_points_from_text(text) == ["Verzoekt het college: - een plan te maken"]


def test_considerations_are_not_dictum():
    text = "constaterende dat de regering\nverzoekt om uitstel;\noverwegende dat niemand het weet"
    assert decision_points_from_text(text) == []


# --------------------------------------------------------------------------------------------
# Document-level facts, risks and participation
# --------------------------------------------------------------------------------------------


def _rich_doc():
    return _doc(
        "raadsvoorstel",
        [
            ("Beslispunten", 1, [("1. Het krediet van € 1,2 miljoen beschikbaar te stellen.", 1)]),
            (
                "Argumenten",
                2,
                [
                    (
                        "De bouw start in het derde kwartaal. Inwoners hebben we gesproken op een "
                        "bewonersavond op 12 mei. Het plan is helder.",
                        2,
                    )
                ],
            ),
            (
                "Risico's en kanttekeningen",
                3,
                [
                    ("De aanbesteding kan duurder uitvallen. Dat vangen we op.", 3),
                ],
            ),
            ("Financiën", 4, [("Er is een risico op een tekort van 2,5 mln in 2028.", 4)]),
            ("Participatie", 5, [("Er zijn 14 zienswijzen ingediend.", 5)]),
        ],
        date="2027-02-01",
    )


def test_risks():
    risks = find_risks(_rich_doc())
    assert [(r.text, r.page, r.via) for r in risks] == [
        ("De aanbesteding kan duurder uitvallen.", 3, "section"),
        ("Dat vangen we op.", 3, "section"),
        ("Er is een risico op een tekort van 2,5 mln in 2028.", 4, "cue"),
    ]


def test_participation():
    found = find_participation(_rich_doc())
    assert [(r.text, r.page, r.via) for r in found] == [
        ("Inwoners hebben we gesproken op een bewonersavond op 12 mei.", 2, "cue"),
        ("Er zijn 14 zienswijzen ingediend.", 5, "section"),
    ]
    doc = _rich_doc()
    for r in found:
        passage = next(p for p in doc.passages if p.id == r.passage_id)
        assert passage.text[r.start : r.end] == r.text


def test_nothing_about_risks_or_participation():
    doc = _doc("raadsvoorstel", [("Inleiding", 1, [("Het plan is helder.", 1)])])
    assert find_risks(doc) == [] and find_participation(doc) == []


def test_document_amounts_and_dates_carry_pages():
    doc = _rich_doc()
    assert [(a.value_eur, a.page) for a in find_document_amounts(doc)] == [
        (1_200_000, 1),
        (2_500_000, 4),
    ]
    dates = find_document_dates(doc)
    assert [(d.text, d.date, d.period, d.page) for d in dates] == [
        ("het derde kwartaal", None, "2027-Q3", 2),
        ("12 mei", "2027-05-12", None, 2),
        ("in 2028", None, "2028", 4),
    ]


# --------------------------------------------------------------------------------------------
# Evaluation on the national motions
# --------------------------------------------------------------------------------------------


def test_moties_corpus_recall():
    if not MOTIES.exists():
        pytest.skip("../shared/corpus/moties ontbreekt")
    records = [json.loads(line) for line in MOTIES.read_text(encoding="utf-8").splitlines()]
    found = 0
    for record in records:
        text = record["originele_tekst"]
        flat = normalise_ws(text)
        points = decision_points_from_text(text)
        assert all(p in flat for p in points)
        found += bool(points)
        if "orde van de dag" in flat or "verzoekt de regering" in flat:
            assert points, record.get("source_file")
    assert found / len(records) >= 0.98


def test_amendement_with_numbered_changes_gives_one_point_per_change():
    text = (
        "De raad, gehoord de beraadslaging,\n\nbesluit het ontwerpbesluit te wijzigen als volgt:\n"
        "1. Aan beslispunt 1 wordt toegevoegd: 'met 40 procent groen';\n"
        "2. In beslispunt 2 wordt '€ 2.450.000' vervangen door '€ 2.530.000'.\n\nToelichting\n"
        "Meer groen is goed."
    )
    assert decision_points_from_text(text) == [
        "Aan beslispunt 1 wordt toegevoegd: 'met 40 procent groen'",
        "In beslispunt 2 wordt '€ 2.450.000' vervangen door '€ 2.530.000'.",
    ]


def test_besluitenlijst_one_point_per_agenda_item():
    doc = _doc(
        "besluitenlijst",
        [
            ("1. Opening", 1, [("De voorzitter opent de vergadering.", 1)]),
            (
                "2. Vaststelling van de agenda",
                1,
                [("Besluit: De agenda wordt ongewijzigd vastgesteld.", 1)],
            ),
            (
                "5. Grondexploitatie",
                2,
                [
                    (
                        "Besluit: De grondexploitatie wordt vastgesteld. Stemming: aangenomen met 21 "
                        "stemmen voor.",
                        2,
                    )
                ],
            ),
            ("7. Sluiting", 2, [("De voorzitter sluit de vergadering.", 2)]),
        ],
    )
    assert [(p.number, p.text, p.page) for p in find_decision_points(doc)] == [
        (2, "De agenda wordt ongewijzigd vastgesteld.", 1),
        (5, "De grondexploitatie wordt vastgesteld.", 2),
    ]


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


def test_minus_after_currency_and_year_before_amount():
    text = "Het saldo is € -350.000 en de lasten zijn vanaf 2028 € 125.000,- per jaar."
    found = find_amounts(text)
    assert [(a.text, a.value_eur, a.qualifier) for a in found] == [
        ("€ -350.000", -350_000, None),
        ("€ 125.000,-", 125_000, "per jaar"),
    ]


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
