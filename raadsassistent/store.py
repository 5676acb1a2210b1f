"""The embedded store: SQLite via sqlite-utils, with full-text search over passages.

This is the only module that writes SQL. Documents are keyed by the SHA-256 of their
bytes and each one is written in a single transaction, so a crash never leaves half a
document behind. Schema changes are numbered migrations (sqlite-utils' ``Migrations``,
recorded in ``_sqlite_migrations``). Every write transaction takes the write lock up front
(``BEGIN IMMEDIATE``), so concurrent runs wait for each other instead of failing. A database is
ours by its ``application_id`` (or, for older ones, its migration record); any other SQLite
file is refused untouched, and a damaged one is refused before anything is written.
"""

from __future__ import annotations

import functools
import json
import os
import re
import socket
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

import sqlite_utils
from sqlite_utils.migrations import Migrations

from raadsassistent.archive import resolved_path
from raadsassistent.errors import InputError, StoreError
from raadsassistent.types import (
    READER_VERSION,
    UNKNOWN_OUTCOME,
    Passage,
    Section,
    StructuredDocument,
    Table,
    motion_from_dict,
)

DB_ENV = "RAADSASSISTENT_DB"
DB_FILE_NAME = "raadsassistent.db"
CHILD_TABLES = ("pages", "sections", "passages", "document_tables")
REGISTER_TABLES = ("motions", "commitments")
APPLICATION_ID = 0x52414144  # "RAAD" in the SQLite header: this file is a raadsassistent database
BUSY_TIMEOUT_S = 30
SQLITE_HEADER = b"SQLite format 3\x00"
RUNNING, ABORTED = "bezig", "afgebroken"


def default_db_path() -> Path:
    """``$RAADSASSISTENT_DB``, else ``raadsassistent.db`` in the user's app folder."""
    if os.environ.get(DB_ENV):
        return Path(os.environ[DB_ENV])
    import click

    return Path(click.get_app_dir("raadsassistent")) / DB_FILE_NAME


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


# --- migrations ---------------------------------------------------------------------------

MIGRATIONS = Migrations("raadsassistent")
LEGACY_MIGRATIONS_TABLE = "_migrations"  # where databases recorded them before sqlite-utils did

# Columns that point at a parent row; a table with such a column gets the foreign key.
_PARENTS = {"document_sha256": ("documents", "sha256"), "meeting_id": ("meetings", "id")}
_TYPES = {"str": str, "int": int, "float": float}


def _create(db: sqlite_utils.Database, name: str, columns: str) -> None:
    """Create table ``name`` from ``"key* column column:int ..."``: text unless a type is
    given, the primary key made of the columns marked ``*``."""
    spec: dict[str, type] = {}
    pk: list[str] = []
    for column in columns.split():
        column_name, _, kind = column.rstrip("*").partition(":")
        spec[column_name] = _TYPES[kind or "str"]
        if column.endswith("*"):
            pk.append(column_name)
    db.table(name).create(
        spec,
        pk=pk[0] if len(pk) == 1 else tuple(pk),
        foreign_keys=[(c, *_PARENTS[c]) for c in spec if c in _PARENTS],
    )


@MIGRATIONS(name="001_initial")
def _m001_initial(db: sqlite_utils.Database) -> None:
    _create(db, "documents", "sha256* file_name path title doc_type date municipality "
            "page_count:int word_count:int framework_share:float warnings ingested_at")  # fmt: skip
    db.table("documents").create_index(["path"])
    _create(db, "pages", "document_sha256* number:int* status")
    _create(db, "sections", "document_sha256* section_id* heading number level:int page:int "
            "parent_id")  # fmt: skip
    _create(db, "passages", "id:int* document_sha256 passage_id section_id heading text "
            "page:int page_end:int bbox kind label framework_probability:float")  # fmt: skip
    db.table("passages").create_index(["document_sha256"])
    db.table("passages").enable_fts(
        ["text", "heading"], tokenize="unicode61 remove_diacritics 2", create_triggers=True
    )
    _create(db, "document_tables", "document_sha256* table_index:int* page:int bbox rows")
    _create(db, "failed_files", "path* file_name sha256 code message at")


