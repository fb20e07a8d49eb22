"""assessor/compare.py: two assessments compared, and many side by side, on hand-built assessments."""

from __future__ import annotations

import pytest
from test_scoring import MINI, assessment_of

from assessor.compare import OUT_OF_SCOPE, StatusChange, compare, matrix
from assessor.preassessment import RequirementStatus

MET = RequirementStatus.MET
PART = RequirementStatus.PARTIALLY_MET
NOT = RequirementStatus.NOT_MET
NA = RequirementStatus.NOT_APPLICABLE
NAS = RequirementStatus.NOT_ASSESSED

# Current law (A) and a bill (B) over the mini catalog. A value is a machine status, or
# (machine status, decided status or None, evidence digest); plain values have digest "d0".
LAW = {
    "TIP-3-a": PART,
    "TIP-3-c": MET,
    "TIP-5-1": NOT,
    "TIP-6-3": NOT,
    "TIP-6-6": MET,
    # TIP-9-2: no finding, not assessed
    "SOM-6-1-a": (MET, None, "s1"),
    "UNTOC-11-1": NOT,
    "GP.non_punishment": (NOT, None, "g1"),
}
BILL = {
    "TIP-3-a": MET,  # partially met -> met: closed
    "TIP-3-c": PART,  # met -> partially met: opened
    "TIP-5-1": MET,  # not met -> met: closed
    "TIP-6-3": PART,  # not met -> partially met: changed, better
    "TIP-6-6": NOT,  # met -> not met: opened
    "TIP-9-2": MET,  # not assessed -> met: changed, neither better nor worse
    "SOM-6-1-a": (MET, None, "s2"),  # same status, new evidence
    "UNTOC-11-1": NOT,  # same status, same evidence: nothing
    "GP.non_punishment": (MET, NOT, "g2"),  # the machine says met, the assessor not met: same status, new evidence
}


@pytest.fixture(scope="module")
def law_vs_bill():
    return compare(assessment_of(LAW, title="Act"), assessment_of(BILL, title="Bill v1"), MINI)


# (attribute, expected)
LIST_CASES = [
    # gaps closed: not met / partially met in the law, met in the bill, in catalog order
    ("closed", (StatusChange("TIP-3-a", PART, MET), StatusChange("TIP-5-1", NOT, MET))),
    # gaps opened: met in the law, partially met or not met in the bill
    ("opened", (StatusChange("TIP-3-c", MET, PART), StatusChange("TIP-6-6", MET, NOT))),
    # every other change
    ("changed", (StatusChange("TIP-6-3", NOT, PART), StatusChange("TIP-9-2", NAS, MET))),
    # same status, different machine evidence (the decision, not the machine, is the status of GP)
    ("evidence_changed", ("SOM-6-1-a", "GP.non_punishment")),
    # same scope on both sides: nothing outside
    ("outside", ()),
    ("instruments", ("TIP", "SOM", "UNTOC", "GP")),
    ("a", "Arcadia: Act"),
    ("b", "Arcadia: Bill v1"),
]


@pytest.mark.parametrize(("attribute", "expected"), LIST_CASES)
def test_comparison_lists(law_vs_bill, attribute: str, expected) -> None:
    assert getattr(law_vs_bill, attribute) == expected


IMPROVED_CASES = [
    # not met -> partially met scores higher
    (StatusChange("X", NOT, PART), True),
    # met -> partially met scores lower
    (StatusChange("X", MET, PART), False),
    # not assessed -> met: not comparable
    (StatusChange("X", NAS, MET), None),
    # met -> not applicable: not comparable
    (StatusChange("X", MET, NA), None),
]


@pytest.mark.parametrize(("change", "expected"), IMPROVED_CASES)
def test_improved(change: StatusChange, expected: bool | None) -> None:
    assert change.improved is expected


# Hand-computed, b - a:
# prosecution (TIP-3-a, TIP-3-c, TIP-5-1, SOM-6-1-a, UNTOC-11-1): law (.5+1+0+1+0)/5 = 0.5, bill (1+.5+1+1+0)/5 = 0.7
# protection (TIP-3-c, TIP-6-3, TIP-6-6, GP.non_punishment): law (1+0+1+0)/4 = 0.5, bill (.5+.5+0+0)/4 = 0.25
# prevention (TIP-9-2): law not assessed (None), bill 1.0: no delta
PILLAR_DELTA_CASES = [
    ("prosecution", 0.2),
    ("protection", -0.25),
    ("prevention", None),
    # no requirement of the mini catalog is in these pillars
    ("national_coordination", None),
    ("international_cooperation", None),
]


