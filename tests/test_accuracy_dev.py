"""A regression guard: the engine keeps its accuracy on the real laws of the dev corpus.

The figures themselves are measured and printed by `bench/bench_accuracy.py`; this test only
fails when a change takes a language under the issue's targets.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from assessor import load_catalog
from assessor.legislation.reader import read_legislation
from assessor.preassessment import pre_assess
from assessor.reports.json_report import build_report
from conftest import ROOT, SHARED

sys.path.insert(0, str(ROOT))
from bench.scoring import aggregate, load_gold, score_report  # noqa: E402

GOLD = sorted((SHARED / "corpus" / "dev" / "gold").glob("*.yaml"))


@pytest.fixture(scope="module")
def scores(shared: Path) -> dict:
    catalog = load_catalog()
    results = []
    for path in GOLD:
        gold = load_gold(path)
        legislation = read_legislation([SHARED / "corpus" / "dev" / "laws" / gold.file])
        results.append(score_report(build_report(pre_assess(legislation, catalog)), gold))
    return aggregate(results)


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_f1_per_language(scores: dict, language: str) -> None:
    # Issue #4's target on real laws: F1 of "found" at least 0.95 in each language.
    assert scores[language].f1 >= 0.95, scores[language]


def test_citations_and_flags(scores: dict) -> None:
    overall = scores["all"]
    assert overall.citation_accuracy >= 0.95, overall
    assert overall.flag_fp == 0, overall  # none of these laws deserves a red flag
