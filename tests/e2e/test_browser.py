"""End to end in headless Chromium (Debian's package; no browser download) against `streamlit run`.

The flows a person clicks through: create an assessment, upload a bill, run the pre-assessment,
change a finding, reload and see it kept, download the Excel report and open it; and a law holding
markup shows as plain text.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from app_server import launch, serving
from openpyxl import load_workbook
from playwright.sync_api import Page, expect, sync_playwright

from conftest import ROOT

BILL = ROOT / "legislation_samples" / "caledonia-trafficking-bill-v1.docx"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """The app served by `streamlit run` on a free port, with its own database."""
    work = tmp_path_factory.mktemp("e2e")
    database = work / "app.sqlite3"
    with serving(work, database) as url:
        yield url, database


@pytest.fixture(scope="module")
def page() -> Iterator[Page]:
    with sync_playwright() as playwright:
        browser = launch(playwright)
        context = browser.new_context(accept_downloads=True)
        yield context.new_page()
        browser.close()


def _dialogs(page: Page) -> list[str]:
    seen: list[str] = []
    page.on("dialog", lambda dialog: (seen.append(dialog.message), dialog.dismiss()))
    return seen


def test_create_upload_preassess_decide_reload(server: tuple[str, Path], page: Page, tmp_path: Path) -> None:
    url, database = server
    page.goto(f"{url}/assessments")
    page.get_by_label("Jurisdiction").fill("Caledonia")
    page.get_by_label("Title").fill("Trafficking bill")
    page.get_by_role("button", name="Create").click()
    expect(page.get_by_text("Caledonia - Trafficking bill").first).to_be_visible(timeout=30_000)
    page.wait_for_url("**assessment=*", timeout=90_000, wait_until="commit")
    assessment_id = page.url.split("assessment=")[1].split("&")[0]
    # Switching pages in the sidebar keeps the open assessment in the URL.
    page.get_by_role("link", name="Legislation").click()
    page.wait_for_url(f"**/legislation?*assessment={assessment_id}*", timeout=90_000, wait_until="commit")
    expect(page.get_by_text("Body of legislation of")).to_be_visible(timeout=30_000)
    # Upload the bill to the open assessment.
    page.goto(f"{url}/legislation?assessment={assessment_id}")
    page.locator('input[type="file"]').set_input_files(str(BILL))
    expect(page.get_by_text("Kept 1 file(s)")).to_be_visible(timeout=60_000)
    # Run the pre-assessment.
    page.goto(f"{url}/preassessment?assessment={assessment_id}")
    page.get_by_role("button", name="Run the pre-assessment").click()
    expect(page.get_by_text("Proposed findings saved")).to_be_visible(timeout=120_000)
    # Change a finding on the Review page.
    page.goto(f"{url}/review?assessment={assessment_id}&requirement=TIP-5-1&by=Ana")  # a decision needs a name
    expect(page.get_by_text("TIP Protocol, art. 5(1)").first).to_be_visible(timeout=60_000)
    page.get_by_label("Rationale").fill("penalty checked against the code")
    # The review questionnaire's challenges (a text area; its help button bears the label too).
    page.get_by_role("textbox", name="Challenges", exact=True).fill("=1+1 courts far from the border")
    page.get_by_role("button", name="Save decision").click()
    expect(page.get_by_text("Saved:")).to_be_visible(timeout=30_000)
    # Reload: the decision is what was saved (SQLite is the record).
    page.reload()
    expect(page.get_by_label("Rationale")).to_have_value("penalty checked against the code", timeout=60_000)
    expect(page.get_by_role("textbox", name="Challenges", exact=True)).to_have_value("=1+1 courts far from the border")
    from assessor.store import Store

    saved = Store(database).get(assessment_id).finding("TIP-5-1").decision
    assert (saved.rationale, saved.challenges) == ("penalty checked against the code",
                                                   "=1+1 courts far from the border")
    # Download the Excel report and open it: the decision is in the Findings sheet.
    page.goto(f"{url}/export?assessment={assessment_id}")
    with page.expect_download(timeout=60_000) as download_info:
        page.get_by_role("button", name="Excel gap report").click()
    download = download_info.value
    assert download.suggested_filename.endswith(".xlsx")
    path = tmp_path / download.suggested_filename
    download.save_as(path)
    findings = load_workbook(path)["Findings"]
    headers = [c.value for c in findings[1]]
    rows = {row[0]: row for row in findings.iter_rows(min_row=2, values_only=True)}
    assert rows["TIP-5-1"][headers.index("Rationale")] == "penalty checked against the code"
    assert rows["TIP-5-1"][headers.index("Challenges")] == "=1+1 courts far from the border"  # text, not a formula


def test_law_with_markup_shows_as_text(server: tuple[str, Path], page: Page, tmp_path: Path) -> None:
    url, _ = server
    hostile = tmp_path / "hostile.txt"
    hostile.write_text("Section 1\n(1) <script>alert('x')</script> and <img src=x onerror=alert('y')> are words.\n",
                       encoding="utf-8")
    dialogs = _dialogs(page)
    page.goto(f"{url}/legislation")
    page.locator('input[type="file"]').set_input_files(str(hostile))
    expect(page.get_by_text("1 of 2 provisions").or_(page.get_by_text("2 of 2 provisions"))).to_be_visible(
        timeout=60_000)
    page.get_by_label("Search the provisions").fill("script")
    page.keyboard.press("Enter")
    page.wait_for_timeout(2000)
    assert dialogs == []  # no script ran
    assert page.locator("img[src='x']").count() == 0  # no element was made from the law's text
