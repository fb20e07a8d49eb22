"""The Assessments page: create, open, duplicate and delete assessments; a list with progress and scores.

All state is in the SQLite record; the open assessment's id lives in the URL (`?assessment=...`),
so a refresh, a second tab or a server restart shows exactly what was saved.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from assessor.assessment import DEFAULT_INSTRUMENTS, new_assessment
from assessor.catalog import PILLAR_LABELS
from assessor.errors import AssessorError
from assessor.scoring import FORMULA, assessment_scores, pillar_lines
from assessor.store import Store
from assessor.ui.common import checklist_catalog, store, user, when
from assessor.ui.safe import plain

INSTRUMENT_NAMES = {"TIP": "Trafficking in Persons Protocol", "SOM": "Smuggling of Migrants Protocol",
                    "UNTOC": "Organized Crime Convention", "GP": "Good practice"}


def render() -> None:
    """Draw the page."""
    st.title("Assessments")
    try:
        the_store = store()
        summaries = the_store.list()
    except AssessorError as exc:
        st.error(exc.message)
        return
    selected = st.query_params.get("assessment")
    if selected:
        _open(the_store, selected)
        st.divider()
    _create(the_store)
    st.subheader("All assessments")
    if not summaries:
        st.info("No assessment yet. Create one above: jurisdiction, title and the instruments in scope.")
        return
    catalog = checklist_catalog()
    rows = []
    for summary in summaries:
        assessment = the_store.get(summary.id)
        pillars = assessment_scores(assessment, catalog).pillars
        rows.append({"id": summary.id, "jurisdiction": summary.jurisdiction, "title": summary.title,
                     "date": summary.date,
                     "decided": f"{summary.decided}/{len(catalog.for_instruments(summary.instruments).requirements)}",
                     **{PILLAR_LABELS[p]: _percent(pillars.get(p.value)) for p in PILLAR_LABELS},
                     "updated": when(summary.updated_at)})
    st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch")
    choice = st.selectbox("Open an assessment", [s.id for s in summaries], index=None,
                          format_func=lambda i: next(f"{s.jurisdiction} - {s.title} ({i})" for s in summaries
                                                     if s.id == i))
    if choice and choice != selected:
        st.query_params["assessment"] = choice
        st.rerun()
    st.caption(f"Scores: {FORMULA}. Grades on the 3P scale: docs/scoring.md.")


def _percent(score: object) -> str:
    value = getattr(score, "score", None)
    return "-" if value is None else f"{value:.0%}"


def _create(the_store: Store) -> None:
    with st.expander("New assessment", expanded=not the_store.list()):
        with st.form("new_assessment", clear_on_submit=True):
            jurisdiction = st.text_input("Jurisdiction", placeholder="e.g. Republic of Arcadia")
            title = st.text_input("Title", placeholder="e.g. Anti-Trafficking Bill 2024, second draft")
            date = st.date_input("Date the assessment speaks for")
            instruments = st.multiselect("Instruments in scope", list(DEFAULT_INSTRUMENTS),
                                         default=list(DEFAULT_INSTRUMENTS), format_func=INSTRUMENT_NAMES.get,
                                         help="A State may be party to one Protocol only; good practice can be "
                                              "switched off.")
            if st.form_submit_button("Create"):
                if not jurisdiction.strip() or not title.strip() or not instruments:
                    st.error("Give a jurisdiction, a title and at least one instrument.")
                    return
                created = the_store.create(new_assessment(jurisdiction, title, date.isoformat(), instruments,
                                                          created_by=user()), by=user())
                st.query_params["assessment"] = created.id
                st.rerun()


def _open(the_store: Store, assessment_id: str) -> None:
    try:
        assessment = the_store.get(assessment_id)
    except AssessorError as exc:
        st.error(exc.message)
        return
    st.subheader(f"{plain(assessment.jurisdiction)} - {plain(assessment.title)}")
    decided, total = assessment.progress(checklist_catalog())  # every requirement in scope, found or not
    st.write(plain(f"Date {assessment.date} · {', '.join(INSTRUMENT_NAMES.get(i, i) for i in assessment.instruments)}"
                   f" · {decided} of {total} findings decided · last change {when(assessment.updated_at)}"))
    if total:
        st.progress(decided / total)
    scores = assessment_scores(assessment, checklist_catalog())
    # One score per pillar, its grade beside it, and what the grade counts when it is a subset.
    st.dataframe(pd.DataFrame([
        {"pillar": PILLAR_LABELS[line.pillar], "score": _percent(line.score), "met": line.score.met,
         "partly": line.score.partial, "not met": line.score.not_met, "3P grade": line.grade or "-",
         "how graded": line.reason or "-"}
        for line in pillar_lines(scores)
    ]), hide_index=True, width="stretch")
    st.caption(f"How scores are computed: {FORMULA}.")
    col1, col2 = st.columns(2)
    with col1, st.form("duplicate", clear_on_submit=True):
        new_title = st.text_input("Duplicate as (for the next draft)", value=f"{assessment.title} (copy)")
        if st.form_submit_button("Duplicate"):
            copy = the_store.duplicate(assessment.id, new_title, by=user())
            st.query_params["assessment"] = copy.id
            st.rerun()
    with col2, st.form("delete"):
        sure = st.checkbox(f"Delete '{assessment.title}' and its history")
        if st.form_submit_button("Delete", type="secondary"):
            if not sure:
                st.warning("Tick the box to confirm the deletion.")
            else:
                the_store.delete(assessment.id, by=user())
                del st.query_params["assessment"]
                st.session_state.pop("open_assessment", None)
                st.rerun()
