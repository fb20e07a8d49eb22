"""Start page and assessments list: server time for a record of 200 assessments, on SQLite and on
PostgreSQL (target < 1 s for every load, issue 13).

200 assessments are recorded, each with a law file and its pre-assessment saved (about 190 findings
each, some decided), as a team's record looks after a year: in an SQLite file, then in a PostgreSQL
database (ASSESSOR_BENCH_POSTGRES, or a throwaway cluster started as tests/pg.py does). The Start page
and the Assessments page (the list) then run in Streamlit's AppTest (the app's own code, server side,
no browser) with one of them open: once cold (a fresh session, its caches empty) and on reruns, as a
person coming back to it.

Baseline, measured in the same run: a rerun of a page that only writes one line, the floor of
Streamlit's own rerun machinery under AppTest. The ratio says how much each page costs above it.

    python bench/bench_start_page.py                 (both back ends, about three minutes)
    python bench/bench_start_page.py --sqlite-only   (no PostgreSQL)
"""

from __future__ import annotations

import contextlib
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from streamlit.testing.v1 import AppTest  # noqa: E402

from assessor import legislation_from_text  # noqa: E402
from assessor.assessment import Decision, LawFile, new_assessment  # noqa: E402
from assessor.catalog import load_catalog  # noqa: E402
from assessor.preassessment import RequirementStatus, pre_assess  # noqa: E402
from assessor.store import Store  # noqa: E402
from bench.bench_store import postgres_url, schema  # noqa: E402

ASSESSMENTS = 200
RERUNS = 15
TARGET = 1.0
# An invented provision, enough for the machine to propose something for a few requirements.
ACT = ("Section 3 Trafficking in persons\n(1) A person who recruits, transports or harbours another person by "
       "force or deception for the purpose of exploitation commits an offence.\n(2) The consent of the victim is "
       "irrelevant.\nSection 4 Penalty\nA person guilty of an offence under section 3 is liable to imprisonment "
       "for ten years.")


def start_page() -> None:
    """The page under test (AppTest runs a function's body as the script)."""
    from assessor.ui import start_page as page

    page.render()


def assessments_page() -> None:
    """The Assessments page: the list of every assessment, with its progress."""
    from assessor.ui import assessments_page as page

    page.render()


def floor_page() -> None:
    """The baseline page: one line of text."""
    import streamlit as st

    st.write("ready")


def _record(database: str) -> str:
    """ASSESSMENTS pre-assessed assessments, a few decisions each; the id of the last one."""
    store = Store(database)
    catalog = load_catalog()
    pre = pre_assess(legislation_from_text(ACT, "act.txt", "en"), catalog)
    data = ACT.encode()
    files = [LawFile("act.txt", store.put_file("act.txt", data), len(data))]
    last = ""
    for number in range(ASSESSMENTS):
        assessment = store.create(new_assessment(f"State {number}", "Trafficking Act", created_by="bench"))
        store.set_files(assessment.id, files, by="bench")
        saved = store.save_pre_assessment(assessment.id, pre, files, by="bench")[0]
        for finding in list(saved.findings.values())[: number % 20]:
            store.decide(assessment.id, finding.requirement_id, Decision(RequirementStatus.MET, "ok", by="bench"),
                         expected_version=finding.version, by="bench")
        last = assessment.id
    store.close()
    return last


def _reruns(app: AppTest) -> list[float]:
    times = []
    for _ in range(RERUNS):
        start = time.perf_counter()
        app.run()
        times.append(time.perf_counter() - start)
        if app.exception:
            raise SystemExit(f"the page failed: {app.exception}")
    return times


def _page(page, opened: str) -> tuple[float, list[float]]:  # noqa: ANN001 - a page function
    """The first load (cold) and the reruns of a page with assessment `opened` open."""
    app = AppTest.from_function(page, default_timeout=120)
    app.query_params["assessment"] = opened
    start = time.perf_counter()
    app.run()  # cold: the checklists loaded, the store opened
    first = time.perf_counter() - start
    if app.exception:
        raise SystemExit(f"the page failed: {app.exception}")
    return first, _reruns(app)


def _measure(backend: str, database: str) -> list[tuple[str, str, float, float]]:
    """(back end, page, first load, median rerun) for each page, on a database of ASSESSMENTS assessments."""
    os.environ["ASSESSOR_DATABASE"] = database
    started = time.perf_counter()
    opened = _record(database)
    print(f"{backend}: {ASSESSMENTS} assessments recorded in {time.perf_counter() - started:.0f} s", flush=True)
    rows = []
    for name, page in (("start page", start_page), ("assessments list", assessments_page)):
        first, times = _page(page, opened)
        rows.append((backend, name, first, statistics.median(times)))
    return rows


def main(argv: list[str] | None = None) -> int:
    """Print the figures; exit 1 when the target is missed."""
    args = sys.argv[1:] if argv is None else argv
    floor = AppTest.from_function(floor_page, default_timeout=120).run()
    floor_median = statistics.median(_reruns(floor))
    rows: list[tuple[str, str, float, float]] = []
    with tempfile.TemporaryDirectory() as folder:
        rows += _measure("SQLite", str(Path(folder) / "bench.sqlite3"))
    if "--sqlite-only" not in args:
        with contextlib.ExitStack() as stack:
            url = stack.enter_context(postgres_url())
            rows += _measure("PostgreSQL", stack.enter_context(schema(url)))
    verdict = "PASS" if all(max(first, median) < TARGET for *_, first, median in rows) else "FAIL"
    print(f"\n{'back end':<11} {'page':<17} {'first load':>10} {'rerun (median of ' + str(RERUNS) + ')':>22} "
          f"{'x baseline':>10}")
    for backend, name, first, median in rows:
        print(f"{backend:<11} {name:<17} {first * 1000:>8.0f} ms {median * 1000:>19.0f} ms "
              f"{median / floor_median:>9.1f}x")
    print(f"baseline (a one-line page's rerun under AppTest): {floor_median * 1000:.1f} ms")
    print(f"{ASSESSMENTS} assessments recorded; target < {TARGET * 1000:.0f} ms for every load on both back ends: "
          f"{verdict}")
    return 0 if verdict == "PASS" else 1


if __name__ == "__main__":
    raise SystemExit(main())
