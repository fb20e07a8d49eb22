"""assessor/scoring.py: the one formula, its groups, progress, and the 1-5 grades, on hand-made examples."""

from __future__ import annotations

from fractions import Fraction
from functools import cache
from pathlib import Path

import pytest

from assessor.assessment import Assessment, Decision, Finding, new_assessment
from assessor.catalog import Catalog, Instrument, Requirement, load_catalog
from assessor.checklist_schema import Obligation, Pillar, Section
from assessor.preassessment import RequirementStatus
from assessor.scoring import (
    CORE_RULES,
    GRADE_BANDS,
    GRADE_SUBSET,
    GRADED_PILLARS,
    Score,
    assessment_scores,
    band,
    group_score,
    pillar_lines,
    pillars_only,
    score,
    scores,
)
from conftest import ROOT

MET = RequirementStatus.MET
PART = RequirementStatus.PARTIALLY_MET
NOT = RequirementStatus.NOT_MET
NA = RequirementStatus.NOT_APPLICABLE
NAS = RequirementStatus.NOT_ASSESSED

P, R, V = Pillar.PROSECUTION, Pillar.PROTECTION, Pillar.PREVENTION
CRIM, VICT, PREV = Section.CRIMINALIZATION, Section.VICTIM_PROTECTION, Section.PREVENTION
MAND, CONS, GOOD = Obligation.MANDATORY, Obligation.CONSIDER, Obligation.GOOD_PRACTICE


# --------------------------------------------------------------------------- hand-made catalogs


def req(rid: str, pillars: tuple[Pillar, ...], section: Section = CRIM, obligation: Obligation = MAND) -> Requirement:
    """A requirement with only what scoring reads: id, instrument, article, pillars, section, obligation."""
    instrument = rid.split("-")[0].split(".")[0]
    article = rid.split("-")[1] if "-" in rid else "WP"
    return Requirement(
        id=rid, instrument=instrument, article=article, paragraphs=(), reference=f"{instrument} art. {article}",
        title=rid, text="", obligation=obligation, pillars=pillars, section=section, guidance="", pitfalls=(),
        questions=(), action="", model_law=None, elements=(),
    )


def catalog_of(*requirements: Requirement) -> Catalog:
    """A catalog of these requirements, with the four instruments."""
    instruments = tuple(Instrument(i, i, i, i, f"{i.lower()}.yaml") for i in ("TIP", "SOM", "UNTOC", "GP"))
    return Catalog(instruments, tuple(requirements), ())


# The mini catalog shared with test_compare: nine requirements over four instruments.
MINI = catalog_of(
    req("TIP-3-a", (P,)),
    req("TIP-3-c", (P, R)),  # two pillars: counts in both
    req("TIP-5-1", (P,)),
    req("TIP-6-3", (R,), VICT, CONS),
    req("TIP-6-6", (R,), VICT),
    req("TIP-9-2", (V,), PREV, CONS),
    req("SOM-6-1-a", (P,)),
    req("UNTOC-11-1", (P,)),
    req("GP.non_punishment", (R,), VICT, GOOD),
)


def assessment_of(statuses: dict[str, RequirementStatus | tuple], instruments=("TIP", "SOM", "UNTOC", "GP"),
                  jurisdiction: str = "Arcadia", title: str = "Act") -> Assessment:
    """An assessment whose findings have these statuses.

    A value is a machine status, or (machine status, decided status or None, evidence digest).
    """
    assessment = new_assessment(jurisdiction, title, "2024-01-01", instruments)
    for rid, value in statuses.items():
        machine, decided, digest = value if isinstance(value, tuple) else (value, None, "d0")
        decision = Decision(decided, "because", by="tester") if decided is not None else None
        assessment = assessment.with_finding(Finding(rid, machine, evidence_digest=digest, decision=decision))
    return assessment


# --------------------------------------------------------------------------- one group

