"""Hostile and faulty databases: concurrent runs, files of other programs, damaged files,
mistyped paths for read-only commands, and runs whose process died (issue 14)."""

from __future__ import annotations

import ast
import os
import re
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_store import make_doc

from raadsassistent.cli import main
from raadsassistent.errors import StoreError
from raadsassistent.store import APPLICATION_ID, MIGRATIONS, Store

TESTS = Path(__file__).parent
PACKAGE = TESTS.parent / "raadsassistent"
DOCS_PER_WRITER = 10

# One process: a writer stores documents (read-then-write transactions) inside a run; a
# creator only opens (creates and migrates) the database. All wait for the go file.
CHILD = """
import sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from test_store import make_doc
from raadsassistent.store import Store
role, db, go, n = sys.argv[2], sys.argv[3], Path(sys.argv[4]), int(sys.argv[5])
Path(f"{go}.{role}{n}").touch()
while not go.exists():
    time.sleep(0.002)
with Store(db) as store:
    if role == "writer":
        run = store.start_run(f"schrijver {n}")
        for i in range(int(sys.argv[6])):
            path = f"/tmp/schrijver{n}/stuk{i}.pdf"
            store.record_failure(path, "test", "nog niet gelukt")
            store.save_document(make_doc(sha=f"{n:x}{i:063x}", path=path))
        store.finish_run(run, int(sys.argv[6]), 0, 0, "klaar")
"""


