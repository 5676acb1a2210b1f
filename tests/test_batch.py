"""The griffie's batch: ZIP safety, exit codes, resume after kill -9, output file names."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from raadsassistent import batch
from raadsassistent.batch import run_batch, safe_name
from raadsassistent.cli import main
from raadsassistent.errors import InputError
from raadsassistent.store import Store

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples"


@pytest.fixture(scope="module")
def meeting_dir(tmp_path_factory, gen) -> Path:
    """A small generated meeting: an agenda and seven documents (eight PDFs)."""
    folder = tmp_path_factory.mktemp("vergadering")
    gen.generate_meeting(folder, n_documents=7, pages_total=40, seed=5)
    return folder


def _two_pdfs(meeting_dir: Path, target: Path) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    for pdf in sorted(meeting_dir.glob("*.pdf"))[:2]:
        shutil.copy(pdf, target / pdf.name)
    return target


def _batch(runner: CliRunner, *args: str):
    return runner.invoke(main, ["batch", *args], catch_exceptions=False)


# --- ZIP safety -------------------------------------------------------------------------------


def _zip(path: Path, entries: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return path


def test_zip_with_absolute_path_is_refused(tmp_path):
    archive = _zip(
        tmp_path / "stukken.zip", {"goed.pdf": b"%PDF-1.4", "/etc/cron.d/x.pdf": b"%PDF"}
    )
    result = _batch(
        CliRunner(), str(archive), "--db", str(tmp_path / "r.db"), "-o", str(tmp_path / "uit")
    )
    assert result.exit_code == 2
    assert result.output.strip() == (
        "Fout: stukken.zip: het ZIP-bestand bevat een absoluut pad (/etc/cron.d/x.pdf); uit "
        "veiligheid is niets uitgepakt. Vraag de afzender om een nieuw ZIP-bestand."
    )
    assert not (tmp_path / "uit" / "_stukken" / "goed.pdf").exists()


def test_zip_with_dotdot_is_refused(tmp_path):
    archive = _zip(tmp_path / "stukken.zip", {"map/../../buiten.pdf": b"%PDF-1.4"})
    with Store(tmp_path / "r.db") as store, pytest.raises(InputError) as caught:
        list(run_batch(archive, store, tmp_path / "uit"))
    assert str(caught.value) == (
        "stukken.zip: het ZIP-bestand bevat een pad met '..' dat buiten de map wijst "
        "(map/../../buiten.pdf); uit veiligheid is niets uitgepakt. Vraag de afzender om een "
        "nieuw ZIP-bestand."
    )
    assert not (tmp_path / "buiten.pdf").exists()


def test_zip_with_symlink_is_refused(tmp_path):
    archive = tmp_path / "stukken.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        info = zipfile.ZipInfo("link.pdf")
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        zf.writestr(info, "/etc/passwd")
    with Store(tmp_path / "r.db") as store, pytest.raises(InputError, match="snelkoppeling"):
        list(run_batch(archive, store, tmp_path / "uit"))


def test_zip_bomb_by_declared_size_is_refused_before_extracting(tmp_path):
    archive = _zip(tmp_path / "bom.zip", {"groot.pdf": b"%PDF-1.4 " + b"0" * 1000})
    data = bytearray(archive.read_bytes())
    central = data.index(b"PK\x01\x02")
    data[central + 24 : central + 28] = (0xF0000000).to_bytes(4, "little")  # claims 3.75 GiB
    archive.write_bytes(bytes(data))
    result = _batch(
        CliRunner(), str(archive), "--db", str(tmp_path / "r.db"), "-o", str(tmp_path / "uit")
    )
    assert result.exit_code == 2
    assert result.output.strip() == (
        "Fout: bom.zip: het ZIP-bestand wordt uitgepakt 3,8 GB, meer dan de grens van 2,0 GB; uit "
        "veiligheid is niets uitgepakt. Dit lijkt een zipbom; vraag de afzender om de stukken apart."
    )
    assert not (tmp_path / "uit" / "_stukken").exists()


def test_zip_bomb_by_file_count_is_refused(tmp_path):
    archive = tmp_path / "veel.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for n in range(batch.MAX_ZIP_FILES + 1):
            zf.writestr(f"d/{n}.json", b"")
    result = _batch(
        CliRunner(), str(archive), "--db", str(tmp_path / "r.db"), "-o", str(tmp_path / "uit")
    )
    assert result.exit_code == 2
    assert result.output.strip() == (
        "Fout: veel.zip: het ZIP-bestand bevat 5001 bestanden, meer dan de grens van 5000; uit "
        "veiligheid is niets uitgepakt. Dit lijkt een zipbom; vraag de afzender om de stukken apart."
    )


def test_zip_bomb_by_ratio_is_refused(tmp_path):
    archive = tmp_path / "nul.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("nullen.pdf", b"\0" * (60 * 1024**2))
    with Store(tmp_path / "r.db") as store, pytest.raises(InputError, match="keer samengeperst"):
        list(run_batch(archive, store, tmp_path / "uit"))


def test_zip_extracts_only_pdf_and_json_and_runs(tmp_path, meeting_dir):
    pdfs = sorted(meeting_dir.glob("*.pdf"))[:2]
    entries = {f"Stukken raad/{p.name}": p.read_bytes() for p in pdfs}
    entries["Stukken raad/lees mij.txt"] = b"tekst"
    entries["__MACOSX/._x.pdf"] = b"rommel"
    archive = _zip(tmp_path / "stukken.zip", entries)
    out = tmp_path / "uit"
    result = _batch(
        CliRunner(), str(archive), "--db", str(tmp_path / "r.db"), "-o", str(out), "--workers", "1"
    )
    assert result.exit_code == 0, result.output
    extracted = sorted(p.name for p in (out / "_stukken").rglob("*") if p.is_file())
    assert extracted == sorted(p.name for p in pdfs)
    assert (out / "index.html").exists()


# --- names and exit codes ---------------------------------------------------------------------


def test_safe_names_never_leave_the_folder():
    assert safe_name("../../etc/passwd") == "etc_passwd"
    assert (
        safe_name("Zienswijze Veiligheidsregio – begroting 2027")
        == "Zienswijze Veiligheidsregio begroting 2027"
    )
    assert safe_name("....") == "document"
    assert "/" not in safe_name("a/b\\c:d")


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
    (mixed / "kapot.pdf").write_bytes(next(meeting_dir.glob("*.pdf")).read_bytes()[:2000])
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


def _dying_worker(path: str, sha: str, ocr: bool, timeout: float):
    if "Motie" in path:
        os._exit(3)  # a crash in C code looks like this to the parent
    return batch.process_file(path, sha, ocr, timeout)


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
