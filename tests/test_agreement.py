"""Agreement between two sets of judgements (assessor/agreement.py): percent agreement and Cohen's kappa, checked
against textbook tables worked by hand and against scikit-learn's formula re-derived here (no dependency)."""

from __future__ import annotations

import random
from dataclasses import replace
from fractions import Fraction

import pytest

from assessor.agreement import (
    CATEGORIES,
    INSTRUMENTS,
    Pair,
    agreement,
    kappa_reading,
    kappa_text,
    machine_vs_final,
    percent_text,
)
from assessor.assessment import Decision, Finding, new_assessment
from assessor.catalog import load_catalog
from assessor.preassessment import RequirementStatus

CATALOG = load_catalog()
M, P, N, A = CATEGORIES  # met, partially_met, not_met, not_applicable


def pairs_from_table(table: dict[tuple[str, str], int]) -> list[Pair]:
    """Pairs from a contingency table {(first, second): count}."""
    out = []
    for (first, second), count in table.items():
        out.extend(Pair(f"R{len(out) + i}", first, second) for i in range(count))
    return out


def sklearn_kappa(first: list[str], second: list[str]) -> float:
    """scikit-learn's `cohen_kappa_score` (unweighted), re-derived: C the confusion matrix, E the outer product
    of its row and column sums over the total, W = 1 - identity; kappa = 1 - sum(W*C) / sum(W*E)."""
    labels = sorted(set(first) | set(second))
    index = {label: i for i, label in enumerate(labels)}
    size = len(labels)
    confusion = [[0] * size for _ in range(size)]
    for a, b in zip(first, second, strict=True):
        confusion[index[a]][index[b]] += 1
    rows = [sum(r) for r in confusion]
    cols = [sum(confusion[i][j] for i in range(size)) for j in range(size)]
    total = sum(rows)
    observed_off = sum(confusion[i][j] for i in range(size) for j in range(size) if i != j)
    expected_off = sum(Fraction(rows[i] * cols[j], total) for i in range(size) for j in range(size) if i != j)
    return float(1 - Fraction(observed_off) / expected_off)


@pytest.mark.parametrize(("table", "n", "percent", "kappa"), [
    # Perfect agreement over several statuses: 100 %, kappa 1.
    ({(M, M): 5, (N, N): 3, (P, P): 2}, 10, 100.0, 1.0),
    # Total disagreement, each side splitting evenly over two statuses it never shares with the other at the
    # same requirement: p_o 0, p_e 0.5, kappa (0 - 0.5) / 0.5 = -1.
    ({(M, N): 5, (N, M): 5}, 10, 0.0, -1.0),
    # Wikipedia's 2x2 worked example (50 applications): yes/yes 20, yes/no 5, no/yes 10, no/no 15.
    # By hand: p_o = 35/50 = 0.70; first says yes 25/50, second 30/50;
    # p_e = 0.5 x 0.6 + 0.5 x 0.4 = 0.50; kappa = (0.70 - 0.50) / (1 - 0.50) = 0.40.
    ({(M, M): 20, (M, N): 5, (N, M): 10, (N, N): 15}, 50, 70.0, 0.4),
    # Cohen (1960)'s 3x3 example as proportions of 200: diagonal .44 .20 .06 (p_o .70), first's margins
    # .50 .30 .20, second's .60 .30 .10: p_e = .30 + .09 + .02 = .41; kappa = (.70 - .41) / .59 = .4915...
    ({(M, M): 88, (M, P): 10, (M, N): 2, (P, M): 14, (P, P): 40, (P, N): 6, (N, M): 18, (N, P): 10,
      (N, N): 12}, 200, 70.0, 0.29 / 0.59),
    # Agreement no better than chance: 2x2 with equal margins and p_o = p_e = 0.5: kappa 0.
    ({(M, M): 1, (M, N): 1, (N, M): 1, (N, N): 1}, 4, 50.0, 0.0),
])
def test_percent_and_kappa_by_hand(table: dict, n: int, percent: float, kappa: float) -> None:
    report = agreement(pairs_from_table(table))
    assert report.overall.n == n
    assert report.overall.percent == pytest.approx(percent)
    assert report.overall.kappa == pytest.approx(kappa)
    assert len(report.disagreements) == sum(c for (a, b), c in table.items() if a != b)