GROUP_CASES = [
    # the brief's example: met, partially met, not met -> (1 + 0.5 + 0) / 3
    ([MET, PART, NOT], Score(0.5, 1, 1, 1, 0, 0, 3)),
    # a not applicable requirement is left out of the mean: still 0.5, total 4
    ([MET, PART, NOT, NA], Score(0.5, 1, 1, 1, 1, 0, 4)),
    # not assessed is left out too
    ([MET, PART, NOT, NAS], Score(0.5, 1, 1, 1, 0, 1, 4)),
    # all not assessed: nothing counted, no score
    ([NAS, NAS], Score(None, 0, 0, 0, 0, 2, 2)),
    # only not applicable: no score either
    ([NA], Score(None, 0, 0, 0, 1, 0, 1)),
    # an empty group
    ([], Score(None, 0, 0, 0, 0, 0, 0)),
    # two met, one partially: 2.5 / 3, given to four decimals
    ([MET, MET, PART], Score(0.8333, 2, 1, 0, 0, 0, 3)),
    # one partially met alone is 0.5
    ([PART], Score(0.5, 0, 1, 0, 0, 0, 1)),
    # all met is 1.0, all not met 0.0
    ([MET, MET], Score(1.0, 2, 0, 0, 0, 0, 2)),
    ([NOT, NOT, NA], Score(0.0, 0, 0, 2, 1, 0, 3)),
    # plain string values are statuses too
    (["met", "not_met"], Score(0.5, 1, 0, 1, 0, 0, 2)),
]


@pytest.mark.parametrize(("statuses", "expected"), GROUP_CASES)
def test_group_score(statuses: list, expected: Score) -> None:
    assert group_score(statuses) == expected


def test_exact_fraction_and_json_form() -> None:
    # 2.5 / 3 exactly is 5/6; the JSON report's dict keeps its four keys
    result = group_score([MET, MET, PART])
    assert result.exact == Fraction(5, 6)
    assert result.counted == 3
    assert score([MET, MET, PART]) == {"score": 0.8333, "met": 2, "partial": 1, "not_met": 0}
    assert group_score([NAS]).exact is None


# --------------------------------------------------------------------------- groups

# (statuses, group, key, expected (score, met, partial, not_met, not_applicable, not_assessed, total))
GROUPED_CASES = [
    # prosecution: TIP-3-a met, TIP-3-c partial, TIP-5-1 not met, the rest not assessed -> 0.5
    ({"TIP-3-a": MET, "TIP-3-c": PART, "TIP-5-1": NOT}, "pillars", "prosecution", (0.5, 1, 1, 1, 0, 2, 5)),
    # the same with SOM-6-1-a not applicable: still 0.5
    ({"TIP-3-a": MET, "TIP-3-c": PART, "TIP-5-1": NOT, "SOM-6-1-a": NA}, "pillars", "prosecution",
     (0.5, 1, 1, 1, 1, 1, 5)),
    # TIP-3-c, in two pillars, counts in protection too: partial + met (TIP-6-6) -> 0.75
    ({"TIP-3-c": PART, "TIP-6-6": MET}, "pillars", "protection", (0.75, 1, 1, 0, 0, 2, 4)),
    # nothing assessed in prevention: None
    ({"TIP-3-a": MET}, "pillars", "prevention", (None, 0, 0, 0, 0, 1, 1)),
    # a pillar no requirement carries is still listed, empty
    ({}, "pillars", "international_cooperation", (None, 0, 0, 0, 0, 0, 0)),
    # by article: "TIP art. 3" is TIP-3-a and TIP-3-c -> (1 + 0) / 2
    ({"TIP-3-a": MET, "TIP-3-c": NOT}, "articles", "TIP art. 3", (0.5, 1, 0, 1, 0, 0, 2)),
    # by article: art. 6 of TIP is TIP-6-3 and TIP-6-6
    ({"TIP-6-3": PART, "TIP-6-6": PART}, "articles", "TIP art. 6", (0.5, 0, 2, 0, 0, 0, 2)),
    # good practice items group under the working paper
    ({"GP.non_punishment": MET}, "articles", "GP WP", (1.0, 1, 0, 0, 0, 0, 1)),
    # by obligation level: "consider" is TIP-6-3 and TIP-9-2
    ({"TIP-6-3": MET, "TIP-9-2": NOT}, "obligations", "consider", (0.5, 1, 0, 1, 0, 0, 2)),
    # by obligation level: mandatory is the six requirements neither 'consider' nor good practice
    ({"TIP-3-a": MET, "TIP-5-1": MET, "UNTOC-11-1": PART}, "obligations", "mandatory", (0.8333, 2, 1, 0, 0, 3, 6)),
    # an obligation level nobody uses is listed, empty
    ({}, "obligations", "optional", (None, 0, 0, 0, 0, 0, 0)),
    # by section: victim protection is TIP-6-3, TIP-6-6, GP.non_punishment
    ({"TIP-6-3": NOT, "TIP-6-6": MET, "GP.non_punishment": NA}, "sections", "victim_protection",
     (0.5, 1, 0, 1, 1, 0, 3)),
    # by instrument: SOM is SOM-6-1-a alone
    ({"SOM-6-1-a": PART}, "instruments", "SOM", (0.5, 0, 1, 0, 0, 0, 1)),
    # by instrument: TIP's six requirements, three met, three not assessed
    ({"TIP-3-a": MET, "TIP-6-6": MET, "TIP-9-2": MET}, "instruments", "TIP", (1.0, 3, 0, 0, 0, 3, 6)),
    # by requirement: a requirement without a status is not assessed
    ({}, "requirements", "TIP-5-1", (None, 0, 0, 0, 0, 1, 1)),
    # by requirement: partially met alone
    ({"TIP-5-1": PART}, "requirements", "TIP-5-1", (0.5, 0, 1, 0, 0, 0, 1)),
]