@MIGRATIONS(name="002_briefings")
def _m002_briefings(db: sqlite_utils.Database) -> None:
    _create(db, "briefings", "document_sha256* briefing_json markdown html "
            "reading_minutes_source:int reading_minutes_briefing:int created_at")  # fmt: skip


@MIGRATIONS(name="003_meetings")
def _m003_meetings(db: sqlite_utils.Database) -> None:
    _create(db, "meetings", "id* body date municipality time place source output_dir updated_at")
    _create(db, "agenda_items", "meeting_id* position:int* number title kind text page:int")
    _create(db, "meeting_documents", "meeting_id* document_sha256* item_position:int "
            "matched_by score:float")  # fmt: skip
    _create(db, "batch_runs", "id:int* source started_at finished_at processed:int skipped:int "
            "failed:int status")  # fmt: skip


@MIGRATIONS(name="004_run_process")
def _m004_run_process(db: sqlite_utils.Database) -> None:
    # which process runs a batch, so a run whose process is gone can be marked aborted
    db.table("batch_runs").add_column("pid", int)
    db.table("batch_runs").add_column("host", str)


@MIGRATIONS(name="005_council_facts")
def _m005_council_facts(db: sqlite_utils.Database) -> None:
    # what a document records about itself (issue 10), and the reader that stored it
    documents = db.table("documents")
    documents.add_column("outcome", str)
    documents.add_column("refs", str)  # JSON list; "references" is an SQL keyword
    documents.add_column("motion", str)  # JSON object or null
    documents.add_column("reader_version", int)


@MIGRATIONS(name="006_register")
def _m006_register(db: sqlite_utils.Database) -> None:
    # the motions register across meetings and the commitments (toezeggingen) made in them
    # (issue 11); a motion is its document, so a re-run or a move to another meeting updates it
    _create(db, "motions", "document_sha256* meeting_id code kind title submitters concerns "
            "outcome meeting_date file dictum afdoening versions updated_at")  # fmt: skip
    db.table("motions").create_index(["meeting_id"])
    _create(db, "commitments", "document_sha256* number:int* meeting_id who what due due_date "
            "meeting_date file page:int source_type updated_at")  # fmt: skip
    db.table("commitments").create_index(["meeting_id"])
    # where a passage runs onto the next page, so a commitment read back cites its own page
    db.table("passages").add_column("page_breaks", str)


@contextmanager
def write_lock(db: sqlite_utils.Database) -> Iterator[None]:
    """A transaction that takes the write lock up front (``BEGIN IMMEDIATE``); nested, a
    savepoint. A transaction that reads first and upgrades its lock later can deadlock with
    another writer, and SQLite then fails at once instead of honouring the busy timeout."""
    if db.conn.in_transaction:
        with db.atomic():
            yield
        return
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield
        db.conn.execute("COMMIT")
    except BaseException:
        db.rollback()
        raise


def migrate(db: sqlite_utils.Database) -> list[str]:
    """Apply the migrations not yet recorded and mark the file as ours; return the names
    applied. Under the write lock, so a second process creating the same database waits and
    then finds everything applied."""
    with write_lock(db):
        _adopt_legacy_record(db)
        pending = [migration.name for migration in MIGRATIONS.pending(db)]
        MIGRATIONS.apply(db)
        if db.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    return pending


def _outdated(db: sqlite_utils.Database) -> bool:
    """Whether ``migrate`` has anything to do."""
    return bool(
        db.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID
        or LEGACY_MIGRATIONS_TABLE in db.table_names()
        or MIGRATIONS.pending(db)
    )


