"""AppTest over the Dashboard, Compare, Export and Checklists-upload pages, and the app's URL keeping.

Each page runs as a function with the assessment's id in the URL, against a database of its own.
"""

from __future__ import annotations

import io
import tempfile
from collections.abc import Callable

import pytest
from openpyxl import load_workbook
from streamlit.testing.v1 import AppTest

from conftest import ROOT

BORDURIA = ROOT / "legislation_samples" / "borduria-penal-code-chapter-xii.pdf"
ARCADIA = ROOT / "legislation_samples" / "arcadia-anti-trafficking-act-2024.docx"


@pytest.fixture
def database(tmp_path, monkeypatch):  # noqa: ANN001, ANN201 - pytest fixture
    path = tmp_path / "app.sqlite3"
    monkeypatch.setenv("ASSESSOR_DATABASE", str(path))
    return path


def _assessed(database, sample, title: str = "Penal Code"):  # noqa: ANN001, ANN202
    """An assessment with the sample kept as its law file and its pre-assessment saved, as the app leaves it."""
    from assessor import load_catalog, pre_assess
    from assessor.assessment import LawFile, new_assessment
    from assessor.legislation.reader import read_legislation
    from assessor.store import Store

    store = Store(database)
    assessment = store.create(new_assessment(sample.stem.split("-")[0].title(), title))
    data = sample.read_bytes()
    files = [LawFile(sample.name, store.put_file(sample.name, data), len(data))]
    store.set_files(assessment.id, files, by="ana")
    pre = pre_assess(read_legislation([sample]), load_catalog(), assessment.instruments)
    return store, store.save_pre_assessment(assessment.id, pre, files, by="machine")[0]


def _page(render: Callable[[], None], **params: str) -> AppTest:
    app = AppTest.from_function(render, default_timeout=120)
    for key, value in params.items():
        app.query_params[key] = value
    return app.run()


def dashboard() -> None:
    from assessor.ui import dashboard_page

    dashboard_page.render()


def compare() -> None:
    from assessor.ui import compare_page

    compare_page.render()


def export() -> None:
    from assessor.ui import export_page

    export_page.render()


def review() -> None:
    from assessor.ui import review_page

    review_page.render()


# --------------------------------------------------------------------------- empty states

@pytest.mark.parametrize(
    ("render", "expected"),
    [
        (dashboard, "Open an assessment first"),  # no assessment in the URL
        (export, "Open an assessment first"),  # same on the Export page
        (compare, "Comparing needs two assessments"),  # an empty database
    ],
)
def test_empty_states(database, render, expected: str) -> None:  # noqa: ANN001
    app = _page(render)
    assert not app.exception
    assert any(expected in i.value for i in app.info)


def test_unknown_assessment_is_a_clear_message(database) -> None:  # noqa: ANN001
    # A stale or mistyped id in the URL gives the store's message, not a traceback.
    app = _page(dashboard, assessment="no-such-id")
    assert not app.exception
    assert app.error and "no-such-id" in app.error[0].value


# --------------------------------------------------------------------------- dashboard

def test_dashboard_scores_gaps_and_red_flags(database) -> None:  # noqa: ANN001
    store, assessment = _assessed(database, BORDURIA)
    app = _page(dashboard, assessment=assessment.id)
    assert not app.exception
    metrics = {m.label: m.value for m in app.metric}
    assert metrics["Gaps"] != "0" and "of" in metrics["Assessed (machine or assessor)"]
    pillars = app.dataframe[0].value
    assert list(pillars["pillar"])[:3] == ["Prosecution", "Protection", "Prevention"]
    gaps = app.dataframe[3].value
    # Mandatory gaps come first.
    assert gaps["obligation"].iloc[0] == "Mandatory" and list(gaps["#"]) == sorted(gaps["#"])  # a label, not a code
    assert any("transnationality" in w.value for w in app.warning)  # Borduria requires transnationality
    assert app.get("arrow_vega_lite_chart") or app.get("vega_lite_chart")  # the pillar chart


