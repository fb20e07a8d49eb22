"""The Streamlit app: a router over one thin page module per page (see assessor/ui/)."""

import streamlit as st

from assessor.ui import assessments_page, checklists_page, legislation_page, preassessment_page, review_page

st.set_page_config(page_title="Protocol compliance assessor", page_icon="⚖️", layout="wide")

pages = [
    st.Page(checklists_page.render, title="Checklists", icon="📋", url_path="checklists", default=True),
    st.Page(assessments_page.render, title="Assessments", icon="🗂️", url_path="assessments"),
    st.Page(legislation_page.render, title="Legislation", icon="📜", url_path="legislation"),
    st.Page(preassessment_page.render, title="Pre-assessment", icon="🔎", url_path="preassessment"),
    st.Page(review_page.render, title="Review", icon="⚖️", url_path="review"),
]
st.navigation(pages).run()