def owner(conn: sqlite3.Connection) -> str:
    """``"new"`` for an empty database, ``"ours"`` for a raadsassistent database (by its
    application id, or by the migration record of a version before that), else ``"foreign"``."""
    application_id, user_version = (
        conn.execute(f"PRAGMA {pragma}").fetchone()[0]
        for pragma in ("application_id", "user_version")
    )
    if application_id == APPLICATION_ID:
        return "ours"
    tables = {name for (name,) in conn.execute("select name from sqlite_master")}
    if not tables and not application_id and not user_version:
        return "new"
    records = {
        Migrations.migrations_table: f"migration_set = '{MIGRATIONS.name}' and ",
        LEGACY_MIGRATIONS_TABLE: "",
    }
    for table, where in records.items():
        try:
            if (
                table in tables
                and conn.execute(
                    f"select 1 from [{table}] where {where}name = '001_initial'"
                ).fetchone()
            ):
                return "foreign" if application_id else "ours"
        except sqlite3.OperationalError:  # a table of that name with other columns
            pass
    return "foreign"


def _adopt_legacy_record(db: sqlite_utils.Database) -> None:
    """Move what an older database recorded in ``_migrations`` into sqlite-utils' own table,
    so its migrations count as applied instead of running again."""
    if LEGACY_MIGRATIONS_TABLE not in db.table_names():
        return
    legacy = db.table(LEGACY_MIGRATIONS_TABLE)
    with db.atomic():
        MIGRATIONS.ensure_migrations_table(db)
        applied = {migration.name for migration in MIGRATIONS.applied(db)}
        db.table(MIGRATIONS.migrations_table).insert_all(
            {"migration_set": MIGRATIONS.name, "name": row["name"], "applied_at": row["applied_at"]}
            for row in legacy.rows_where(order_by="rowid")
            if row["name"] not in applied
        )
        legacy.drop()


# --- the store ----------------------------------------------------------------------------


P = ParamSpec("P")
R = TypeVar("R")


def _reading(method: Callable[P, R]) -> Callable[P, R]:
    """Turn a SQLite error while reading into the store's Dutch message."""

    @functools.wraps(method)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(*args, **kwargs)
        except sqlite3.DatabaseError as error:
            store = args[0]
            assert isinstance(store, Store)
            raise store._failure(error, f"Lezen uit de database {store.path} is mislukt") from error

    return wrapper


def _is_damaged(error: sqlite3.DatabaseError) -> bool:
    text = str(error).lower()
    return "malformed" in text or "not a database" in text or "corrupt" in text


