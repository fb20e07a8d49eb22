"""Double coding: two assessors decide each requirement independently; agreement is measured, and a
reviewer reconciles the differences into the final decision (docs/double-coding.md).

A mixin of `assessor.store.Store`: its methods run inside the store's transactions (`conn`).

- `set_coders` names the assessment's two coders (`assessments.coders`, a JSON list; `()` stops double
  coding). From then on `Store.decide` / `clear_decision` by a coder save that coder's own decision in
  `codings` (`_code`), never the final decision (`findings.decision`).
- Independence: a coder sees the machine's proposal and their own codings only (`coded_view`,
  `codings(as_user=coder)`); the other coder's coding of a requirement, and its final decision, only once
  both have decided it.
- Once both have decided a requirement: when their statuses agree, the final decision is set at once
  (source "double coding: agreed", by "<A> and <B>"; `agreed_decision` says exactly what it holds); when
  they disagree, the requirement waits for a reviewer's `reconcile` (source "reconciled from <coder>" or
  "reconciled: reviewer's own").
- `agreement` measures coder against coder, `machine_agreement` machine against final (assessor/agreement.py).

Every coding has its own version (optimistic concurrency, as findings have): a save based on a stale
version is refused with ConflictError. Each save is a history entry (field "coding", by the coder).
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from assessor.agreement import AgreementReport, agreement, machine_vs_final, pair
from assessor.assessment import Assessment, Decision, Finding, now, scope_position
from assessor.assessment_schema import decision_json, decision_value
from assessor.catalog import load_catalog
from assessor.errors import ConflictError, NotFound, StoreError

if TYPE_CHECKING:
    from assessor.db import Database

__all__ = ["AGREED", "CODING_ROLES", "OWN", "RECONCILED", "Coding", "CodingMixin", "Disagreement", "Reconciliation",
           "agreed_decision", "coder_of", "settled_source"]

# History sources of the final decisions double coding writes.
AGREED = "double coding: agreed"
RECONCILED = "reconciled"
OWN = "own"
# The roles a coder may hold when the assessment has members (roles helper: assessor/store_members.py).
CODING_ROLES = ("owner", "assessor", "reviewer")
# Who sees both coders' codings before both decided: the reviewer who reconciles, and the owner.
SEE_BOTH_ROLES = ("owner", "reviewer")


@dataclass(frozen=True, slots=True)
class Coding:
    """One coder's own decision on one requirement (None: withdrawn), with its version."""

    requirement_id: str
    coder: str
    decision: Decision | None
    version: int
    at: str


@dataclass(frozen=True, slots=True)
class Disagreement:
    """A requirement both coders decided with different statuses: their codings and the final state."""

    requirement_id: str
    codings: tuple[Coding, Coding]  # in the coders' order
    finding: Finding  # the final decision now, and the version a reconciliation is based on
    settled_by: str = ""  # who reconciled it since the last coding ("" while it waits)
    settled_from: str = ""  # the history source of that reconciliation

    @property
    def settled(self) -> bool:
        """True once a reviewer reconciled it after both codings were last changed."""
        return bool(self.settled_by or self.settled_from)


@dataclass(frozen=True, slots=True)
class Reconciliation:
    """Where double coding stands: what both decided, what agreed, what waits, what was settled."""

    coders: tuple[str, ...]
    both_decided: int
    agreed: tuple[str, ...]  # requirement ids, settled at once
    pending: tuple[Disagreement, ...]
    settled: tuple[Disagreement, ...]


def settled_source(settled_from: str) -> str:
    """The history source of a reconciliation: "reconciled from ana" / "reconciled: reviewer's own"."""
    return f"{RECONCILED}: reviewer's own" if settled_from == OWN else f"{RECONCILED} from {settled_from}"


