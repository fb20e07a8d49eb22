"""The Streamlit app: a router over one thin page module per page (see assessor/ui/).

The open assessment lives in the URL (`?assessment=...`). Streamlit drops query parameters when
the sidebar switches pages, so the id is cached in session state and put back into the URL: a
refresh, a bookmark or a second tab always says which assessment is open, and SQLite holds the rest.
"""

import streamlit as st

from assessor.ui import (
    assessments_page,
    checklists_page,
    compare_page,
    dashboard_page,
    export_page,
    legislation_page,
    preassessment_page,
    review_page,
)

st.set_page_config(page_title="Protocol compliance assessor", page_icon="⚖️", layout="wide")

# Which assessment is open, and who is deciding: both kept in the URL.
for param, key in (("assessment", "open_assessment"), ("by", "user_name")):
    if st.query_params.get(param):
        st.session_state[key] = st.query_params[param]
    elif st.session_state.get(key):
        st.query_params[param] = st.session_state[key]

with st.sidebar:
    name = st.text_input("Your name", value=st.session_state.get("user_name", ""),
                         help="Recorded with each decision in the assessment's history.")
    if name.strip() != st.session_state.get("user_name", ""):
        st.session_state["user_name"] = name.strip()
        if name.strip():
            st.query_params["by"] = name.strip()
        else:
            st.query_params.pop("by", None)

pages = [
    st.Page(checklists_page.render, title="Checklists", icon="📋", url_path="checklists", default=True),
    st.Page(assessments_page.render, title="Assessments", icon="🗂️", url_path="assessments"),
    st.Page(legislation_page.render, title="Legislation", icon="📜", url_path="legislation"),
    st.Page(preassessment_page.render, title="Pre-assessment", icon="🔎", url_path="preassessment"),
    st.Page(review_page.render, title="Review", icon="⚖️", url_path="review"),
    st.Page(dashboard_page.render, title="Dashboard", icon="📊", url_path="dashboard"),
    st.Page(compare_page.render, title="Compare", icon="↔️", url_path="compare"),
    st.Page(export_page.render, title="Export", icon="📤", url_path="export"),
]
st.navigation(pages).run()
