"""Scores: how much of the instruments a body of legislation meets, and 1-5 grades per P.

One formula, everywhere the same (docs/scoring.md gives it with a worked example):

- a requirement counts **1** when met, **0.5** when partially met and **0** when not met;
- **not applicable** and **not assessed** requirements are left out (counted, but not scored); a
  saving clause (obligation `saving_clause`: "nothing in this Protocol shall affect ...") is always
  counted as not applicable;
- a group's score is the mean over its counted requirements: (met + 0.5 x partially met) /
  (met + partially met + not met); **None** when the group has no counted requirement.

Groups: each requirement, each article ("TIP art. 6"), each checklist section, each pillar,
each instrument and each obligation level. A requirement with two pillars counts in both.
Scores are given to four decimals; `Score.exact` is the exact fraction, which the grade bands
and the differences between two scores use.

Grades put the prosecution, protection and prevention pillars on the 1-5 scale of the 3P
Anti-Trafficking Policy Index (Cho, Dreher & Neumayer): a band of the pillar score, capped when
a core requirement is not met (`GRADE_BANDS`, `CORE_RULES`). They are an approximation of that
scale, so that scores can be set side by side with it, not the Index's own coding.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from fractions import Fraction
from typing import TYPE_CHECKING

from assessor.catalog import Catalog, Requirement
from assessor.checklist_schema import Obligation, Pillar, Section
from assessor.preassessment import PreAssessment, RequirementStatus

if TYPE_CHECKING:
    from assessor.assessment import Assessment

__all__ = [
    "CORE_RULES",
    "DECIMALS",
    "FORMULA",
    "GRADE_BANDS",
    "GRADE_FORMULA",
    "GRADE_INSTRUMENTS",
    "GRADE_SUBSET",
    "GRADED_PILLARS",
    "WEIGHTS",
    "CoreRule",
    "Grade",
    "PillarLine",
    "Progress",
    "Score",
    "Scores",
    "article_key",
    "assessment_scores",
    "assessment_statuses",
    "band",
    "grades",
    "group_score",
    "pillar_lines",
    "pillar_scores",
    "score",
    "scores",
]

WEIGHTS = {RequirementStatus.MET: 1.0, RequirementStatus.PARTIALLY_MET: 0.5, RequirementStatus.NOT_MET: 0.0}
FORMULA = (
    "score = (met + 0.5 × partially met) / (met + partially met + not met); "
    "not applicable and not assessed left out"
)
DECIMALS = 4


# --------------------------------------------------------------------------- one group


@dataclass(frozen=True, slots=True)
class Score:
    """The score of one group of requirements, with the counts it comes from.

    `total` is every requirement of the group, scored or not:
    total = met + partial + not_met + not_applicable + not_assessed.
    """

    score: float | None
    met: int = 0
    partial: int = 0
    not_met: int = 0
    not_applicable: int = 0
    not_assessed: int = 0
    total: int = 0

    @property
    def counted(self) -> int:
        """The requirements the score is the mean over (met, partially met, not met)."""
        return self.met + self.partial + self.not_met

    @property
    def exact(self) -> Fraction | None:
        """The score as an exact fraction (None when nothing is counted)."""
        if not self.counted:
            return None
        return Fraction(2 * self.met + self.partial, 2 * self.counted)

    def as_dict(self) -> dict[str, float | int | None]:
        """Plain values, for reports."""
        return {
            "score": self.score,
            "met": self.met,
            "partial": self.partial,
            "not_met": self.not_met,
            "not_applicable": self.not_applicable,
            "not_assessed": self.not_assessed,
            "total": self.total,
        }


def _rounded(value: Fraction | None) -> float | None:
    return None if value is None else round(float(value), DECIMALS)


def group_score(statuses: Iterable[RequirementStatus]) -> Score:
    """The score of one group of requirement statuses (the one formula)."""
    counts = dict.fromkeys(RequirementStatus, 0)
    for status in statuses:
        counts[RequirementStatus(status)] += 1
    blank = Score(
        None,
        counts[RequirementStatus.MET],
        counts[RequirementStatus.PARTIALLY_MET],
        counts[RequirementStatus.NOT_MET],
        counts[RequirementStatus.NOT_APPLICABLE],
        counts[RequirementStatus.NOT_ASSESSED],
        sum(counts.values()),
    )
    return Score(
        _rounded(blank.exact), blank.met, blank.partial, blank.not_met,
        blank.not_applicable, blank.not_assessed, blank.total,
    )


def score(statuses: Iterable[RequirementStatus]) -> dict[str, float | int | None]:
    """Score one group of requirement statuses, as the JSON report gives it."""
    result = group_score(statuses)
    return {"score": result.score, "met": result.met, "partial": result.partial, "not_met": result.not_met}


def pillar_scores(pre: PreAssessment) -> dict[str, dict[str, float | int | None]]:
    """Scores by pillar of the machine's statuses."""
    return {
        pillar.value: score(
            _scored_status(r, pre.requirements[r.id].status) for r in pre.catalog.requirements if pillar in r.pillars
        )
        for pillar in Pillar
    }


