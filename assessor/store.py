"""The assessments database, with the full history of every change: one SQLite file per workspace (the
default, for one person), or a PostgreSQL database shared by a team (`ASSESSOR_DATABASE=postgresql://...`).

One store, one set of numbered migrations, the same guarantees on both; what differs between the
two (placeholders, DDL types, how a write starts, where the schema version lives) is in the back
ends, `assessor.db.sqlite` and `assessor.db.postgres`. Below, as SQLite does it; PostgreSQL's way
to each guarantee is in `assessor.db.postgres`.

An assessment is weeks of expert work, so the store is built to not lose it:

- **Every decision is committed the moment it is made**, each write in its own
  `BEGIN IMMEDIATE ... COMMIT` (rolled back whole on any error). `synchronous=FULL`: a commit
  is on disk (the WAL is fsynced) before `decide` returns, so a saved decision survives a crash
  of the program *and* of the machine. Writes are human-paced, so the fsync costs nothing anyone
  notices (see `bench/bench_store.py`).
- **WAL journal**: readers never block the writer nor the writer readers. SQLite allows **one
  writer at a time** per database file: `BEGIN IMMEDIATE` takes the write lock at the start of
  the transaction, and a second writer waits for it (`busy_timeout`, 5 s) rather than failing
  half-way; a writer that waits longer gets a clear `StoreError` and nothing is half-saved.
  Reads run in a short read transaction (one consistent snapshot) that ends before they return.
- **Optimistic concurrency**: every finding has a `version`. A save says which version it was
  based on (`expected_version`); the UPDATE only applies `WHERE version = expected_version`
  and bumps it. If someone else saved first (another browser tab, another person), the save is
  refused with `ConflictError`, showing the newer value, and nothing is overwritten. Replacing a
  decision on purpose (`overwrite=True`: the person saw it) is still based on a version, and the
  history source says so. A requirement in scope with no finding yet (no pre-assessment) is
  decided at version 0: its blank finding is made in the same transaction.
- **History**: every change is a row in `history` (who, what, from, to, when, from where), in
  the same transaction as the change itself. `restore` puts back an earlier decision as a new
  change; nothing is ever rewritten.
- **Schema versions** in `PRAGMA user_version` (PostgreSQL: the table `assessor_schema`),
  upgraded by the numbered `MIGRATIONS` below, in order, in one transaction. A database made by
  a newer version of the program is refused.
- **Export/import** of a whole assessment as JSON (`assessor.assessment/1`), lossless, and
  validated by strict models (`assessor.assessment_schema`) when read back.

Threads (Streamlit's sessions) may share one `Store`. On SQLite it holds one connection and a lock
serialises its use (the file has one writer anyway); on PostgreSQL each transaction takes a
connection of its own (a few are kept open), so only the server's locks make anyone wait. Two
`Store` objects on the same database, in one process or several, are as safe as two programs: the
database's own locks arbitrate (SQLite's file lock; PostgreSQL's row locks, the assessment's row
taken first by every write). Nothing but connections is kept between calls, so several app
processes may share one PostgreSQL database.
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from assessor.aliases import load_aliases
from assessor.assessment import (
    Assessment,
    Decision,
    Finding,
    HistoryEntry,
    LawFile,
    apply_pre_assessment,
    now,
    scope_position,
)
from assessor.assessment_schema import (
    SCHEMA_ID,
    coding_json,
    decision_json,
    decision_value,
    element_json,
    element_value,
    file_json,
    finding_json,
    finding_value,
    member_json,
    parse_assessment_file,
)
from assessor.catalog import load_catalog
from assessor.db import Database, is_url, open_database
from assessor.errors import ConflictError, NotFound, PermissionDenied, StoreError
from assessor.legislation.model import Reading
from assessor.preassessment import PreAssessment, RequirementStatus
from assessor.roles import Role, identity_key
from assessor.settings import Settings
from assessor.store_coding import CodingMixin
from assessor.store_members import Member, MembersMixin

__all__ = ["OVERWRITE", "AssessmentSummary", "MIGRATIONS", "SCHEMA_VERSION", "Store", "default_database", "open_store",
           "overwrite_source"]

# The words a history source carries when a person replaced a decision they had seen (`overwrite_source`).
OVERWRITE = "overwrite of version"
DEFAULT_DATABASE = Path("workspace") / "assessor.sqlite3"

# Numbered migrations, applied in order, each in the same transaction as its `user_version`.
# Never edit a migration that has shipped: add the next number. A statement is written for SQLite and
# turned into PostgreSQL's DDL by its back end (`Database.ddl`: types, identity, rowid); one that cannot
# be is a mapping of back end ("sqlite", "postgresql") to statement.
MIGRATIONS: list[tuple[int, tuple[str | dict[str, str], ...]]] = [
    (1, (
        """CREATE TABLE assessments (
            id TEXT PRIMARY KEY,
            jurisdiction TEXT NOT NULL,
            title TEXT NOT NULL,
            date TEXT NOT NULL,
            instruments TEXT NOT NULL,          -- JSON list
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            created_by TEXT NOT NULL DEFAULT ''
        )""",
        """CREATE TABLE law_files (
            assessment_id TEXT NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            size INTEGER NOT NULL DEFAULT 0,
            format TEXT NOT NULL DEFAULT '',
            language TEXT NOT NULL DEFAULT '',
            provisions INTEGER NOT NULL DEFAULT 0,
            title TEXT NOT NULL DEFAULT '',
            version TEXT NOT NULL DEFAULT '',
            added_at TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (assessment_id, position)
        )""",
        """CREATE TABLE findings (
            assessment_id TEXT NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
            requirement_id TEXT NOT NULL,
            position INTEGER NOT NULL,          -- the catalog's order
            machine_status TEXT NOT NULL,
            elements TEXT NOT NULL,             -- JSON list of element views
            candidates TEXT NOT NULL,           -- JSON list of citations
            evidence_digest TEXT NOT NULL DEFAULT '',
            decision TEXT NULL,                 -- JSON object, NULL when undecided
            needs_review INTEGER NOT NULL DEFAULT 0 CHECK (needs_review IN (0, 1)),
            version INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (assessment_id, requirement_id)
        )""",
        """CREATE TABLE history (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            assessment_id TEXT NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
            requirement_id TEXT NOT NULL DEFAULT '',
            field TEXT NOT NULL,
            old TEXT,                           -- JSON
            new TEXT,                           -- JSON
            by TEXT NOT NULL DEFAULT '',
            at TEXT NOT NULL,
            source TEXT NOT NULL DEFAULT ''
        )""",
        "CREATE INDEX history_by_finding ON history (assessment_id, requirement_id, id)",
    )),
    # 2: the law files themselves, so the app can show and re-read them after a restart.
    (2, (
        """CREATE TABLE law_blobs (
            sha256 TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            size INTEGER NOT NULL,
            data BLOB NOT NULL,
            added_at TEXT NOT NULL
        )""",
    )),
    # 3: how well each law file was read (coverage, units, warnings), kept with the pre-assessment so
    # a report can say the structure was not recognised instead of listing everything as missing.
    (3, (
        "ALTER TABLE law_files ADD COLUMN reading TEXT NULL",  # JSON object; NULL when not known
    )),
    # 4: the review mechanism's questionnaire: a decision also holds examples of implementation (cases,
    # statistics) and challenges. Decisions saved before get both, empty, so every stored decision has the
    # same keys; nothing else changes, and the history keeps the decisions as they were recorded.
    (4, (
        {"sqlite": """UPDATE findings SET decision = json_insert(decision, '$.examples', '', '$.challenges', '')
                      WHERE decision IS NOT NULL""",
         # the same: keys added where absent (the right operand wins)
         "postgresql": """UPDATE findings SET decision = CAST('{"examples": "", "challenges": ""}'::jsonb
                                                           || CAST(decision AS jsonb) AS text)
                          WHERE decision IS NOT NULL"""},
    )),
    # 5: roles per assessment (owner, assessor, reviewer, viewer), enforced by the store (assessor/store_members.py).
    # An assessment with no member is open to anyone, as every assessment was before (one person, no sign-in).
    (5, (
        """CREATE TABLE members (
            assessment_id TEXT NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
            identity TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('owner', 'assessor', 'reviewer', 'viewer')),
            added_by TEXT NOT NULL DEFAULT '',
            added_at TEXT NOT NULL,
            PRIMARY KEY (assessment_id, identity)
        )""",
    )),
    # 6: double coding (assessor/store_coding.py): the two coders named on the assessment, and each coder's own
    # decision per requirement, kept apart from the final decision (findings.decision) until reconciled.
    (6, (
        "ALTER TABLE assessments ADD COLUMN coders TEXT NOT NULL DEFAULT '[]'",  # JSON list: [] or two identities
        """CREATE TABLE codings (
            assessment_id TEXT NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
            requirement_id TEXT NOT NULL,
            coder TEXT NOT NULL,
            decision TEXT NULL,                 -- JSON object, NULL when withdrawn
            version INTEGER NOT NULL DEFAULT 0,
            at TEXT NOT NULL,
            PRIMARY KEY (assessment_id, requirement_id, coder)
        )""",
    )),
]
SCHEMA_VERSION = MIGRATIONS[-1][0]

_HEADER_FIELDS = ("jurisdiction", "title", "date", "instruments")
# PostgreSQL connections a Store keeps open between transactions (more are opened while more run at once).
IDLE_CONNECTIONS = 8
# Statements completed per back end: `<values>` is the dialect's sub-select of a JSON list's values
# (`Database.json_values`), a lock clause (`Database.for_update`) may follow a SELECT of one row.
_SELECT_ASSESSMENT = "SELECT * FROM assessments WHERE id = ?"
_LOCK_ASSESSMENT = "SELECT id FROM assessments WHERE id = ?"
_OLD_IDS_ANY = "SELECT 1 FROM findings WHERE requirement_id IN (<values>) LIMIT 1"
_OLD_IDS_ALL = "SELECT assessment_id, requirement_id FROM findings WHERE requirement_id IN (<values>)"
# The ids go as text: the JSON values of PostgreSQL's sub-select are text.
_IDS_TAKEN = "SELECT 1 FROM history WHERE id BETWEEN ? AND ? AND CAST(id AS TEXT) IN (<values>) LIMIT 1"


@dataclass(frozen=True, slots=True)
class AssessmentSummary:
    """One line of the list of assessments."""

    id: str
    jurisdiction: str
    title: str
    date: str
    instruments: tuple[str, ...]
    decided: int
    total: int
    updated_at: str
    #: The number of its latest history entry: every change is one, so it says "changed" where `updated_at`,
    #: to the second, may not (a list keeps each assessment's scores until it changes).
    last_change: int = 0


def default_database(settings: Settings | None = None) -> Path | str:
    """The database: the `database` setting (a PostgreSQL URL, kept as given, or a file), else the workspace's file.

    The workspace's file is `workspace/assessor.sqlite3` under the current folder.
    """
    configured = settings.database if settings is not None else ""
    if is_url(configured):
        return configured  # a Path would fold its "//"
    return Path(configured) if configured else Path.cwd() / DEFAULT_DATABASE


def open_store(settings: Settings | None = None) -> Store:
    """The store of the configured database."""
    return Store(default_database(settings))


# --- rows <-> values ----------------------------------------------------------------------------

def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _finding_from_row(row: Any) -> Finding:
    decision = json.loads(row["decision"]) if row["decision"] is not None else None
    return Finding(row["requirement_id"], RequirementStatus(row["machine_status"]),
                   tuple(element_value(e) for e in json.loads(row["elements"])), tuple(json.loads(row["candidates"])),
                   row["evidence_digest"], decision_value(decision), bool(row["needs_review"]), row["version"])


def _reading_json(reading: Reading | None) -> str | None:
    if reading is None:
        return None
    return _dumps({"coverage": reading.coverage, "units": reading.units, "warnings": list(reading.warnings)})


def _reading_value(text: str | None) -> Reading | None:
    if text is None:
        return None
    data = json.loads(text)
    return Reading(float(data["coverage"]), int(data["units"]), tuple(data.get("warnings", ())))


def _with_readings(files: list[LawFile], pre: PreAssessment) -> list[LawFile]:
    """The files with the readings of this pre-assessment (matched by content), where it has one."""
    readings = {f.sha256: f.reading for f in pre.legislation.files if f.reading is not None}
    return [replace(f, reading=readings[f.sha256]) if f.sha256 in readings else f for f in files]


def _history_from_row(row: Any) -> HistoryEntry:
    return HistoryEntry(row["id"], row["assessment_id"], row["requirement_id"], row["field"],
                        None if row["old"] is None else json.loads(row["old"]),
                        None if row["new"] is None else json.loads(row["new"]), row["by"], row["at"], row["source"])


def _machine(finding: Finding) -> dict[str, Any]:
    """What a history entry of the machine's proposal records."""
    return {"status": finding.machine_status.value, "evidence": finding.evidence_digest}