def test_dashboard_before_any_pre_assessment(database) -> None:  # noqa: ANN001
    from assessor.assessment import new_assessment
    from assessor.store import Store

    assessment = Store(database).create(new_assessment("Arcadia", "Bill"))
    app = _page(dashboard, assessment=assessment.id)
    assert not app.exception
    assert any("Nothing is scored yet" in i.value for i in app.info)


# --------------------------------------------------------------------------- compare

def test_compare_two_drafts_shows_closed_gaps(database) -> None:  # noqa: ANN001
    from assessor.assessment import Decision
    from assessor.preassessment import RequirementStatus

    store, before = _assessed(database, BORDURIA, "v1")
    after = store.duplicate(before.id, "v2", by="ana")
    gap = next(f for f in after.findings.values() if f.status is RequirementStatus.NOT_MET)
    store.decide(after.id, gap.requirement_id, Decision(RequirementStatus.MET, "amended in v2"),
                 expected_version=gap.version, by="ana")
    app = _page(compare, a=before.id, b=after.id)
    assert not app.exception
    metrics = {m.label: m.value for m in app.metric}
    assert metrics["Gaps closed"] == "1" and metrics["Gaps opened"] == "0"
    closed = app.dataframe[1].value
    assert list(closed["requirement"]) == [gap.requirement_id]
    deltas = app.dataframe[0].value
    assert (deltas["change (points)"].fillna(0) >= 0).all()


def test_compare_same_assessment_twice(database) -> None:  # noqa: ANN001
    store, first = _assessed(database, BORDURIA)
    store.duplicate(first.id, "copy", by="ana")
    app = _page(compare, a=first.id, b=first.id)
    assert any("two different" in i.value for i in app.info)


def test_compare_page_offers_the_matrix_of_many(database) -> None:  # noqa: ANN001
    # Two or more assessments chosen: a requirements-by-assessments workbook is offered.
    store, first = _assessed(database, BORDURIA)
    second = store.duplicate(first.id, "copy", by="ana")
    app = _page(compare, a=first.id, b=second.id)
    before = len(app.get("download_button"))
    app.multiselect(key="matrix_ids").set_value([first.id, second.id]).run()
    assert not app.exception
    assert len(app.get("download_button")) == before + 1


def test_compare_matrix_choice_is_kept_in_the_url(database) -> None:  # noqa: ANN001
    # The many-countries choice is written to the URL (?many=) and read back from it on a fresh load; the
    # matrix is offered as bytes (never a deferred build a rerun could revoke).
    store, first = _assessed(database, BORDURIA)
    second = store.duplicate(first.id, "copy", by="ana")
    app = _page(compare, a=first.id, b=second.id)
    app.multiselect(key="matrix_ids").set_value([first.id, second.id]).run()
    assert app.query_params["many"] == f"{first.id},{second.id}"
    fresh = _page(compare, a=first.id, b=second.id, many=f"{second.id},{first.id},unknown")
    assert fresh.multiselect(key="matrix_ids").value == [second.id, first.id]
    matrix = [b for b in fresh.get("download_button") if "matrix" in b.proto.label]
    assert matrix and matrix[0].proto.url  # (a deferred button carries no url until clicked)


def test_comparison_workbook_builds(database) -> None:  # noqa: ANN001
    from assessor.catalog import load_catalog
    from assessor.reports.comparison_xlsx import write_comparison

    store, before = _assessed(database, BORDURIA, "v1")
    after = store.duplicate(before.id, "v2", by="ana")
    workbook = load_workbook(io.BytesIO(write_comparison(before, after, load_catalog())))
    assert workbook.sheetnames


# --------------------------------------------------------------------------- export

def test_export_builders_make_every_format(database) -> None:  # noqa: ANN001
    # Each download is built from what SQLite holds when pressed; the files open.
    import json

    from docx import Document

    from assessor.catalog import load_catalog
    from assessor.ui.export_page import builders

    store, assessment = _assessed(database, ARCADIA, "Act 2024")
    made = {ext: build() for ext, (_, _, build) in builders(assessment.id, load_catalog()).items()}
    assert "Findings" in load_workbook(io.BytesIO(made["xlsx"])).sheetnames
    assert Document(io.BytesIO(made["docx"])).paragraphs
    assert made["md"].startswith(b"#")
    assert json.loads(made["json"])