@pytest.mark.parametrize(("statuses", "group", "key", "expected"), GROUPED_CASES)
def test_scores_by_group(statuses: dict, group: str, key: str, expected: tuple) -> None:
    result = getattr(scores(statuses, MINI), group)[key]
    assert result == Score(*expected)


@pytest.mark.parametrize("statuses", [
    {},  # nothing assessed: every pillar listed, empty
    {"TIP-3-c": MET, "TIP-6-6": PART},  # a requirement of two pillars counts in both
    {"TIP-6-3": NOT, "GP.non_punishment": NA, "not-in-catalog": MET},  # not applicable left out; unknown ids ignored
])
def test_pillars_only_is_the_pillars_of_scores(statuses: dict) -> None:
    assert pillars_only(statuses, MINI) == scores(statuses, MINI).pillars


def test_group_keys_and_overall() -> None:
    # every enum member is listed in order; articles and instruments in catalog order
    result = scores({"TIP-3-a": MET, "TIP-5-1": NOT, "not-in-catalog": MET}, MINI)
    assert list(result.pillars) == [p.value for p in Pillar]
    assert list(result.sections) == [s.value for s in Section]
    assert list(result.obligations) == [o.value for o in Obligation]
    assert list(result.articles) == ["TIP art. 3", "TIP art. 5", "TIP art. 6", "TIP art. 9", "SOM art. 6",
                                     "UNTOC art. 11", "GP WP"]
    assert list(result.instruments) == ["TIP", "SOM", "UNTOC", "GP"]
    # overall: met + not met over nine requirements, an id outside the catalog ignored
    assert result.overall == Score(0.5, 1, 0, 1, 0, 7, 9)
    assert set(result.statuses) == {r.id for r in MINI.requirements}


# --------------------------------------------------------------------------- progress

# (findings, expected (total, assessed, decided, assessed share, decided share))
PROGRESS_CASES = [
    # no findings: nine requirements in scope, none assessed, none decided
    ({}, (9, 0, 0, 0.0, 0.0)),
    # three machine statuses, one machine not assessed: 3 of 9 assessed, none decided
    ({"TIP-3-a": MET, "TIP-5-1": NOT, "TIP-6-6": PART, "TIP-6-3": NAS}, (9, 3, 0, 0.3333, 0.0)),
    # a decision turns not assessed into not applicable: assessed and decided
    ({"TIP-6-3": (NAS, NA, "d")}, (9, 1, 1, 0.1111, 0.1111)),
    # a decision "not assessed" is decided but still not assessed
    ({"TIP-6-3": (MET, NAS, "d")}, (9, 0, 1, 0.0, 0.1111)),
    # a finding of a requirement outside the catalog does not count
    ({"TIP-99": MET}, (9, 0, 0, 0.0, 0.0)),
]


