"""SQLite: one file, WAL, `synchronous=FULL`, one writer at a time (`BEGIN IMMEDIATE`), the schema in `user_version`."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from assessor.db import Database
from assessor.errors import StoreError

BUSY_TIMEOUT_MS = 5000

# One lock per database file for the writers of this process, taken before BEGIN IMMEDIATE. SQLite's own wait
# (busy_timeout) polls with growing sleeps, so among many writers of one process a waiting one could lose every
# race for 5 s and fail (bench/bench_load.py, 20 writers); queued on a lock, each is woken when the writer before it
# ends. Other processes still meet SQLite's file lock and its busy_timeout.
_WRITERS: dict[str, threading.Lock] = {}
_WRITERS_GUARD = threading.Lock()


def _writer_lock(path: Path) -> threading.Lock:
    key = str(path.resolve())
    with _WRITERS_GUARD:
        return _WRITERS.setdefault(key, threading.Lock())


class SqliteDatabase(Database):
    """One SQLite file (created, with its folder, if absent)."""

    kind = "sqlite"
    Error = sqlite3.Error
    IntegrityError = sqlite3.IntegrityError
    json_values = "SELECT value FROM json_each(?)"
    decision_status = "json_extract(decision, '$.status')"
    # BEGIN IMMEDIATE already takes the database's one write lock: no row lock to ask for.
    for_update = ""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.where = str(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"{path.parent}: cannot create the workspace folder ({exc.strerror})") from None
        try:
            self._conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000,
                                         check_same_thread=False)
        except sqlite3.Error as exc:
            raise self.error(exc) from None
        self._conn.row_factory = sqlite3.Row
        self._writer = _writer_lock(path)
        self._holding = False
        try:
            self._conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            self.journal_mode = self._conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            self._conn.execute("PRAGMA synchronous = FULL")
            self._conn.execute("PRAGMA foreign_keys = ON")
        except sqlite3.Error as exc:
            self._conn.close()
            raise self.error(exc) from None

    def execute(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
        return self._conn.execute(sql, params)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        self._conn.executemany(sql, rows)

    def begin_write(self) -> None:
        # This process's writers queue first (see _WRITERS), then the file's write lock at the start, or wait for
        # it (busy_timeout): a writer never fails half-way.
        if not self._writer.acquire(timeout=BUSY_TIMEOUT_MS / 1000):
            raise sqlite3.OperationalError("database is locked")
        self._holding = True
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except BaseException:
            self._release()
            raise

    def _release(self) -> None:
        if self._holding:
            self._holding = False
            self._writer.release()

    def commit(self) -> None:
        try:
            self._conn.execute("COMMIT")
        finally:
            if not self._conn.in_transaction:
                self._release()

    def rollback(self) -> None:
        try:
            self._conn.execute("ROLLBACK")
        finally:
            self._release()

    def begin_read(self) -> None:
        self._conn.execute("BEGIN")

    @property
    def in_transaction(self) -> bool:
        return self._conn.in_transaction

    def user_version(self) -> int:
        return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    def set_user_version(self, number: int) -> None:
        self._conn.execute(f"PRAGMA user_version = {int(number)}")

    def error(self, exc: Exception) -> StoreError:
        text = str(exc)
        if "locked" in text or "busy" in text:
            return StoreError(f"{self.where}: the database is busy (another program kept it locked for over "
                              f"{BUSY_TIMEOUT_MS // 1000} s); nothing was saved, try again")
        if "not a database" in text or "malformed" in text:
            return StoreError(f"{self.where}: not an assessments database, or damaged ({text})")
        if "readonly" in text or "read-only" in text:
            return StoreError(f"{self.where}: the database is read-only; nothing was saved")
        return StoreError(f"{self.where}: database error: {text}")

    def close(self) -> None:
        self._release()
        self._conn.close()
