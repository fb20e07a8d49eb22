"""The assessments database: creating a full assessment, saving decisions one by one, loading.

Each figure is printed beside a bare sqlite3 baseline measured in the same run, on the same
disk, with the same journal (WAL) and durability (synchronous=FULL): the same rows written or
read with plain statements, without the store's version checks, history and domain values. A
bare loop with synchronous=NORMAL shows what the fsync of every commit costs.

Every decision is its own committed transaction, as in the app. Median of 5 runs after a
warm-up for create and get; the 1,000 decisions are timed once (they are the repetition).

    python bench/bench_store.py     (a few seconds to a minute, depending on the disk's fsync)
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
import time
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
    conn.execute("CREATE TABLE IF NOT EXISTS findings (assessment_id TEXT, requirement_id TEXT, position INTEGER, "
                 "machine_status TEXT, elements TEXT, candidates TEXT, evidence_digest TEXT, decision TEXT, "
                 "needs_review INTEGER, version INTEGER)")
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


def main() -> None:
    assessment = full_assessment()
    ids = list(assessment.findings)
    print(f"store benchmark: an assessment of {len(ids)} findings ({SAMPLE.name}), SQLite {sqlite3.sqlite_version}")
    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "assessor.sqlite3")
        rows = [Store._finding_row("bench", i, f) for i, f in enumerate(assessment.findings.values())]

        # create: the whole assessment in one transaction
        create = median_seconds(lambda: store.create(replace(assessment, id=new_assessment("x", "x").id), by="bench"))
        conn = bare(Path(folder) / "bare.sqlite3")
        bare_c = median_seconds(lambda: bare_create(conn, rows))
        print(f"create: {len(ids)} findings in {create * 1000:.1f} ms (read back included), {create / bare_c:.1f}x a "
              f"bare INSERT of the same rows ({bare_c * 1000:.1f} ms)")

        # decide: 1,000 decisions, each committed with its version check and history entry
        target = store.create(replace(assessment, id="decide"), by="bench")
        versions = {rid: f.version for rid, f in target.findings.items()}
        start = time.perf_counter()
        for n in range(DECISIONS):
            rid = ids[n % len(ids)]
            saved = store.decide("decide", rid, Decision(RequirementStatus.MET, f"n={n}"),
                                 expected_version=versions[rid], by="bench")
            versions[rid] = saved.version
        decide = time.perf_counter() - start
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


if __name__ == "__main__":
    main()