@pytest.mark.parametrize(("table", "percent"), [
    # Both sides said "met" throughout: p_e = 1, kappa undefined (never a division by zero), 100 % agreement.
    ({(M, M): 7}, 100.0),
    # One pair only, agreed: the same.
    ({(A, A): 1}, 100.0),
    # Nothing to compare: n = 0, no percent either.
    ({}, None),
])
def test_undefined_kappa(table: dict, percent: float | None) -> None:
    figures = agreement(pairs_from_table(table)).overall
    assert figures.kappa is None and kappa_text(figures.kappa) == "n/a"
    assert figures.percent == percent
    assert percent_text(figures) == ("n/a" if percent is None else "100.0%")


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_kappa_matches_scikit_learns_formula(seed: int) -> None:
    # Random judgements (fixed seeds), one side copying the other 60 % of the time: both formulas agree.
    rng = random.Random(seed)  # noqa: S311 - test data, not secrets
    first = [rng.choice(CATEGORIES) for _ in range(60)]
    second = [a if rng.random() < 0.6 else rng.choice(CATEGORIES) for a in first]
    report = agreement(Pair(f"R{i}", a, b) for i, (a, b) in enumerate(zip(first, second, strict=True)))
    assert report.overall.kappa == pytest.approx(sklearn_kappa(first, second))


def test_per_pillar_and_instrument_counts() -> None:
    pairs = [
        Pair("TIP-1", M, M, ("prosecution", "protection"), "TIP"),  # counts in both of its pillars
        Pair("TIP-2", M, N, ("prosecution",), "TIP"),
        Pair("SOM-1", N, N, ("prevention",), "SOM"),
        Pair("GP-1", P, P, ("protection",), "GP"),
        Pair("GP-2", M, "not_assessed", ("protection",), "GP"),  # not a judgement: left out
    ]
    report = agreement(pairs, "ana", "ben")
    assert (report.first, report.second, report.skipped) == ("ana", "ben", 1)
    assert report.overall.n == 4 and report.overall.agreed == 3
    assert [(p, f.n, f.agreed) for p, f in report.pillars] == [
        ("prosecution", 2, 1), ("protection", 2, 2), ("prevention", 1, 1), ("national_coordination", 0, 0),
        ("international_cooperation", 0, 0)]
    assert [(i, f.n) for i, f in report.instruments] == [("TIP", 2), ("SOM", 1), ("UNTOC", 0), ("GP", 1)]
    assert [i for i, _ in report.instruments] == list(INSTRUMENTS)
    assert report.pillar("prosecution").percent == 50.0 and report.instrument("UNTOC").kappa is None
    assert [d.requirement_id for d in report.disagreements] == ["TIP-2"]
    assert report.overall.small  # 4 pairs: read with caution


@pytest.mark.parametrize(("kappa", "reading"), [
    # Below chance.
    (-0.1, "poor (below chance)"),
    # Exactly chance: the first band.
    (0.0, "slight"),
    # The band edges are inclusive upward (Landis and Koch: 0.41-0.60 moderate).
    (0.40, "fair"), (0.41, "moderate"), (0.75, "substantial"), (1.0, "almost perfect"),
    # Undefined.
    (None, "undefined"),
])
def test_kappa_reading(kappa: float | None, reading: str) -> None:
    assert kappa_reading(kappa) == reading


def test_machine_vs_final() -> None:
    tip = [r.id for r in CATALOG.for_instruments(["TIP"]).requirements]
    a = new_assessment("Arcadia", "Bill", instruments=["TIP"])
    st = RequirementStatus
    findings = {
        # Machine met, final met: agreed.
        tip[0]: Finding(tip[0], st.MET, decision=Decision(st.MET)),
        # Machine met, final not met: a disagreement.
        tip[1]: Finding(tip[1], st.MET, decision=Decision(st.NOT_MET)),
        # The machine proposed nothing (no pre-assessment): left out, counted as skipped.
        tip[2]: Finding(tip[2], st.NOT_ASSESSED, decision=Decision(st.MET)),
        # Not decided: not counted at all.
        tip[3]: Finding(tip[3], st.NOT_MET),
        # Machine not met, final not met: agreed.
        tip[4]: Finding(tip[4], st.NOT_MET, decision=Decision(st.NOT_MET)),
    }
    report = machine_vs_final(replace(a, findings=findings), CATALOG)
    assert (report.first, report.second) == ("machine", "final")
    assert report.overall.n == 3 and report.overall.agreed == 2 and report.skipped == 1
    assert [d.requirement_id for d in report.disagreements] == [tip[1]]
    assert report.instrument("TIP").n == 3 and report.instrument("SOM").n == 0
    # By hand: p_o 2/3; machine met 2/3, not met 1/3; final met 1/3, not met 2/3: p_e = 2/9 + 2/9 = 4/9;
    # kappa = (6/9 - 4/9) / (5/9) = 0.4.
    assert report.overall.kappa == pytest.approx(0.4)
