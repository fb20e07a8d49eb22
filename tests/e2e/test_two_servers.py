"""Two app processes, one PostgreSQL record (issue 13): the app keeps no state of its own.

Two `streamlit run` servers on two ports share one PostgreSQL database (a schema of the tests'
throwaway cluster, tests/pg.py), as several processes behind one proxy would. A decision saved
through one server is what the other shows, and a save the other based on an older version is
refused there: the versions live in the database, not in a process.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from app_server import kept_bill, open_review, serving
from playwright.sync_api import Browser, expect

pytestmark = pytest.mark.postgres



@pytest.fixture(scope="module")
def database(postgres_url: str) -> Iterator[str]:
    """A fresh PostgreSQL database (a schema of the tests' server) for both app processes."""
    from pg import create_schema, drop_schemas, schema_url

    name = create_schema(postgres_url)
    yield schema_url(postgres_url, name)
    drop_schemas(postgres_url, [name])


@pytest.fixture(scope="module")
def servers(tmp_path_factory: pytest.TempPathFactory, database: str) -> Iterator[tuple[str, str]]:
    """Two app processes, each in a folder of its own, on one PostgreSQL database."""
    with serving(tmp_path_factory.mktemp("e2e-server-1"), database) as first, \
            serving(tmp_path_factory.mktemp("e2e-server-2"), database) as second:
        yield first, second


@pytest.fixture(scope="module")
def assessment_id(database: str) -> str:
    """The Caledonia bill, kept and pre-assessed in the shared database."""
    return kept_bill(database)


def test_a_decision_saved_in_one_process_is_seen_and_guarded_in_the_other(
        servers: tuple[str, str], browser: Browser, assessment_id: str, database: str) -> None:
    first, second = servers
    ben = open_review(browser, second, assessment_id, "TIP-5-1", "Ben")  # drawn before Ana saves: version 0
    ana = open_review(browser, first, assessment_id, "TIP-5-1", "Ana")
    ana.get_by_role("radiogroup", name="Decision").get_by_text("Not met", exact=True).click()
    ana.get_by_label("Rationale").fill("the penalty is a fine only")
    ana.get_by_role("button", name="Save decision").click()
    expect(ana.get_by_text("Saved: Not met (version 1)")).to_be_visible(timeout=30_000)
    # The other process shows it on a page opened now...
    again = open_review(browser, second, assessment_id, "TIP-5-1", "Cy")
    expect(again.get_by_label("Rationale")).to_have_value("the penalty is a fine only", timeout=30_000)
    expect(again.get_by_role("radiogroup", name="Decision").get_by_role("radio", name="Not met", exact=True)
           ).to_be_checked()
    # ...and refuses the save of the page drawn before it: the version is the database's, not the process's.
    ben.get_by_role("radiogroup", name="Decision").get_by_text("Met", exact=True).click()
    ben.get_by_label("Rationale").fill("ten years' imprisonment")
    ben.get_by_role("button", name="Save decision").click()
    expect(ben.get_by_text("Your change was not saved")).to_be_visible(timeout=30_000)
    expect(ben.get_by_text("Saved by Ana")).to_be_visible()
    from assessor.store import Store

    with Store(database) as store:
        decision = store.get(assessment_id).finding("TIP-5-1").decision
        assert (decision.status.value, decision.rationale, decision.by) == ("not_met", "the penalty is a fine only",
                                                                            "Ana")
        assert [h.by for h in store.history(assessment_id, "TIP-5-1") if h.field == "decision"] == ["Ana"]
    for page in (ana, ben, again):
        page.close()
