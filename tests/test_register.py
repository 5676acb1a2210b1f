"""The register across meetings: motion entries from the meeting dict, commitments
(toezeggingen) from besluitenlijsten and notulen, storing them, and the two commands."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_store import make_doc

from raadsassistent.cli import main
from raadsassistent.register import (
    Commitment,
    find_commitments,
    is_open,
    motion_entries,
    record_meeting,
)
from raadsassistent.store import APPLICATION_ID, MIGRATIONS, Store, migrate
from raadsassistent.types import Motion, Passage, Section, Submitter

from pdfs import COMMITMENT_LIST_PAGES, COMMITMENT_MINUTES_PAGES, lines_pdf

SHA_A, SHA_A2, SHA_B, SHA_C, SHA_LETTER, SHA_NOTULEN = (c * 64 for c in "abcdef")


def motion(code: str, title: str, party: str, concerns: str | None = None) -> dict:
    return {
        "code": code,
        "title": title,
        "submitters": [{"name": f"Lid van {party}", "party": party}],
        "concerns": concerns,
        "dictum": [f"verzoekt het college {title.lower()}"],
    }


def document(sha: str, file_name: str, doc_type: str, **fields) -> dict:
    return {"file_name": file_name, "sha256": sha, "status": "verwerkt", "title": file_name,
            "doc_type": doc_type, "pages": 1, "outcome": None, "outcome_source": None,
            "motion": None, "versions": [file_name], "superseded_by": None, "afdoening": None,
            "afdoening_of": None, "item_position": None, **fields}  # fmt: skip


def meeting_dict(meeting_id: str = "den-haag-2025-01-23-gemeenteraad", date: str = "2025-01-23"):
    """A meeting in the shape of CONTRACT11: a motion in two versions, an adopted motion with
    its afdoening letter, an amendment, and the minutes."""
    return {
        "id": meeting_id,
        "date": date,
        "body": "Gemeenteraad",
        "municipality": "Den Haag",
        "items": [],
        "documents": [
            document(SHA_A, "motie-l-1-ingediend.pdf", "motie",
                     motion=motion("L.1", "Meer bomen", "GroenLinks", "RIS320288"),
                     versions=["motie-l-1-ingediend.pdf", "motie-l-1-aangenomen.pdf"],
                     superseded_by="motie-l-1-aangenomen.pdf"),
            document(SHA_A2, "motie-l-1-aangenomen.pdf", "motie", outcome="aangenomen",
                     outcome_source="document",
                     motion=motion("L.1", "Meer bomen", "GroenLinks", "RIS320288"),
                     versions=["motie-l-1-ingediend.pdf", "motie-l-1-aangenomen.pdf"]),
            document(SHA_B, "motie-m-2.pdf", "motie", outcome="aangenomen",
                     outcome_source="besluitenlijst", motion=motion("M.2", "Veilige fietspaden", "VVD"),
                     afdoening="afdoening-motie-veilige-fietspaden.pdf"),
            document(SHA_C, "amendement-l-a.pdf", "amendement", outcome="verworpen",
                     motion=motion("L.A", "Geen parkeergarage", "SP", "RIS320288")),
            document(SHA_LETTER, "afdoening-motie-veilige-fietspaden.pdf", "raadsinformatiebrief",
                     afdoening_of="M.2"),
            document(SHA_NOTULEN, "notulen.pdf", "notulen"),
            {"file_name": "kapot.pdf", "sha256": None, "status": "mislukt"},
        ],
    }  # fmt: skip


# --- motion entries -------------------------------------------------------------------------


def test_motion_entries_follow_the_contract():
    entries = motion_entries(meeting_dict())
    assert [(e["code"], e["kind"], e["outcome"], e["file"]) for e in entries] == [
        ("L.1", "motie", "aangenomen", "motie-l-1-aangenomen.pdf"),
        ("M.2", "motie", "aangenomen", "motie-m-2.pdf"),
        ("L.A", "amendement", "verworpen", "amendement-l-a.pdf"),
    ]
    first = entries[0]
    assert first == {
        "code": "L.1",
        "kind": "motie",
        "title": "Meer bomen",
        "submitters": [{"name": "Lid van GroenLinks", "party": "GroenLinks"}],
        "concerns": "RIS320288",
        "outcome": "aangenomen",
        "meeting_date": "2025-01-23",
        "file": "motie-l-1-aangenomen.pdf",
        "dictum": ["verzoekt het college meer bomen"],
        "afdoening": None,
        "versions": ["motie-l-1-ingediend.pdf", "motie-l-1-aangenomen.pdf"],
        "document_sha256": SHA_A2,
    }
    assert [is_open(e) for e in entries] == [True, False, False]  # M.2 has its letter


def test_motion_entries_of_an_older_meeting_dict_read_the_stored_columns():
    meeting = meeting_dict()
    for d in meeting["documents"]:
        for key in ("motion", "outcome", "superseded_by", "versions"):
            d.pop(key, None)
    stored = {SHA_C: {"motion": json.dumps(motion("L.A", "Geen parkeergarage", "SP")),
                      "outcome": "verworpen", "doc_type": "amendement"}}  # fmt: skip
    entries = motion_entries(meeting, stored)
    assert [(e["code"], e["outcome"], e["versions"]) for e in entries] == [
        ("L.A", "verworpen", ["amendement-l-a.pdf"])
    ]


# --- commitments ----------------------------------------------------------------------------


def test_commitments_in_a_decision_list(tmp_path):
    from raadsassistent.pipeline import read_document

    doc = read_document(lines_pdf(tmp_path / "besluitenlijst.pdf", COMMITMENT_LIST_PAGES))
    assert doc.doc_type == "besluitenlijst"
    assert find_commitments(doc) == [
        Commitment(
            "Wethouder Wagner",
            "Wethouder Wagner zegt toe dat de raad voor 1 oktober 2025 een voorstel ontvangt "
            "voor een nieuwe planning- en controlcyclus.",
            "voor 1 oktober 2025",
            "2025-10-01",
            1,
        ),
        Commitment(
            "Burgemeester Schuiling",
            "Burgemeester Schuiling geeft een toelichting en zegt toe de raad voor de zomer met "
            "een raadsinformatiebrief te informeren.",
            "voor de zomer",
            "2025",
            1,
        ),
    ]  # "Naar aanleiding van de toezegging van wethouder Wagner" repeats the first: left out


def test_commitments_in_minutes_only_from_the_college(tmp_path):
    from raadsassistent.pipeline import read_document

    doc = read_document(lines_pdf(tmp_path / "notulen.pdf", COMMITMENT_MINUTES_PAGES))
    assert doc.doc_type == "notulen"
    found = find_commitments(doc)
    # the council member's question and her "als de wethouder zegt" are no commitment, nor is
    # the wethouder's "Wat ik niet kan toezeggen"; "Dat zeg ik graag toe" takes its clause along
    assert found == [
        Commitment(
            "Wethouder Bakker (D66)",
            "Ik zeg u toe dat de raad in het tweede kwartaal een brief over de kademuren krijgt.",
            "het tweede kwartaal",
            "2025-Q2",
            1,
        ),
        Commitment(
            "Wethouder Jansen (CDA)",
            "Bewoners vragen om meer groen op het plein. Dat zeg ik graag toe.",
            None,
            None,
            2,
        ),
    ]
    text = " ".join(p.text for p in doc.passages)
    assert all(c.what.split(". Dat")[0] in text for c in found)  # verbatim


def _passage_doc(texts: list[str], doc_type: str = "notulen", sha: str = SHA_NOTULEN):
    passages = tuple(
        Passage(f"s1.{n}", text, n, n, (0, 0, 10, 10)) for n, text in enumerate(texts, start=1)
    )
    return replace(
        make_doc(sha=sha, path=f"/tmp/{doc_type}.pdf"),
        doc_type=doc_type,
        date="2025-01-23",
        page_count=len(texts),
        page_status=("ok",) * len(texts),
        sections=(Section("s1", "", None, 1, 1, None, passages),),
    )


@pytest.mark.parametrize(
    "text",
    [
        "Wethouder Kok (PvdA). Dat kan ik niet toezeggen, want het geld is op.",
        "Wethouder Kok (PvdA). Kunt u toezeggen dat ik dit jaar een brief krijg?",
        "Piet Pan (SP). Ik zeg u toe dat de SP dit blijft volgen.",  # a council member
        "Wethouder Kok (PvdA). Ik heb in de commissie toegezegd dat ik u informeer.",  # earlier
        "Wethouder Kok (PvdA). We voegen het groen toe aan het plan.",
    ],
)
def test_no_commitment(text):
    assert find_commitments(_passage_doc([text])) == []


def test_a_turn_runs_on_over_passages():
    doc = _passage_doc(
        [
            "De heer Van Zanen. Dank u wel. Dan de motie over de markt.",
            "Die motie vraagt veel. Ik zeg u toe om na de zomer met de marktkooplui te praten.",
        ]
    )
    assert find_commitments(doc) == [
        Commitment(
            "De heer Van Zanen",
            "Ik zeg u toe om na de zomer met de marktkooplui te praten.",
            "na de zomer",
            "2025",
            2,
        )
    ]


def test_a_sentence_naming_someone_is_no_new_turn():
    doc = _passage_doc(
        [
            "Piet Pan (SP). Voorzitter. Dank u wel.",
            "Mevrouw Arp vroeg ernaar. Ik zeg u toe dat de SP dit blijft volgen.",
        ]
    )
    assert find_commitments(doc) == []


# --- storing --------------------------------------------------------------------------------


def _stored_meeting(
    store: Store, meeting: dict, minutes: list[str], minutes_sha: str = SHA_NOTULEN
) -> None:
    """Store the meeting's documents (minutes with ``minutes`` as passages) and the meeting."""
    for d in meeting["documents"]:
        if d.get("sha256") and d["doc_type"] != "notulen":  # fmt: skip
            store.save_document(
                replace(
                    make_doc(sha=d["sha256"], path=f"/tmp/{d['file_name']}"),
                    doc_type=d["doc_type"],
                )
            )
    store.save_document(
        replace(_passage_doc(minutes, sha=minutes_sha), path=f"/tmp/{meeting['id']}-notulen.pdf")
    )
    store.save_meeting(meeting["id"], {"date": meeting["date"]}, [], [])


