"""The assessment values: decisions override the machine; re-assessment keeps them and flags changed evidence."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from assessor import load_catalog
from assessor.assessment import Decision, apply_pre_assessment, new_assessment
from assessor.catalog import Catalog
from assessor.legislation.reader import legislation_from_text
from assessor.preassessment import PreAssessment, RequirementStatus, pre_assess

V1 = """Section 3 Trafficking in persons
(1) A person who recruits, transports or harbours another person by force or deception for the purpose of \
exploitation commits an offence and is liable to imprisonment for ten years.
Section 4 Compensation
The court shall order the offender to pay compensation to the victim."""

# Version 2 adds abuse of a position of vulnerability to the offence (TIP-3-a evidence changes) and
# leaves compensation as it was (TIP-6-6 evidence unchanged).
V2 = V1.replace("by force or deception", "by force, deception or abuse of a position of vulnerability")


@cache
def catalog() -> Catalog:
    return load_catalog().for_instruments(["TIP"])


def machine(text: str) -> PreAssessment:
    return pre_assess(legislation_from_text(text, "act.txt", "en"), catalog())


def test_new_assessment_defaults() -> None:
    a = new_assessment("Arcadia", "Anti-Trafficking Act 2024", instruments=["TIP", "GP"])
    assert len(a.id) == 12 and a.date == a.created_at[:10]
    assert a.good_practice and a.instruments == ("TIP", "GP")
    assert a.progress() == (0, 0)


def test_machine_proposal_then_decision() -> None:
    a, changed = apply_pre_assessment(new_assessment("Arcadia", "Act"), machine(V1))
    assert changed == []
    finding = a.finding("TIP-3-a")
    assert finding.machine_status is RequirementStatus.PARTIALLY_MET and finding.status is finding.machine_status
    # The assessor overrules the machine: the decision is the status in force.
    decided = replace(finding, decision=Decision(RequirementStatus.MET, "offence is broad enough", ("s. 3(1)",),
                                                 by="ana", at="2026-11-29T09:00:00+00:00"))
    a = a.with_finding(decided)
    assert a.finding("TIP-3-a").status is RequirementStatus.MET
    assert a.progress() == (1, len(a.findings))


def test_reassessment_keeps_decisions_and_flags_changed_evidence() -> None:
    a, _ = apply_pre_assessment(new_assessment("Arcadia", "Bill"), machine(V1))
    for requirement_id in ("TIP-3-a", "TIP-6-6"):
        a = a.with_finding(replace(a.finding(requirement_id),
                                   decision=Decision(RequirementStatus.MET, "checked", by="ana", at="t")))
    b, changed = apply_pre_assessment(a, machine(V2))
    # Both decisions survive the new version of the law.
    assert b.finding("TIP-3-a").decision == a.finding("TIP-3-a").decision
    assert b.finding("TIP-6-6").decision == a.finding("TIP-6-6").decision
    # Only the finding whose evidence changed is marked for review.
    assert changed == ["TIP-3-a"]
    assert b.finding("TIP-3-a").needs_review and not b.finding("TIP-6-6").needs_review
    # The machine's view moved on: abuse of vulnerability is now found.
    views = {e.element_id: e.status.value for e in b.finding("TIP-3-a").elements}
    assert views["TIP-3-a.means.abuse_of_vulnerability"] == "found"


def test_undecided_findings_follow_the_machine_without_review() -> None:
    a, _ = apply_pre_assessment(new_assessment("Arcadia", "Bill"), machine(V1))
    b, changed = apply_pre_assessment(a, machine(V2))
    assert changed == [] and not b.finding("TIP-3-a").needs_review


def test_decisions_outside_the_new_scope_are_kept() -> None:
    # Re-assessed against fewer instruments: the decided finding of the instrument that left stays.
    full = pre_assess(legislation_from_text(V1, "act.txt", "en"), load_catalog())
    a, _ = apply_pre_assessment(new_assessment("Arcadia", "Bill"), full)
    a = a.with_finding(replace(a.finding("UNTOC-10"), decision=Decision(RequirementStatus.NOT_MET, by="ana", at="t")))
    b, _ = apply_pre_assessment(a, machine(V1))  # TIP only
    assert b.finding("UNTOC-10").decision == a.finding("UNTOC-10").decision
    assert "UNTOC-12" not in b.findings  # undecided findings of that instrument go


def test_progress_over_the_scope_counts_requirements_not_yet_pre_assessed() -> None:
    # Two decisions made on paper, no pre-assessment: 2 of every TIP requirement, not 2 of 2.
    a = new_assessment("Arcadia", "Act", instruments=["TIP"])
    for rid in ("TIP-5-1", "TIP-6-6"):
        a = a.with_finding(replace(a.finding(rid), decision=Decision(RequirementStatus.MET)))
    assert a.progress() == (2, 2)
    assert a.progress(load_catalog()) == (2, len(catalog().requirements))
