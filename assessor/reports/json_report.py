"""The machine-readable report of `../shared/spec/report-contract.md` (schema assessor.report/1)."""

from __future__ import annotations

from typing import Any

from assessor.preassessment import ElementStatus, PreAssessment
from assessor.scoring import FORMULA, pillar_scores

SCHEMA = "assessor.report/1"


def build_report(pre: PreAssessment) -> dict[str, Any]:
    """The report as a JSON-ready dict; ids and shape follow the contract."""
    legislation = pre.legislation
    elements = []
    for element in pre.catalog.elements:
        result = pre.elements[element.id]
        found = result.status is ElementStatus.FOUND
        elements.append(
            {
                "id": element.id,
                "status": result.status.value,
                "provisions": list(result.provisions) if found else [],
                "evidence": [
                    {"provision": e.citation, "quote": e.quote, "matched": e.matched, "score": e.score,
                     "rule": e.rule, "source": legislation.get(e.provision).source}
                    for e in result.evidence
                ] if found else [],
                "rule": result.rule,
                "note": result.note,
            }
        )
    flags = [
        {"id": f.flag_id, "provisions": list(f.provisions), "quote": f.quote, "explanation": f.explanation}
        for f in pre.red_flags.values()
    ]
    requirements = []
    for requirement in pre.catalog.requirements:
        result = pre.requirements[requirement.id]
        entry: dict[str, Any] = {
            "id": requirement.id,
            "status": result.status.value,
            "obligation": requirement.obligation.value,
            "pillars": [p.value for p in requirement.pillars],
            "reference": requirement.reference,
            "elements_found": result.found,
            "elements_total": result.total,
        }
        if result.candidates:
            entry["candidates"] = [
                {"provision": c.citation, "score": c.score, "quote": c.quote} for c in result.candidates
            ]
        requirements.append(entry)
    return {
        "schema": SCHEMA,
        "legislation": {
            "title": legislation.title,
            "language": legislation.language,
            "files": [f.name for f in legislation.files],
            "provisions": len(legislation.provisions),
        },
        "instruments": [i.id for i in pre.catalog.instruments],
        "elements": elements,
        "red_flags": flags,
        "requirements": requirements,
        "scores": {"formula": FORMULA, "pillars": pillar_scores(pre)},
    }
