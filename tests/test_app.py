"""The app starts on the Start page; the pages, badges and quotations (AppTest runs the script without a browser)."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from conftest import ROOT


def checklists_page_app() -> None:
    from assessor.ui import checklists_page

    checklists_page.render()


def run_app() -> AppTest:
    """The Checklists page (a reference page, no longer the default)."""
    return AppTest.from_function(checklists_page_app, default_timeout=60).run()


def test_app_opens_on_the_start_page(database) -> None:  # noqa: ANN001
    # The default page is Start: the five steps, with the fixed style sheet that keeps quotations readable.
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    assert not app.exception, app.exception
    assert app.title[0].value == "Start"
    assert [m.value.split("**")[1] for m in app.markdown if m.value.startswith("**") and ". " in m.value][:5] == [
        "1\\. Create or open an assessment", "2\\. Add the legislation", "3\\. Pre\\-assess",
        "4\\. Review and decide", "5\\. Export"]
    assert len(app.get("html")) == 1  # page_styles()


def test_app_lists_requirements() -> None:
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
    app.multiselect[3].set_value(["Mandatory"]).run()
    table = app.dataframe[0].value
    # Levels by their labels, never their codes.
    assert set(table["instrument"]) == {"SOM"} and set(table["obligation"]) == {"Mandatory"}


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


def legislation_page_app() -> None:
    from assessor.ui import legislation_page

    legislation_page.render()


def run_legislation(*files: tuple[str, bytes, str]) -> AppTest:
    app = AppTest.from_function(legislation_page_app, default_timeout=60).run()
    if files:
        app.file_uploader[0].set_value(list(files)).run()
    return app


LAW = b"Section 1\n(1) A person who recruits another person for exploitation commits an offence.\n(2) Penalty.\n"


def test_legislation_page_empty_state() -> None:
    app = run_legislation()
    assert not app.exception
    assert any("No file yet" in i.value for i in app.info)


def test_legislation_page_lists_provisions() -> None:
    app = run_legislation(("act.txt", LAW, "text/plain"))
    assert not app.exception and not app.error
    provisions = app.dataframe[1].value
    assert list(provisions["citation"]) == ["s. 1", "s. 1(1)", "s. 1(2)"]


def test_legislation_page_search() -> None:
    app = run_legislation(("act.txt", LAW, "text/plain"))
    app.text_input[0].set_value("recruits").run()
    assert list(app.dataframe[1].value["citation"]) == ["s. 1(1)"]


BAD_FILES = [
    # An empty upload: the reading stage's one-line message, no traceback.
    ("empty.txt", b"", "is empty"),
    # A Word file that is not one.
    ("bill.docx", b"this is not a zip archive at all", "bill.docx"),
]


@pytest.mark.parametrize(("name", "data", "expected"), BAD_FILES)
def test_legislation_page_bad_file_message(name: str, data: bytes, expected: str) -> None:
    app = run_legislation((name, data, "application/octet-stream"))
    assert not app.exception
    assert len(app.error) == 1 and expected in app.error[0].value
    assert "\n" not in app.error[0].value and "Traceback" not in app.error[0].value


def test_law_text_with_markup_is_shown_as_text() -> None:
    # A provision holding <script> and <img onerror> reaches the page as plain data, never as HTML.
    hostile = b"Section 1\n(1) <script>alert(1)</script> and <img src=x onerror=alert(2)> are offences.\n"
    app = run_legislation(("hostile.txt", hostile, "text/plain"))
    assert not app.exception
    texts = list(app.dataframe[1].value["text"])
    assert any("<script>alert(1)</script>" in t for t in texts)
    assert not app.get("html") and not any("<script>" in m.value for m in app.markdown)


def assessments_page_app() -> None:
    from assessor.ui import assessments_page

    assessments_page.render()


@pytest.fixture
def database(tmp_path, monkeypatch):  # noqa: ANN001, ANN201 - pytest fixtures
    path = tmp_path / "app.sqlite3"
    monkeypatch.setenv("ASSESSOR_DATABASE", str(path))
    return path


def test_assessments_page_empty_state(database) -> None:  # noqa: ANN001
    app = AppTest.from_function(assessments_page_app, default_timeout=60).run()
    assert not app.exception
    assert any("No assessment yet" in i.value for i in app.info)


def test_assessments_page_create_open_and_scores(database) -> None:  # noqa: ANN001
    # Creating an assessment saves it to SQLite and opens it through the URL; its scores and formula show.
    app = AppTest.from_function(assessments_page_app, default_timeout=60).run()
    app.text_input[0].set_value("Arcadia")
    app.text_input[1].set_value("Anti-Trafficking Bill")
    app.button[0].click().run()
    assert not app.exception
    assessment_id = app.query_params["assessment"][0] if isinstance(app.query_params["assessment"], list) \
        else app.query_params["assessment"]
    from assessor.store import Store

    saved = Store(database).get(assessment_id)
    assert saved.jurisdiction == "Arcadia" and saved.title == "Anti-Trafficking Bill"
    # A fresh session (a refresh, another tab) with the id in the URL shows the same assessment.
    fresh = AppTest.from_function(assessments_page_app, default_timeout=60)
    fresh.query_params["assessment"] = assessment_id
    fresh.run()
    assert not fresh.exception
    # The name is escaped for Markdown (shown as typed), hence the backslashes in the raw value.
    assert any(s.value == r"Arcadia - Anti\-Trafficking Bill" for s in fresh.subheader)
    assert any("How scores are computed" in c.value for c in fresh.caption)


def test_legislation_is_kept_with_the_open_assessment(database) -> None:  # noqa: ANN001
    # With an assessment open, uploads are kept in SQLite: a fresh session shows the provisions again.
    from assessor.assessment import new_assessment
    from assessor.store import Store

    assessment = Store(database).create(new_assessment("Arcadia", "Bill"))
    app = AppTest.from_function(legislation_page_app, default_timeout=60)
    app.query_params["assessment"] = assessment.id
    app.run()
    app.file_uploader[0].set_value([("act.txt", LAW, "text/plain")]).run()
    assert not app.exception
    assert [f.name for f in Store(database).get(assessment.id).files] == ["act.txt"]
    fresh = AppTest.from_function(legislation_page_app, default_timeout=60)
    fresh.query_params["assessment"] = assessment.id
    fresh.run()
    assert not fresh.exception
    assert list(fresh.dataframe[1].value["citation"]) == ["s. 1", "s. 1(1)", "s. 1(2)"]


def preassessment_page_app() -> None:
    from assessor.ui import preassessment_page

    preassessment_page.render()


def test_preassessment_page_runs_and_keeps_decisions(database) -> None:  # noqa: ANN001
    # Run over the kept files: findings are saved, flags shown, and a decision survives a second run.
    from assessor.assessment import LawFile, new_assessment
    from assessor.store import Store
    from conftest import ROOT

    s = Store(database)
    a = s.create(new_assessment("Borduria", "Penal Code"))
    data = (ROOT / "legislation_samples" / "borduria-penal-code-chapter-xii.pdf").read_bytes()
    digest = s.put_file("borduria.pdf", data)
    s.set_files(a.id, [LawFile("borduria.pdf", digest, len(data))], by="ana")
    app = AppTest.from_function(preassessment_page_app, default_timeout=120)
    app.query_params["assessment"] = a.id
    app.run()
    assert any("has not run yet" in i.value for i in app.info)
    app.button[0].click().run()
    assert not app.exception
    assert any("Proposed findings saved" in m.value for m in app.success)
    assert any("transnationality" in w.value for w in app.warning)  # the flag id is shown escaped, as plain text
    saved = s.get(a.id)
    assert saved.finding("TIP-5-1").machine_status.value == "met"


def review_page_app() -> None:
    from assessor.ui import review_page

    review_page.render()


def _assessed(database, text: str):  # noqa: ANN001, ANN202
    """An assessment whose pre-assessment of `text` is saved, as the app would leave it."""
    from assessor import legislation_from_text, load_catalog, pre_assess
    from assessor.assessment import new_assessment
    from assessor.store import Store

    s = Store(database)
    a = s.create(new_assessment("Arcadia", "Bill", instruments=["TIP"]))
    pre = pre_assess(legislation_from_text(text, "act.txt", "en"), load_catalog(), ["TIP"])
    return s, s.save_pre_assessment(a.id, pre, [], by="machine")[0]


ACT = ("Section 3 Trafficking in persons\n(1) A person who recruits or harbours another person by force for the "
       "purpose of exploitation commits an offence and is liable to imprisonment for ten years.")


def test_review_decision_is_saved_at_once_and_survives_a_refresh(database) -> None:  # noqa: ANN001
    s, a = _assessed(database, ACT)
    app = AppTest.from_function(review_page_app, default_timeout=60)
    app.query_params["assessment"] = a.id
    app.query_params["requirement"] = "TIP-5-1"
    app.query_params["by"] = "ana"  # a decision needs a name (without one the page asks for it)
    app.run()
    assert not app.exception
    assert any("TIP Protocol, art. 5(1)" in h.value for h in app.subheader)
    app.radio[0].set_value("not_met")
    app.text_area[0].set_value("penalty too low")
    app.button(key="FormSubmitter:decide-TIP-5-1-Save decision").click().run()
    assert not app.exception and any("Saved" in m.value for m in app.success)
    assert s.get(a.id).finding("TIP-5-1").decision.rationale == "penalty too low"
    # A refresh (a new session with the same URL) shows the saved decision.
    fresh = AppTest.from_function(review_page_app, default_timeout=60)
    fresh.query_params["assessment"] = a.id
    fresh.query_params["requirement"] = "TIP-5-1"
    fresh.run()
    assert fresh.text_area[0].value == "penalty too low"


def test_review_conflict_between_two_tabs(database) -> None:  # noqa: ANN001
    # Two tabs load the same finding; the first saves; the second is refused with the newer value.
    s, a = _assessed(database, ACT)
    tabs = []
    for _ in range(2):
        tab = AppTest.from_function(review_page_app, default_timeout=60)
        tab.query_params["assessment"] = a.id
        tab.query_params["requirement"] = "TIP-5-1"
        tab.query_params["by"] = "ana"
        tabs.append(tab.run())
    tabs[0].text_area[0].set_value("first")
    tabs[0].button(key="FormSubmitter:decide-TIP-5-1-Save decision").click().run()
    tabs[1].text_area[0].set_value("second")
    tabs[1].button(key="FormSubmitter:decide-TIP-5-1-Save decision").click().run()
    assert any("not saved" in e.value for e in tabs[1].error)
    assert s.get(a.id).finding("TIP-5-1").decision.rationale == "first"


def test_highlight_escapes_before_marking() -> None:
    from assessor.ui.safe import highlight

    marked = highlight("A person who <script>recruits</script> **x**", "recruits")
    assert "<script>" not in marked and "**recruits**" in marked and "\\*\\*x\\*\\*" in marked


@pytest.mark.parametrize(("kind", "text", "shown"), [
    ("found", None, ":green-badge[✓ Found]"),  # an element found: green, a tick, the word
    ("missing", None, ":red-badge[✗ Missing]"),  # an element missing: red, a cross, the word
    ("inferred", None, ":orange-badge[\\~ Inferred]"),  # read by inference; the tilde escaped (no strike-through)
    ("red flag", None, ":red-badge[\\! Red flag]"),  # a red flag, named with a space
    ("red_flag", "RF.x", ":red-badge[\\! Red flag · RF\\.x]"),  # ... or by its code, with a detail (escaped)
    ("met", None, ":green-badge[✓ Met]"),  # the requirement statuses, by code ...
    ("Partially met", None, ":orange-badge[\\~ Partially met]"),  # ... or by label
    ("not_met", None, ":red-badge[✗ Not met]"),
    ("not_applicable", None, ":gray-badge[– Not applicable]"),
    ("NOT ASSESSED", "  ", ":gray-badge[? Not assessed]"),  # any case; a blank detail is left out
    ("found", "<b>s. 3</b> [x](y)", ":green-badge[✓ Found · \\<b\\>s\\. 3\\</b\\> \\[x\\]\\(y\\)]"),  # markup escaped
])
def test_badge(kind: str, text: str | None, shown: str) -> None:
    from assessor.ui.common import badge

    assert badge(kind, text) == shown


def test_badge_statuses_as_enums_and_unknown_kinds() -> None:
    from assessor.engine.values import ElementStatus
    from assessor.preassessment import RequirementStatus
    from assessor.ui.common import badge

    # Every status enum has a badge whose word is its label; shapes differ between kinds that differ.
    words = {badge(status) for status in [*RequirementStatus, *ElementStatus]}
    assert len(words) == len(RequirementStatus) + len(ElementStatus)
    with pytest.raises(ValueError, match="no badge"):
        badge("nearly met")


@pytest.mark.parametrize(("text", "words", "shown"), [
    # One line, the match in bold (the page style draws it on a marker background).
    ("A person who recruits.", "recruits", "> A person who **recruits**\\."),
    # Two paragraphs stay one quotation: every line is quoted.
    ("First.\n\nSecond.", "", "> First\\.  \n>   \n> Second\\."),
    # Markup in the law is escaped before the mark is added; a missing match marks nothing.
    ("<b>x</b> [y](z)", "absent", "> \\<b\\>x\\</b\\> \\[y\\]\\(z\\)"),
])
def test_quote(text: str, words: str, shown: str) -> None:
    from assessor.ui.safe import quote

    assert quote(text, words) == shown


def test_page_styles_hold_only_the_fixed_style_sheet() -> None:
    # The style sheet is the only HTML the app writes: full-ink quotations and captions, nothing else.
    from assessor.ui.safe import PAGE_CSS

    def styled() -> None:
        from assessor.ui.safe import page_styles

        page_styles()

    app = AppTest.from_function(styled).run()
    assert not app.exception
    assert [h.proto.body for h in app.get("html")] == [PAGE_CSS]
    assert "opacity: 1" in PAGE_CSS and "<script" not in PAGE_CSS
