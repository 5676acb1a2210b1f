"""Agenda parsing (agenda PDF and Notubiz JSON) and matching documents to agenda items."""

from __future__ import annotations

import json

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
