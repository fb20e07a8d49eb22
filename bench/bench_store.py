"""The assessments database: creating a full assessment, saving decisions one by one, loading.

Each figure is printed beside a bare sqlite3 baseline measured in the same run, on the same
disk, with the same journal (WAL) and durability (synchronous=FULL): the same rows written or
read with plain statements, without the store's version checks, history and domain values. A
bare loop with synchronous=NORMAL shows what the fsync of every commit costs.

Every decision is its own committed transaction, as in the app. Median of 5 runs after a
warm-up for create and get; the 1,000 decisions are timed once (they are the repetition).

Then the same three figures on PostgreSQL (the server of `ASSESSOR_BENCH_POSTGRES`, else a
throwaway local cluster with fsync on, as tests/pg.py makes them), each beside a bare psycopg
baseline of the same rows (synchronous_commit on; off for the "NORMAL" line) and beside SQLite's
figure of the same run. Without PostgreSQL that part says why and is left out.

    python bench/bench_store.py     (a few seconds to a minute, depending on the disk's fsync)
"""

from __future__ import annotations

import contextlib
import os
import secrets
import sqlite3
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assessor.assessment import Assessment, Decision, LawFile, apply_pre_assessment, new_assessment  # noqa: E402
from assessor.legislation.reader import read_legislation  # noqa: E402
from assessor.preassessment import RequirementStatus, pre_assess  # noqa: E402
from assessor.store import Store  # noqa: E402
from bench.timing import median_seconds  # noqa: E402

DECISIONS = 1000
BARE_TABLE = ("CREATE TABLE IF NOT EXISTS findings (assessment_id TEXT, requirement_id TEXT, position INTEGER, "
              "machine_status TEXT, elements TEXT, candidates TEXT, evidence_digest TEXT, decision TEXT, "
              "needs_review INTEGER, version INTEGER)")
SAMPLE = ROOT / "legislation_samples" / "arcadia-anti-trafficking-act-2024.docx"


def full_assessment() -> Assessment:
    """An assessment of a sample law with every requirement's finding (about 160)."""
    legislation = read_legislation([SAMPLE])
    base = replace(new_assessment("Arcadia", "Anti-Trafficking Act 2024"),
                   files=tuple(LawFile.from_source(f) for f in legislation.files))
    return apply_pre_assessment(base, pre_assess(legislation))[0]


def bare(path: Path, synchronous: str = "FULL") -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute(f"PRAGMA synchronous = {synchronous}")
    conn.execute(BARE_TABLE)
    return conn


