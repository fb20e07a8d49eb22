"""The machine-readable report of an assessment (schema assessor.assessment-report/1).

Unlike the pre-assessment report of the contract (`json_report.py`, assessor.report/1), this
one reports an *assessment*: the machine's proposal and the assessor's decision for every
requirement in scope, the status in force, the gaps worded as observations, and the scores.

This module also holds what the Word and Markdown reports share with it, so the three say the
same thing: the order requirements are reported in (`ordered`), the answer to a question
(`ANSWERS`), the provisions a finding cites (`cited_provisions`), the explanation
(`explanation`), the review questionnaire's examples of implementation and challenges
(`questionnaire_answers`) and the draft observations (`observations`: gaps prioritised and worded
by obligation level, good practices, suggestions, technical assistance).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from assessor.assessment import Assessment, Finding
from assessor.catalog import Catalog, Requirement
from assessor.checklist_schema import Obligation
from assessor.gaps import Gap, gaps, ordered, recommendation
from assessor.preassessment import ElementStatus, RequirementStatus
from assessor.review_clusters import ReviewCluster, cluster_catalog, cluster_json
from assessor.scoring import FORMULA, GRADE_FORMULA, Score, assessment_scores

SCHEMA = "assessor.assessment-report/1"

# The answer to a checklist question, from the status in force.
ANSWERS = {
    RequirementStatus.MET: "Yes",
    RequirementStatus.PARTIALLY_MET: "Partly",
    RequirementStatus.NOT_MET: "No",
    RequirementStatus.NOT_APPLICABLE: "Not applicable",
    RequirementStatus.NOT_ASSESSED: "Not yet assessed",
}


def percent(value: float | None) -> str:
    """A score or share as a whole percentage; "-" for None."""
    return "-" if value is None else f"{value:.0%}"


def gap_wording(requirement: Requirement) -> str:
    """The observation on a gap: urged (mandatory), consider (consider-level), invited (optional, good practice)."""
    return recommendation(requirement)[1]


def cited_provisions(finding: Finding, texts: Mapping[str, str] | None = None) -> list[tuple[str, str]]:
    """(citation, text) of the provisions a finding relies on.

    The assessor's cited provisions when decided (their text from `texts`, else the words the
    machine quoted from them), else the machine's evidence: every provision carrying a found
    element, with the words quoted. Text is "" when nothing is known of it.
    """
    quotes: dict[str, str] = {}
    for element in finding.elements:
        if element.status is ElementStatus.FOUND:
            for citation in element.provisions:
                if not quotes.get(citation):
                    quotes[citation] = element.quote if citation == element.provisions[0] else ""
    texts = texts or {}
    if finding.decision is not None and finding.decision.provisions:
        return [(c, texts.get(c) or quotes.get(c, "")) for c in finding.decision.provisions]
    return [(c, texts.get(c) or q) for c, q in quotes.items()]


def machine_summary(finding: Finding, requirement: Requirement) -> str:
    """The machine's reasons in one paragraph: elements found (with provision and rule) and missing."""
    names = {e.id: e.name for e in requirement.elements}
    found = [e for e in finding.elements if e.status is ElementStatus.FOUND]
    missing = [e for e in finding.elements if e.status is not ElementStatus.FOUND]
    if finding.elements:
        parts = [f"The machine found {len(found)} of {len(finding.elements)} elements."]
        if found:
            parts.append("Found: " + "; ".join(
                f"{names.get(e.element_id, e.element_id)} ({', '.join(e.provisions[:3])}; {e.rule or 'express'})"
                for e in found
            ) + ".")
        if missing:
            parts.append("Missing: " + "; ".join(names.get(e.element_id, e.element_id) for e in missing) + ".")
        return " ".join(parts)
    if finding.candidates:
        return ("Not decided by the machine (no detectable elements); candidate provisions to read: "
                + ", ".join(finding.candidates) + ".")
    return "No evidence yet: the machine has no detectable elements for this requirement."


