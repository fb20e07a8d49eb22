"""Sign-in behind an authenticating proxy, in headless Chromium against `streamlit run` (issue 13, part 2).

The app is served with `ASSESSOR_SIGN_IN=header` and `ASSESSOR_SIGN_IN_HEADER=X-Forwarded-User`. A browser
context stands for the proxy: it adds the header to every request, the page's and the websocket's, which is
where Streamlit reads `st.context.headers`. The person named there decides on the Review page with no name box,
and the history records them, whatever `?by=` says; a browser without the header sees only the message.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from app_server import VIEWPORT, kept_bill, launch, serving
from playwright.sync_api import Browser, expect, sync_playwright

HEADER = "X-Forwarded-User"
AMINA = "amina@ministry.example"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """The app served with header sign-in on, with its own database."""
    work = tmp_path_factory.mktemp("e2e-sign-in")
    database = work / "app.sqlite3"
    with serving(work, database, env={"ASSESSOR_SIGN_IN": "header", "ASSESSOR_SIGN_IN_HEADER": HEADER}) as url:
        yield url, database


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        launched = launch(playwright)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def assessment_id(server: tuple[str, Path]) -> str:
    """The Caledonia bill, kept and pre-assessed in the server's database, as the app leaves it."""
    return kept_bill(server[1])


def test_the_proxys_identity_is_recorded_and_no_name_is_asked(server: tuple[str, Path], browser: Browser,
                                                               assessment_id: str) -> None:
    from assessor.store import Store

    url, database = server
    context = browser.new_context(viewport=VIEWPORT, extra_http_headers={HEADER: AMINA})
    try:
        page = context.new_page()
        # ?by= names someone else: ignored under sign-in, and dropped from the URL.
        page.goto(f"{url}/review?assessment={assessment_id}&requirement=TIP-6-6&by=someone-else")
        expect(page.get_by_role("button", name="Save decision")).to_be_visible(timeout=60_000)
        expect(page.get_by_test_id("stSidebar").get_by_text(f"Signed in as {AMINA}")).to_be_visible()
        # No name box, in the sidebar or the form.
        expect(page.get_by_label("Your name")).to_have_count(0)
        expect(page.get_by_label("Your name, recorded with this decision")).to_have_count(0)
        page.get_by_role("radiogroup", name="Decision").get_by_text("Partially met", exact=True).click()
        page.get_by_label("Rationale").fill("compensation only through a civil claim")
        page.get_by_role("button", name="Save decision").click()
        expect(page.get_by_text("Saved: Partially met (version 1)")).to_be_visible(timeout=30_000)
        assert "by=" not in page.url
    finally:
        context.close()
    with Store(database) as store:
        latest = store.history(assessment_id, "TIP-6-6")[0]
        decision = store.get(assessment_id).finding("TIP-6-6").decision
    assert (latest.by, latest.source, decision.by) == (AMINA, "app", AMINA)


@pytest.mark.parametrize(
    "path",
    [
        # The Start page.
        "",
        # A deep link to a requirement on the Review page, with a name in the URL.
        "review?assessment={id}&requirement=TIP-6-6&by=amina@ministry.example",
    ],
)
def test_without_the_header_only_the_message_is_shown(server: tuple[str, Path], browser: Browser,
                                                      assessment_id: str, path: str) -> None:
    url, _ = server
    context = browser.new_context(viewport=VIEWPORT)
    try:
        page = context.new_page()
        page.goto(f"{url}/{path.format(id=assessment_id)}")
        expect(page.get_by_text("The sign-in proxy did not say who you are")).to_be_visible(timeout=60_000)
        expect(page.get_by_text(f"the request has no {HEADER} header")).to_be_visible()
        # Nothing of the app: no page's heading, no form, no navigation, no name box.
        for name in ("Start", "Review"):
            expect(page.get_by_role("heading", name=name, exact=True)).to_have_count(0)
        expect(page.get_by_role("button")).to_have_count(0)
        expect(page.get_by_role("textbox")).to_have_count(0)
        expect(page.get_by_test_id("stSidebarNav")).to_have_count(0)
    finally:
        context.close()
