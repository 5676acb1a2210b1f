"""Hostile use of the batch's output folder (issue 14): a reused or shared ``-o``, ``-o`` equal
to the input, identical copies of a failing PDF, late failures, unwritable output, a full disk.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import threading
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from raadsassistent import archive, batch, meeting
from raadsassistent.cli import main
from raadsassistent.errors import RaadsassistentError
from raadsassistent.store import Store

from helpers import REPO
from pdfs import generate_meeting


@pytest.fixture(scope="module")
def small_meeting(tmp_path_factory) -> Path:
    """An agenda and three documents."""
    folder = tmp_path_factory.mktemp("klein")
    generate_meeting(folder, n_documents=3, pages_total=6, seed=3)
    (folder / "meeting.json").unlink()  # the generator's gold file, not an input here
    return folder


def _documents(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.pdf") if p.name != "agenda.pdf")


def _copy(files: list[Path], target: Path) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    for path in files:
        shutil.copy(path, target / path.name)
    return target


def _zip(files: list[Path], target: Path) -> Path:
    with zipfile.ZipFile(target, "w") as archive_file:
        for path in files:
            archive_file.write(path, path.name)
    return target


def _batch(tmp_path: Path, source: Path, out: Path, *extra: str):
    args = ["batch", str(source), "--db", str(tmp_path / "r.db"), "-o", str(out)]
    return CliRunner().invoke(main, [*args, "--workers", "1", *extra])


def _meeting(out: Path) -> dict:
    return json.loads((out / "meeting.json").read_text(encoding="utf-8"))


def _names(out: Path) -> set[str]:
    data = _meeting(out)
    return {d["file_name"] for d in data["documents"]} | {
        c for d in data["documents"] for c in d.get("copies", [])
    }


def _runs(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        return [s for (s,) in conn.execute("select status from batch_runs order by id")]


# --- results that are wrong: a reused -o shows exactly this input ------------------------------


def test_a_corrected_package_in_the_same_output_drops_withdrawn_stukken_and_old_agenda(
    tmp_path, small_meeting
):
    docs = _documents(small_meeting)
    first = _zip([small_meeting / "agenda.pdf", *docs[:2]], tmp_path / "pakket.zip")
    second = _zip(docs[:1], tmp_path / "pakket-gecorrigeerd.zip")
    out = tmp_path / "uit"
    assert _batch(tmp_path, first, out).exit_code == 0
    assert _meeting(out)["items"], "the first package has an agenda"
    withdrawn = {d["link"] for d in _meeting(out)["documents"]} - {None}
    (out / "briefings" / "notities.txt").write_text("van de griffier", encoding="utf-8")

    result = _batch(tmp_path, second, out)
    assert result.exit_code == 0, result.output
    assert _names(out) == {docs[0].name}
    assert _meeting(out)["items"] == [], "the agenda must come from this package only"
    assert "Agenda: <a" not in (out / "index.html").read_text(encoding="utf-8")
    kept = {d["link"] for d in _meeting(out)["documents"]}
    for link in withdrawn - kept:
        stem = Path(link).stem
        assert not list((out / "briefings").glob(f"{stem}.*")), f"stale briefing {stem}"
    assert (out / "briefings" / "notities.txt").read_text(encoding="utf-8") == "van de griffier"
    assert {p.name for p in (out / "_stukken").rglob("*.pdf")} == {docs[0].name}


def test_a_withdrawn_file_disappears_and_a_rerun_still_lists_skipped_documents(
    tmp_path, small_meeting
):
    folder = _copy(_documents(small_meeting), tmp_path / "stukken")
    out = tmp_path / "uit"
    assert _batch(tmp_path, folder, out).exit_code == 0
    before = _meeting(out)["documents"]
    result = _batch(tmp_path, folder, out)
    assert "Ongewijzigd       3 (overgeslagen)" in result.output
    again = _meeting(out)["documents"]
    assert [(d["file_name"], d["link"]) for d in again] == [
        (d["file_name"], d["link"]) for d in before
    ]
    assert all((out / d["link"]).exists() for d in again)

    withdrawn = sorted(folder.glob("*.pdf"))[0]
    stem = Path(next(d["link"] for d in again if d["file_name"] == withdrawn.name)).stem
    withdrawn.unlink()
    assert _batch(tmp_path, folder, out).exit_code == 0
    assert withdrawn.name not in _names(out)
    assert len(_meeting(out)["documents"]) == 2
    assert not list((out / "briefings").glob(f"{stem}.*"))


def test_a_foreign_meeting_record_never_deletes_anything_outside_the_briefings(tmp_path):
    out = tmp_path / "uit"
    (out / "briefings").mkdir(parents=True)
    precious = tmp_path / "geheim.html"
    precious.write_text("x", encoding="utf-8")
    (out / "meeting.json").write_text(
        json.dumps({"documents": [{"link": "briefings/../../geheim.html"}, {"link": 5}, "x"]}),
        encoding="utf-8",
    )
    assert meeting.earlier_outputs(out) == set()
    (out / "meeting.json").write_text("[" * 100000, encoding="utf-8")
    assert meeting.earlier_outputs(out) == set()
    assert precious.exists()


# --- -o equal to (or inside) the input folder --------------------------------------------------


def test_output_folder_equal_to_the_input_folder_works_and_reruns(tmp_path, small_meeting):
    folder = _copy([small_meeting / "agenda.pdf", *_documents(small_meeting)], tmp_path / "map")
    result = _batch(tmp_path, folder, folder)
    assert result.exit_code == 0, result.output
    assert "Verwerkt          4 document(en)" in result.output
    assert len(_meeting(folder)["documents"]) == 4 and _meeting(folder)["items"]
    result = _batch(tmp_path, folder, folder)
    assert result.exit_code == 0, result.output
    assert "Ongewijzigd       4 (overgeslagen)" in result.output
    assert len(_meeting(folder)["documents"]) == 4
    assert sorted(p.name for p in folder.glob("*.pdf")) == sorted(
        p.name for p in small_meeting.glob("*.pdf")
    )

    inside = folder / "uitvoer"
    result = _batch(tmp_path, folder, inside)
    assert result.exit_code == 0, result.output
    assert len(_meeting(inside)["documents"]) == 4

    around = tmp_path / "rond"  # the input folder inside the output folder
    shutil.copytree(folder, around / "stukken", ignore=shutil.ignore_patterns("uitvoer"))
    result = _batch(tmp_path, around / "stukken", around)
    assert result.exit_code == 0, result.output
    assert len(_meeting(around)["documents"]) == 4


@pytest.mark.parametrize("name", ["meeting.json", "index.html"])
def test_an_index_or_meeting_file_that_is_not_ours_is_never_overwritten(
    tmp_path, small_meeting, name
):
    folder = _copy(_documents(small_meeting)[:1], tmp_path / "map")
    own = folder / name
    own.write_text('{"vergadering": "van de griffier"}', encoding="utf-8")
    result = _batch(tmp_path, folder, folder)  # -o is the folder with the user's own file
    assert result.exit_code != 0 and isinstance(result.exception, SystemExit)
    assert f"{own}: dit bestand is niet door raadsassistent gemaakt" in result.output
    assert own.read_text(encoding="utf-8") == '{"vergadering": "van de griffier"}'
    with Store(tmp_path / "r.db") as store:
        assert store.document_count() == 0


# --- identical copies of a failing (or good) PDF ---------------------------------------------


def test_a_failing_pdf_with_an_identical_copy_ends_the_run_with_its_meeting_page(
    tmp_path, small_meeting
):
    docs = _documents(small_meeting)
    folder = _copy(docs[:1], tmp_path / "stukken")
    whole = docs[1].read_bytes()
    (folder / "kapot.pdf").write_bytes(whole[: len(whole) // 2])
    (folder / "kopie van kapot.pdf").write_bytes(whole[: len(whole) // 2])
    shutil.copy(docs[0], folder / "kopie van goed.pdf")
    out = tmp_path / "uit"
    result = _batch(tmp_path, folder, out)
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert (out / "index.html").exists()
    assert _runs(tmp_path / "r.db") == ["klaar met fouten"]
    data = _meeting(out)
    assert len(data["documents"]) == 2
    by_name = {d["file_name"]: d for d in data["documents"]}
    assert by_name["kapot.pdf"]["copies"] == ["kopie van kapot.pdf"]
    assert by_name[docs[0].name]["copies"] == ["kopie van goed.pdf"]
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "ook als: kopie van kapot.pdf" in index and "ook als: kopie van goed.pdf" in index
    with Store(tmp_path / "r.db") as store:
        failures = {f["file_name"]: f["message"] for f in store.failures()}
    assert set(failures) == {"kapot.pdf", "kopie van kapot.pdf"}
    assert "zelfde inhoud als kapot.pdf" in failures["kopie van kapot.pdf"]
    assert _batch(tmp_path, folder, out).exit_code == 1  # the re-run ends the same way


def test_a_late_failure_still_writes_the_index_and_ends_the_run(
    tmp_path, small_meeting, monkeypatch
):
    folder = _copy([small_meeting / "agenda.pdf", *_documents(small_meeting)[:1]], tmp_path / "s")
    out = tmp_path / "uit"

    def too_deep(*args, **kwargs):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(meeting, "load_meeting", too_deep)
    result = _batch(tmp_path, folder, out)
    assert result.exit_code == 0, result.output
    assert "De agenda kon niet worden gelezen" in _meeting(out)["notes"][-1]
    assert len(_meeting(out)["documents"]) == 2
    monkeypatch.undo()

    def locked(*args, **kwargs):
        raise sqlite3.OperationalError("database is locked")

    (out / "index.html").unlink()
    monkeypatch.setattr(Store, "save_meeting", locked)
    result = _batch(tmp_path, folder, out)
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit)
    assert "de vergadering kon niet in de database worden opgeslagen" in result.output
    assert (out / "index.html").exists()
    assert _runs(tmp_path / "r.db")[-1] == "afgebroken"


def test_an_interrupted_run_does_not_stay_busy(tmp_path, small_meeting):
    folder = _copy(_documents(small_meeting)[:1], tmp_path / "s")
    with Store(tmp_path / "r.db") as store:
        events = batch.run_batch(folder, store, tmp_path / "uit", workers=1)
        assert next(events).kind == "start"
        events.close()  # what Ctrl-C in the consumer does to the generator
    assert _runs(tmp_path / "r.db") == ["afgebroken"]


# --- two runs writing into one -o ------------------------------------------------------------


def test_concurrent_writers_of_one_file_never_share_a_temporary_file(tmp_path):
    target = tmp_path / "index.html"
    errors: list[BaseException] = []

    def write(n: int) -> None:
        try:
            for i in range(200):
                archive.write_text(target, f"schrijver {n} versie {i}\n" * 50)
        except BaseException as error:  # noqa: BLE001 (collected for the assertion)
            errors.append(error)

    threads = [threading.Thread(target=write, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    lines = set(target.read_text(encoding="utf-8").splitlines())
    assert len(lines) == 1, "a reader sees one whole version"
    assert [p.name for p in tmp_path.iterdir()] == ["index.html"], "no temporary file left"


# --- unwritable output ---------------------------------------------------------------------------


@pytest.mark.parametrize("where", ["onder-bestand", "is-bestand", "briefings-is-bestand"])
def test_unwritable_output_is_refused_before_the_run_naming_the_folder(
    tmp_path, small_meeting, where
):
    folder = _copy(_documents(small_meeting)[:1], tmp_path / "s")
    blocker = tmp_path / "bestand.txt"
    blocker.write_text("x", encoding="utf-8")
    out = {
        "onder-bestand": blocker / "uit",
        "is-bestand": blocker,
        "briefings-is-bestand": tmp_path / "uit",
    }[where]
    if where == "briefings-is-bestand":
        out.mkdir()
        (out / "briefings").write_text("x", encoding="utf-8")
    result = _batch(tmp_path, folder, out)
    assert result.exit_code != 0
    assert isinstance(result.exception, SystemExit), result.exception
    assert str(out) in result.output
    if where != "is-bestand":  # that one the command line's own check refuses first
        assert "in deze uitvoermap kan niet worden geschreven" in result.output
        assert "Kies met -o" in result.output
    with Store(tmp_path / "r.db") as store:
        with pytest.raises(RaadsassistentError, match="in deze uitvoermap kan niet worden"):
            next(batch.run_batch(folder, store, out, workers=1))
        assert store.document_count() == 0
        assert _runs(tmp_path / "r.db") == []


@pytest.mark.parametrize(
    ("code", "reason"),
    [(errno.EROFS, "de map is alleen-lezen"), (errno.EACCES, "geen schrijfrechten"),
     (errno.ENOSPC, "de schijf is vol")],
)  # fmt: skip
def test_a_read_only_or_full_output_folder_is_refused_before_the_run(
    tmp_path, small_meeting, monkeypatch, code, reason
):
    folder = _copy(_documents(small_meeting)[:1], tmp_path / "s")
    out = tmp_path / "uit"

    def refused(path, *args, **kwargs):  # root ignores chmod: the probe is refused instead
        if str(path).endswith(".probe"):
            raise OSError(code, os.strerror(code), str(path))
        return open(path, *args, **kwargs)

    monkeypatch.setattr(batch, "open", refused, raising=False)
    result = _batch(tmp_path, folder, out)
    assert result.exit_code != 0 and isinstance(result.exception, SystemExit)
    assert f"{out}: in deze uitvoermap kan niet worden geschreven ({reason})" in result.output
    assert not list(out.iterdir()), "nothing written, no probe left"
    with Store(tmp_path / "r.db") as store:
        assert store.document_count() == 0


def _disk_full_after(calls: int, real):
    count = {"n": 0}

    def writer(path, text):
        count["n"] += 1
        if count["n"] > calls:
            raise OSError(errno.ENOSPC, "No space left on device", str(path))
        return real(path, text)

    return writer


def test_a_full_disk_stops_the_run_cleanly_and_the_rerun_redoes_what_was_not_written(
    tmp_path, small_meeting, monkeypatch
):
    folder = _copy(_documents(small_meeting), tmp_path / "s")
    out = tmp_path / "uit"
    monkeypatch.setattr(batch, "write_text", _disk_full_after(4, archive.write_text))
    result = _batch(tmp_path, folder, out)
    assert result.exit_code != 0
    assert isinstance(result.exception, SystemExit), result.exception
    assert "de schijf is vol" in result.output and str(out / "briefings") in result.output
    assert _runs(tmp_path / "r.db") == ["afgebroken"]
    with Store(tmp_path / "r.db") as store:
        assert store.document_count() == 1, "only the document whose files were written counts"
    monkeypatch.undo()

    result = _batch(tmp_path, folder, out)
    assert result.exit_code == 0, result.output
    assert "Verwerkt          2 document(en)" in result.output
    assert all((out / d["link"]).exists() for d in _meeting(out)["documents"])
    assert not list(out.rglob("*.tmp"))


def test_a_full_disk_while_rewriting_skipped_briefings_is_a_dutch_message(
    tmp_path, small_meeting, monkeypatch
):
    folder = _copy(_documents(small_meeting)[:2], tmp_path / "s")
    out = tmp_path / "uit"
    assert _batch(tmp_path, folder, out).exit_code == 0
    monkeypatch.setattr(batch, "write_text", _disk_full_after(1, archive.write_text))
    result = _batch(tmp_path, folder, out)
    assert result.exit_code != 0 and isinstance(result.exception, SystemExit)
    assert "de schijf is vol" in result.output and str(out / "briefings") in result.output
    assert _runs(tmp_path / "r.db") == ["klaar", "afgebroken"]
    assert len(_meeting(out)["documents"]) == 2, "the earlier meeting page is left whole"


def test_a_full_disk_for_the_meeting_page_is_a_dutch_message(tmp_path, small_meeting, monkeypatch):
    folder = _copy(_documents(small_meeting)[:1], tmp_path / "s")
    out = tmp_path / "uit"
    monkeypatch.setattr(meeting, "write_text", _disk_full_after(0, archive.write_text))
    result = _batch(tmp_path, folder, out)
    assert result.exit_code != 0
    assert isinstance(result.exception, SystemExit), result.exception
    assert "de schijf is vol" in result.output and str(out) in result.output
    assert _runs(tmp_path / "r.db") == ["afgebroken"]


@pytest.mark.slow
def test_two_batches_into_one_output_folder_at_once_both_finish(tmp_path, small_meeting):
    folder = _copy([small_meeting / "agenda.pdf", *_documents(small_meeting)], tmp_path / "s")
    out = tmp_path / "uit"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    for attempt in range(2):
        runs = [
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "raadsassistent",
                    "batch",
                    str(folder),
                    "--db",
                    str(tmp_path / f"{attempt}-{n}.db"),
                    "-o",
                    str(out),
                    "--workers",
                    "1",
                ],
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )  # fmt: skip
            for n in range(2)
        ]
        for run in runs:
            stdout, stderr = run.communicate(timeout=180)
            assert run.returncode == 0, stderr + stdout
        assert len(_meeting(out)["documents"]) == 4
        assert all((out / d["link"]).exists() for d in _meeting(out)["documents"])
        assert not list(out.rglob("*.tmp")) and not list(out.rglob("*.probe"))