MINUTES = [
    "Wethouder Kok (PvdA). Voorzitter. Ik zeg u toe dat de raad voor 1 april 2025 een brief krijgt.",
    "Anna de Vries (VVD). Ik vraag de wethouder toe te zeggen dat het sneller gaat.",
]


def test_record_meeting_stores_and_a_rerun_updates(tmp_path):
    with Store(tmp_path / "r.db") as store:
        meeting = meeting_dict()
        _stored_meeting(store, meeting, MINUTES)
        counts = record_meeting(store, meeting)
        assert (counts.motions, counts.commitments, counts.sources) == (3, 1, 1)
        assert [m["code"] for m in store.motions()] == ["L.1", "L.A", "M.2"]
        assert [m["code"] for m in store.motions(open_only=True)] == ["L.1"]
        [commitment] = store.commitments()
        assert (commitment["who"], commitment["due"], commitment["due_date"]) == (
            "Wethouder Kok (PvdA)", "voor 1 april 2025", "2025-04-01",
        )  # fmt: skip
        assert (commitment["page"], commitment["file"], commitment["source_type"]) == (
            1, "notulen.pdf", "notulen",
        )  # fmt: skip

        # a re-run: L.1 now has its afdoening letter, the amendment is gone, M.2 became
        # "ingetrokken"; nothing is duplicated and what changed is updated
        again = meeting_dict()
        docs = {d["file_name"]: d for d in again["documents"]}
        docs["motie-l-1-aangenomen.pdf"]["afdoening"] = "afdoening-motie-meer-bomen.pdf"
        docs["motie-m-2.pdf"]["outcome"] = "ingetrokken"
        again["documents"].remove(docs["amendement-l-a.pdf"])
        record_meeting(store, again)
        record_meeting(store, again)
        assert [(m["code"], m["outcome"], m["afdoening"]) for m in store.motions()] == [
            ("L.1", "aangenomen", "afdoening-motie-meer-bomen.pdf"),
            ("M.2", "ingetrokken", "afdoening-motie-veilige-fietspaden.pdf"),
        ]
        assert store.motions(open_only=True) == []
        assert len(store.commitments()) == 1
        assert store.db.table("motions").count == 2


