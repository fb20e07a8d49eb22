"""The Review page (AppTest): conflicts resolved by a person, deciding from the start, the progress line,
the place kept, a name asked for, labels and badges instead of codes, times in the reader's zone.

Each tab is its own AppTest (its own session) on one SQLite file, as two browser tabs on one server.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from assessor import legislation_from_text, load_catalog, pre_assess
from assessor.assessment import Assessment, new_assessment
from assessor.preassessment import RequirementStatus
from assessor.store import Store
from assessor.ui.common import badge

SAVE = "FormSubmitter:decide-{}-Save decision"
# An invented offence: recruiting by force for exploitation, with a penalty.
ACT = ("Section 3 Trafficking in persons\n(1) A person who recruits or harbours another person by force for the "
       "purpose of exploitation commits an offence and is liable to imprisonment for ten years.")
TIP_IN_SCOPE = len(load_catalog().for_instruments(["TIP"]).requirements)


def review() -> None:
    from assessor.ui import review_page

    review_page.render()


@pytest.fixture
def database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "app.sqlite3"
    monkeypatch.setenv("ASSESSOR_DATABASE", str(path))
    return path


def created(database: Path) -> Assessment:
    """A TIP assessment just created: no law file, no pre-assessment."""
    return Store(database).create(new_assessment("Arcadia", "Bill", instruments=["TIP"]), by="ana")


def assessed(database: Path) -> Assessment:
    """A TIP assessment with the machine's proposal for ACT saved."""
    store = Store(database)
    a = created(database)
    pre = pre_assess(legislation_from_text(ACT, "act.txt", "en"), load_catalog(), ["TIP"])
    return store.save_pre_assessment(a.id, pre, [], by="machine")[0]


def tab(assessment_id: str, requirement: str | None = "TIP-5-1", by: str | None = "ana") -> AppTest:
    app = AppTest.from_function(review, default_timeout=60)
    app.query_params["assessment"] = assessment_id
    if requirement:
        app.query_params["requirement"] = requirement
    if by:
        app.query_params["by"] = by
    return app.run()


def fill(app: AppTest, status: str, rationale: str, provisions: str, **others: str) -> None:
    """Type a decision into the form (not submitted)."""
    app.radio(key=next(r.key for r in app.radio if r.label == "Decision")).set_value(status)
    fields = {"Rationale": rationale, "Provisions cited (comma-separated)": provisions,
              "Examples of implementation": others.get("examples", ""), "Challenges": others.get("challenges", "")}
    for widget in [*app.text_area, *app.text_input]:
        if widget.label in fields:
            widget.set_value(fields[widget.label])


def form(app: AppTest) -> tuple[str, str, str]:
    """What the form shows: (status, rationale, provisions)."""
    status = next(r for r in app.radio if r.label == "Decision").value
    areas = {w.label: w.value for w in [*app.text_area, *app.text_input]}
    return str(status), areas["Rationale"], areas["Provisions cited (comma-separated)"]


def save(app: AppTest, requirement: str = "TIP-5-1") -> AppTest:
    return app.button(key=SAVE.format(requirement)).click().run()


def record(database: Path, assessment_id: str, requirement: str = "TIP-5-1") -> tuple[str, str, tuple, str]:
    decision = Store(database).get(assessment_id).finding(requirement).decision
    return decision.status.value, decision.rationale, decision.provisions, decision.by


def shown(app: AppTest) -> str:
    return "\n".join(m.value for m in app.markdown)


# --------------------------------------------------------------------------- conflicts

def two_tabs_refused(database: Path) -> tuple[Assessment, AppTest]:
    """The issue's sequence: two tabs open TIP-5-1, Ana saves, Ben saves -> refused, Ben clicks Save again."""
    a = assessed(database)
    ana, ben = tab(a.id, by="ana"), tab(a.id, by="ben")
    fill(ana, "not_met", "penalty too low", "s. 3(1)", challenges="few courts")
    assert any("Saved" in s.value for s in save(ana).success)
    fill(ben, "met", "penalty of ten years suffices", "s. 3(1), s. 9", examples="two convictions")
    save(ben)
    assert any("not saved" in e.value for e in ben.error)
    save(ben)  # the second click that used to store a mixed record
    assert not ben.exception and any("not saved" in e.value for e in ben.error)
    return a, ben


