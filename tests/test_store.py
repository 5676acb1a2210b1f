"""The SQLite store: migrations, one transaction per document, replacement, safe search."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from raadsassistent.errors import InputError, StoreError
from raadsassistent.store import MIGRATIONS, Store, default_db_path, fts_query, migrate
from raadsassistent.types import (
    READER_VERSION,
    Motion,
    Passage,
    Section,
    StructuredDocument,
    Submitter,
)


def make_doc(
    sha: str = "a" * 64, path: str = "/tmp/raadsvoorstel.pdf", text: str = "woningbouw"
) -> StructuredDocument:
    passages = (
        Passage("s1.1", f"De raad stelt kaders voor {text} in Lindewaarde.", 1, 1, (0, 0, 10, 10)),
        Passage(
            "s1.2",
            "De aannemer start in maart met het grondwerk.",
            2,
            2,
            (0, 0, 10, 10),
            label="detail",
            framework_probability=0.1,
        ),
    )
    section = Section("s1", "1. Inleiding", "1", 1, 1, (0, 0, 10, 10), passages)
    return StructuredDocument(
        path=path,
        sha256=sha,
        title="Herinrichting",
        doc_type="raadsvoorstel",
        date="2026-03-12",
        municipality="Lindewaarde",
        page_count=2,
        sections=(section,),
        tables=(),
        page_status=("ok", "ok"),
    )


APPLIED = [
    "001_initial",
    "002_briefings",
    "003_meetings",
    "004_run_process",
    "005_council_facts",
    "006_register",
]
OLD_SCHEMA = Path(__file__).with_name("old_store_schema.sql")  # made by commit 9178f25


def _schema(path: Path) -> dict[str, str]:
    """Every table, index and trigger with its SQL, leaving out the migration records."""
    with sqlite3.connect(path) as con:
        rows = con.execute("select name, sql from sqlite_master where sql is not null").fetchall()
    return {name: sql for name, sql in rows if "migrations" not in name}


def test_migrations_are_recorded_once(tmp_path):
    path = tmp_path / "s.db"
    Store(path).close()
    with Store(path) as store:
        assert [m.name for m in MIGRATIONS.applied(store.db)] == APPLIED
        assert MIGRATIONS.pending(store.db) == []
        assert migrate(store.db) == []


def test_database_of_the_old_migration_table_opens_as_migrated(tmp_path):
    old = tmp_path / "oud.db"
    with sqlite3.connect(old) as con:
        con.executescript(OLD_SCHEMA.read_text(encoding="utf-8"))
    with Store(old) as store:  # re-running 001 would fail: its tables exist
        assert [m.name for m in MIGRATIONS.applied(store.db)] == APPLIED
        assert "_migrations" not in store.db.table_names()
        store.save_document(make_doc())
        assert store.search("woningbouw")
    with Store(old) as store:
        assert migrate(store.db) == []
    fresh = tmp_path / "nieuw.db"
    Store(fresh).close()
    assert _schema(old) == _schema(fresh)


def test_default_path_follows_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("RAADSASSISTENT_DB", str(tmp_path / "x.db"))
    assert default_db_path() == tmp_path / "x.db"


def test_save_is_idempotent_and_replaces_changed_file(tmp_path):
    with Store(tmp_path / "s.db") as store:
        store.save_document(make_doc())
        store.save_document(make_doc())
        assert store.counts()["documents"] == 1
        assert store.counts()["passages"] == 2
        store.save_document(make_doc(sha="b" * 64, text="verduurzaming"))
        assert [d["sha256"] for d in store.documents()] == ["b" * 64]
        assert store.counts()["passages"] == 2
        assert store.search("verduurzaming")
        assert not store.search("woningbouw")


def test_failed_write_leaves_nothing_behind(tmp_path, monkeypatch):
    store = Store(tmp_path / "s.db")
    original = store._insert

    def insert_then_fail(doc, path, share):
        original(doc, path, share)
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(store, "_insert", insert_then_fail)
    with pytest.raises(StoreError, match="opslaan in de database"):
        store.save_document(make_doc())
    assert store.counts() == {k: 0 for k in store.counts()}


def test_search_folds_diacritics_and_prefixes(tmp_path):
    with Store(tmp_path / "s.db") as store:
        store.save_document(make_doc(text="coöperatie"))
        assert store.search("cooperatie")
        assert store.search("coöp")
        hits = store.search("aannemer", label="detail")
        assert hits[0]["page"] == 2 and "[aannemer]" in hits[0]["snippet"]
        assert store.search("aannemer", label="framework") == []


@pytest.mark.parametrize("query", ['"', "AND OR NOT", "*", "()", "NEAR(", ' "" '])
def test_operator_only_queries_give_dutch_error(query):
    if any(ch.isalnum() for ch in query):
        assert fts_query(query)  # operators are quoted as plain words
    else:
        with pytest.raises(InputError, match="geen woorden"):
            fts_query(query)


@pytest.mark.parametrize("query", ['woning" OR x', "a AND b", "NEAR(a b)", "col:val", "-x", "^a"])
def test_hostile_queries_never_break_fts(tmp_path, query):
    with Store(tmp_path / "s.db") as store:
        store.save_document(make_doc())
        assert isinstance(store.search(query), list)


def test_unopenable_database_gives_dutch_error(tmp_path):
    bad = tmp_path / "kapot.db"
    bad.write_bytes(b"dit is geen sqlite-bestand" * 100)
    with pytest.raises(StoreError, match="kan niet worden geopend"):
        Store(bad)


def test_record_failure_and_clear_on_success(tmp_path):
    with Store(tmp_path / "s.db") as store:
        store.record_failure("/tmp/raadsvoorstel.pdf", "beschadigd", "kapot")
        assert store.failures()[0]["code"] == "beschadigd"
        store.save_document(make_doc())
        assert store.failures() == []


def test_structured_document_rebuilds_what_was_stored(tmp_path):
    doc = make_doc()
    with Store(tmp_path / "s.db") as store:
        store.save_document(doc)
        again = store.structured_document(doc.sha256)
        assert store.structured_document("f" * 64) is None
    assert again is not None
    assert again.passages == doc.passages
    assert [(s.id, s.heading, s.number, s.level, s.page, s.parent) for s in again.sections] == [
        (s.id, s.heading, s.number, s.level, s.page, s.parent) for s in doc.sections
    ]
    assert (again.title, again.date, again.municipality, again.page_status) == (
        doc.title, doc.date, doc.municipality, doc.page_status,
    )  # fmt: skip
    assert again.name == doc.name


def test_council_facts_are_stored_and_rebuilt(tmp_path):
    motion = Motion(
        code="L.B",
        title="Geen gedwongen verplaatsing van strandtenten",
        submitters=(Submitter("Anne Jansen", "VVD"), Submitter("Piet de Vries", None)),
        concerns="RIS320288",
        dictum=("Besluit om in beslispunt II toe te voegen: ...",),
    )
    doc = replace(
        make_doc(), doc_type="amendement", outcome="verworpen",
        references=("RIS320288", "RIS319455"), motion=motion,
    )  # fmt: skip
    with Store(tmp_path / "s.db") as store:
        store.save_document(doc)
        again = store.structured_document(doc.sha256)
        row = store.document(doc.sha256)
    assert again is not None and row is not None
    assert (again.outcome, again.references, again.motion) == (
        "verworpen", ("RIS320288", "RIS319455"), motion,
    )  # fmt: skip
    assert row["outcome"] == "verworpen"
    plain = make_doc(sha="c" * 64)
    with Store(tmp_path / "s.db") as store:
        store.save_document(plain)
        rebuilt = store.structured_document(plain.sha256)
    assert rebuilt is not None
    assert (rebuilt.outcome, rebuilt.references, rebuilt.motion) == (None, (), None)


def test_a_document_read_by_an_older_reader_is_not_finished(tmp_path):
    doc = make_doc()
    with Store(tmp_path / "s.db") as store:
        store.save_document(doc)
        store.save_briefing(doc.sha256, {"title": doc.title}, "# x", "<p>x</p>")
        assert store.has_briefing(doc.sha256)
        store.db.execute("update documents set reader_version = ?", [READER_VERSION - 1])
        assert not store.has_briefing(doc.sha256)
        # what a version before migration 005 left: no reader version at all
        store.db.execute("update documents set reader_version = null")
        assert not store.has_briefing(doc.sha256)


def test_page_breaks_of_a_passage_are_stored_and_rebuilt(tmp_path):
    doc = make_doc()
    runs_on = replace(
        doc.sections[0].passages[0], page_end=2, page_breaks=((20, 2),)
    )  # "... kaders voor" on page 1, the rest on page 2
    section = replace(doc.sections[0], passages=(runs_on, *doc.sections[0].passages[1:]))
    doc = replace(doc, sections=(section,))
    with Store(tmp_path / "s.db") as store:
        store.save_document(doc)
        again = store.structured_document(doc.sha256)
    assert again is not None
    assert again.passages == doc.passages
    assert (again.passages[0].page_at(5), again.passages[0].page_at(30)) == (1, 2)