def agreed_decision(first: Coding, second: Coding, at: str) -> Decision:
    """The final decision of a requirement both coders decided alike.

    The first coder's decision, with: the status they share; both rationales, each after its coder's
    name ("ana: ...", blank line, "ben: ..."; an empty one left out); the provisions both cited (the
    first's, then the second's not already there); the notes, examples, challenges and assistance of
    the first coder, or of the second where the first left one empty. By "<first> and <second>".
    """
    a, b = first.decision, second.decision
    if a is None or b is None:
        raise ValueError("both coders must have decided")
    rationale = "\n\n".join(f"{c.coder}: {c.decision.rationale}" for c in (first, second)
                            if c.decision is not None and c.decision.rationale.strip())
    provisions = a.provisions + tuple(p for p in b.provisions if p not in a.provisions)
    return Decision(a.status, rationale, provisions, a.notes or b.notes, a.assistance or b.assistance,
                    f"{first.coder} and {second.coder}", at, a.examples or b.examples, a.challenges or b.challenges)


def _same(one: Decision | None, other: Decision | None) -> bool:
    """The same decision, whoever saved it and whenever."""
    if one is None or other is None:
        return one is other
    return replace(one, by="", at="") == replace(other, by="", at="")


def _key(identity: str) -> str:
    """What two identities are compared by, as the roles do (assessor/roles.py): case and outer spaces ignored."""
    return unicodedata.normalize("NFC", str(identity or "")).strip().casefold()


def _coder(coders: tuple[str, ...], identity: str) -> str | None:
    """The coder `identity` is (as the coders were named), or None."""
    key = _key(identity)
    return next((c for c in coders if _key(c) == key), None) if key else None


