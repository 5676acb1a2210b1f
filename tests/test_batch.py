"""The griffie's batch: ZIP safety, exit codes, resume after kill -9, output file names."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_render import pdf_page_count, resolved_links

from raadsassistent.batch import run_batch
from raadsassistent.cli import main
from raadsassistent.pipeline import process_document
from raadsassistent.store import Store

from helpers import REPO
from pdfs import generate_meeting


@pytest.fixture(scope="module")
def meeting_dir(tmp_path_factory) -> Path:
    """A small generated meeting: an agenda and seven documents (eight PDFs)."""
    folder = tmp_path_factory.mktemp("vergadering")
    generate_meeting(folder, n_documents=7, pages_total=40, seed=5)
    return folder


def _two_pdfs(meeting_dir: Path, target: Path) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    for pdf in sorted(meeting_dir.glob("*.pdf"))[:2]:
        shutil.copy(pdf, target / pdf.name)
    return target


def _batch(runner: CliRunner, *args: str):
    return runner.invoke(main, ["batch", *args], catch_exceptions=False)


# --- names and exit codes ---------------------------------------------------------------------


def test_exit_codes_all_fine_some_failed_nothing_usable(tmp_path, meeting_dir):
    runner = CliRunner()
    good = _two_pdfs(meeting_dir, tmp_path / "goed")
    result = _batch(
        runner, str(good), "--db", str(tmp_path / "a.db"), "-o", str(tmp_path / "uit-a")
    )
    assert result.exit_code == 0, result.output
    assert "Verwerkt          2 document(en)" in result.output

    mixed = _two_pdfs(meeting_dir, tmp_path / "gemengd")
    (mixed / "leeg.pdf").write_bytes(b"")
    whole = sorted(meeting_dir.glob("*.pdf"))[0].read_bytes()
    (mixed / "kapot.pdf").write_bytes(whole[: len(whole) // 2])  # truncated: no xref, no trailer
    result = _batch(
        runner, str(mixed), "--db", str(tmp_path / "b.db"), "-o", str(tmp_path / "uit-b")
    )
    assert result.exit_code == 1
    assert "Mislukt           2" in result.output
    assert "leeg.pdf: het bestand is leeg (0 bytes)." in result.output
    index = (tmp_path / "uit-b" / "index.html").read_text(encoding="utf-8")
    assert "Niet verwerkte bestanden" in index and "leeg.pdf: het bestand is leeg" in index
    with Store(tmp_path / "b.db") as store:
        assert {f["file_name"] for f in store.failures()} == {"leeg.pdf", "kapot.pdf"}

    bad = tmp_path / "slecht"
    bad.mkdir()
    (bad / "leeg.pdf").write_bytes(b"")
    (bad / "geen.pdf").write_text("dit is tekst", encoding="utf-8")
    result = _batch(runner, str(bad), "--db", str(tmp_path / "c.db"), "-o", str(tmp_path / "uit-c"))
    assert result.exit_code == 2
    assert "Er was niets bruikbaars" in result.output

    result = _batch(runner, str(tmp_path / "bestaat-niet"), "--db", str(tmp_path / "c.db"))
    assert result.exit_code == 2
    assert "map of ZIP-bestand niet gevonden" in result.output


def test_rerun_skips_unchanged_and_redoes_changed(tmp_path, meeting_dir):
    runner = CliRunner()
    folder = _two_pdfs(meeting_dir, tmp_path / "stukken")
    args = ["--db", str(tmp_path / "r.db"), "-o", str(tmp_path / "uit"), "--workers", "1"]
    assert _batch(runner, str(folder), *args).exit_code == 0
    result = _batch(runner, str(folder), *args)
    assert "Ongewijzigd       2 (overgeslagen)" in result.output
    assert "Verwerkt          0 document(en)" in result.output
    changed = sorted(folder.glob("*.pdf"))[0]
    replacement = sorted(
        p for p in meeting_dir.glob("*.pdf") if p.name not in {x.name for x in folder.glob("*")}
    )[0]
    shutil.copy(replacement, changed)  # same name, new content
    result = _batch(runner, str(folder), *args)
    assert "Verwerkt          1 document(en)" in result.output
    assert "Ongewijzigd       1 (overgeslagen)" in result.output
    with Store(tmp_path / "r.db") as store:
        assert store.db["documents"].count == 2  # the old version was replaced, not kept


# --- resume after kill -9 (a real subprocess) --------------------------------------------------


def _documents(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(db, timeout=1) as conn:
            return conn.execute("select count(*) from documents").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def _alive_in_group(pgid: int) -> list[int]:
    """Processes of a process group that are not zombies (an init may not reap them)."""
    alive = []
    for stat_file in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat_file.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid and fields[0] != "Z":
            alive.append(int(stat_file.parent.name))
    return alive


@pytest.mark.slow
def test_kill_9_loses_nothing_finished_and_rerun_completes(tmp_path, meeting_dir):
    db, out = tmp_path / "r.db", tmp_path / "uit"
    command = [sys.executable, "-m", "raadsassistent", "batch", str(meeting_dir), "--db", str(db),
               "-o", str(out), "--workers", "1"]  # fmt: skip
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    process = subprocess.Popen(command, cwd=tmp_path, env=env, start_new_session=True,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while _documents(db) < 1 and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        os.kill(process.pid, signal.SIGKILL)
        process.wait(10)
        time.sleep(0.5)
        assert _alive_in_group(process.pid) == [], "the worker should die with its parent"
    finally:
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    with sqlite3.connect(db) as conn:
        assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
        stored = conn.execute("select sha256 from documents").fetchall()
        assert 1 <= len(stored) < 8, "the run should have been killed half-way"
        for (sha,) in stored:
            assert (
                conn.execute(
                    "select count(*) from passages where document_sha256 = ?", [sha]
                ).fetchone()[0]
                > 0
            )
            assert (
                conn.execute(
                    "select count(*) from briefings where document_sha256 = ?", [sha]
                ).fetchone()[0]
                == 1
            )
        for table in ("pages", "passages", "sections", "briefings"):
            orphans = conn.execute(
                f"select count(*) from {table} where document_sha256 not in (select sha256 from documents)"
            ).fetchone()[0]
            assert orphans == 0, table

    rerun = subprocess.run(
        command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120
    )
    assert rerun.returncode == 0, rerun.stderr + rerun.stdout
    assert f"Ongewijzigd       {len(stored)} (overgeslagen)" in rerun.stdout
    assert f"Verwerkt          {8 - len(stored)} document(en)" in rerun.stdout
    assert _documents(db) == 8
    assert "ongewijzigd" in rerun.stderr  # plain log lines when not a terminal
    meeting = json.loads((out / "meeting.json").read_text(encoding="utf-8"))
    assert meeting["totals"]["documents"] == 8


# --- the pool survives a worker that dies ------------------------------------------------------


def _dying_worker(path: str, **options):
    if "Motie" in path:
        os._exit(3)  # a crash in C code looks like this to the parent
    return process_document(path, **options)


@pytest.mark.slow
def test_a_crashing_document_does_not_stop_the_batch(tmp_path, meeting_dir):
    with Store(tmp_path / "r.db") as store:
        events = list(
            run_batch(meeting_dir, store, tmp_path / "uit", workers=2, worker=_dying_worker)
        )
    summary = events[-1].summary
    failed = {o.file_name: o.code for o in summary.failed}
    assert (
        failed
        and all("Motie" in name for name in failed)
        and set(failed.values()) == {"vastgelopen"}
    )
    assert len(summary.processed) == 8 - len(failed)
    assert summary.exit_code == 1


# --- the source PDFs beside the briefings, and the links to them -------------------------------


def _outputs(out: Path) -> dict[str, object]:
    """Every file under ``out`` (outside the unpacked ZIP): a placed PDF with its inode, a
    briefing with its text (the meeting page says what was skipped: only its name)."""
    found: dict[str, object] = {}
    for path in sorted(out.rglob("*")):
        if path.is_file() and "_stukken" not in path.parts:
            name = str(path.relative_to(out))
            found[name] = (
                path.stat().st_ino
                if path.parent.name == "stukken"
                else path.read_bytes()
                if path.parent.name == "briefings"
                else None
            )
    return found


def _check_links(out: Path, stems: set[str], pdfs: dict[str, Path] | None = None) -> None:
    """Every briefing and the index link only to existing files in ``out``; each briefing's
    page links go to its own PDF (placed in ``stukken/``, or where ``pdfs`` says), at pages
    it has."""
    pdfs = pdfs or {stem: out / "stukken" / f"{stem}.pdf" for stem in stems}
    placed = {p.stem for p in (out / "stukken").iterdir()} if (out / "stukken").is_dir() else set()
    assert placed == {stem for stem, pdf in pdfs.items() if pdf.parent == out / "stukken"}
    assert {p.stem for p in (out / "briefings").glob("*.html")} == stems
    for page in [out / "index.html", *(out / "briefings").glob("*.html")]:
        for target, _ in resolved_links(page):
            assert target.is_relative_to(out.resolve()), target
    for stem in stems:
        links = resolved_links(out / "briefings" / f"{stem}.html")
        pages = [page for _, page in links if page is not None]
        pdf = pdfs[stem].resolve()
        assert {target for target, _ in links} == {pdf}
        assert pages and set(range(1, pdf_page_count(pdf) + 1)) <= set(pages)


def test_batch_places_the_pdfs_and_every_link_resolves(tmp_path, meeting_dir):
    folder = _two_pdfs(meeting_dir, tmp_path / "in")
    first, second = sorted(folder.glob("*.pdf"))
    hostile = folder / 'a "b" #1 %20 <x> & c.pdf'
    shutil.copy(second, hostile)
    second.unlink()
    (folder / "sub").mkdir()
    shutil.copy(first, folder / "sub" / first.name)  # same bytes, same name: one document
    runner, out = CliRunner(), tmp_path / "uit"
    args = [str(folder), "--db", str(tmp_path / "r.db"), "-o", str(out), "--workers", "1"]
    result = _batch(runner, *args)
    assert result.exit_code == 0, result.output
    stems = {first.stem, "a _b_ _1 _20 _x_ _ c"}
    _check_links(out, stems)
    for stem, source in ((first.stem, first), ("a _b_ _1 _20 _x_ _ c", hostile)):
        placed = out / "stukken" / f"{stem}.pdf"
        assert os.path.samefile(placed, source)  # a hard link on one file system
    html = (out / "briefings" / "a _b_ _1 _20 _x_ _ c.html").read_text(encoding="utf-8")
    assert 'href="../stukken/a%20_b_%20_1%20_20%20_x_%20_%20c.pdf#page=1"' in html

    # a re-run changes nothing; a removed document takes its PDF and briefing with it
    before = _outputs(out)
    assert "Ongewijzigd       3" in _batch(runner, *args).output
    assert _outputs(out) == before
    hostile.unlink()
    assert _batch(runner, *args).exit_code == 0
    after = _outputs(out)
    assert {k for k in before if k not in after} == {
        f"briefings/a _b_ _1 _20 _x_ _ c.{suffix}" for suffix in ("html", "md", "json")
    } | {"stukken/a _b_ _1 _20 _x_ _ c.pdf"}
    _check_links(out, {first.stem})
    assert first.exists() and (folder / "sub" / first.name).exists()  # sources untouched


def test_batch_copies_where_it_cannot_link_and_replaces_a_changed_pdf(
    tmp_path, meeting_dir, monkeypatch
):
    import raadsassistent.batch as batch_module

    def no_links(*args, **kwargs):
        raise OSError(18, "Invalid cross-device link")

    monkeypatch.setattr(batch_module.os, "link", no_links)
    folder = _two_pdfs(meeting_dir, tmp_path / "in")
    out = tmp_path / "uit"
    with Store(tmp_path / "r.db") as store:
        for _ in run_batch(folder, store, out, workers=1):
            pass
        pdfs = sorted(folder.glob("*.pdf"))
        for pdf in pdfs:
            placed = out / "stukken" / pdf.name
            assert placed.read_bytes() == pdf.read_bytes()
            assert not os.path.samefile(placed, pdf)
        # same name, other content: the placed copy follows the source
        replacement = sorted(
            p for p in meeting_dir.glob("*.pdf") if p.name not in {x.name for x in pdfs}
        )[0]
        shutil.copy(replacement, pdfs[0])
        for _ in run_batch(folder, store, out, workers=1):
            pass
    assert (out / "stukken" / pdfs[0].name).read_bytes() == replacement.read_bytes()
    assert not list((out / "stukken").glob(".*"))  # no temporary files left
    _check_links(out, {p.stem for p in pdfs})


def test_batch_into_its_own_input_folder_and_from_a_zip(tmp_path, meeting_dir):
    runner = CliRunner()
    folder = _two_pdfs(meeting_dir, tmp_path / "in")
    args = ["--db", str(tmp_path / "r.db"), "-o", str(folder / "uit"), "--workers", "1"]
    assert _batch(runner, str(folder), *args).exit_code == 0
    result = _batch(runner, str(folder), *args)  # the placed PDFs are no input
    assert "Ongewijzigd       2 (overgeslagen)" in result.output, result.output
    _check_links(folder / "uit", {p.stem for p in folder.glob("*.pdf")})

    # output around the input: the links use the PDFs where they are, nothing is copied
    args = ["--db", str(tmp_path / "r.db"), "-o", str(folder), "--workers", "1"]
    assert _batch(runner, str(folder), *args).exit_code == 0
    _check_links(
        folder, {p.stem for p in folder.glob("*.pdf")}, {p.stem: p for p in folder.glob("*.pdf")}
    )

    # the input is a folder named stukken inside -o: it stays the user's, even when a
    # document in it fails (no placed copy there to clean up)
    around = tmp_path / "rond"
    shutil.copytree(folder, around / "stukken", ignore=shutil.ignore_patterns("uit"))
    args = ["--db", str(tmp_path / "r.db"), "-o", str(around), "--workers", "1"]
    assert _batch(runner, str(around / "stukken"), *args).exit_code == 0
    broken = sorted((around / "stukken").glob("*.pdf"))[0]
    broken.write_bytes(b"%PDF-1.4 kapot")
    assert _batch(runner, str(around / "stukken"), *args).exit_code == 1
    assert broken.read_bytes() == b"%PDF-1.4 kapot" and len(list(around.glob("stukken/*.pdf"))) == 2

    package = tmp_path / "stukken.zip"
    with zipfile.ZipFile(package, "w") as archive:
        for pdf in sorted(folder.glob("*.pdf")):
            archive.write(pdf, f"map/{pdf.name}")
    out = tmp_path / "zip-uit"
    result = _batch(runner, str(package), "--db", str(tmp_path / "z.db"), "-o", str(out))
    assert result.exit_code == 0, result.output
    unpacked = {p.stem: p for p in (out / "_stukken" / "map").glob("*.pdf")}
    assert len(unpacked) == 2
    _check_links(out, set(unpacked), unpacked)  # linked where the ZIP was unpacked


def _logging_worker(path: str, *, sha256: str = "", **options):
    """A stand-in worker (no model): notes when each file starts; small files take longer."""
    from raadsassistent.pipeline import failed

    file = Path(path)
    with open(file.parent.parent / "started.log", "a", encoding="utf-8") as log:
        log.write(file.name + "\n")
    time.sleep(0.4 if file.stat().st_size < 1000 else 0.0)
    return failed(path, "gelezen", f"{file.name}: gelezen", sha256=sha256)


def test_largest_files_start_first_and_outcomes_keep_the_input_order(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    sizes = {"a.pdf": 100, "b.pdf": 5000, "c.pdf": 200, "d.pdf": 9000, "e.pdf": 300}
    for name, size in sizes.items():
        (folder / name).write_bytes(b"%PDF-1.4\n" + name.encode() * (size // 5))
    with Store(tmp_path / "r.db") as store:
        events = list(run_batch(folder, store, tmp_path / "uit", workers=2,
                                worker=_logging_worker))  # fmt: skip
    started = (tmp_path / "started.log").read_text(encoding="utf-8").split()
    assert sorted(started[:2]) == ["b.pdf", "d.pdf"]  # two workers start at once
    summary = events[-1].summary
    assert [Path(o.path).name for o in summary.outcomes] == sorted(sizes)
    assert [d["file_name"] for d in summary.meeting["documents"]] == sorted(sizes)
