"""Start page: server time for a record of 200 assessments (target < 1 s).

200 assessments are recorded in SQLite, each with a law file and its pre-assessment saved (about 180
findings each, some decided), as a team's record looks after a year. The Start page then runs in
Streamlit's AppTest (the app's own code, server side, no browser) with one of them open: once cold (a
fresh session, its caches empty) and on reruns, as a person coming back to it.

Baseline, measured in the same run: a rerun of a page that only writes one line, the floor of
Streamlit's own rerun machinery under AppTest. The ratio says how much the Start page costs above it.

    python bench/bench_start_page.py      (about a minute)
"""

from __future__ import annotations

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


def floor_page() -> None:
    """The baseline page: one line of text."""
    import streamlit as st

    st.write("ready")


def _record(database: Path) -> str:
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


def main() -> int:
    """Print the figures; exit 1 when the target is missed."""
    with tempfile.TemporaryDirectory() as folder:
        database = Path(folder) / "bench.sqlite3"
        os.environ["ASSESSOR_DATABASE"] = str(database)
        opened = _record(database)

        floor = AppTest.from_function(floor_page, default_timeout=120).run()
        floor_times = _reruns(floor)

        app = AppTest.from_function(start_page, default_timeout=120)
        app.query_params["assessment"] = opened
        start = time.perf_counter()
        app.run()  # cold: the checklists loaded, the store opened
        first = time.perf_counter() - start
        if app.exception:
            raise SystemExit(f"the page failed: {app.exception}")
        times = _reruns(app)
    median, floor_median = statistics.median(times), statistics.median(floor_times)
    worst = max(first, *times)
    verdict = "PASS" if worst < TARGET else "FAIL"
    print(f"start page: {median * 1000:.0f} ms median of {RERUNS} reruns, first load {first * 1000:.0f} ms, "
          f"with {ASSESSMENTS} assessments recorded (target < {TARGET * 1000:.0f} ms for every load: {verdict})")
    print(f"baseline (a one-line page's rerun under AppTest): {floor_median * 1000:.1f} ms; "
          f"start page = {median / floor_median:.1f}x the baseline")
    return 0 if verdict == "PASS" else 1


if __name__ == "__main__":
    raise SystemExit(main())