class Store:
    """A raadsassistent database: documents with their pages, sections and passages.

    ``create=False`` opens an existing database for reading only: it never creates a file or a
    folder and never writes (commands that only read use it).
    """

    def __init__(self, path: str | Path, *, create: bool = True):
        self.path = Path(path)
        try:
            self.db = self._open(create)
        except (sqlite3.DatabaseError, OSError) as error:
            raise self._failure(
                error,
                f"De database {self.path} kan niet worden geopend of bijgewerkt ({error}). "
                "Kies met --db een ander bestand.",
            ) from error

    def _open(self, create: bool) -> sqlite_utils.Database:
        """Connect, refuse what is not ours or damaged, and (``create``) migrate."""
        if self.path.exists() and not self.path.is_file():  # opening a FIFO would hang
            raise self._not_ours("dit is een map of een ander soort bestand, geen database")
        if not create and not self.path.is_file():
            raise StoreError(
                f"De database {self.path} bestaat niet (gezocht op {self.path.absolute()}) en "
                f"bevat nog geen documenten. Controleer --db of {DB_ENV}, of verwerk eerst "
                f"stukken met: raadsassistent batch MAP --db {self.path}",
                path=str(self.path),
            )
        if self.path.is_file() and self.path.stat().st_size:
            with self.path.open("rb") as file:
                if file.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                    raise self._not_ours(
                        "het bestand is geen SQLite-database, dus niet van raadsassistent"
                    )
        if create:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path)
        else:  # mode=rw never creates the file and still recovers after a crash
            conn = sqlite3.connect(f"{self.path.absolute().as_uri()}?mode=rw", uri=True)
            conn.execute("PRAGMA query_only = ON")
        db = sqlite_utils.Database(conn)
        try:
            db.execute("PRAGMA foreign_keys = ON")
            db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_S * 1000}")
            self._check_owner(db, create)
            if create:
                # read-only checks first, so a foreign or damaged file is not even locked
                problems = [row for (row,) in db.execute("PRAGMA quick_check").fetchall()]
                if problems != ["ok"]:
                    raise sqlite3.DatabaseError(f"database disk image is malformed: {problems[0]}")
                if _outdated(db):  # an up-to-date database is opened without the write lock
                    with write_lock(db):
                        self._check_owner(db, create)  # again: another process may have made it
                        migrate(db)
        except BaseException:
            db.close()
            raise
        return db

    def _check_owner(self, db: sqlite_utils.Database, create: bool) -> None:
        found = owner(db.conn)
        if found == "foreign":
            raise self._not_ours(
                "het bestand hoort bij een ander programma (een SQLite-database, maar niet van "
                "raadsassistent)"
            )
        if found == "new" and not create:
            raise StoreError(
                f"De database {self.path} bevat nog geen documenten. "
                f"Verwerk eerst stukken met: raadsassistent batch MAP --db {self.path}",
                path=str(self.path),
            )

    def _not_ours(self, why: str) -> StoreError:
        return StoreError(
            f"De database {self.path} kan niet worden geopend: {why}. Het is niet "
            "aangeraakt. Kies met --db een ander bestand voor de database van raadsassistent.",
            path=str(self.path),
        )

    def _failure(self, error: BaseException, message: str) -> StoreError:
        """The Dutch error for a SQLite failure: damaged, busy, or ``message``."""
        if isinstance(error, StoreError):
            return error
        if isinstance(error, sqlite3.DatabaseError) and _is_damaged(error):
            message = (
                f"De database {self.path} is beschadigd ({error}); raadsassistent schrijft er "
                "niet in. Herstel hem uit een reservekopie of met: "
                f"sqlite3 {self.path} .recover | sqlite3 hersteld.db, en kies met --db dat "
                "herstelde of een ander bestand."
            )
        elif "locked" in str(error) or "busy" in str(error):
            message = (
                f"De database {self.path} is na {BUSY_TIMEOUT_S} seconden wachten nog steeds "
                f"bezet door een ander proces ({error}). Wacht tot dat klaar is en probeer het "
                "opnieuw."
            )
        return StoreError(message, path=str(self.path))

    @contextmanager
    def _writing(self, message: str) -> Iterator[None]:
        """One write transaction with the write lock taken up front; errors in Dutch."""
        try:
            with write_lock(self.db):
                yield
        except sqlite3.DatabaseError as error:
            raise self._failure(error, f"{message} ({error}).") from error

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # documents

    @_reading
    def has_document(self, sha256: str) -> bool:
        return bool(self.db.table("documents").count_where("sha256 = ?", [sha256]))

    def save_document(
        self, doc: StructuredDocument, *, framework_share: float | None = None
    ) -> None:
        """Write ``doc`` in one transaction, replacing an older version of the same file."""
        path = str(resolved_path(doc.path))
        with self._writing(f"{doc.name}: opslaan in de database {self.path} is mislukt"):
            stale = [
                row["sha256"]
                for row in self.db.query(
                    "select sha256 from documents where path = ? or sha256 = ?",
                    [path, doc.sha256],
                )
            ]
            for sha in stale:
                self._delete(sha)
            self._insert(doc, path, framework_share)
            self.db.table("failed_files").delete_where("path = ?", [path])

    def _delete(self, sha256: str) -> None:
        for table in (*CHILD_TABLES, *REGISTER_TABLES, "briefings", "meeting_documents"):
            if table in self.db.table_names():
                self.db.table(table).delete_where("document_sha256 = ?", [sha256])
        self.db.table("documents").delete_where("sha256 = ?", [sha256])

    def _insert(self, doc: StructuredDocument, path: str, framework_share: float | None) -> None:
        sha = doc.sha256
        self.db.table("documents").insert(
            {
                "sha256": sha,
                "file_name": doc.name,
                "path": path,
                "title": doc.title,
                "doc_type": doc.doc_type,
                "date": doc.date,
                "municipality": doc.municipality,
                "page_count": doc.page_count,
                "word_count": doc.word_count,
                "framework_share": framework_share,
                "warnings": json.dumps(list(doc.warnings), ensure_ascii=False),
                "ingested_at": _now(),
                "outcome": doc.outcome,
                "refs": json.dumps(list(doc.references), ensure_ascii=False),
                "motion": json.dumps(asdict(doc.motion), ensure_ascii=False)
                if doc.motion
                else None,
                "reader_version": READER_VERSION,
            }
        )
        self.db.table("pages").insert_all(
            {"document_sha256": sha, "number": n, "status": status}
            for n, status in enumerate(doc.page_status, start=1)
        )
        self.db.table("sections").insert_all(
            {
                "document_sha256": sha,
                "section_id": s.id,
                "heading": s.heading,
                "number": s.number,
                "level": s.level,
                "page": s.page,
                "parent_id": s.parent,
            }
            for s in doc.sections
        )
        self.db.table("passages").insert_all(
            {
                "document_sha256": sha,
                "passage_id": p.id,
                "section_id": s.id,
                "heading": s.heading,
                "text": p.text,
                "page": p.page,
                "page_end": p.page_end,
                "bbox": json.dumps([round(v, 2) for v in p.bbox]),
                "kind": p.kind,
                "label": p.label,
                "framework_probability": p.framework_probability,
                "page_breaks": json.dumps(p.page_breaks) if p.page_breaks else None,
            }
            for s in doc.sections
            for p in s.passages
        )
        self.db.table("document_tables").insert_all(
            {
                "document_sha256": sha,
                "table_index": i,
                "page": t.page,
                "bbox": json.dumps([round(v, 2) for v in t.bbox]),
                "rows": json.dumps([list(r) for r in t.rows], ensure_ascii=False),
            }
            for i, t in enumerate(doc.tables)
        )

    def save_briefing(self, sha256: str, data: dict[str, Any], markdown: str, html: str) -> None:
        """Store a document's briefing next to it (the document must be stored already)."""
        with self._writing(f"Opslaan van een briefing in de database {self.path} is mislukt"):
            self.db.table("briefings").upsert(
                {
                    "document_sha256": sha256,
                    "briefing_json": json.dumps(data, ensure_ascii=False),
                    "markdown": markdown,
                    "html": html,
                    "reading_minutes_source": data.get("reading_minutes_source"),
                    "reading_minutes_briefing": data.get("reading_minutes_briefing"),
                    "created_at": _now(),
                },
                pk="document_sha256",
            )

    # batches and meetings

    @_reading
    def has_briefing(self, sha256: str) -> bool:
        """True when the document and its briefing are both stored (a finished document) by
        this version of the reader; an older reader's result is read again."""
        return bool(
            self.db.execute(
                "select 1 from documents d join briefings b on b.document_sha256 = d.sha256 "
                "where d.sha256 = ? and d.reader_version = ?",
                [sha256, READER_VERSION],
            ).fetchone()
        )

    def save_processed(
        self,
        doc: StructuredDocument,
        briefing: dict[str, Any],
        markdown: str,
        html: str,
        *,
        framework_share: float | None = None,
    ) -> None:
        """Write a document and its briefing in one transaction: both or neither."""
        with self._writing(f"{doc.name}: opslaan in de database {self.path} is mislukt"):
            self.save_document(doc, framework_share=framework_share)
            self.save_briefing(doc.sha256, briefing, markdown, html)

    def save_meeting(
        self,
        meeting_id: str,
        meeting: dict[str, Any],
        items: list[dict[str, Any]],
        links: list[dict[str, Any]],
    ) -> None:
        """Replace a meeting with its agenda items and document links, in one transaction."""
        with self._writing(f"Opslaan van de vergadering in de database {self.path} is mislukt"):
            for table in ("meeting_documents", "agenda_items"):
                self.db.table(table).delete_where("meeting_id = ?", [meeting_id])
            self.db.table("meetings").upsert(
                {**meeting, "id": meeting_id, "updated_at": _now()}, pk="id"
            )
            self.db.table("agenda_items").insert_all({**i, "meeting_id": meeting_id} for i in items)
            self.db.table("meeting_documents").insert_all(
                {**link, "meeting_id": meeting_id} for link in links
            )

    # the register: motions and commitments across meetings

    def save_register(
        self,
        meeting_id: str,
        motions: list[dict[str, Any]],
        commitments: list[dict[str, Any]],
        *,
        sources: Iterable[str] = (),
    ) -> None:
        """Replace a meeting's register in one transaction: its motions, and the commitments
        read from ``sources`` (the sha256 of every besluitenlijst and notulen read, also those
        where none was found). The meeting must be stored. A motion or source recorded under
        another meeting before moves to this one: one row per document, never two."""
        with self._writing(f"Opslaan van het motieregister in de database {self.path} is mislukt"):
            now = _now()
            for table, rows, shas in (
                ("motions", motions, {m["document_sha256"] for m in motions}),
                (
                    "commitments",
                    commitments,
                    {*sources, *(c["document_sha256"] for c in commitments)},
                ),
            ):
                self.db.table(table).delete_where("meeting_id = ?", [meeting_id])
                for sha in shas:
                    self.db.table(table).delete_where("document_sha256 = ?", [sha])
                self.db.table(table).insert_all(
                    (
                        {
                            **{k: _json_if_list(v) for k, v in row.items()},
                            "meeting_id": meeting_id,
                            "updated_at": now,
                        }
                        for row in rows
                    ),
                    replace=True,
                )

    @_reading
    def motions(
        self,
        *,
        outcome: str | None = None,
        open_only: bool = False,
        party: str | None = None,
        since: str | None = None,
    ) -> list[dict[str, Any]]:
        """Stored motions and amendments, newest meeting first. ``outcome`` one of OUTCOMES
        or ``"onbekend"`` (none recorded); ``open_only``: adopted motions without an afdoening
        letter; ``party`` (any case) among the submitters; ``since`` a meeting date
        ("YYYY-MM-DD", inclusive)."""
        if "motions" not in self.db.table_names():  # opened read-only, before migration 006
            return []
        where, params = ["1"], []
        if open_only:
            where.append("kind = 'motie' and outcome = 'aangenomen' and afdoening is null")
        if outcome == UNKNOWN_OUTCOME:
            where.append("outcome is null")
        elif outcome:
            where.append("outcome = ?")
            params.append(outcome)
        if since:
            where.append("meeting_date >= ?")
            params.append(since)
        rows = self.db.query(
            f"select * from motions where {' and '.join(where)} "
            "order by meeting_date is null, meeting_date desc, code is null, code, file",
            params,
        )
        found = [_register_row(row, ("submitters", "dictum", "versions")) for row in rows]
        if party:
            wanted = party.casefold()
            found = [
                m
                for m in found
                if any((s.get("party") or "").casefold() == wanted for s in m["submitters"])
            ]
        return found

    @_reading
    def commitments(self, *, since: str | None = None) -> list[dict[str, Any]]:
        """Stored commitments (toezeggingen), newest meeting first, in source order."""
        if "commitments" not in self.db.table_names():
            return []
        where, params = "1", []
        if since:
            where, params = "meeting_date >= ?", [since]
        return list(
            self.db.query(
                f"select * from commitments where {where} "
                "order by meeting_date is null, meeting_date desc, file, number",
                params,
            )
        )

    def start_run(self, source: str) -> int:
        """Record a new run of this process (marking runs whose process is gone aborted)."""
        with self._writing(f"Een run vastleggen in de database {self.path} is mislukt"):
            self._mark_aborted_runs()
            table = self.db.table("batch_runs")
            table.insert(
                {
                    "source": source,
                    "started_at": _now(),
                    "status": RUNNING,
                    "pid": os.getpid(),
                    "host": socket.gethostname(),
                }
            )
            assert table.last_pk is not None  # set by the insert just above
            return int(table.last_pk)

    @_reading
    def runs(self) -> list[dict[str, Any]]:
        """All batch runs, newest first; a run whose process is gone reads "afgebroken"."""
        if self.db.execute("PRAGMA query_only").fetchone()[0]:
            gone = self._gone_runs()
        else:
            with self._writing(f"Runs bijwerken in de database {self.path} is mislukt"):
                self._mark_aborted_runs()
            gone = set()
        return [
            {**row, "status": ABORTED if row["id"] in gone else row["status"]}
            for row in self.db.table("batch_runs").rows_where(order_by="id desc")
        ]

    def _gone_runs(self) -> set[int]:
        """Runs still "bezig" whose process on this host has ended (or was never recorded,
        by a version before 004)."""
        host = socket.gethostname()
        return {
            run_id
            for run_id, pid, run_host in self.db.execute(
                "select id, pid, host from batch_runs where status = ?", [RUNNING]
            ).fetchall()
            if pid is None or (run_host == host and not _process_alive(pid))
        }

    def _mark_aborted_runs(self) -> None:
        for run_id in self._gone_runs():
            self.db.table("batch_runs").update(run_id, {"status": ABORTED})

    def finish_run(
        self, run_id: int, processed: int, skipped: int, failed: int, status: str
    ) -> None:
        with self._writing(f"Een run afsluiten in de database {self.path} is mislukt"):
            self.db.table("batch_runs").update(
                run_id,
                {
                    "finished_at": _now(),
                    "processed": processed,
                    "skipped": skipped,
                    "failed": failed,
                    "status": status,
                },
            )

    def forget_failure(self, path: str | Path) -> None:
        with self._writing(f"Bijwerken van de database {self.path} is mislukt"):
            self.db.table("failed_files").delete_where("path = ?", [str(resolved_path(path))])

    @_reading
    def document(self, sha256: str) -> dict[str, Any] | None:
        rows = list(self.db.table("documents").rows_where("sha256 = ?", [sha256]))
        return rows[0] if rows else None

    @_reading
    def briefing(self, sha256: str) -> dict[str, Any] | None:
        """The stored briefing row, with ``briefing`` the parsed ``briefing_json``."""
        rows = list(self.db.table("briefings").rows_where("document_sha256 = ?", [sha256]))
        return {**rows[0], "briefing": json.loads(rows[0]["briefing_json"])} if rows else None

    @_reading
    @_reading
    def tables(self, sha256: str) -> tuple[Table, ...]:
        """The tables stored of a document, in document order."""
        rows = self.db.table("document_tables").rows_where(
            "document_sha256 = ?", [sha256], order_by="table_index"
        )
        return tuple(
            Table(r["page"], tuple(json.loads(r["bbox"])), tuple(map(tuple, json.loads(r["rows"]))))
            for r in rows
        )

    def structured_document(self, sha256: str) -> StructuredDocument | None:
        """A stored document rebuilt with its sections, passages and tables (no bboxes of
        sections): enough to read its structure again without the PDF."""
        row = self.document(sha256)
        if row is None:
            return None
        passages: dict[str, list[Passage]] = {}
        for p in self.passages(sha256):
            passages.setdefault(p["section_id"], []).append(
                Passage(
                    p["passage_id"], p["text"], p["page"], p["page_end"],
                    tuple(json.loads(p["bbox"])), p["kind"], p["label"],
                    p["framework_probability"],
                    tuple(tuple(b) for b in json.loads(p.get("page_breaks") or "[]")),
                )
            )  # fmt: skip
        sections = tuple(
            Section(
                s["section_id"],
                s["heading"],
                s["number"],
                s["level"],
                s["page"],
                None,
                tuple(passages.get(s["section_id"], ())),
                s["parent_id"],
            )  # fmt: skip
            for s in self.db.table("sections").rows_where(
                "document_sha256 = ?", [sha256], order_by="rowid"
            )
        )
        statuses = self.db.execute(
            "select status from pages where document_sha256 = ? order by number", [sha256]
        ).fetchall()
        return StructuredDocument(
            path=row["path"],
            sha256=sha256,
            title=row["title"],
            doc_type=row["doc_type"],
            date=row["date"],
            municipality=row["municipality"],
            page_count=row["page_count"],
            sections=sections,
            tables=self.tables(sha256),
            page_status=tuple(status for (status,) in statuses),
            warnings=tuple(json.loads(row["warnings"] or "[]")),
            outcome=row.get("outcome"),
            references=tuple(json.loads(row.get("refs") or "[]")),
            motion=motion_from_dict(json.loads(row["motion"])) if row.get("motion") else None,
        )

    def record_failure(
        self, path: str | Path, code: str, message: str, sha256: str | None = None
    ) -> None:
        """Remember why a file could not be processed (replacing an older reason)."""
        resolved = str(resolved_path(path))
        with self._writing(f"{Path(path).name}: opslaan in de database {self.path} is mislukt"):
            self.db.table("failed_files").upsert(
                {
                    "path": resolved,
                    "file_name": Path(path).name,
                    "sha256": sha256,
                    "code": code,
                    "message": message,
                    "at": _now(),
                },
                pk="path",
            )

    @_reading
    def documents(self) -> list[dict[str, Any]]:
        return list(self.db.table("documents").rows_where(order_by="file_name"))

    @_reading
    def failures(self) -> list[dict[str, Any]]:
        return list(self.db.table("failed_files").rows_where(order_by="file_name"))

    @_reading
    def passages(self, sha256: str) -> list[dict[str, Any]]:
        return list(
            self.db.table("passages").rows_where("document_sha256 = ?", [sha256], order_by="id")
        )

    @_reading
    def document_count(self) -> int:
        return self.db.table("documents").count

    @_reading
    def counts(self) -> dict[str, int]:
        return {t: self.db.table(t).count for t in ("documents", *CHILD_TABLES, "failed_files")}

    # search

    @_reading
    def search(
        self, query: str, *, label: str | None = None, limit: int = 20
    ) -> list[dict[str, Any]]:
        """Full-text search over passages; every user string is quoted for FTS5."""
        match = fts_query(query)
        sql = (
            "select d.file_name, d.title, p.page, p.heading, p.label, p.framework_probability, "
            "snippet(passages_fts, 0, '[', ']', ' … ', 16) as snippet, p.text "
            "from passages_fts join passages p on p.id = passages_fts.rowid "
            "join documents d on d.sha256 = p.document_sha256 "
            "where passages_fts match ?"
        )
        params: list[Any] = [match]
        if label:
            sql += " and p.label = ?"
            params.append(label)
        sql += " order by bm25(passages_fts) limit ?"
        params.append(limit)
        try:
            return list(self.db.query(sql, params))
        except sqlite3.DatabaseError as error:
            raise self._failure(error, f"Zoeken is mislukt ({error}).") from error


