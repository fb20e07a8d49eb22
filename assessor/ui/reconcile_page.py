"""Reconcile: a reviewer settles the requirements two coders decided differently (double coding)."""

from __future__ import annotations

import streamlit as st

from assessor.ui.common import current_assessment, heading


def render() -> None:
    """The Reconcile page."""
    st.title("Reconcile")
    assessment = current_assessment("Open an assessment on the Assessments page first.")
    if assessment is None:
        return
    heading(assessment)
    st.info("This assessment is not double coded.")
