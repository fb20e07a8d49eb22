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
from playwright.sync_api import Browser, Playwright

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]


def free_port() -> int:
    """A TCP port free on the loopback interface now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(work: Path, database: str | Path, log: IO[bytes] | None = None) -> tuple[subprocess.Popen, str]:
    """Start the app in `work` on a free port against `database` (a file or a URL); (process, url).
    Its output goes to `log` when given, else nowhere."""
    port = free_port()
    env = {**os.environ, "ASSESSOR_DATABASE": str(database)}
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
def serving(work: Path, database: str | Path, log: IO[bytes] | None = None) -> Iterator[str]:
    """The app served while the block runs; yields its URL once it answers."""
    process, url = start(work, database, log)
    try:
        wait_until_up(url)
        yield url
    finally:
        stop(process)


def launch(playwright: Playwright) -> Browser:
    """Debian's Chromium, headless, with no network of its own."""
    return playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