_TERM = re.compile(r"[\w]+", re.UNICODE)


def fts_query(query: str) -> str:
    """Turn any user string into a safe FTS5 query: each word quoted, prefix-matched, ANDed."""
    terms = _TERM.findall(query)
    if not terms:
        raise InputError(
            f"De zoekopdracht {query!r} bevat geen woorden om op te zoeken. "
            "Typ een of meer woorden, bijvoorbeeld: raadsassistent search woningbouw"
        )
    return " ".join('"' + term.replace('"', '""') + '"*' for term in terms)


def _json_if_list(value: Any) -> Any:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, list | tuple) else value


def _register_row(row: dict[str, Any], json_columns: tuple[str, ...]) -> dict[str, Any]:
    return {k: json.loads(v) if k in json_columns and v is not None else v for k, v in row.items()}


def _process_alive(pid: int) -> bool:
    """Whether process ``pid`` on this machine still exists (unknown counts as alive)."""
    if os.name != "posix":  # os.kill(pid, 0) would send Ctrl-C on Windows
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # e.g. another user's process
        return True
    return True


def open_store(path: str | Path | None = None, *, create: bool = True) -> Store:
    """Open (and migrate) the store at ``path`` or the default location; ``create=False``
    opens an existing database for reading only."""
    return Store(path or default_db_path(), create=create)
