"""Tests for raadsassistent.decisions: beslispunten and the dictum of motions."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from fact_builders import FACT_TEXTS, build_doc
from hypothesis import HealthCheck, given, settings

from raadsassistent.decisions import (
    CLOSING_RE,
    asks_nothing,
    decision_points_from_text,
    decision_spans,
    find_decision_points,
)
from raadsassistent.nlp import normalise_ws

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
MOTIES = SHARED / "corpus" / "moties" / "moties.jsonl"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(FACT_TEXTS)
def test_fuzz_decision_points(text):
    flat = normalise_ws(text)
    for point in decision_points_from_text(text):
        assert point and point in flat
    for a, b in decision_spans(text):
        assert 0 <= a < b <= len(text)


def test_beslispunten_preferred_over_ontwerpbesluit():
    doc = build_doc(
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
    doc = build_doc(
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
    doc = build_doc(
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
    doc = build_doc(
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
    doc = build_doc(
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


@pytest.mark.parametrize(
    "closing",
    [
        "en gaat over tot de orde van de dag.",
        "En gaat over tot de orde\nvan de dag.",
        "Gaat over tot de orde van de dag,",  # "en" lost at a line break
        "en gaat over tot de orde dan de dag.",  # a typo in a real motion
    ],
)
def test_closing_formula_ends_the_dictum(closing):
    text = (
        "De Kamer,\n\ngehoord de beraadslaging,\n\nconstaterende dat het regent,\n"
        "verzoekt de regering paraplu's te kopen\n" + closing + "\nVan der Plas"
    )
    assert CLOSING_RE.search(closing)
    assert decision_points_from_text(text) == ["verzoekt de regering paraplu's te kopen"]


def test_amendement_dictum():
    doc = build_doc(
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
    doc = build_doc(
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
    doc = build_doc(
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


# --- real council templates (Den Haag): generated fixtures --------------------------------------


def _pdf_points(tmp_path, pages, doc_type=None):
    from raadsassistent.extract import extract_document
    from raadsassistent.segment import segment_document

    from pdfs import lines_pdf

    doc = segment_document(extract_document(lines_pdf(tmp_path / "stuk.pdf", pages)))
    if doc_type:
        doc = replace(doc, doc_type=doc_type)
    return [(p.number, p.text, p.page) for p in find_decision_points(doc)]


def test_roman_numerals_with_sub_items_across_a_page_break(tmp_path):
    from pdfs import ROMAN_BESLUIT_PAGES

    assert _pdf_points(tmp_path, ROMAN_BESLUIT_PAGES, "raadsvoorstel") == [
        (
            1,
            "de volgende zienswijze vast te stellen: a) de gemeenteraad herkent zich in de "
            "beleidsmatige ontwikkelingen; b) de gemeenteraad onderschrijft het voorstel om het "
            "positieve resultaat aan de bestemmingsreserve toe te voegen; c) de gemeenteraad "
            "constateert dat het weerstandsvermogen voldoende is",
            1,
        ),
        (
            2,
            "de zienswijze van de gemeenteraad aan de Veiligheidsregio kenbaar te maken.",
            2,
        ),
    ]


def test_amendment_besluit_om_toe_te_voegen_is_the_change_without_the_stamp(tmp_path):
    from pdfs import AMENDMENT_PAGES

    assert _pdf_points(tmp_path, AMENDMENT_PAGES, "amendement") == [
        (
            1,
            "Besluit om toe te voegen: • VI. Een woonprogramma te realiseren dat bestaat uit 75% "
            "sociale huurwoningen en 25% middeldure huurwoningen",
            1,
        )
    ]


def test_motion_verzoekt_and_draagt_op_stop_before_closing_and_stamp(tmp_path):
    from pdfs import MOTION_PAGES

    assert _pdf_points(tmp_path, MOTION_PAGES, "motie") == [
        (1, "bij de aanleg van nieuwe speeltuinen een watertappunt aan te leggen", 1),
        (2, "de raad voor 1 juli 2025 over de kosten te informeren", 1),
        (3, "draagt het college op de watertappunten jaarlijks te laten keuren", 1),
    ]


def _raadsbesluit(*passages: str, page: int = 3) -> list[str]:
    """The decision point texts of a raadsvoorstel ending in these raadsbesluit passages."""
    doc = build_doc(
        "raadsvoorstel",
        [
            ("Inleiding", 1, [("Het college stelt voor de nota vast te stellen.", 1)]),
            ("Besluitvorming", page, [(p, page) for p in passages]),
        ],
    )
    return [p.text for p in find_decision_points(doc)]


def _one_page(doc_type: str, *passages: str) -> list[str]:
    """The decision point texts of a one-page document of these passages."""
    doc = build_doc(doc_type, [("", 1, [(p, 1) for p in passages])])
    return [p.text for p in find_decision_points(doc)]


PREAMBLE = (
    "Gezien het vorenstaande stelt het college de raad voor het volgende besluit te nemen:",
    "De raad van de gemeente Den Haag,",
    "gezien het voorstel van het college van 3 juni 2025,",
)
SIGNED = (
    "Aldus besloten in de openbare raadsvergadering van 9 juli 2025.",
    "De griffier, De voorzitter,",
)


@pytest.mark.parametrize(
    "body, points",
    [
        (  # plain numbers
            ["1. de nota Sport vast te stellen;\n2. een krediet van € 1 mln. beschikbaar te "
             "stellen."],
            ["de nota Sport vast te stellen", "een krediet van € 1 mln. beschikbaar te stellen."],
        ),
        (  # no numbering: one point up to the signature
            ["het college te adviseren om de vergunning voor een dakkapel te verlenen"],
            ["het college te adviseren om de vergunning voor een dakkapel te verlenen"],
        ),
        (  # Word exports often put the next numeral on the line of the previous point
            ["I. de nota vast te stellen; II. de raad in 2026 te informeren;",
             "III. de begroting te wijzigen."],
            ["de nota vast te stellen", "de raad in 2026 te informeren",
             "de begroting te wijzigen."],
        ),
    ],
)  # fmt: skip
def test_besluit_block_shapes(body, points):
    assert _raadsbesluit(*PREAMBLE, "besluit:", *body, *SIGNED) == points


def test_numbered_points_without_besluit_follow_the_gezien_line():
    assert _raadsbesluit(
        *PREAMBLE,
        "I. de Beleidsvisie Bouwen vast te stellen;",
        "II. het Puntensysteem Groen in te trekken.",
        *SIGNED,
    ) == ["de Beleidsvisie Bouwen vast te stellen", "het Puntensysteem Groen in te trekken."]


def test_adopted_verordening_is_one_point_without_its_articles():
    assert _raadsbesluit(
        *PREAMBLE,
        "besluit vast te stellen de Verordening nadeelcompensatie Den Haag 2025:",
        "Artikel 1. Toepassingsbereik",
        "Deze verordening heeft betrekking op aanvragen voor schadevergoeding.",
        *SIGNED,
    ) == ["vast te stellen de Verordening nadeelcompensatie Den Haag 2025:"]


def test_the_raads_own_besluit_wins_over_het_volgende_besluit():
    assert _raadsbesluit(
        "Ik stel u voor de noodverordening te bekrachtigen met het volgende besluit: de raad van "
        "de gemeente Den Haag, gezien het voorstel van de burgemeester, besluit: de "
        "noodverordening NAVO-top te bekrachtigen. Aldus besloten in de openbare "
        "raadsvergadering van 8 mei 2025."
    ) == ["de noodverordening NAVO-top te bekrachtigen."]


def test_short_lead_in_goes_sub_items_and_explanation_stay():
    assert _raadsbesluit(
        *PREAMBLE,
        "Besluit het college het volgende op te dragen:",
        "I: Het ICT-beleid te herzien en daarbij:\na. de risico's te analyseren.",
        "Het doel hiervan is grip op de risico's.",
        "II: Binnen twee maanden te rapporteren.",
        *SIGNED,
    ) == [
        "Het ICT-beleid te herzien en daarbij: a. de risico's te analyseren. Het doel hiervan is "
        "grip op de risico's.",
        "Binnen twee maanden te rapporteren.",
    ]


def test_letterhead_in_the_text_flow_is_no_part_of_a_point():
    assert _raadsbesluit(
        *PREAMBLE,
        "besluit:",
        "I. de nota vast te stellen;",
        "Gemeente Den Haag Postbus 12600 T 14070 Spui 70 2500 DJ Den Haag www.denhaag.nl "
        "II. de raad te informeren.",
        *SIGNED,
    ) == ["de nota vast te stellen", "de raad te informeren."]


def test_letterhead_inside_a_point_is_left_out_with_an_ellipsis():
    # the point stays a quote: each piece verbatim, the left-out letterhead marked
    assert _raadsbesluit(
        *PREAMBLE,
        "besluit:",
        "I. de nota vast te stellen Gemeente Den Haag Postbus 12600 T 14070 Spui 70 2500 DJ "
        "Den Haag www.denhaag.nl en het college te vragen haar uit te voeren;",
        "II. de raad te informeren.",
        *SIGNED,
    ) == [
        "de nota vast te stellen … en het college te vragen haar uit te voeren",
        "de raad te informeren.",
    ]


def test_amendment_pure_besluit_gives_one_point_per_change():
    assert _one_page(
        "amendement",
        "Indiener: Lotte van Basten Batenburg, Haagse VVD",
        "De raad van de gemeente Den Haag, ter bespreking van de zienswijze,",
        "Besluit:\n• Dictum I. als volgt aan te vullen: e. een externe doorlichting;\n• En de "
        "zienswijze als volgt aan te passen: Den Haag vraagt aandacht.",
        "Toelichting De organisatie is hard gegroeid.",
        "Lotte van Basten Batenburg Haagse VVD",
    ) == [
        "Dictum I. als volgt aan te vullen: e. een externe doorlichting",
        "En de zienswijze als volgt aan te passen: Den Haag vraagt aandacht.",
    ]


def test_motion_without_closing_formula_stops_at_the_signature():
    assert _one_page(
        "motie",
        "Indiener: Rachid Guernaoui, Hart voor Den Haag",
        "Van mening dat,\n• het OM weigert te vervolgen.",
        "Verzoekt de burgemeester,\n• om het overleg van de driehoek op te schorten. Rachid "
        "Guernaoui Hart voor Den Haag",
    ) == ["Verzoekt de burgemeester, • om het overleg van de driehoek op te schorten."]


def test_decision_points_are_read_once_per_document(monkeypatch, sample_pdfs):
    """Council facts, classification and briefing share one reading of the points."""
    from raadsassistent import decisions
    from raadsassistent.pipeline import process_document

    calls = []
    real = decisions._find_decision_points
    monkeypatch.setattr(
        decisions, "_find_decision_points", lambda doc: calls.append(doc.name) or real(doc)
    )
    monkeypatch.setattr(decisions, "_KNOWN", {})
    by_name = {pdf.name: pdf for pdf in sample_pdfs}
    for name in ("M9.2 Motie Veilige fietsroute Spoorlaan.pdf",
                 "2026-041 Raadsvoorstel Herinrichting Stationsgebied.pdf"):  # fmt: skip
        result = process_document(by_name[name])
        assert result.briefing is not None and result.briefing["decision_points"]
        assert calls.count(name) == 1


def test_remembered_decision_points_equal_fresh_ones(segmented_samples, monkeypatch):
    import dataclasses

    from raadsassistent import decisions
    from raadsassistent.classify import classify_passages

    monkeypatch.setattr(decisions, "_KNOWN", {})
    for doc in segmented_samples.values():
        fresh = decisions._find_decision_points(doc)
        assert find_decision_points(doc) == fresh
        assert find_decision_points(classify_passages(doc)) == fresh  # labels are not read
        got = find_decision_points(doc)
        got.clear()  # a caller's list is its own
        assert find_decision_points(doc) == fresh
    assert len(decisions._KNOWN) == decisions._KNOWN_SIZE
    # another text, another reading
    doc = segmented_samples["2026-041 Raadsvoorstel Herinrichting Stationsgebied.pdf"]
    points = find_decision_points(doc)
    start = points[0].text[:30]
    section = next(
        s for s in doc.sections if any(start in normalise_ws(p.text) for p in s.passages)
    )
    passage = next(p for p in section.passages if start in normalise_ws(p.text))
    word = start.split()[-2]
    edited = dataclasses.replace(passage, text=passage.text.replace(word, word.upper()))
    sections = tuple(
        dataclasses.replace(s, passages=tuple(edited if p is passage else p for p in s.passages))
        for s in doc.sections
    )
    changed = dataclasses.replace(doc, sections=sections)
    assert find_decision_points(changed) == decisions._find_decision_points(changed)
    assert find_decision_points(changed) != points
    assert find_decision_points(dataclasses.replace(doc, doc_type="raadsinformatiebrief")) == []


def test_reused_block_end_searches_find_what_fresh_ones_find(segmented_samples, monkeypatch):
    from raadsassistent import decisions

    texts = [
        decisions._furniture_blanked(decisions._joined(d)[0]) for d in segmented_samples.values()
    ]
    texts += [
        "besluit: 1. a\nDe griffier\nbesluit: 2. b\nAldus besloten\nbesluit: c",
        "Besluit:\n1. iets. Toelichting: Meer\nbesluit: x en gaat over tot de orde van de dag",
    ]
    kinds = ("raadsvoorstel", "amendement", "motie")
    remembered = [decisions._find_lead(t, k) for t in texts for k in kinds]
    monkeypatch.setattr(
        decisions,
        "_search_from",
        lambda regex, text, start, limit, memo: regex.search(text, start, limit),
    )
    assert remembered == [decisions._find_lead(t, k) for t in texts for k in kinds]
    assert sum(lead is not None for lead in remembered) > 10


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(FACT_TEXTS)
def test_reused_block_end_searches_agree_on_generated_text(text):
    from raadsassistent import decisions

    remembered = decisions._find_lead(text, "raadsvoorstel")
    search_from = decisions._search_from
    try:
        decisions._search_from = lambda regex, t, start, limit, memo: regex.search(t, start, limit)
        assert decisions._find_lead(text, "raadsvoorstel") == remembered
    finally:
        decisions._search_from = search_from
