"""The meeting briefing built from a batch (index.html, meeting.json) and the search command."""

from __future__ import annotations

import json
import re
from dataclasses import replace

import pytest
from click.testing import CliRunner
from test_render import resolved_links

from raadsassistent import pipeline
from raadsassistent.cli import main
from raadsassistent.types import UNCHANGED

from helpers import SAMPLES


def test_rerun_builds_the_meeting_from_the_store_without_reading_pdfs(
    sample_run, tmp_path, monkeypatch
):
    db, out, _ = sample_run
    first = json.loads((out / "meeting.json").read_text(encoding="utf-8"))
    rerun_db = tmp_path / "raad.db"
    rerun_db.write_bytes(db.read_bytes())

    def no_pdf_reading(*args, **kwargs):
        raise AssertionError("a PDF was read again")

    monkeypatch.setattr(pipeline, "extract_document", no_pdf_reading)
    result = CliRunner().invoke(
        main, ["batch", str(SAMPLES), "--db", str(rerun_db), "-o", str(tmp_path / "uit")]
    )
    assert result.exit_code == 0, result.output
    again = json.loads((tmp_path / "uit" / "meeting.json").read_text(encoding="utf-8"))
    assert {d["status"] for d in again["documents"]} == {UNCHANGED}
    assert again["items"] == first["items"]
    assert (again["id"], again["date"], again["body"]) == (
        first["id"],
        first["date"],
        first["body"],
    )


