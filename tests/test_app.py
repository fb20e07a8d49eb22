"""The app starts and shows the checklists (AppTest runs the script without a browser)."""

from __future__ import annotations

from conftest import ROOT
from streamlit.testing.v1 import AppTest


def run_app() -> AppTest:
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    return app.run()


def test_app_starts_and_lists_requirements() -> None:
    app = run_app()
    assert not app.exception, app.exception
    assert app.title[0].value == "Checklists"
    table = app.dataframe[0].value
    assert len(table) > 100  # every requirement of the four checklists
    assert {"TIP-5-1", "SOM-6-1-a", "UNTOC-34-2", "GP.non_punishment"} <= set(table["id"])


def test_filters_narrow_the_list() -> None:
    # Choosing the Smuggling Protocol and mandatory level leaves only those rows.
    app = run_app()
    app.multiselect[0].set_value(["SOM"]).run()
    app.multiselect[3].set_value(["mandatory"]).run()
    table = app.dataframe[0].value
    assert set(table["instrument"]) == {"SOM"} and set(table["obligation"]) == {"mandatory"}


def test_search_with_no_match_shows_an_empty_state() -> None:
    app = run_app()
    app.text_input[0].set_value("no such requirement anywhere").run()
    assert not app.exception
    assert "No requirement matches" in app.info[0].value


def test_details_show_the_authentic_text() -> None:
    app = run_app()
    app.text_input[0].set_value("TIP-6-6").run()
    app.selectbox[0].set_value("TIP-6-6").run()
    text = " ".join(m.value for m in app.markdown)
    assert "compensation for damage suffered" in text
