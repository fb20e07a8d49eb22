"""Roles per assessment: who may do what, in one table, and the sentence a refused person reads.

Four roles (`Role`): an **owner** manages the members and may do everything; an **assessor** edits
(details, files, pre-assessment) and decides; a **reviewer** decides and reconciles double coding; a
**viewer** reads and exports. The store enforces them (`assessor.store_members`); the pages and the
command line only show what the store refuses. docs/roles.md explains the choices.

An assessment with no member at all is open to anyone, as every assessment was before roles existed.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from enum import StrEnum

__all__ = ["ACTIONS", "ACTION_LABELS", "MAX_IDENTITY", "PERMISSIONS", "ROLE_LABELS", "Role", "allowed", "identity_key",
           "is_identity", "parse_role", "refusal", "role_summary"]


MAX_IDENTITY = 320  # the longest e-mail address there is


class Role(StrEnum):
    """A member's role on one assessment."""

    OWNER = "owner"
    ASSESSOR = "assessor"
    REVIEWER = "reviewer"
    VIEWER = "viewer"


ROLE_LABELS: dict[Role, str] = {Role.OWNER: "Owner", Role.ASSESSOR: "Assessor", Role.REVIEWER: "Reviewer",
                                Role.VIEWER: "Viewer"}

# What the store asks `_authorize` about, with what a refusal calls it ("deciding needs ...").
ACTION_LABELS: dict[str, str] = {
    "read": "reading it",
    "edit": "changing its details, law files or pre-assessment",
    "decide": "deciding",
    "reconcile": "reconciling the two coders' decisions",
    "members": "managing its members and coders",
    "delete": "deleting it",
}
ACTIONS: tuple[str, ...] = tuple(ACTION_LABELS)

# The one permission table. Exporting is reading: whoever may read may export.
PERMISSIONS: dict[Role, frozenset[str]] = {
    Role.OWNER: frozenset(ACTIONS),
    Role.ASSESSOR: frozenset({"read", "edit", "decide"}),
    Role.REVIEWER: frozenset({"read", "decide", "reconcile"}),
    Role.VIEWER: frozenset({"read"}),
}

# What each role does, as a refusal says it ("viewers read and export").
_DOES: dict[Role, str] = {
    Role.OWNER: "owners do everything, members included",
    Role.ASSESSOR: "assessors read, edit the details, law files and pre-assessment, and decide",
    Role.REVIEWER: "reviewers read, decide and reconcile",
    Role.VIEWER: "viewers read and export",
}
# The order roles are named in ("the assessor, reviewer or owner role"): the most specific first.
_NAMED_ORDER = (Role.VIEWER, Role.ASSESSOR, Role.REVIEWER, Role.OWNER)


def identity_key(identity: str) -> str:
    """What two identities are compared by: case and the spaces around them ignored ("Ana@X.org " is ana@x.org)."""
    return unicodedata.normalize("NFC", identity).strip().casefold()


def is_identity(identity: str) -> bool:
    """Whether `identity` can name a person: one line of at most MAX_IDENTITY characters, not blank."""
    cleaned = identity.strip()
    return bool(cleaned) and len(cleaned) <= MAX_IDENTITY and not any(
        unicodedata.category(c) in ("Cc", "Zl", "Zp", "Cs") for c in cleaned)


def parse_role(value: str | Role) -> Role:
    """The role named by `value` ("viewer", "Viewer", Role.VIEWER); ValueError naming the roles otherwise."""
    if isinstance(value, Role):
        return value
    try:
        return Role(str(value).strip().casefold())
    except ValueError:
        raise ValueError(f"{value!r} is not a role: owner, assessor, reviewer or viewer") from None


def allowed(role: Role | str | None, action: str) -> bool:
    """Whether `role` may do `action` (one of ACTIONS); None (not a member) may do nothing.

    An unknown action is a ValueError: a typo must not silently refuse, or allow, anything.
    """
    if action not in ACTION_LABELS:
        raise ValueError(f"unknown action {action!r}; known: {', '.join(ACTIONS)}")
    if role is None:
        return False
    return action in PERMISSIONS[parse_role(role)]


def role_summary(role: Role | str) -> str:
    """What the role may do, in words ("viewers read and export")."""
    return _DOES[parse_role(role)]


def _either(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " or " + words[-1]


def _ask(owners: Iterable[str], what: str) -> str:
    named = sorted(owners, key=str.casefold)
    if not named:
        return f"Ask an owner to {what}."
    return f"Ask an owner ({', '.join(named)}) to {what}."


def refusal(identity: str, role: Role | str | None, title: str, action: str, owners: Iterable[str] = ()) -> str:
    """The one line a refused person reads: who they are on the assessment, what their role allows, what the
    action needs, and whom to ask.

    "Amina is a viewer of 'Lannagh bill 2026': viewers read and export; deciding needs the assessor,
    reviewer or owner role. Ask an owner (ana@example.org) to change your role."
    """
    who = identity.strip() or "Someone who gave no name"
    needs = [r.value for r in _NAMED_ORDER if action in PERMISSIONS[r]]
    needed = f"{ACTION_LABELS[action]} needs the {_either(needs)} role"
    if role is None:
        return (f"{who} is not a member of '{title}': only its members may read or change it. "
                + _ask(owners, "add you"))
    role = parse_role(role)
    article = "an" if role.value[0] in "aeiou" else "a"
    return f"{who} is {article} {role.value} of '{title}': {_DOES[role]}; {needed}. " + _ask(owners,
                                                                                             "change your role")