def test_register_across_two_meetings_and_a_motion_that_moves(tmp_path):
    with Store(tmp_path / "r.db") as store:
        january = meeting_dict()
        _stored_meeting(store, january, MINUTES)
        record_meeting(store, january)
        february = meeting_dict("den-haag-2025-02-13-gemeenteraad", "2025-02-13")
        # February carries a new motion, and the amendment of January is re-filed there
        february["documents"] = [
            document("7" * 64, "motie-a-1.pdf", "motie", outcome="aangenomen",
                     motion=motion("A.1", "Schone straten", "VVD")),
            next(d for d in january["documents"] if d["file_name"] == "amendement-l-a.pdf"),
            document("8" * 64, "notulen-februari.pdf", "notulen"),
        ]  # fmt: skip
        _stored_meeting(store, february, ["De voorzitter. Ik open de vergadering."], "8" * 64)
        record_meeting(store, february)

        rows = store.motions()
        assert [(m["meeting_date"], m["code"], m["meeting_id"]) for m in rows] == [
            ("2025-02-13", "A.1", "den-haag-2025-02-13-gemeenteraad"),
            ("2025-02-13", "L.A", "den-haag-2025-02-13-gemeenteraad"),
            ("2025-01-23", "L.1", "den-haag-2025-01-23-gemeenteraad"),
            ("2025-01-23", "M.2", "den-haag-2025-01-23-gemeenteraad"),
        ]
        assert [m["code"] for m in store.motions(since="2025-02-01")] == ["A.1", "L.A"]
        assert [m["code"] for m in store.motions(party="vvd")] == ["A.1", "M.2"]
        assert [m["code"] for m in store.motions(outcome="verworpen")] == ["L.A"]
        assert [m["code"] for m in store.motions(open_only=True)] == ["A.1", "L.1"]
        assert [c["meeting_id"] for c in store.commitments()] == [january["id"]]
        assert store.commitments(since="2025-02-01") == []


