"""The readable summary `assessor assess` prints by default: what the law meets and misses."""

from __future__ import annotations

from collections import defaultdict

from assessor.catalog import PILLAR_LABELS, SECTION_LABELS
from assessor.preassessment import ElementStatus, PreAssessment, RequirementStatus
from assessor.scoring import FORMULA, pillar_scores

MARK = {
    RequirementStatus.MET: "met",
    RequirementStatus.PARTIALLY_MET: "partly",
    RequirementStatus.NOT_MET: "NOT MET",
    RequirementStatus.NOT_ASSESSED: "to assess",
    RequirementStatus.NOT_APPLICABLE: "n/a",
}


def render_text(pre: PreAssessment, *, details: bool = False) -> str:
    """A plain-text report: the law, red flags, pillar scores, then requirements by section."""
    leg = pre.legislation
    lines = [
        f"Pre-assessment of: {leg.title}",
        f"Files: {', '.join(f'{f.name} ({f.format}, {f.language}, {f.provisions} provisions)' for f in leg.files)}",
        f"Instruments: {', '.join(i.short_title for i in pre.catalog.instruments)}",
        "",
    ]
    found = sum(1 for r in pre.elements.values() if r.status is ElementStatus.FOUND)
    lines.append(f"Elements found: {found} of {len(pre.elements)}.  Red flags raised: {len(pre.red_flags)}.")
    if pre.red_flags:
        lines.append("")
        lines.append("RED FLAGS")
        for flag in pre.red_flags.values():
            title = next((f.title for f in pre.catalog.red_flags if f.id == flag.flag_id), flag.flag_id)
            lines.append(f"  ! {flag.flag_id} - {title} ({', '.join(flag.provisions)})")
            lines.append(f"      \"{flag.quote}\"")
            lines.append(f"      {flag.explanation}")
    lines += ["", "SCORES BY PILLAR (the machine's proposal, before the assessor decides)"]
    for pillar, figures in pillar_scores(pre).items():
        score = figures["score"]
        shown = "-" if score is None else f"{score:.0%}"
        lines.append(f"  {PILLAR_LABELS[next(p for p in PILLAR_LABELS if p.value == pillar)]:<45} {shown:>5}"
                     f"   met {figures['met']}, partly {figures['partial']}, not met {figures['not_met']}")
    lines.append(f"  ({FORMULA})")

    by_section: dict[str, list] = defaultdict(list)
    for requirement in pre.catalog.requirements:
        by_section[SECTION_LABELS[requirement.section]].append(requirement)
    for section, requirements in by_section.items():
        lines += ["", section.upper()]
        for requirement in requirements:
            result = pre.requirements[requirement.id]
            mark = MARK[result.status]
            lines.append(f"  [{mark:>9}] {requirement.id:<24} {requirement.reference}: {requirement.title}")
            if not requirement.elements and not details:
                continue
            for element in requirement.elements:
                er = pre.elements[element.id]
                if er.status is ElementStatus.FOUND:
                    where = ", ".join(er.provisions[:3])
                    lines.append(f"      + {element.name} - {where} ({er.rule})")
                    if details and er.evidence:
                        lines.append(f"          \"{er.evidence[0].quote}\"")
                else:
                    lines.append(f"      - {element.name}: missing")
            if details:
                for candidate in result.candidates:
                    lines.append(f"      ? candidate {candidate.citation}: \"{candidate.quote}\"")
    return "\n".join(lines) + "\n"
