"""The Review page: walk the requirements, see the machine's proposal, decide; every decision saved at once.

The place in the walk lives in the URL (`?assessment=...&requirement=...`), the decisions in
SQLite: a refresh, a second tab or a restart shows exactly what was saved. A save based on a
version someone else has since changed is refused with the newer value (nothing overwritten).
"""

from __future__ import annotations

import streamlit as st

from assessor.assessment import Assessment, Decision, now
from assessor.assessment_schema import decision_changes
from assessor.catalog import PILLAR_LABELS, SECTION_LABELS, Catalog, Requirement
from assessor.checklist_schema import Obligation
from assessor.errors import AssessorError, ConflictError
from assessor.preassessment import ElementStatus, RequirementStatus
from assessor.review_clusters import cluster_catalog
from assessor.scoring import article_key
from assessor.ui.common import (
    checklist_catalog,
    current_assessment,
    red_flags,
    review_cluster,
    show_red_flags,
    store,
    user,
)
from assessor.ui.safe import highlight, plain

STATUS_LABELS = {
    RequirementStatus.MET: "Met",
    RequirementStatus.PARTIALLY_MET: "Partially met",
    RequirementStatus.NOT_MET: "Not met",
    RequirementStatus.NOT_APPLICABLE: "Not applicable",
    RequirementStatus.NOT_ASSESSED: "Not assessed",
}
# A text badge, not an emoji: screen readers say "inferred", and it reads in black and white.
BADGE = ":orange-badge[inferred]"
FILTERS = ["not yet decided", "gaps", "mandatory only", "red flag raised", "evidence changed since decided"]


def _flagged(assessment: Assessment, catalog: Catalog) -> dict[str, list[tuple]]:
    """Requirement id -> the red flags raised against it (a flag names the requirements it runs contrary to)."""
    raised = {flag[0]: flag for flag in red_flags(assessment)}
    flagged: dict[str, list[tuple]] = {}
    for flag in catalog.red_flags:
        if flag.id in raised:
            for requirement_id in flag.contrary_to:
                flagged.setdefault(requirement_id, []).append(raised[flag.id])
    return flagged


def _walk(assessment: Assessment, catalog: Catalog, pillars: list, sections: list, filters: list,
          flagged: dict[str, list[tuple]]) -> list[Requirement]:
    """The requirements to review, in checklist order, after the filters."""
    chosen = []
    for requirement in assessment.in_scope(catalog).requirements:
        finding = assessment.finding(requirement.id)
        if pillars and not set(pillars) & set(requirement.pillars):
            continue
        if sections and requirement.section not in sections:
            continue
        if "not yet decided" in filters and finding.decided:
            continue
        if "gaps" in filters and finding.status not in {RequirementStatus.NOT_MET, RequirementStatus.PARTIALLY_MET}:
            continue
        if "mandatory only" in filters and requirement.obligation not in {Obligation.MANDATORY,
                                                                           Obligation.MANDATORY_QUALIFIED,
                                                                           Obligation.ENDEAVOUR}:
            continue
        if "red flag raised" in filters and requirement.id not in flagged:
            continue
        if "evidence changed since decided" in filters and not finding.needs_review:
            continue
        chosen.append(requirement)
    return chosen


def inferred_first(assessment: Assessment, walk: list[Requirement]) -> list[Requirement]:
    """The walk with the requirements whose machine proposal rests on inference first, each part in order.

    An inference (a functional reading, an equivalence) is where the machine is most likely wrong, so an
    assessor with little time checks those before the proposals that quote the law's own words.
    """
    return sorted(walk, key=lambda r: not assessment.finding(r.id).inferred)


