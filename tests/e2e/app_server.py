"""What every end-to-end test needs: the app served by `streamlit run` on a free port, and Debian's Chromium.

One place for the server's command line, its health wait and its shutdown, and for Chromium's flags (the
background-networking ones keep it from calling out of a closed machine).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import pytest
from playwright.sync_api import Browser, Page, Playwright, expect

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]


def free_port() -> int:
    """A TCP port free on the loopback interface now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(work: Path, database: str | Path, log: IO[bytes] | None = None,
          env: dict[str, str] | None = None) -> tuple[subprocess.Popen, str]:
    """Start the app in `work` on a free port against `database` (a file or a URL); (process, url).
    Its output goes to `log` when given, else nowhere; `env` adds environment variables (settings)."""
    port = free_port()
    env = {**os.environ, **(env or {}), "ASSESSOR_DATABASE": str(database)}
    process = subprocess.Popen(  # noqa: S603 - our own app, fixed arguments
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.port", str(port),
         "--server.headless", "true", "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false"],
        cwd=work, env=env, stdout=log if log is not None else subprocess.DEVNULL,
        stderr=subprocess.STDOUT if log is not None else subprocess.DEVNULL,
    )
    return process, f"http://127.0.0.1:{port}"


def wait_until_up(url: str) -> None:
    """Wait for the app's health endpoint (up to a minute); fail the test if it never answers."""
    for _ in range(120):
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=1) as answer:  # noqa: S310 - loopback
                if answer.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    pytest.fail(f"streamlit did not start at {url}")


def stop(process: subprocess.Popen) -> None:
    """Stop an app process and wait for it."""
    process.terminate()
    process.wait(timeout=20)


@contextlib.contextmanager
def serving(work: Path, database: str | Path, log: IO[bytes] | None = None,
            env: dict[str, str] | None = None) -> Iterator[str]:
    """The app served while the block runs (with `env` added to its environment); yields its URL once it answers."""
    process, url = start(work, database, log, env)
    try:
        wait_until_up(url)
        yield url
    finally:
        stop(process)


def launch(playwright: Playwright) -> Browser:
    """Debian's Chromium, headless, with no network of its own."""
    return playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)


BILL = ROOT / "legislation_samples" / "caledonia-trafficking-bill-v1.docx"
VIEWPORT = {"width": 1280, "height": 800}


def kept_bill(database: str | Path) -> str:
    """The Caledonia bill kept and pre-assessed in `database` (a file or a URL), as the app leaves it; its id."""
    from assessor import load_catalog, pre_assess
    from assessor.assessment import LawFile, new_assessment
    from assessor.legislation.reader import read_legislation
    from assessor.store import Store

    with Store(database) as store:
        assessment = store.create(new_assessment("Caledonia", "Trafficking bill"), by="setup")
        data = BILL.read_bytes()
        files = [LawFile(BILL.name, store.put_file(BILL.name, data), len(data))]
        pre = pre_assess(read_legislation([BILL]), load_catalog(), assessment.instruments)
        store.save_pre_assessment(assessment.id, pre, files, by="machine")
    return assessment.id


def open_review(browser: Browser, url: str, assessment_id: str, requirement: str, name: str) -> Page:
    """A new tab on one requirement of the Review page, as `name`, once its form is drawn."""
    page = browser.new_page(viewport=VIEWPORT)
    page.goto(f"{url}/review?assessment={assessment_id}&requirement={requirement}&by={name}")
    expect(page.get_by_role("button", name="Save decision")).to_be_visible(timeout=60_000)
    return page
