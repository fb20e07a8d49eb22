"""Two people on one requirement, in headless Chromium against `streamlit run` (issue 12).

The exact sequence that used to store a mixed record: two tabs open the same requirement, the first
saves, the second saves and is refused, the second clicks Save again. Nothing mixed may be stored,
and both drafts stay recoverable: the refused draft is shown as typed, "Keep mine" saves it whole,
and the history holds both decisions. Also: the decision form is on screen without scrolling past
the evidence, on the requirement with the most evidence; Review returns to the requirement left;
an assessment just created is decided before any pre-assessment.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from app_server import VIEWPORT, kept_bill, open_review, serving
from playwright.sync_api import Browser, Page, expect


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """The app served by `streamlit run` on a free port, with its own database."""
    work = tmp_path_factory.mktemp("e2e-conflicts")
    database = work / "app.sqlite3"
    with serving(work, database) as url:
        yield url, database


@pytest.fixture(scope="module")
def assessment_id(server: tuple[str, Path]) -> str:
    """The Caledonia bill, kept and pre-assessed in the server's database, as the app leaves it."""
    return kept_bill(server[1])


def _type(page: Page, status: str, rationale: str, provisions: str) -> None:
    page.get_by_role("radiogroup", name="Decision").get_by_text(status, exact=True).click()
    page.get_by_label("Rationale").fill(rationale)
    page.get_by_label("Provisions cited (comma-separated)").fill(provisions)


def _record(database: Path, assessment_id: str, requirement: str) -> tuple[str, str, tuple[str, ...], str]:
    from assessor.store import Store

    with Store(database) as store:
        decision = store.get(assessment_id).finding(requirement).decision
    return decision.status.value, decision.rationale, decision.provisions, decision.by


def test_refused_then_save_again_stores_nothing_mixed_and_keep_mine_saves_the_draft_whole(
        server: tuple[str, Path], browser: Browser, assessment_id: str) -> None:
    url, database = server
    ana = open_review(browser, url, assessment_id, "TIP-5-1", "Ana")
    ben = open_review(browser, url, assessment_id, "TIP-5-1", "Ben")
    _type(ana, "Not met", "the penalty is a fine only", "s. 12")
    ana.get_by_role("button", name="Save decision").click()
    expect(ana.get_by_text("Saved: Not met (version 1)")).to_be_visible(timeout=30_000)
    _type(ben, "Met", "ten years' imprisonment is available", "s. 4(2), s. 9")
    ben.get_by_role("button", name="Save decision").click()
    expect(ben.get_by_text("Your change was not saved")).to_be_visible(timeout=30_000)
    # The second click on Save: refused again, not a mixed record.
    ben.get_by_role("button", name="Save decision").click()
    expect(ben.get_by_text("Your change was not saved")).to_be_visible(timeout=30_000)
    ben.wait_for_timeout(1000)  # let any save the click could have made reach the database
    assert _record(database, assessment_id, "TIP-5-1") == ("not_met", "the penalty is a fine only", ("s. 12",), "Ana")
    # Ben's form still holds his draft, every field as typed; Ana's decision is beside it.
    expect(ben.get_by_label("Rationale")).to_have_value("ten years' imprisonment is available")
    expect(ben.get_by_label("Provisions cited (comma-separated)")).to_have_value("s. 4(2), s. 9")
    expect(ben.get_by_role("radiogroup", name="Decision").get_by_role("radio", name="Met", exact=True)).to_be_checked()
    expect(ben.get_by_text("Saved by Ana")).to_be_visible()
    expect(ben.get_by_text("the penalty is a fine only").first).to_be_visible()
    # Ben keeps his: saved whole, over the version he was shown.
    ben.get_by_role("button", name="Keep mine").click()
    expect(ben.get_by_text("Saved your decision over the other one")).to_be_visible(timeout=30_000)
    assert _record(database, assessment_id, "TIP-5-1") == (
        "met", "ten years' imprisonment is available", ("s. 4(2)", "s. 9"), "Ben")
    # The history holds both drafts whole, the second recorded as an overwrite.
    from assessor.store import Store

    with Store(database) as store:
        decisions = [h for h in store.history(assessment_id, "TIP-5-1") if h.field == "decision"]
    assert [(h.by, h.new["rationale"], h.source) for h in decisions] == [
        ("Ben", "ten years' imprisonment is available", "app: overwrite of version 1"),
        ("Ana", "the penalty is a fine only", "app"),
    ]
    assert decisions[0].old["status"] == "not_met" and decisions[0].new["provisions"] == ["s. 4(2)", "s. 9"]
    # Ana's tab, on its next save, is refused in turn: no one overwrites without seeing.
    ana.get_by_label("Rationale").fill("a fine only, see s. 12")
    ana.get_by_role("button", name="Save decision").click()
    expect(ana.get_by_text("Your change was not saved")).to_be_visible(timeout=30_000)
    expect(ana.get_by_text("Saved by Ben")).to_be_visible()
    ana.close()
    ben.close()


def test_the_decision_form_is_on_screen_beside_the_evidence(server: tuple[str, Path], browser: Browser,
                                                            assessment_id: str) -> None:
    # TIP-3-a has the most evidence (every act, means and purpose): the form starts in the first screen.
    url, _ = server
    page = open_review(browser, url, assessment_id, "TIP-3-a", "Ana")
    expect(page.get_by_text("elements found")).to_be_visible(timeout=30_000)
    box = page.get_by_role("radiogroup", name="Decision").bounding_box()
    assert box is not None and box["y"] + box["height"] < VIEWPORT["height"]
    page.close()


def test_coming_back_to_review_returns_to_the_requirement_left(server: tuple[str, Path], browser: Browser,
                                                               assessment_id: str) -> None:
    # The sidebar drops `&requirement=` on the way to another page; Review still returns to TIP-6-6.
    url, _ = server
    page = open_review(browser, url, assessment_id, "TIP-6-6", "Ana")
    expect(page.get_by_text("TIP Protocol, art. 6(6)").first).to_be_visible(timeout=30_000)
    page.get_by_role("link", name="Dashboard").click()
    page.wait_for_url("**/dashboard?*", timeout=90_000, wait_until="commit")
    page.get_by_role("link", name="Review").click()
    page.wait_for_url("**/review?*", timeout=90_000, wait_until="commit")
    expect(page.get_by_text("TIP Protocol, art. 6(6)").first).to_be_visible(timeout=30_000)
    assert "requirement=TIP-6-6" in page.url
    page.close()


def test_deciding_before_any_pre_assessment(server: tuple[str, Path], browser: Browser) -> None:
    # An assessment just created (a law read on paper): its requirements are decided at once.
    url, database = server
    from assessor.assessment import new_assessment
    from assessor.store import Store

    with Store(database) as store:
        created = store.create(new_assessment("Borduria", "Read on paper", instruments=["TIP"]), by="setup").id
    page = open_review(browser, url, created, "TIP-6-6", "Ana")
    expect(page.get_by_text("no pre-assessment has run")).to_be_visible(timeout=30_000)
    _type(page, "Not met", "no compensation scheme in the code", "")
    page.get_by_role("button", name="Save decision").click()
    expect(page.get_by_text("Saved: Not met (version 1)")).to_be_visible(timeout=30_000)
    from assessor import load_catalog

    in_scope = len(load_catalog().for_instruments(["TIP"]).requirements)
    expect(page.get_by_text(f"1 of {in_scope} decided")).to_be_visible()
    assert _record(database, created, "TIP-6-6") == ("not_met", "no compensation scheme in the code", (), "Ana")
    page.close()