def render() -> None:
    """Draw the page."""
    st.title("Review")
    assessment = current_assessment("Open an assessment first (Assessments page).")
    if assessment is None:
        return
    decided, total = assessment.progress()
    st.write(f"**{plain(assessment.jurisdiction)} - {plain(assessment.title)}** · {decided} of {total} decided")
    # A review cluster narrows the whole walk (articles, filters, red flags) to its articles.
    cluster = review_cluster("review_cluster")
    catalog = cluster_catalog(checklist_catalog(), cluster)
    col1, col2, col3, col4 = st.columns(4)
    pillars = col1.multiselect("Pillar", list(PILLAR_LABELS), format_func=PILLAR_LABELS.get, key="review_pillars")
    sections = col2.multiselect("Section", list(SECTION_LABELS), format_func=SECTION_LABELS.get,
                                key="review_sections")
    in_scope = assessment.in_scope(catalog).requirements
    articles = col3.multiselect("Article", list(dict.fromkeys(article_key(r) for r in in_scope)),
                                key="review_articles")
    filters = col4.multiselect("Show", FILTERS, key="review_show")
    first = st.toggle("Inferred first", value=True, key="review_inferred_first",
                      help="List the requirements whose machine proposal rests on inference before the others.")
    flagged = _flagged(assessment, catalog)
    walk = [r for r in _walk(assessment, catalog, pillars, sections, filters, flagged)
            if not articles or article_key(r) in articles]
    if first:
        walk = inferred_first(assessment, walk)
    if not walk:
        st.info("No requirement matches these filters." if (pillars or sections or articles or filters or cluster)
                else "Nothing to review yet: run the pre-assessment first.")
        return
    ids = [r.id for r in walk]
    current = st.query_params.get("requirement")
    index = ids.index(current) if current in ids else 0
    nav1, nav2, nav3 = st.columns([1, 4, 1])
    if nav1.button("◀ Previous", disabled=index == 0):
        index -= 1
    if nav3.button("Next ▶", disabled=index == len(ids) - 1):
        index += 1
    picked = nav2.selectbox("Requirement", ids, index=index,
                            format_func=lambda i: f"{i} · {catalog.requirement(i).title}"
                            + (" · inferred" if assessment.finding(i).inferred else ""),
                            label_visibility="collapsed")
    index = ids.index(picked)
    if st.query_params.get("requirement") != ids[index]:
        st.query_params["requirement"] = ids[index]
    st.caption(f"{index + 1} of {len(ids)}")
    _requirement(assessment, catalog.requirement(ids[index]), flagged.get(ids[index], []))


def _requirement(assessment: Assessment, requirement: Requirement, flags: list[tuple]) -> None:
    finding = assessment.finding(requirement.id)
    st.subheader(f"{requirement.reference}: {requirement.title}")
    pillars = ", ".join(PILLAR_LABELS[p] for p in requirement.pillars)
    level = requirement.obligation.value.replace("_", " ")
    st.markdown(f"**{level}** · {pillars} · {SECTION_LABELS[requirement.section]}")
    st.markdown("> " + plain(requirement.text))
    with st.expander("Guidance and questions"):
        st.markdown(plain(requirement.guidance))
        for pitfall in requirement.pitfalls:
            st.markdown("- " + plain(pitfall))
        for question in requirement.questions:
            st.markdown("**Q.** " + plain(question))
        st.markdown("**Recommended action:** " + plain(requirement.action)
                    + (f" ({plain(requirement.model_law)})" if requirement.model_law else ""))
    if finding.needs_review:
        st.warning("The evidence changed since this was decided: look again.")
    st.markdown(f"**The machine proposes:** {STATUS_LABELS[finding.machine_status]}"
                + (f" {BADGE} (an element is read, not quoted: check the reasoning)" if finding.inferred else ""))
    for view in finding.elements:
        mark = "✅" if view.status is ElementStatus.FOUND else "⬜"
        name = plain(view.element_id.split(".")[-1].replace("_", " ")) if "." in view.element_id else "the requirement"
        where = plain(", ".join(view.provisions))
        # The rule is the engine's reasoning ("functional: the offence requires no means"): shown as text.
        badge = f"{BADGE} " if view.inferred else ""
        st.markdown(f"{mark} {name}" + (f" — {where} · {badge}*{plain(view.rule)}*" if view.provisions else ""))
        if view.quote:
            # The quote is escaped first; only the matched words are then marked, inside the escaped text.
            st.markdown("> " + highlight(view.quote, view.matched))
    if finding.candidates:
        st.markdown("**Candidate provisions:** " + plain(", ".join(finding.candidates)))
    if flags:
        show_red_flags(flags)
    _decision_form(assessment, requirement, finding)
    _history(assessment, requirement)


