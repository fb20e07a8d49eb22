"""The Streamlit app: a router over one thin page module per page (see assessor/ui/).

The open assessment lives in the URL (`?assessment=...`). Streamlit drops query parameters when
the sidebar switches pages, so the id is cached in session state and put back into the URL: a
refresh, a bookmark or a second tab always says which assessment is open, and SQLite holds the rest.

Who is deciding: without sign-in, the name typed in the sidebar (kept in the URL as `?by=`). With sign-in
(`ASSESSOR_SIGN_IN`, see docs/sign-in.md), the signed-in identity, set before any page runs; there is no name
box, and a `?by=` in the URL is dropped, never believed.
"""

import streamlit as st

from assessor.ui import (
    assessments_page,
    checklists_page,
    common,
    compare_page,
    dashboard_page,
    export_page,
    identity,
    legislation_page,
    preassessment_page,
    reconcile_page,
    review_page,
    start_page,
)
from assessor.ui.safe import page_styles

st.set_page_config(page_title="Protocol compliance assessor", page_icon=":material/balance:", layout="wide")
page_styles()

# Who is signed in (None: sign-in is off); a signed-out person gets the sign-in page and the run stops here.
signed_in = identity.require()
if signed_in is not None:
    # Every page records `user_name`: set to the identity on every run, before any page, whatever the URL says.
    st.session_state["user_name"] = signed_in.id
    st.query_params.pop("by", None)

# Which assessment is open, and (without sign-in) who is deciding: both kept in the URL.
kept = (("assessment", "open_assessment"),) if signed_in is not None else (
    ("assessment", "open_assessment"), ("by", "user_name"))
for param, key in kept:
    if st.query_params.get(param):
        st.session_state[key] = st.query_params[param]
    elif st.session_state.get(key):
        st.query_params[param] = st.session_state[key]

if signed_in is None:
    with st.sidebar:
        name = st.text_input("Your name", value=st.session_state.get("user_name", ""),
                             help="Recorded with each decision in the assessment's history.")
        if name.strip() != st.session_state.get("user_name", ""):
            st.session_state["user_name"] = name.strip()
            if name.strip():
                st.query_params["by"] = name.strip()
            else:
                st.query_params.pop("by", None)

# Icons are Material Symbols (a font shipped with Streamlit), not emoji: the title always says the page.
pages = {
    "start": st.Page(start_page.render, title="Start", icon=":material/home:", url_path="start", default=True),
    "assessments": st.Page(assessments_page.render, title="Assessments", icon=":material/folder_open:",
                           url_path="assessments"),
    "legislation": st.Page(legislation_page.render, title="Legislation", icon=":material/description:",
                           url_path="legislation"),
    "preassessment": st.Page(preassessment_page.render, title="Pre-assessment", icon=":material/search:",
                             url_path="preassessment"),
    "review": st.Page(review_page.render, title="Review", icon=":material/gavel:", url_path="review"),
    "reconcile": st.Page(reconcile_page.render, title="Reconcile", icon=":material/call_merge:",
                         url_path="reconcile"),
    "dashboard": st.Page(dashboard_page.render, title="Dashboard", icon=":material/bar_chart:",
                         url_path="dashboard"),
    "compare": st.Page(compare_page.render, title="Compare", icon=":material/compare_arrows:", url_path="compare"),
    "export": st.Page(export_page.render, title="Export", icon=":material/download:", url_path="export"),
    "checklists": st.Page(checklists_page.render, title="Checklists (reference)", icon=":material/menu_book:",
                          url_path="checklists"),
}
common.register_pages(pages)
# The steps of an assessment in order, then the checklist browser, a reference. One flat list: Streamlit's
# navigation sections put a <div> straight inside the <ul> of links, which screen readers (and axe) refuse.
st.navigation(list(pages.values())).run()