# --------------------------------------------------------------------------- grades (3P scale)

GRADED_PILLARS = (Pillar.PROSECUTION, Pillar.PROTECTION, Pillar.PREVENTION)
# The 3P Index rates anti-trafficking policy: the grade's score is the pillar score over the
# requirements of these instruments (the Smuggling of Migrants Protocol is left out).
GRADE_INSTRUMENTS = ("TIP", "UNTOC", "GP")
# The grade's subset, named wherever a grade stands beside a pillar score that counts more requirements.
GRADE_SUBSET = "TIP, UNTOC and good-practice requirements only (Smuggling of Migrants Protocol left out)"
# (upper bound, grade): the first band whose bound the score is below; 5 at 0.8 and above.
GRADE_BANDS: tuple[tuple[Fraction, int], ...] = (
    (Fraction(1, 5), 1),
    (Fraction(2, 5), 2),
    (Fraction(3, 5), 3),
    (Fraction(4, 5), 4),
)
TOP_GRADE = 5


@dataclass(frozen=True, slots=True)
class CoreRule:
    """Core requirements of a pillar: unless each is met (or not applicable), the grade is at most `cap`."""

    pillar: Pillar
    name: str
    requirements: tuple[str, ...]
    cap: int
    why: str


CORE_RULES: tuple[CoreRule, ...] = (
    CoreRule(
        Pillar.PROSECUTION, "trafficking criminalized in all its forms",
        ("TIP-3-a", "TIP-3-c", "TIP-5-1"), 3,
        "the 3P prosecution score starts from whether the law prohibits all forms of trafficking "
        "(every act, means and purpose of art. 3, children without means); a law that misses a form "
        "is at most partly compliant",
    ),
    CoreRule(
        Pillar.PROSECUTION, "penalties that reflect the gravity of the offence",
        ("UNTOC-11-1",), 4,
        "the 3P prosecution score also asks whether penalties are sufficiently stringent",
    ),
    CoreRule(
        Pillar.PROTECTION, "victims assisted, allowed to stay, not punished, compensated",
        ("TIP-6-2", "TIP-6-3", "TIP-6-6", "TIP-7-1", "GP.non_punishment"), 4,
        "the 3P protection score counts the areas of victim protection a country covers: assistance "
        "(shelter, medical and psychological care), help in legal proceedings, residence, "
        "non-punishment; compensation is the Protocol's mandatory art. 6(6); full compliance needs all",
    ),
    CoreRule(
        Pillar.PREVENTION, "policies, awareness, border measures and data",
        ("TIP-9-1", "TIP-9-2", "TIP-11-1", "GP.data_collection"), 4,
        "the 3P prevention score counts preventive areas: policies and coordination, awareness "
        "campaigns and research, border control, information and data; full compliance needs all",
    ),
)
GRADE_FORMULA = (
    "grade = 1 if score < 0.2, 2 if < 0.4, 3 if < 0.6, 4 if < 0.8, else 5 "
    "(score: the pillar score over TIP, UNTOC and GP requirements in scope); "
    "capped when a core requirement of the pillar is not met; an approximation of the 3P Index scale, "
    "not its coding"
)


@dataclass(frozen=True, slots=True)
class Grade:
    """A pillar's grade on the 1-5 scale of the 3P Index, and how it was reached."""

    pillar: Pillar
    grade: int | None  # None when the score is None, or the TIP Protocol is not in scope
    band: int | None  # the grade from the score alone, before caps
    cap: int | None  # the lowest cap of a core rule not satisfied; None when none applies
    score: Score  # the basis: the pillar score over GRADE_INSTRUMENTS
    unmet_core: tuple[str, ...] = ()  # core requirements in scope neither met nor not applicable
    core_out_of_scope: tuple[str, ...] = ()  # core requirements outside the scope: not judged
    reason: str = ""
    # GRADE_SUBSET when the grade's score counts fewer requirements than the pillar score (SOM ones in
    # scope); "" when both are over the same requirements, so they are the same number.
    subset: str = ""


