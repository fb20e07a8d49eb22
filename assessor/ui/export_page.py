"""The Export page: Excel, Word, Markdown and JSON downloads; re-import of an edited workbook with a preview.

Reports are built when their button is pressed (deferred downloads), from what SQLite holds then. A
review cluster chosen on the page limits every report to that cluster's requirements.
"""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import streamlit as st

from assessor.assessment import Assessment
from assessor.catalog import Catalog
from assessor.errors import AssessorError
from assessor.reports.render import FORMATS, MIME_TYPES, render_report, report_name
from assessor.reports.xlsx_import import apply_workbook, read_workbook
from assessor.review_clusters import ReviewCluster
from assessor.ui.common import (
    checklist_catalog,
    current_assessment,
    heading,
    legislation,
    review_cluster,
    store,
    user,
)
from assessor.ui.safe import plain

LABELS = {
    "xlsx": "Excel gap report",
    "docx": "Word report (review mechanism / Conference of the Parties)",
    "md": "Markdown report",
    "json": "JSON report",
}


def builders(assessment_id: str, catalog: Catalog,
             cluster: ReviewCluster | None = None) -> dict[str, tuple[str, str, Callable[[], bytes]]]:
    """(label, mime, builder) per format; each builder reads the assessment afresh and returns the file
    (only the requirements of `cluster` when given)."""
    def builder(fmt: str) -> Callable[[], bytes]:
        def build() -> bytes:
            current = store().get(assessment_id)
            law = legislation(current) if fmt == "xlsx" else None  # the workbook lists the provisions
            return render_report(current, catalog, fmt, law, cluster)
        return build

    return {fmt: (LABELS[fmt], MIME_TYPES[fmt], builder(fmt)) for fmt in FORMATS}


def render() -> None:
    """Draw the page."""
    st.title("Export")
    assessment = current_assessment("Open an assessment first (Assessments page): its reports are made here.")
    if assessment is None:
        return
    heading(assessment)
    catalog = checklist_catalog()
    decided, total = assessment.progress()
    if not assessment.findings:
        st.info("The reports will be mostly empty: no finding yet. Run the pre-assessment and review first.")
    else:
        st.caption(f"{decided} of {total} findings decided; undecided findings are reported as the machine "
                   "proposed them, marked as such.")
    cluster = review_cluster("export_cluster")
    columns = st.columns(4)
    for column, (extension, (label, mime, build)) in zip(columns, builders(assessment.id, catalog, cluster).items(),
                                                         strict=True):
        name = report_name(assessment.jurisdiction, assessment.title, extension, cluster.id if cluster else None)
        column.download_button(label, data=build, file_name=name, mime=mime,
                               key=f"download_{extension}", width="stretch")
    st.divider()
    _reimport(assessment, catalog)


def _reimport(assessment: Assessment, catalog: Catalog) -> None:
    st.subheader("Re-import an edited workbook")
    st.caption("Edit the Findings sheet of an exported workbook offline (assessor status, rationale, cited "
               "provisions, notes, examples of implementation, challenges, assistance needed), then upload it: "
               "you see what would change before anything is saved, and the history records the file as the "
               "source.")
    upload = st.file_uploader("Edited workbook", type=["xlsx"], key="reimport")
    if upload is None:
        return
    try:
        changes = read_workbook(upload.getvalue(), assessment, catalog, name=upload.name)
    except AssessorError as exc:
        st.error(exc.message)
        return
    if not changes:
        st.info("The workbook changes nothing: its decisions are those already saved.")
        return
    st.write(f"{len(changes.changes)} change(s) to {len(changes.decisions)} finding(s):")
    # Old and new values are assessors' text: shown in a data grid, never as Markdown or HTML.
    st.dataframe(pd.DataFrame([{"requirement": c.requirement_id, "field": c.field, "now": c.old, "workbook": c.new}
                               for c in changes.changes]), hide_index=True, width="stretch")
    if changes.stale:
        st.warning("Changed in the tool since this workbook was exported; these will be refused, not "
                   "overwritten: " + plain(", ".join(changes.stale)))
    if st.button(f"Apply {len(changes.decisions)} decision(s)", type="primary"):
        result = apply_workbook(store(), assessment.id, changes, by=user())
        st.success(f"Saved {len(result.saved)} decision(s) from {plain(upload.name)}.")
        for rid, conflict in result.conflicts.items():
            st.warning(plain(f"{rid}: {conflict.message}"))
