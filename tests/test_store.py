"""The SQLite store: migrations, one transaction per document, replacement, safe search."""

from __future__ import annotations

import sqlite3

import pytest

from raadsassistent.errors import InputError, StoreError
from raadsassistent.store import MIGRATIONS, Store, default_db_path, fts_query
from raadsassistent.types import Passage, Section, StructuredDocument


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


def test_migrations_are_recorded_once(tmp_path):
    path = tmp_path / "s.db"
    Store(path).close()
    with Store(path) as store:
        names = [row["name"] for row in store.db["_migrations"].rows]
    assert names == [name for name, _ in MIGRATIONS]


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