def bare_create(conn: sqlite3.Connection, rows: list[tuple]) -> None:
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany("INSERT INTO findings VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    conn.execute("COMMIT")


def bare_decisions(conn: sqlite3.Connection, rows: list[tuple]) -> float:
    """DECISIONS single-row INSERTs, each its own transaction: the floor of a committed save."""
    start = time.perf_counter()
    for n in range(DECISIONS):
        row = rows[n % len(rows)]
        conn.execute("INSERT INTO findings VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     (*row[:7], f'{{"status":"met","rationale":"n={n}"}}', 0, n))
    return time.perf_counter() - start


def store_create(store: Store, assessment: Assessment) -> float:
    """Median time to create the whole assessment in one transaction (read back included)."""
    return median_seconds(lambda: store.create(replace(assessment, id=new_assessment("x", "x").id), by="bench"))


def store_decisions(store: Store, assessment: Assessment) -> float:
    """DECISIONS decisions, each committed with its version check and history entry."""
    ids = list(assessment.findings)
    target = store.create(replace(assessment, id="decide"), by="bench")
    versions = {rid: f.version for rid, f in target.findings.items()}
    start = time.perf_counter()
    for n in range(DECISIONS):
        rid = ids[n % len(ids)]
        saved = store.decide("decide", rid, Decision(RequirementStatus.MET, f"n={n}"),
                             expected_version=versions[rid], by="bench")
        versions[rid] = saved.version
    return time.perf_counter() - start


def main() -> None:
    assessment = full_assessment()
    ids = list(assessment.findings)
    print(f"store benchmark: an assessment of {len(ids)} findings ({SAMPLE.name}), SQLite {sqlite3.sqlite_version}")
    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "assessor.sqlite3")
        rows = [Store._finding_row("bench", i, f) for i, f in enumerate(assessment.findings.values())]

        # create: the whole assessment in one transaction
        create = store_create(store, assessment)
        conn = bare(Path(folder) / "bare.sqlite3")
        bare_c = median_seconds(lambda: bare_create(conn, rows))
        print(f"create: {len(ids)} findings in {create * 1000:.1f} ms (read back included), {create / bare_c:.1f}x a "
              f"bare INSERT of the same rows ({bare_c * 1000:.1f} ms)")

        # decide: 1,000 decisions, each committed with its version check and history entry
        decide = store_decisions(store, assessment)
        bare_d = bare_decisions(conn, rows)
        normal = bare(Path(folder) / "normal.sqlite3", "NORMAL")
        bare_n = bare_decisions(normal, rows)
        print(f"decide: {DECISIONS:,} in {decide:.2f} s ({DECISIONS / decide:,.0f}/s), {decide / bare_d:.1f}x a bare "
              f"INSERT loop ({DECISIONS / bare_d:,.0f}/s); the bare loop with synchronous=NORMAL: "
              f"{DECISIONS / bare_n:,.0f}/s")

        # get: the full assessment, as domain values
        get = median_seconds(lambda: store.get("decide"))

        plain = bare(Path(folder) / "get.sqlite3")
        bare_create(plain, rows)

        def bare_get() -> None:
            plain.execute("SELECT * FROM findings WHERE assessment_id = 'bench'").fetchall()

        bare_g = median_seconds(bare_get)
        print(f"get: {len(ids)} findings in {get * 1000:.1f} ms, {get / bare_g:.1f}x a bare SELECT of the rows "
              f"({bare_g * 1000:.1f} ms)")
        store.close()
        conn.close()
        normal.close()
        plain.close()
    postgres(assessment, rows, {"create": create, "decide": decide, "get": get})


# --- PostgreSQL ----------------------------------------------------------------------------------

@contextlib.contextmanager
def postgres_url() -> Iterator[str]:
    """ASSESSOR_BENCH_POSTGRES, or a throwaway durable cluster (tests/pg.py); Unavailable says why not."""
    configured = os.environ.get("ASSESSOR_BENCH_POSTGRES", "").strip()
    if configured:
        yield configured
        return
    sys.path.insert(0, str(ROOT / "tests"))
    from pg import throwaway_cluster

    with throwaway_cluster(durable=True) as url:
        yield url


@contextlib.contextmanager
def schema(url: str) -> Iterator[str]:
    """A schema of its own on the server (its URL), dropped afterwards."""
    import psycopg

    sys.path.insert(0, str(ROOT / "tests"))
    from pg import schema_url

    name = f"bench_{secrets.token_hex(4)}"
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute(f"CREATE SCHEMA {name}")
        try:
            yield schema_url(url, name)
        finally:
            admin.execute(f"DROP SCHEMA {name} CASCADE")


def pg_bare(url: str, synchronous_commit: str = "on") -> object:
    import psycopg

    conn = psycopg.connect(url, autocommit=True)
    conn.execute(f"SET synchronous_commit = {synchronous_commit}")
    conn.execute(BARE_TABLE)
    return conn


def pg_bare_create(conn: object, rows: list[tuple]) -> None:
    with conn.transaction(), conn.cursor() as cursor:
        cursor.executemany("INSERT INTO findings VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s)", rows)


def pg_bare_decisions(conn: object, rows: list[tuple]) -> float:
    start = time.perf_counter()
    for n in range(DECISIONS):
        row = rows[n % len(rows)]
        conn.execute("INSERT INTO findings VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
                     (*row[:7], f'{{"status":"met","rationale":"n={n}"}}', 0, n))
    return time.perf_counter() - start


def postgres(assessment: Assessment, rows: list[tuple], sqlite: dict[str, float]) -> None:
    """The same figures on PostgreSQL, against a bare psycopg baseline and against SQLite's."""
    n = len(rows)
    try:
        import psycopg
    except ImportError:
        print("PostgreSQL: left out (psycopg is not installed)")
        return
    try:
        with postgres_url() as url, schema(url) as target, schema(url) as bare_target, schema(url) as get_target:
            store = Store(target)
            with psycopg.connect(url) as admin:
                version = admin.execute("SHOW server_version").fetchone()[0]
            server = "ASSESSOR_BENCH_POSTGRES" if os.environ.get("ASSESSOR_BENCH_POSTGRES") else "local, fsync on"
            print(f"PostgreSQL {version} ({server}), psycopg {psycopg.__version__}:")
            conn = pg_bare(bare_target)
            create = store_create(store, assessment)
            bare_c = median_seconds(lambda: pg_bare_create(conn, rows))
            print(f"create: {n} findings in {create * 1000:.1f} ms, {create / bare_c:.1f}x a bare INSERT of the same "
                  f"rows ({bare_c * 1000:.1f} ms); {create / sqlite['create']:.1f}x SQLite")
            decide = store_decisions(store, assessment)
            bare_d = pg_bare_decisions(conn, rows)
            relaxed = pg_bare(bare_target, "off")
            bare_n = pg_bare_decisions(relaxed, rows)
            print(f"decide: {DECISIONS:,} in {decide:.2f} s ({DECISIONS / decide:,.0f}/s), {decide / bare_d:.1f}x a "
                  f"bare INSERT loop ({DECISIONS / bare_d:,.0f}/s), {decide / sqlite['decide']:.1f}x SQLite's time; "
                  f"the bare loop with synchronous_commit=off: {DECISIONS / bare_n:,.0f}/s")
            get = median_seconds(lambda: store.get("decide"))
            plain = pg_bare(get_target)  # one assessment's rows, as SQLite's baseline
            pg_bare_create(plain, rows)
            bare_g = median_seconds(lambda: plain.execute("SELECT * FROM findings WHERE assessment_id = 'bench'")
                                    .fetchall())
            print(f"get: {n} findings in {get * 1000:.1f} ms, {get / bare_g:.1f}x a bare SELECT of the rows "
                  f"({bare_g * 1000:.1f} ms); {get / sqlite['get']:.1f}x SQLite")
            store.close()
            conn.close()
            relaxed.close()
            plain.close()
    except Exception as exc:  # noqa: BLE001 - a benchmark part that cannot run says why, the rest stands
        print(f"PostgreSQL: left out ({type(exc).__name__}: {str(exc).strip()[:300]})")


if __name__ == "__main__":
    main()
