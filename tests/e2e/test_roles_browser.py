"""Roles per assessment in headless Chromium, behind a sign-in proxy (issue 13, part 3).

The app is served with `ASSESSOR_SIGN_IN=header`; each browser context stands for one signed-in person (the
proxy's `X-Forwarded-User` on every request). The owner adds a member in the Members panel; a viewer's
decision on the Review page is refused with the store's message and nothing is saved; a person who is not a
member does not see the assessment in the list and is refused when opening it by its URL.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from app_server import ROOT, VIEWPORT, kept_bill, serving
from playwright.sync_api import Browser, Page, expect

HEADER = "X-Forwarded-User"
OWNER = "ana@ministry.example"
VIEWER = "vic@ministry.example"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"  # installed by `make node`, as for test_accessibility.py


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """The app served with header sign-in on, with its own database."""
    work = tmp_path_factory.mktemp("e2e-roles")
    database = work / "app.sqlite3"
    with serving(work, database, env={"ASSESSOR_SIGN_IN": "header", "ASSESSOR_SIGN_IN_HEADER": HEADER}) as url:
        yield url, database


@pytest.fixture(scope="module")
def assessment_id(server: tuple[str, Path]) -> str:
    """The Caledonia bill, kept and pre-assessed, owned by ana with vic a viewer."""
    from assessor.roles import Role
    from assessor.store import Store

    assessment_id = kept_bill(server[1])
    with Store(server[1]) as store:
        store.set_member(assessment_id, OWNER, Role.OWNER, by="setup")
        store.set_member(assessment_id, VIEWER, Role.VIEWER, by=OWNER)
    return assessment_id


def as_person(browser: Browser, who: str) -> Page:
    """A tab of a browser context whose requests the proxy has signed in as `who`."""
    return browser.new_context(viewport=VIEWPORT, extra_http_headers={HEADER: who}).new_page()


def test_the_owner_adds_a_member(server: tuple[str, Path], browser: Browser, assessment_id: str) -> None:
    from assessor.roles import Role
    from assessor.store import Store

    url, database = server
    page = as_person(browser, OWNER)
    try:
        page.goto(f"{url}/assessments?assessment={assessment_id}")
        expect(page.get_by_role("heading", name="Members")).to_be_visible(timeout=60_000)
        # The last thing the page draws: the run is over, nothing will replace the form while it is filled.
        expect(page.get_by_text("Scores:", exact=False).last).to_be_visible(timeout=60_000)
        identity = page.get_by_role("textbox", name="Name or sign-in e-mail")
        identity.fill("bo@ministry.example")
        role = page.get_by_role("combobox", name="Role")
        role.click()
        role.fill("Assessor")  # the choices narrow as one types; Enter takes the one left
        expect(page.get_by_role("option", name="Assessor: assessors read, edit")).to_be_visible(timeout=30_000)
        role.press("Enter")
        expect(role).to_have_value("Assessor: assessors read, edit the details, law files and pre-assessment, and "
                                   "decide")
        expect(identity).to_have_value("bo@ministry.example")
        page.get_by_role("button", name="Add or change the role").click()
        expect(page.get_by_text("bo@ministry.example is assessor.")).to_be_visible(timeout=30_000)
    finally:
        page.context.close()
    with Store(database) as store:
        assert store.role_of(assessment_id, "bo@ministry.example") is Role.ASSESSOR
        assert store.history(assessment_id)[0].by == OWNER


def test_a_viewers_decision_is_refused(server: tuple[str, Path], browser: Browser, assessment_id: str) -> None:
    from assessor.store import Store

    url, database = server
    with Store(database) as store:
        before = store.get(assessment_id).finding("TIP-6-6").version
    page = as_person(browser, VIEWER)
    try:
        page.goto(f"{url}/review?assessment={assessment_id}&requirement=TIP-6-6")
        expect(page.get_by_role("button", name="Save decision")).to_be_visible(timeout=60_000)
        page.get_by_role("radiogroup", name="Decision").get_by_text("Met", exact=True).click()
        page.get_by_label("Rationale").fill("a viewer trying to decide")
        page.get_by_role("button", name="Save decision").click()
        expect(page.get_by_text(f"{VIEWER} is a viewer of 'Trafficking bill': viewers read and export; deciding "
                                "needs the assessor, reviewer or owner role.")).to_be_visible(timeout=30_000)
        # On the Assessments page the panel is read-only for a viewer.
        page.goto(f"{url}/assessments?assessment={assessment_id}")
        expect(page.get_by_text("Only an owner can change the members")).to_be_visible(timeout=60_000)
        expect(page.get_by_role("textbox", name="Name or sign-in e-mail")).to_have_count(0)
    finally:
        page.context.close()
    with Store(database) as store:
        assert store.get(assessment_id).finding("TIP-6-6").version == before


def test_a_non_member_neither_sees_nor_opens_it(server: tuple[str, Path], browser: Browser,
                                                assessment_id: str) -> None:
    url, _ = server
    page = as_person(browser, "zed@elsewhere.example")
    try:
        page.goto(f"{url}/assessments")
        expect(page.get_by_role("heading", name="Assessments", exact=True)).to_be_visible(timeout=60_000)
        expect(page.get_by_text("No assessment yet")).to_be_visible(timeout=30_000)
        page.goto(f"{url}/assessments?assessment={assessment_id}")
        expect(page.get_by_text("is not a member of 'Trafficking bill'")).to_be_visible(timeout=60_000)
        expect(page.get_by_role("heading", name="Members")).to_have_count(0)
    finally:
        page.context.close()


@pytest.mark.parametrize("who", [OWNER, VIEWER])
def test_the_members_panel_has_no_serious_accessibility_violation(server: tuple[str, Path], browser: Browser,
                                                                 assessment_id: str, who: str) -> None:
    # axe-core over the Assessments page with the Members panel: the owner's form, and the viewer's read-only list.
    assert AXE.is_file(), f"{AXE} is missing: run `make node` (npm ci) first"
    url, _ = server
    page = as_person(browser, who)
    try:
        page.goto(f"{url}/assessments?assessment={assessment_id}")
        expect(page.get_by_role("heading", name="Members")).to_be_visible(timeout=60_000)
        page.wait_for_function("() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=90_000)
        page.wait_for_timeout(1500)
        page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
        results = page.evaluate("async () => await window.axe.run(document, {resultTypes: ['violations']})")
        serious = [{"rule": v["id"], "help": v["help"], "where": [n["target"] for n in v["nodes"][:5]]}
                   for v in results["violations"] if v["impact"] in ("serious", "critical")]
        assert not serious, json.dumps(serious, indent=1)
    finally:
        page.context.close()
