"""The machine's pre-assessment: element statuses with evidence, red flags, requirement statuses.

`pre_assess(legislation)` runs the matching engine (`assessor.engine`) over a body of
legislation and the checklists in scope, and derives each requirement's status from its
elements:

- every element found: **met**; some found: **partially met**; none found: **not met**;
- a requirement without detectable elements stays **not assessed** by the machine and gets
  its five best candidate provisions, ranked, for the assessor to read.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from assessor.catalog import Catalog, Requirement, load_catalog
from assessor.engine import match_all
from assessor.engine.values import Candidate, ElementResult, ElementStatus, Evidence, FlagResult, Offence
from assessor.legislation.model import Legislation

__all__ = [
    "Candidate", "ElementResult", "ElementStatus", "Evidence", "FlagResult", "Offence", "PreAssessment",
    "RequirementResult", "RequirementStatus", "pre_assess", "requirement_status",
]


class RequirementStatus(StrEnum):
    """A requirement's status, for the machine and the assessor alike."""

    MET = "met"
    PARTIALLY_MET = "partially_met"
    NOT_MET = "not_met"
    NOT_APPLICABLE = "not_applicable"
    NOT_ASSESSED = "not_assessed"


@dataclass(frozen=True, slots=True)
class RequirementResult:
    """A requirement's machine status, derived from its elements."""

    requirement_id: str
    status: RequirementStatus
    found: int
    total: int
    candidates: tuple[Candidate, ...] = ()


@dataclass(frozen=True, slots=True)
class PreAssessment:
    """Everything the machine proposes for one body of legislation."""

    legislation: Legislation
    catalog: Catalog
    elements: dict[str, ElementResult] = field(default_factory=dict)
    red_flags: dict[str, FlagResult] = field(default_factory=dict)
    requirements: dict[str, RequirementResult] = field(default_factory=dict)
    offences: tuple[Offence, ...] = ()  # the offences read, as the engine classified them

    def status(self, element_id: str) -> ElementStatus:
        """The status of one element."""
        return self.elements[element_id].status


def requirement_status(found: int, total: int) -> RequirementStatus:
    """The documented rule: all elements found is met, some is partially met, none is not met."""
    if total == 0:
        return RequirementStatus.NOT_ASSESSED
    if found == total:
        return RequirementStatus.MET
    return RequirementStatus.PARTIALLY_MET if found else RequirementStatus.NOT_MET


def _requirement_result(requirement: Requirement, elements: dict[str, ElementResult],
                        candidates: tuple[Candidate, ...]) -> RequirementResult:
    total = len(requirement.elements)
    found = sum(1 for e in requirement.elements if elements[e.id].status is ElementStatus.FOUND)
    return RequirementResult(requirement.id, requirement_status(found, total), found, total,
                             candidates if total == 0 else ())


def pre_assess(
    legislation: Legislation, catalog: Catalog | None = None, instruments: Iterable[str] | None = None
) -> PreAssessment:
    """Propose, for every element and requirement in scope, what the legislation meets and misses."""
    catalog = catalog or load_catalog()
    if instruments is not None:
        catalog = catalog.for_instruments(instruments)
    elements, flags, candidates, offences = match_all(legislation, catalog)
    requirements = {
        r.id: _requirement_result(r, elements, candidates.get(r.id, ())) for r in catalog.requirements
    }
    return PreAssessment(legislation, catalog, elements, flags, requirements, tuple(offences))