def test_export_page_offers_four_downloads(database) -> None:  # noqa: ANN001
    _, assessment = _assessed(database, ARCADIA, "Act 2024")
    app = _page(export, assessment=assessment.id)
    assert not app.exception
    assert len(app.get("download_button")) == 4


def test_reimport_preview_then_apply(database) -> None:  # noqa: ANN001
    # An edited workbook: a preview of the change first, saved only on Apply, recorded as from the file.
    from assessor.catalog import load_catalog
    from assessor.reports.xlsx_report import write_workbook

    store, assessment = _assessed(database, ARCADIA, "Act 2024")
    workbook = load_workbook(io.BytesIO(write_workbook(assessment, load_catalog())))
    sheet = workbook["Findings"]
    headers = [c.value for c in sheet[1]]
    row = 2
    sheet.cell(row, headers.index("Assessor status") + 1, "met")
    sheet.cell(row, headers.index("Rationale") + 1, "checked by the team offline")
    requirement_id = sheet.cell(row, headers.index("Requirement id") + 1).value
    buffer = io.BytesIO()
    workbook.save(buffer)
    app = _page(export, assessment=assessment.id)
    app.file_uploader(key="reimport").set_value([("edited.xlsx", buffer.getvalue(), "application/vnd.ms-excel")])
    app.run()
    assert not app.exception, app.exception
    preview = app.dataframe[0].value
    assert "checked by the team offline" in list(preview["workbook"])
    assert store.get(assessment.id).finding(requirement_id).decision is None  # nothing saved yet
    # No name given: Apply waits for one (decisions are never recorded under a default name).
    assert next(b for b in app.button if b.label.startswith("Apply")).disabled
    assert any("Enter your name" in w.value for w in app.warning)
    app.session_state["user_name"] = "ana"
    app.run()
    next(b for b in app.button if b.label.startswith("Apply")).click().run()
    assert any("Saved 1 decision" in s.value for s in app.success)
    assert store.history(assessment.id)[0].by == "ana"
    assert store.get(assessment.id).finding(requirement_id).decision.rationale == "checked by the team offline"
    assert store.history(assessment.id)[0].source == "import: edited.xlsx"


def test_reimport_of_a_bad_file_is_a_clear_message(database) -> None:  # noqa: ANN001
    _, assessment = _assessed(database, ARCADIA, "Act 2024")
    app = _page(export, assessment=assessment.id)
    app.file_uploader(key="reimport").set_value([("notes.xlsx", b"not a workbook", "application/vnd.ms-excel")])
    app.run()
    assert not app.exception
    assert "not an .xlsx workbook" in app.error[0].value


# --------------------------------------------------------------------------- review: red flags

def walk(app: AppTest) -> list[str]:
    """The options of the Review page's requirement picker: the walk after the filters."""
    return list(next(s for s in app.selectbox if s.label == "Requirement").options)


def test_review_article_filter(database) -> None:  # noqa: ANN001
    # Choosing an article walks only its requirements.
    _, assessment = _assessed(database, BORDURIA)
    app = _page(review, assessment=assessment.id)
    app.multiselect(key="review_articles").set_value(["TIP art. 6"]).run()
    assert not app.exception
    options = walk(app)
    assert options and all(o.startswith("TIP-6-") for o in options)


def test_review_red_flag_filter_and_warning(database) -> None:  # noqa: ANN001
    _, assessment = _assessed(database, BORDURIA)
    app = _page(review, assessment=assessment.id)
    app.multiselect(key="review_show").set_value(["red flag raised"]).run()
    assert not app.exception
    assert app.warning and any("Red flag" in w.value for w in app.warning)  # a text badge, not an emoji


# --------------------------------------------------------------------------- checklists upload

