"""Roles per assessment, enforced by the store: owner (manages members), assessor (decides), reviewer
(reconciles, may decide), viewer (reads, exports). What each may do is one table, `assessor.roles`.

A mixin of `assessor.store.Store`: its methods run inside the store's transactions (`conn`).

- An assessment with **no member** is open to everyone, as every assessment was before roles (one
  person, no sign-in, old databases). Once it has members, only members act, each within their role,
  and a non-member may not even read it (when the reader is named: `as_user`).
- The **first member must be an owner**, and the **last owner** can be neither removed nor demoted, so
  an assessment never has members but nobody to manage them.
- Identities (a typed name, or the signed-in e-mail) are compared without regard to case or the spaces
  around them: "Ana@Example.org " is ana@example.org.
- Every change of a member is a history entry (field "member", old and new `{"identity", "role"}`, who,
  when) written in the same transaction as the change; a refusal writes nothing.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from typing import Any

from assessor.assessment import now
from assessor.errors import NotFound, PermissionDenied, StoreError
from assessor.roles import ACTIONS, MAX_IDENTITY, Role, allowed, identity_key, is_identity, parse_role, refusal

__all__ = ["Member", "MembersMixin", "member_order"]


@dataclass(frozen=True, slots=True)
class Member:
    """One member of an assessment: who, in which role, added by whom and when."""

    identity: str
    role: Role
    added_by: str
    added_at: str


def member_order(member: Member) -> tuple[int, str, str]:
    """The order members are listed in: owners first, then assessors, reviewers, viewers; by identity within."""
    return (list(Role).index(member.role), identity_key(member.identity), member.identity)


def _clean_identity(identity: str) -> str:
    cleaned = unicodedata.normalize("NFC", str(identity)).strip()
    if not cleaned:
        raise StoreError("a member needs an identity: a name, or the e-mail address they sign in with")
    if not is_identity(cleaned):
        raise StoreError(f"{cleaned[:40]!r} is not an identity: one line of at most {MAX_IDENTITY} characters")
    return cleaned


def _member_json(member: Member) -> dict[str, str]:
    """A member as a history entry records it."""
    return {"identity": member.identity, "role": member.role.value}


class MembersMixin:
    """The members of each assessment and what their role lets them do."""

    # Provided by assessor.store.Store.
    _read: Any
    _write: Any
    _require: Any
    _record: Any

    # -- inside a transaction

    @staticmethod
    def _member_list(conn: Any, assessment_id: str) -> list[Member]:
        rows = conn.execute("SELECT identity, role, added_by, added_at FROM members WHERE assessment_id = ?",
                            (assessment_id,)).fetchall()
        # Sorted here, not by the database: the same order on both back ends (PostgreSQL's collation is not
        # SQLite's), so an export is the same wherever it was made.
        return sorted((Member(r["identity"], Role(r["role"]), r["added_by"], r["added_at"]) for r in rows),
                      key=member_order)

    @staticmethod
    def _find(members: list[Member], identity: str | None) -> Member | None:
        key = identity_key(identity or "")
        return next((m for m in members if identity_key(m.identity) == key), None) if key else None

    def _authorize(self, conn: Any, assessment_id: str, by: str, action: str) -> None:
        """Refuse (PermissionDenied) `action` on the assessment unless `by`'s role allows it.

        Actions: "read", "edit" (details, files, pre-assessment), "decide", "delete", "members",
        "reconcile". Called inside the transaction, after the assessment's row is read (and, in a write,
        locked). An assessment with no member allows everything to everyone. Nothing is written here,
        so a refusal leaves the transaction with nothing to commit.
        """
        if action not in ACTIONS:
            raise ValueError(f"unknown action {action!r}; known: {', '.join(ACTIONS)}")
        members = self._member_list(conn, assessment_id)
        if not members:
            return
        member = self._find(members, by)
        role = member.role if member is not None else None
        if allowed(role, action):
            return
        row = conn.execute("SELECT title FROM assessments WHERE id = ?", (assessment_id,)).fetchone()
        title = row["title"] if row is not None else assessment_id
        owners = [m.identity for m in members if m.role is Role.OWNER]
        raise PermissionDenied(refusal(by, role, title, action, owners))

    def _insert_member(self, conn: Any, assessment_id: str, member: Member) -> None:
        conn.execute("INSERT INTO members (assessment_id, identity, role, added_by, added_at) VALUES (?, ?, ?, ?, ?)",
                     (assessment_id, member.identity, member.role.value, member.added_by, member.added_at))

    def _make_owner(self, conn: Any, assessment_id: str, identity: str, by: str, at: str, source: str) -> Member:
        """Add `identity` as an owner (create, duplicate, import), with its history entry."""
        member = Member(_clean_identity(identity), Role.OWNER, by, at)
        self._insert_member(conn, assessment_id, member)
        self._record(conn, assessment_id, "", "member", None, _member_json(member), by, at, source)
        return member

    @staticmethod
    def _keep_coder(header: Any, member: Member, change: str, still_decides: bool) -> None:
        """Refuse to take away a coder's right to decide: their codings would stall the double coding."""
        coders = json.loads(header["coders"] or "[]")
        if still_decides or not any(identity_key(c) == identity_key(member.identity) for c in coders):
            return
        raise PermissionDenied(f"{member.identity} is one of the two coders of '{header['title']}' and cannot "
                               f"{change} while coding: change the coders first.")

    # -- public

    def members(self, assessment_id: str, *, as_user: str | None = None) -> list[Member]:
        """The members, owners first (`member_order`); [] when the assessment is open to everyone.

        With `as_user`, a person who may not read the assessment gets PermissionDenied.
        """
        with self._read() as conn:
            self._require(conn, assessment_id)
            if as_user is not None:
                self._authorize(conn, assessment_id, as_user, "read")
            return self._member_list(conn, assessment_id)

    def role_of(self, assessment_id: str, identity: str) -> Role | None:
        """`identity`'s role on the assessment; None when not a member (or when it has no members at all)."""
        with self._read() as conn:
            self._require(conn, assessment_id)
            member = self._find(self._member_list(conn, assessment_id), identity)
        return member.role if member is not None else None

    def set_member(self, assessment_id: str, identity: str, role: Role | str, *, by: str,
                   source: str = "app") -> Member:
        """Add a member, or change a member's role; returns the member as saved.

        Only an owner may, except while the assessment has no members: then anyone may add the first
        member, who must be an owner. The last owner cannot be demoted. PermissionDenied otherwise,
        and nothing is written. Setting the role a member already has changes nothing.
        """
        try:
            wanted = parse_role(role)
        except ValueError as exc:
            raise StoreError(str(exc)) from None
        identity = _clean_identity(identity)
        stamp = now()
        with self._write() as conn:
            header = self._require(conn, assessment_id)  # locked: member changes take turns
            members = self._member_list(conn, assessment_id)
            if not members and wanted is not Role.OWNER:
                raise PermissionDenied(
                    f"The first member of '{header['title']}' must be an owner, so that someone can manage the "
                    f"members: add an owner first (yourself, say), then {identity} as {wanted.value}.")
            self._authorize(conn, assessment_id, by, "members")
            current = self._find(members, identity)
            if current is None:
                member = Member(identity, wanted, by, stamp)
                self._insert_member(conn, assessment_id, member)
                self._record(conn, assessment_id, "", "member", None, _member_json(member), by, stamp, source)
                return member
            if current.role is wanted:
                return current
            self._keep_coder(header, current, f"become {'an' if wanted.value[0] in 'aeiou' else 'a'} {wanted.value}",
                             allowed(wanted, "decide"))
            owners = [m for m in members if m.role is Role.OWNER]
            if current.role is Role.OWNER and len(owners) == 1:
                raise PermissionDenied(
                    f"{current.identity} is the last owner of '{header['title']}' and cannot become "
                    f"{'an' if wanted.value[0] in 'aeiou' else 'a'} {wanted.value}: make someone else an owner "
                    "first, so that someone can still manage the members.")
            conn.execute("UPDATE members SET role = ? WHERE assessment_id = ? AND identity = ?",
                         (wanted.value, assessment_id, current.identity))
            changed = Member(current.identity, wanted, current.added_by, current.added_at)
            self._record(conn, assessment_id, "", "member", _member_json(current), _member_json(changed), by, stamp,
                         source)
            return changed

    def remove_member(self, assessment_id: str, identity: str, *, by: str, source: str = "app") -> Member:
        """Remove a member (owners only); returns the member removed.

        NotFound if `identity` is not a member; the last owner cannot be removed (PermissionDenied).
        """
        stamp = now()
        with self._write() as conn:
            header = self._require(conn, assessment_id)
            members = self._member_list(conn, assessment_id)
            current = self._find(members, identity)
            if members:
                self._authorize(conn, assessment_id, by, "members")
            if current is None:
                raise NotFound(f"{identity.strip() or 'no name'} is not a member of '{header['title']}'")
            self._keep_coder(header, current, "be removed", False)
            if current.role is Role.OWNER and sum(m.role is Role.OWNER for m in members) == 1:
                raise PermissionDenied(
                    f"{current.identity} is the last owner of '{header['title']}' and cannot be removed: make "
                    "someone else an owner first, so that someone can still manage the members.")
            conn.execute("DELETE FROM members WHERE assessment_id = ? AND identity = ?",
                         (assessment_id, current.identity))
            self._record(conn, assessment_id, "", "member", _member_json(current), None, by, stamp, source)
            return current