def _decision_form(assessment: Assessment, requirement: Requirement, finding) -> None:  # noqa: ANN001
    decision = finding.decision
    # The version this tab showed when the form was drawn: a save is based on it, so a change made
    # meanwhile in another tab or by another person is refused rather than overwritten.
    seen_key = f"seen-version:{assessment.id}:{requirement.id}"
    seen = st.session_state.get(seen_key, finding.version)
    st.session_state[seen_key] = finding.version
    with st.form(f"decide-{requirement.id}"):
        options = list(STATUS_LABELS)
        status = st.radio("Decision", options, horizontal=True, format_func=STATUS_LABELS.get,
                          index=options.index(decision.status if decision else finding.machine_status))
        rationale = st.text_area("Rationale", value=decision.rationale if decision else "")
        provisions = st.text_input("Provisions cited (comma-separated)",
                                   value=", ".join(decision.provisions) if decision else "")
        notes = st.text_area("Notes", value=decision.notes if decision else "")
        # The review mechanism's questionnaire asks for these beside the answer and the measures.
        examples = st.text_area("Examples of implementation", value=decision.examples if decision else "",
                                help="Cases, prosecutions, convictions, statistics that show the provision applied.")
        challenges = st.text_area("Challenges", value=decision.challenges if decision else "",
                                  help="Difficulties met in implementing the provision.")
        assistance = st.text_input("Technical assistance needed", value=decision.assistance if decision else "")
        if st.form_submit_button("Save decision", type="primary"):
            new = Decision(RequirementStatus(status), rationale.strip(),
                           tuple(p.strip() for p in provisions.split(",") if p.strip()), notes.strip(),
                           assistance.strip(), user(), now(), examples=examples.strip(),
                           challenges=challenges.strip())
            try:
                saved = store().decide(assessment.id, requirement.id, new, expected_version=seen, by=user())
            except ConflictError as exc:
                st.error(exc.message)
            except AssessorError as exc:
                st.error(exc.message)
            else:
                st.session_state[seen_key] = saved.version
                st.success(f"Saved: {STATUS_LABELS[saved.status]} (version {saved.version}).")
    if decision is not None:
        st.caption(f"Decided by {decision.by} at {decision.at}.")


def _history(assessment: Assessment, requirement: Requirement) -> None:
    entries = [e for e in store().history(assessment.id, requirement.id) if e.field == "decision"]
    if not entries:
        return
    with st.expander(f"History ({len(entries)})"):
        for entry in entries:
            new = entry.new or {}
            label = STATUS_LABELS.get(RequirementStatus(new["status"]), new["status"]) if new else "cleared"
            changed = decision_changes(entry.old, entry.new)
            st.markdown(plain(f"#{entry.id} · {entry.at} · {entry.by} · {entry.source}: {label}"
                              + (f" — {new.get('rationale', '')}" if new else "")
                              + (f" (changed: {', '.join(changed)})" if changed and entry.old else "")))
            if st.button("Restore this decision", key=f"restore-{entry.id}"):
                finding = store().get(assessment.id).finding(requirement.id)
                try:
                    store().restore(assessment.id, requirement.id, entry.id, expected_version=finding.version,
                                    by=user())
                except AssessorError as exc:
                    st.error(exc.message)
                else:
                    st.rerun()