@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        # not YAML at all: the parser's message with a line
        ("mine.yaml", b"requirements: [unclosed", "mine.yaml"),
        # valid YAML, wrong shape: the schema's message
        ("mine.yaml", b"instrument: {}\n", "mine.yaml"),
        # too large: refused before parsing
        ("big.yaml", b"#" * (3 * 1024 * 1024), "too large"),
    ],
)
def test_own_checklist_problems_are_listed(name: str, data: bytes, expected: str) -> None:
    from assessor.ui.checklists_page import check_uploaded

    catalog, problems = check_uploaded(name, data)
    assert catalog is None and problems
    assert any(expected in p for p in problems)
    assert not any(tempfile.gettempdir() in p for p in problems)  # the temporary path never shows


def checklists() -> None:
    from assessor.ui import checklists_page

    checklists_page.render()


def test_own_checklist_upload_on_the_page() -> None:
    app = AppTest.from_function(checklists, default_timeout=60).run()  # a reference page, no longer the default
    app.file_uploader(key="own_checklist").set_value([("mine.yaml", b"- not a mapping\n", "text/yaml")]).run()
    assert not app.exception
    assert "not a valid checklist" in app.error[0].value


# --------------------------------------------------------------------------- the URL keeps the assessment

def test_app_puts_the_open_assessment_back_in_the_url(database) -> None:  # noqa: ANN001
    # After a sidebar page switch Streamlit drops query parameters; the app restores the open assessment's id.
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    app.session_state["open_assessment"] = "abc123"
    app.run()
    assert not app.exception
    assert app.query_params["assessment"] in ("abc123", ["abc123"])


# --------------------------------------------------------------------------- one flow, page after page

def assessments() -> None:
    from assessor.ui import assessments_page

    assessments_page.render()


def legislation() -> None:
    from assessor.ui import legislation_page

    legislation_page.render()


def preassessment() -> None:
    from assessor.ui import preassessment_page

    preassessment_page.render()


def test_flow_create_upload_preassess_decide_export(database) -> None:  # noqa: ANN001
    # Each step is a fresh session with only the URL: what carries the work from page to page is SQLite.
    from assessor.catalog import load_catalog
    from assessor.store import Store
    from assessor.ui.export_page import builders

    app = _page(assessments)
    app.text_input[0].set_value("Arcadia")
    app.text_input[1].set_value("Act 2024")
    app.button[0].click().run()
    assessment_id = app.query_params["assessment"]
    assessment_id = assessment_id[0] if isinstance(assessment_id, list) else assessment_id

    app = _page(legislation, assessment=assessment_id)
    app.file_uploader[0].set_value([(ARCADIA.name, ARCADIA.read_bytes(), "application/octet-stream")]).run()
    assert not app.exception and not app.error

    app = _page(preassessment, assessment=assessment_id)
    app.button[0].click().run()
    assert any("Proposed findings saved" in s.value for s in app.success)

    app = _page(review, assessment=assessment_id, requirement="TIP-6-6", by="ana")
    app.radio[0].set_value("partially_met")
    app.text_area[0].set_value("compensation only through a civil claim")
    app.button(key="FormSubmitter:decide-TIP-6-6-Save decision").click().run()
    assert not app.exception and any("Saved" in s.value for s in app.success)

    made = builders(assessment_id, load_catalog())["xlsx"][2]()
    findings = load_workbook(io.BytesIO(made))["Findings"]
    headers = [c.value for c in findings[1]]
    rows = {row[0]: row for row in findings.iter_rows(min_row=2, values_only=True)}
    assert rows["TIP-6-6"][headers.index("Rationale")] == "compensation only through a civil claim"
    assert rows["TIP-6-6"][headers.index("Status in force")] == "Partially met"  # the label, never the code
    latest = Store(database).history(assessment_id)[0]
    assert (latest.requirement_id, latest.by, latest.source) == ("TIP-6-6", "ana", "app")


def test_legislation_page_when_the_files_bytes_were_not_kept(database) -> None:  # noqa: ANN001
    # A record whose law files were recorded without their bytes: a message asking for them, no traceback.
    from assessor.assessment import LawFile, new_assessment
    from assessor.store import Store

    store = Store(database)
    assessment = store.create(new_assessment("Arcadia", "Old record"))
    store.set_files(assessment.id, [LawFile("act.docx", "0" * 64, 10)], by="ana")
    app = _page(legislation, assessment=assessment.id)
    assert not app.exception
    assert any("upload it again" in w.value for w in app.warning)


