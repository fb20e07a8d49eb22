"""Double coding: two assessors decide each requirement independently; agreement is measured, and a
reviewer reconciles the differences into the final decision.

A mixin of `assessor.store.Store`: its methods run inside the store's transactions (`conn`).
"""

from __future__ import annotations

from typing import Any


class CodingMixin:
    """Each coder's own decisions, kept apart from the final decision until reconciled."""

    def _codes(self, conn: Any, assessment_id: str, by: str) -> bool:
        """Whether `by` is one of the two coders of a double-coded assessment (their decisions are codings)."""
        return False

    def _code(self, conn: Any, assessment_id: str, requirement_id: str, decision: Any, expected_version: int,
              by: str, source: str) -> Any:
        """Save (or, with None, withdraw) a coder's own decision on a requirement; the Finding as that coder sees it."""
        raise NotImplementedError
