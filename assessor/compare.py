"""Comparing assessments: current law against a bill, bill v1 against v2, one country against another.

`compare(a, b, catalog)` says what changed from a to b, requirement by requirement, and by how
much the scores moved; `matrix(assessments, catalog)` sets any number of assessments side by
side. Both read each finding's status in force (the assessor's decision, else the machine's).

Like is compared with like: scores, deltas and grades are computed over the instruments every
assessment compared has in scope (a State party to the TIP Protocol only, beside one party to
both Protocols, is compared on TIP, UNTOC and GP). The requirements outside that common scope
are named (`Comparison.outside`), and shown as out of scope in the matrix.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from assessor.assessment import Assessment
from assessor.catalog import Catalog
from assessor.checklist_schema import PILLAR_LABELS, Pillar
from assessor.preassessment import RequirementStatus
from assessor.scoring import DECIMALS, GRADED_PILLARS, WEIGHTS, Score, Scores, scores

__all__ = ["Comparison", "Matrix", "StatusChange", "common_scope", "compare", "label", "matrix"]

MET = RequirementStatus.MET
GAPS = (RequirementStatus.NOT_MET, RequirementStatus.PARTIALLY_MET)
OUT_OF_SCOPE = "out of scope"


@dataclass(frozen=True, slots=True)
class StatusChange:
    """One requirement whose status (or evidence) differs between a and b."""

    requirement_id: str
    before: RequirementStatus
    after: RequirementStatus

    @property
    def improved(self) -> bool | None:
        """True when b scores higher than a, False when lower; None when either is not scored."""
        if self.before not in WEIGHTS or self.after not in WEIGHTS:
            return None
        return WEIGHTS[self.after] > WEIGHTS[self.before]


def label(assessment: Assessment) -> str:
    """How an assessment is named in a comparison: "Caledonia: Trafficking Bill v2"."""
    parts = [p for p in (assessment.jurisdiction, assessment.title) if p]
    return ": ".join(parts) or assessment.id


def common_scope(assessments: list[Assessment], catalog: Catalog) -> Catalog:
    """The part of the catalog that every assessment has in scope."""
    common = set(assessments[0].instruments) if assessments else set()
    for assessment in assessments[1:]:
        common &= set(assessment.instruments)
    return catalog.for_instruments(common)


def _delta(a: Score, b: Score) -> float | None:
    if a.exact is None or b.exact is None:
        return None
    return round(float(b.exact - a.exact), DECIMALS)


def _deltas(a: dict[str, Score], b: dict[str, Score]) -> dict[str, float | None]:
    return {key: _delta(a[key], b[key]) for key in a if key in b}


@dataclass(frozen=True, slots=True)
class Comparison:
    """What changed from assessment a to assessment b (b - a for every difference)."""

    a: str  # label of a
    b: str  # label of b
    instruments: tuple[str, ...]  # the common scope compared
    closed: tuple[StatusChange, ...]  # not met / partially met in a, met in b
    opened: tuple[StatusChange, ...]  # met in a, partially met / not met in b
    changed: tuple[StatusChange, ...]  # every other status change
    evidence_changed: tuple[str, ...]  # same status, but the machine's evidence differs
    outside: tuple[str, ...]  # requirements in scope of one only: not compared
    pillar_deltas: dict[str, float | None] = field(hash=False)
    instrument_deltas: dict[str, float | None] = field(hash=False)
    grade_deltas: dict[str, int | None] = field(hash=False)
    scores_a: Scores = field(hash=False)
    scores_b: Scores = field(hash=False)

    def to_rows(self) -> list[list[str]]:
        """Plain rows for reports: a header, then one row per change, then the pillar deltas."""
        rows = [["change", "requirement", "before", "after"]]
        for kind, changes in (("gap closed", self.closed), ("gap opened", self.opened), ("changed", self.changed)):
            rows += [[kind, c.requirement_id, c.before.value, c.after.value] for c in changes]
        for rid in self.evidence_changed:
            status = self.scores_b.statuses[rid].value
            rows.append(["evidence changed", rid, status, status])
        for pillar in self.pillar_deltas:
            a = self.scores_a.pillars[pillar].score
            b = self.scores_b.pillars[pillar].score
            rows.append([f"score: {PILLAR_LABELS[Pillar(pillar)]}", "", _fmt(a), _fmt(b)])
        return rows


def _fmt(value: float | int | None) -> str:
    return "" if value is None else f"{value:.4f}" if isinstance(value, float) else str(value)


def compare(a: Assessment, b: Assessment, catalog: Catalog) -> Comparison:
    """What changed from a to b: gaps closed and opened, other changes, evidence, score deltas."""
    scope = common_scope([a, b], catalog)
    ids = {r.id for r in scope.requirements}
    outside = tuple(
        r.id for r in catalog.requirements
        if r.id not in ids and (r.instrument in a.instruments or r.instrument in b.instruments)
    )
    closed: list[StatusChange] = []
    opened: list[StatusChange] = []
    changed: list[StatusChange] = []
    evidence: list[str] = []
    for requirement in scope.requirements:
        fa, fb = a.finding(requirement.id), b.finding(requirement.id)
        before, after = fa.status, fb.status
        if before == after:
            if fa.evidence_digest and fb.evidence_digest and fa.evidence_digest != fb.evidence_digest:
                evidence.append(requirement.id)
            continue
        change = StatusChange(requirement.id, before, after)
        if before in GAPS and after is MET:
            closed.append(change)
        elif before is MET and after in GAPS:
            opened.append(change)
        else:
            changed.append(change)
    sa = _scores(a, scope)
    sb = _scores(b, scope)
    return Comparison(
        a=label(a),
        b=label(b),
        instruments=tuple(i.id for i in scope.instruments),
        closed=tuple(closed),
        opened=tuple(opened),
        changed=tuple(changed),
        evidence_changed=tuple(evidence),
        outside=outside,
        pillar_deltas=_deltas(sa.pillars, sb.pillars),
        instrument_deltas=_deltas(sa.instruments, sb.instruments),
        grade_deltas={
            p.value: (None if sa.grades[p.value].grade is None or sb.grades[p.value].grade is None
                      else sb.grades[p.value].grade - sa.grades[p.value].grade)
            for p in GRADED_PILLARS
        },
        scores_a=sa,
        scores_b=sb,
    )


def _scores(assessment: Assessment, scope: Catalog) -> Scores:
    """An assessment's scores over a given scope (the common one)."""
    statuses = {r.id: assessment.finding(r.id).status for r in scope.requirements}
    decided = [r.id for r in scope.requirements if assessment.finding(r.id).decided]
    return scores(statuses, scope, decided)


