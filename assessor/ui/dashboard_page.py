"""The Dashboard page: pillar scores as a chart, progress, top gaps and red flags of the open assessment; then
every country in the record at once (a heat map of requirement status, a world map of pillar scores)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from assessor.assessment import Assessment
from assessor.catalog import PILLAR_LABELS, Catalog
from assessor.errors import AssessorError
from assessor.gaps import Gap, gaps
from assessor.labels import label
from assessor.scoring import FORMULA, Score, Scores, assessment_scores, pillar_lines
from assessor.ui.common import (
    checklist_catalog,
    current_assessment,
    heading,
    reader,
    recorded,
    red_flags,
    score_chart,
    show_red_flags,
    store,
)
from assessor.ui.pictures import latest_per_jurisdiction, show_pictures

TOP_GAPS = 10


def _percent(score: Score | None) -> float | None:
    return None if score is None or score.score is None else round(100 * score.score, 1)


def render() -> None:
    """Draw the page."""
    st.title("Dashboard")
    assessment = current_assessment("Open an assessment first (Assessments page): its scores, gaps and red flags "
                                    "show here.")
    if assessment is None:
        return
    heading(assessment)
    catalog = checklist_catalog()
    scores = assessment_scores(assessment, catalog)
    found_gaps = gaps(assessment, catalog)
    progress = scores.progress
    c1, c2, c3, c4 = st.columns(4)
    c1.metric("Decided by an assessor", f"{progress.decided or 0} of {progress.total}")
    c2.metric("Assessed (machine or assessor)", f"{progress.assessed} of {progress.total}")
    overall = _percent(scores.overall)
    c3.metric("Overall score", "-" if overall is None else f"{overall:.0f}%")
    c4.metric("Gaps", len(found_gaps))
    st.progress(progress.decided_share or 0.0, text="Share of requirements decided")
    if not scores.overall.counted:
        st.info("Nothing is scored yet: add the law files (Legislation), run the pre-assessment, then decide "
                "findings on the Review page.")
    else:
        _scores(assessment, catalog, scores, found_gaps)
    _countries(catalog)


def _countries(catalog: Catalog) -> None:
    """Every jurisdiction in the record (its most recent assessment): the heat map and the world map."""
    st.subheader("All countries in the record")
    try:
        everyone = latest_per_jurisdiction(recorded(store().list(as_user=reader())))
    except AssessorError as exc:
        st.error(exc.message)
        return
    st.caption(f"{len(everyone)} jurisdiction(s), each by its most recently changed assessment; the Compare page "
               "draws the same pictures for the assessments you choose.")
    show_pictures(everyone, catalog, key="dashboard")


def _scores(assessment: Assessment, catalog: Catalog, scores: Scores, found_gaps: list[Gap]) -> None:
    st.subheader("Scores by pillar")
    rows = []
    # One score per pillar, its grade beside it, and what the grade counts when it is a subset (same row).
    for line in pillar_lines(scores):
        group = line.score
        rows.append({"pillar": PILLAR_LABELS[line.pillar], "score (%)": _percent(group), "met": group.met,
                     "partly": group.partial, "not met": group.not_met, "not assessed": group.not_assessed,
                     "3P grade (1-5)": str(line.grade) if line.grade else "-", "how graded": line.reason or "-"})
    score_chart(rows, ["score (%)"])
    st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch")
    st.caption(f"How scores are computed: {FORMULA}. Grades approximate the 3P Index scale (docs/scoring.md).")

    left, right = st.columns(2)
    left.markdown("**By instrument**")
    left.dataframe(pd.DataFrame([{"instrument": k, "score (%)": _percent(v), "met": v.met, "partly": v.partial,
                                  "not met": v.not_met} for k, v in scores.instruments.items()]),
                   hide_index=True, width="stretch")
    right.markdown("**By obligation level**")
    right.dataframe(pd.DataFrame([{"obligation": label(k), "score (%)": _percent(v), "met": v.met, "partly": v.partial,
                                   "not met": v.not_met} for k, v in scores.obligations.items() if v.total]),
                    hide_index=True, width="stretch")

    st.subheader(f"Top gaps ({min(TOP_GAPS, len(found_gaps))} of {len(found_gaps)})")
    if not found_gaps:
        st.success("No gap: every requirement scored is met.")
    else:
        st.caption("Mandatory obligations first, then those subject to the legal system, then 'shall endeavour', "
                   "'shall consider', "
                   "optional and good practice; not met before partly met.")
        st.dataframe(pd.DataFrame([{"#": g.priority, "requirement": g.requirement.id,
                                    "reference": g.requirement.reference, "title": g.requirement.title,
                                    "obligation": label(g.requirement.obligation),
                                    "status": label(g.status),
                                    "recommendation": g.recommendation} for g in found_gaps[:TOP_GAPS]]),
                     hide_index=True, width="stretch")
        st.caption("On the Review page, the filter 'gaps' walks them one by one.")
    st.subheader("Red flags")
    show_red_flags(red_flags(assessment))
