"""Timing shared by the benchmarks: the median wall time of repeated calls after a warm-up."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

RUNS = 5


def median_seconds(action: Callable[[], object], runs: int = RUNS, warm_up: bool = True) -> float:
    """Median wall time of `runs` calls, after one warm-up call unless one was already made."""
    if warm_up:
        action()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)
