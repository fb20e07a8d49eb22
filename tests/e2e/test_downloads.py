"""Downloads that always arrive (issue 12), in headless Chromium against `streamlit run`.

100 consecutive clicks on the Export page's download buttons, the four formats in turn: every click
must give a file (0 failures), and each file is opened and checked (openpyxl, python-docx, a JSON
parse, the Markdown text). Halfway, a decision is saved from another process and the page reloaded: the
files after it must hold the new decision. The server's log must never mention a media file not found
(`MediaFileStorageError`: the deferred downloads' failure this replaces).
"""

from __future__ import annotations

import io
import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from app_server import launch, serving
from docx import Document
from openpyxl import load_workbook
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Page, expect, sync_playwright

from conftest import ROOT

BILL = ROOT / "legislation_samples" / "caledonia-trafficking-bill-v1.docx"
CLICKS = 100
# The buttons' names (a part of each label is enough, and unique on the page), in the order clicked.
BUTTONS = {"xlsx": "Excel gap report", "docx": "Word report", "md": "Markdown report", "json": "JSON report"}
FIRST = "compensation through a civil claim only (invented)"
SECOND = "a victims' fund created by the 2025 amendment (invented)"
# Chromium throttles downloads started by one frame to 10 a second (an anti-abuse rule, CL 1132485): faster
# clicks lose downloads in the browser, whatever the app does. A person never clicks that fast; the test keeps
# a quarter of a second between clicks, well under the limit.
GAP_SECONDS = 0.25


def _seed(database: Path) -> str:
    """An assessment as the app leaves it: the bill kept, pre-assessed, one decision. Returns its id."""
    from assessor import load_catalog, pre_assess
    from assessor.assessment import Decision, LawFile, new_assessment
    from assessor.legislation.reader import read_legislation
    from assessor.preassessment import RequirementStatus
    from assessor.store import Store

    store = Store(database)
    try:
        assessment = store.create(new_assessment("Caledonia", "Trafficking bill"), by="ana")
        data = BILL.read_bytes()
        files = [LawFile(BILL.name, store.put_file(BILL.name, data), len(data))]
        store.set_files(assessment.id, files, by="ana")
        pre = pre_assess(read_legislation([BILL]), load_catalog(), assessment.instruments)
        saved = store.save_pre_assessment(assessment.id, pre, files, by="machine")[0]
        store.decide(saved.id, "TIP-6-6", Decision(RequirementStatus.PARTIALLY_MET, FIRST),
                     expected_version=saved.finding("TIP-6-6").version, by="ana")
        return saved.id
    finally:
        store.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path, str, Path]]:
    """The app served by `streamlit run` on a free port, with its own seeded database and a log file."""
    work = tmp_path_factory.mktemp("e2e-downloads")
    database = work / "app.sqlite3"
    assessment_id = _seed(database)
    log = work / "server.log"
    with log.open("wb") as out, serving(work, database, out) as url:
        yield url, database, assessment_id, log


@pytest.fixture(scope="module")
def page() -> Iterator[Page]:
    with sync_playwright() as playwright:
        browser = launch(playwright)
        context = browser.new_context(accept_downloads=True)
        yield context.new_page()
        browser.close()


def _check(fmt: str, data: bytes, rationale: str) -> None:
    """The file opens in its format and holds the decision in force (its rationale) and the labels."""
    if fmt == "xlsx":
        findings = load_workbook(io.BytesIO(data))["Findings"]
        headers = [c.value for c in findings[1]]
        row = next(r for r in findings.iter_rows(min_row=2, values_only=True) if r[0] == "TIP-6-6")
        assert row[headers.index("Rationale")] == rationale
        assert row[headers.index("Assessor status")] in ("Partially met", "Not met")  # labels, never codes
    elif fmt == "docx":
        document = Document(io.BytesIO(data))
        assert any(rationale in p.text for p in document.paragraphs)
        assert len(document.inline_shapes) == 1  # the pillar chart
        assert any(t.rows[0].cells[0].text == "#" for t in document.tables)  # the gap table
    elif fmt == "md":
        text = data.decode("utf-8")
        assert text.startswith("# Caledonia: Trafficking bill")
        assert rationale.replace("'", "'") in text.replace("\\", "")
    else:
        report = json.loads(data)
        finding = next(r for r in report["requirements"] if r["id"] == "TIP-6-6")
        assert finding["decision"]["rationale"] == rationale
        assert finding["status"] in ("partially_met", "not_met")  # the JSON report keeps its codes


def _open_export(page: Page, url: str, assessment_id: str) -> None:
    page.goto(f"{url}/export?assessment={assessment_id}")
    for name in BUTTONS.values():
        expect(page.get_by_role("button", name=name)).to_be_enabled(timeout=60_000)


def test_hundred_downloads_all_arrive(server: tuple[str, Path, str, Path], page: Page, tmp_path: Path) -> None:
    url, database, assessment_id, log = server
    _open_export(page, url, assessment_id)
    formats = list(BUTTONS)
    failures: list[str] = []
    rationale = FIRST
    last_click = 0.0
    for click in range(CLICKS):
        if click == CLICKS // 2:
            # Someone saves a decision meanwhile; the page, reloaded, offers reports holding it.
            from assessor.preassessment import RequirementStatus
            from assessor.store import Store

            store = Store(database)
            try:
                version = store.get(assessment_id).finding("TIP-6-6").version
                from assessor.assessment import Decision

                store.decide(assessment_id, "TIP-6-6", Decision(RequirementStatus.NOT_MET, SECOND),
                             expected_version=version, by="ben")
            finally:
                store.close()
            rationale = SECOND
            _open_export(page, url, assessment_id)
        fmt = formats[click % len(formats)]
        wait = GAP_SECONDS - (time.monotonic() - last_click)
        if wait > 0:
            page.wait_for_timeout(wait * 1000)
        last_click = time.monotonic()
        try:
            with page.expect_download(timeout=20_000) as info:
                page.get_by_role("button", name=BUTTONS[fmt]).click()
            download = info.value
            assert download.failure() is None, download.failure()
            assert download.suggested_filename.endswith(f".{fmt}")
            path = tmp_path / f"{click:03d}-{download.suggested_filename}"
            download.save_as(path)
            _check(fmt, path.read_bytes(), rationale)
            path.unlink()
        except (PlaywrightError, AssertionError, StopIteration) as exc:
            failures.append(f"click {click + 1} ({fmt}): {exc.__class__.__name__}: {str(exc)[:200]}")
    assert failures == [], f"{len(failures)} of {CLICKS} downloads failed"
    assert "MediaFileStorageError" not in log.read_text(encoding="utf-8", errors="replace")