def band(value: Fraction | float | None) -> int | None:
    """The grade band of a score (exact comparison: 0.8 is 5, 0.7999 is 4)."""
    if value is None:
        return None
    exact = Fraction(value) if not isinstance(value, Fraction) else value
    for bound, grade in GRADE_BANDS:
        if exact < bound:
            return grade
    return TOP_GRADE


def _percent(value: float | None) -> str:
    return "-" if value is None else f"{value:.1%}"


def _grade(pillar: Pillar, statuses: Mapping[str, RequirementStatus], catalog: Catalog) -> Grade:
    scope = {r.id for r in catalog.requirements}
    in_pillar = [r for r in catalog.requirements if pillar in r.pillars]
    basis = group_score(
        statuses.get(r.id, RequirementStatus.NOT_ASSESSED) for r in in_pillar if r.instrument in GRADE_INSTRUMENTS
    )
    subset = GRADE_SUBSET if basis.total < len(in_pillar) else ""
    unmet: list[str] = []
    out: list[str] = []
    cap: int | None = None
    failed: list[str] = []
    for rule in CORE_RULES:
        if rule.pillar is not pillar:
            continue
        missing = []
        for rid in rule.requirements:
            if rid not in scope:
                out.append(rid)
            elif statuses.get(rid, RequirementStatus.NOT_ASSESSED) not in (
                RequirementStatus.MET, RequirementStatus.NOT_APPLICABLE
            ):
                missing.append(rid)
        if missing:
            unmet += missing
            failed.append(f"{rule.name} ({', '.join(missing)}): at most {rule.cap}")
            cap = rule.cap if cap is None else min(cap, rule.cap)
    graded = band(basis.exact)
    if not any(r.instrument == "TIP" for r in catalog.requirements):
        return Grade(pillar, None, graded, cap, basis, tuple(unmet), tuple(out),
                     "not graded: the TIP Protocol is not in scope", subset)
    if graded is None:
        return Grade(pillar, None, None, cap, basis, tuple(unmet), tuple(out),
                     "not graded: no requirement of the pillar is scored", subset)
    final = graded if cap is None else min(graded, cap)
    # Percentages, as every report shows scores; when the grade counts a subset its score is named as the
    # subset's, so it is never read as a second score of the pillar.
    if subset:
        reason = f"graded on the {subset}, which score {_percent(basis.score)}: band {graded}"
    else:
        reason = f"graded on the pillar score {_percent(basis.score)}: band {graded}"
    if failed:
        reason += "; core not met: " + "; ".join(failed)
    return Grade(pillar, final, graded, cap, basis, tuple(unmet), tuple(out), reason, subset)


def grades(statuses: Mapping[str, RequirementStatus], catalog: Catalog) -> dict[str, Grade]:
    """Grades 1-5 of prosecution, protection and prevention (see GRADE_FORMULA and CORE_RULES)."""
    return {pillar.value: _grade(pillar, statuses, catalog) for pillar in GRADED_PILLARS}


@dataclass(frozen=True, slots=True)
class PillarLine:
    """One pillar as every report shows it: one score, the grade beside it, and what the grade is over.

    `graded_on` names the subset the grade counts when it is not every requirement of the pillar
    ("" otherwise, and for the pillars the 3P scale does not grade); `reason` says how the grade was
    reached (band, caps), "" for a pillar not graded.
    """

    pillar: Pillar
    score: Score  # the pillar score: every requirement of the pillar in scope
    grade: int | None
    graded_on: str
    reason: str


def pillar_lines(result: Scores) -> list[PillarLine]:
    """Each pillar's row of the reports, in the pillars' order: its score, grade, the grade's subset, the reason."""
    lines = []
    for pillar in Pillar:
        score_ = result.pillars[pillar.value]
        grade = result.grades.get(pillar.value)
        if grade is None:
            lines.append(PillarLine(pillar, score_, None, "", ""))
        else:
            lines.append(PillarLine(pillar, score_, grade.grade, grade.subset, grade.reason))
    return lines


# --------------------------------------------------------------------------- every group


@dataclass(frozen=True, slots=True)
class Progress:
    """How far an assessment has gone.

    `assessed`: requirements whose status in force is not `not_assessed`; `decided`:
    requirements an assessor has decided (None when the statuses do not come from an
    assessment). Shares are over every requirement in scope, with or without a finding.
    """

    total: int
    assessed: int
    decided: int | None = None

    @property
    def assessed_share(self) -> float | None:
        """assessed / total (None when there is no requirement)."""
        return round(self.assessed / self.total, DECIMALS) if self.total else None

    @property
    def decided_share(self) -> float | None:
        """decided / total (None without an assessment, or when there is no requirement)."""
        if self.decided is None or not self.total:
            return None
        return round(self.decided / self.total, DECIMALS)


