"""Scores: how much of the instruments a body of legislation meets.

The formula, everywhere the same: a requirement counts 1 when met, 0.5 when partially met and
0 when not met; not applicable and not assessed requirements are left out. A score is the sum
over the requirements in a group (a pillar, say) divided by their number.
"""

from __future__ import annotations

from collections.abc import Iterable

from assessor.checklist_schema import Pillar
from assessor.preassessment import PreAssessment, RequirementStatus

WEIGHTS = {RequirementStatus.MET: 1.0, RequirementStatus.PARTIALLY_MET: 0.5, RequirementStatus.NOT_MET: 0.0}
FORMULA = (
    "score = (met + 0.5 × partially met) / (met + partially met + not met); "
    "not applicable and not assessed left out"
)


def score(statuses: Iterable[RequirementStatus]) -> dict[str, float | int | None]:
    """Score one group of requirement statuses."""
    counted = [s for s in statuses if s in WEIGHTS]
    met = sum(1 for s in counted if s is RequirementStatus.MET)
    partial = sum(1 for s in counted if s is RequirementStatus.PARTIALLY_MET)
    value = round(sum(WEIGHTS[s] for s in counted) / len(counted), 4) if counted else None
    return {"score": value, "met": met, "partial": partial, "not_met": len(counted) - met - partial}


def pillar_scores(pre: PreAssessment) -> dict[str, dict[str, float | int | None]]:
    """Scores by pillar of the machine's statuses."""
    return {
        pillar.value: score(
            pre.requirements[r.id].status for r in pre.catalog.requirements if pillar in r.pillars
        )
        for pillar in Pillar
    }
