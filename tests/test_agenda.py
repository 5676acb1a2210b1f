"""Agenda parsing (agenda PDF and Notubiz JSON) and matching documents to agenda items."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from raadsassistent.agenda import (
    BESPREEKSTUK,
    HAMERSTUK,
    OVERIG,
    AgendaItem,
    Meeting,
    file_key,
    group_kind,
    match_documents,
    parse_agenda_document,
    parse_notubiz,
    references,
)
from raadsassistent.errors import InputError
from raadsassistent.pipeline import read_document

from helpers import SAMPLES, SHARED
from pdfs import generate_meeting

NOTUBIZ = SHARED / "corpus" / "misc"


@pytest.fixture(scope="module")
def sample_gold() -> dict:
    return json.loads((SAMPLES / "gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def sample_meeting(sample_gold) -> Meeting:
    return parse_agenda_document(read_document(SAMPLES / "agenda.pdf", classify=False))


def _gold_agenda(gold: dict) -> dict:
    return next(d for d in gold["documents"] if d["doc_type"] == "agenda")


def test_sample_agenda_items_numbers_titles_kinds(sample_gold, sample_meeting):
    expected = [(i["number"], i["title"], i["kind"]) for i in _gold_agenda(sample_gold)["items"]]
    assert [(i.number, i.title, i.kind) for i in sample_meeting.items] == expected


def test_sample_agenda_meeting_facts(sample_gold, sample_meeting):
    meeting = sample_gold["meeting"]
    assert sample_meeting.date == meeting["date"]
    assert sample_meeting.body == meeting["body"]
    assert sample_meeting.municipality == meeting["municipality"]
    assert sample_meeting.place == meeting["place"]
    assert sample_meeting.time == "19.30 uur"


def test_sample_documents_match_their_items(sample_gold, sample_meeting):
    agenda = _gold_agenda(sample_gold)
    truth = {f: item["number"] for item in agenda["items"] for f in item["documents"]}
    docs = [(d["file"], d["title"]) for d in sample_gold["documents"] if d["doc_type"] != "agenda"]
    matches = match_documents(sample_meeting, docs)
    assert {f: (m.item if m else None) for f, m in matches.items()} == {
        f: truth.get(f) for f, _ in docs
    }


def test_generated_meeting_agenda_and_matching(tmp_path):
    generate_meeting(tmp_path, n_documents=7, pages_total=30, seed=3)
    manifest = json.loads((tmp_path / "meeting.json").read_text(encoding="utf-8"))
    meeting = parse_agenda_document(read_document(tmp_path / "agenda.pdf", classify=False))
    expected = [(i["number"], i["title"], i["kind"]) for i in manifest["agenda"]["items"]]
    assert [(i.number, i.title, i.kind) for i in meeting.items] == expected
    truth = {f: i["number"] for i in manifest["agenda"]["items"] for f in i["documents"]}
    matches = match_documents(meeting, [(d["file"], d["title"]) for d in manifest["documents"]])
    assert {f: m.item for f, m in matches.items() if m} == truth


def test_unmatched_document_goes_to_overige_stukken():
    meeting = Meeting("gemeenteraad", "2026-04-16", None, (
        AgendaItem("7", "Krediet nieuwbouw Kindcentrum De Vlonder", BESPREEKSTUK,
                   "Raadsvoorstel 2026-039 Krediet nieuwbouw Kindcentrum De Vlonder"),
    ))  # fmt: skip
    matches = match_documents(meeting, [
        ("2026-039 Bijlage raming.pdf", "Raming"),
        ("Kindcentrum De Vlonder nieuwbouw krediet.pdf", "Nieuwbouw"),
        ("Jaarverslag bibliotheek.pdf", "Jaarverslag 2025 van de bibliotheek"),
    ])  # fmt: skip
    assert matches["2026-039 Bijlage raming.pdf"].reason == "kenmerk"
    assert matches["Kindcentrum De Vlonder nieuwbouw krediet.pdf"].reason == "titel"
    assert matches["Jaarverslag bibliotheek.pdf"] is None


def test_references_and_file_keys():
    assert references("Raadsvoorstel 2026-041 en BD2018-001117, amendement A9.1 en motie M 9.2") == {
        "2026-041", "BD2018-001117", "A9.1", "M9.2",
    }  # fmt: skip
    assert references("vergadering van 2026-04-16") == set()  # a date is no reference
    assert file_key("FIN_portefeuille_Inkoop.PDF") == file_key("fin portefeuille inkoop.pdf")


@pytest.mark.parametrize(
    ("heading", "kind"),
    [("Hamerstukken", HAMERSTUK), ("Bespreekstukken", BESPREEKSTUK), ("Ter bespreking", BESPREEKSTUK),
     ("TER KENNISNAMELIJST", OVERIG), ("Afsluiting", OVERIG), ("Financiën", None)],
)  # fmt: skip
def test_group_headings_set_kind(heading, kind):
    assert group_kind(heading) == kind


def test_notubiz_amsterdam():
    path = NOTUBIZ / "notubiz_meeting_amsterdam.json"
    if not path.exists():
        pytest.skip("../shared/corpus/misc/notubiz_meeting_amsterdam.json ontbreekt")
    meeting = parse_notubiz(path)
    assert meeting.date == "2018-02-08"
    assert meeting.time == "13:30"
    assert meeting.body == "raadscommissie Financiën"
    by_number = {i.number: i for i in meeting.items}
    assert by_number["1"].title == "Opening procedureel gedeelte"
    assert "FIN_portefeuille_Inkoop.pdf" in by_number["5"].documents
    assert by_number["TKN 2"].kind == OVERIG  # under "TER KENNISNAMELIJST"
    matches = match_documents(meeting, [
        ("FIN portefeuille Inkoop.pdf", ""),
        ("Brief over BD2018-001208 etniciteit.pdf", ""),
    ])  # fmt: skip
    assert matches["FIN portefeuille Inkoop.pdf"].item == "5"
    assert matches["FIN portefeuille Inkoop.pdf"].reason == "bestandsnaam"
    assert matches["Brief over BD2018-001208 etniciteit.pdf"].item == "12"


def test_notubiz_haarlem_minimal_record():
    path = NOTUBIZ / "notubiz_haarlem_meeting.json"
    if not path.exists():
        pytest.skip("../shared/corpus/misc/notubiz_haarlem_meeting.json ontbreekt")
    meeting = parse_notubiz(path)
    assert (meeting.date, meeting.time, meeting.place) == ("2025-01-14", "19:30", "Raadzaal")
    assert meeting.body == "Raadsvergadering Haarlem"
    assert meeting.items[0].documents == ("besluitvorming.txt",)


def test_notubiz_refuses_other_json(tmp_path):
    other = tmp_path / "gold.json"
    other.write_text('{"documents": []}', encoding="utf-8")
    with pytest.raises(InputError, match="geen Notubiz-vergadering"):
        parse_notubiz(other)
    broken = tmp_path / "kapot.json"
    broken.write_text("{", encoding="utf-8")
    with pytest.raises(InputError, match="geen leesbare JSON"):
        parse_notubiz(broken)


# --- the besluitenlijst ---------------------------------------------------------------------


def _besluitenlijst(*tables):
    from raadsassistent.types import StructuredDocument, Table

    return StructuredDocument(
        path="besluitenlijst.pdf", sha256="", title="Besluitenlijst", doc_type="besluitenlijst",
        date=None, municipality="Den Haag", page_count=2, sections=(),
        tables=tuple(Table(n, (0, 0, 1, 1), rows) for n, rows in enumerate(tables, 1)),
        page_status=("ok", "ok"),
    )  # fmt: skip


# Rows as our extraction reads the real Den Haag besluitenlijst of 23 January 2025
FACTS = (
    ("Raad", ""),
    ("Datum en tijd", "23 januari 2025, 13.30 uur"),
    ("Locatie", "Stadhuis - raadzaal"),
    ("Afwezig", "-"),
)
LISTED = (
    ("Punt", "Omschrijving", "Besluit"),
    ("A", "Vaststelling agenda", "Conform"),
    ("F.1", "Voorstel van het college tot vaststelling van de Verordening (RIS320816)", "Aangenomen"),
    ("", "Gestaakte stemmen raadsvergadering 19 december 2024", ""),
    ("321067", "Motie J.3 (HvDH) Watertappunt in drukstbezochte speeltuinen", "Aangenomen"),
    ("J", "Voorstel van het college inzake Verordening tot wijziging van de Algemene plaatselijke verordening voor de", ""),
    ("", "gemeente Den Haag (RIS320934)", ""),
    ("321228", "Ingetrokken Amendement J.A HvDH Aanpassen locatiebeleid voor maatwerk", "-"),
    ("321231", "Motie J.1 PvdD Ecologisch advies voor A-locaties", "Verworpen"),
    ("J", "Voorstel van het college inzake Verordening tot wijziging van de Algemene plaatselijke verordening voor de", "Aangenomen"),
    ("", "gemeente Den Haag", ""),
    ("O", "Voorstel van het college inzake Nota Grondbeleid 2024 en verder (RIS319970)", ""),
    ("321243", "Gewijzigde motie O.1 GL Breng kansen voor betaalbaar op zand in kaart", "Aangenomen"),
    ("321242", "Amendement O.B CDA Grondbeleid ook voor leefbaarheid", "Aangenomen"),
    ("O", "Geamendeerd voorstel van het college inzake Nota Grondbeleid 2024 en verder", "Aangenomen"),
    ("Q", "Themadebat taalaanpak", ""),
)  # fmt: skip
CONTINUED = (  # the next page: Q's motions go on without a new item row
    ("321251", "Motie Q.2 CDA Maatschappelijk middenveld als taalpartner", "Verworpen"),
    ("", "Niet ingediend Q.3", "-"),
    ("321254", "Aangehouden Motie Q.6 VVD Met de baby naar de bieb", "-"),
)  # fmt: skip


def test_besluitenlijst_items_motions_and_outcomes():
    from raadsassistent.agenda import parse_besluitenlijst
    from raadsassistent.types import ListedMotion

    meeting = parse_besluitenlijst(_besluitenlijst(FACTS, LISTED, CONTINUED))
    assert (meeting.body, meeting.date, meeting.time, meeting.place, meeting.municipality) == (
        "gemeenteraad", "2025-01-23", "13.30", "Stadhuis - raadzaal", "Den Haag",
    )  # fmt: skip
    summary = [(i.number, i.kind, i.ris, i.outcome, i.amended) for i in meeting.items]
    assert summary == [
        ("A", OVERIG, None, None, False),
        ("F.1", HAMERSTUK, "RIS320816", "aangenomen", False),
        ("", OVERIG, None, None, False),  # votes held over: not item J of this meeting
        ("J", BESPREEKSTUK, "RIS320934", "aangenomen", False),
        ("O", BESPREEKSTUK, "RIS319970", "aangenomen", True),
        ("Q", BESPREEKSTUK, None, None, False),
    ]
    held, j, o, q = meeting.items[2], meeting.items[3], meeting.items[4], meeting.items[5]
    assert held.title == "Gestaakte stemmen raadsvergadering 19 december 2024"
    assert held.motions == (
        ListedMotion("J.3", "motie", "Watertappunt in drukstbezochte speeltuinen", "HvDH",
                     "aangenomen", "RIS321067"),
    )  # fmt: skip
    assert j.title == (
        "Voorstel van het college inzake Verordening tot wijziging van de Algemene plaatselijke "
        "verordening voor de gemeente Den Haag"
    )
    assert [(m.code, m.kind, m.party, m.outcome) for m in j.motions] == [
        ("J.A", "amendement", "HvDH", "ingetrokken"),  # "Ingetrokken" before the row's text
        ("J.1", "motie", "PvdD", "verworpen"),
    ]
    assert [(m.code, m.title) for m in o.motions][0] == (
        "O.1",
        "Breng kansen voor betaalbaar op zand in kaart",
    )
    assert [(m.code, m.outcome) for m in q.motions] == [
        ("Q.2", "verworpen"),
        ("Q.6", "aangehouden"),
    ]


def test_besluitenlijst_without_tables_is_read_from_its_lines():
    from raadsassistent.agenda import parse_besluitenlijst
    from raadsassistent.types import Passage, Section

    lines = [
        "K Voorstel van het college inzake Nota van Uitgangspunten (RIS319905)",
        "321232 Amendement K.A HvDH Een deel middenhuur in woonprogramma Kornalijn Aangenomen",
        "321233 Motie K.1 CDA Seniorenwoningen voor doorstroming Mariahoeve Verworpen",
        "K Geamendeerd voorstel van het college inzake Nota van Uitgangspunten Aangenomen",
    ]
    passage = Passage("1.1", "\n".join(lines), 1, 1, (0, 0, 1, 1))
    doc = replace(
        _besluitenlijst(), tables=(), sections=(Section("1", "", None, 0, 1, None, (passage,)),)
    )
    [k] = parse_besluitenlijst(doc).items
    assert (k.ris, k.outcome, k.amended) == ("RIS319905", "aangenomen", True)
    assert [(m.code, m.outcome) for m in k.motions] == [("K.A", "aangenomen"), ("K.1", "verworpen")]


def test_a_sub_item_with_motions_was_debated():
    """1259755's "I.1 Programmarekening 2024" carries amendment I.A and sixty motions: not a
    hamerstuk, as a sub-item without motions ("F.1") is."""
    from raadsassistent.agenda import parse_besluitenlijst

    rows = (
        ("Punt", "Omschrijving", "Besluit"),
        ("F.1", "Voorstel van het college inzake Verordening (RIS320816)", "Aangenomen"),
        ("I.1", "Voorstel van het college inzake Programmarekening 2024 (RIS321975)", ""),
        ("322820", "Amendement I.A VVD Voer aanbevelingen rekenkamer niet ongemerkt af", "Aangenomen"),
        # each party numbers its own motions in this debate
        ("322821", "Motie HvDH.1 Bijplussen resterende bedrag standbeeld Paul van Vliet", "Aangenomen"),
        ("322839", "Motie GL.1 De internationale trein stopt hier", "Aangenomen"),
        ("322906", "Motie CU-SGP.1 Creatieve oplossingen voor statiegeld", "Aangenomen"),
        ("322897", "AANGEHOUDEN Motie PvdA.3 Minder mondzorgmijding", "-"),
        ("321850", "Amendement I.C VVD Bied een alternatief", "Niet in stemming"),
        ("I.1", "Geamendeerd voorstel van het college inzake Programmarekening 2024", "Aangenomen"),
    )  # fmt: skip
    items = parse_besluitenlijst(_besluitenlijst(FACTS, rows)).items
    assert [(i.number, i.kind, i.amended) for i in items] == [
        ("F.1", HAMERSTUK, False),
        ("I.1", BESPREEKSTUK, True),
    ]
    assert [(m.code, m.party, m.title, m.outcome) for m in items[1].motions] == [
        ("I.A", "VVD", "Voer aanbevelingen rekenkamer niet ongemerkt af", "aangenomen"),
        ("HvDH.1", "HvDH", "Bijplussen resterende bedrag standbeeld Paul van Vliet", "aangenomen"),
        ("GL.1", "GL", "De internationale trein stopt hier", "aangenomen"),
        ("CU-SGP.1", "CU-SGP", "Creatieve oplossingen voor statiegeld", "aangenomen"),
        ("PvdA.3", "PvdA", "Minder mondzorgmijding", "aangehouden"),
        ("I.C", "VVD", "Bied een alternatief", "niet in stemming"),
    ]


def test_besluitenlijst_items_outside_its_tables_are_read_in_page_order():
    """Real Den Haag lists print items that were not dealt with below the table ("W ...
    NIET BEHANDELD"); they are items too (23 January 2025 has three). Before, a list with
    tables lost every row outside them."""
    from raadsassistent.agenda import parse_besluitenlijst
    from raadsassistent.types import Passage, Section

    sections = (
        Section("1", "", None, 0, 1, (0, 60, 1, 70), (
            Passage("1.1", "De vergadering wordt om 13.30 uur geopend", 1, 1, (0, 60, 1, 70)),
        )),
        Section("2", "W Actieprogramma Klimaatadaptatie 2024 (RIS318503) NIET BEHANDELD", None, 1,
                3, (0, 500, 1, 510), ()),
    )  # fmt: skip
    doc = replace(_besluitenlijst(FACTS, LISTED, CONTINUED), sections=sections)
    items = parse_besluitenlijst(doc).items
    assert [i.number for i in items] == ["A", "F.1", "", "J", "O", "Q", "W"]
    assert (items[-1].title, items[-1].ris) == (
        "Actieprogramma Klimaatadaptatie 2024 NIET BEHANDELD", "RIS318503",
    )  # fmt: skip
    assert [m.code for m in items[-2].motions] == ["Q.2", "Q.6"]  # Q's rows stay with Q


def test_besluitenlijst_pdf_with_an_item_below_its_table(tmp_path):
    from raadsassistent.agenda import parse_besluitenlijst
    from raadsassistent.extract import extract_document
    from raadsassistent.segment import segment_document

    from pdfs import besluitenlijst_pdf

    path = besluitenlijst_pdf(
        tmp_path / "besluitenlijst.pdf",
        after=["AB Commissiebrief inzake 60-plussers (RIS321181) NIET AAN DE ORDE GEWEEST"],
    )
    items = parse_besluitenlijst(segment_document(extract_document(path))).items
    assert items[-1].number == "AB"
    assert items[-1].ris == "RIS321181"
    assert len(items) == 4  # A, K and P in the table, AB below it


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("Stadhuis - raadzaal", True),
        ("Raadzaal", True),
        ("De raad besluit het voorstel vast te stellen. Het college voert het uit", False),
        ("verkeer. Dit", False),
    ],
)
def test_a_place_is_never_a_stray_sentence(text, ok):
    from raadsassistent.agenda import is_place

    assert is_place(text) is ok