@pytest.mark.parametrize(("pillar", "expected"), PILLAR_DELTA_CASES)
def test_pillar_deltas(law_vs_bill, pillar: str, expected: float | None) -> None:
    assert law_vs_bill.pillar_deltas[pillar] == expected


# TIP: law (.5+1+0+0+1)/5 = 0.5 (TIP-9-2 not assessed), bill (1+.5+1+.5+0+1)/6 = 2/3: delta 1/6
INSTRUMENT_DELTA_CASES = [("TIP", 0.1667), ("SOM", 0.0), ("UNTOC", 0.0), ("GP", 0.0)]


@pytest.mark.parametrize(("instrument", "expected"), INSTRUMENT_DELTA_CASES)
def test_instrument_deltas(law_vs_bill, instrument: str, expected: float) -> None:
    assert law_vs_bill.instrument_deltas[instrument] == expected


# Grades (SOM left out of the grade's score):
# prosecution law (.5+1+0+0)/4 = 0.375 -> 2; bill (1+.5+1+0)/4 = 0.625 -> 4, capped at 3 (TIP-3-c): +1
# protection law 0.5 -> 3 (cap 4); bill 0.25 -> 2: -1; prevention: no grade for the law
GRADE_DELTA_CASES = [("prosecution", 1), ("protection", -1), ("prevention", None)]


@pytest.mark.parametrize(("pillar", "expected"), GRADE_DELTA_CASES)
def test_grade_deltas(law_vs_bill, pillar: str, expected: int | None) -> None:
    assert law_vs_bill.grade_deltas[pillar] == expected


def test_comparison_rows(law_vs_bill) -> None:
    # header, 2 closed + 2 opened + 2 changed + 2 evidence rows, then five pillar score rows
    rows = law_vs_bill.to_rows()
    assert rows[0] == ["change", "requirement", "before", "after"]
    assert rows[1] == ["gap closed", "TIP-3-a", "partially_met", "met"]
    assert rows[7] == ["evidence changed", "SOM-6-1-a", "met", "met"]
    assert rows[9] == ["score: Prosecution", "", "0.5000", "0.7000"]
    assert rows[11] == ["score: Prevention", "", "", "1.0000"]
    assert len(rows) == 1 + 8 + 5
    assert all(isinstance(cell, str) for row in rows for cell in row)


# (a, b, instruments of a, instruments of b, expected (closed ids, opened ids, changed ids, evidence ids, outside))
SCOPE_CASES = [
    # an assessment against itself: nothing changed
    (LAW, LAW, ("TIP", "SOM", "UNTOC", "GP"), ("TIP", "SOM", "UNTOC", "GP"), ((), (), (), (), ())),
    # a bill v1 -> v2 where only the machine's evidence moved on one requirement
    ({"TIP-5-1": (MET, None, "x")}, {"TIP-5-1": (MET, None, "y")}, ("TIP",), ("TIP",),
     ((), (), (), ("TIP-5-1",), ())),
    # evidence is not compared when one side was never pre-assessed (no digest)
    ({"TIP-5-1": (MET, None, "")}, {"TIP-5-1": (MET, None, "y")}, ("TIP",), ("TIP",), ((), (), (), (), ())),
    # a decision closes the gap the machine left: not met (machine) -> met (decided)
    ({"TIP-5-1": NOT}, {"TIP-5-1": (NOT, MET, "d0")}, ("TIP",), ("TIP",), (("TIP-5-1",), (), (), (), ())),
    # partially met -> not met is a change, not a gap opened (the gap was there)
    ({"TIP-5-1": PART}, {"TIP-5-1": NOT}, ("TIP",), ("TIP",), ((), (), ("TIP-5-1",), (), ())),
    # met -> not applicable is a change
    ({"TIP-5-1": MET}, {"TIP-5-1": (MET, NA, "d0")}, ("TIP",), ("TIP",), ((), (), ("TIP-5-1",), (), ())),
    # two countries of different scope: compared on TIP only; SOM-6-1-a (B's) lies outside
    ({"TIP-5-1": NOT}, {"TIP-5-1": MET, "SOM-6-1-a": NOT}, ("TIP",), ("TIP", "SOM"),
     (("TIP-5-1",), (), (), (), ("SOM-6-1-a",))),
]


@pytest.mark.parametrize(("a", "b", "scope_a", "scope_b", "expected"), SCOPE_CASES)
def test_comparison_cases(a: dict, b: dict, scope_a: tuple, scope_b: tuple, expected: tuple) -> None:
    result = compare(assessment_of(a, scope_a, "Arcadia"), assessment_of(b, scope_b, "Borduria"), MINI)
    got = (
        tuple(c.requirement_id for c in result.closed),
        tuple(c.requirement_id for c in result.opened),
        tuple(c.requirement_id for c in result.changed),
        result.evidence_changed,
        result.outside,
    )
    assert got == expected


