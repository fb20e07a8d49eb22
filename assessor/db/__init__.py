"""The store's two back ends behind one small interface: SQLite (embedded, the default) and PostgreSQL (shared).

The store writes its SQL once, SQLite-flavoured and portable (`?` placeholders, plain DDL);
each back end (`Database`) turns it into what its server runs and holds everything that
differs: placeholders, DDL types, how a write transaction starts, where the schema version is
kept, which driver errors mean what. `open_database(target)` picks the back end: a
`postgresql://` (or `postgres://`) URL is PostgreSQL, anything else an SQLite file.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from assessor.errors import StoreError

__all__ = ["Database", "is_url", "open_database"]

URL_PREFIXES = ("postgresql://", "postgres://")


def is_url(target: str | Path) -> bool:
    """Whether `target` names a PostgreSQL database (a URL) rather than an SQLite file."""
    return isinstance(target, str) and target.startswith(URL_PREFIXES)


class Database(ABC):
    """One connection to one database, with its dialect. Not thread-safe: the store serialises its use."""

    #: "sqlite" or "postgresql": the key of a migration statement written per dialect.
    kind: str
    #: Where the database is, for messages (a path, or a URL without its password).
    where: str
    #: The driver's base error class and its integrity (constraint) error class.
    Error: type[Exception]
    IntegrityError: type[Exception]
    #: A sub-select of the values of a JSON list bound as one parameter: `x IN (<json_values>)`.
    json_values: str
    #: The decision's status, read inside the database from the findings' JSON column `decision` (NULL if none).
    decision_status: str
    #: Appended to a SELECT of one row to lock it until the transaction ends (empty where writers are serialised).
    for_update: str
    #: The journal mode (SQLite's "wal"); empty for PostgreSQL, whose write-ahead log is always on.
    journal_mode: str = ""
    #: Set by the store while a write transaction is open on this connection.
    writing: bool = False

    @abstractmethod
    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """Run one statement; a cursor with fetchone/fetchall/rowcount, rows read by name or index."""

    @abstractmethod
    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        """Run one statement once per row of parameters."""

    @abstractmethod
    def begin_write(self) -> None:
        """Start a write transaction."""

    @abstractmethod
    def begin_read(self) -> None:
        """Start a read transaction: one consistent snapshot."""

    def commit(self) -> None:
        self.execute("COMMIT")

    def rollback(self) -> None:
        self.execute("ROLLBACK")

    @property
    @abstractmethod
    def in_transaction(self) -> bool:
        """Whether a transaction is open (also after a failed statement)."""

    @abstractmethod
    def user_version(self) -> int:
        """The schema version (0: an empty database)."""

    @abstractmethod
    def set_user_version(self, number: int) -> None:
        """Record the schema version, inside the migration's transaction."""

    def lock_migrations(self) -> None:  # noqa: B027 - most back ends need nothing more than their write transaction
        """Inside the migration's transaction: make a second program that migrates at the same moment wait."""

    def ddl(self, statement: str) -> str:
        """A migration statement (written for SQLite) as this back end runs it."""
        return statement

    def after_explicit_ids(self, table: str) -> None:  # noqa: B027 - SQLite's rowid follows explicit ids itself
        """After rows were inserted with explicit `id`s: make the next generated id follow them."""

    @abstractmethod
    def error(self, exc: Exception) -> StoreError:
        """A driver error as the store's one-line message."""

    @abstractmethod
    def close(self) -> None:
        """Close the connection."""


def open_database(target: str | Path) -> Database:
    """The back end of `target`: a PostgreSQL URL, or an SQLite file (created, with its folder, if absent)."""
    if is_url(target):
        from assessor.db.postgres import PostgresDatabase  # psycopg is needed only for PostgreSQL

        return PostgresDatabase(str(target))
    from assessor.db.sqlite import SqliteDatabase

    return SqliteDatabase(Path(target))
