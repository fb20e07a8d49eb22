"""AppTest over the Export page's downloads: built once per state of the record, kept, never revoked by a rerun.

The browser test (tests/e2e/test_downloads.py) clicks them; here the page's own logic is checked: the
download buttons carry plain bytes (never a deferred callable, whose id a rerun revokes), the same bytes
and the same link on every rerun while the record does not change, new ones as soon as it does, and a
report that cannot be built is said so with a retry.
"""

from __future__ import annotations

import io
import json

import pytest
from openpyxl import load_workbook
from test_app_pages import ARCADIA, _assessed, _page, database, export  # noqa: F401 - database is a fixture

from assessor.assessment import Decision
from assessor.preassessment import RequirementStatus
from assessor.ui import export_page


def downloads(app) -> dict[str, str]:  # noqa: ANN001 - an AppTest
    """Each download button's link, by its widget key's format."""
    return {b.proto.id.split("download_")[-1]: b.proto.url for b in app.get("download_button")}


def test_downloads_carry_bytes_not_deferred_callables(database) -> None:  # noqa: F811
    # four buttons, each with a media link to bytes already built (a deferred download has no link yet)
    _, assessment = _assessed(database, ARCADIA, "Act 2024")
    app = _page(export, assessment=assessment.id)
    assert not app.exception
    links = downloads(app)
    assert set(links) == {"xlsx", "docx", "md", "json"}
    assert all("/media/" in link for link in links.values()), links
    buttons = app.get("download_button")
    assert all(not b.proto.deferred_file_id for b in buttons)


def test_same_record_same_links_on_every_rerun(database) -> None:  # noqa: F811
    # reruns (another widget, a refresh of the page) keep every link: the bytes are kept, not rebuilt
    _, assessment = _assessed(database, ARCADIA, "Act 2024")
    app = _page(export, assessment=assessment.id)
    first = downloads(app)
    kept = app.session_state["export_reports"]
    for _ in range(3):
        app.run()
        assert downloads(app) == first
    assert app.session_state["export_reports"] is kept


def test_a_save_builds_the_reports_again(database) -> None:  # noqa: F811
    # a decision saved elsewhere (another tab): the next rerun offers reports holding it
    store, assessment = _assessed(database, ARCADIA, "Act 2024")
    app = _page(export, assessment=assessment.id)
    first = downloads(app)
    version = store.get(assessment.id).finding("TIP-6-6").version
    store.decide(assessment.id, "TIP-6-6", Decision(RequirementStatus.NOT_MET, "no fund (invented)"),
                 expected_version=version, by="ana")
    app.run()
    again = downloads(app)
    assert all(again[fmt] != first[fmt] for fmt in ("xlsx", "docx", "md", "json"))
    data = app.session_state["export_reports"].files
    report = json.loads(data["json"])
    assert next(r for r in report["requirements"] if r["id"] == "TIP-6-6")["status"] == "not_met"  # codes (contract)
    findings = load_workbook(io.BytesIO(data["xlsx"]))["Findings"]
    headers = [c.value for c in findings[1]]
    row = next(r for r in findings.iter_rows(min_row=2, values_only=True) if r[0] == "TIP-6-6")
    assert row[headers.index("Status in force")] == "Not met"  # labels


def test_a_failed_build_is_said_with_a_retry(database, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    # the JSON report fails once: its column says so and offers "Try again"; the three others download
    _, assessment = _assessed(database, ARCADIA, "Act 2024")
    real = export_page.render_report
    calls = {"json": 0}

    def flaky(current, catalog, fmt, law=None, cluster=None, agreement=None):  # noqa: ANN001, ANN202 - its shape
        if fmt == "json":
            calls["json"] += 1
            if calls["json"] == 1:
                raise OSError("disk full (invented)")
        return real(current, catalog, fmt, law, cluster, agreement)

    monkeypatch.setattr(export_page, "render_report", flaky)
    app = _page(export, assessment=assessment.id)
    assert not app.exception
    assert set(downloads(app)) == {"xlsx", "docx", "md"}
    assert any("JSON report: could not be built" in e.value and "OSError" in e.value for e in app.error)
    app.run()  # a rerun does not retry by itself: the failure is kept until asked
    assert calls["json"] == 1
    app.button(key="retry_json").click().run()
    assert calls["json"] == 2 and not app.error
    assert set(downloads(app)) == {"xlsx", "docx", "md", "json"}


def test_reimport_preview_shows_status_labels(database) -> None:  # noqa: F811
    # the preview of an edited workbook shows the status by its label, as the workbook's drop-down did
    from assessor.catalog import load_catalog
    from assessor.reports.xlsx_report import write_workbook

    _, assessment = _assessed(database, ARCADIA, "Act 2024")
    book = load_workbook(io.BytesIO(write_workbook(assessment, load_catalog())))
    sheet = book["Findings"]
    headers = [c.value for c in sheet[1]]
    sheet.cell(2, headers.index("Assessor status") + 1, "Partially met")
    buffer = io.BytesIO()
    book.save(buffer)
    app = _page(export, assessment=assessment.id)
    app.file_uploader(key="reimport").set_value([("edited.xlsx", buffer.getvalue(), "application/vnd.ms-excel")])
    app.run()
    assert not app.exception
    preview = app.dataframe[0].value
    assert list(preview.loc[preview["field"] == "status", "workbook"]) == ["Partially met"]
