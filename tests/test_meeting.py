"""The meeting briefing (index.html, meeting.json) and the search command."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from raadsassistent.cli import main
from raadsassistent.meeting import duration_nl, render_meeting_html, totals_line

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples"


def test_totals_line_and_durations():
    assert totals_line(312, 310, 24) == "312 pagina's, 5 uur 10 min lezen → 24 min"
    assert duration_nl(60) == "1 uur"
    assert duration_nl(0) == "0 min"


def _item(position, number, title, kind, share, files=()):
    return {
        "position": position, "number": number, "title": title, "kind": kind, "text": "",
        "page": 1, "documents": [], "document_files": list(files), "failed_files": [],
        "asks": [], "more_asks": 0, "framework_share": share, "pages": 3,
        "minutes_source": 10, "minutes_briefing": 2, "minutes_saved": 8,
    }  # fmt: skip


def _data() -> dict:
    evil = "<script>alert('x')</script>"
    doc = {
        "file_name": f"{evil}.pdf", "status": "verwerkt", "sha256": "a" * 64, "pages": 3,
        "title": evil, "doc_type": "raadsvoorstel", "framework_share": 0.5, "words": 900,
        "minutes_source": 10, "minutes_briefing": 2, "decision_points": [],
        "link": "briefings/x.html", "item_position": 2,
    }  # fmt: skip
    return {
        "id": "x",
        "body": "gemeenteraad",
        "date": "2026-04-16",
        "municipality": evil,
        "time": "19.30 uur",
        "place": "Raadzaal",
        "source": "agenda.pdf",
        "output_dir": "",
        "items": [
            _item(1, "7", "Laag kader", "bespreekstuk", 0.2),
            _item(2, "8", evil, "bespreekstuk", 0.9, [doc["file_name"]]),
            _item(3, "9", "Hamer", "hamerstuk", 0.5),
        ],
        "documents": [
            doc,
            {
                "file_name": "los.pdf",
                "status": "verwerkt",
                "sha256": "b" * 64,
                "pages": 2,
                "title": "Los stuk",
                "doc_type": "bijlage",
                "framework_share": 0.1,
                "minutes_source": 4,
                "minutes_briefing": 1,
                "decision_points": [],
                "link": "briefings/los.html",
            },
            {
                "file_name": "kapot.pdf",
                "status": "mislukt",
                "sha256": "",
                "pages": 0,
                "title": "kapot",
                "reason": "kapot.pdf: de PDF is beschadigd <b>echt</b>.",
            },
        ],  # fmt: skip
        "totals": {"documents": 2, "failed": 1, "line": totals_line(5, 14, 3)},
        "notes": [],
    }


def test_meeting_html_escapes_and_orders():
    page = render_meeting_html(_data())
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "<b>echt</b>" not in page
    assert '<html lang="nl">' in page and "<style>" in page
    assert not re.search(r"<(link|script)\b|src=", page)  # self-contained
    assert (
        page.index("Bespreekstukken") < page.index("Hamerstukken") < page.index("Overige stukken")
    )
    # bespreekstukken with the most framework content first
    assert page.index("&lt;script&gt;alert") < page.index("Laag kader")
    assert "Niet verwerkte bestanden" in page and "kapot.pdf: de PDF is beschadigd" in page
    assert "5 pagina's, 14 min lezen → 3 min" in html.unescape(page)


@pytest.fixture(scope="module")
def sample_run(tmp_path_factory):
    if not (SAMPLES / "agenda.pdf").exists():
        pytest.skip("samples/ bevat nog geen PDF's: draai python samples/generate.py")
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
    for link in re.findall(r'href="([^"#]+)"', page):
        assert (out / link.replace("&amp;", "&")).exists(), link
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
