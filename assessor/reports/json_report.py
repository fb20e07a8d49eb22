"""The machine-readable report of `../shared/spec/report-contract.md` (schema assessor.report/1)."""

from __future__ import annotations

from typing import Any

from assessor.engine.values import INFERRED_PREFIXES
from assessor.legislation.model import Legislation, Reading
from assessor.preassessment import ElementStatus, PreAssessment
from assessor.scoring import FORMULA, pillar_scores

SCHEMA = "assessor.report/1"


def _reading(reading: Reading | None) -> dict[str, Any]:
    if reading is None:  # a file described without its reading (never by the reader itself)
        return {"coverage": None, "units": None, "warnings": []}
    return {"coverage": reading.coverage, "units": reading.units, "warnings": list(reading.warnings)}


def reading_json(legislation: Legislation) -> dict[str, Any]:
    """The report's `reading` object: the whole body of legislation, then each file."""
    return {**_reading(legislation.reading),
            "files": [{"name": f.name, **_reading(f.reading)} for f in legislation.files]}


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
                     "rule": e.rule, "source": legislation.get(e.provision).source,
                     # The element's rule counts too: an express quote can carry an element read by
                     # equivalence ("functional: covered by deception").
                     "inferred": result.inferred or e.rule.startswith(INFERRED_PREFIXES)}
                    for e in result.evidence
                ] if found else [],
                "rule": result.rule,
                "note": result.note,
                "inferred": found and result.inferred,
            }
        )
    # How the engine read the offences: which provisions it took for the trafficking and smuggling
    # offences, and the slots it decided the elements from (a reader checks the reading here first).
    offences = [{"kind": o.kind, "provision": o.citation, "acts": list(o.acts), "means": list(o.means),
                 "purposes": list(o.purposes), "named": o.named} for o in pre.offences]
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
        "reading": reading_json(legislation),
        "instruments": [i.id for i in pre.catalog.instruments],
        "elements": elements,
        "red_flags": flags,
        "offences": offences,
        "requirements": requirements,
        "scores": {"formula": FORMULA, "pillars": pillar_scores(pre)},
    }