@pytest.mark.parametrize(("findings", "expected"), PROGRESS_CASES)
def test_progress(findings: dict, expected: tuple) -> None:
    progress = assessment_scores(assessment_of(findings), MINI).progress
    assert (progress.total, progress.assessed, progress.decided, progress.assessed_share,
            progress.decided_share) == expected


def test_progress_without_assessment() -> None:
    # plain statuses: no decided count, no decided share
    progress = scores({"TIP-3-a": MET}, MINI).progress
    assert (progress.total, progress.assessed, progress.decided, progress.decided_share) == (9, 1, None, None)


def test_assessment_scores_use_status_in_force_and_scope() -> None:
    # the decision (not met) overrides the machine (met); a TIP-only assessment scores TIP only
    assessment = assessment_of({"TIP-3-a": (MET, NOT, "d"), "TIP-5-1": MET, "SOM-6-1-a": MET}, instruments=("TIP",))
    result = assessment_scores(assessment, MINI)
    assert result.pillars["prosecution"] == Score(0.5, 1, 0, 1, 0, 1, 3)
    assert list(result.instruments) == ["TIP"]
    assert result.progress.total == 6


# --------------------------------------------------------------------------- grades

BAND_CASES = [
    # below 0.2 is 1
    (0, 1), (Fraction(1, 10), 1), (0.1999, 1),
    # 0.2 itself is 2
    (Fraction(1, 5), 2), (0.2, 2), (0.3999, 2),
    # 0.4 is 3, 0.6 is 4
    (Fraction(2, 5), 3), (Fraction(3, 5), 4), (0.7999, 4),
    # 0.8 and above is 5
    (Fraction(4, 5), 5), (0.8, 5), (1, 5),
    # no score, no band
    (None, None),
]


@pytest.mark.parametrize(("value", "expected"), BAND_CASES)
def test_bands(value: Fraction | float | None, expected: int | None) -> None:
    assert band(value) == expected


# A prosecution-only catalog: the four core requirements and six others, so the score moves in tenths.
PROSECUTION = catalog_of(
    req("TIP-3-a", (P,)), req("TIP-3-c", (P,)), req("TIP-5-1", (P,)), req("UNTOC-11-1", (P,)),
    *(req(f"TIP-5-2-{x}", (P,)) for x in "abc"), *(req(f"UNTOC-5-1-{x}", (P,)) for x in "ab"),
    req("UNTOC-6-1", (P,)), req("SOM-6-1-a", (P,)),
)
CORE = {"TIP-3-a": MET, "TIP-3-c": MET, "TIP-5-1": MET, "UNTOC-11-1": MET}
OTHERS = ["TIP-5-2-a", "TIP-5-2-b", "TIP-5-2-c", "UNTOC-5-1-a", "UNTOC-5-1-b", "UNTOC-6-1"]


def others(*values: RequirementStatus) -> dict[str, RequirementStatus]:
    return dict(zip(OTHERS, values, strict=False))


# (statuses, expected (grade, band, cap, unmet core))
PROSECUTION_GRADE_CASES = [
    # everything met: 1.0, grade 5, no cap
    ({**CORE, **others(*[MET] * 6)}, (5, 5, None, ())),
    # core met, 8 of 10 met: exactly 0.8 is still 5
    ({**CORE, **others(MET, MET, MET, MET, NOT, NOT)}, (5, 5, None, ())),
    # core met, 7.5 of 10: 0.75 is band 4
    ({**CORE, **others(MET, MET, MET, PART, NOT, NOT)}, (4, 4, None, ())),
    # penalties (UNTOC-11-1) not met: 0.9 would be 5, capped at 4
    ({**CORE, "UNTOC-11-1": NOT, **others(*[MET] * 6)}, (4, 5, 4, ("UNTOC-11-1",))),
    # the definition only partially met (a means missing): 0.95 would be 5, capped at 3
    ({**CORE, "TIP-3-a": PART, **others(*[MET] * 6)}, (3, 5, 3, ("TIP-3-a",))),
    # both rules broken: 0.8 would be 5; the lower cap, 3, wins
    ({**CORE, "TIP-5-1": NOT, "UNTOC-11-1": NOT, **others(*[MET] * 6)}, (3, 5, 3, ("TIP-5-1", "UNTOC-11-1"))),
    # a core requirement not assessed caps too: we do not know it is met
    ({"TIP-3-a": MET, "TIP-5-1": MET, "UNTOC-11-1": MET, **others(*[MET] * 6)}, (3, 5, 3, ("TIP-3-c",))),
    # a core requirement the assessor found not applicable does not cap
    ({**CORE, "TIP-3-c": NA, **others(*[MET] * 6)}, (5, 5, None, ())),
    # a cap never raises a grade: everything not met is 1
    ({k: NOT for k in [*CORE, *OTHERS]}, (1, 1, 3, ("TIP-3-a", "TIP-3-c", "TIP-5-1", "UNTOC-11-1"))),
    # the smuggling offence is not in the grade's score: SOM-6-1-a not met leaves 1.0 and grade 5
    ({**CORE, **others(*[MET] * 6), "SOM-6-1-a": NOT}, (5, 5, None, ())),
    # nothing scored: no grade, even though the core caps
    ({}, (None, None, 3, ("TIP-3-a", "TIP-3-c", "TIP-5-1", "UNTOC-11-1"))),
]