def test_register_needs_the_meeting_stored_first(tmp_path):
    from raadsassistent.errors import StoreError

    with Store(tmp_path / "r.db") as store:
        meeting = meeting_dict()
        store.save_document(replace(make_doc(sha=SHA_A2), doc_type="motie"))
        with pytest.raises(StoreError, match="motieregister"):
            record_meeting(store, meeting)


def test_a_database_of_005_migrates_to_the_register(tmp_path):
    import sqlite_utils

    path = tmp_path / "oud.db"
    old = sqlite_utils.Database(path)  # what a version before the register made
    MIGRATIONS.apply(old, stop_before="006_register")
    old.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    old.close()
    with Store(path, create=False) as store:  # reading only: an empty register, no error
        assert store.motions() == [] and store.commitments() == []
    with Store(path) as store:
        assert {"motions", "commitments"} <= set(store.db.table_names())
        assert "page_breaks" in store.db.table("passages").columns_dict
        assert [m.name for m in MIGRATIONS.applied(store.db)][-1] == "006_register"
        assert migrate(store.db) == []


# --- the commands -------------------------------------------------------------------------


@pytest.fixture
def register_db(tmp_path) -> Path:
    path = tmp_path / "register.db"
    with Store(path) as store:
        meeting = meeting_dict()
        _stored_meeting(store, meeting, MINUTES)
        record_meeting(store, meeting)
    return path


def test_moties_table_shows_the_open_ones(register_db):
    result = CliRunner().invoke(main, ["moties", "--db", str(register_db)])
    assert result.exit_code == 0, result.output
    assert "L.1" in result.output and "Meer bomen" in result.output
    assert "M.2" not in result.output and "L.A" not in result.output
    assert "1 stuk(ken) (open)." in result.output


def test_moties_status_and_party(register_db):
    db = ["--db", str(register_db)]
    result = CliRunner().invoke(main, ["moties", *db, "--status", "alle", "--partij", "SP"])
    assert result.exit_code == 0, result.output
    assert "L.A" in result.output and "L.1" not in result.output
    result = CliRunner().invoke(main, ["moties", *db, "--status", "ingetrokken"])
    assert "Geen stukken in het register voor deze keuze." in result.output


