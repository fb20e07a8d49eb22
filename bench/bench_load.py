"""Many writers at once (issue 13): 20 threads deciding random findings of one assessment for 30 s.

Each writer is a person at the app: it keeps the versions it last saw, saves a decision against them, and
on a refusal (someone saved first) takes the newer version, as the conflict panel does. Printed per back
end: decisions per second, the p95 latency of a save, conflicts reported; then the checks that nothing was
lost: every finding's final version is its first plus the saves made on it (0 lost updates), the history
holds one entry per save (every change recorded), and each finding holds the decision of the last save
on it (0 silent overwrites: every write that did not land was a reported conflict).

The baseline, measured in the same run on the same back end: one writer alone for a fifth of the time.
The writers are threads of one Python process, each with a Store of its own (as app sessions are); the
interpreter's lock makes the figures a lower bound for writers in separate processes.
SQLite is a file in a temporary folder; PostgreSQL the server of ASSESSOR_BENCH_POSTGRES or a throwaway
durable cluster (tests/pg.py), as bench_store.py uses.

    python bench/bench_load.py [SECONDS] [WRITERS]      (default 30 s, 20 writers, per back end)
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assessor.assessment import Decision  # noqa: E402
from assessor.errors import ConflictError  # noqa: E402
from assessor.preassessment import RequirementStatus  # noqa: E402
from assessor.store import Store  # noqa: E402
from bench.bench_store import full_assessment, postgres_url, schema  # noqa: E402

STATUSES = (RequirementStatus.MET, RequirementStatus.PARTIALLY_MET, RequirementStatus.NOT_MET)


@dataclass
class Tally:
    """What the writers did: saves (requirement, version saved, rationale), latencies, conflicts."""

    saves: list[tuple[str, int, str]] = field(default_factory=list)
    latencies: list[float] = field(default_factory=list)
    conflicts: int = 0
    errors: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


def writer(target: str, assessment_id: str, ids: list[str], seconds: float, name: str, tally: Tally) -> None:
    """One person saving decisions on random findings until the time is up."""
    rng = random.Random(name)  # noqa: S311 - a benchmark's choices, not a secret
    with Store(target) as store:
        seen = {rid: f.version for rid, f in store.get(assessment_id).findings.items()}
        end, count = time.perf_counter() + seconds, 0
        while time.perf_counter() < end:
            rid = rng.choice(ids)
            count += 1
            rationale = f"{name} #{count}"
            start = time.perf_counter()
            try:
                saved = store.decide(assessment_id, rid, Decision(rng.choice(STATUSES), rationale),
                                     expected_version=seen[rid], by=name, source="bench")
            except ConflictError as exc:
                with tally.lock:
                    tally.conflicts += 1
                seen[rid] = exc.current.version  # the panel shows the newer decision; the next save is against it
                continue
            except Exception as exc:  # anything else is a failure of the store under load: reported
                with tally.lock:
                    tally.errors.append(f"{name}: {exc}")
                return
            seen[rid] = saved.version
            with tally.lock:
                tally.latencies.append(time.perf_counter() - start)
                tally.saves.append((rid, saved.version, rationale))


def run(target: str, writers: int, seconds: float) -> tuple[float, Tally, list[str]]:
    """`writers` threads for `seconds` on a fresh assessment of `target`; (saves per second, tally, problems)."""
    with Store(target) as store:
        assessment = store.create(full_assessment(), by="bench")
        first = {rid: f.version for rid, f in assessment.findings.items()}
        history_before = Counter(e.requirement_id for e in store.history(assessment.id) if e.field == "decision")
    ids = sorted(first)
    tally = Tally()
    threads = [threading.Thread(target=writer, args=(target, assessment.id, ids, seconds, f"w{n}", tally))
               for n in range(writers)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - started
    problems = list(tally.errors)
    with Store(target) as store:
        final = store.get(assessment.id)
        history = Counter(e.requirement_id for e in store.history(assessment.id) if e.field == "decision")
    made = Counter(rid for rid, _, _ in tally.saves)
    last = {}
    for rid, version, rationale in tally.saves:
        if version > last.get(rid, (0, ""))[0]:
            last[rid] = (version, rationale)
    for rid in ids:
        finding = final.findings[rid]
        if finding.version != first[rid] + made[rid]:
            problems.append(f"{rid}: version {finding.version}, expected {first[rid]} + {made[rid]} saves "
                            "(lost update)")
        recorded = history[rid] - history_before[rid]
        if recorded != made[rid]:
            problems.append(f"{rid}: {recorded} history entries for {made[rid]} saves")
        if rid in last and (finding.decision is None or finding.decision.rationale != last[rid][1]):
            problems.append(f"{rid}: holds another decision than its last save (silent overwrite)")
    return len(tally.saves) / elapsed, tally, problems


def report(label: str, target: str, writers: int, seconds: float) -> bool:
    """Run the baseline (one writer) and the load on one back end; print; True when nothing was lost."""
    alone, _, alone_problems = run(target, 1, max(2.0, seconds / 5))
    rate, tally, problems = run(target, writers, seconds)
    p95 = statistics.quantiles(tally.latencies, n=20)[18] * 1000 if len(tally.latencies) >= 20 else float("nan")
    median = statistics.median(tally.latencies) * 1000 if tally.latencies else float("nan")
    print(f"{label}: {writers} writers for {seconds:.0f} s")
    print(f"  {rate:8.1f} decisions/s  ({rate / alone:.2f}x one writer alone: {alone:.1f}/s)")
    print(f"  save latency median {median:.1f} ms, p95 {p95:.1f} ms; {tally.conflicts} conflicts reported, "
          f"{len(tally.saves)} saves")
    lost = [p for p in problems + alone_problems if "lost update" in p]
    silent = [p for p in problems + alone_problems if "silent overwrite" in p]
    other = [p for p in problems + alone_problems if p not in lost and p not in silent]
    print(f"  lost updates: {len(lost)}   silent overwrites: {len(silent)}   other problems: {len(other)}")
    for problem in (lost + silent + other)[:10]:
        print(f"    {problem}")
    return not (lost or silent or other)


def main() -> None:
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 30.0
    writers = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    ok = True
    with tempfile.TemporaryDirectory() as folder:
        ok &= report("SQLite (WAL, synchronous=FULL)", str(Path(folder) / "load.sqlite3"), writers, seconds)
    try:
        with postgres_url() as url, schema(url) as target:
            ok &= report("PostgreSQL (READ COMMITTED, the assessment's row locked)", target, writers, seconds)
    except Exception as exc:  # no PostgreSQL here: said, not hidden
        print(f"PostgreSQL left out: {exc}")
    print(f"target: 0 lost updates, 0 silent overwrites: {'PASS' if ok else 'FAIL'}")


if __name__ == "__main__":
    main()