# --------------------------------------------------------------------------- honest uncertainty

# Invented laws of a fictional State: one numbered by sections, one memorandum without numbering.
NUMBERED_LAW = (b"Eldoria Trafficking in Persons Act\n\nSection 1. Offence\nA person who recruits or harbours another "
                b"person by threat for the purpose of exploitation commits an offence.\n\nSection 2. Penalty\nA person "
                b"convicted under section 1 is liable to imprisonment for ten years.\n")
UNNUMBERED_LAW = (b"Eldoria memorandum\n\nWhoever recruits or harbours another person by threat for the purpose of "
                  b"forced labour commits an offence.\n\nThe consent of the person concerned is irrelevant.\n")


def _kept(database, name: str, data: bytes, *, forget_reading: bool = False):  # noqa: ANN001, ANN202
    """An assessment with one invented file kept and pre-assessed; its reading dropped as in an older record."""
    import sqlite3

    from assessor import load_catalog, pre_assess
    from assessor.assessment import LawFile, new_assessment
    from assessor.legislation.model import Legislation
    from assessor.legislation.reader import read_bytes
    from assessor.store import Store

    store = Store(database)
    assessment = store.create(new_assessment("Eldoria", "Act"))
    source, provisions = read_bytes(data, name)
    files = [LawFile.from_source(source)]
    store.put_file(name, data)
    store.set_files(assessment.id, files, by="ana")
    pre = pre_assess(Legislation((source,), tuple(provisions)), load_catalog(), assessment.instruments)
    store.save_pre_assessment(assessment.id, pre, files, by="machine")
    if forget_reading:
        with sqlite3.connect(database) as conn:
            conn.execute("UPDATE law_files SET reading = NULL")
    return assessment


@pytest.mark.parametrize(
    ("page", "name", "data", "forget", "warned"),
    [
        # Legislation page, a memorandum without numbering: a warning box instead of a silent blob.
        ("legislation", "memo_*draft*.txt", UNNUMBERED_LAW, False, True),
        # Legislation page, a law numbered by sections: no warning.
        ("legislation", "act.txt", NUMBERED_LAW, False, False),
        # Pre-assessment page, the memorandum: the warning opens the summary, from the reading kept in the record.
        ("preassessment", "memo_*draft*.txt", UNNUMBERED_LAW, False, True),
        # Pre-assessment page, an older record without the reading: it is read again from the kept file.
        ("preassessment", "memo_*draft*.txt", UNNUMBERED_LAW, True, True),
        # Pre-assessment page, the numbered law: no warning.
        ("preassessment", "act.txt", NUMBERED_LAW, False, False),
    ],
)
def test_reading_warning_box(database, page: str, name: str, data: bytes, forget: bool, warned: bool) -> None:  # noqa: ANN001
    assessment = _kept(database, name, data, forget_reading=forget)
    app = _page(legislation if page == "legislation" else preassessment, assessment=assessment.id)
    assert not app.exception and not app.error
    notices = [w.value for w in app.warning if "was not recognised" in w.value]
    assert bool(notices) is warned
    if warned:
        # The sentences of the reports; the file name escaped, never Markdown.
        assert "The structure of memo\\_\\*draft\\*\\.txt was not recognised" in notices[0]
        assert "may be reading failures, not gaps" in notices[0]
        assert "no article or section numbering was recognised" in notices[0]


def test_preassessment_summary_counts_inferred(database) -> None:  # noqa: ANN001
    # The summary says how many proposals rest on inference, and has a column for it per section.
    from assessor.assessment import LawFile
    from assessor.store import Store

    assessment = _inferred_assessment(database)
    store = Store(database)
    store.set_files(assessment.id, [LawFile("act.txt", store.put_file("act.txt", NUMBERED_LAW))], by="ana")
    app = _page(preassessment, assessment=assessment.id)
    assert not app.exception
    assert any(c.value.startswith("1 of ") and "rest on inference" in c.value for c in app.caption)
    assert app.dataframe[0].value["inferred"].sum() == 1


