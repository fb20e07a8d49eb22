"""Review page: server time of a rerun for an assessment of a ~1,000-provision law (target < 300 ms).

An assessment of the synthetic penal code of the matching benchmark (about 1,000 provisions, kept
in SQLite as the app keeps uploads) is pre-assessed and saved; the Review page then runs in
Streamlit's AppTest (the app's own script, server side, no browser), once to warm its caches, and
is timed on reruns that walk to the next requirement, as an assessor clicking "Next" does.

Baseline, measured in the same run: a rerun of a page that only writes one line, the floor of
Streamlit's own rerun machinery under AppTest. The ratio says how much the Review page costs above it.

    python bench/bench_review_page.py      (about half a minute)
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

from assessor.assessment import LawFile, new_assessment  # noqa: E402
from assessor.catalog import load_catalog  # noqa: E402
from assessor.legislation.model import Legislation  # noqa: E402
from assessor.legislation.reader import read_bytes  # noqa: E402
from assessor.preassessment import pre_assess  # noqa: E402
from assessor.store import Store  # noqa: E402
from bench.bench_matching_speed import articles_for  # noqa: E402
from bench.generate import generate_code, txt_bytes  # noqa: E402

PROVISIONS = 1000
RERUNS = 15
TARGET = 0.300


def review_page() -> None:
    """The page under test (AppTest runs a function's body as the script)."""
    from assessor.ui import review_page as page

    page.render()


def floor_page() -> None:
    """The baseline page: one line of text."""
    import streamlit as st

    st.write("ready")


def _assessment(database: Path) -> tuple[str, int]:
    store = Store(database)
    data = txt_bytes(generate_code(articles_for(PROVISIONS), seed=0))
    source, provisions = read_bytes(data, "penal-code.txt")
    law = Legislation((source,), tuple(provisions))
    assessment = store.create(new_assessment("Benchmark", "Penal code"))
    files = [LawFile("penal-code.txt", store.put_file("penal-code.txt", data), len(data))]
    store.set_files(assessment.id, files, by="bench")
    store.save_pre_assessment(assessment.id, pre_assess(law, load_catalog(), assessment.instruments), files,
                              by="bench")
    return assessment.id, len(provisions)


def _reruns(app: AppTest, step) -> list[float]:  # noqa: ANN001
    times = []
    for _ in range(RERUNS):
        step(app)
        start = time.perf_counter()
        app.run()
        times.append(time.perf_counter() - start)
        if app.exception:
            raise SystemExit(f"the page failed: {app.exception}")
    return times


def _next(app: AppTest) -> None:
    buttons = [b for b in app.button if b.label == "Next ▶"]
    if buttons:
        buttons[0].click()


def main() -> int:
    """Print the figures; exit 1 when the target is missed."""
    with tempfile.TemporaryDirectory() as folder:
        database = Path(folder) / "bench.sqlite3"
        os.environ["ASSESSOR_DATABASE"] = str(database)
        assessment_id, provisions = _assessment(database)

        floor = AppTest.from_function(floor_page, default_timeout=120).run()
        floor_times = _reruns(floor, lambda app: None)

        app = AppTest.from_function(review_page, default_timeout=300)
        app.query_params["assessment"] = assessment_id
        start = time.perf_counter()
        app.run()  # warm-up: reads the law from SQLite and fills the page's caches
        first = time.perf_counter() - start
        times = _reruns(app, _next)
    median, floor_median = statistics.median(times), statistics.median(floor_times)
    verdict = "PASS" if median < TARGET else "FAIL"
    print(f"review page rerun: {median * 1000:.0f} ms median of {RERUNS} 'Next' reruns for a "
          f"{provisions}-provision law (target < {TARGET * 1000:.0f} ms: {verdict}); "
          f"first load {first:.2f} s")
    print(f"baseline (a one-line page's rerun under AppTest): {floor_median * 1000:.1f} ms; "
          f"review page = {median / floor_median:.1f}x the baseline")
    return 0 if verdict == "PASS" else 1


if __name__ == "__main__":
    raise SystemExit(main())