@pytest.mark.parametrize(("statuses", "expected"), PROSECUTION_GRADE_CASES)
def test_prosecution_grade(statuses: dict, expected: tuple) -> None:
    grade = scores(statuses, PROSECUTION).grades["prosecution"]
    assert (grade.grade, grade.band, grade.cap, grade.unmet_core) == expected


def test_grade_basis_leaves_smuggling_out() -> None:
    # the pillar score counts SOM-6-1-a (10 of 11 met), the grade's score does not (10 of 10)
    result = scores({**CORE, **others(*[MET] * 6), "SOM-6-1-a": NOT}, PROSECUTION)
    assert result.pillars["prosecution"].score == 0.9091
    assert result.grades["prosecution"].score.score == 1.0


PROTECTION = catalog_of(
    req("TIP-6-2", (R,), VICT), req("TIP-6-3", (R,), VICT, CONS), req("TIP-6-6", (R,), VICT),
    req("TIP-7-1", (R,), VICT, CONS), req("GP.non_punishment", (R,), VICT, GOOD), req("TIP-6-4", (R,), VICT),
)
PROTECTION_CORE = {"TIP-6-2": MET, "TIP-6-3": MET, "TIP-6-6": MET, "TIP-7-1": MET, "GP.non_punishment": MET}

# (statuses, instruments in scope, expected (grade, band, cap, unmet core, core out of scope))
PROTECTION_GRADE_CASES = [
    # every area met: 5
    ({**PROTECTION_CORE, "TIP-6-4": MET}, ("TIP", "GP"), (5, 5, None, (), ())),
    # 5 of 6 met, non-punishment missing: 0.8333 would be 5, capped at 4
    ({**PROTECTION_CORE, "GP.non_punishment": NOT, "TIP-6-4": MET}, ("TIP", "GP"),
     (4, 5, 4, ("GP.non_punishment",), ())),
    # residence (TIP-7-1) partially met: 0.9167 capped at 4
    ({**PROTECTION_CORE, "TIP-7-1": PART, "TIP-6-4": MET}, ("TIP", "GP"), (4, 5, 4, ("TIP-7-1",), ())),
    # good practice not in scope: non-punishment is not judged, listed as out of scope; 5 stays
    ({**PROTECTION_CORE, "TIP-6-4": MET}, ("TIP",), (5, 5, None, (), ("GP.non_punishment",))),
    # half met (3 of 6): band 3, and the cap of 4 does not lower it
    ({"TIP-6-2": MET, "TIP-6-3": MET, "TIP-6-4": MET, "TIP-6-6": NOT, "TIP-7-1": NOT, "GP.non_punishment": NOT},
     ("TIP", "GP"), (3, 3, 4, ("TIP-6-6", "TIP-7-1", "GP.non_punishment"), ())),
]