def _inferred_assessment(database):  # noqa: ANN001, ANN202
    """An assessment whose proposals are set by hand: TIP-3-b express, SOM-6-2-b read by a functional rule."""
    from dataclasses import replace

    from assessor.assessment import ElementView, Finding, new_assessment
    from assessor.preassessment import ElementStatus, RequirementStatus
    from assessor.store import Store

    express = Finding("TIP-3-b", RequirementStatus.MET,
                      (ElementView("TIP-3-b", ElementStatus.FOUND, ("s. 2(2)",), "express", "consent is irrelevant",
                                   "consent"),), evidence_digest="a")
    inferred = Finding("SOM-6-2-b", RequirementStatus.MET,
                       (ElementView("SOM-6-2-b", ElementStatus.FOUND, ("s. 4",), "functional: the offence requires "
                                    "no purpose", "procures the entry of another person", "procures"),),
                       evidence_digest="b")
    assessment = replace(new_assessment("Eldoria", "Act"), findings={"TIP-3-b": express, "SOM-6-2-b": inferred})
    return Store(database).create(assessment)


@pytest.mark.parametrize(
    ("first", "expected"),
    [
        # Inferred first (the default): the requirement read by inference leads the walk, the rest in order.
        (True, ["SOM-6-2-b", "TIP-3-a", "TIP-3-b"]),
        # Toggled off: the checklist's order.
        (False, ["TIP-3-a", "TIP-3-b", "TIP-3-c"]),
    ],
)
def test_review_inferred_first(database, first: bool, expected: list[str]) -> None:  # noqa: ANN001
    assessment = _inferred_assessment(database)
    app = _page(review, assessment=assessment.id)
    assert app.toggle(key="review_inferred_first").value is True
    if not first:
        app.toggle(key="review_inferred_first").set_value(False).run()
    assert not app.exception
    assert [o.split(" · ")[0] for o in walk(app)[:3]] == expected
    # The option of an inferred proposal says so in words.
    option = next(o for o in walk(app) if o.startswith("SOM-6-2-b"))
    assert option.endswith(" · inferred")


@pytest.mark.parametrize(
    ("requirement", "badged"),
    [
        # An inferred proposal: a text badge and the rule's reasoning beside the evidence.
        ("SOM-6-2-b", True),
        # An express proposal: no badge.
        ("TIP-3-b", False),
    ],
)
def test_review_inferred_badge(database, requirement: str, badged: bool) -> None:  # noqa: ANN001
    from assessor.ui.common import badge

    assessment = _inferred_assessment(database)
    app = _page(review, assessment=assessment.id, requirement=requirement)
    assert not app.exception
    text = "\n".join(m.value for m in app.markdown)
    assert (badge("inferred") in text) is badged
    assert ("functional\\: the offence requires no purpose" in text) is badged


def _box_partial() -> None:
    from assessor.legislation.model import Reading
    from assessor.ui.common import reading_warning

    reading_warning([("act.txt", Reading(0.8, 10, ("numbering not recognised after line 120",)))])


def _box_failed() -> None:
    from assessor.legislation.model import Reading
    from assessor.ui.common import reading_warning

    reading_warning([("act.txt", Reading(0.8, 10, ())), ("annex.txt", Reading(0.3, 2, ("only 30% placed",)))])


def _box_clean() -> None:
    from assessor.legislation.model import Reading
    from assessor.ui.common import reading_warning

    reading_warning([("act.txt", Reading(0.9, 10, ())), ("old.txt", None)])


