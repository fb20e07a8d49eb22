"""Streamlit pages: one thin module per page, calling the package's public functions."""
