"""The Export page: Excel, Word, Markdown and JSON downloads; re-import of an edited workbook with a preview.

Why the reports are built before the click, and kept: a *deferred* download (`st.download_button(data=callable)`)
registers the callable under an id that the next rerun of the session revokes; a click that reaches the server
after a rerun began (the click's own rerun, or any other widget's) asks for an id that no longer exists,
and the browser waits forever (`MediaFileStorageError: Deferred file ... not found`). So here each report is
built when the page is drawn for a given state of the record, its bytes kept in the session, and handed to a
plain download button. The media file's id is a digest of those bytes: every rerun that draws the page for the
same record draws the same bytes, so the file the browser holds a link to is never revoked while the page
shows it, and the click (`on_click="ignore"`) starts no rerun that could race it. When anything is saved, the
next rerun sees a new state of the record and builds the reports again. A report that cannot be built says
so, with a button to try again. A review cluster chosen on the page limits every report to that cluster's
requirements.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field

import pandas as pd
import streamlit as st

from assessor.assessment import Assessment
from assessor.catalog import Catalog
from assessor.errors import AssessorError
from assessor.labels import label, parse_status
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

# Short enough to show whole in a quarter of the page; what each is for is the button's help.
LABELS = {
    "xlsx": "Excel gap report",
    "docx": "Word report",
    "md": "Markdown report",
    "json": "JSON report",
}
HELP = {
    "xlsx": "Scores, gaps, findings, evidence and the law's provisions; the Findings sheet can be edited offline "
            "and re-imported below.",
    "docx": "For the UNTOC review mechanism's self-assessment and submissions to the Conference of the Parties: "
            "the pillar chart, every requirement answered, and the gap table.",
    "md": "The Word report's content as Markdown text.",
    "json": "Every requirement with the machine's proposal, the decision and the scores, for scripts (codes, "
            "not labels).",
}
_KEPT = "export_reports"  # session state: the reports built for one state of the record
_log = logging.getLogger(__name__)


def builders(assessment_id: str, catalog: Catalog,
             cluster: ReviewCluster | None = None) -> dict[str, tuple[str, str, Callable[[], bytes]]]:
    """(label, mime, builder) per format; each builder reads the assessment afresh and returns the file
    (only the requirements of `cluster` when given)."""
    def builder(fmt: str) -> Callable[[], bytes]:
        def build() -> bytes:
            current = store().get(assessment_id)
            law = legislation(current) if fmt == "xlsx" else None  # the workbook lists the provisions
            # The double coding's figures (None unless double coded) for the workbook's sheet and the Word report.
            agreement = store().agreement(assessment_id) if fmt in ("xlsx", "docx") else None
            return render_report(current, catalog, fmt, law, cluster, agreement)
        return build

    return {fmt: (LABELS[fmt], MIME_TYPES[fmt], builder(fmt)) for fmt in FORMATS}


def record_state(assessment: Assessment) -> str:
    """A fingerprint of what the reports are made of: every finding's version, the files, the last change.

    Any save moves a finding's version or the assessment's files or time, so a new fingerprint means the
    reports must be built again; the same fingerprint, that the bytes kept are still the record's."""
    parts = [assessment.id, assessment.updated_at, assessment.title, assessment.jurisdiction, assessment.date,
             ",".join(assessment.instruments), *(f"{f.sha256}:{f.version}" for f in assessment.files),
             *(f"{rid}:{f.version}" for rid, f in sorted(assessment.findings.items()))]
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()


@dataclass
class _Reports:
    """The reports built for one state of the record: bytes, or the message of a build that failed."""

    key: tuple[str, str, str]  # (assessment id, record state, cluster id)
    files: dict[str, bytes] = field(default_factory=dict)
    failures: dict[str, str] = field(default_factory=dict)


def _failure(fmt: str, exc: Exception) -> str:
    if isinstance(exc, AssessorError):
        return exc.message
    # A bug, not the user's doing: the server log has the traceback, the page one line.
    _log.exception("building the %s report failed", fmt)
    return f"an internal error ({exc.__class__.__name__}); the server log has the details"