@pytest.mark.parametrize(
    ("render", "warnings", "infos", "words"),
    [
        # Read with a warning but most text placed: an information box with the warning, no alarm.
        (_box_partial, 0, 1, "act\\.txt\\: numbering not recognised after line 120"),
        # One file of two under half placed: a warning box naming that file only, with its warning.
        (_box_failed, 1, 0, "The structure of annex\\.txt was not recognised\\: 30% of its text"),
        # Read well (and a file whose reading is not known): nothing shown.
        (_box_clean, 0, 0, ""),
    ],
)
def test_reading_boxes(render: Callable[[], None], warnings: int, infos: int, words: str) -> None:
    app = AppTest.from_function(render, default_timeout=60).run()
    assert not app.exception
    assert (len(app.warning), len(app.info)) == (warnings, infos)
    shown = [box.value for box in [*app.warning, *app.info]]
    assert all(words in value for value in shown) and (not words or shown)
    # Escaped text, as the page shows it; a file read well is never named in a notice.
    assert not any("act\\.txt was not recognised" in value for value in shown)


@pytest.mark.parametrize(
    ("data", "offence"),
    [
        # A law with its offence: after a run, the page lists the offence read, with its acts.
        (NUMBERED_LAW, True),
        # A memorandum with no offence the machine recognises: the page says so instead of a silent table.
        (b"Eldoria memorandum\n\nThe committee meets on Mondays.\n", False),
    ],
)
def test_preassessment_run_shows_the_offences_read(database, data: bytes, offence: bool) -> None:  # noqa: ANN001
    assessment = _kept(database, "act.txt", data)
    app = _page(preassessment, assessment=assessment.id)
    next(b for b in app.button if b.label == "Run the pre-assessment").click().run()
    assert not app.exception
    assert "Offences read" in [h.value for h in app.subheader]
    warnings = [w.value for w in app.warning]
    assert any("No trafficking or smuggling offence was recognised" in w for w in warnings) is not offence
    if offence:
        table = app.dataframe[0].value
        assert list(table["provision"]) == ["s. 1"] and "recruitment" in table["acts"][0]


def test_assessments_list_scores_follow_a_decision(database) -> None:  # noqa: ANN001
    # The list's pillar scores are kept between reruns (by last change); a decision changes them on the next run.
    from assessor.assessment import Decision, Finding, new_assessment
    from assessor.preassessment import RequirementStatus
    from assessor.store import Store

    with Store(database) as s:
        a = s.create(new_assessment("Arcadia", "Act", instruments=["TIP"]), by="ana")
        s.decide(a.id, "TIP-5-1", Decision(RequirementStatus.NOT_MET, "no offence"), expected_version=0, by="ana")
    app = _page(assessments)
    before = app.dataframe[0].value.set_index("id").loc[a.id, "Prosecution"]
    with Store(database) as s:
        version = s.get(a.id).findings.get("TIP-5-1", Finding("TIP-5-1")).version
        s.decide(a.id, "TIP-5-1", Decision(RequirementStatus.MET, "offence"), expected_version=version, by="ana")
    after = app.run().dataframe[0].value.set_index("id").loc[a.id, "Prosecution"]
    assert (before, after) == ("0%", "100%")


def test_pages_reread_an_assessment_changed_twice_in_one_second(database, monkeypatch) -> None:  # noqa: ANN001
    # `recorded` (Dashboard, Compare) keeps each assessment until it changes: two changes stamped with the same
    # second (updated_at) are still two changes, told apart by the last history entry.
    from assessor import store as store_module
    from assessor.assessment import Decision, new_assessment
    from assessor.preassessment import RequirementStatus
    from assessor.ui import common

    monkeypatch.setattr(store_module, "now", lambda: "2026-12-04T10:00:00+00:00")
    the_store = common.store()
    a = the_store.create(new_assessment("Arcadia", "Act", instruments=["TIP"]), by="ana")
    the_store.decide(a.id, "TIP-5-1", Decision(RequirementStatus.NOT_MET, "r"), expected_version=0, by="ana")
    (before,) = common.recorded(the_store.list())
    the_store.decide(a.id, "TIP-5-1", Decision(RequirementStatus.MET, "r"), expected_version=1, by="ana")
    (after,) = common.recorded(the_store.list())
    assert (before.updated_at == after.updated_at, before.finding("TIP-5-1").status,
            after.finding("TIP-5-1").status) == (True, RequirementStatus.NOT_MET, RequirementStatus.MET)
