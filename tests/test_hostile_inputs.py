"""Hostile inputs (issue 14): every entry of a ZIP or folder becomes a document or is named with
its reason, the user's own files are never touched, and odd kinds of file neither hang nor crash.
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from raadsassistent.archive import MAX_NAME_BYTES, extract_zip, safe_name
from raadsassistent.batch import run_batch
from raadsassistent.cli import main
from raadsassistent.errors import InputError
from raadsassistent.pipeline import collect_inputs, collect_pdfs, failed
from raadsassistent.store import Store
from raadsassistent.types import FAILED, DocumentResult

from pdfs import one_page_pdf

PDF = b"%PDF-1.4\n% stuk\n"


def _zip(path: Path, entries: list[tuple[str, bytes]]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries:
            archive.writestr(name, data)
    return path


def _zip_bytes(tmp_path: Path, entries: list[tuple[str, bytes]]) -> bytes:
    return _zip(tmp_path / "binnen.tmp", entries).read_bytes()


def _extract(tmp_path: Path, entries: list[tuple[str, bytes]], **limits):
    return extract_zip(_zip(tmp_path / "stukken.zip", entries), tmp_path / "uit", **limits)


def _numbered(names: list[str]) -> list[tuple[str, bytes]]:
    """Entries whose content ends in their position, to see that each one arrived."""
    return [(name, PDF + str(n).encode()) for n, name in enumerate(names)]


def _contents(result) -> list[bytes]:
    return sorted(p.read_bytes()[-1:] for p in result.files)


def _read(path: str, *, sha256: str = "", **options) -> DocumentResult:
    """A stand-in worker: no model, every PDF it is given is named in the outcomes."""
    return failed(path, "gelezen", f"{Path(path).name}: gelezen")


def _batch(source: Path, tmp_path: Path, **options) -> list[DocumentResult]:
    with Store(tmp_path / "r.db") as store:
        events = list(
            run_batch(source, store, tmp_path / "out", worker=_read, workers=1, **options)
        )
    return events[-1].summary


# --- names that change when made safe ---------------------------------------------------------


def test_long_name_keeps_its_extension(tmp_path):
    name = "Raadsvoorstel " + "herinrichting stationsgebied " * 8 + ".pdf"
    result = _extract(tmp_path, [(name, PDF)])
    [extracted] = result.files
    assert extracted.suffix == ".pdf" and len(extracted.name) <= 120
    assert result.originals[extracted] == f"stukken.zip/{name}"


def test_names_that_clean_to_the_same_name_stay_apart(tmp_path):
    names = [
        "Motie 9.2 (VVD).pdf",
        "Motie 9.2 [VVD].pdf",
        "Motie 9.2 {VVD}.pdf",
        "MOTIE 9.2 (VVD).pdf",
    ]
    result = _extract(tmp_path, _numbered(names))
    assert len({p.name.casefold() for p in result.files}) == 4
    assert _contents(result) == [b"0", b"1", b"2", b"3"]
    shown = sorted(result.originals.values())
    assert "stukken.zip/Motie 9.2 [VVD].pdf" in shown


def test_names_in_any_script_keep_their_letters(tmp_path):
    entries = [("预算.pdf", PDF + b"1"), ("Бюджет.pdf", PDF + b"2"), ("ميزانية.pdf", PDF + b"3")]
    names = sorted(p.name for p in _extract(tmp_path, entries).files)
    assert names == sorted(["预算.pdf", "Бюджет.pdf", "ميزانية.pdf"])


def test_name_of_signs_only_gets_a_stable_hashed_name(tmp_path):
    entries = [("★.pdf", PDF + b"1"), ("☆.pdf", PDF + b"2"), ("".join(["✓"] * 3) + ".pdf", PDF)]
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = sorted(p.name for p in _extract(tmp_path / "a", entries).files)
    again = sorted(p.name for p in _extract(tmp_path / "b", entries[::-1]).files)
    assert len(set(first)) == 3 and first == again
    assert all(n.startswith("document-") and n.endswith(".pdf") for n in first)


def test_same_name_twice_and_in_two_folders_are_both_kept(tmp_path):
    names = ["a/motie.pdf", "b/motie.pdf", "motie.pdf", "motie.pdf", "motie.pdf/bijlage.pdf"]
    with pytest.warns(UserWarning, match="Duplicate name"):
        result = _extract(tmp_path, _numbered(names))  # the last: a folder named like a file
    assert _contents(result) == [b"0", b"1", b"2", b"3", b"4"]


def test_entry_names_shown_to_the_user_carry_no_terminal_escapes(tmp_path):
    result = _extract(tmp_path, [("\x1b[2Jwis.pdf", PDF), ("\x1b]0;titel\x07.txt", b"")])
    assert list(result.originals.values()) == ["stukken.zip/\N{REPLACEMENT CHARACTER}[2Jwis.pdf"]
    assert "\x1b" not in result.ignored[0] and "\x07" not in result.ignored[0]


def test_long_non_latin_name_fits_the_file_system(tmp_path):
    result = _extract(tmp_path, [("预" * 150 + ".pdf", PDF)])
    [extracted] = result.files
    assert extracted.suffix == ".pdf" and len(extracted.name.encode()) <= MAX_NAME_BYTES


def test_safe_name_keeps_suffix_and_script():
    assert safe_name("x" * 200 + ".pdf", max_length=120).endswith(".pdf")
    assert safe_name("Бюджет 2027.pdf") == "Бюджет 2027.pdf"
    assert safe_name("../../etc/passwd") == "etc_passwd"
    assert safe_name("a\u202etxt.pdf") == "atxt.pdf"  # a right-to-left override is dropped
    assert safe_name("motie.pdf. ") == "motie.pdf"


# --- every entry is read or named ---------------------------------------------------------------


def test_zip_inside_the_zip_is_unpacked(tmp_path):
    inner = _zip_bytes(tmp_path, [("motie 1.pdf", PDF + b"1"), ("motie 2.pdf", PDF + b"2")])
    result = _extract(tmp_path, [("raadsvoorstel.pdf", PDF), ("bijlagen/moties.zip", inner)])
    relative = sorted(str(p.relative_to(result.folder.resolve())) for p in result.files)
    assert relative == ["bijlagen/moties/motie 1.pdf", "bijlagen/moties/motie 2.pdf",
                        "raadsvoorstel.pdf"]  # fmt: skip
    assert not result.failed and not list(tmp_path.rglob("*.zip.*"))


def test_zip_two_levels_deep_is_named_not_lost(tmp_path):
    deepest = _zip_bytes(tmp_path, [("diep.pdf", PDF)])
    inner = _zip_bytes(tmp_path, [("laag 2.zip", deepest), ("motie.pdf", PDF)])
    result = _extract(tmp_path, [("laag 1.zip", inner)])
    assert [p.name for p in result.files] == ["motie.pdf"]
    [(_, reason)] = result.failed
    assert reason.startswith("stukken.zip/laag 1.zip/laag 2.zip: een ZIP-bestand zo diep")
    assert "Pak het zelf uit" in reason


def test_broken_or_unsafe_inner_zip_is_named_and_the_rest_extracted(tmp_path):
    unsafe = _zip_bytes(tmp_path, [("../buiten.pdf", PDF)])
    result = _extract(tmp_path, [("kapot.zip", b"PK\x03\x04 niets"), ("vreemd.zip", unsafe),
                                 ("goed.pdf", PDF)])  # fmt: skip
    assert [p.name for p in result.files] == ["goed.pdf"]
    reasons = sorted(reason for _, reason in result.failed)
    assert reasons[0].startswith("stukken.zip/kapot.zip: dit is geen geldig ZIP-bestand")
    assert reasons[1].startswith("stukken.zip/vreemd.zip: het ZIP-bestand bevat een pad met '..'")
    assert not (tmp_path / "buiten.pdf").exists()


def test_limits_count_over_the_whole_tree(tmp_path):
    inner = _zip_bytes(tmp_path, [(f"{n}.pdf", PDF) for n in range(8)])
    result = _extract(tmp_path, [("a.pdf", PDF), ("bijlagen.zip", inner)], max_files=6)
    assert [p.name for p in result.files] == ["a.pdf"]
    [(_, reason)] = result.failed
    assert (
        "stukken.zip/bijlagen.zip: het ZIP-bestand bevat 8 bestanden, meer dan de grens van 4"
        in reason
    )


def test_other_entries_are_named_as_not_read(tmp_path):
    entries = [("lees mij.txt", b"x"), ("map/notulen.docx", b"x"), ("goed.pdf", PDF),
               ("agenda.json", b"{}"), ("__MACOSX/._goed.pdf", b"x")]  # fmt: skip
    result = _extract(tmp_path, entries)
    assert sorted(p.name for p in result.files) == ["agenda.json", "goed.pdf"]
    assert result.ignored == ["stukken.zip/lees mij.txt", "stukken.zip/map/notulen.docx"]


def test_damaged_entry_is_reported_without_marker_files(tmp_path):
    archive = _zip(tmp_path / "stukken.zip", [("goed.pdf", PDF), ("stuk.pdf", PDF * 50)])
    data = bytearray(archive.read_bytes())
    at = data.index(b"stuk.pdf") + len(b"stuk.pdf")
    data[at + 5] ^= 0xFF  # corrupt the compressed data of the second entry
    archive.write_bytes(bytes(data))
    summary = _batch(archive, tmp_path)
    messages = sorted(o.message for o in summary.outcomes)
    assert any(m.startswith("stukken.zip/stuk.pdf: kon niet uit het ZIP-bestand") for m in messages)
    assert "goed.pdf: gelezen" in messages
    assert not list(tmp_path.rglob("*.kapot"))


def test_batch_names_every_entry_and_shows_the_original_name(tmp_path):
    inner = _zip_bytes(tmp_path, [("bijlage.pdf", PDF + b"b")])
    archive = _zip(tmp_path / "stukken.zip", [
        ("Motie 9.2 (VVD).pdf", PDF + b"1"), ("Motie 9.2 [VVD].pdf", PDF + b"2"),
        ("bijlagen.zip", inner), ("lees mij.txt", b"x"),
    ])  # fmt: skip
    summary = _batch(archive, tmp_path)
    assert len(summary.outcomes) == 3
    assert any(
        "(origineel: stukken.zip/Motie 9.2 [VVD].pdf)" in o.message for o in summary.outcomes
    )
    assert summary.ignored == ["stukken.zip/lees mij.txt"]


def test_files_left_in_the_extract_folder_by_an_earlier_zip_are_not_read(tmp_path):
    _batch(_zip(tmp_path / "oud.zip", [("ingetrokken.pdf", PDF + b"o")]), tmp_path)
    summary = _batch(_zip(tmp_path / "nieuw.zip", [("motie.pdf", PDF + b"n")]), tmp_path)
    assert [o.file_name for o in summary.outcomes] == ["motie.pdf"]


# --- the user's own files -------------------------------------------------------------------------


def test_batch_folder_leaves_kapot_files_alone(tmp_path):
    folder = tmp_path / "stukken"
    folder.mkdir()
    one_page_pdf(folder / "motie.pdf")
    (folder / "notities.pdf.kapot").write_text("mijn aantekeningen", encoding="utf-8")
    (folder / "sub").mkdir()
    (folder / "sub" / "foto.kapot").write_bytes(bytes(range(256)))
    summary = _batch(folder, tmp_path)
    assert (folder / "notities.pdf.kapot").read_text(encoding="utf-8") == "mijn aantekeningen"
    assert (folder / "sub" / "foto.kapot").read_bytes() == bytes(range(256))
    assert [o.file_name for o in summary.outcomes] == ["motie.pdf"]
    assert len(summary.ignored) == 2


# --- wrong kinds of file -------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["notulen.docx", "begroting.xlsx", "brief.odt", "stukken.zip"])
def test_office_file_given_to_batch_says_save_as_pdf(tmp_path, name):
    if name.endswith(".odt"):
        entries = [("mimetype", b"application/vnd.oasis.opendocument.text"), ("content.xml", b"")]
    else:
        part = "xl/workbook.xml" if name.endswith(".xlsx") else "word/document.xml"
        entries = [("[Content_Types].xml", b"<Types/>"), (part, b"<x/>")]
    source = _zip(tmp_path / name, entries)
    with Store(tmp_path / "r.db") as store, pytest.raises(InputError) as caught:
        list(run_batch(source, store, tmp_path / "out"))
    kind = "Excel" if name.endswith(".xlsx") else "Word"
    assert str(caught.value).startswith(f"{name}: dit is een {kind}-bestand (Office)")
    assert "op als PDF" in str(caught.value)
    assert not (tmp_path / "out").exists()


def _run_cli(*args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "raadsassistent", *args],
        capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL,
    )  # fmt: skip


def test_fifo_named_pdf_neither_hangs_ingest_nor_batch(tmp_path):
    folder = tmp_path / "stukken"
    folder.mkdir()
    os.mkfifo(folder / "motie.pdf")
    os.mkfifo(tmp_path / "stukken.zip")
    db = str(tmp_path / "r.db")
    ingest = _run_cli("ingest", str(folder / "motie.pdf"), "--db", db)
    assert (
        "motie.pdf: dit is geen gewoon bestand maar een named pipe (FIFO)"
        in ingest.stdout + ingest.stderr
    )
    folder_run = _run_cli("batch", str(folder), "--db", db, "-o", str(tmp_path / "uit"))
    assert "named pipe (FIFO)" in folder_run.stdout + folder_run.stderr
    assert "Traceback" not in folder_run.stderr
    zip_run = _run_cli("batch", str(tmp_path / "stukken.zip"), "--db", db)
    assert zip_run.returncode == 2 and "named pipe (FIFO)" in zip_run.stderr


def test_links_folders_and_unreadable_files_are_named(tmp_path, monkeypatch):
    folder = tmp_path / "stukken"
    (folder / "map.pdf").mkdir(parents=True)
    one_page_pdf(folder / "map.pdf" / "binnen.pdf")
    (folder / "lus.pdf").symlink_to("lus.pdf")
    (folder / "weg.pdf").symlink_to(tmp_path / "bestaat-niet.pdf")
    (folder / "elders").symlink_to(tmp_path, target_is_directory=True)
    inputs = collect_inputs(folder)
    assert [p.name for p in inputs.pdfs] == ["binnen.pdf"]
    assert inputs.ignored == [folder / "elders"]
    reasons = {Path(p.path).name: p.message for p in inputs.problems}
    assert "in een kring naar zichzelf" in reasons["lus.pdf"]
    assert "wijst naar iets dat niet bestaat" in reasons["weg.pdf"]
    pdfs, problems = collect_pdfs([folder / "lus.pdf", folder / "map.pdf"])
    assert [p.name for p in pdfs] == ["binnen.pdf"] and problems[0].status == FAILED

    summary = _batch(folder, tmp_path)
    assert sorted(o.file_name for o in summary.outcomes) == ["binnen.pdf", "lus.pdf", "weg.pdf"]
    with Store(tmp_path / "r.db") as store, pytest.raises(InputError, match="kring"):
        list(run_batch(folder / "lus.pdf", store, tmp_path / "out"))

    def refuse(path):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr("raadsassistent.pipeline.file_sha256", refuse)
    summary = _batch(folder, tmp_path)
    assert any("kan niet worden gelezen" in o.message for o in summary.outcomes)


def test_cli_summary_for_a_zip_run(tmp_path):
    archive = _zip(tmp_path / "stukken.zip", [("预算.pdf", b"geen pdf"), ("x.txt", b"")])
    result = CliRunner().invoke(
        main, ["batch", str(archive), "--db", str(tmp_path / "r.db"), "-o", str(tmp_path / "o")]
    )
    assert result.exit_code == 2, result.output
    assert "预算.pdf" in result.output and "Traceback" not in result.output


# --- names and single files through every command ------------------------------------------------


def _fifo_and_loop(tmp_path: Path) -> tuple[Path, Path]:
    fifo, loop = tmp_path / "pijp.pdf", tmp_path / "kring.pdf"
    os.mkfifo(fifo)
    loop.symlink_to(loop)
    return fifo, loop


@pytest.mark.parametrize("command", ["extract", "brief", "classify"])
def test_single_file_commands_name_a_fifo_and_a_link_loop(tmp_path, command):
    """Regression: a FIFO was called 'leeg (0 bytes)' and a link loop 'niet gevonden'."""
    fifo, loop = _fifo_and_loop(tmp_path)
    run = _run_cli(command, str(fifo), timeout=30)
    assert run.returncode == 1
    assert "pijp.pdf: dit is geen gewoon bestand maar een named pipe (FIFO)" in run.stderr
    run = _run_cli(command, str(loop), timeout=30)
    assert run.returncode == 1
    assert (
        "kring.pdf: deze snelkoppeling (symlink) verwijst in een kring naar zichzelf" in run.stderr
    )


def test_batch_of_a_link_loop_without_output_folder_gives_a_dutch_error(tmp_path):
    """Regression: ``batch LOOP.zip`` without -o crashed on resolving the default folder."""
    loop = tmp_path / "kring.zip"
    loop.symlink_to(loop)
    run = subprocess.run(
        [sys.executable, "-m", "raadsassistent", "batch", str(loop), "--db", str(tmp_path / "r.db")],
        capture_output=True, text=True, timeout=60, cwd=tmp_path, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert "Traceback" not in run.stderr
    assert run.returncode == 2
    assert (
        "kring.zip: deze snelkoppeling (symlink) verwijst in een kring naar zichzelf" in run.stderr
    )


def test_name_that_is_no_utf8_is_named_by_every_command(tmp_path):
    """Regression: a file name with bytes that are no UTF-8 crashed brief, ingest and batch
    (UnicodeEncodeError when the name was written to SQLite or to meeting.json)."""
    folder = tmp_path / "stukken"
    folder.mkdir()
    odd = os.fsdecode(bytes(folder) + b"/g\xff.pdf")
    one_page_pdf(Path(odd))
    one_page_pdf(folder / "goed.pdf")
    reason = (
        "g\ufffd.pdf: de bestandsnaam bevat tekens die geen geldige tekst (UTF-8) zijn; het "
        "bestand is niet gelezen. Geef het een nieuwe naam en probeer het opnieuw."
    )
    db = str(tmp_path / "r.db")
    brief = _run_cli("brief", odd, "--db", db, "--format", "md")
    assert brief.returncode == 1 and reason in brief.stderr and "Traceback" not in brief.stderr
    ingest = _run_cli("ingest", str(folder), "--db", db)
    assert ingest.returncode == 1, ingest.stderr
    assert reason in ingest.stdout + ingest.stderr and "Traceback" not in ingest.stderr
    batch = _run_cli("batch", str(folder), "--db", db, "-o", str(tmp_path / "uit"))
    assert batch.returncode == 1, batch.stderr
    assert reason in batch.stdout and "Traceback" not in batch.stderr
    with Store(db) as store:
        assert [d["file_name"] for d in store.documents()] == ["goed.pdf"]


def test_batch_summary_names_every_file_it_did_not_read(tmp_path):
    """Regression: the summary only counted the files that are no PDF; now it names them."""
    folder = tmp_path / "stukken"
    folder.mkdir()
    one_page_pdf(folder / "motie.pdf")
    (folder / "lees mij.txt").write_text("hallo", encoding="utf-8")
    (folder / "foto.jpg").write_bytes(b"\xff\xd8")
    run = CliRunner().invoke(
        main, ["batch", str(folder), "--db", str(tmp_path / "r.db"), "-o", str(tmp_path / "uit")]
    )
    assert run.exit_code == 0, run.output
    assert (
        "  Niet gelezen      2 bestand(en) die geen PDF zijn:\n    - foto.jpg\n    - lees mij.txt\n"
    ) in run.output