def _race(db: Path, go: Path) -> list[subprocess.CompletedProcess[str]]:
    roles = [("writer", 1), ("writer", 2), ("creator", 3), ("creator", 4)]
    children = [
        subprocess.Popen(
            [sys.executable, "-c", CHILD, str(TESTS), role, str(db), str(go), str(n)]
            + [str(DOCS_PER_WRITER)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for role, n in roles
    ]
    ready = [Path(f"{go}.{role}{n}") for role, n in roles]
    while not all(p.exists() for p in ready) and all(c.poll() is None for c in children):
        time.sleep(0.01)
    go.touch()
    results = []
    for child in children:
        out, err = child.communicate(timeout=120)
        results.append(subprocess.CompletedProcess(child.args, child.returncode, out, err))
    return results


@pytest.mark.parametrize(
    "round_", [0, *(pytest.param(n, marks=pytest.mark.slow) for n in range(1, 5))]
)
def test_two_writers_and_two_creators_at_once(tmp_path, round_):
    """Before: every round failed ("database is locked", or "_sqlite_migrations already
    exists" when two creators both saw an empty file)."""
    db = tmp_path / "nieuw" / "samen.db"  # nothing exists yet: all four create it at once
    for result in _race(db, tmp_path / f"go{round_}"):
        assert result.returncode == 0, result.stderr
    with Store(db) as store:
        assert [m.name for m in MIGRATIONS.applied(store.db)] == [
            m.name for m in MIGRATIONS._migrations
        ]
        assert store.db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        counts = store.counts()
        assert counts["documents"] == 2 * DOCS_PER_WRITER
        assert counts["passages"] == 4 * DOCS_PER_WRITER
        assert counts["failed_files"] == 0
        assert [r["status"] for r in store.runs()] == ["klaar", "klaar"]
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


# --- files that are not ours ----------------------------------------------------------------

FOREIGN = {
    "tabellen van een ander programma": "create table contacts (id integer primary key, naam);"
    "insert into contacts (naam) values ('Jansen');",
    "ander application_id": "pragma application_id = 1234; create table t (x);",
    "alleen user_version": "pragma user_version = 7;",
    "andere sqlite-utils-migraties": "create table _sqlite_migrations (id integer primary key, "
    "migration_set, name, applied_at); insert into _sqlite_migrations values "
    "(1, 'fotoalbum', '001_initial', '2026');",
    "andere _migrations-tabel": "create table _migrations (versie integer); "
    "insert into _migrations values (3);",
    "alleen een view": "create view v as select 1;",
    "ander programma in WAL-modus": "pragma journal_mode = wal; create table t (x);",
}
NOT_SQLITE = {
    "tekst": b"dit is geen database\n" * 50,
    "pdf": b"%PDF-1.7\n" + b"x" * 2000,
    "bijna sqlite": b"SQLite format 3\x00" + os.urandom(4080),
}


def _foreign(tmp_path: Path, script: str) -> Path:
    path = tmp_path / "ander.sqlite"
    with sqlite3.connect(path) as con:
        con.executescript(script)
    con.close()
    return path


def _refused_untouched(path: Path, match: str, *, reading: bool = True) -> None:
    """Store and the CLI refuse ``path`` for writing (and, with ``reading``, for reading) and
    leave it byte-identical, with nothing beside it."""
    before = path.read_bytes()
    for create in (True, False) if reading else (True,):
        with pytest.raises(StoreError, match=match) as caught:
            Store(path, create=create)
        assert "verwijder" not in str(caught.value)
    commands = [["ingest", str(path.parent / "geen.pdf")], ["search", "woningbouw"]]
    for command in commands if reading else commands[:1]:
        result = CliRunner().invoke(main, [*command, "--db", str(path)])
        assert result.exit_code == 1 and result.output.startswith("Fout: De database"), (
            result.output
        )
        assert match in result.output and "--db" in result.output
        assert result.exception is None or isinstance(result.exception, SystemExit)
    assert path.read_bytes() == before
    assert [p.name for p in path.parent.iterdir()] == [path.name]


@pytest.mark.parametrize("kind", FOREIGN)
def test_sqlite_file_of_another_program_is_refused_untouched(tmp_path, kind):
    """Before: our tables were written into it, and the advice was to delete it."""
    _refused_untouched(_foreign(tmp_path, FOREIGN[kind]), "hoort bij een ander programma")


@pytest.mark.parametrize("kind", NOT_SQLITE)
def test_file_that_is_not_sqlite_is_refused_untouched(tmp_path, kind):
    path = tmp_path / "raad.db"
    path.write_bytes(NOT_SQLITE[kind])
    match = "beschadigd" if kind == "bijna sqlite" else "geen SQLite-database"
    _refused_untouched(path, match)


@pytest.mark.parametrize("kind", ["map", "fifo"])
def test_folder_or_fifo_as_db_is_refused(tmp_path, kind):
    path = tmp_path / "raad.db"
    path.mkdir() if kind == "map" else os.mkfifo(path)
    for create in (True, False):
        with pytest.raises(StoreError, match="een map of een ander soort bestand"):
            Store(path, create=create)
    assert [p.name for p in tmp_path.iterdir()] == ["raad.db"]


def test_empty_file_and_older_databases_are_ours(tmp_path):
    empty = tmp_path / "leeg.db"
    empty.touch()
    Store(empty).close()
    older = tmp_path / "ouder.db"  # made by a version before the application id
    Store(older).close()
    with sqlite3.connect(older) as con:
        con.execute("pragma application_id = 0")
    con.close()
    for path in (empty, older):
        with Store(path) as store:
            assert store.db.execute("pragma application_id").fetchone()[0] == APPLICATION_ID


# --- damaged databases ----------------------------------------------------------------------


def _damaged(tmp_path: Path) -> Path:
    """Our database with many pages, one internal page overwritten with garbage."""
    path = tmp_path / "raad.db"
    with Store(path) as store:
        for i in range(40):
            store.save_document(make_doc(sha=f"{i:064x}", path=f"/tmp/{i}.pdf", text="x" * 3000))
    data = bytearray(path.read_bytes())
    pages = len(data) // 4096
    page = pages // 2
    data[page * 4096 + 8 : page * 4096 + 4000] = b"\xa5" * 3992
    path.write_bytes(bytes(data))
    return path


def test_damaged_database_is_refused_before_any_write(tmp_path):
    """Before: a run wrote into it and then stopped with a traceback."""
    _refused_untouched(_damaged(tmp_path), "beschadigd", reading=False)


def test_damaged_page_met_while_reading_gives_dutch_message(tmp_path):
    path = _damaged(tmp_path)
    with Store(path, create=False) as store:  # reading opens without a full check
        with pytest.raises(StoreError, match="beschadigd") as caught:
            for row in store.documents():
                store.structured_document(row["sha256"])
    assert ".recover" in str(caught.value) and "verwijder" not in str(caught.value)


# --- read-only commands create nothing ------------------------------------------------------


def test_search_with_mistyped_db_creates_no_folder_or_file(tmp_path):
    """Before: the folder and an empty database were created."""
    for db in (tmp_path / "typfout" / "raad.db", tmp_path / "raaad.db"):
        result = CliRunner().invoke(main, ["search", "woningbouw", "--db", str(db)])
        assert result.exit_code == 1
        assert "bestaat niet" in result.output and str(db.absolute()) in result.output
    assert list(tmp_path.iterdir()) == []


def test_reading_never_writes(tmp_path):
    path = tmp_path / "raad.db"
    with Store(path) as store:
        store.save_document(make_doc())
        store.db.execute(
            "insert into batch_runs (source, status) values ('oud', 'bezig')"
        )  # no pid: a run of an older version
        store.db.conn.commit()
    before = path.read_bytes()
    with Store(path, create=False) as store:
        assert store.search("woningbouw")
        assert [r["status"] for r in store.runs()] == ["afgebroken"]
        with pytest.raises(StoreError):
            store.record_failure("/tmp/x.pdf", "test", "mag niet")
    result = CliRunner().invoke(main, ["search", "woningbouw", "--db", str(path)])
    assert result.exit_code == 0, result.output
    assert path.read_bytes() == before


def test_busy_database_says_so(tmp_path, monkeypatch):
    path = tmp_path / "raad.db"
    Store(path).close()
    other = sqlite3.connect(path)
    other.execute("begin immediate")
    monkeypatch.setattr("raadsassistent.store.BUSY_TIMEOUT_S", 0)
    with Store(path) as store, pytest.raises(StoreError, match="bezet door een ander proces"):
        store.save_document(make_doc())
    other.rollback()
    other.close()


def test_no_message_advises_deleting_a_file():
    advice = re.compile(r"verwijder\w*\s+(het|de|dit|deze|uw)\b[^.]*(bestand|database|\.db)")
    for module in PACKAGE.glob("*.py"):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                assert not advice.search(node.value.lower()), (module.name, node.value)


# --- runs whose process is gone -------------------------------------------------------------

KILLED_RUN = """
import os, signal, sys
from raadsassistent.store import Store
Store(sys.argv[1]).start_run("gestopt")
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_run_whose_process_died_is_marked_aborted(tmp_path):
    """Before: a run killed with kill -9 stayed "bezig" forever."""
    path = tmp_path / "raad.db"
    killed = subprocess.run([sys.executable, "-c", KILLED_RUN, str(path)], check=False)
    assert killed.returncode == -9
    with Store(path) as store:
        elsewhere = store.start_run("andere computer")
        store.db.table("batch_runs").update(elsewhere, {"host": socket.gethostname() + "-x"})
        assert [r["status"] for r in store.runs()] == ["bezig", "afgebroken"]
        mine = store.start_run("deze")  # marks and records in one transaction
        assert [r["status"] for r in store.runs()] == ["bezig", "bezig", "afgebroken"]
        store.finish_run(mine, 1, 0, 0, "klaar")
    with sqlite3.connect(path) as con:
        rows = con.execute("select source, status, pid from batch_runs order by id").fetchall()
    con.close()
    assert rows[0][:2] == ("gestopt", "afgebroken") and rows[0][2] > 0
    assert rows[1][1] == "bezig" and rows[2][:2] == ("deze", "klaar")