def test_different_scopes_score_like_with_like() -> None:
    # B's SOM-6-1-a (not met) would pull its prosecution score down; on the common scope (TIP) it does not
    result = compare(assessment_of({"TIP-5-1": NOT}, ("TIP",)),
                     assessment_of({"TIP-5-1": MET, "SOM-6-1-a": NOT}, ("TIP", "SOM")), MINI)
    assert result.instruments == ("TIP",)
    assert result.pillar_deltas["prosecution"] == 1.0
    assert list(result.instrument_deltas) == ["TIP"]


def test_identical_assessments_have_zero_deltas() -> None:
    # the same statuses: every delta that exists is 0.0
    result = compare(assessment_of(LAW), assessment_of(LAW), MINI)
    assert result.pillar_deltas == {"prosecution": 0.0, "protection": 0.0, "prevention": None,
                                    "national_coordination": None, "international_cooperation": None}
    assert result.grade_deltas == {"prosecution": 0, "protection": 0, "prevention": None}


# --------------------------------------------------------------------------- matrix


@pytest.fixture(scope="module")
def three():
    law = assessment_of(LAW, jurisdiction="Caledonia", title="Act")
    bill = assessment_of(BILL, jurisdiction="Caledonia", title="Bill v1")
    other = assessment_of({"TIP-3-a": MET, "TIP-5-1": MET, "TIP-3-c": NOT}, ("TIP",), "Dorvania", "Act")
    return matrix([law, bill, other], MINI)


# (requirement, column, expected cell)
CELL_CASES = [
    # the law's partially met definition
    ("TIP-3-a", 0, PART),
    # the bill's, by label
    ("TIP-3-a", "Caledonia: Bill v1", MET),
    # no finding: not assessed
    ("TIP-9-2", 0, NAS),
    # the decision in force, not the machine's met
    ("GP.non_punishment", 1, NOT),
    # Dorvania assesses TIP only: SOM is out of its scope
    ("SOM-6-1-a", "Dorvania: Act", None),
    ("TIP-3-c", 2, NOT),
]


@pytest.mark.parametrize(("requirement", "column", "expected"), CELL_CASES)
def test_matrix_cells(three, requirement: str, column: int | str, expected) -> None:
    assert three.cell(requirement, column) == expected


def test_matrix_shape_and_scores(three) -> None:
    # nine requirements (the union of scopes) by three assessments
    assert three.shape == (9, 3)
    assert three.columns == ("Caledonia: Act", "Caledonia: Bill v1", "Dorvania: Act")
    # scores on the common scope, TIP: prosecution is TIP-3-a, TIP-3-c, TIP-5-1
    # law (.5+1+0)/3 = 0.5; bill (1+.5+1)/3 = 0.8333; Dorvania (1+0+1)/3 = 0.6667
    assert three.instruments == ("TIP",)
    assert three.pillar_scores["prosecution"] == (0.5, 0.8333, 0.6667)
    # protection (TIP-3-c, TIP-6-3, TIP-6-6): law (1+0+1)/3, bill (.5+.5+0)/3, Dorvania 0 of TIP-3-c
    assert three.pillar_scores["protection"] == (0.6667, 0.3333, 0.0)
    # prosecution grades: 0.5 -> 3; 0.8333 -> 5 capped at 3 (TIP-3-c); 0.6667 -> 4 capped at 3
    assert three.grades["prosecution"] == (3, 3, 3)


def test_matrix_rows(three) -> None:
    rows = three.to_rows()
    # header, nine requirement rows, five pillar score rows, three grade rows
    assert rows[0] == ["requirement", "reference", "Caledonia: Act", "Caledonia: Bill v1", "Dorvania: Act"]
    assert rows[7] == ["SOM-6-1-a", "SOM art. 6", "met", "met", OUT_OF_SCOPE]
    assert rows[10] == ["score: Prosecution", "", "0.5000", "0.8333", "0.6667"]
    assert rows[-3] == ["grade (3P scale): Prosecution", "", "3", "3", "3"]
    assert len(rows) == 1 + 9 + 5 + 3
    assert len(three.to_rows(with_scores=False)) == 10


def test_matrix_duplicate_labels() -> None:
    # two assessments with the same jurisdiction and title get distinct column labels
    same = matrix([assessment_of({}), assessment_of({})], MINI)
    assert same.columns == ("Arcadia: Act", "Arcadia: Act (2)")
    assert same.shape == (9, 2)


def test_matrix_of_one_and_none() -> None:
    # one assessment: one column; none: an empty matrix
    assert matrix([assessment_of({})], MINI).shape == (9, 1)
    assert matrix([], MINI).shape == (0, 0)
