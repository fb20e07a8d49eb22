"""The Start page (the app's default): the five steps of an assessment, where the open one stands in each,
and the recent assessments, each opened with one click.

Only the summary list and the open assessment are read from SQLite (never every assessment), so the page
stays fast on a record of hundreds of assessments (bench/bench_start_page.py). Under sign-in, both are read as
the signed-in person: the recent list holds only what they may read (docs/roles.md).
"""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

from assessor.assessment import Assessment
from assessor.catalog import Catalog
from assessor.errors import AssessorError
from assessor.preassessment import RequirementStatus
from assessor.store import AssessmentSummary
from assessor.ui.assessments_page import reader
from assessor.ui.common import badge, checklist_catalog, page_link, store, when
from assessor.ui.safe import plain

RECENT = 8  # assessments listed; the Assessments page lists them all

DONE, NEXT, TO_DO = "done", "next", "to_do"


@dataclass(frozen=True, slots=True)
class Step:
    """One step of an assessment and where the open assessment stands in it."""

    page: str  # the page that does it (its name in the navigation)
    title: str
    state: str  # done, next or to_do (the first step not done is next)
    detail: str  # plain text: escaped when shown


def pre_assessed(assessment: Assessment) -> bool:
    """True when the machine has made its proposal (a pre-assessment has run over the files)."""
    return any(f.evidence_digest or f.elements for f in assessment.findings.values())


def steps(assessment: Assessment | None, catalog: Catalog) -> list[Step]:
    """The five steps (create, add legislation, pre-assess, review, export) for the open assessment, if any."""
    if assessment is None:
        done = [False] * 5
        details = ["No assessment is open: create one, or open a recent one below.",
                   "Upload the law files (Word, PDF, HTML, Akoma Ntoso, OpenDocument, text).",
                   "The machine proposes a status for every requirement, with the quoted provisions.",
                   "Decide each requirement: status, rationale, cited provisions.",
                   "Excel, Word, Markdown and JSON reports, built from the record."]
    else:
        decided, total = assessment.progress(catalog)
        machine = pre_assessed(assessment)
        to_check = sum(1 for f in assessment.findings.values() if f.needs_review)
        proposed = [f.machine_status for f in assessment.findings.values()]
        files = [f.name for f in assessment.files]
        done = [True, bool(files), machine, total > 0 and decided == total, False]
        details = [
            f"{assessment.jurisdiction} - {assessment.title}, created {when(assessment.created_at)}"
            + (f" by {assessment.created_by}" if assessment.created_by else ""),
            (f"{len(files)} file{'s' if len(files) != 1 else ''}: {', '.join(files)}" if files else
             "No law file yet (a requirement can also be decided on paper, without files)."),
            (f"Proposals made: {proposed.count(RequirementStatus.MET)} met, "
             f"{proposed.count(RequirementStatus.PARTIALLY_MET)} partially met, "
             f"{proposed.count(RequirementStatus.NOT_MET)} not met" if machine else
             "Not run yet." if files else "Needs the law files first."),
            f"{decided} of {total} requirements decided"
            + (f"; {to_check} to check again (evidence changed)" if to_check else "") + ".",
            ("Every requirement is decided: the reports are final." if done[3] else
             "A report can be made at any stage; it says what is still undecided."),
        ]
    pages = ["assessments", "legislation", "preassessment", "review", "export"]
    titles = ["Create or open an assessment", "Add the legislation", "Pre-assess", "Review and decide", "Export"]
    first_open = next((i for i, d in enumerate(done) if not d), None)
    return [Step(pages[i], f"{i + 1}. {titles[i]}", DONE if done[i] else NEXT if i == first_open else TO_DO,
                 details[i]) for i in range(5)]


def _open(assessment_id: str) -> None:
    st.query_params["assessment"] = assessment_id
    st.session_state["open_assessment"] = assessment_id


def render() -> None:
    """Draw the page."""
    st.title("Start")
    st.write("Check a body of legislation, or a draft bill, against the Trafficking and Smuggling Protocols "
             "and the Organized Crime Convention, in five steps.")
    assessment, summaries = None, []
    try:
        the_store = store()
        summaries = the_store.list(as_user=reader())
        opened = st.query_params.get("assessment")
        # A deleted or mistyped id, or one this person may not read: said once, and the recent assessments
        # still listed to pick another.
        assessment = the_store.get(opened, as_user=reader()) if opened else None
    except AssessorError as exc:
        st.error(exc.message)
    catalog = checklist_catalog()
    st.subheader("Where you are" if assessment else "The steps")
    for step in steps(assessment, catalog):
        with st.container(border=True):
            st.markdown(f"**{plain(step.title)}** {badge(step.state)}")
            st.write(plain(step.detail))
            page_link(step.page, f"Go to {step.title.split('. ', 1)[1].lower()}",
                      assessment.id if assessment else None)
    _recent(summaries, assessment.id if assessment else None, catalog)
    page_link("checklists", "Browse the checklists (reference)")


def _recent(summaries: list[AssessmentSummary], opened: str | None, catalog: Catalog) -> None:
    st.subheader("Recent assessments")
    if not summaries:
        st.info("No assessment yet: create the first one on the Assessments page.")
        return
    in_scope: dict[tuple[str, ...], int] = {}  # requirements in scope per set of instruments
    for summary in summaries[:RECENT]:
        if summary.instruments not in in_scope:
            in_scope[summary.instruments] = len(catalog.for_instruments(summary.instruments).requirements)
        name = f"{summary.jurisdiction} - {summary.title}"
        left, right = st.columns([3, 2], vertical_alignment="center")
        with left:
            if summary.id == opened:
                st.markdown(f"**{plain(name)}** {badge('open')}")
            else:
                st.button(f"Open {plain(name)}", key=f"open-{summary.id}", on_click=_open, args=(summary.id,))
        total = in_scope[summary.instruments]
        right.write(plain(f"{summary.decided} of {total} decided · changed {when(summary.updated_at)}"))
    if len(summaries) > RECENT:
        page_link("assessments", f"All {len(summaries)} assessments", opened)