def test_a_refused_save_keeps_the_draft_and_a_second_save_stores_nothing_mixed(database: Path) -> None:
    a, ben = two_tabs_refused(database)
    # The record is Ana's, whole: her status with her rationale, credited to her.
    assert record(database, a.id) == ("not_met", "penalty too low", ("s. 3(1)",), "ana")
    # Ben's form is his draft exactly as typed, every field.
    assert form(ben) == ("met", "penalty of ten years suffices", "s. 3(1), s. 9")
    # Side by side: Ana's saved decision (who, all fields) and Ben's draft.
    text = shown(ben)
    assert "Saved by ana" in text and "penalty too low" in text and "few courts" in text
    assert "Your draft" in text and "penalty of ten years suffices" in text and "two convictions" in text
    assert {b.label for b in ben.button} >= {"Keep mine", "Take theirs"}


def test_the_choice_waits_through_a_walk_to_another_requirement(database: Path) -> None:
    # Ben walks to TIP-6-6 and back before choosing: the panel and his draft are still there, still refused.
    a, ben = two_tabs_refused(database)
    picker = next(s for s in ben.selectbox if s.label == "Requirement")
    picker.set_value("TIP-6-6").run()
    assert not any(b.label == "Keep mine" for b in ben.button)
    next(s for s in ben.selectbox if s.label == "Requirement").set_value("TIP-5-1").run()
    assert form(ben) == ("met", "penalty of ten years suffices", "s. 3(1), s. 9")
    assert any(b.label == "Keep mine" for b in ben.button)
    save(ben)
    assert any("not saved" in e.value for e in ben.error)
    assert record(database, a.id) == ("not_met", "penalty too low", ("s. 3(1)",), "ana")


@pytest.mark.parametrize(
    ("choice", "expected_record", "expected_form", "decisions"),
    [
        # Keep mine: Ben's whole draft is saved over Ana's, and the history holds both.
        ("Keep mine", ("met", "penalty of ten years suffices", ("s. 3(1)", "s. 9"), "ben"),
         ("met", "penalty of ten years suffices", "s. 3(1), s. 9"), 2),
        # Take theirs: Ana's decision stays, Ben's form now shows it, nothing is written.
        ("Take theirs", ("not_met", "penalty too low", ("s. 3(1)",), "ana"),
         ("not_met", "penalty too low", "s. 3(1)"), 1),
    ],
)
def test_the_person_chooses(database: Path, choice: str, expected_record: tuple, expected_form: tuple,
                            decisions: int) -> None:
    a, ben = two_tabs_refused(database)
    next(b for b in ben.button if b.label == choice).click().run()
    assert not ben.exception and not ben.error
    assert record(database, a.id) == expected_record
    assert form(ben) == expected_form
    assert not any(b.label == "Keep mine" for b in ben.button)  # the panel is gone
    history = [h for h in Store(database).history(a.id, "TIP-5-1") if h.field == "decision"]
    assert len(history) == decisions
    if choice == "Keep mine":
        # Recorded as a conscious overwrite of the version Ben was shown, Ana's decision kept as the old value.
        assert history[0].source == "app: overwrite of version 1" and history[0].old["rationale"] == "penalty too low"
        assert history[0].new["examples"] == "two convictions" and history[0].new["challenges"] == ""
        assert any("kept over version 1" in m.value for m in ben.markdown)
    # A further save from Ben's tab is based on what it now shows: accepted.
    fill(ben, "partially_met", "agreed with Ana in part", "s. 3(1)")
    assert any("Saved" in s.value for s in save(ben).success)


def test_keep_mine_after_a_third_save_is_refused_again(database: Path) -> None:
    # Ben sees Ana's version 1; Cleo saves version 2 meanwhile: Keep mine is refused, the panel shows Cleo's.
    a, ben = two_tabs_refused(database)
    cleo = tab(a.id, by="cleo")
    fill(cleo, "not_applicable", "no such offence needed", "")
    save(cleo)
    next(b for b in ben.button if b.label == "Keep mine").click().run()
    assert any("changed again" in e.value for e in ben.error)
    assert record(database, a.id)[3] == "cleo" and "Saved by cleo" in shown(ben)
    next(b for b in ben.button if b.label == "Keep mine").click().run()
    assert record(database, a.id) == ("met", "penalty of ten years suffices", ("s. 3(1)", "s. 9"), "ben")


def test_a_form_drawn_before_another_save_says_so(database: Path) -> None:
    # Ben's page reruns (a filter) after Ana saved: a warning says the finding changed since he opened it.
    a = assessed(database)
    ana, ben = tab(a.id, by="ana"), tab(a.id, by="ben")
    fill(ana, "not_met", "penalty too low", "")
    save(ana)
    ben.toggle(key="review_inferred_first").set_value(False).run()
    assert any("Changed by ana" in w.value for w in ben.warning)


# --------------------------------------------------------------------------- deciding from the start