def kept_reports(assessment: Assessment, catalog: Catalog, cluster: ReviewCluster | None) -> _Reports:
    """The four reports for the record as it is now: built once per state of the record, then kept."""
    key = (assessment.id, record_state(assessment), cluster.id if cluster else "")
    kept = st.session_state.get(_KEPT)
    if not isinstance(kept, _Reports) or kept.key != key:
        kept = _Reports(key)  # the record moved on (or another assessment, another cluster): the old bytes go
        st.session_state[_KEPT] = kept
    missing = [fmt for fmt in FORMATS if fmt not in kept.files and fmt not in kept.failures]
    if missing:
        made = builders(assessment.id, catalog, cluster)
        with st.spinner("Preparing the reports from the record..."):
            for fmt in missing:
                try:
                    kept.files[fmt] = made[fmt][2]()
                except Exception as exc:  # any failure is shown with a retry, never a traceback
                    kept.failures[fmt] = _failure(fmt, exc)
    return kept


def _retry(fmt: str) -> None:
    kept = st.session_state.get(_KEPT)
    if isinstance(kept, _Reports):
        kept.failures.pop(fmt, None)  # built again on this rerun


def render() -> None:
    """Draw the page."""
    st.title("Export")
    assessment = current_assessment("Open an assessment first (Assessments page): its reports are made here.")
    if assessment is None:
        return
    heading(assessment)
    catalog = checklist_catalog()
    decided, total = assessment.progress(catalog)  # every requirement in scope, decided on paper or not
    if not assessment.findings:
        st.info("The reports will be mostly empty: no finding yet. Run the pre-assessment and review first.")
    else:
        st.caption(f"{decided} of {total} requirements decided; undecided ones are reported as the machine "
                   "proposed them, marked as such.")
    cluster = review_cluster("export_cluster")
    kept = kept_reports(assessment, catalog, cluster)
    columns = st.columns(len(FORMATS))
    for column, fmt in zip(columns, FORMATS, strict=True):
        name = report_name(assessment.jurisdiction, assessment.title, fmt, cluster.id if cluster else None)
        if fmt in kept.files:
            # Plain bytes, no rerun on click: see the module docstring.
            column.download_button(LABELS[fmt], data=kept.files[fmt], file_name=name, mime=MIME_TYPES[fmt],
                                   key=f"download_{fmt}", on_click="ignore", help=HELP[fmt], width="stretch")
        else:
            column.error(f"{LABELS[fmt]}: could not be built: {plain(kept.failures.get(fmt, ''))}")
            column.button("Try again", key=f"retry_{fmt}", on_click=_retry, args=(fmt,), width="stretch")
    st.caption("The reports are made from the record as saved when this page was drawn, and made again as soon "
               "as anything is saved.")
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
    st.dataframe(pd.DataFrame([{"requirement": c.requirement_id, "field": c.field, "now": _shown(c.field, c.old),
                                "workbook": _shown(c.field, c.new)} for c in changes.changes]),
                 hide_index=True, width="stretch")
    if changes.stale:
        st.warning("Changed in the tool since this workbook was exported; these will be refused, not "
                   "overwritten: " + plain(", ".join(changes.stale)))
    # The imported decisions are recorded under a person's name, never under a default one.
    named = bool(st.session_state.get("user_name"))
    if not named:
        st.warning("Enter your name in the sidebar first: the imported decisions are recorded under it.")
    if st.button(f"Apply {len(changes.decisions)} decision(s)", type="primary", disabled=not named):
        try:
            result = apply_workbook(store(), assessment.id, changes, by=user())
        except AssessorError as exc:  # e.g. a viewer's role: said, nothing saved
            st.error(exc.message)
            return
        st.success(f"Saved {len(result.saved)} decision(s) from {plain(upload.name)}.")
        for rid, conflict in result.conflicts.items():
            st.warning(plain(f"{rid}: {conflict.message}"))


def _shown(field_name: str, value: str) -> str:
    """A change's value as people read it: a status by its label, anything else as it is."""
    status = parse_status(value) if field_name == "status" and value else None
    return label(status) if status is not None else value