@dataclass(frozen=True, slots=True)
class Matrix:
    """Requirements x assessments: the status in force per cell, and pillar scores side by side.

    A cell is None when the requirement is outside that assessment's scope. Scores and grades
    are over the scope common to every assessment.
    """

    columns: tuple[str, ...]  # labels, made unique ("Arcadia: Act (2)")
    assessment_ids: tuple[str, ...]
    requirement_ids: tuple[str, ...]  # every requirement in scope of any assessment, catalog order
    references: tuple[str, ...]  # "TIP Protocol, art. 6(6)", one per requirement
    cells: tuple[tuple[RequirementStatus | None, ...], ...]  # one row per requirement
    instruments: tuple[str, ...]  # the common scope of the scores
    pillar_scores: dict[str, tuple[float | None, ...]] = field(hash=False)
    grades: dict[str, tuple[int | None, ...]] = field(hash=False)
    scores: tuple[Scores, ...] = field(hash=False)

    @property
    def shape(self) -> tuple[int, int]:
        """(requirements, assessments)."""
        return len(self.requirement_ids), len(self.columns)

    def cell(self, requirement_id: str, column: int | str) -> RequirementStatus | None:
        """The status of one requirement in one assessment (by index or label)."""
        index = column if isinstance(column, int) else self.columns.index(column)
        return self.cells[self.requirement_ids.index(requirement_id)][index]

    def to_rows(self, with_scores: bool = True) -> list[list[str]]:
        """Plain rows for reports: header; one row per requirement; then pillar scores and grades."""
        rows = [["requirement", "reference", *self.columns]]
        for rid, reference, row in zip(self.requirement_ids, self.references, self.cells, strict=True):
            rows.append([rid, reference, *(OUT_OF_SCOPE if s is None else s.value for s in row)])
        if with_scores:
            for pillar, values in self.pillar_scores.items():
                rows.append([f"score: {PILLAR_LABELS[Pillar(pillar)]}", "", *(_fmt(v) for v in values)])
            for pillar, values in self.grades.items():
                rows.append([f"grade (3P scale): {PILLAR_LABELS[Pillar(pillar)]}", "", *(_fmt(v) for v in values)])
        return rows


def _unique(labels: list[str]) -> tuple[str, ...]:
    seen: dict[str, int] = {}
    out = []
    for name in labels:
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return tuple(out)


def matrix(assessments: list[Assessment], catalog: Catalog) -> Matrix:
    """Any number of assessments side by side: statuses per requirement, pillar scores and grades."""
    scope = common_scope(assessments, catalog)
    union = {i for a in assessments for i in a.instruments}
    requirements = [r for r in catalog.requirements if r.instrument in union]
    cells = tuple(
        tuple(a.finding(r.id).status if r.instrument in a.instruments else None for a in assessments)
        for r in requirements
    )
    all_scores = tuple(_scores(a, scope) for a in assessments)
    return Matrix(
        columns=_unique([label(a) for a in assessments]),
        assessment_ids=tuple(a.id for a in assessments),
        requirement_ids=tuple(r.id for r in requirements),
        references=tuple(r.reference for r in requirements),
        cells=cells,
        instruments=tuple(i.id for i in scope.instruments),
        pillar_scores={p.value: tuple(s.pillars[p.value].score for s in all_scores) for p in Pillar},
        grades={p.value: tuple(s.grades[p.value].grade for s in all_scores) for p in GRADED_PILLARS},
        scores=all_scores,
    )