def test_deciding_before_any_pre_assessment_then_the_machine_adds_its_proposal(database: Path) -> None:
    a = created(database)
    app = tab(a.id, requirement="TIP-5-1")
    assert "no pre-assessment has run" in shown(app)
    fill(app, "not_met", "read on paper: no penalty", "s. 7")
    save(app)
    assert not app.exception and any("Saved" in s.value for s in app.success)
    assert record(database, a.id) == ("not_met", "read on paper: no penalty", ("s. 7",), "ana")
    assert f"1 of {TIP_IN_SCOPE} decided" in app.markdown[0].value
    # A later pre-assessment: the machine's proposal beside the decision, which is kept.
    store = Store(database)
    pre = pre_assess(legislation_from_text(ACT, "act.txt", "en"), load_catalog(), ["TIP"])
    finding = store.save_pre_assessment(a.id, pre, [], by="machine")[0].finding("TIP-5-1")
    assert finding.machine_status is RequirementStatus.MET and finding.decision.rationale == "read on paper: no penalty"


# --------------------------------------------------------------------------- the page around the form

@pytest.mark.parametrize(
    ("make", "total"),
    [
        # After a pre-assessment.
        (assessed, TIP_IN_SCOPE),
        # Before any: every requirement in scope counts.
        (created, TIP_IN_SCOPE),
    ],
)
def test_the_progress_line_counts_the_save_just_made(database: Path, make, total: int) -> None:  # noqa: ANN001
    app = tab(make(database).id)
    assert f"0 of {total} decided" in app.markdown[0].value
    fill(app, "met", "fine", "")
    save(app)
    assert f"1 of {total} decided" in app.markdown[0].value


def test_no_name_asks_for_one_first(database: Path) -> None:
    a = assessed(database)
    app = tab(a.id, by=None)
    fill(app, "not_met", "penalty too low", "")
    save(app)
    # Nothing saved, nobody made up; the draft is still there.
    assert any("Enter your name first" in w.value for w in app.warning)
    assert Store(database).get(a.id).finding("TIP-5-1").decision is None
    assert form(app)[1] == "penalty too low"
    # Given in the form, the name is recorded and kept for the next decisions.
    next(t for t in app.text_input if t.label.startswith("Your name")).set_value("Dana")
    save(app)
    assert record(database, a.id)[3] == "Dana" and app.query_params["by"] in ("Dana", ["Dana"])
    assert not any(t.label.startswith("Your name") for t in app.text_input)


def test_coming_back_returns_to_the_requirement_left(database: Path) -> None:
    a = assessed(database)
    app = tab(a.id, requirement="TIP-6-6")
    # The sidebar drops `&requirement=` when the person goes to another page and back.
    del app.query_params["requirement"]
    app.run()
    assert any("art. 6(6)" in h.value for h in app.subheader)


def test_labels_not_codes(database: Path) -> None:
    # TIP-10-1 is mandatory_qualified: the page says it in words, and the statuses are labels too.
    a = assessed(database)
    app = tab(a.id, requirement="TIP-10-1")
    level = load_catalog().requirement("TIP-10-1").obligation
    from assessor.labels import LEVEL_LABELS

    text = shown(app)
    assert LEVEL_LABELS[level] in text and level.value not in text.replace("\\_", "_")
    options = next(r for r in app.radio if r.label == "Decision").options
    assert options == ["Met", "Partially met", "Not met", "Not applicable", "Not assessed"]


def test_found_and_missing_are_words_in_badges(database: Path) -> None:
    # TIP-3-a: some acts found (recruits, harbours), others missing, each with its badge word.
    a = assessed(database)
    text = shown(tab(a.id, requirement="TIP-3-a"))
    assert badge("found") in text and badge("missing") in text
    assert "✅" not in text and "⬜" not in text


def test_history_times_in_the_readers_zone(database: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from zoneinfo import ZoneInfo

    from assessor.ui import review_page

    monkeypatch.setattr(review_page, "_zone", lambda: ZoneInfo("Pacific/Kiritimati"))  # UTC+14: the date moves
    a = assessed(database)
    saved = Store(database).decide(a.id, "TIP-5-1", _decision(), expected_version=0, by="ana")
    app = tab(a.id)
    from assessor.labels import local_time

    local = local_time(saved.decision.at, ZoneInfo("Pacific/Kiritimati"))
    assert any(local in c.value for c in app.caption)
    assert not any(saved.decision.at in m.value for m in [*app.caption, *app.markdown])


def _decision():  # noqa: ANN202
    from assessor.assessment import Decision

    return Decision(RequirementStatus.MET, "fine")
