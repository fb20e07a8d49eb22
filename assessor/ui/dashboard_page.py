"""The Dashboard page: pillar scores as a chart, progress, top gaps and red flags of the open assessment."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from assessor.catalog import PILLAR_LABELS
from assessor.gaps import gaps
from assessor.scoring import FORMULA, Score, assessment_scores
from assessor.ui.common import checklist_catalog, current_assessment, heading, red_flags, score_chart, show_red_flags

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
        return

    st.subheader("Scores by pillar")
    rows = []
    for pillar, label in PILLAR_LABELS.items():
        group = scores.pillars[pillar.value]
        grade = scores.grades.get(pillar.value)
        rows.append({"pillar": label, "score (%)": _percent(group), "met": group.met, "partly": group.partial,
                     "not met": group.not_met, "not assessed": group.not_assessed,
                     "3P grade (1-5)": str(grade.grade) if grade and grade.grade else "-"})
    score_chart(rows, ["score (%)"])
    st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch")
    st.caption(f"How scores are computed: {FORMULA}. Grades approximate the 3P Index scale (docs/scoring.md).")

    left, right = st.columns(2)
    left.markdown("**By instrument**")
    left.dataframe(pd.DataFrame([{"instrument": k, "score (%)": _percent(v), "met": v.met, "partly": v.partial,
                                  "not met": v.not_met} for k, v in scores.instruments.items()]),
                   hide_index=True, width="stretch")
    right.markdown("**By obligation level**")
    right.dataframe(pd.DataFrame([{"obligation": k, "score (%)": _percent(v), "met": v.met, "partly": v.partial,
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
                                    "obligation": g.requirement.obligation.value.replace("_", " "),
                                    "status": g.status.value.replace("_", " "),
                                    "recommendation": g.recommendation} for g in found_gaps[:TOP_GAPS]]),
                     hide_index=True, width="stretch")
        st.caption("On the Review page, the filter 'gaps' walks them one by one.")
    st.subheader("Red flags")
    show_red_flags(red_flags(assessment))
