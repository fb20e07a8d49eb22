"""Roles per assessment, enforced by the store: owner (manages members), assessor (decides), reviewer
(reconciles, may decide), viewer (reads, exports).

A mixin of `assessor.store.Store`: its methods run inside the store's transactions (`conn`).
"""

from __future__ import annotations

from typing import Any


class MembersMixin:
    """The members of each assessment and what their role lets them do."""

    def _authorize(self, conn: Any, assessment_id: str, by: str, action: str) -> None:
        """Refuse (PermissionDenied) `action` on the assessment unless `by`'s role allows it.

        Actions: "read", "edit" (details, files, pre-assessment), "decide", "delete", "members",
        "reconcile". Called inside the write transaction, after the assessment's row is locked.
        """
        return None
