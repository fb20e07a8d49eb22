"""Shared test fixtures: where the project and the shared material are."""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# The spec, the authentic texts and the dev corpus sit beside the project (../shared), for
# developers and CI alike; ASSESSOR_SHARED_DIR points elsewhere when they are moved.
SHARED = Path(os.environ.get("ASSESSOR_SHARED_DIR") or ROOT.parent / "shared")


@pytest.fixture(scope="session")
def shared() -> Path:
    """The shared folder (spec, reference texts, dev corpus); a clear failure if absent."""
    if not (SHARED / "spec" / "elements.yaml").is_file():
        pytest.fail(
            f"the shared material is missing: expected {SHARED}/spec/elements.yaml "
            "(set ASSESSOR_SHARED_DIR to its folder)"
        )
    return SHARED


# --- the store's back ends (issue 13) -------------------------------------------------------------
# A test that takes `new_database` (or `store_target`) runs once per back end: SQLite, and PostgreSQL
# from a throwaway cluster (tests/pg.py) or ASSESSOR_TEST_POSTGRES. Without PostgreSQL the second run
# is skipped with the reason, except under CI, where that skip is a failure.

def _under_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """The URL of the tests' PostgreSQL server (started once, stopped at the end of the session)."""
    from pg import Unavailable, postgres_server

    try:
        with postgres_server() as url:
            yield url
    except Unavailable as exc:
        pytest.skip(f"PostgreSQL is not available: {exc}")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def backend(request: pytest.FixtureRequest) -> str:
    """The store's back end a test runs against."""
    return request.param


@pytest.fixture
def new_database(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Callable[[], str]]:
    """A maker of new, empty databases of the back end: an SQLite file, or a PostgreSQL URL of a fresh schema."""
    if backend == "sqlite":
        counter = itertools.count(1)
        yield lambda: str(tmp_path / f"db{next(counter)}" / "assessor.sqlite3")
        return
    from pg import create_schema, drop_schemas, schema_url

    url = request.getfixturevalue("postgres_url")
    made: list[str] = []

    def make() -> str:
        made.append(create_schema(url))
        return schema_url(url, made[-1])

    yield make
    drop_schemas(url, made)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    """A headless Chromium (Debian's, tests/e2e/app_server.py) for a browser test module, closed after it."""
    from app_server import launch  # tests/e2e, on the path when its tests run; Playwright only there
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = launch(playwright)
        yield launched
        launched.close()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo) -> Iterator[None]:
    # Under CI the PostgreSQL tests must run: their skip (no server, no driver) is turned into a failure.
    report = yield
    if report.skipped and _under_ci() and item.get_closest_marker("postgres") is not None:
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.outcome = "failed"
        report.longrepr = f"a PostgreSQL test was skipped under CI (CI={os.environ.get('CI')}): {reason}"
    return report
