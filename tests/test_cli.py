"""The command line, through click's CliRunner and as a real subprocess."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import click
import pytest
from click.testing import CliRunner
from test_render import assert_citations_link, pdf_page_count, resolved_links

from raadsassistent.cli import main


def all_commands(group: click.Group, prefix: str = "") -> list[tuple[str, click.Command]]:
    found = []
    for name, command in group.commands.items():
        found.append((prefix + name, command))
        if isinstance(command, click.Group):
            found.extend(all_commands(command, prefix + name + " "))
    return found


@pytest.mark.parametrize("name", [name for name, _ in all_commands(main)])
def test_every_command_has_dutch_help_with_example(name):
    result = CliRunner().invoke(main, [*name.split(), "--help"])
    assert result.exit_code == 0, result.output
    assert "Voorbeeld" in result.output


def test_help_is_fast_and_works_as_module():
    run = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "raadsassistent", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 0
    assert "raadsassistent" in run.stdout
    heavy = [
        m for m in ("pdfplumber", "spacy", "sklearn", "sqlite_utils") if f" {m}\n" in run.stderr
    ]
    assert heavy == []


def test_extract_json(sample_pdfs):
    pdf = sample_pdfs[0]
    result = CliRunner().invoke(main, ["extract", str(pdf), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["name"] == pdf.name
    assert {"title", "doc_type", "pages", "sections", "tables", "date"} <= data.keys()
    passage = next(p for s in data["sections"] for p in s["passages"])
    assert {"text", "page", "bbox"} <= passage.keys()


def test_extract_missing_file_exact_message(tmp_path):
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "weg.pdf")])
    assert result.exit_code == 1
    assert result.output == f"Fout: weg.pdf: bestand niet gevonden ({tmp_path / 'weg.pdf'}).\n"


def test_ingest_mixed_folder_records_failures_and_carries_on(tmp_path, sample_pdfs, isolated_db):
    folder = tmp_path / "stukken"
    folder.mkdir()
    (folder / "goed.pdf").write_bytes(sample_pdfs[0].read_bytes())
    (folder / "kapot.pdf").write_bytes(b"%PDF-1.4\n" + b"\x00garbage" * 50)
    (folder / "leeg.pdf").write_bytes(b"")
    runner = CliRunner()
    result = runner.invoke(main, ["ingest", str(folder)])
    assert result.exit_code == 1
    assert "opgeslagen  goed.pdf" in result.output
    assert "leeg.pdf: het bestand is leeg (0 bytes)" in result.output
    assert "Klaar: 1 opgeslagen, 0 ongewijzigd, 2 mislukt." in result.output

    from raadsassistent.store import Store

    with Store(isolated_db) as store:
        assert {f["file_name"] for f in store.failures()} == {"kapot.pdf", "leeg.pdf"}
        assert store.counts()["passages"] > 0

    (folder / "kapot.pdf").unlink()
    (folder / "leeg.pdf").unlink()
    again = runner.invoke(main, ["ingest", str(folder)])
    assert again.exit_code == 0
    assert "Klaar: 0 opgeslagen, 1 ongewijzigd, 0 mislukt." in again.output


def test_ingest_empty_folder(tmp_path):
    result = CliRunner().invoke(main, ["ingest", str(tmp_path)])
    assert result.exit_code == 1
    assert "deze map bevat geen PDF-bestanden" in result.output


def test_ingest_as_subprocess(tmp_path, sample_pdfs):
    db = tmp_path / "raad.db"
    run = subprocess.run(
        [sys.executable, "-m", "raadsassistent", "ingest", str(sample_pdfs[0]), "--db", str(db)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    assert db.exists() and "Klaar: 1 opgeslagen" in run.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["train"], "Fout: Ontbrekende optie --corpus."),
        (["extract", "--bla", "x.pdf"], "Fout: Onbekende optie: --bla."),
        (["onzin"], "Fout: Onbekende opdracht 'onzin'."),
        (["extract"], "Fout: Ontbrekend argument PDF."),
    ],
)
def test_usage_errors_are_dutch(args, message):
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2
    assert result.output.startswith("Gebruik: raadsassistent")
    assert result.output.rstrip().endswith(message)


def test_help_page_is_dutch():
    result = CliRunner().invoke(main, ["ingest", "--help"])
    assert "Gebruik: raadsassistent ingest" in result.output
    assert "Opties:" in result.output and "Toon deze hulp en stop." in result.output


def test_option_annotations_are_dutch():
    result = CliRunner().invoke(main, ["train", "--help"])
    assert "[verplicht]" in result.output and "[standaard: 13]" in result.output
    assert "required" not in result.output and "default:" not in result.output


# --- brief ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def small_pdf(sample_pdfs):
    return min(sample_pdfs, key=lambda p: p.stat().st_size)


def test_brief_prints_json_without_output_and_stores_it(small_pdf, isolated_db):
    result = CliRunner().invoke(main, ["brief", str(small_pdf)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["file_name"] == small_pdf.name and data["decision_points"] is not None
    assert result.stderr == ""

    from raadsassistent.extract import file_sha256
    from raadsassistent.store import Store

    with Store(isolated_db) as store:
        stored = store.briefing(file_sha256(small_pdf))
    assert stored is not None and stored["briefing"] == data


@pytest.mark.parametrize(
    ("name", "args", "starts"),
    [
        ("briefing.md", [], "# "),
        ("briefing.html", [], "<!DOCTYPE html>"),
        ("briefing.json", [], "{"),
        ("briefing.txt", ["--format", "md"], "# "),
        ("briefing.txt", [], "{"),  # json when the suffix says nothing
    ],
)
def test_brief_writes_the_format_to_output(small_pdf, tmp_path, name, args, starts):
    out = tmp_path / "sub" / name
    result = CliRunner().invoke(main, ["brief", str(small_pdf), "-o", str(out), *args])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert text.startswith(starts)
    assert result.stdout == ""
    data = json.loads(CliRunner().invoke(main, ["brief", str(small_pdf)]).stdout)
    assert result.stderr == (
        f"Briefing geschreven naar {out} ({data['reading_minutes_source']} min lezen -> "
        f"{data['reading_minutes_briefing']} min).\n"
    )


def test_brief_missing_and_broken_files_exact_messages(tmp_path):
    runner = CliRunner()
    missing = runner.invoke(main, ["brief", str(tmp_path / "weg.pdf")])
    assert missing.exit_code == 1
    assert missing.output == f"Fout: weg.pdf: bestand niet gevonden ({tmp_path / 'weg.pdf'}).\n"
    empty = tmp_path / "leeg.pdf"
    empty.write_bytes(b"")
    result = runner.invoke(main, ["brief", str(empty), "-o", str(tmp_path / "b.md")])
    assert result.exit_code == 1
    assert result.output == (
        "Fout: leeg.pdf: het bestand is leeg (0 bytes). Vraag een nieuwe kopie op bij de afzender.\n"
    )
    assert not (tmp_path / "b.md").exists()


def test_brief_html_links_to_the_pdf_from_where_it_is_written(small_pdf, tmp_path, monkeypatch):
    pdf = tmp_path / "in" / 'raads voorstel #1 "50%".pdf'
    pdf.parent.mkdir()
    shutil.copy(small_pdf, pdf)
    out = tmp_path / "uit" / "sub" / "briefing.html"
    result = CliRunner().invoke(main, ["brief", str(pdf), "-o", str(out)])
    assert result.exit_code == 0, result.output
    links = resolved_links(out)
    assert {target for target, _ in links} == {pdf.resolve()}
    assert {page for _, page in links} >= set(range(1, pdf_page_count(pdf.resolve()) + 1))
    text = out.read_text(encoding="utf-8")
    assert 'href="../../in/raads%20voorstel%20%231%20%2250%25%22.pdf#page=1"' in text
    assert_citations_link(text, "../../in/raads%20voorstel%20%231%20%2250%25%22.pdf")

    # on the screen: the path as given, so the page works saved in the folder it ran in
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["brief", "in/" + pdf.name, "--format", "html"])
    assert result.exit_code == 0, result.output
    (tmp_path / "scherm.html").write_text(result.stdout, encoding="utf-8")
    assert {t for t, _ in resolved_links(tmp_path / "scherm.html")} == {pdf.resolve()}
    assert 'href="in/raads%20voorstel%20%231%20%2250%25%22.pdf#page=1"' in result.stdout