@pytest.fixture(scope="module")
def sample_run(tmp_path_factory):
    base = tmp_path_factory.mktemp("samples-run")
    db, out = base / "raad.db", base / "uit"
    result = CliRunner().invoke(main, ["batch", str(SAMPLES), "--db", str(db), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return db, out, result.output


def test_sample_meeting_briefing(sample_run):
    _, out, output = sample_run
    gold = json.loads((SAMPLES / "gold.json").read_text(encoding="utf-8"))
    meeting = json.loads((out / "meeting.json").read_text(encoding="utf-8"))
    assert (meeting["date"], meeting["body"]) == ("2026-04-16", "gemeenteraad")
    agenda = next(d for d in gold["documents"] if d["doc_type"] == "agenda")
    by_number = {i["number"]: i for i in meeting["items"]}
    for item in agenda["items"]:
        assert sorted(by_number[item["number"]]["document_files"]) == sorted(item["documents"])
    assert meeting["totals"]["pages"] == sum(d["pages"] for d in gold["documents"])
    page = (out / "index.html").read_text(encoding="utf-8")
    assert "Gemeenteraad van Lindewaarde, 16 april 2026" in page
    assert "Overige stukken" not in page  # every sample document belongs to an item
    links = resolved_links(out / "index.html")
    briefings = sorted((out / "briefings").glob("*.html"))
    assert {f for f, page in links if page is None} >= {b.resolve() for b in briefings}
    pdfs = {f for f, _ in links if f.suffix == ".pdf"}
    # every document's PDF (a proposal's through its reading map, a motion's by a plain link);
    # the agenda is linked by its briefing only
    assert pdfs == {p.resolve() for p in (out / "stukken").glob("*.pdf") if p.stem != "agenda"}
    for briefing in briefings:
        assert {f for f, _ in resolved_links(briefing)} == {
            (out / "stukken" / f"{briefing.stem}.pdf").resolve()
        }
    assert "Leestijd" in output and "Vergaderbriefing" in output


def test_search_shows_document_page_and_snippet(sample_run):
    db, _, _ = sample_run
    runner = CliRunner()
    result = runner.invoke(main, ["search", "stationsplein", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert re.search(r"\.pdf, p\. \d+ \((kader|detail)\)", result.output)
    assert "[" in result.output and "]" in result.output  # the highlighted match
    data = json.loads(
        runner.invoke(
            main, ["search", "kindcentr", "--json", "--limit", "3", "--db", str(db)]
        ).output
    )
    assert 1 <= len(data) <= 3 and all(
        "kindcentr" in (r["snippet"] + r["heading"]).lower() for r in data
    )
    framework = json.loads(
        runner.invoke(
            main, ["search", "krediet", "--type", "framework", "--json", "--db", str(db)]
        ).output
    )
    assert all(r["label"] == "framework" for r in framework)


def test_search_with_no_words_gives_a_dutch_message(sample_run):
    db, _, _ = sample_run
    result = CliRunner().invoke(main, ["search", '"" * -- ()', "--db", str(db)])
    assert result.exit_code == 1
    assert result.output.startswith("Fout: De zoekopdracht '\"\" * -- ()' bevat geen woorden")


def test_search_on_an_empty_database(tmp_path):
    result = CliRunner().invoke(main, ["search", "woningbouw", "--db", str(tmp_path / "leeg.db")])
    assert result.exit_code == 1
    assert "bevat nog geen documenten" in result.output


def test_batch_and_search_help_have_examples():
    for command in ("batch", "search"):
        result = CliRunner().invoke(main, [command, "--help"])
        assert result.exit_code == 0 and "Voorbeeld:" in result.output


# --- a meeting without agenda: reconstructed from its besluitenlijst or the motions' codes -----

HOFZICHT = "Nota van Uitgangspunten Hofzichtlaan"
SENIOREN = "Seniorenwoningen voor doorstroming Mariahoeve"
ABOUT_K = f"Voorstel van het college inzake {HOFZICHT} (RIS319905)."


def _run(folder, tmp_path, name):
    out = tmp_path / name
    result = CliRunner().invoke(
        main, ["batch", str(folder), "--db", str(tmp_path / f"{name}.db"), "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    data = json.loads((out / "meeting.json").read_text(encoding="utf-8"))
    return data, (out / "index.html").read_text(encoding="utf-8"), out


@pytest.fixture(scope="module")
def listed_run(tmp_path_factory):
    """A Den Haag meeting folder without agenda, with a besluitenlijst: the proposal of item K,
    its amendment K.A (as submitted), motion K.1 as submitted and stamped, motion K.2 stamped,
    motion P.1 vreemd aan de orde van de dag, and an afdoening letter about K.1."""
    from pdfs import afdoening_letter_pdf, besluitenlijst_pdf, council_motion_pdf, ris_proposal_pdf

    base = tmp_path_factory.mktemp("zonder-agenda")
    folder = base / "stukken"
    folder.mkdir()
    besluitenlijst_pdf(folder / "besluitenlijst-20250123.pdf")
    ris_proposal_pdf(folder / "raadsvoorstel-ris319905-hofzichtlaan.pdf", HOFZICHT, "RIS319905")
    council_motion_pdf(
        folder / "amendement-k-a-hvdh-middenhuur.pdf", kind="Amendement", code="K.A HvDH",
        title="Een deel middenhuur in woonprogramma Kornalijn",
        indiener="Nina Bom, Hart voor Den Haag", subject=ABOUT_K,
    )  # fmt: skip
    for name, stamp, number in (("", None, None), ("-aangenomen", "aangenomen", "321233")):
        council_motion_pdf(
            folder / f"motie-k-1-cda-seniorenwoningen{name}.pdf", code="K.1 CDA", title=SENIOREN,
            indiener="Hinke de Groot, CDA", subject=ABOUT_K, stamp=stamp, own_number=number,
        )  # fmt: skip
    council_motion_pdf(
        folder / "motie-k-2-cda-voorzieningen.pdf", code="K.2 CDA",
        title="Voorzieningen voor de buurt", indiener="Hinke de Groot, CDA", subject=ABOUT_K,
        stamp="verworpen", own_number="321234",
    )  # fmt: skip
    council_motion_pdf(
        folder / "motie-p-1-gl-demonstraties.pdf", code="P.1 GL",
        title="Demonstraties niet criminaliseren", indiener="Maarten De Vuyst, GroenLinks",
        subject=None,
    )  # fmt: skip
    afdoening_letter_pdf(folder / "brief-afdoening-seniorenwoningen.pdf", SENIOREN, "321233")
    return _run(folder, base, "uit")


def _by_name(data):
    return {d["file_name"]: d for d in data["documents"]}


def test_items_date_and_place_come_from_the_besluitenlijst(listed_run):
    data, page, _ = listed_run
    assert (data["date"], data["body"], data["municipality"]) == (
        "2025-01-23",
        "gemeenteraad",
        "Den Haag",
    )
    assert (data["time"], data["place"]) == ("13.30", "Stadhuis - raadzaal")
    assert [(i["code"], i["kind"]) for i in data["items"]] == [
        ("A", "overig"),
        ("K", "bespreekstuk"),
        ("P", "bespreekstuk"),
    ]
    assert "Gemeenteraad van Den Haag, 23 januari 2025" in page
    assert "Aanvang 13.30 uur · Stadhuis - raadzaal" in page
    assert "de agendapunten komen uit de besluitenlijst" in " ".join(data["notes"])


def test_motions_sit_under_their_item_with_outcomes(listed_run):
    data, _, _ = listed_run
    docs = _by_name(data)
    k, p = data["items"][1], data["items"][2]
    assert sorted(k["document_files"]) == [
        "amendement-k-a-hvdh-middenhuur.pdf",
        "brief-afdoening-seniorenwoningen.pdf",
        "motie-k-1-cda-seniorenwoningen-aangenomen.pdf",
        "motie-k-1-cda-seniorenwoningen.pdf",
        "motie-k-2-cda-voorzieningen.pdf",
        "raadsvoorstel-ris319905-hofzichtlaan.pdf",
    ]
    assert p["document_files"] == ["motie-p-1-gl-demonstraties.pdf"]
    outcomes = {
        name: (d["outcome"], d["outcome_source"]) for name, d in docs.items() if d.get("motion")
    }
    assert outcomes == {
        # no stamp: the besluitenlijst's outcome for its code
        "amendement-k-a-hvdh-middenhuur.pdf": ("aangenomen", "besluitenlijst"),
        "motie-k-1-cda-seniorenwoningen.pdf": ("aangenomen", "besluitenlijst"),
        # its own stamp first
        "motie-k-1-cda-seniorenwoningen-aangenomen.pdf": ("aangenomen", "document"),
        "motie-k-2-cda-voorzieningen.pdf": ("verworpen", "document"),
        "motie-p-1-gl-demonstraties.pdf": ("verworpen", "besluitenlijst"),
    }
    assert docs["motie-p-1-gl-demonstraties.pdf"]["motion"]["concerns"] is None


def test_amended_proposal_and_its_outcome(listed_run):
    data, page, _ = listed_run
    k = data["items"][1]
    assert (k["proposal"], k["outcome"], k["amended"]) == (
        "raadsvoorstel-ris319905-hofzichtlaan.pdf",
        "aangenomen",
        True,
    )
    proposal = _by_name(data)[k["proposal"]]
    assert (proposal["outcome"], proposal["outcome_source"]) == ("aangenomen", "besluitenlijst")
    assert data["items"][2]["proposal"] is None and not data["items"][2]["amended"]
    assert "geamendeerd</span>" in page


def test_motion_versions_latest_counts(listed_run):
    data, page, _ = listed_run
    docs = _by_name(data)
    submitted, stamped = (
        "motie-k-1-cda-seniorenwoningen.pdf",
        "motie-k-1-cda-seniorenwoningen-aangenomen.pdf",
    )
    for name in (submitted, stamped):
        assert docs[name]["versions"] == [submitted, stamped]
    assert (docs[submitted]["superseded_by"], docs[stamped]["superseded_by"]) == (stamped, None)
    one = "motie-k-2-cda-voorzieningen.pdf"
    assert (docs[one]["versions"], docs[one]["superseded_by"]) == ([one], None)
    # one row per motion, the other version reachable from it
    assert page.count('<span class="code">K.1</span>') == 1
    assert "andere versies: " in page and docs[submitted]["link"].split("/")[-1] in page


def test_afdoening_letter_linked_to_its_motion(listed_run):
    data, page, _ = listed_run
    docs = _by_name(data)
    letter = "brief-afdoening-seniorenwoningen.pdf"
    assert docs[letter]["afdoening_of"] == "K.1"
    for name in (
        "motie-k-1-cda-seniorenwoningen.pdf",
        "motie-k-1-cda-seniorenwoningen-aangenomen.pdf",
    ):
        assert docs[name]["afdoening"] == letter
    assert docs["motie-k-2-cda-voorzieningen.pdf"]["afdoening"] is None
    assert f'{docs[letter]["link"].split("/")[-1]}">afdoening</a>' in page


CONTRACT_DOCUMENT_KEYS = {
    "outcome", "outcome_source", "motion", "versions", "superseded_by", "afdoening",
    "afdoening_of", "item_position", "file_name", "sha256", "status", "title", "doc_type",
    "pages", "link", "pdf",
}  # fmt: skip
CONTRACT_ITEM_KEYS = {"outcome", "amended", "code", "proposal", "document_files", "position"}


def test_meeting_json_has_the_contract_fields(listed_run):
    data, _, _ = listed_run
    assert {"id", "date", "body", "municipality"} <= data.keys()
    for doc in data["documents"]:
        assert CONTRACT_DOCUMENT_KEYS <= doc.keys(), doc["file_name"]
        assert doc["outcome_source"] in ("document", "besluitenlijst", None)
        assert doc["file_name"] in doc["versions"]
        assert (doc["motion"] is None) == (doc["doc_type"] not in ("motie", "amendement"))
    for item in data["items"]:
        assert CONTRACT_ITEM_KEYS <= item.keys()
    motion = _by_name(data)["motie-k-2-cda-voorzieningen.pdf"]["motion"]
    assert (motion["code"], motion["concerns"], motion["submitters"][0]["party"]) == (
        "K.2",
        "RIS319905",
        "CDA",
    )


def test_meeting_page_reads_as_a_meeting(listed_run):
    _, page, _ = listed_run
    assert "Leesplan" in page and page.index("Leesplan") < page.index("Bespreekstukken")
    plan = page[page.index("Leesplan") : page.index("Bespreekstukken")]
    # the must-read set: the proposal and its amendment, with their reading time
    assert HOFZICHT in plan and "+ 1 amendement" in plan and "Dit moet u lezen: 2 stukken" in plan
    assert "Debatten en moties vreemd aan de orde van de dag" in page
    debates = page[page.index("Debatten en moties") :]
    assert "Blokkades A12" in debates and "Demonstraties niet criminaliseren" in debates
    # no motion row with a framework share or reading time, no raw file names as labels
    rows = re.findall(r'<ul class="motions">.*?</ul>', page, re.S)
    assert rows and not any(re.search(r"\d+% kader|\d+ min\b|→", r) for r in rows)
    assert not re.search(r">[\w-]+\.pdf<|>motie-[\w-]+<", page)
    assert "Overige stukken" in page  # the besluitenlijst itself


@pytest.fixture(scope="module")
def coded_run(tmp_path_factory):
    """No agenda and no besluitenlijst: items from the motions' codes and the proposal they
    concern; an afdoening letter that names its motion by title only."""
    from pdfs import afdoening_letter_pdf, council_motion_pdf, ris_proposal_pdf

    base = tmp_path_factory.mktemp("alleen-codes")
    folder = base / "stukken"
    folder.mkdir()
    ris_proposal_pdf(
        folder / "raadsvoorstel-hofzichtlaan.pdf", HOFZICHT, "RIS319905", decided="besloten"
    )
    council_motion_pdf(
        folder / "motie-l-4-cda-senioren.pdf", code="L.4 CDA", title=SENIOREN,
        indiener="Hinke de Groot, CDA", subject=ABOUT_K, stamp="aangenomen",
    )  # fmt: skip
    council_motion_pdf(
        folder / "amendement-l-b-vvd-middenhuur.pdf", kind="Amendement", code="L.B VVD",
        title="Een deel middenhuur in woonprogramma Kornalijn", indiener="Anne Jansen, VVD",
        subject=ABOUT_K, stamp="verworpen",
    )  # fmt: skip
    afdoening_letter_pdf(folder / "brief-afdoening.pdf", SENIOREN, None)
    return _run(folder, base, "uit")


def test_items_from_motion_codes_without_besluitenlijst(coded_run):
    data, page, _ = coded_run
    assert data["date"] == "2025-01-23"  # "in vergadering bijeen op 23 januari 2025"
    assert data["place"] is None and "datum onbekend" not in page
    [item] = data["items"]
    assert (item["code"], item["title"], item["proposal"]) == (
        "L",
        HOFZICHT,
        "raadsvoorstel-hofzichtlaan.pdf",
    )
    # "Aldus besloten": adopted; the amendment was rejected, so not amended
    assert (item["outcome"], item["amended"]) == ("aangenomen", False)
    assert sorted(item["document_files"]) == [
        "amendement-l-b-vvd-middenhuur.pdf",
        "brief-afdoening.pdf",
        "motie-l-4-cda-senioren.pdf",
        "raadsvoorstel-hofzichtlaan.pdf",
    ]
    docs = _by_name(data)
    assert docs["brief-afdoening.pdf"]["afdoening_of"] == "L.4"
    assert docs["motie-l-4-cda-senioren.pdf"]["afdoening"] == "brief-afdoening.pdf"
    assert "zijn afgeleid uit de agendacodes" in " ".join(data["notes"])


def test_an_agenda_is_kept_and_enriched_from_the_besluitenlijst(tmp_path):
    """With a Notubiz export the items are the agenda's; motions it does not list land under
    the item of their proposal (K.1) or the item of their debate's title (P.1), with the
    besluitenlijst's outcomes."""
    from pdfs import besluitenlijst_pdf, council_motion_pdf, ris_proposal_pdf

    folder = tmp_path / "stukken"
    folder.mkdir()
    besluitenlijst_pdf(folder / "besluitenlijst.pdf")
    ris_proposal_pdf(folder / "raadsvoorstel-hofzichtlaan.pdf", HOFZICHT, "RIS319905")
    council_motion_pdf(
        folder / "motie-k-1.pdf", code="K.1 CDA", title=SENIOREN,
        indiener="Hinke de Groot, CDA", subject=ABOUT_K,
    )  # fmt: skip
    council_motion_pdf(
        folder / "motie-p-1.pdf", code="P.1 GL", title="Demonstraties niet criminaliseren",
        indiener="Maarten De Vuyst, GroenLinks", subject=None,
    )  # fmt: skip

    def item(order, title, files=()):
        return {
            "order": order,
            "type_data": {"title_prefix": str(order), "attributes": [{"id": 1, "value": title}]},
            "documents": [{"title": f, "versions": [{"file_name": f}]} for f in files],
        }

    export = {
        "plannings": [{"start_date": "2025-01-23 13:30:00"}],
        "attributes": {"titel": "Gemeenteraad"},
        "agenda_items": [
            item(1, HOFZICHT, ["raadsvoorstel-hofzichtlaan.pdf"]),
            item(2, "Blokkades A12"),
        ],
    }
    (folder / "vergadering.json").write_text(json.dumps(export), encoding="utf-8")
    data, _, _ = _run(folder, tmp_path, "uit")
    assert data["source"] == "vergadering.json"
    assert [(i["number"], i["title"]) for i in data["items"]] == [
        ("1", HOFZICHT),
        ("2", "Blokkades A12"),
    ]
    docs = _by_name(data)
    assert [docs[f"motie-{c}.pdf"]["item_position"] for c in ("k-1", "p-1")] == [1, 2]
    assert [docs[f"motie-{c}.pdf"]["outcome"] for c in ("k-1", "p-1")] == [
        "aangenomen",
        "verworpen",
    ]
    first = data["items"][0]
    assert (first["proposal"], first["outcome"], first["amended"]) == (
        "raadsvoorstel-hofzichtlaan.pdf",
        "aangenomen",
        True,  # the besluitenlijst lists a "Geamendeerd voorstel"
    )


def test_meeting_date_from_the_motions_else_the_file_names():
    from raadsassistent.meeting import _meeting_facts

    files = [
        {"file_name": "raadsvoorstel-15119210-20250123-ris320816-voorstel.pdf"},
        {"file_name": "raadsvoorstel-15119211-20250123-ris321084-voorstel.pdf"},
        {
            "file_name": "motie-15173311-20250213-ris320635-initiatief.pdf",
            "municipality": "Den Haag",
        },
    ]
    assert _meeting_facts(files) == {
        "date": "2025-01-23", "body": None, "municipality": "Den Haag",
    }  # fmt: skip
    motion = {"file_name": "motie.pdf", "sitting": "2025-02-13", "raad_van": "Den Haag"}
    assert _meeting_facts([*files, motion]) == {
        "date": "2025-02-13", "body": "gemeenteraad", "municipality": "Den Haag",
    }  # fmt: skip


def test_an_untitled_proposal_takes_its_title_from_the_besluitenlijst():
    """A proposal whose cover page is one picture has only its file name for a title; the
    besluitenlijst item with its RIS number names it (real case: RIS319200, 22 May 2025)."""
    from raadsassistent.meeting import _finish_items, file_name_title
    from raadsassistent.types import AgendaItem, Meeting

    title = "Tweede gewijzigd initiatiefvoorstel Van Napels aan de Noordzee"
    stem = "raadsvoorstel-15597672-20250522-ris319200-tweede-gewijzigd-initiatiefvoorstel"
    other = "raadsvoorstel-15596325-20250522-ris322230-voorstel"

    def doc(stem: str, title: str, position: int) -> dict:
        return {
            "file_name": f"{stem}.pdf", "title": title, "doc_type": "raadsvoorstel",
            "status": "verwerkt", "item_position": position, "framework_share": 0.5,
            "words": 900, "decision_points": [], "pages": 3, "minutes_source": 4,
            "minutes_briefing": 1, "outcome": None,
        }  # fmt: skip

    untitled = {**doc(stem, file_name_title(stem), 1), "title_source": "bestandsnaam"}
    titled = doc(other, "Ontheffing ingezetenschap", 2)
    items = [
        {"position": 1, "number": "K", "title": title, "ris": "RIS319200", "kind": "bespreekstuk"},
        {"position": 2, "number": "B", "title": "Ontheffing", "ris": "RIS322230", "kind": "overig"},
    ]
    listed = Meeting(
        body="gemeenteraad",
        date="2025-05-22",
        municipality="Den Haag",
        items=(
            AgendaItem("K", title, ris="RIS319200"),
            AgendaItem("B", "Voorstel inzake ontheffing", ris="RIS322230"),
        ),
    )
    _finish_items(items, [untitled, titled], listed)
    assert (untitled["title"], untitled["title_source"]) == (title, "besluitenlijst")
    assert titled["title"] == "Ontheffing ingezetenschap"  # its own title stays
    assert "title_source" not in titled
    # a listed title that does not say the file name's words is another document's
    other_version = {**untitled, "title": file_name_title(stem), "title_source": "bestandsnaam"}
    items[0].pop("proposal", None)
    listed = replace(
        listed, items=(AgendaItem("K", "Gewijzigd initiatiefvoorstel", ris="RIS319200"),)
    )
    _finish_items(items[:1], [other_version], listed)
    assert (other_version["title"], other_version["title_source"]) == (
        "Tweede gewijzigd initiatiefvoorstel", "bestandsnaam",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("name", "title"),
    [
        (
            "raadsvoorstel-15597672-20250522-ris319200-tweede-gewijzigd-initiatiefvoorstel-hart.pdf",
            "Tweede gewijzigd initiatiefvoorstel hart",
        ),
        (
            "motie-15274206-ris321256-afdoening-motie-rattenvanger.pdf",
            "Afdoening motie rattenvanger",
        ),
        ("2026-039 Raadsvoorstel Krediet.pdf", "2026-039 Raadsvoorstel Krediet"),
        ("20250101.pdf", "20250101"),
    ],
)
def test_file_name_title(name, title):
    from raadsassistent.meeting import file_name_title

    assert file_name_title(name) == title


def test_a_code_the_besluitenlijst_does_not_know_takes_the_listed_one():
    """Den Haag's amendment "VVD.A" (9 July 2025) is "I.A" in the besluitenlijst: the stamped
    version by its own RIS number, the submitted one by its title."""
    from raadsassistent.meeting import _codes_as_listed
    from raadsassistent.types import AgendaItem, ListedMotion, Meeting

    title = "Voer aanbevelingen Rekenkamer niet ongemerkt af"
    listed = Meeting(
        body="gemeenteraad", date="2025-07-09", municipality="Den Haag",
        items=(AgendaItem("I", "Programmarekening 2024", motions=(
            ListedMotion("I.A", "amendement", title.lower(), "VVD", "aangenomen", "RIS322820"),
            ListedMotion("I.1", "motie", "Iets anders", "CDA", "verworpen", "RIS322821"),
        )),),
    )  # fmt: skip

    def amendment(name: str, own: str | None, code: str = "VVD.A") -> dict:
        return {
            "file_name": name, "title": title, "doc_type": "amendement", "own_number": own,
            "motion": {"code": code, "title": title},
        }  # fmt: skip

    stamped = amendment("amendement-15801756-vvd-a-amendement.pdf", "RIS322820")
    submitted = amendment("amendement-15783828-vvd-a-amendement.pdf", None)
    known = amendment("amendement-1-i-1.pdf", None, code="I.1")
    _codes_as_listed([stamped, submitted, known], listed)
    assert [(d["motion"]["code"], d["motion"].get("code_as_written")) for d in
            (stamped, submitted, known)] == [("I.A", "VVD.A"), ("I.A", "VVD.A"), ("I.1", None)]  # fmt: skip


def test_reading_back_a_document_just_stored_equals_reading_the_store(
    tmp_path, sample_pdfs, monkeypatch
):
    """The batch hands each document to the meeting as it is stored; what the meeting knows
    of it then is what reading it back from the store at the end gives."""
    from raadsassistent.meeting import READ_WHOLE, ReadBack
    from raadsassistent.store import Store

    with Store(tmp_path / "r.db") as store:
        results = [pipeline.process_document(pdf) for pdf in sample_pdfs]
        for result in results:
            pipeline.save_result(store, result)
        early, late = ReadBack(store), ReadBack(store)
        reads = []
        real = store.structured_document
        monkeypatch.setattr(
            store, "structured_document", lambda sha: reads.append(sha) or real(sha)
        )
        for result in results:
            early.add(result.sha256, result.doc)
            early.add(result.sha256, result.doc)  # once
        whole = [r.sha256 for r in results if r.doc_type in READ_WHOLE]
        assert reads == whole and len(whole) >= 2  # only those are read back whole
        for result in results:
            late.add(result.sha256)
        for part in ("rows", "briefings", "facts", "documents", "commitments"):
            assert getattr(early, part) == getattr(late, part), part
    assert any(early.facts.values()) and early.commitments