@pytest.mark.parametrize(("statuses", "instruments", "expected"), PROTECTION_GRADE_CASES)
def test_protection_grade(statuses: dict, instruments: tuple, expected: tuple) -> None:
    grade = assessment_scores(assessment_of(statuses, instruments), PROTECTION).grades["protection"]
    assert (grade.grade, grade.band, grade.cap, grade.unmet_core, grade.core_out_of_scope) == expected


PREVENTION = catalog_of(
    req("TIP-9-1", (V,), PREV), req("TIP-9-2", (V,), PREV, CONS), req("TIP-11-1", (V,), PREV),
    req("GP.data_collection", (V,), PREV, GOOD), req("TIP-9-4", (V,), PREV),
)

PREVENTION_GRADE_CASES = [
    # all met: 5
    ({"TIP-9-1": MET, "TIP-9-2": MET, "TIP-11-1": MET, "GP.data_collection": MET, "TIP-9-4": MET}, (5, None)),
    # border controls missing: 0.8 would be 5, capped at 4
    ({"TIP-9-1": MET, "TIP-9-2": MET, "TIP-11-1": NOT, "GP.data_collection": MET, "TIP-9-4": MET}, (4, 4)),
    # awareness missing: 4 of 5 again capped at 4
    ({"TIP-9-1": MET, "TIP-9-2": NOT, "TIP-11-1": MET, "GP.data_collection": MET, "TIP-9-4": MET}, (4, 4)),
    # the only non-core requirement missing: 0.8 and no cap, 5
    ({"TIP-9-1": MET, "TIP-9-2": MET, "TIP-11-1": MET, "GP.data_collection": MET, "TIP-9-4": NOT}, (5, None)),
    # one partially met of five: 0.1 is 1
    ({"TIP-9-1": PART, "TIP-9-2": NOT, "TIP-11-1": NOT, "GP.data_collection": NOT, "TIP-9-4": NOT}, (1, 4)),
]


@pytest.mark.parametrize(("statuses", "expected"), PREVENTION_GRADE_CASES)
def test_prevention_grade(statuses: dict, expected: tuple) -> None:
    grade = scores(statuses, PREVENTION).grades["prevention"]
    assert (grade.grade, grade.cap) == expected


def test_no_grade_without_the_trafficking_protocol() -> None:
    # a SOM-only assessment gets scores but no 3P grade
    assessment = assessment_of({"SOM-6-1-a": MET}, instruments=("SOM", "UNTOC"))
    result = assessment_scores(assessment, MINI)
    assert result.pillars["prosecution"].score == 1.0
    assert {p: g.grade for p, g in result.grades.items()} == {"prosecution": None, "protection": None,
                                                              "prevention": None}
    assert "TIP Protocol is not in scope" in result.grades["prosecution"].reason


def test_grade_reason_names_the_cap() -> None:
    # the reason says the band and which core rule capped it
    grade = scores({**CORE, "TIP-3-a": PART, **others(*[MET] * 6)}, PROSECUTION).grades["prosecution"]
    assert grade.reason.startswith(f"graded on the {GRADE_SUBSET}, which score 95.0%: band 5")
    assert "TIP-3-a" in grade.reason and "at most 3" in grade.reason


PROSECUTION_NO_SOM = catalog_of(*(r for r in PROSECUTION.requirements if r.instrument != "SOM"))

# (catalog, statuses, expected (pillar score, grade, subset named?, reason starts with)) of the prosecution line
PILLAR_LINE_CASES = [
    # no SOM requirement in the pillar: the grade is over the pillar's own requirements, no subset named
    (PROSECUTION_NO_SOM, {**CORE, **others(*[MET] * 6)}, (1.0, 5, False, "graded on the pillar score 100.0%: band 5")),
    # SOM-6-1-a not met: the pillar score counts it, the grade does not; the subset and its score are named
    (PROSECUTION, {**CORE, **others(*[MET] * 6), "SOM-6-1-a": NOT},
     (0.9091, 5, True, f"graded on the {GRADE_SUBSET}, which score 100.0%: band 5")),
    # SOM-6-1-a not assessed: same numbers, but the grade is still over the subset, which is named
    (PROSECUTION, {**CORE, **others(*[MET] * 6)},
     (1.0, 5, True, f"graded on the {GRADE_SUBSET}, which score 100.0%: band 5")),
]


