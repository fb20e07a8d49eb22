"""The Start page: the five steps and where the open assessment stands in each; recent assessments, one click
to open; times in the reader's zone."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from assessor.assessment import Decision, LawFile, new_assessment
from assessor.catalog import load_catalog
from assessor.preassessment import RequirementStatus

ACT = ("Section 3 Trafficking in persons\n(1) A person who recruits or harbours another person by force for the "
       "purpose of exploitation commits an offence and is liable to imprisonment for ten years.")


@pytest.fixture
def database(tmp_path, monkeypatch):  # noqa: ANN001, ANN201 - pytest fixture
    path = tmp_path / "app.sqlite3"
    monkeypatch.setenv("ASSESSOR_DATABASE", str(path))
    return path


def start() -> None:
    from assessor.ui import start_page

    start_page.render()


def _page(**params: str) -> AppTest:
    app = AppTest.from_function(start, default_timeout=60)
    for key, value in params.items():
        app.query_params[key] = value
    return app.run()


def _stage(store, stage: str):  # noqa: ANN001, ANN202
    """An assessment (TIP only) left at a stage: created, files, pre-assessed, decided (all of them)."""
    from assessor import legislation_from_text, pre_assess

    assessment = store.create(new_assessment("Arcadia", "Bill", instruments=["TIP"], created_by="ana"))
    if stage == "created":
        return assessment
    data = ACT.encode()
    files = [LawFile("act.txt", store.put_file("act.txt", data), len(data))]
    assessment = store.set_files(assessment.id, files, by="ana")
    if stage == "files":
        return assessment
    pre = pre_assess(legislation_from_text(ACT, "act.txt", "en"), load_catalog(), ["TIP"])
    assessment = store.save_pre_assessment(assessment.id, pre, files, by="machine")[0]
    if stage == "pre-assessed":
        return assessment
    for requirement in assessment.in_scope(load_catalog()).requirements:
        finding = assessment.finding(requirement.id)
        store.decide(assessment.id, requirement.id, Decision(RequirementStatus.MET, "ok", by="ana"),
                     expected_version=finding.version, by="ana")
    return store.get(assessment.id)


@pytest.mark.parametrize(("stage", "states", "details"), [
    # Nothing open: the first step is next, the rest to do.
    (None, ["next", "to_do", "to_do", "to_do", "to_do"], ["No assessment is open"]),
    # Just created: add the legislation next; deciding on paper is possible.
    ("created", ["done", "next", "to_do", "to_do", "to_do"], ["Arcadia - Bill, created", "on paper"]),
    # Files kept, not pre-assessed: the pre-assessment is next.
    ("files", ["done", "done", "next", "to_do", "to_do"], ["1 file: act.txt", "Not run yet"]),
    # Pre-assessed: review is next, with how many are decided.
    ("pre-assessed", ["done", "done", "done", "next", "to_do"], ["Proposals made:", "0 of"]),
    # Every requirement decided: export is next.
    ("decided", ["done", "done", "done", "done", "next"], ["the reports are final"]),
])
def test_steps(database, stage: str | None, states: list[str], details: list[str]) -> None:  # noqa: ANN001
    from assessor.store import Store
    from assessor.ui.start_page import steps

    assessment = _stage(Store(database), stage) if stage else None
    shown = steps(assessment, load_catalog())
    assert [s.state for s in shown] == states
    assert [s.page for s in shown] == ["assessments", "legislation", "preassessment", "review", "export"]
    text = " ".join(s.detail for s in shown)
    assert all(d in text for d in details), text


def test_start_page_with_nothing_recorded(database) -> None:  # noqa: ANN001
    # An empty record: the steps and an empty state that says where to begin.
    app = _page()
    assert not app.exception
    assert app.title[0].value == "Start"
    assert any("No assessment yet" in i.value for i in app.info)


def test_start_page_shows_the_open_assessment_with_badges(database) -> None:  # noqa: ANN001
    # The open assessment's steps carry text badges (word + shape), never internal codes.
    from assessor.store import Store

    assessment = _stage(Store(database), "pre-assessed")
    app = _page(assessment=assessment.id)
    assert not app.exception
    text = " ".join(m.value for m in app.markdown)
    assert text.count(":green-badge[✓ Done]") >= 3 and ":blue-badge[→ Next]" in text
    assert "not_met" not in text and "partially_met" not in text
    assert any(s.value == "Where you are" for s in app.subheader)
    # In the recent list, the open one is marked as such, not offered again.
    assert "Arcadia \\- Bill** :blue-badge[● Open now]" in text
    assert f"open-{assessment.id}" not in [b.key for b in app.button]


def test_recent_assessment_opens_with_one_click(database) -> None:  # noqa: ANN001
    # Clicking a recent assessment opens it (its id goes into the URL) and the steps follow it.
    from assessor.store import Store

    store = Store(database)
    first = _stage(store, "created")
    second = store.create(new_assessment("Borduria", "Penal Code"))
    app = _page()
    labels = [b.label for b in app.button]
    assert labels[0] == "Open Borduria \\- Penal Code"  # most recently changed first, escaped as plain text
    app.button(key=f"open-{first.id}").click().run()
    assert not app.exception
    assert app.query_params["assessment"] in (first.id, [first.id])
    assert any("Arcadia \\- Bill" in m.value for m in app.markdown)
    assert f"open-{second.id}" in [b.key for b in app.button]


def test_recent_list_is_capped_with_a_link_to_all(database) -> None:  # noqa: ANN001
    # More assessments than the list holds: the most recent RECENT, and a way to the rest.
    from assessor.store import Store
    from assessor.ui.start_page import RECENT

    store = Store(database)
    for number in range(RECENT + 2):
        store.create(new_assessment(f"State {number}", "Act"))
    app = _page()
    assert not app.exception
    assert len([b for b in app.button if b.label.startswith("Open ")]) == RECENT
    assert any(f"All {RECENT + 2} assessments" in m.value for m in app.markdown)


def test_title_with_markup_is_shown_as_text(database) -> None:  # noqa: ANN001
    # A title holding HTML and Markdown is escaped on the Start page too.
    from assessor.store import Store

    assessment = Store(database).create(new_assessment("<b>X</b>", "**Bill** [x](javascript:y)"))
    app = _page(assessment=assessment.id)
    assert not app.exception and not app.get("html")
    assert not any("<b>" in m.value or "](javascript" in m.value for m in app.markdown)


@pytest.mark.parametrize(("zone", "shown"), [
    ("Asia/Tokyo", "4 Dec 2026, 22:37"),  # the browser's zone, by name
    ("Not/AZone", None),  # an unknown zone name: this machine's zone, never an error
])
def test_times_in_the_readers_zone(monkeypatch, zone: str, shown: str | None) -> None:  # noqa: ANN001
    import streamlit as st

    from assessor.labels import local_time
    from assessor.ui import common

    monkeypatch.setattr(type(st.context), "timezone", property(lambda _: zone))
    expected = shown or local_time("2026-12-04T13:37:00+00:00")
    assert common.when("2026-12-04T13:37:00+00:00") == expected


def test_unknown_assessment_in_the_url_still_lists_the_recent_ones(database) -> None:  # noqa: ANN001
    # A bookmark to a deleted assessment: one error line, and the others can still be opened.
    from assessor.store import Store

    kept = Store(database).create(new_assessment("Borduria", "Penal Code"))
    app = _page(assessment="deleted-id")
    assert not app.exception
    assert len(app.error) == 1 and "deleted-id" in app.error[0].value
    assert f"open-{kept.id}" in [b.key for b in app.button]