def explanation(finding: Finding, requirement: Requirement) -> str:
    """The assessor's rationale, else the machine's reasons summarised."""
    if finding.decision is not None and finding.decision.rationale.strip():
        return finding.decision.rationale.strip()
    return machine_summary(finding, requirement)


def questionnaire_answers(finding: Finding) -> list[tuple[str, str]]:
    """(label, text) of the review questionnaire's examples of implementation and challenges, those given."""
    decision = finding.decision
    if decision is None:
        return []
    pairs = [("Examples of implementation", decision.examples.strip()), ("Challenges", decision.challenges.strip())]
    return [(label, text) for label, text in pairs if text]


@dataclass(frozen=True, slots=True)
class Observations:
    """The draft observations of a report: each a list of plain dicts, in the order reported."""

    gaps: list[dict[str, Any]]
    good_practices: list[dict[str, Any]]
    suggestions: list[dict[str, Any]]
    assistance: list[dict[str, Any]]
    challenges: list[dict[str, Any]] = field(default_factory=list)  # the questionnaire's, per requirement


def _gap(gap: Gap) -> dict[str, Any]:
    requirement = gap.requirement
    return {
        "requirement_id": requirement.id,
        "reference": requirement.reference,
        "title": requirement.title,
        "obligation": requirement.obligation.value,
        "status": gap.status.value,
        "decided": gap.finding.decided,
        "verb": gap.wording,
        "wording": gap.recommendation,
        "action": requirement.action,
        "model_law": requirement.model_law or "",
        "priority": gap.priority,
    }


def observations(assessment: Assessment, catalog: Catalog) -> Observations:
    """Gaps (prioritised and worded as `assessor.gaps` does), good practices (good-practice requirements
    met, mandatory ones met fully), suggestions (the assessor's notes) and technical assistance needs
    (from decisions), and the challenges in implementing each provision the assessors reported."""
    good, suggestions, assistance, challenges = [], [], [], []
    for requirement in ordered(assessment.in_scope(catalog)):
        finding = assessment.finding(requirement.id)
        if finding.status is RequirementStatus.MET and requirement.obligation in (
            Obligation.GOOD_PRACTICE, Obligation.MANDATORY, Obligation.MANDATORY_QUALIFIED, Obligation.ENDEAVOUR
        ):
            good.append({"requirement_id": requirement.id, "reference": requirement.reference,
                         "title": requirement.title, "obligation": requirement.obligation.value,
                         "decided": finding.decided,
                         "provisions": [c for c, _ in cited_provisions(finding)]})
        decision = finding.decision
        if decision is not None and decision.notes.strip():
            suggestions.append({"requirement_id": requirement.id, "reference": requirement.reference,
                                "text": decision.notes.strip(), "by": decision.by})
        if decision is not None and decision.assistance.strip():
            assistance.append({"requirement_id": requirement.id, "reference": requirement.reference,
                               "text": decision.assistance.strip(), "by": decision.by})
        if decision is not None and decision.challenges.strip():
            challenges.append({"requirement_id": requirement.id, "reference": requirement.reference,
                               "text": decision.challenges.strip(), "by": decision.by})
    return Observations([_gap(g) for g in gaps(assessment, catalog)], good, suggestions, assistance, challenges)


# --------------------------------------------------------------------------- the JSON report


def _scores(groups: Mapping[str, Score]) -> dict[str, dict[str, Any]]:
    return {key: value.as_dict() for key, value in groups.items()}


