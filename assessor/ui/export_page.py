"""The Export page: Excel, Word, Markdown and JSON downloads; re-import of an edited workbook with a preview.

Reports are built when their button is pressed (deferred downloads), from what SQLite holds then.
"""

from __future__ import annotations

import json
import re

import pandas as pd
import streamlit as st

from assessor.assessment import Assessment
from assessor.catalog import Catalog
from assessor.errors import AssessorError
from assessor.reports.assessment_json import report_json
from assessor.reports.docx_report import write_docx
from assessor.reports.markdown_report import write_markdown
from assessor.reports.xlsx_import import WorkbookChanges, apply_workbook, read_workbook
from assessor.reports.xlsx_report import write_workbook
from assessor.ui.assessments_page import _catalog, store
from assessor.ui.common import current_assessment, heading, legislation, user
from assessor.ui.safe import plain

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PREVIEW_KEY = "export_preview"


def file_stem(assessment: Assessment) -> str:
    """A safe file name stem: `caledonia-trafficking-bill-v2`."""
    words = re.sub(r"[^\w]+", "-", f"{assessment.jurisdiction} {assessment.title}".casefold()).strip("-_")
    return words[:80] or assessment.id


def builders(assessment_id: str, catalog: Catalog) -> dict[str, tuple[str, str, object]]:
    """(label, mime, builder) per format; each builder reads the assessment afresh and returns the file."""
    def fresh() -> Assessment:
        return store().get(assessment_id)

    def xlsx() -> bytes:
        current = fresh()
        return write_workbook(current, catalog, legislation=legislation(current))

    def docx() -> bytes:
        return write_docx(fresh(), catalog)

    def markdown() -> str:
        return write_markdown(fresh(), catalog)

    def as_json() -> str:
        return json.dumps(report_json(fresh(), catalog), ensure_ascii=False, indent=2)

    return {
        "xlsx": ("Excel gap report", XLSX, xlsx),
        "docx": ("Word report (review mechanism / Conference of the Parties)", DOCX, docx),
        "md": ("Markdown report", "text/markdown", markdown),
        "json": ("JSON report", "application/json", as_json),
    }


def render() -> None:
    """Draw the page."""
    st.title("Export")
    assessment = current_assessment("Open an assessment first (Assessments page): its reports are made here.")
    if assessment is None:
        return
    heading(assessment)
    catalog = _catalog()
    decided, total = assessment.progress()
    if not assessment.findings:
        st.info("The reports will be mostly empty: no finding yet. Run the pre-assessment and review first.")
    else:
        st.caption(f"{decided} of {total} findings decided; undecided findings are reported as the machine "
                   "proposed them, marked as such.")
    stem = file_stem(assessment)
    columns = st.columns(4)
    for column, (extension, (label, mime, build)) in zip(columns, builders(assessment.id, catalog).items(),
                                                         strict=True):
        column.download_button(label, data=build, file_name=f"{stem}.{extension}", mime=mime,
                               key=f"download_{extension}", width="stretch")
    st.divider()
    _reimport(assessment, catalog)


def _reimport(assessment: Assessment, catalog: Catalog) -> None:
    st.subheader("Re-import an edited workbook")
    st.caption("Edit the Findings sheet of an exported workbook offline (assessor status, rationale, cited "
               "provisions, notes, assistance needed), then upload it: you see what would change before "
               "anything is saved, and the history records the file as the source.")
    upload = st.file_uploader("Edited workbook", type=["xlsx"], key="reimport")
    if upload is None:
        st.session_state.pop(PREVIEW_KEY, None)
        return
    try:
        changes = read_workbook(upload.getvalue(), assessment, catalog)
    except AssessorError as exc:
        st.error(exc.message)
        return
    changes = WorkbookChanges(changes.assessment_id, upload.name, changes.changes, changes.decisions,
                              changes.versions, changes.stale) if changes.filename != upload.name else changes
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
