"""The Compare page: two assessments side by side (gaps closed and opened, score change per pillar); many at
once (a heat map of requirement status by country, a world map of pillar scores, the matrix workbook).

The pair lives in the URL (`?a=...&b=...`), like the open assessment, so a comparison can be
bookmarked and survives a refresh.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from assessor.catalog import PILLAR_LABELS, Catalog
from assessor.compare import StatusChange, compare
from assessor.errors import AssessorError
from assessor.labels import label
from assessor.reports.comparison_xlsx import write_comparison, write_matrix
from assessor.scoring import FORMULA
from assessor.ui.common import checklist_catalog, reader, recorded, score_chart, store
from assessor.ui.pictures import show_pictures
from assessor.ui.safe import plain


def _pct(value: float | None) -> float | None:
    return None if value is None else round(100 * value, 1)


def _changes(changes: tuple[StatusChange, ...], catalog: Catalog) -> pd.DataFrame:
    return pd.DataFrame([{"requirement": c.requirement_id, "reference": catalog.requirement(c.requirement_id).reference,
                          "title": catalog.requirement(c.requirement_id).title, "before": label(c.before),
                          "after": label(c.after)} for c in changes])


def _pick(summaries: list, key: str, label: str, default: int) -> str:
    ids = [s.id for s in summaries]
    names = {s.id: f"{s.jurisdiction} - {s.title} ({s.date})" for s in summaries}
    current = st.query_params.get(key)
    index = ids.index(current) if current in ids else default
    chosen = st.selectbox(label, ids, index=index, format_func=names.get, key=f"compare_{key}")
    if st.query_params.get(key) != chosen:
        st.query_params[key] = chosen
    return chosen


def render() -> None:
    """Draw the page."""
    st.title("Compare")
    st.caption("Two assessments side by side: a bill against its previous draft, or two countries. "
               "Only the instruments both have in scope are compared.")
    try:
        summaries = store().list(as_user=reader())
    except AssessorError as exc:
        st.error(exc.message)
        return
    if len(summaries) < 2:
        st.info("Comparing needs two assessments. Duplicate an assessment for the next draft (Assessments page), "
                "or create one for another country.")
        return
    _matrix(summaries)
    col1, col2 = st.columns(2)
    with col1:
        a_id = _pick(summaries, "a", "Before (A)", 1)
    with col2:
        b_id = _pick(summaries, "b", "After (B)", 0)
    if a_id == b_id:
        st.info("Choose two different assessments.")
        return
    catalog = checklist_catalog()
    try:
        a, b = store().get(a_id, as_user=reader()), store().get(b_id, as_user=reader())
    except AssessorError as exc:
        st.error(exc.message)
        return
    result = compare(a, b, catalog)
    m1, m2, m3, m4 = st.columns(4)
    m1.metric("Gaps closed", len(result.closed))
    m2.metric("Gaps opened", len(result.opened))
    m3.metric("Other changes", len(result.changed))
    m4.metric("Same status, new evidence", len(result.evidence_changed))

    st.subheader("Score change per pillar")
    rows = [{"pillar": PILLAR_LABELS[p], "A (%)": _pct(result.scores_a.pillars[p.value].score),
             "B (%)": _pct(result.scores_b.pillars[p.value].score),
             "change (points)": _pct(result.pillar_deltas.get(p.value))} for p in PILLAR_LABELS]
    score_chart(rows, ["A (%)", "B (%)"])
    st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch")
    st.caption(f"A: {plain(result.a)} · B: {plain(result.b)} · compared on {', '.join(result.instruments)}. "
               f"{FORMULA}.")

    for title, changes, empty in (("Gaps closed", result.closed, "No gap closed."),
                                  ("Gaps opened", result.opened, "No gap opened."),
                                  ("Other changes", result.changed, "No other change.")):
        st.subheader(title)
        if changes:
            st.dataframe(_changes(changes, catalog), hide_index=True, width="stretch")
        else:
            st.write(empty)
    if result.evidence_changed:
        st.subheader("Same status, new evidence")
        st.write(", ".join(result.evidence_changed))
    if result.outside:
        st.caption(f"{len(result.outside)} requirement(s) in scope of only one of the two were not compared.")
    # Bytes, not a deferred build (see the matrix below).
    st.download_button("Download the comparison workbook (.xlsx)", data=write_comparison(a, b, catalog),
                       file_name=f"comparison-{a.id}-{b.id}.xlsx", on_click="ignore",
                       mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")


def _matrix(summaries: list) -> None:
    """Many assessments (countries) at once: the heat map, the world map and the requirements-by-assessments
    workbook."""
    with st.expander("Many countries: status heat map, world map and workbook"):
        names = {s.id: f"{s.jurisdiction} - {s.title} ({s.date})" for s in summaries}
        # The choice lives in the URL too (?many=id1,id2), as A and B do: a bookmark or a refresh keeps it.
        if "matrix_ids" not in st.session_state and st.query_params.get("many"):
            st.session_state["matrix_ids"] = [i for i in st.query_params["many"].split(",") if i in names]
        chosen = st.multiselect("Assessments", list(names), format_func=names.get, key="matrix_ids")
        if ",".join(chosen) != st.query_params.get("many", ""):
            if chosen:
                st.query_params["many"] = ",".join(chosen)
            else:
                st.query_params.pop("many", None)
        if len(chosen) < 2:
            st.caption("Choose two or more assessments.")
            return
        by_id = {s.id: s for s in summaries}
        show_pictures(recorded([by_id[i] for i in chosen]), checklist_catalog(), key="compare")
        # The workbook's bytes, not a deferred build: a deferred file can be revoked by a rerun before the
        # click reaches it (the Export page explains the failure).
        matrix = write_matrix([store().get(i, as_user=reader()) for i in chosen], checklist_catalog())
        st.download_button(f"Download the matrix of {len(chosen)} assessments (.xlsx)", data=matrix,
                           file_name="matrix.xlsx", on_click="ignore",
                           mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