@dataclass(frozen=True, slots=True)
class Scores:
    """Scores of one set of statuses, grouped every way the tool reports them.

    Keys: requirement ids, article keys ("TIP art. 6"), section, pillar and obligation values
    (every member of the enum, in its order, even when empty) and instrument ids; requirements,
    articles and instruments in catalog order.
    """

    requirements: dict[str, Score] = field(hash=False)
    articles: dict[str, Score] = field(hash=False)
    sections: dict[str, Score] = field(hash=False)
    pillars: dict[str, Score] = field(hash=False)
    instruments: dict[str, Score] = field(hash=False)
    obligations: dict[str, Score] = field(hash=False)
    overall: Score
    progress: Progress
    grades: dict[str, Grade] = field(hash=False)
    statuses: dict[str, RequirementStatus] = field(hash=False)  # every requirement in scope


def article_key(requirement: Requirement) -> str:
    """The article group of a requirement: "TIP art. 6"; "GP WP" for the working paper's practices."""
    instrument, article = requirement.instrument, requirement.article
    return f"{instrument} art. {article}" if article[:1].isdigit() else f"{instrument} {article}"


def _groups(catalog: Catalog, statuses: dict[str, RequirementStatus], key, members=()) -> dict[str, Score]:
    grouped: dict[str, list[RequirementStatus]] = {m: [] for m in members}
    for requirement in catalog.requirements:
        for k in key(requirement):
            grouped.setdefault(k, []).append(statuses[requirement.id])
    return {k: group_score(v) for k, v in grouped.items()}


def _scored_status(requirement: Requirement, status: RequirementStatus | str) -> RequirementStatus:
    """The status a score counts: a saving clause (no obligation) is always not applicable."""
    return RequirementStatus(status) if requirement.obligation.scored else RequirementStatus.NOT_APPLICABLE


def scores(
    statuses: Mapping[str, RequirementStatus], catalog: Catalog, decided: Iterable[str] | None = None
) -> Scores:
    """Scores of these statuses over every requirement of the catalog.

    A requirement of the catalog without a status counts as not assessed; statuses of ids the
    catalog does not hold are ignored. `decided` (ids an assessor decided) fills the progress.
    """
    raw = {r.id: RequirementStatus(statuses.get(r.id, RequirementStatus.NOT_ASSESSED)) for r in catalog.requirements}
    full = {r.id: _scored_status(r, raw[r.id]) for r in catalog.requirements}
    ids = set(full)
    decided_count = None if decided is None else len(ids & set(decided))
    return Scores(
        requirements={rid: group_score([s]) for rid, s in full.items()},
        articles=_groups(catalog, full, lambda r: [article_key(r)]),
        sections=_groups(catalog, full, lambda r: [r.section.value], [s.value for s in Section]),
        pillars=_groups(catalog, full, lambda r: [p.value for p in r.pillars], [p.value for p in Pillar]),
        instruments=_groups(catalog, full, lambda r: [r.instrument]),
        obligations=_groups(catalog, full, lambda r: [r.obligation.value], [o.value for o in Obligation]),
        overall=group_score(full.values()),
        progress=Progress(
            len(raw), sum(1 for s in raw.values() if s is not RequirementStatus.NOT_ASSESSED), decided_count
        ),
        grades=grades(full, catalog),
        statuses=full,
    )


def pillars_only(statuses: Mapping[str, RequirementStatus], catalog: Catalog) -> dict[str, Score]:
    """`scores(statuses, catalog).pillars`, without the other groups: a list of many assessments needs no more."""
    full = {r.id: _scored_status(r, statuses.get(r.id, RequirementStatus.NOT_ASSESSED)) for r in catalog.requirements}
    return _groups(catalog, full, lambda r: [p.value for p in r.pillars], [p.value for p in Pillar])


def assessment_statuses(assessment: Assessment, catalog: Catalog) -> dict[str, RequirementStatus]:
    """The status in force of every requirement in the assessment's scope (not assessed without a finding)."""
    return {
        r.id: assessment.finding(r.id).status for r in assessment.in_scope(catalog).requirements
    }


def assessment_scores(assessment: Assessment, catalog: Catalog) -> Scores:
    """Scores of an assessment: the status in force of every finding in scope, with its progress."""
    scope = assessment.in_scope(catalog)
    decided = [r.id for r in scope.requirements if assessment.finding(r.id).decided]
    return scores(assessment_statuses(assessment, catalog), scope, decided)