def coder_of(coders: tuple[str, ...], identity: str) -> str | None:
    """The coder `identity` is, as the coders were named ("Ana " is "ana"); None when not a coder."""
    return _coder(coders, identity)


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _shorten(text: str, limit: int = 200) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class CodingMixin:
    """Each coder's own decisions, kept apart from the final decision until reconciled."""

    # Provided by Store (assessor/store.py) and MembersMixin.
    _write: Any
    _read: Any
    _require: Any
    _record: Any
    _touch: Any
    _authorize: Any
    _load: Any
    _conflict: Any
    _insert_findings: Any
    _set_decision: Any

    # -- reading helpers (inside a transaction)

    @staticmethod
    def _coders(conn: Database, assessment_id: str) -> tuple[str, ...]:
        row = conn.execute("SELECT coders FROM assessments WHERE id = ?", (assessment_id,)).fetchone()
        if row is None:
            raise NotFound(f"no assessment with id {assessment_id!r}")
        return tuple(json.loads(row["coders"] or "[]"))

    @staticmethod
    def _member_roles(conn: Database, assessment_id: str) -> dict[str, str]:
        """identity -> role of the assessment's members ({} for an assessment open to anyone)."""
        rows = conn.execute("SELECT identity, role FROM members WHERE assessment_id = ?", (assessment_id,)).fetchall()
        return {_key(r["identity"]): r["role"] for r in rows}

    @staticmethod
    def _codings_of(conn: Database, assessment_id: str, coders: tuple[str, ...],
                    requirement_id: str | None = None) -> dict[str, dict[str, Coding]]:
        """requirement id -> coder -> Coding, for the current coders only (earlier coders' rows are ignored)."""
        sql = "SELECT * FROM codings WHERE assessment_id = ?"
        params: tuple[Any, ...] = (assessment_id,)
        if requirement_id is not None:
            sql += " AND requirement_id = ?"
            params += (requirement_id,)
        out: dict[str, dict[str, Coding]] = {}
        for r in conn.execute(sql + " ORDER BY requirement_id, coder", params).fetchall():
            if r["coder"] not in coders:
                continue
            decision = decision_value(None if r["decision"] is None else json.loads(r["decision"]))
            out.setdefault(r["requirement_id"], {})[r["coder"]] = Coding(r["requirement_id"], r["coder"], decision,
                                                                         r["version"], r["at"])
        return out

    @staticmethod
    def _both(codings: dict[str, Coding], coders: tuple[str, ...]) -> tuple[Coding, Coding] | None:
        """The two codings of a requirement when both coders have decided it (in the coders' order)."""
        if len(coders) != 2:
            return None
        first, second = codings.get(coders[0]), codings.get(coders[1])
        if first is None or second is None or first.decision is None or second.decision is None:
            return None
        return first, second

    def _codes(self, conn: Database, assessment_id: str, by: str) -> bool:
        """Whether `by` is one of the two coders of a double-coded assessment (their decisions are codings)."""
        if not by:
            return False
        row = conn.execute("SELECT coders FROM assessments WHERE id = ?", (assessment_id,)).fetchone()
        return row is not None and _coder(tuple(json.loads(row["coders"] or "[]")), by) is not None

    def _final_finding(self, conn: Database, assessment_id: str, requirement_id: str) -> Finding | None:
        from assessor.store import _finding_from_row

        row = conn.execute("SELECT * FROM findings WHERE assessment_id = ? AND requirement_id = ?",
                           (assessment_id, requirement_id)).fetchone()
        return None if row is None else _finding_from_row(row)

    # -- the coders

    def coders(self, assessment_id: str) -> tuple[str, ...]:
        """The assessment's two coders, or () when it is not double coded."""
        with self._read() as conn:
            return self._coders(conn, assessment_id)

    def set_coders(self, assessment_id: str, coders: tuple[str, str] | tuple[()], *, by: str,
                   source: str = "app") -> tuple[str, ...]:
        """Start double coding with two coders, or stop it with `()`; recorded in the history ("coders").

        Needs the "members" action. The two must be different identities; when the assessment has
        members, each must be one with the owner, assessor or reviewer role. Codings already made are
        kept: stopping and starting again with the same coders finds them again; the final decisions
        stay as they are.
        """
        names = tuple(str(c).strip() for c in coders)
        if len(names) not in (0, 2) or any(not n for n in names):
            raise StoreError("double coding needs exactly two coders (or none, to stop it)")
        if len(names) == 2 and _key(names[0]) == _key(names[1]):
            raise StoreError(f"the two coders must be two different people (both are {names[0]!r})")
        stamp = now()
        with self._write() as conn:
            self._require(conn, assessment_id)
            self._authorize(conn, assessment_id, by, "members")
            roles = self._member_roles(conn, assessment_id)
            if roles:
                for name in names:
                    if roles.get(_key(name)) not in CODING_ROLES:
                        held = f"is {roles[_key(name)]}" if _key(name) in roles else "is not a member"
                        raise StoreError(f"{name} cannot code assessment {assessment_id}: {name} {held}; a coder "
                                         "must be a member with the owner, assessor or reviewer role")
            old = self._coders(conn, assessment_id)
            if old == names:
                return names
            conn.execute("UPDATE assessments SET coders = ? WHERE id = ?", (_dumps(list(names)), assessment_id))
            self._record(conn, assessment_id, "", "coders", list(old) or None, list(names) or None, by, stamp, source)
            self._touch(conn, assessment_id, stamp)
            return names

    # -- a coder's decision

    def _as_coder_sees(self, conn: Database, assessment_id: str, requirement_id: str,
                       coding: Coding | None) -> Finding:
        """The finding with the coder's own decision as its decision and the coding's version as its version."""
        finding = self._final_finding(conn, assessment_id, requirement_id) or Finding(requirement_id)
        return replace(finding, decision=None if coding is None else coding.decision,
                       version=0 if coding is None else coding.version, needs_review=False)

    def _code(self, conn: Database, assessment_id: str, requirement_id: str, decision: Decision | None,
              expected_version: int, by: str, source: str) -> Finding:
        """Save (or, with None, withdraw) a coder's own decision on a requirement; the Finding as that coder sees it.

        `expected_version` is the coding's version as the coder saw it (`coded_view`); ConflictError
        when it moved on (another tab of theirs). When both coders have now decided alike, the final
        decision is set in the same transaction.
        """
        header = self._require(conn, assessment_id)
        coders = self._coders(conn, assessment_id)
        coder = _coder(coders, by)
        if coder is None:  # the coders changed since the call was routed here
            return self._set_decision(conn, assessment_id, requirement_id, decision, expected_version, by, source)
        self._authorize(conn, assessment_id, by, "decide")
        by = coder  # the coding is the coder's, however they typed their name
        instruments = json.loads(header["instruments"])
        if scope_position(load_catalog(), instruments, requirement_id) is None \
                and self._final_finding(conn, assessment_id, requirement_id) is None:
            raise NotFound(f"{requirement_id!r} is not a requirement in scope of assessment {assessment_id!r} "
                           f"(instruments {', '.join(instruments)})")
        mine = self._codings_of(conn, assessment_id, coders, requirement_id).get(requirement_id, {})
        current = mine.get(by)
        version = 0 if current is None else current.version
        if version != expected_version:
            shown = (f"status {current.decision.status.value}, rationale '{_shorten(current.decision.rationale)}'"
                     if current is not None and current.decision is not None else "no decision")
            raise ConflictError(f"Your own decision on {requirement_id} was changed at "
                                f"{current.at if current else 'an unknown time'} (another tab?): {shown}. Reload "
                                "to see it; your change was not saved.",
                                self._as_coder_sees(conn, assessment_id, requirement_id, current))
        if decision is None and (current is None or current.decision is None):
            raise NotFound(f"{by} has no decision on {requirement_id} to withdraw")
        stamp = now()
        saved = replace(decision, by=by, at=stamp) if decision is not None else None
        as_json = decision_json(saved)
        stored = None if as_json is None else _dumps(as_json)
        if current is None:
            conn.execute("INSERT INTO codings (assessment_id, requirement_id, coder, decision, version, at) "
                         "VALUES (?, ?, ?, ?, 1, ?)", (assessment_id, requirement_id, by, stored, stamp))
        else:
            conn.execute("UPDATE codings SET decision = ?, version = version + 1, at = ? "
                         "WHERE assessment_id = ? AND requirement_id = ? AND coder = ?",
                         (stored, stamp, assessment_id, requirement_id, by))
        before = decision_json(current.decision if current is not None else None)
        self._record(conn, assessment_id, requirement_id, "coding", before, as_json, by, stamp, source)
        coding = Coding(requirement_id, by, saved, version + 1, stamp)
        mine = {**mine, by: coding}
        both = self._both(mine, coders)
        if both is not None and both[0].decision.status == both[1].decision.status:  # type: ignore[union-attr]
            self._settle(conn, assessment_id, requirement_id, agreed_decision(*both, stamp),
                         f"{coders[0]} and {coders[1]}", AGREED, stamp)
        self._touch(conn, assessment_id, stamp)
        return self._as_coder_sees(conn, assessment_id, requirement_id, coding)

    def _settle(self, conn: Database, assessment_id: str, requirement_id: str, decision: Decision, by: str,
                source: str, stamp: str) -> Finding:
        """Set the final decision (the assessment is locked: no one else writes meanwhile); nothing when unchanged."""
        finding = self._final_finding(conn, assessment_id, requirement_id)
        if finding is None:
            header = self._require(conn, assessment_id)
            position = scope_position(load_catalog(), json.loads(header["instruments"]), requirement_id) or 0
            self._insert_findings(conn, assessment_id, [Finding(requirement_id)], start=position)
            finding = Finding(requirement_id)
        if _same(finding.decision, decision):
            return finding
        as_json = decision_json(decision)
        conn.execute("UPDATE findings SET decision = ?, needs_review = 0, version = version + 1 "
                     "WHERE assessment_id = ? AND requirement_id = ?", (_dumps(as_json), assessment_id, requirement_id))
        self._record(conn, assessment_id, requirement_id, "decision", decision_json(finding.decision), as_json, by,
                     stamp, source)
        return replace(finding, decision=decision, needs_review=False, version=finding.version + 1)

    # -- what each person sees

    def _sees_both(self, conn: Database, assessment_id: str, coders: tuple[str, ...], as_user: str) -> bool:
        """Whether `as_user` (not a coder) may see codings not yet decided by both: a reviewer or the owner;
        anyone when the assessment has no members (open, no sign-in: nobody's identity can be trusted anyway)."""
        roles = self._member_roles(conn, assessment_id)
        return not roles or roles.get(_key(as_user)) in SEE_BOTH_ROLES

    def _hidden_codings(self, conn: Database, assessment_id: str, as_user: str) -> set[tuple[str, str]]:
        """(coder key, requirement id) of the codings `as_user` may not see yet (the rule of `codings`): the
        history leaves out their "coding" entries, so it cannot tell a coder what the other decided."""
        coders = self._coders(conn, assessment_id)
        if len(coders) != 2:
            return set()
        me = _coder(coders, as_user)
        if me is None and self._sees_both(conn, assessment_id, coders, as_user):
            return set()
        hidden = set()
        for requirement_id, by_coder in self._codings_of(conn, assessment_id, coders).items():
            if self._both(by_coder, coders) is None:
                hidden |= {(_key(coder), requirement_id) for coder in by_coder if coder != me}
        return hidden

    def _coding_export_refused(self, conn: Database, assessment_id: str, as_user: str) -> str | None:
        """Why `as_user` may not export the whole record now (it holds both coders' decisions), or None."""
        coders = self._coders(conn, assessment_id)
        if _coder(coders, as_user) is None or not self._hidden_codings(conn, assessment_id, as_user):
            return None
        other = next(c for c in coders if c != _coder(coders, as_user))
        return (f"{as_user} codes this assessment with {other}: its full export holds {other}'s decisions on "
                "requirements you have not both decided. Export the reports instead, or ask the owner or a reviewer "
                "for the record.")

    def codings(self, assessment_id: str, *, as_user: str) -> tuple[Coding, ...]:
        """The codings `as_user` may see, by requirement then coder.

        A coder: their own, and the other coder's only on requirements both have decided. A reviewer or
        the owner (or anyone, on an assessment without members): both coders' codings. Anyone else: the
        codings of requirements both have decided (what the agreement figures show).
        """
        with self._read() as conn:
            self._require(conn, assessment_id)
            self._authorize(conn, assessment_id, as_user, "read")
            coders = self._coders(conn, assessment_id)
            everything = self._codings_of(conn, assessment_id, coders)
            me = _coder(coders, as_user)
            see_all = me is None and self._sees_both(conn, assessment_id, coders, as_user)
        shown = []
        for requirement_id in sorted(everything):
            by_coder = everything[requirement_id]
            both = self._both(by_coder, coders) is not None
            for coder in coders:
                coding = by_coder.get(coder)
                if coding is not None and (both or see_all or coder == me):
                    shown.append(coding)
        return tuple(shown)

    def coded_view(self, assessment_id: str, as_user: str) -> Assessment:
        """The assessment as `as_user` sees it on the Review page.

        For a coder: every finding's decision is their own coding (none where they have not decided),
        its version their coding's version; the other coder's codings and the final decisions are never
        in it. For anyone else: the assessment as saved.
        """
        with self._read() as conn:
            assessment = self._load(conn, assessment_id)
            coders = self._coders(conn, assessment_id)
            me = _coder(coders, as_user)
            if me is None:
                return assessment
            mine = {rid: c[me] for rid, c in self._codings_of(conn, assessment_id, coders).items() if me in c}
        findings = {rid: replace(f, decision=None, version=0, needs_review=False)
                    for rid, f in assessment.findings.items()}
        for rid, coding in mine.items():
            finding = findings.get(rid) or Finding(rid)
            findings[rid] = replace(finding, decision=coding.decision, version=coding.version)
        return replace(assessment, findings=findings)

    # -- agreement and reconciliation

    def agreement(self, assessment_id: str) -> AgreementReport | None:
        """Coder against coder over the requirements both decided; None when the assessment is not double coded."""
        with self._read() as conn:
            self._require(conn, assessment_id)
            coders = self._coders(conn, assessment_id)
            everything = self._codings_of(conn, assessment_id, coders)
        if len(coders) != 2:
            return None
        catalog = load_catalog()
        pairs = []
        for requirement_id, by_coder in everything.items():
            both = self._both(by_coder, coders)
            if both is not None:
                pairs.append(pair(catalog, requirement_id, both[0].decision.status.value,  # type: ignore[union-attr]
                                  both[1].decision.status.value))  # type: ignore[union-attr]
        return agreement(pairs, coders[0], coders[1])

    def machine_agreement(self, assessment_id: str) -> AgreementReport:
        """The machine's proposal against the final decisions, over the decided requirements."""
        with self._read() as conn:
            assessment = self._load(conn, assessment_id)
        return machine_vs_final(assessment, load_catalog())

    def reconciliation(self, assessment_id: str) -> Reconciliation:
        """The requirements both coders decided: agreed, waiting for reconciliation, reconciled."""
        with self._read() as conn:
            self._require(conn, assessment_id)
            coders = self._coders(conn, assessment_id)
            everything = self._codings_of(conn, assessment_id, coders)
            rows = conn.execute("SELECT requirement_id, field, by, source FROM history WHERE assessment_id = ? "
                                "AND field IN ('coding', 'decision') ORDER BY id", (assessment_id,)).fetchall()
            findings = {rid: self._final_finding(conn, assessment_id, rid) for rid in everything}
        # The last reconciliation of each requirement, unless a coding changed after it.
        settled: dict[str, tuple[str, str]] = {}
        for r in rows:
            if r["field"] == "coding" and r["by"] in coders:
                settled.pop(r["requirement_id"], None)
            elif r["field"] == "decision":
                if RECONCILED in str(r["source"]):
                    settled[r["requirement_id"]] = (r["by"], r["source"])
                else:
                    settled.pop(r["requirement_id"], None)
        agreed, pending, done, both_decided = [], [], [], 0
        for requirement_id in sorted(everything):
            both = self._both(everything[requirement_id], coders)
            if both is None:
                continue
            both_decided += 1
            if both[0].decision.status == both[1].decision.status:  # type: ignore[union-attr]
                agreed.append(requirement_id)
                continue
            finding = findings.get(requirement_id) or Finding(requirement_id)
            by, source = settled.get(requirement_id, ("", ""))
            item = Disagreement(requirement_id, both, finding, by, source)
            (done if item.settled else pending).append(item)
        return Reconciliation(coders, both_decided, tuple(agreed), tuple(pending), tuple(done))

    def reconcile(self, assessment_id: str, requirement_id: str, decision: Decision | None = None, *,
                  settled_from: str, expected_version: int, by: str, source: str = "") -> Finding:
        """Settle a requirement both coders decided: the final decision from one coder's, or the reviewer's own.

        Needs the "reconcile" action. `settled_from` is a coder's identity (their decision becomes the
        final one; `decision` is ignored) or "own" (`decision` is the reviewer's). Based on the final
        decision's `expected_version` (ConflictError when it moved on). The history entry is by the
        reviewer, source "reconciled from <coder>" or "reconciled: reviewer's own" (`source`, when given,
        is put before it: "cli: reconciled from ana").
        """
        with self._write() as conn:
            self._require(conn, assessment_id)
            self._authorize(conn, assessment_id, by, "reconcile")
            coders = self._coders(conn, assessment_id)
            if len(coders) != 2:
                raise StoreError(f"assessment {assessment_id} is not double coded: there is nothing to reconcile")
            both = self._both(self._codings_of(conn, assessment_id, coders, requirement_id).get(requirement_id, {}),
                              coders)
            if both is None:
                raise StoreError(f"{requirement_id} cannot be reconciled yet: both coders ({coders[0]} and "
                                 f"{coders[1]}) must have decided it first")
            if settled_from == OWN:
                if decision is None:
                    raise StoreError("a reconciliation of your own needs a decision (a status, and a rationale)")
                chosen = decision
            elif _coder(coders, settled_from) is not None:
                settled_from = _coder(coders, settled_from)  # type: ignore[assignment]
                chosen = both[coders.index(settled_from)].decision
            else:
                raise StoreError(f"settle {requirement_id} from {coders[0]}, {coders[1]} or 'own', "
                                 f"not {settled_from!r}")
            stamp = now()
            final = replace(chosen, by=by, at=stamp)  # type: ignore[arg-type]
            current = self._final_finding(conn, assessment_id, requirement_id)
            if current is None:
                header = self._require(conn, assessment_id)
                position = scope_position(load_catalog(), json.loads(header["instruments"]), requirement_id) or 0
                self._insert_findings(conn, assessment_id, [Finding(requirement_id)], start=position)
                current = Finding(requirement_id)
            as_json = decision_json(final)
            cursor = conn.execute(
                "UPDATE findings SET decision = ?, needs_review = 0, version = version + 1 "
                "WHERE assessment_id = ? AND requirement_id = ? AND version = ?",
                (_dumps(as_json), assessment_id, requirement_id, expected_version))
            if cursor.rowcount != 1:
                raise self._conflict(conn, assessment_id, current)
            where = settled_source(settled_from)
            self._record(conn, assessment_id, requirement_id, "decision", decision_json(current.decision), as_json,
                         by, stamp, f"{source}: {where}" if source else where)
            self._touch(conn, assessment_id, stamp)
            return replace(current, decision=final, needs_review=False, version=current.version + 1)