def overwrite_source(source: str, version: int) -> str:
    """The history source of a conscious overwrite: "app: overwrite of version 3"."""
    return f"{source}: {OVERWRITE} {version}"


def _shorten(text: str, limit: int = 200) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --- the store ---------------------------------------------------------------------------------

class Store(MembersMixin, CodingMixin):
    """The assessments of one workspace: an SQLite file (created, with its folder, if absent) or a PostgreSQL URL."""

    def __init__(self, target: str | Path) -> None:
        self._lock = threading.RLock()
        self._db = open_database(target)
        #: What opens this same database again (another Store, the CLI's --database): the path or the URL.
        self.target = str(target)
        #: The SQLite file; None for PostgreSQL.
        self.path: Path | None = getattr(self._db, "path", None)
        self.backend = self._db.kind
        self.journal_mode = self._db.journal_mode
        # SQLite: one connection, used by one thread at a time (its writers take turns on the file anyway).
        # PostgreSQL: one connection per transaction under way, from a few kept open, so the sessions of one
        # app process run side by side and the server's locks alone decide who waits for whom.
        self._pooled = self.backend == "postgresql"
        self._idle: list[Database] = [self._db] if self._pooled else []
        self._closed = False
        try:
            self._migrate()
            self._split_old_findings()
        except BaseException as exc:
            self.close()
            if isinstance(exc, self._db.Error):
                raise self._error(exc) from None
            raise

    # -- plumbing

    def close(self) -> None:
        """Close the connections (the store cannot be used after)."""
        with self._lock:
            self._closed = True
            connections, self._idle = ([*self._idle] if self._pooled else [self._db]), []
        for conn in connections:
            conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _error(self, exc: Exception) -> StoreError:
        return self._db.error(exc)

    @contextmanager
    def _connection(self) -> Iterator[Database]:
        """A connection for one transaction, this thread's alone until it is given back."""
        if not self._pooled:
            with self._lock:
                yield self._db
            return
        with self._lock:
            if self._closed:
                raise StoreError(f"{self._db.where}: the store was closed")
            conn = self._idle.pop() if self._idle else None
        if conn is None:
            conn = open_database(self.target)
        keep = False
        try:
            yield conn
        finally:
            with self._lock:
                keep = not self._closed and not conn.in_transaction and len(self._idle) < IDLE_CONNECTIONS
                if keep:
                    self._idle.append(conn)
            if not keep:
                conn.close()

    @contextmanager
    def _write(self) -> Iterator[Database]:
        """One write transaction (SQLite: BEGIN IMMEDIATE, the write lock or wait for it), COMMIT or ROLLBACK."""
        with self._connection() as conn:
            try:
                conn.begin_write()
            except conn.Error as exc:
                raise self._error(exc) from None
            conn.writing = True
            try:
                yield conn
                conn.commit()
            except BaseException as exc:
                if conn.in_transaction:
                    try:
                        conn.rollback()
                    except conn.Error:
                        pass  # a lost connection: the server rolls back on its own
                if isinstance(exc, conn.Error):
                    raise self._error(exc) from None
                raise
            finally:
                conn.writing = False

    @contextmanager
    def _read(self) -> Iterator[Database]:
        """One short read transaction: a consistent snapshot, ended before the caller gets the result."""
        with self._connection() as conn:
            try:
                conn.begin_read()
                yield conn
            except conn.Error as exc:
                raise self._error(exc) from None
            finally:
                if conn.in_transaction:
                    try:
                        conn.commit()
                    except conn.Error:
                        conn.rollback()

    def _migrate(self) -> None:
        with self._connection() as conn:
            version = conn.user_version()
        if version > SCHEMA_VERSION:
            raise StoreError(f"{self._db.where}: created by a newer version of the assessor (database schema "
                             f"{version}, this version knows up to {SCHEMA_VERSION}); update the assessor to open it")
        if version == SCHEMA_VERSION:
            return
        with self._write() as conn:
            conn.lock_migrations()
            version = conn.user_version()  # another process may have migrated
            for number, statements in MIGRATIONS:
                if number <= version:
                    continue
                for statement in statements:
                    conn.execute(conn.ddl(statement if isinstance(statement, str) else statement[conn.kind]))
                conn.set_user_version(number)

    def _split_old_findings(self, conn: Database | None = None) -> None:
        """Findings saved under a requirement id that was split (checklists/review/aliases.yaml) go to the new ids.

        Each new requirement gets the old finding: the assessor's decision (marked needs review,
        since one answer was given for several paragraphs), the machine's proposal until the next
        re-assessment, and the version (so a workbook exported before the split still imports).
        The old row goes; the history keeps it, with a "split" entry on each new finding. An
        assessment that already has any of the new ids is left alone, so this runs on every open.
        """
        table = load_aliases()
        if not table.requirements:
            return
        olds = _dumps(list(table.requirements))
        if conn is None:
            with self._read() as reader:
                if reader.execute(_OLD_IDS_ANY.replace("<values>", reader.json_values), (olds,)).fetchone() is None:
                    return
            with self._write() as writer:
                self._split_old_findings(writer)
            return
        stamp = now()
        rows = conn.execute(_OLD_IDS_ALL.replace("<values>", conn.json_values), (olds,)).fetchall()
        for listed in rows:
            assessment_id, old = listed["assessment_id"], listed["requirement_id"]
            # Where writers run side by side (PostgreSQL), the assessment is locked first, then its old
            # finding read again: another program opening the same database may have split it meanwhile.
            if conn.execute(_LOCK_ASSESSMENT + conn.for_update, (assessment_id,)).fetchone() is None:
                continue
            row = conn.execute("SELECT * FROM findings WHERE assessment_id = ? AND requirement_id = ?",
                               (assessment_id, old)).fetchone()
            if row is None:
                continue
            present = {r[0] for r in conn.execute("SELECT requirement_id FROM findings WHERE assessment_id = ?",
                                                   (assessment_id,))}
            new_ids = table.expansions(present).get(old)
            if not new_ids:
                continue
            if old not in new_ids:
                conn.execute("DELETE FROM findings WHERE assessment_id = ? AND requirement_id = ?",
                             (assessment_id, old))
            decision = None if row["decision"] is None else json.loads(row["decision"])
            for new_id in new_ids:
                if new_id != old:
                    conn.execute(
                        "INSERT INTO findings (assessment_id, requirement_id, position, machine_status, elements, "
                        "candidates, evidence_digest, decision, needs_review, version) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        (assessment_id, new_id, row["position"], row["machine_status"], row["elements"],
                         row["candidates"], row["evidence_digest"], row["decision"],
                         int(decision is not None or bool(row["needs_review"])), row["version"]))
                elif decision is not None:
                    conn.execute("UPDATE findings SET needs_review = 1 WHERE assessment_id = ? AND requirement_id = ?",
                                 (assessment_id, old))
                self._record(conn, assessment_id, new_id, "split", {"from": old, "decision": decision},
                             {"into": list(new_ids)}, "", stamp, f"split of {old}")

    @property
    def schema_version(self) -> int:
        """The database's schema version (SQLite's `user_version`)."""
        with self._connection() as conn:
            return conn.user_version()

    # -- reading

    def _require(self, conn: Database, assessment_id: str) -> Any:
        # Inside a write, the assessment's row is locked until the commit (PostgreSQL; SQLite's BEGIN
        # IMMEDIATE already holds the one write lock): writers of one assessment take turns, so what a
        # write read is still what it changes.
        lock = conn.for_update if conn.writing else ""
        row = conn.execute(_SELECT_ASSESSMENT + lock, (assessment_id,)).fetchone()
        if row is None:
            raise NotFound(f"no assessment with id {assessment_id!r}")
        return row

    def _load(self, conn: Database, assessment_id: str) -> Assessment:
        row = self._require(conn, assessment_id)
        files = tuple(
            LawFile(r["name"], r["sha256"], r["size"], r["format"], r["language"], r["provisions"], r["title"],
                    r["version"], r["added_at"], _reading_value(r["reading"]))
            for r in conn.execute("SELECT * FROM law_files WHERE assessment_id = ? ORDER BY position",
                                  (assessment_id,)).fetchall()
        )
        findings = {
            r["requirement_id"]: _finding_from_row(r)
            for r in conn.execute("SELECT * FROM findings WHERE assessment_id = ? ORDER BY position",
                                  (assessment_id,)).fetchall()
        }
        return Assessment(row["id"], row["jurisdiction"], row["title"], row["date"],
                          tuple(json.loads(row["instruments"])), files, findings, row["created_at"],
                          row["updated_at"], row["created_by"])

    def _readable(self, conn: Database, assessment_id: str, as_user: str | None) -> None:
        """NotFound if there is no such assessment; PermissionDenied if `as_user` (when named) may not read it."""
        self._require(conn, assessment_id)
        if as_user is not None:
            self._authorize(conn, assessment_id, as_user, "read")

    def get(self, assessment_id: str, *, as_user: str | None = None) -> Assessment:
        """The assessment, with its files and findings (NotFound if there is none).

        With `as_user`, PermissionDenied unless that person may read it (a member, or anyone when it has no
        members); None reads it whoever asks (the command line without --by, the batch, the reports).
        """
        with self._read() as conn:
            self._readable(conn, assessment_id, as_user)
            return self._load(conn, assessment_id)

    def list(self, *, as_user: str | None = None) -> list[AssessmentSummary]:
        """Every assessment, most recently changed first, with its progress.

        With `as_user`, only those that person may read: the open ones and those they are a member of.
        """
        with self._read() as conn:
            rows = conn.execute(
                """SELECT a.id, a.jurisdiction, a.title, a.date, a.instruments, a.updated_at,
                          COUNT(f.requirement_id) AS total,
                          COUNT(f.decision) AS decided, MAX(h.last_change) AS last_change
                   FROM assessments a LEFT JOIN findings f ON f.assessment_id = a.id
                   LEFT JOIN (SELECT assessment_id, MAX(id) AS last_change FROM history GROUP BY assessment_id) h
                          ON h.assessment_id = a.id
                   GROUP BY a.id ORDER BY a.updated_at DESC, a.rowid DESC"""
            ).fetchall()
            if as_user is not None:
                # Compared in Python, as identities are (case and spaces ignored): a few rows per assessment.
                members: dict[str, set[str]] = {}
                for m in conn.execute("SELECT assessment_id, identity FROM members").fetchall():
                    members.setdefault(m["assessment_id"], set()).add(identity_key(m["identity"]))
                key = identity_key(as_user)
                rows = [r for r in rows if r["id"] not in members or key in members[r["id"]]]
        return [AssessmentSummary(r["id"], r["jurisdiction"], r["title"], r["date"],
                                  tuple(json.loads(r["instruments"])), r["decided"], r["total"], r["updated_at"],
                                  r["last_change"] or 0)
                for r in rows]

    def statuses(self, assessment_ids: list[str] | None = None) -> dict[str, dict[str, RequirementStatus]]:
        """The status in force of every finding (the decision's, else the machine's), by assessment.

        What a list of many assessments needs for its scores, in one query and without reading the
        findings' evidence: `get` of each is the same data at many times the cost.
        """
        out: dict[str, dict[str, RequirementStatus]] = {}
        if assessment_ids is not None and not assessment_ids:
            return out
        with self._read() as conn:
            select = (f"SELECT assessment_id, requirement_id, "  # noqa: S608 - the dialect's own expressions
                      f"COALESCE({conn.decision_status}, machine_status) FROM findings")
            if assessment_ids is None:
                rows = conn.execute(select).fetchall()
            else:
                rows = conn.execute(f"{select} WHERE assessment_id IN ({conn.json_values})",
                                    (_dumps(list(assessment_ids)),)).fetchall()
        codes = {s.value: s for s in RequirementStatus}
        for assessment_id, requirement_id, code in rows:
            out.setdefault(assessment_id, {})[requirement_id] = codes[code]
        return out

    def history(self, assessment_id: str, requirement_id: str | None = None, *,
                as_user: str | None = None) -> list[HistoryEntry]:
        """The recorded changes, newest first: of the whole assessment, or of one finding.

        `as_user` as for `get`.
        """
        with self._read() as conn:
            self._readable(conn, assessment_id, as_user)
            if requirement_id is None:
                rows = conn.execute("SELECT * FROM history WHERE assessment_id = ? ORDER BY id DESC",
                                    (assessment_id,)).fetchall()
            else:
                rows = conn.execute(
                    "SELECT * FROM history WHERE assessment_id = ? AND requirement_id = ? ORDER BY id DESC",
                    (assessment_id, requirement_id)).fetchall()
            # Double coding: a coder's history does not show the other coder's decisions before both decided.
            hidden = set() if as_user is None else self._hidden_codings(conn, assessment_id, as_user)
        return [_history_from_row(r) for r in rows
                if not (hidden and r["field"] == "coding" and (identity_key(r["by"]), r["requirement_id"]) in hidden)]

    # -- writing: helpers (inside a write transaction)

    @staticmethod
    def _record(conn: Database, assessment_id: str, requirement_id: str, field: str, old: Any, new: Any,
                by: str, at: str, source: str) -> int:
        cursor = conn.execute(
            "INSERT INTO history (assessment_id, requirement_id, field, old, new, by, at, source) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            (assessment_id, requirement_id, field, None if old is None else _dumps(old),
             None if new is None else _dumps(new), by, at, source))
        return int(cursor.fetchone()[0])

    @staticmethod
    def _touch(conn: Database, assessment_id: str, at: str) -> None:
        conn.execute("UPDATE assessments SET updated_at = ? WHERE id = ?", (at, assessment_id))

    @staticmethod
    def _insert_files(conn: Database, assessment_id: str, files: tuple[LawFile, ...] | list[LawFile]) -> None:
        conn.executemany(
            "INSERT INTO law_files (assessment_id, position, name, sha256, size, format, language, provisions, "
            "title, version, added_at, reading) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(assessment_id, i, f.name, f.sha256, f.size, f.format, f.language, f.provisions, f.title, f.version,
              f.added_at, _reading_json(f.reading)) for i, f in enumerate(files)])

    @staticmethod
    def _finding_row(assessment_id: str, position: int, f: Finding) -> tuple[Any, ...]:
        decision = decision_json(f.decision)
        return (assessment_id, f.requirement_id, position, f.machine_status.value,
                _dumps([element_json(e) for e in f.elements]), _dumps(list(f.candidates)), f.evidence_digest,
                None if decision is None else _dumps(decision), int(f.needs_review), f.version)

    def _insert_findings(self, conn: Database, assessment_id: str, findings: list[Finding],
                         start: int = 0) -> None:
        conn.executemany(
            "INSERT INTO findings (assessment_id, requirement_id, position, machine_status, elements, candidates, "
            "evidence_digest, decision, needs_review, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [self._finding_row(assessment_id, start + i, f) for i, f in enumerate(findings)])

    def _insert_assessment(self, conn: Database, a: Assessment) -> None:
        try:
            conn.execute(
                "INSERT INTO assessments (id, jurisdiction, title, date, instruments, created_at, updated_at, "
                "created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (a.id, a.jurisdiction, a.title, a.date, _dumps(list(a.instruments)), a.created_at, a.updated_at,
                 a.created_by))
        except conn.IntegrityError:
            raise StoreError(f"an assessment with id {a.id!r} already exists") from None
        self._insert_files(conn, a.id, a.files)
        self._insert_findings(conn, a.id, list(a.findings.values()))

    # -- writing: the assessment

    def create(self, assessment: Assessment, by: str = "", source: str = "app", *, owner: bool = False) -> Assessment:
        """Save a new assessment (from `new_assessment`, with any files and findings it has).

        `owner`: `by` becomes its first member, an owner (the app under sign-in), so only the members
        they add may read or change it. Without it the assessment is open to everyone, as before roles.
        """
        stamp = now()
        assessment = replace(assessment, created_at=assessment.created_at or stamp,
                             updated_at=assessment.updated_at or stamp, created_by=assessment.created_by or by)
        with self._write() as conn:
            self._insert_assessment(conn, assessment)
            self._record(conn, assessment.id, "", "created", None,
                         {"jurisdiction": assessment.jurisdiction, "title": assessment.title}, by, stamp, source)
            if owner:
                self._make_owner(conn, assessment.id, by, by, stamp, source)
            return self._load(conn, assessment.id)

    def update_details(self, assessment_id: str, *, jurisdiction: str | None = None, title: str | None = None,
                       date: str | None = None, instruments: tuple[str, ...] | list[str] | None = None, by: str,
                       source: str = "app") -> Assessment:
        """Change the assessment's details; each changed field is one history entry."""
        given = {"jurisdiction": jurisdiction.strip() if jurisdiction is not None else None,
                 "title": title.strip() if title is not None else None, "date": date,
                 "instruments": list(instruments) if instruments is not None else None}
        stamp = now()
        with self._write() as conn:
            row = self._require(conn, assessment_id)
            self._authorize(conn, assessment_id, by, "edit")
            changed = False
            for name in _HEADER_FIELDS:
                new = given[name]
                old = json.loads(row[name]) if name == "instruments" else row[name]
                if new is None or new == old:
                    continue
                stored = _dumps(new) if name == "instruments" else new
                conn.execute(f"UPDATE assessments SET {name} = ? WHERE id = ?", (stored, assessment_id))  # noqa: S608 - name is one of _HEADER_FIELDS
                self._record(conn, assessment_id, "", name, old, new, by, stamp, source)
                changed = True
            if changed:
                self._touch(conn, assessment_id, stamp)
            return self._load(conn, assessment_id)

    def rename(self, assessment_id: str, title: str, *, by: str, source: str = "app") -> Assessment:
        """Change the title (recorded in the history)."""
        return self.update_details(assessment_id, title=title, by=by, source=source)

    def delete(self, assessment_id: str, *, by: str = "") -> dict[str, Any]:
        """Delete an assessment with its files, findings and history; returns its export, for an undo.

        Deleting is final in the database: `import_json(returned, keep_id=True)` puts it back.
        """
        with self._write() as conn:
            self._require(conn, assessment_id)
            self._authorize(conn, assessment_id, by, "delete")
            exported = self._export(conn, assessment_id)
            conn.execute("DELETE FROM assessments WHERE id = ?", (assessment_id,))
            return exported

    def duplicate(self, assessment_id: str, title: str, *, by: str, source: str = "app") -> Assessment:
        """A new assessment with the same files and findings, decisions included (the next draft's start).

        Whoever may read the original may duplicate it. The members, coders and codings are not copied:
        the copy of an assessment that has members gets one, the person who duplicated it, as its owner
        (it is their draft: they add whom they want), so a members-only assessment never yields a copy
        open to everyone. The copy of an open assessment is open.
        """
        stamp = now()
        with self._write() as conn:
            original = self._load(conn, assessment_id)
            self._authorize(conn, assessment_id, by, "read")
            had_members = bool(self._member_list(conn, assessment_id))
            findings = {rid: replace(f, version=0) for rid, f in original.findings.items()}
            copy = replace(original, id=uuid.uuid4().hex[:12], title=title.strip() or original.title,
                           findings=findings, created_at=stamp, updated_at=stamp, created_by=by)
            self._insert_assessment(conn, copy)
            self._record(conn, copy.id, "", "created", None, f"duplicated from {assessment_id}", by, stamp, source)
            if had_members:
                self._make_owner(conn, copy.id, by, by, stamp, source)
            return self._load(conn, copy.id)

    def save_pre_assessment(self, assessment_id: str, pre: PreAssessment, files: list[LawFile], *, by: str,
                            source: str = "re-assessment") -> tuple[Assessment, list[str]]:
        """Store the machine's (new) proposal; human decisions are kept.

        Decided findings whose evidence changed are marked `needs_review` and returned by id. Every
        finding whose machine status or evidence changed gets a history entry ("machine"), all in
        one transaction. A finding the new proposal no longer covers is dropped, unless decided:
        a human decision is never deleted by the machine.
        """
        stamp = now()
        files = _with_readings(files, pre)
        with self._write() as conn:
            current = self._load(conn, assessment_id)
            self._authorize(conn, assessment_id, by, "edit")
            updated, changed = apply_pre_assessment(current, pre)
            new_ids = set(updated.findings)
            for position, (rid, finding) in enumerate(updated.findings.items()):
                old = current.findings.get(rid)
                if old is None:
                    self._insert_findings(conn, assessment_id, [finding], start=position)
                    self._record(conn, assessment_id, rid, "machine", None, _machine(finding), by, stamp, source)
                    continue
                same = (old.machine_status, old.elements, old.candidates, old.evidence_digest, old.needs_review) == (
                    finding.machine_status, finding.elements, finding.candidates, finding.evidence_digest,
                    finding.needs_review)
                version = old.version if same else old.version + 1
                conn.execute(
                    "UPDATE findings SET position = ?, machine_status = ?, elements = ?, candidates = ?, "
                    "evidence_digest = ?, needs_review = ?, version = ? WHERE assessment_id = ? AND requirement_id = ?",
                    self._finding_row(assessment_id, position, finding)[2:7] + (int(finding.needs_review), version,
                                                                                assessment_id, rid))
                if _machine(old) != _machine(finding):
                    self._record(conn, assessment_id, rid, "machine", _machine(old), _machine(finding), by, stamp,
                                 source)
                if finding.needs_review and not old.needs_review:
                    self._record(conn, assessment_id, rid, "needs_review", False, True, by, stamp, source)
            kept = len(updated.findings)
            for rid, old in current.findings.items():
                if rid in new_ids:
                    continue
                if old.decided:
                    conn.execute("UPDATE findings SET position = ? WHERE assessment_id = ? AND requirement_id = ?",
                                 (kept, assessment_id, rid))
                    kept += 1
                else:
                    conn.execute("DELETE FROM findings WHERE assessment_id = ? AND requirement_id = ?",
                                 (assessment_id, rid))
                    self._record(conn, assessment_id, rid, "machine", _machine(old), None, by, stamp, source)
            old_files, new_files = [file_json(f) for f in current.files], [file_json(f) for f in files]
            if old_files != new_files or list(current.files) != files:
                # A new reading of the same files is kept too, without a history entry: it is the
                # machine's view, recorded with the findings it produced.
                conn.execute("DELETE FROM law_files WHERE assessment_id = ?", (assessment_id,))
                self._insert_files(conn, assessment_id, files)
            if old_files != new_files:
                self._record(conn, assessment_id, "", "files", old_files or None, new_files, by, stamp, source)
            self._touch(conn, assessment_id, stamp)
            return self._load(conn, assessment_id), changed

    # -- writing: law files

    def put_file(self, name: str, data: bytes) -> str:
        """Keep a law file's bytes (once per content); returns their sha256."""
        digest = hashlib.sha256(data).hexdigest()
        with self._write() as conn:
            conn.execute("INSERT INTO law_blobs (sha256, name, size, data, added_at) VALUES (?, ?, ?, ?, ?) "
                         "ON CONFLICT DO NOTHING", (digest, name, len(data), bytes(data), now()))
        return digest

    def get_file(self, sha256: str) -> bytes:
        """The bytes of a law file kept with `put_file` (NotFound if they were not kept)."""
        with self._read() as conn:
            row = conn.execute("SELECT data FROM law_blobs WHERE sha256 = ?", (sha256,)).fetchone()
        if row is None:
            raise NotFound(f"the law file {sha256[:12]} is not in the database; upload it again")
        return bytes(row["data"])

    def set_files(self, assessment_id: str, files: list[LawFile], *, by: str, source: str = "app") -> Assessment:
        """Set the body of legislation of an assessment (before or between pre-assessments), with history."""
        stamp = now()
        with self._write() as conn:
            current = self._load(conn, assessment_id)
            self._authorize(conn, assessment_id, by, "edit")
            old_files, new_files = [file_json(f) for f in current.files], [file_json(f) for f in files]
            if old_files != new_files or list(current.files) != files:
                # A new reading of the same files is kept too, without a history entry: it is the
                # machine's view, recorded with the findings it produced.
                conn.execute("DELETE FROM law_files WHERE assessment_id = ?", (assessment_id,))
                self._insert_files(conn, assessment_id, files)
            if old_files != new_files:
                self._record(conn, assessment_id, "", "files", old_files or None, new_files, by, stamp, source)
                self._touch(conn, assessment_id, stamp)
            return self._load(conn, assessment_id)

    # -- writing: decisions

    def _conflict(self, conn: Database, assessment_id: str, current: Finding) -> ConflictError:
        last = conn.execute(
            "SELECT by, at FROM history WHERE assessment_id = ? AND requirement_id = ? ORDER BY id DESC LIMIT 1",
            (assessment_id, current.requirement_id)).fetchone()
        by = (last["by"] if last else "") or (current.decision.by if current.decision else "") or "someone"
        at = (last["at"] if last else "") or (current.decision.at if current.decision else "") or "an unknown time"
        if current.decision is not None:
            value = f"status {current.decision.status.value}, rationale '{_shorten(current.decision.rationale)}'"
        else:
            value = f"no decision (the machine's status {current.machine_status.value}), rationale ''"
        return ConflictError(f"This finding ({current.requirement_id}) was changed by {by} at {at}: {value}. "
                             "Reload to see it; your change was not saved.", current)

    def _set_decision(self, conn: Database, assessment_id: str, requirement_id: str,
                      decision: Decision | None, expected_version: int, by: str, source: str) -> Finding:
        header = self._require(conn, assessment_id)  # locked first: see _require
        self._authorize(conn, assessment_id, by, "decide")
        select = "SELECT * FROM findings WHERE assessment_id = ? AND requirement_id = ?"
        row = conn.execute(select, (assessment_id, requirement_id)).fetchone()
        if row is None and decision is not None:
            # Deciding from the start: a requirement in scope can be decided before any pre-assessment
            # (a law reviewed on paper). Its finding is made blank (the machine's "not assessed",
            # version 0) in this same transaction; a later pre-assessment adds its proposal beside it.
            position = scope_position(load_catalog(), json.loads(header["instruments"]), requirement_id)
            if position is None:
                raise NotFound(f"{requirement_id!r} is not a requirement in scope of assessment {assessment_id!r} "
                               f"(instruments {', '.join(json.loads(header['instruments']))})")
            self._insert_findings(conn, assessment_id, [Finding(requirement_id)], start=position)
            row = conn.execute(select, (assessment_id, requirement_id)).fetchone()
        if row is None:
            raise NotFound(f"assessment {assessment_id!r} has no finding {requirement_id!r}")
        current = _finding_from_row(row)
        stamp = now()
        # The decision is stamped with who saved it and when; the history keeps every earlier one.
        saved = replace(decision, by=by, at=stamp) if decision is not None else None
        as_json = decision_json(saved)
        cursor = conn.execute(
            "UPDATE findings SET decision = ?, needs_review = 0, version = version + 1 "
            "WHERE assessment_id = ? AND requirement_id = ? AND version = ?",
            (None if as_json is None else _dumps(as_json), assessment_id, requirement_id, expected_version))
        if cursor.rowcount != 1:
            raise self._conflict(conn, assessment_id, current)
        self._record(conn, assessment_id, requirement_id, "decision", decision_json(current.decision), as_json, by,
                     stamp, source)
        self._touch(conn, assessment_id, stamp)
        return replace(current, decision=saved, needs_review=False, version=current.version + 1)

    def decide(self, assessment_id: str, requirement_id: str, decision: Decision, *, expected_version: int, by: str,
               source: str = "app", overwrite: bool = False) -> Finding:
        """Save the assessor's decision, committed at once; ConflictError if someone saved first.

        `expected_version` is the finding's `version` as the person saw it. Deciding clears
        `needs_review`. Returns the finding as saved (its version one higher). A requirement in
        scope with no finding yet (no pre-assessment has run) is decided with `expected_version=0`.
        `overwrite` says the person saw another decision (at `expected_version`) and chose to
        replace it: the history entry's source says so (`overwrite_source`).
        """
        if overwrite:
            source = overwrite_source(source, expected_version)
        with self._write() as conn:
            if self._codes(conn, assessment_id, by):
                return self._code(conn, assessment_id, requirement_id, decision, expected_version, by, source)
            return self._set_decision(conn, assessment_id, requirement_id, decision, expected_version, by, source)

    def clear_decision(self, assessment_id: str, requirement_id: str, *, expected_version: int, by: str,
                       source: str = "app") -> Finding:
        """Withdraw the decision (the machine's proposal is in force again); same rules as `decide`."""
        with self._write() as conn:
            if self._codes(conn, assessment_id, by):
                return self._code(conn, assessment_id, requirement_id, None, expected_version, by, source)
            return self._set_decision(conn, assessment_id, requirement_id, None, expected_version, by, source)

    def restore(self, assessment_id: str, requirement_id: str, history_id: int, *, expected_version: int,
                by: str) -> Finding:
        """Make the decision what it was right *after* history entry `history_id` (its `new` value).

        Recorded as a new change, source "restore of #<id>"; restoring an entry that cleared the
        decision clears it. Same concurrency rule as `decide`.
        """
        with self._write() as conn:
            # Refused before the entry is looked at: a non-member learns nothing of the history.
            self._require(conn, assessment_id)
            self._authorize(conn, assessment_id, by, "decide")
            row = conn.execute("SELECT * FROM history WHERE id = ? AND assessment_id = ?",
                               (history_id, assessment_id)).fetchone()
            if row is None:
                raise NotFound(f"assessment {assessment_id!r} has no history entry #{history_id}")
            entry = _history_from_row(row)
            if entry.field != "decision" or entry.requirement_id != requirement_id:
                raise StoreError(f"history entry #{history_id} is not a decision on {requirement_id} "
                                 f"(it records {entry.field!r} of {entry.requirement_id or 'the assessment'})")
            return self._set_decision(conn, assessment_id, requirement_id, decision_value(entry.new),
                                      expected_version, by, f"restore of #{history_id}")

    # -- export / import

    def _export(self, conn: Database, assessment_id: str) -> dict[str, Any]:
        a = self._load(conn, assessment_id)
        history = conn.execute("SELECT * FROM history WHERE assessment_id = ? ORDER BY id",
                               (assessment_id,)).fetchall()
        coders = self._require(conn, assessment_id)["coders"]
        # Sorted here, not by the database, for the same order on both back ends (their collations differ).
        codings = sorted(conn.execute("SELECT requirement_id, coder, decision, version, at FROM codings "
                                      "WHERE assessment_id = ?", (assessment_id,)).fetchall(),
                         key=lambda r: (r["requirement_id"], r["coder"]))
        return {
            "schema": SCHEMA_ID,
            "assessment": {"id": a.id, "jurisdiction": a.jurisdiction, "title": a.title, "date": a.date,
                           "instruments": list(a.instruments), "created_at": a.created_at,
                           "updated_at": a.updated_at, "created_by": a.created_by},
            "files": [file_json(f) for f in a.files],
            "findings": [finding_json(f) for f in a.findings.values()],
            "history": [{"id": h.id, "requirement_id": h.requirement_id, "field": h.field, "old": h.old,
                         "new": h.new, "by": h.by, "at": h.at, "source": h.source}
                        for h in map(_history_from_row, history)],
            "members": [member_json(m) for m in self._member_list(conn, assessment_id)],
            "coders": json.loads(coders),
            "codings": [coding_json(r["requirement_id"], r["coder"],
                                    decision_value(None if r["decision"] is None else json.loads(r["decision"])),
                                    r["version"], r["at"]) for r in codings],
        }

    def export_json(self, assessment_id: str, *, as_user: str | None = None) -> dict[str, Any]:
        """The whole assessment as JSON-ready data: details, files, findings, decisions and full history, with
        its members, its coders and each coder's own decisions. `as_user` as for `get`."""
        with self._read() as conn:
            self._readable(conn, assessment_id, as_user)
            refused = None if as_user is None else self._coding_export_refused(conn, assessment_id, as_user)
            if refused:
                raise PermissionDenied(refused)
            return self._export(conn, assessment_id)

    def import_json(self, data: Any, *, by: str, keep_id: bool = False, source: str = "import") -> Assessment:
        """Add an exported assessment (validated strictly; AssessmentImportError names the problem).

        It gets a new id unless `keep_id` and the id is free. Its history comes in as it was, with
        its entry numbers when they are all free here (else renumbered, and "restore of #n"
        sources follow), plus one entry "imported from file". Its members, coders and each coder's
        decisions come in as exported (files made before roles have none: the assessment is open).
        If it has members and `by` is not one of them, `by` is added as an owner (a "member" entry
        before the import's): whoever holds the file has every word of it already, and an import
        that locked out the person who made it would leave a record nobody present could use.
        """
        model = parse_assessment_file(data)
        header = model.assessment
        stamp = now()
        with self._write() as conn:
            taken = conn.execute("SELECT 1 FROM assessments WHERE id = ?", (header.id,)).fetchone() is not None
            assessment_id = header.id if keep_id and not taken else uuid.uuid4().hex[:12]
            findings = {f.requirement_id: finding_value(f.model_dump()) for f in model.findings}
            assessment = Assessment(assessment_id, header.jurisdiction, header.title, header.date,
                                    tuple(header.instruments),
                                    tuple(LawFile(**f.model_dump()) for f in model.files), findings,
                                    header.created_at, header.updated_at, header.created_by)
            self._insert_assessment(conn, assessment)
            ids = [h.id for h in model.history]
            clash = bool(ids) and conn.execute(_IDS_TAKEN.replace("<values>", conn.json_values), (
                min(ids), max(ids), _dumps([str(i) for i in ids]))).fetchone() is not None
            renumbered: dict[int, int] = {}
            for h in model.history:
                source_text = h.source
                match = re.fullmatch(r"restore of #(\d+)", source_text)
                if clash and match and int(match.group(1)) in renumbered:
                    source_text = f"restore of #{renumbered[int(match.group(1))]}"
                values = (assessment_id, h.requirement_id, h.field, None if h.old is None else _dumps(h.old),
                          None if h.new is None else _dumps(h.new), h.by, h.at, source_text)
                if clash:
                    cursor = conn.execute(
                        "INSERT INTO history (assessment_id, requirement_id, field, old, new, by, at, source) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id", values)
                    renumbered[h.id] = int(cursor.fetchone()[0])
                else:
                    conn.execute("INSERT INTO history (id, assessment_id, requirement_id, field, old, new, by, at, "
                                 "source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", (h.id, *values))
            if ids and not clash:
                conn.after_explicit_ids("history")
            members = [Member(m.identity, Role(m.role), m.added_by, m.added_at) for m in model.members]
            for member in members:
                self._insert_member(conn, assessment_id, member)
            conn.execute("UPDATE assessments SET coders = ? WHERE id = ?", (_dumps(list(model.coders)), assessment_id))
            conn.executemany(
                "INSERT INTO codings (assessment_id, requirement_id, coder, decision, version, at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [(assessment_id, c.requirement_id, c.coder,
                  None if c.decision is None else _dumps(decision_json(decision_value(c.decision.model_dump()))),
                  c.version, c.at) for c in model.codings])
            if members and by.strip() and self._find(members, by) is None:
                self._make_owner(conn, assessment_id, by, by, stamp, source)
            self._record(conn, assessment_id, "", "imported", None, f"imported from file (original id {header.id})",
                         by, stamp, source)
            self._split_old_findings(conn)  # an export made before a split
            return self._load(conn, assessment_id)