def test_moties_json_prints_every_entry_with_all_fields(register_db):
    result = CliRunner().invoke(main, ["moties", "--db", str(register_db), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert [m["code"] for m in data] == ["L.1", "L.A", "M.2"]
    assert {"code", "kind", "title", "submitters", "concerns", "outcome", "meeting_date", "file",
            "dictum", "afdoening", "meeting_id", "document_sha256"} <= data[0].keys()  # fmt: skip
    assert data[2]["afdoening"] == "afdoening-motie-veilige-fietspaden.pdf"
    assert data[0]["submitters"] == [{"name": "Lid van GroenLinks", "party": "GroenLinks"}]


@pytest.mark.parametrize("since", ["2025-01-23", "23-01-2025", "23 januari 2025"])
def test_moties_since_takes_dutch_dates(register_db, since):
    result = CliRunner().invoke(
        main, ["moties", "--db", str(register_db), "--json", "--sinds", since]
    )
    assert [m["code"] for m in json.loads(result.output)] == ["L.1", "L.A", "M.2"]
    later = CliRunner().invoke(
        main, ["moties", "--db", str(register_db), "--json", "--sinds", "2025-01-24"]
    )
    assert json.loads(later.output) == []


def test_moties_bad_date_is_a_dutch_usage_error(register_db):
    run = subprocess.run(
        [sys.executable, "-m", "raadsassistent", "moties", "--db", str(register_db),
         "--sinds", "gisteren"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert run.returncode == 2
    assert "Fout: Ongeldige waarde voor --sinds: 'gisteren' is geen datum." in run.stderr


def test_moties_json_as_subprocess(register_db):
    run = subprocess.run(
        [sys.executable, "-m", "raadsassistent", "moties", "--json", "--db", str(register_db)],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert [m["code"] for m in json.loads(run.stdout)] == ["L.1", "L.A", "M.2"]


def test_toezeggingen_table_and_json(register_db):
    result = CliRunner().invoke(main, ["toezeggingen", "--db", str(register_db)])
    assert result.exit_code == 0, result.output
    assert "Wethouder Kok (PvdA) · notulen.pdf, p. 1" in result.output
    assert "termijn: voor 1 april 2025" in result.output
    data = json.loads(
        CliRunner().invoke(main, ["toezeggingen", "--db", str(register_db), "--json"]).output
    )
    assert [(c["who"], c["what"]) for c in data] == [
        ("Wethouder Kok (PvdA)", "Ik zeg u toe dat de raad voor 1 april 2025 een brief krijgt.")
    ]


def test_register_commands_on_a_missing_database(tmp_path):
    for command in ("moties", "toezeggingen"):
        result = CliRunner().invoke(main, [command, "--db", str(tmp_path / "geen.db")])
        assert result.exit_code == 1
        assert "bestaat niet" in result.output
        assert not (tmp_path / "geen.db").exists()


# --- real minutes -----------------------------------------------------------------------------

# Hand-checked against pdftotext of each file: every commitment a wethouder or the
# burgemeester makes in the first person ("ik zeg u toe", "ik kan toezeggen", "ik ben bereid
# om toe te zeggen"), by page. Not found, by design or limit: a commitment confirmed in one
# word after a member asks for it ("Wat mij betreft zeker.", 23 januari p. 88) and earlier
# ones restated ("Die toezegging zal ik gestand doen", "Dit is een staande toezegging").
REAL_MINUTES = {
    "1259560/notulen-15241392-ris321576-notulen-van-de-raad-van-23-januari-2025.pdf": [
        (17, "Wethouder Kapteijns (GroenLinks)"),
        (28, "Wethouder Bruines (D66)"),
    ],
    "1259650/notulen-15241417-ris321577-notulen-van-de-raad-van-13-februari-2025.pdf": [
        (3, "Wethouder Vavier (GroenLinks)"),
        (29, "Wethouder Van Asten (D66)"),
        (62, "Wethouder Barker (PvdD)"),
        (63, "Wethouder Barker (PvdD)"),
        (91, "Wethouder Van Asten (D66)"),  # "... Dat is een toezegging."
    ],
    "1259650/notulen-15142599-ris321383-notulen-van-de-raad-van-14-november-2024.pdf": [
        (15, "Wethouder Bruines (D66)"),
        (16, "Wethouder Bruines (D66)"),
        (16, "Wethouder Bruines (D66)"),
        (16, "Wethouder Bruines (D66)"),
        (17, "Wethouder Bruines (D66)"),
        (24, "Wethouder Vavier (GroenLinks)"),  # "Dan kan het college toezeggen dat ..."
        (31, "Wethouder Barker (PvdD)"),
        (31, "Wethouder Barker (PvdD)"),
        (32, "Wethouder Barker (PvdD)"),  # "Ik ben bereid om toe te zeggen dat ..."
        (32, "Wethouder Barker (PvdD)"),
        (37, "Wethouder Barker (PvdD)"),
        (55, "Wethouder Icar (DENK)"),
        (56, "Wethouder Icar (DENK)"),  # "ik zou wel willen toezeggen"
        (66, "Wethouder Kapteijns (GroenLinks)"),
        (76, "Wethouder Kapteijns (GroenLinks)"),  # "niet helemaal bij de hand, maar ik zeg toe"
    ],
}


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(REAL_MINUTES))
def test_commitments_in_real_minutes(denhaag, name):
    from raadsassistent.pipeline import read_document

    from realdocs import pdftotext

    doc = read_document(denhaag / name)
    found = find_commitments(doc)
    assert [(c.page, c.who) for c in found] == REAL_MINUTES[name]
    text = " ".join(pdftotext(denhaag / name).split())
    for c in found:  # verbatim: every clause of "what" stands in the source
        for clause in c.what.split(". "):
            assert clause.rstrip(".") in text, clause


@pytest.mark.slow
def test_commitment_values_in_real_minutes(denhaag):
    from raadsassistent.pipeline import read_document

    name = "1259650/notulen-15142599-ris321383-notulen-van-de-raad-van-14-november-2024.pdf"
    found = find_commitments(read_document(denhaag / name))
    assert [(c.what, c.due, c.due_date) for c in (found[1], found[3], found[9])] == [
        (
            "Ik zeg u in ieder geval toe om u in het voorjaar of op een ander geschikt moment "
            "wat stevigere cijfers te geven.",
            "in het voorjaar",
            None,
        ),
        (
            "Ik zeg dus graag toe om daar bij de voorjaarsnota wat dieper op in te gaan.",
            "bij de voorjaarsnota",
            None,
        ),
        (
            "Ik kan dus toezeggen om daar dit jaar of begin volgend jaar op terug te komen.",
            "begin volgend jaar",
            "2025",  # the minutes are of November 2024
        ),
    ]
    assert found[7].what == (  # "Dat kan ik dus toezeggen." takes the clause before along
        "Wat we bij de De Constant Rebecque hebben gedaan, willen we vaker doen. "
        "Dat kan ik dus toezeggen."
    )


@pytest.mark.slow
def test_commitments_in_the_den_helder_decision_list(shared):
    from raadsassistent.pipeline import read_document

    path = shared / "corpus/misc/Besluitenlijst-raadsvergadering-29-juni-2015.pdf"
    found = find_commitments(read_document(path))
    assert [(c.who, c.page, c.what[:60]) for c in found] == [
        ("Wethouder Wagner", 2, "Wethouder Wagner zegt toe dat de raad een voorstel tegemoet "),
        (
            "Burgemeester Schuiling",
            2,
            "Burgemeester Schuiling geeft aan dat wordt voorgesteld in te",
        ),
    ]
    assert found[1].what.endswith(
        "zegt toe de raad met een raadsinformatiebrief te informeren na de discussie in het "
        "algemeen bestuur van de Veiligheidsregio."
    )


def test_motion_dataclass_round_trip_matches_entry_fields():
    m = Motion("L.1", "Meer bomen", (Submitter("Lid", "SP"),), "RIS1", ("verzoekt",))
    from dataclasses import asdict

    [entry] = motion_entries(
        {
            "id": "x",
            "date": None,
            "documents": [document(SHA_A, "m.pdf", "motie", motion=asdict(m))],
        }
    )
    assert (entry["code"], entry["submitters"], entry["dictum"]) == (
        "L.1", [{"name": "Lid", "party": "SP"}], ["verzoekt"],
    )  # fmt: skip


def test_register_commands_on_a_database_without_meetings(tmp_path):
    path = tmp_path / "leeg.db"
    with Store(path) as store:
        store.save_document(make_doc())
    for command, what in (("moties", "Het motieregister"),
                          ("toezeggingen", "Het register van toezeggingen")):  # fmt: skip
        result = CliRunner().invoke(main, [command, "--db", str(path)])
        assert result.exit_code == 0, result.output
        assert result.output.startswith(f"{what} in {path} is nog leeg.")
        assert "raadsassistent batch MAP" in result.output
        json_result = CliRunner().invoke(main, [command, "--db", str(path), "--json"])
        assert json.loads(json_result.output) == []
