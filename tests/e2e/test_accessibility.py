"""Accessibility in headless Chromium: axe-core (from the npm registry, installed by `make node`) injected by
Playwright into every page of the app with an assessment open: no serious or critical violation. And the Start
page as a person meets it: the default page, the five steps, a recent assessment opened with one click.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from app_server import serving
from playwright.sync_api import Browser, Page, expect

from conftest import ROOT

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
BILL = ROOT / "legislation_samples" / "caledonia-trafficking-bill-v1.docx"
# Every page, by its url path ("" is the default page, Start) and the heading it opens with.
PAGES = [
    ("", "Start"),
    ("checklists", "Checklists"),
    ("assessments", "Assessments"),
    ("legislation", "Legislation"),
    ("preassessment", "Pre-assessment"),
    ("review", "Review"),
    ("dashboard", "Dashboard"),
    ("compare", "Compare"),
    ("export", "Export"),
]
SERIOUS = ("serious", "critical")


def _record(database: Path) -> tuple[str, str]:
    """Two assessments of real countries (for the map), the first with the sample bill kept and pre-assessed."""
    from assessor import load_catalog, pre_assess
    from assessor.assessment import LawFile, new_assessment
    from assessor.legislation.reader import read_legislation
    from assessor.store import Store

    store = Store(database)
    other = store.create(new_assessment("Kenya", "Counter-Trafficking Act", created_by="Ana"))
    assessment = store.create(new_assessment("Brazil", "Trafficking bill", created_by="Ana"))
    data = BILL.read_bytes()
    files = [LawFile(BILL.name, store.put_file(BILL.name, data), len(data))]
    store.set_files(assessment.id, files, by="Ana")
    pre = pre_assess(read_legislation([BILL]), load_catalog(), assessment.instruments)
    store.save_pre_assessment(assessment.id, pre, files, by="machine")
    store.close()
    return assessment.id, other.id


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str, str]]:
    """The app served by `streamlit run` on a free port, with its own database of two assessments."""
    work = tmp_path_factory.mktemp("a11y")
    database = work / "app.sqlite3"
    opened, other = _record(database)
    with serving(work, database) as url:
        yield url, opened, other


@pytest.fixture(scope="module")
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    yield context.new_page()
    context.close()


@pytest.fixture
def fresh_page(browser: Browser) -> Iterator[Page]:
    """A page in a context of its own: no session, nothing open, as a person arriving."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    yield context.new_page()
    context.close()


def _settled(page: Page, heading: str) -> None:
    """Wait until the page's heading shows and Streamlit has finished running the script (charts drawn)."""
    expect(page.get_by_role("heading", name=heading, level=1)).to_be_visible(timeout=90_000)
    page.wait_for_function("() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=90_000)
    page.wait_for_timeout(1500)


def _open_expanders(page: Page) -> None:
    """Open every folded section, so axe sees what a person who unfolds them sees."""
    folded = page.locator("[data-testid='stExpander'] details:not([open]) > summary")
    for _ in range(20):  # each click unfolds one; the list shrinks as it goes
        if not folded.count():
            break
        folded.first.click()
        page.wait_for_timeout(300)
    page.wait_for_timeout(500)


def _violations(page: Page) -> list[dict]:
    """axe-core's serious and critical violations on the page as it stands."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    results = page.evaluate("async () => await window.axe.run(document, {resultTypes: ['violations']})")
    return [v for v in results["violations"] if v["impact"] in SERIOUS]


def _describe(violations: list[dict]) -> str:
    return json.dumps([{"rule": v["id"], "impact": v["impact"], "help": v["help"],
                        "where": [n["target"] for n in v["nodes"][:5]],
                        "why": [n["failureSummary"][:300] for n in v["nodes"][:2]]} for v in violations], indent=1)


def test_axe_core_is_installed() -> None:
    # `make node` installs it (package-lock.json pins the version); a clear message if it was skipped.
    assert AXE.is_file(), f"{AXE} is missing: run `make node` (npm ci) first"


@pytest.mark.parametrize(("path", "heading"), PAGES)
def test_no_serious_or_critical_violation(server: tuple[str, str, str], page: Page, path: str,
                                          heading: str) -> None:
    url, opened, other = server
    query = f"assessment={opened}&by=Ana" + (f"&a={other}&b={opened}" if path == "compare" else "")
    page.goto(f"{url}/{path}?{query}")
    _settled(page, heading)
    _open_expanders(page)
    found = _violations(page)
    assert not found, f"/{path}: {_describe(found)}"


def test_compare_pictures_have_no_serious_violation(server: tuple[str, str, str], page: Page) -> None:
    # The many-countries view of Compare, with both assessments chosen: heat map, world map, Kenya and Brazil
    # placed on it (nothing listed as unknown), and axe finds nothing serious.
    url, opened, other = server
    # The two assessments chosen through the URL (?many=), as a bookmark of the view would.
    page.goto(f"{url}/compare?assessment={opened}&by=Ana&a={other}&b={opened}&many={other},{opened}")
    _settled(page, "Compare")
    page.get_by_text("Many countries: status heat map, world map and workbook").click()
    expect(page.get_by_text("Requirement status by country")).to_be_visible(timeout=60_000)
    expect(page.get_by_text("Pillar scores on the map")).to_be_visible(timeout=60_000)
    _settled(page, "Compare")
    assert page.locator("[data-testid='stVegaLiteChart'] svg, [data-testid='stVegaLiteChart'] canvas").count() >= 2
    expect(page.get_by_text("Not on the map")).to_have_count(0)
    found = _violations(page)
    assert not found, f"/compare (pictures): {_describe(found)}"


def test_start_page_steps_and_one_click_open(server: tuple[str, str, str], fresh_page: Page) -> None:
    # The app opens on Start; a recent assessment opens with one click and the steps follow it.
    url, opened, other = server
    page = fresh_page
    page.goto(url)
    _settled(page, "Start")
    for step in ("1. Create or open an assessment", "2. Add the legislation", "3. Pre-assess",
                 "4. Review and decide", "5. Export"):
        expect(page.get_by_text(step, exact=True)).to_be_visible()
    expect(page.get_by_text("No assessment is open")).to_be_visible()
    page.get_by_role("button", name="Open Brazil - Trafficking bill").click()
    page.wait_for_url(f"**assessment={opened}*", timeout=90_000, wait_until="commit")
    expect(page.get_by_role("heading", name="Where you are")).to_be_visible(timeout=30_000)
    expect(page.get_by_text(f"1 file: {BILL.name}")).to_be_visible()
    expect(page.get_by_text("Proposals made:")).to_be_visible()
    # Status words are text (✓ Done, → Next), readable without colour or an emoji font.
    expect(page.get_by_text("✓ Done").first).to_be_visible()
    expect(page.get_by_text("→ Next")).to_be_visible()
    # A step's link goes to its page with the assessment still open.
    page.get_by_role("link", name="Go to review and decide").click()
    # (The page link navigates in the page, no load event; a loaded machine may take long to draw Review.)
    page.wait_for_url(f"**/review?*assessment={opened}*", timeout=90_000, wait_until="commit")
    expect(page.get_by_role("heading", name="Review", level=1)).to_be_visible(timeout=90_000)
    # And another: the other assessment opens from Start too.
    page.goto(f"{url}/?by=Ana")
    _settled(page, "Start")
    page.get_by_role("button", name="Open Kenya - Counter-Trafficking Act").click()
    page.wait_for_url(f"**assessment={other}*", timeout=90_000, wait_until="commit")
    expect(page.get_by_text("No law file yet")).to_be_visible(timeout=90_000)