@pytest.mark.parametrize(("catalog", "statuses", "expected"), PILLAR_LINE_CASES)
def test_pillar_line_names_the_grade_subset(catalog: Catalog, statuses: dict, expected: tuple) -> None:
    line = {x.pillar: x for x in pillar_lines(scores(statuses, catalog))}[Pillar.PROSECUTION]
    assert (line.score.score, line.grade, line.graded_on == GRADE_SUBSET, line.reason[:len(expected[3])]) == expected
    assert not line.graded_on or "Smuggling of Migrants Protocol left out" in line.graded_on


def test_pillar_lines_every_pillar_once() -> None:
    # one line per pillar in the pillars' order; the pillars the 3P scale does not grade carry no grade or reason
    lines = pillar_lines(scores({**CORE, **others(*[MET] * 6)}, PROSECUTION))
    assert [x.pillar for x in lines] == list(Pillar)
    assert all((x.grade, x.graded_on, x.reason) == (None, "", "") for x in lines if x.pillar not in GRADED_PILLARS)


# --------------------------------------------------------------------------- the table against the checklists


@cache
def shipped() -> Catalog:
    return load_catalog()


@pytest.mark.parametrize("rule", CORE_RULES, ids=lambda r: f"{r.pillar.value}: {r.name}")
def test_core_rules_name_shipped_requirements_of_their_pillar(rule) -> None:
    # every core requirement exists in the shipped checklists and carries the rule's pillar
    assert rule.pillar in GRADED_PILLARS
    assert 1 <= rule.cap < 5
    for rid in rule.requirements:
        assert rule.pillar in shipped().requirement(rid).pillars, rid


def test_docs_state_the_rules() -> None:
    # docs/scoring.md gives every band bound and every core requirement with its cap
    doc = (ROOT / "docs" / "scoring.md").read_text(encoding="utf-8")
    for bound, _ in GRADE_BANDS:
        assert f"< {float(bound):.1f}" in doc
    for rule in CORE_RULES:
        for rid in rule.requirements:
            assert f"`{rid}`" in doc, rid
        assert f"at most {rule.cap}" in doc
    assert "not the Index's own coding" in doc


def test_shipped_catalog_scores_an_empty_assessment() -> None:
    # a new assessment: every requirement in scope not assessed, no scores, no grades
    result = assessment_scores(new_assessment("Arcadia", "Act"), shipped())
    assert result.progress.total == len(shipped().requirements)
    assert result.progress.assessed == 0
    assert all(s.score is None for s in result.pillars.values())
    assert all(g.grade is None for g in result.grades.values())


def test_docs_file_exists() -> None:
    # the README points to the document
    assert (ROOT / "docs" / "scoring.md").is_file()
    assert "docs/scoring.md" in Path(ROOT / "README.md").read_text(encoding="utf-8")


def test_worked_example_of_the_docs() -> None:
    # docs/scoring.md's worked example, on the shipped checklists: 0.7857, grade 3; then v2: 0.8571, grade 5
    ids = ["TIP-3-a", "TIP-3-c", "TIP-5-1", "TIP-5-2-a", "TIP-5-2-b", "UNTOC-11-1", "UNTOC-12-1", "SOM-6-1-a"]
    part = Catalog(shipped().instruments, tuple(r for r in shipped().requirements if r.id in ids), ())
    v1 = {"TIP-3-a": PART, "TIP-3-c": MET, "TIP-5-1": MET, "TIP-5-2-a": MET, "TIP-5-2-b": MET,
          "UNTOC-11-1": MET, "SOM-6-1-a": NOT}
    first, second = scores(v1, part), scores({**v1, "TIP-3-a": MET}, part)
    assert (first.pillars["prosecution"].score, first.articles["TIP art. 3"].score) == (0.7857, 0.75)
    assert first.articles["UNTOC art. 12"].score is None
    grade = first.grades["prosecution"]
    assert (grade.score.score, grade.band, grade.grade) == (0.9167, 5, 3)
    assert (second.pillars["prosecution"].score, second.grades["prosecution"].grade) == (0.8571, 5)
    delta = second.pillars["prosecution"].exact - first.pillars["prosecution"].exact
    assert delta == Fraction(1, 14)
