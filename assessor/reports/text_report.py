"""The readable summary `assessor assess` prints by default: what the law meets and misses."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from assessor.catalog import PILLAR_LABELS, SECTION_LABELS
from assessor.legislation.model import Reading
from assessor.legislation.reading import LOW_COVERAGE
from assessor.preassessment import ElementStatus, PreAssessment, RequirementStatus
from assessor.scoring import FORMULA, pillar_scores

MARK = {
    RequirementStatus.MET: "met",
    RequirementStatus.PARTIALLY_MET: "partly",
    RequirementStatus.NOT_MET: "NOT MET",
    RequirementStatus.NOT_ASSESSED: "to assess",
    RequirementStatus.NOT_APPLICABLE: "n/a",
}


# Said when no offence was recognised, so that "everything missing" is not read as the law's gaps.
NO_OFFENCE = ("No trafficking or smuggling offence was recognised in these files. If the law creates one, its "
              "wording or layout was not understood: the missing elements may be reading failures, not gaps.")


def offence_lines(pre: PreAssessment) -> list[str]:
    """The offences read, one line each, or the notice that none was."""
    if not pre.offences:
        return [f"NOTICE: {NO_OFFENCE}"]
    lines = ["Offences read:"]
    for o in pre.offences:
        slots = "; ".join(f"{name}: {', '.join(values)}" for name, values in
                          (("acts", o.acts), ("means", o.means), ("purposes", o.purposes)) if values)
        lines.append(f"  {o.citation}: {o.kind}" + (f" ({slots})" if slots else ""))
    return lines


def reading_failed(reading: Reading | None) -> bool:
    """True when a file's structure was not recognised: no article or section, or too little text placed."""
    return reading is not None and (reading.units == 0 or reading.coverage < LOW_COVERAGE)


def reading_notice(name: str, reading: Reading, where: str = "below") -> str:
    """The sentences that open a report when a file's structure was not recognised."""
    return (f"The structure of {name} was not recognised: {reading.coverage:.0%} of its text was placed in "
            f"numbered provisions. Missing elements {where} may be reading failures, not gaps.")


def reading_notices(files: Iterable[tuple[str, Reading | None]], where: str = "below") -> list[str]:
    """One notice per file whose reading failed (none when every file was read well)."""
    return [reading_notice(name, reading, where) for name, reading in files
            if reading is not None and reading_failed(reading)]


def reading_warnings(files: Iterable[tuple[str, Reading | None]]) -> list[str]:
    """Every warning of the reading, each prefixed with its file's name."""
    return [f"{name}: {warning}" for name, reading in files if reading is not None for warning in reading.warnings]


def render_text(pre: PreAssessment, *, details: bool = False) -> str:
    """A plain-text report: the law, red flags, pillar scores, then requirements by section."""
    leg = pre.legislation
    readings = [(f.name, f.reading) for f in leg.files]
    lines: list[str] = []
    notices = reading_notices(readings)
    if notices:
        # First, so nobody reads "everything missing" as the law's gaps when it is the reader's failure.
        lines += [f"NOTICE: {notice}" for notice in notices]
        lines += [f"  - {warning}" for warning in reading_warnings(readings)] + [""]
    lines += [
        f"Pre-assessment of: {leg.title}",
        f"Files: {', '.join(f'{f.name} ({f.format}, {f.language}, {f.provisions} provisions)' for f in leg.files)}",
        f"Instruments: {', '.join(i.short_title for i in pre.catalog.instruments)}",
    ]
    reading = leg.reading
    lines.append(f"Reading: {reading.coverage:.0%} of the text in numbered provisions, {reading.units} articles "
                 "or sections recognised.")
    if not notices and reading.warnings:
        lines += [f"  - {warning}" for warning in reading_warnings(readings)]
    lines += offence_lines(pre)
    lines.append("")
    found = sum(1 for r in pre.elements.values() if r.status is ElementStatus.FOUND)
    inferred = sum(1 for r in pre.elements.values() if r.status is ElementStatus.FOUND and r.inferred)
    lines.append(f"Elements found: {found} of {len(pre.elements)} ({inferred} by inference, not the law's own "
                 f"words).  Red flags raised: {len(pre.red_flags)}.")
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
                    badge = "inferred, " if er.inferred else ""
                    lines.append(f"      + {element.name} - {where} ({badge}{er.rule})")
                    if details and er.evidence:
                        lines.append(f"          \"{er.evidence[0].quote}\"")
                else:
                    lines.append(f"      - {element.name}: missing")
            if details:
                for candidate in result.candidates:
                    lines.append(f"      ? candidate {candidate.citation}: \"{candidate.quote}\"")
    return "\n".join(lines) + "\n"
