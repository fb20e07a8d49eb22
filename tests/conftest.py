"""Shared test fixtures: where the project and the shared material are."""

from __future__ import annotations

import os
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
