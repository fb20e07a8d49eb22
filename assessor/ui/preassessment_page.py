"""The Pre-assessment page: run the machine over the assessment's law files; what it found, missed and flagged."""

from __future__ import annotations

from collections import Counter

import pandas as pd
import streamlit as st

from assessor.assessment import Assessment
from assessor.catalog import SECTION_LABELS, Catalog
from assessor.errors import AssessorError
from assessor.labels import label
from assessor.legislation.model import Legislation
from assessor.legislation.reader import read_bytes
from assessor.preassessment import PreAssessment, pre_assess
from assessor.reports.text_report import NO_OFFENCE
from assessor.settings import load_settings
from assessor.ui.common import (
    checklist_catalog,
    current_assessment,
    file_readings,
    heading,
    reading_warning,
    red_flags,
    show_red_flags,
    store,
    user,
)


def run(assessment: Assessment, catalog: Catalog) -> tuple[PreAssessment, list[str]]:
    """Read the kept files, pre-assess them and save the proposal; shows progress as it goes."""
    the_store = store()
    bar = st.progress(0.0, text="Reading the law files…")
    sources, provisions = [], []
    for index, law_file in enumerate(assessment.files):
        source, found = read_bytes(the_store.get_file(law_file.sha256), law_file.name, load_settings(), index=index)
        sources.append(source)
        provisions.extend(found)
        bar.progress(0.5 * (index + 1) / len(assessment.files), text=f"Read {law_file.name}")
    bar.progress(0.6, text="Matching every element of the checklists…")
    pre = pre_assess(Legislation(tuple(sources), tuple(provisions)), catalog, assessment.instruments)
    bar.progress(0.9, text="Saving the proposal (decisions are kept)…")
    _, review = the_store.save_pre_assessment(assessment.id, pre, list(assessment.files),
                                              by=user(),
                                              source="re-assessment")
    bar.progress(1.0, text="Done")
    bar.empty()
    return pre, review


def render() -> None:
    """Draw the page."""
    st.title("Pre-assessment")
    assessment = current_assessment("Open an assessment first (Assessments page); its law files are on the "
                                    "Legislation page.")
    if assessment is None:
        return
    heading(assessment)
    if not assessment.files:
        st.info("No law file yet: add the legislation on the Legislation page, then run the pre-assessment here.")
        return
    catalog = checklist_catalog()
    if st.button("Run the pre-assessment", type="primary"):
        try:
            pre, review = run(assessment, catalog)
        except AssessorError as exc:
            st.error(exc.message)
            return
        found = sum(1 for r in pre.elements.values() if r.status.value == "found")
        inferred = sum(1 for r in pre.elements.values() if r.status.value == "found" and r.inferred)
        st.success(f"Proposed findings saved: {found} of {len(pre.elements)} elements found ({inferred} by "
                   f"inference), {len(pre.red_flags)} red flag(s). Your decisions were kept.")
        if review:
            st.warning("Decided findings whose evidence changed, to review: " + ", ".join(review))
        _offences(pre)
        assessment = store().get(assessment.id)
    if not any(f.evidence_digest for f in assessment.findings.values()):
        st.info("The pre-assessment has not run yet for these files.")
        return
    _summary(assessment, catalog)


def _offences(pre: PreAssessment) -> None:
    """The offences the machine read, and the slots it decided from: the first thing to check."""
    st.subheader("Offences read")
    if not pre.offences:
        st.warning(NO_OFFENCE)
        return
    st.caption("The provisions the machine read as offences, with what it found in each: if the trafficking or "
               "smuggling offence is not here, the findings below rest on the wrong provisions.")
    st.dataframe(pd.DataFrame([{"offence": o.kind, "provision": o.citation, "acts": ", ".join(o.acts),
                                "means": ", ".join(o.means), "purposes": ", ".join(o.purposes),
                                "named by": o.named or "its conduct"} for o in pre.offences]),
                 hide_index=True, width="stretch")


def _summary(assessment: Assessment, catalog: Catalog) -> None:
    scope = assessment.in_scope(catalog)
    # Before the figures: a law whose numbering was not recognised would otherwise read as meeting nothing.
    failed = reading_warning(file_readings(assessment))
    rows = []
    for section, section_label in SECTION_LABELS.items():
        in_section = [assessment.finding(r.id) for r in scope.requirements if r.section is section]
        statuses = Counter(f.machine_status.value for f in in_section)
        if statuses:
            rows.append({"section": section_label, "met": statuses["met"], "partly met": statuses["partially_met"],
                         "not met": statuses["not_met"], "to assess": statuses["not_assessed"],
                         "inferred": sum(1 for f in in_section if f.inferred)})
    st.subheader("The machine's proposal")
    inferred = sum(1 for r in scope.requirements if assessment.finding(r.id).inferred)
    st.caption(f"{inferred} of {len(scope.requirements)} proposals rest on inference (an element read from an "
               "equivalent or broader formulation, not the law's own words): the Review page lists them first.")
    st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch")
    st.subheader("Red flags")
    show_red_flags(red_flags(assessment))
    missing = [r for r in scope.requirements if assessment.finding(r.id).machine_status.value == "not_met"]
    if missing:
        st.subheader("Not met, by the machine's reading")
        if failed:
            st.caption("The structure of the law was not recognised (see above): these may be reading failures.")
        st.dataframe(pd.DataFrame([{"requirement": r.id, "reference": r.reference, "title": r.title,
                                    "obligation": label(r.obligation)} for r in missing]),
                     hide_index=True, width="stretch")