def _finding(requirement: Requirement, finding: Finding, gap: dict[str, Any] | None) -> dict[str, Any]:
    decision = finding.decision
    entry: dict[str, Any] = {
        "id": requirement.id,
        "instrument": requirement.instrument,
        "article": requirement.article,
        "reference": requirement.reference,
        "title": requirement.title,
        "obligation": requirement.obligation.value,
        "pillars": [p.value for p in requirement.pillars],
        "section": requirement.section.value,
        "machine_status": finding.machine_status.value,
        "decision": None if decision is None else {
            "status": decision.status.value, "rationale": decision.rationale,
            "provisions": list(decision.provisions), "notes": decision.notes,
            "assistance": decision.assistance, "examples": decision.examples,
            "challenges": decision.challenges, "by": decision.by, "at": decision.at,
        },
        "status": finding.status.value,
        "answer": ANSWERS[finding.status],
        "needs_review": finding.needs_review,
        "version": finding.version,
        "inferred": finding.inferred,
        "elements": [
            {"id": e.element_id, "status": e.status.value, "provisions": list(e.provisions),
             "rule": e.rule, "quote": e.quote, "inferred": e.inferred}
            for e in finding.elements
        ],
        "candidates": list(finding.candidates),
        "provisions": [{"citation": c, "text": t} for c, t in cited_provisions(finding)],
        "explanation": explanation(finding, requirement),
    }
    if gap is not None:
        entry["gap"] = {k: gap[k] for k in ("priority", "verb", "wording", "action", "model_law")}
    return entry


def report_json(assessment: Assessment, catalog: Catalog, *, cluster: ReviewCluster | None = None) -> dict[str, Any]:
    """The assessment report as a JSON-ready dict of plain types (see the module docstring).

    With a review cluster, only its requirements are reported and scored, and `review_cluster` names
    it (its id, title, articles, and the articles no requirement covers yet); without, there is no
    such key.
    """
    whole = catalog
    catalog = cluster_catalog(catalog, cluster)
    scope = assessment.in_scope(catalog)
    notes = observations(assessment, catalog)
    gaps = {g["requirement_id"]: g for g in notes.gaps}
    scores = assessment_scores(assessment, catalog)
    decided, findings = assessment.progress()
    progress = scores.progress
    report: dict[str, Any] = {
        "schema": SCHEMA,
        "assessment": {
            "id": assessment.id,
            "jurisdiction": assessment.jurisdiction,
            "title": assessment.title,
            "date": assessment.date,
            "instruments": list(assessment.instruments),
            "created_at": assessment.created_at,
            "updated_at": assessment.updated_at,
            "created_by": assessment.created_by,
            "findings": findings,
            "decided": decided,
        },
        "files": [
            {"name": f.name, "sha256": f.sha256, "size": f.size, "format": f.format, "language": f.language,
             "provisions": f.provisions, "title": f.title, "version": f.version, "added_at": f.added_at,
             # How well the file was read, as kept with the pre-assessment (None: not known).
             "reading": None if f.reading is None else {
                 "coverage": f.reading.coverage, "units": f.reading.units, "warnings": list(f.reading.warnings)}}
            for f in assessment.files
        ],
        "requirements": [
            _finding(r, assessment.finding(r.id), gaps.get(r.id)) for r in ordered(scope)
        ],
        "observations": {
            "gaps": [g["requirement_id"] for g in notes.gaps],
            "good_practices": [g["requirement_id"] for g in notes.good_practices],
            "suggestions": notes.suggestions,
            "technical_assistance": notes.assistance,
            "challenges": notes.challenges,
        },
        "scores": {
            "formula": FORMULA,
            "grade_formula": GRADE_FORMULA,
            "overall": scores.overall.as_dict(),
            "pillars": _scores(scores.pillars),
            "instruments": _scores(scores.instruments),
            "obligations": _scores(scores.obligations),
            "sections": _scores(scores.sections),
            "articles": _scores(scores.articles),
            "progress": {
                "total": progress.total, "assessed": progress.assessed, "decided": progress.decided,
                "assessed_share": progress.assessed_share, "decided_share": progress.decided_share,
            },
            "grades": {
                pillar: {"grade": g.grade, "band": g.band, "cap": g.cap, "score": g.score.as_dict(),
                         "unmet_core": list(g.unmet_core), "core_out_of_scope": list(g.core_out_of_scope),
                         "reason": g.reason}
                for pillar, g in scores.grades.items()
            },
        },
    }
    if cluster is not None:  # only when limited to a cluster: a whole report keeps its shape
        report["review_cluster"] = cluster_json(cluster, whole)
    return report
