"""Matching speed: `pre_assess` against every checklist on a synthetic penal code of about 1,000
provisions, against the naive rapidfuzz matcher (every lexicon term scored against every
provision with partial_ratio) on the same legislation, measured in the same run. The 1000-article
code of the reading benchmark (about 11,700 provisions) is reported too.

Median of 5 runs after a warm-up, one process, one thread, with the environment as it is. A naive
run that would take too long is timed on a sample of provisions and extrapolated linearly (its
cost is linear in the number of provisions); the output says so.

    python bench/bench_matching_speed.py     (about a minute)
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assessor.catalog import Catalog, load_catalog  # noqa: E402
from assessor.legislation.model import Legislation  # noqa: E402
from assessor.legislation.reader import read_bytes, read_legislation  # noqa: E402
from assessor.preassessment import pre_assess  # noqa: E402
from bench.baseline import lexicon_languages, naive_items, naive_rapidfuzz  # noqa: E402
from bench.generate import generate_code, txt_bytes  # noqa: E402
from bench.timing import median_seconds  # noqa: E402

RUNS = 5
TARGET_PROVISIONS = 1000
BIG_ARTICLES = 1000
TIME_TARGET = 2.0  # seconds for ~1,000 provisions
RATIO_TARGET = 10.0
# Budgets that keep the whole benchmark near a minute: pre_assess gets fewer runs when five would
# take longer than ENGINE_BUDGET; the naive matcher is timed on a sample when one full run would
# take longer than NAIVE_RUN_BUDGET.
ENGINE_BUDGET = 30.0
NAIVE_RUN_BUDGET = 6.0
NAIVE_PROBE = 100  # provisions timed once to estimate the naive matcher's cost per provision


@dataclass
class Timing:
    seconds: float
    runs: int
    note: str = ""


def median_time(action: Callable[[], object], runs: int = RUNS, warm: float | None = None) -> Timing:
    """Median wall time of `runs` calls after one warm-up call (or one already timed: `warm`)."""
    return Timing(median_seconds(action, runs, warm_up=warm is None), runs)


def once(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def read_code(articles: int, folder: Path) -> Legislation:
    """The synthetic code of `articles` articles, written as .txt and read through the reader."""
    path = folder / f"penal_code_{articles}.txt"
    path.write_bytes(txt_bytes(generate_code(articles, seed=0)))
    return read_legislation([path])


def articles_for(provisions: int) -> int:
    """The article count whose code has the number of provisions nearest `provisions`."""
    def count(n: int) -> int:
        return len(read_bytes(txt_bytes(generate_code(n, seed=0)), "code.txt")[1])

    guess = max(1, round(provisions / (count(100) / 100)))
    best = min(range(max(1, guess - 8), guess + 9), key=lambda n: (abs(count(n) - provisions), n))
    return best


def time_engine(legislation: Legislation, catalog: Catalog) -> Timing:
    warm = once(lambda: pre_assess(legislation, catalog))
    if warm * RUNS <= ENGINE_BUDGET:
        return median_time(lambda: pre_assess(legislation, catalog), RUNS, warm)
    runs = max(1, int(ENGINE_BUDGET // warm))
    timing = median_time(lambda: pre_assess(legislation, catalog), runs, warm)
    timing.note = f"median of {runs} run(s) after the warm-up, not {RUNS}: one run takes {warm:.1f} s"
    return timing


def time_naive(legislation: Legislation, catalog: Catalog) -> Timing:
    provisions = legislation.provisions
    total = len(provisions)
    probe = provisions[: min(NAIVE_PROBE, total)]
    per_provision = once(lambda: naive_rapidfuzz(legislation, catalog, probe)) / len(probe)
    if per_provision * total <= NAIVE_RUN_BUDGET:
        return median_time(lambda: naive_rapidfuzz(legislation, catalog))
    # Too slow to time five times in full: a contiguous sample from the start of the code (the
    # generator mixes every kind of provision throughout), extrapolated linearly.
    size = max(NAIVE_PROBE, min(total, int(NAIVE_RUN_BUDGET / per_provision)))
    sample = provisions[:size]
    timing = median_time(lambda: naive_rapidfuzz(legislation, catalog, sample))
    sample_seconds = timing.seconds
    timing.seconds = sample_seconds * total / size
    timing.note = (f"extrapolated linearly from {size:,} of the {total:,} provisions "
                   f"({sample_seconds:.2f} s for the sample)")
    return timing


def seconds(value: float) -> str:
    return f"{value:.2f} s" if value >= 0.01 else f"{value * 1000:.2f} ms"


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-big", action="store_true", help="leave out the 1000-article code")
    args = parser.parse_args(argv)

    catalog = load_catalog()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        small_articles = articles_for(TARGET_PROVISIONS)
        codes = [(small_articles, read_code(small_articles, folder))]
        if not args.skip_big:
            codes.append((BIG_ARTICLES, read_code(BIG_ARTICLES, folder)))
    languages = lexicon_languages(codes[0][1])
    items = naive_items(catalog, languages)
    n_terms = sum(len(terms) for _, terms in items)
    print(f"catalog: {len(catalog.elements)} elements and {len(catalog.red_flags)} red flags, "
          f"instruments {', '.join(i.id for i in catalog.instruments)}; naive matcher: {n_terms} lexicon terms "
          f"({'/'.join(languages)}) x every provision, rapidfuzz.fuzz.partial_ratio >= 90")
    print(f"median of {RUNS} runs after a warm-up; one process, one thread")
    for index, (articles, legislation) in enumerate(codes):
        n = len(legislation.provisions)
        engine = time_engine(legislation, catalog)
        naive = time_naive(legislation, catalog)
        ratio = naive.seconds / engine.seconds if engine.seconds > 0 else float("inf")
        ratio_text = f"{ratio:,.0f}x" if ratio >= 10 else f"{ratio:.1f}x"
        if index == 0:
            print(f"pre-assessment of {n:,} provisions: {seconds(engine.seconds)} "
                  f"(target <= {TIME_TARGET:g} s: {verdict(engine.seconds <= TIME_TARGET)}); "
                  f"naive rapidfuzz matcher: {naive.seconds:.1f} s; ratio {ratio_text} "
                  f"(target >= {RATIO_TARGET:g}x: {verdict(ratio >= RATIO_TARGET)})"
                  f"   [{articles} articles]")
        else:
            print(f"pre-assessment of {n:,} provisions ({articles} articles, no target): {seconds(engine.seconds)}; "
                  f"naive rapidfuzz matcher: {naive.seconds:.1f} s; ratio {ratio_text}")
        for what, timing in (("pre-assessment", engine), ("naive matcher", naive)):
            if timing.note:
                print(f"  note ({what}): {timing.note}")
        if engine.seconds < 0.005:
            print("  note: a pre-assessment this fast suggests the placeholder engine")
    return 0


if __name__ == "__main__":
    sys.exit(main())
