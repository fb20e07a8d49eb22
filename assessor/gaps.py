"""Gaps: requirements in scope not met or partially met, prioritised and worded by obligation level.

One reading shared by every report and the Dashboard, so they all list the same gaps in the same
order with the same words (UNODC practice):

- priority: mandatory, then mandatory subject to the legal system, shall endeavour, shall consider,
  optional, good practice (saving clauses are never gaps); within a level, not met before partially
  met; then the reports' order (instrument, then article);
- wording: mandatory gaps *urge* ("The State is urged to ..."), "shall endeavour" gaps *make efforts*
  ("The State is urged to make efforts to ..."), consider-level gaps *consider*
  ("The State may wish to consider ..."), optional and good-practice gaps *invite* ("The State is
  invited to ...").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assessor.assessment import Assessment, Finding
from assessor.catalog import Catalog, Requirement
from assessor.checklist_schema import Obligation
from assessor.preassessment import RequirementStatus

__all__ = ["GAP_STATUSES", "OPENINGS", "PRIORITY", "VERBS", "Gap", "gaps", "ordered", "recommendation"]

INSTRUMENT_ORDER = ("TIP", "SOM", "UNTOC", "GP")
GAP_STATUSES = (RequirementStatus.NOT_MET, RequirementStatus.PARTIALLY_MET)
PRIORITY = (
    Obligation.MANDATORY,
    Obligation.MANDATORY_QUALIFIED,
    Obligation.ENDEAVOUR,
    Obligation.CONSIDER,
    Obligation.OPTIONAL,
    Obligation.GOOD_PRACTICE,
)
VERBS = {
    Obligation.MANDATORY: "urge",
    Obligation.MANDATORY_QUALIFIED: "urge",
    Obligation.ENDEAVOUR: "make efforts",
    Obligation.CONSIDER: "consider",
    Obligation.OPTIONAL: "invite",
    Obligation.GOOD_PRACTICE: "invite",
}
OPENINGS = {
    "urge": "The State is urged to ",
    "make efforts": "The State is urged to make efforts to ",
    "consider": "The State may wish to consider ",
    "invite": "The State is invited to ",
}


def _article_key(article: str) -> tuple[int, int, str]:
    match = re.match(r"(\d+)(.*)", article)
    return (0, int(match.group(1)), match.group(2)) if match else (1, 0, article)


def ordered(catalog: Catalog) -> list[Requirement]:
    """Requirements as the reports list them: by instrument (TIP, SOM, UNTOC, GP, others), then article."""
    position = {iid: i for i, iid in enumerate(INSTRUMENT_ORDER)}
    others = {i.id: len(position) + n for n, i in enumerate(catalog.instruments)}
    return sorted(
        catalog.requirements,
        key=lambda r: (position.get(r.instrument, others.get(r.instrument, 99)), _article_key(r.article)),
    )


def _lower_first(text: str) -> str:
    """'Amend the law' -> 'amend the law'; an acronym ('UNTOC ...') is left as it is."""
    text = text.strip()
    if len(text) > 1 and text[0].isupper() and not text[1].isupper():
        return text[0].lower() + text[1:]
    return text


def recommendation(requirement: Requirement) -> tuple[str, str]:
    """(verb, sentence): the requirement's recommended action worded for its obligation level."""
    verb = VERBS[requirement.obligation]
    action = requirement.action.strip().rstrip(".") + "."
    if verb == "consider":
        # "may wish to consider consider ..." reads badly; "consider amend ..." does not parse.
        if action.lower().startswith("consider "):
            action = action[len("consider "):]
        else:
            action = "whether to " + _lower_first(action)
    return verb, OPENINGS[verb] + _lower_first(action)


@dataclass(frozen=True, slots=True)
class Gap:
    """A requirement not met or partially met, with its priority and recommendation."""

    priority: int  # 1 = most urgent
    requirement: Requirement
    finding: Finding
    status: RequirementStatus
    wording: str  # the verb: "urge", "make efforts", "consider" or "invite"
    recommendation: str


def gaps(assessment: Assessment, catalog: Catalog) -> list[Gap]:
    """The assessment's gaps in scope, most urgent first (see the module's docstring)."""
    found = []
    for index, requirement in enumerate(ordered(assessment.in_scope(catalog))):
        finding = assessment.finding(requirement.id)
        if finding.status in GAP_STATUSES and requirement.obligation.scored:
            key = (PRIORITY.index(requirement.obligation), GAP_STATUSES.index(finding.status), index)
            found.append((key, requirement, finding))
    found.sort(key=lambda item: item[0])
    result = []
    for priority, (_, requirement, finding) in enumerate(found, start=1):
        verb, sentence = recommendation(requirement)
        result.append(Gap(priority, requirement, finding, finding.status, verb, sentence))
    return result
