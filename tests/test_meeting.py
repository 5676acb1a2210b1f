"""The meeting briefing built from a batch (index.html, meeting.json) and the search command."""

from __future__ import annotations

import json
import re

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
