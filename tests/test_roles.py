"""Roles per assessment (issue 13, part 3): the permission table as the store enforces it, open assessments,
the rules on owners, reads by a named person, member history, duplicate and import, the JSON round trip with
members, coders and codings, the command line, and the Members panel of the Assessments page.

Every store test runs on SQLite and on PostgreSQL (the `new_database` fixture of conftest.py).
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assessor import legislation_from_text, pre_assess
from assessor.assessment import Assessment, Decision, ElementView, Finding, LawFile, new_assessment
from assessor.assessment_schema import decision_json
from assessor.cli import main
from assessor.errors import AssessmentImportError, ExitCode, NotFound, PermissionDenied, StoreError
from assessor.preassessment import ElementStatus, PreAssessment, RequirementStatus
from assessor.roles import ACTIONS, Role, allowed, identity_key, refusal
from assessor.store import Store
from assessor.store_members import Member, member_order

MET, NOT_MET = RequirementStatus.MET, RequirementStatus.NOT_MET
TITLE = "Lannagh bill 2026"


def lannagh(n: int = 3) -> Assessment:
    """An invented State's bill with `n` undecided findings, open to everyone (no members)."""
    findings = {f"TIP-{i}": Finding(f"TIP-{i}", NOT_MET, (ElementView(f"TIP-{i}", ElementStatus.MISSING),), ("s. 1",),
                                    f"digest{i}") for i in range(1, n + 1)}
    files = (LawFile("bill.docx", "ab" * 32, 1234, "docx", "en", 12, "Bill", "v1", "2026-01-01T00:00:00+00:00"),)
    return replace(new_assessment("Lannagh", TITLE, "2026-05-01", ("TIP",), created_by="ana"), files=files,
                   findings=findings)


@functools.cache
def proposal() -> PreAssessment:
    """A pre-assessment of a two-line invented law (made once: the machine is the slow part)."""
    law = legislation_from_text("Section 1. Whoever recruits a person by force for exploitation commits an offence.\n"
                                "Section 2. Consent of the victim is irrelevant.")
    return pre_assess(law, None, ("TIP",))


@pytest.fixture
def store(new_database) -> Store:  # noqa: ANN001
    with Store(new_database()) as s:
        yield s


def snapshot(store: Store) -> dict[str, Any]:
    """Everything the database holds, as exports (findings and versions, history, members, coders, codings)."""
    return {s.id: store.export_json(s.id) for s in store.list()}


# --- the permission table, as the store enforces it -----------------------------------------------------

# (action, what is done): each is one call of the store's public API, as `who`. Setup: ana owns the
# assessment, vic is a viewer, TIP-2 was decided by ana (so there is a decision to clear and to restore).
Operation = Callable[[Store, str, str], Any]
OPERATIONS: list[tuple[str, str, Operation]] = [
    ("read", "get", lambda s, a, who: s.get(a, as_user=who)),
    ("read", "history", lambda s, a, who: s.history(a, as_user=who)),
    ("read", "export", lambda s, a, who: s.export_json(a, as_user=who)),
    ("read", "members", lambda s, a, who: s.members(a, as_user=who)),
    ("read", "duplicate", lambda s, a, who: s.duplicate(a, "next draft", by=who)),
    ("edit", "update_details", lambda s, a, who: s.update_details(a, title="Lannagh bill 2026, v2", by=who)),
    ("edit", "set_files", lambda s, a, who: s.set_files(a, [], by=who)),
    ("edit", "save_pre_assessment", lambda s, a, who: s.save_pre_assessment(a, proposal(), [], by=who)),
    ("decide", "decide", lambda s, a, who: s.decide(a, "TIP-1", Decision(MET, "s. 1"), expected_version=0, by=who)),
    ("decide", "clear_decision", lambda s, a, who: s.clear_decision(a, "TIP-2", expected_version=1, by=who)),
    ("decide", "restore", lambda s, a, who: s.restore(a, "TIP-2", s.history(a, "TIP-2")[0].id, expected_version=1,
                                                      by=who)),
    ("members", "add a member", lambda s, a, who: s.set_member(a, "zed@example.org", Role.VIEWER, by=who)),
    ("members", "change a role", lambda s, a, who: s.set_member(a, "vic", Role.ASSESSOR, by=who)),
    ("members", "remove a member", lambda s, a, who: s.remove_member(a, "vic", by=who)),
    ("delete", "delete", lambda s, a, who: s.delete(a, by=who)),
]

# What each role may do, written out here (not read from assessor.roles) so that a change of the table
# there fails this test until it is made on purpose in both places.
MAY: dict[Role | None, set[str]] = {
    Role.OWNER: {"read", "edit", "decide", "reconcile", "members", "delete"},
    Role.ASSESSOR: {"read", "edit", "decide"},
    Role.REVIEWER: {"read", "decide", "reconcile"},
    Role.VIEWER: {"read"},
    None: set(),  # not a member
}


def with_members(store: Store, role: Role | None) -> str:
    """The assessment owned by ana, with vic a viewer and amina in `role` (None: not a member)."""
    a = store.create(lannagh(), by="ana", owner=True)
    store.decide(a.id, "TIP-2", Decision(NOT_MET, "no provision"), expected_version=0, by="ana")
    store.set_member(a.id, "vic", Role.VIEWER, by="ana")
    if role is not None:
        store.set_member(a.id, "amina", role, by="ana")
    return a.id


@pytest.mark.parametrize("role", [Role.OWNER, Role.ASSESSOR, Role.REVIEWER, Role.VIEWER, None],
                         ids=lambda r: r.value if r else "non-member")
@pytest.mark.parametrize(("action", "operation"), [(a, op) for a, _, op in OPERATIONS],
                         ids=[name for _, name, _ in OPERATIONS])
def test_each_role_may_do_what_the_table_says(store: Store, role: Role | None, action: str,
                                              operation: Operation) -> None:
    # Each role x each store operation: allowed where the table says so; otherwise PermissionDenied with
    # the one-line message, and nothing written anywhere (every assessment's export is unchanged).
    assessment_id = with_members(store, role)
    before = snapshot(store)
    if action in MAY[role]:
        operation(store, assessment_id, "amina")
        return
    with pytest.raises(PermissionDenied) as refused:
        operation(store, assessment_id, "amina")
    assert refused.value.message.startswith("amina is ")
    assert f"'{TITLE}'" in refused.value.message and "Ask an owner (ana)" in refused.value.message
    assert snapshot(store) == before


@pytest.mark.parametrize("role", [Role.OWNER, Role.ASSESSOR, Role.REVIEWER, Role.VIEWER, None],
                         ids=lambda r: r.value if r else "non-member")
def test_reconcile_is_asked_of_the_same_table(store: Store, role: Role | None) -> None:
    # "reconcile" has no method of this module (double coding calls it): the store's check, inside a write,
    # allows reviewers and owners only.
    assessment_id = with_members(store, role)
    with store._write() as conn:  # noqa: SLF001 - the hook double coding calls
        if "reconcile" in MAY[role]:
            store._authorize(conn, assessment_id, "amina", "reconcile")  # noqa: SLF001
        else:
            with pytest.raises(PermissionDenied):
                store._authorize(conn, assessment_id, "amina", "reconcile")  # noqa: SLF001


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("action", ACTIONS)
def test_allowed_matches_the_table(role: Role, action: str) -> None:
    # assessor.roles.allowed against the table written out above: the two cannot drift apart.
    assert allowed(role, action) is (action in MAY[role])
    assert allowed(role.value, action) is (action in MAY[role])


@pytest.mark.parametrize(
    ("call", "message"),
    [
        # an action nobody defined is a programming error, never a silent yes or no
        (lambda: allowed(Role.OWNER, "approve"), "unknown action 'approve'"),
        # a role nobody defined
        (lambda: allowed("boss", "read"), "'boss' is not a role"),
    ],
)
def test_allowed_refuses_unknown_words(call: Callable[[], Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        call()


@pytest.mark.parametrize(
    ("identity", "role", "action", "owners", "expected"),
    [
        # the example of the brief: role, what it allows, what the action needs, whom to ask
        ("Amina", Role.VIEWER, "decide", ["ana@example.org"],
         "Amina is a viewer of 'Lannagh bill 2026': viewers read and export; deciding needs the assessor, "
         "reviewer or owner role. Ask an owner (ana@example.org) to change your role."),
        # an assessor asked to reconcile: only reviewers and owners may
        ("bo", Role.ASSESSOR, "reconcile", ["ana", "cy"],
         "bo is an assessor of 'Lannagh bill 2026': assessors read, edit the details, law files and "
         "pre-assessment, and decide; reconciling the two coders' decisions needs the reviewer or owner role. "
         "Ask an owner (ana, cy) to change your role."),
        # a non-member is told to ask to be added
        ("zed", None, "read", ["ana"],
         "zed is not a member of 'Lannagh bill 2026': only its members may read or change it. "
         "Ask an owner (ana) to add you."),
        # no name given at all
        ("", None, "decide", ["ana"],
         "Someone who gave no name is not a member of 'Lannagh bill 2026': only its members may read or change "
         "it. Ask an owner (ana) to add you."),
    ],
)
def test_refusal_message(identity: str, role: Role | None, action: str, owners: list[str], expected: str) -> None:
    assert refusal(identity, role, TITLE, action, owners) == expected


# --- open assessments ----------------------------------------------------------------------------------

@pytest.mark.parametrize("operation", [op for a, _, op in OPERATIONS if a != "members"],
                         ids=[name for a, name, _ in OPERATIONS if a != "members"])
def test_an_assessment_without_members_is_open_to_anyone(store: Store, operation: Operation) -> None:
    # No member: every operation by any name, even none, as before roles (one person, no sign-in).
    a = store.create(lannagh(), by="ana")
    store.decide(a.id, "TIP-2", Decision(NOT_MET, "no provision"), expected_version=0, by="ana")
    operation(store, a.id, "")  # no PermissionDenied


def test_an_open_assessment_is_listed_for_anyone(store: Store) -> None:
    # as_user filters out only the assessments that have members and not this person
    open_one = store.create(lannagh(), by="ana")
    closed = store.create(replace(lannagh(), id="closed1"), by="ana", owner=True)
    assert {s.id for s in store.list(as_user="zed")} == {open_one.id}
    assert {s.id for s in store.list(as_user="ANA ")} == {open_one.id, closed.id}  # case and spaces ignored
    assert {s.id for s in store.list()} == {open_one.id, closed.id}  # nobody named: everything, as before


# --- the rules on members ----------------------------------------------------------------------------------

def test_the_first_member_must_be_an_owner(store: Store) -> None:
    # Anyone may add the first member of an open assessment, but only as an owner: never members without an owner.
    a = store.create(lannagh(), by="ana")
    before = snapshot(store)
    with pytest.raises(PermissionDenied, match="The first member of 'Lannagh bill 2026' must be an owner"):
        store.set_member(a.id, "amina", Role.ASSESSOR, by="ana")
    assert snapshot(store) == before
    first = store.set_member(a.id, "ana@example.org", "owner", by="someone")
    assert (first.identity, first.role, first.added_by) == ("ana@example.org", Role.OWNER, "someone")
    # From now on only that owner manages the members.
    with pytest.raises(PermissionDenied, match="someone is not a member"):
        store.set_member(a.id, "someone", Role.OWNER, by="someone")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        # the last owner cannot step down to another role
        (lambda s, a: s.set_member(a, "ana", Role.ASSESSOR, by="ana"),
         "ana is the last owner of 'Lannagh bill 2026' and cannot become an assessor"),
        # nor be removed, by themselves
        (lambda s, a: s.remove_member(a, "ana", by="ana"), "ana is the last owner of 'Lannagh bill 2026' and cannot "
                                                            "be removed"),
    ],
)
def test_the_last_owner_stays(store: Store, change: Callable[[Store, str], Any], message: str) -> None:
    a = store.create(lannagh(), by="ana", owner=True)
    store.set_member(a.id, "vic", Role.VIEWER, by="ana")
    before = snapshot(store)
    with pytest.raises(PermissionDenied, match=message):
        change(store, a.id)
    assert snapshot(store) == before
    # With a second owner, the first may step down, and then leave.
    store.set_member(a.id, "cy", Role.OWNER, by="ana")
    change(store, a.id)
    assert [m.identity for m in store.members(a.id) if m.role is Role.OWNER] == ["cy"]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        # a coder cannot lose the right to decide while the double coding runs
        (lambda s, a: s.set_member(a, "bo", Role.VIEWER, by="ana"), "bo is one of the two coders of 'Lannagh bill "
                                                                     "2026' and cannot become a viewer"),
        # nor leave
        (lambda s, a: s.remove_member(a, "BO", by="ana"), "bo is one of the two coders of 'Lannagh bill 2026' and "
                                                          "cannot be removed"),
    ],
)
def test_a_coder_keeps_a_deciding_role(store: Store, change: Callable[[Store, str], Any], message: str) -> None:
    a = store.create(lannagh(), by="ana", owner=True)
    store.set_member(a.id, "bo", Role.ASSESSOR, by="ana")
    store.set_member(a.id, "cy", Role.REVIEWER, by="ana")
    store.set_coders(a.id, ("bo", "cy"), by="ana")
    before = snapshot(store)
    with pytest.raises(PermissionDenied, match=message):
        change(store, a.id)
    assert snapshot(store) == before
    store.set_member(a.id, "bo", Role.REVIEWER, by="ana")  # another deciding role is fine


def test_member_changes_are_history_entries(store: Store) -> None:
    # Add, change, remove: one "member" entry each, who and when, old and new {identity, role}.
    a = store.create(lannagh(), by="ana", owner=True)
    store.set_member(a.id, "Amina", Role.VIEWER, by="ana")
    store.set_member(a.id, "amina ", Role.REVIEWER, by="ana")  # the same person: case and spaces ignored
    store.set_member(a.id, "AMINA", Role.REVIEWER, by="ana")  # already a reviewer: nothing recorded
    store.remove_member(a.id, "amina", by="ana")
    entries = [(h.field, h.old, h.new, h.by) for h in reversed(store.history(a.id)) if h.field == "member"]
    assert entries == [
        ("member", None, {"identity": "ana", "role": "owner"}, "ana"),
        ("member", None, {"identity": "Amina", "role": "viewer"}, "ana"),
        ("member", {"identity": "Amina", "role": "viewer"}, {"identity": "Amina", "role": "reviewer"}, "ana"),
        ("member", {"identity": "Amina", "role": "reviewer"}, None, "ana"),
    ]
    assert all(h.at for h in store.history(a.id))


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        # an identity is one line with something in it
        (lambda s, a: s.set_member(a, "  ", Role.VIEWER, by="ana"), StoreError, "a member needs an identity"),
        (lambda s, a: s.set_member(a, "amina\nbo", Role.VIEWER, by="ana"), StoreError, "is not an identity"),
        # a role that does not exist
        (lambda s, a: s.set_member(a, "amina", "boss", by="ana"), StoreError, "'boss' is not a role"),
        # removing someone who is not a member
        (lambda s, a: s.remove_member(a, "zed", by="ana"), NotFound, "zed is not a member of 'Lannagh bill 2026'"),
        # an assessment that does not exist
        (lambda s, a: s.set_member("nope", "amina", Role.OWNER, by="ana"), NotFound, "no assessment with id 'nope'"),
    ],
)
def test_bad_member_changes_are_refused(store: Store, call: Callable[[Store, str], Any], error: type,
                                        message: str) -> None:
    a = store.create(lannagh(), by="ana", owner=True)
    before = snapshot(store)
    with pytest.raises(error, match=message):
        call(store, a.id)
    assert snapshot(store) == before


def test_role_of(store: Store) -> None:
    # a member's role, None for anyone else (and for everyone on an open assessment)
    a = store.create(lannagh(), by="ana", owner=True)
    store.set_member(a.id, "Amina@Example.org", Role.REVIEWER, by="ana")
    assert store.role_of(a.id, "amina@example.org ") is Role.REVIEWER
    assert store.role_of(a.id, "ana") is Role.OWNER
    assert store.role_of(a.id, "zed") is None
    assert store.role_of(store.create(lannagh(), by="ana").id, "ana") is None


# --- create, duplicate, import -----------------------------------------------------------------------------

def test_create_with_an_owner(store: Store) -> None:
    # owner=True makes the creator its owner (the app under sign-in); without, it is open; with no name, refused
    owned = store.create(lannagh(), by="ana@example.org", owner=True)
    assert [(m.identity, m.role) for m in store.members(owned.id)] == [("ana@example.org", Role.OWNER)]
    assert store.members(store.create(lannagh(), by="ana").id) == []
    with pytest.raises(StoreError, match="a member needs an identity"):
        store.create(lannagh(), by="", owner=True)
    assert len(store.list()) == 2  # the refused one was not created


@pytest.mark.parametrize(
    ("owned", "who", "members"),
    [
        # a members-only original: the copy has one member, its duplicator, as owner (a viewer may duplicate)
        (True, "vic", [("vic", Role.OWNER)]),
        # an open original: an open copy
        (False, "vic", []),
    ],
)
def test_duplicate_copies_no_members(store: Store, owned: bool, who: str, members: list[tuple[str, Role]]) -> None:
    a = store.create(lannagh(), by="ana", owner=owned)
    if owned:
        store.set_member(a.id, "vic", Role.VIEWER, by="ana")
    copy = store.duplicate(a.id, "Lannagh bill 2026, v2", by=who)
    assert [(m.identity, m.role) for m in store.members(copy.id)] == members
    assert store.export_json(copy.id)["codings"] == [] and store.export_json(copy.id)["coders"] == []


@pytest.mark.parametrize(
    ("importer", "members"),
    [
        # a member imports: the members as they were
        ("vic", [("ana", Role.OWNER), ("vic", Role.VIEWER)]),
        # someone else imports: added as owner, so the person who imported is not locked out of it
        ("cy", [("ana", Role.OWNER), ("cy", Role.OWNER), ("vic", Role.VIEWER)]),
    ],
)
def test_import_keeps_the_members(new_database, importer: str, members: list[tuple[str, Role]]) -> None:  # noqa: ANN001
    with Store(new_database()) as one, Store(new_database()) as two:
        a = one.create(lannagh(), by="ana", owner=True)
        one.set_member(a.id, "vic", Role.VIEWER, by="ana")
        imported = two.import_json(one.export_json(a.id), by=importer, keep_id=True)
        assert [(m.identity, m.role) for m in two.members(imported.id)] == members
        assert two.history(imported.id)[0].field == "imported"  # the import's entry is still the last


def test_an_old_export_imports_as_an_open_assessment(store: Store) -> None:
    # a file exported before roles (no members, coders, codings keys) still loads: open to everyone
    a = store.create(lannagh(), by="ana")
    data = store.export_json(a.id)
    for key in ("members", "coders", "codings"):
        del data[key]
    copy = store.import_json(data, by="cy")
    assert store.members(copy.id) == []
    assert store.export_json(copy.id)["coders"] == []


def _export_with(change: Callable[[dict], None]) -> dict:
    data = {"schema": "assessor.assessment/1",
            "assessment": {"id": "lan1", "jurisdiction": "Lannagh", "title": TITLE, "date": "", "instruments": ["TIP"]},
            "members": [{"identity": "ana", "role": "owner", "added_by": "ana", "added_at": "2026-01-01"}],
            "coders": ["bo", "cy"],
            "codings": [{"requirement_id": "TIP-1", "coder": "bo", "decision": None, "version": 1, "at": "x"}]}
    change(data)
    return data


@pytest.mark.parametrize(
    ("data", "message"),
    [
        # a role that does not exist
        (_export_with(lambda d: d["members"][0].update(role="boss")), "members[0].role: Input should be 'owner'"),
        # the same person twice, whatever the case
        (_export_with(lambda d: d["members"].append({"identity": "ANA", "role": "viewer"})),
         "members: the same person appears twice"),
        # members but no owner: nobody could manage them
        (_export_with(lambda d: d["members"][0].update(role="viewer")), "members: an assessment with members needs "
                                                                         "an owner"),
        # an identity of two lines
        (_export_with(lambda d: d["members"][0].update(identity="ana\nbo")), "members: 'ana\\nbo' is not an identity"),
        # a coder with no name
        (_export_with(lambda d: d.update(coders=["bo", " "])), "coders: ' ' is not an identity"),
        # a coder named twice
        (_export_with(lambda d: d.update(coders=["bo", "bo"])), "coders: each coder is named once"),
        # two decisions of one coder on one requirement
        (_export_with(lambda d: d["codings"].append(d["codings"][0])), "codings: a coder has two decisions"),
        # an unknown key in a coding
        (_export_with(lambda d: d["codings"][0].update(agreed=True)), "codings[0]: unknown key 'agreed'"),
    ],
)
def test_bad_members_coders_codings_are_refused_on_import(store: Store, data: dict, message: str) -> None:
    with pytest.raises(AssessmentImportError, match=re.escape(message)):
        store.import_json(data, by="ana")
    assert store.list() == []


# --- the JSON round trip ---------------------------------------------------------------------------------

SPECIAL = ['"quoted" and \'single\'', "emoji 🚨👩‍⚖️", "الاتجار بالأشخاص", "back\\slash", "", "français: «traite»",
           "\u202eRTL override"]
# Identities and the plain text columns (added_by, added_at, at) are one line of printable text.
line = st.one_of(st.sampled_from(SPECIAL), st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")),
                                                   max_size=20))
identities = line.filter(lambda s: s.strip())
text = st.one_of(st.sampled_from([*SPECIAL, "null \x00 byte", "two\nlines", "a\ttab"]),
                 st.text(st.characters(blacklist_categories=("Cs",)), max_size=20))
decisions = st.builds(Decision, st.sampled_from(list(RequirementStatus)), text, st.lists(text, max_size=2).map(tuple),
                      text, text, text, text, text, text)


@st.composite
def extras(draw: st.DrawFn) -> dict[str, Any]:
    """Members (the first an owner, names unique as the store compares them), two coders or none, codings."""
    people = draw(st.lists(identities, min_size=1, max_size=4, unique_by=identity_key))
    roles = [Role.OWNER] + draw(st.lists(st.sampled_from(list(Role)), min_size=len(people) - 1,
                                         max_size=len(people) - 1))
    members = [{"identity": p, "role": r.value, "added_by": draw(line), "added_at": draw(line)}
               for p, r in zip(people, roles, strict=True)]
    # In the order the store lists them (owners first, then by identity) and codings by requirement and coder.
    members.sort(key=lambda m: member_order(Member(m["identity"], Role(m["role"]), "", "")))
    coders = draw(st.one_of(st.just([]), st.lists(identities, min_size=2, max_size=2, unique=True)))
    pairs = draw(st.lists(st.tuples(identities, st.sampled_from(coders or ["bo"])), max_size=5, unique=True))
    codings = [{"requirement_id": rid, "coder": coder,
                "decision": decision_json(draw(st.none() | decisions)), "version": draw(st.integers(0, 1000)),
                "at": draw(line)} for rid, coder in sorted(pairs)]
    return {"members": members, "coders": coders, "codings": codings}


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(drawn=extras())
def test_members_coders_codings_round_trip(new_database, drawn: dict[str, Any]) -> None:  # noqa: ANN001
    # export (with members, coders, codings) -> JSON text -> import(keep_id) -> export: the same, plus the
    # one entry that records the import; imported by its first owner, so no owner is added.
    with Store(new_database()) as one, Store(new_database()) as two:
        a = one.create(lannagh(), by="ana")
        first = {**one.export_json(a.id), **drawn}
        owner = drawn["members"][0]["identity"]
        imported = two.import_json(json.loads(json.dumps(first)), by=owner, keep_id=True)
        second = two.export_json(imported.id)
        assert second["history"][-1]["field"] == "imported"
        second["history"].pop()
        assert second == first


# --- the command line ---------------------------------------------------------------------------------

def cli(database: str, *args: str, by: str = "ana") -> int:
    return main(["assessment", "--database", database, "--by", by, *args])


def test_cli_members(new_database, capsys: pytest.CaptureFixture[str]) -> None:  # noqa: ANN001
    database = new_database()
    with Store(database) as store:
        a = store.create(lannagh(), by="ana")
    assert cli(database, "members", a.id) == ExitCode.OK
    assert "has no members: it is open to everyone" in capsys.readouterr().out
    assert cli(database, "member", a.id, "ana@example.org", "owner") == ExitCode.OK
    assert cli(database, "member", a.id, "Amina", "viewer", by="ana@example.org") == ExitCode.OK
    assert cli(database, "member", a.id, "bo", "assessor", by="ana@example.org") == ExitCode.OK
    assert cli(database, "member", a.id, "bo", "reviewer", by="ana@example.org") == ExitCode.OK
    assert cli(database, "member", a.id, "bo", "--remove", by="ana@example.org") == ExitCode.OK
    out = capsys.readouterr().out
    assert f"{a.id}: added Amina as viewer" in out and f"{a.id}: bo is now reviewer (was assessor)" in out
    assert f"{a.id}: removed bo (reviewer)" in out
    assert cli(database, "members", a.id, by="Amina") == ExitCode.OK  # a viewer reads the list
    listed = capsys.readouterr().out.splitlines()
    assert listed[0].split() == ["identity", "role", "added", "by", "added", "at"]
    # owners first
    assert [row.split()[:2] for row in listed[1:]] == [["ana@example.org", "Owner"], ["Amina", "Viewer"]]


@pytest.mark.parametrize(
    ("args", "by", "code", "message"),
    [
        # a viewer deciding: refused by the store through 'assessment decide', exit 25, the message on stderr
        (["decide", "{id}", "TIP-1", "--status", "met"], "Amina", ExitCode.PERMISSION_DENIED,
         "assessor: Amina is a viewer of 'Lannagh bill 2026': viewers read and export; deciding needs the assessor, "
         "reviewer or owner role. Ask an owner (ana@example.org) to change your role."),
        # a viewer adding a member
        (["member", "{id}", "zed", "viewer"], "Amina", ExitCode.PERMISSION_DENIED,
         "assessor: Amina is a viewer of 'Lannagh bill 2026': viewers read and export; managing its members and "
         "coders needs the owner role. Ask an owner (ana@example.org) to change your role."),
        # a non-member listing the members
        (["members", "{id}"], "zed", ExitCode.PERMISSION_DENIED,
         "assessor: zed is not a member of 'Lannagh bill 2026': only its members may read or change it. "
         "Ask an owner (ana@example.org) to add you."),
        # the last owner demoting themselves
        (["member", "{id}", "ana@example.org", "viewer"], "ana@example.org", ExitCode.PERMISSION_DENIED,
         "assessor: ana@example.org is the last owner of 'Lannagh bill 2026' and cannot become a viewer"),
        # removing someone who is not there
        (["member", "{id}", "zed", "--remove"], "ana@example.org", ExitCode.NOT_FOUND,
         "assessor: zed is not a member of 'Lannagh bill 2026'"),
        # neither a role nor --remove
        (["member", "{id}", "zed"], "ana@example.org", ExitCode.USAGE, "give either a ROLE"),
    ],
)
def test_cli_refusals(new_database, capsys: pytest.CaptureFixture[str], args: list[str], by: str, code: int,  # noqa: ANN001
                      message: str) -> None:
    database = new_database()
    with Store(database) as store:
        a = store.create(lannagh(), by="ana@example.org", owner=True)
        store.set_member(a.id, "Amina", Role.VIEWER, by="ana@example.org")
        before = snapshot(store)
    capsys.readouterr()
    assert cli(database, *[x.format(id=a.id) for x in args], by=by) == code
    assert message in capsys.readouterr().err
    with Store(database) as store:
        assert snapshot(store) == before


# --- the app: the Members panel, and what a signed-in person sees -------------------------------------------
# Page by page (AppTest, no browser), on SQLite: the store's own tests above cover both back ends.

def assessments_app() -> None:
    from assessor.ui import assessments_page

    assessments_page.render()


def start_app() -> None:
    from assessor.ui import start_page

    start_page.render()


@pytest.fixture
def app_database(tmp_path, monkeypatch: pytest.MonkeyPatch) -> str:  # noqa: ANN001
    path = str(tmp_path / "app.sqlite3")
    monkeypatch.setenv("ASSESSOR_DATABASE", path)
    return path


def page(render: Callable[[], None], assessment_id: str | None = None, name: str | None = None) -> Any:
    from streamlit.testing.v1 import AppTest

    app = AppTest.from_function(render, default_timeout=60)
    if assessment_id:
        app.query_params["assessment"] = assessment_id
    if name:
        app.session_state["user_name"] = name  # the sidebar's name box (no sign-in)
    app.run()
    assert not app.exception, app.exception
    return app


def sign_in_as(monkeypatch: pytest.MonkeyPatch, identity: str) -> None:
    """Sign-in on, with `identity` signed in (the pages ask assessments_page.signed_in() and user())."""
    from assessor.ui import assessments_page

    monkeypatch.setattr(assessments_page, "signed_in", lambda: True)
    monkeypatch.setattr(assessments_page, "user", lambda: identity)


def members_table(app: Any) -> Any:
    """The Members panel's table (the page's other tables have no "member" column)."""
    return next(d.value for d in app.dataframe if "member" in d.value.columns)


def widget(widgets: Any, label: str) -> Any:
    return next(w for w in widgets if w.label == label)


def test_members_panel_an_owner_adds_changes_and_removes(app_database: str) -> None:
    # The owner sees the members and the form: adds Amina as assessor, then removes vic; the store has it.
    with Store(app_database) as store:
        a = store.create(lannagh(), by="ana", owner=True)
        store.set_member(a.id, "vic", Role.VIEWER, by="ana")
    app = page(assessments_app, a.id, "ana")
    assert list(members_table(app)["member"]) == ["ana", "vic"]
    widget(app.text_input, "Name or sign-in e-mail").set_value("Amina")
    widget(app.selectbox, "Role").set_value(Role.ASSESSOR)
    widget(app.button, "Add or change the role").click().run()
    assert not app.exception, app.exception
    assert any(s.value == "Amina is assessor\\." for s in app.success)
    assert list(members_table(app)["role"]) == ["Owner", "Assessor", "Viewer"]
    widget(app.selectbox, "Member to remove").set_value("vic")
    widget(app.button, "Remove").click().run()
    assert not app.exception, app.exception
    with Store(app_database) as store:
        assert [(m.identity, m.role) for m in store.members(a.id)] == [("ana", Role.OWNER), ("Amina", Role.ASSESSOR)]
        assert [h.by for h in store.history(a.id) if h.field == "member"] == ["ana"] * 4


def test_members_panel_is_read_only_for_a_viewer(app_database: str) -> None:
    # A viewer sees who the members are and whom to ask, and no form to change them.
    with Store(app_database) as store:
        a = store.create(lannagh(), by="ana", owner=True)
        store.set_member(a.id, "vic", Role.VIEWER, by="ana")
    app = page(assessments_app, a.id, "vic")
    assert list(members_table(app)["member"]) == ["ana", "vic"]
    assert not [t for t in app.text_input if t.label == "Name or sign-in e-mail"]
    assert not [b for b in app.button if b.label in ("Add or change the role", "Remove")]
    assert any(c.value.replace("\\", "") == "You (vic) are viewer. Only an owner can change the members: ana."
               for c in app.caption)


def test_members_panel_refusals_are_the_store_message(app_database: str) -> None:
    # The last owner stepping down: the store's message on the page, nothing changed.
    with Store(app_database) as store:
        a = store.create(lannagh(), by="ana", owner=True)
    app = page(assessments_app, a.id, "ana")
    widget(app.text_input, "Name or sign-in e-mail").set_value("ana")
    widget(app.selectbox, "Role").set_value(Role.VIEWER)
    widget(app.button, "Add or change the role").click().run()
    assert not app.exception, app.exception
    assert any("ana is the last owner of 'Lannagh bill 2026' and cannot become a viewer" in e.value.replace("\\", "")
               for e in app.error)
    with Store(app_database) as store:
        assert [(m.identity, m.role) for m in store.members(a.id)] == [("ana", Role.OWNER)]


def test_members_panel_on_an_open_assessment_adds_an_owner_first(app_database: str) -> None:
    # No member: anyone may add the first, and the form offers only the owner role.
    with Store(app_database) as store:
        a = store.create(lannagh(), by="ana")
    app = page(assessments_app, a.id, "ana")
    assert any(i.value.startswith("No members: anyone who reaches the app") for i in app.info)
    assert widget(app.selectbox, "Role").options == ["Owner: owners do everything, members included"]
    assert widget(app.text_input, "Name or sign-in e-mail").value == "ana"  # whoever adds it, by default
    widget(app.button, "Add or change the role").click().run()
    assert not app.exception, app.exception
    with Store(app_database) as store:
        assert [(m.identity, m.role) for m in store.members(a.id)] == [("ana", Role.OWNER)]


def test_signed_in_lists_show_only_what_the_person_may_read(app_database: str,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    # Under sign-in: the Assessments list and the Start page's recent list hold the open assessments and the
    # person's own; opening another's by its URL is refused with the store's message.
    with Store(app_database) as store:
        open_one = store.create(replace(lannagh(), id="open1", title="Open bill"), by="ana")
        mine = store.create(replace(lannagh(), id="mine1", title="Ana's bill"), by="ana@example.org", owner=True)
        theirs = store.create(replace(lannagh(), id="theirs1", title="Bo's bill"), by="bo@example.org", owner=True)
    sign_in_as(monkeypatch, "ana@example.org")
    listed = page(assessments_app)
    assert set(listed.dataframe[0].value["id"]) == {open_one.id, mine.id}
    start = page(start_app)
    assert {b.label for b in start.button} == {"Open Lannagh \\- Open bill", "Open Lannagh \\- Ana's bill"}
    for render in (assessments_app, start_app):
        refused = page(render, theirs.id)
        assert any("ana@example.org is not a member of 'Bo's bill'" in e.value.replace("\\", "")
                   for e in refused.error)
    # Without sign-in every assessment is listed, as before (typed names guard against mistakes only).
    monkeypatch.undo()
    monkeypatch.setenv("ASSESSOR_DATABASE", app_database)
    assert set(page(assessments_app).dataframe[0].value["id"]) == {open_one.id, mine.id, theirs.id}


@pytest.mark.parametrize(
    ("signed", "members"),
    [
        # signed in: the creator is its owner
        (True, [("ana@example.org", Role.OWNER)]),
        # not signed in: open to everyone, as before
        (False, []),
    ],
)
def test_an_assessment_created_in_the_app(app_database: str, monkeypatch: pytest.MonkeyPatch, signed: bool,
                                          members: list[tuple[str, Role]]) -> None:
    if signed:
        sign_in_as(monkeypatch, "ana@example.org")
    app = page(assessments_app, name=None if signed else "ana@example.org")
    widget(app.text_input, "Jurisdiction").set_value("Lannagh")
    widget(app.text_input, "Title").set_value(TITLE)
    widget(app.button, "Create").click().run()
    assert not app.exception, app.exception
    with Store(app_database) as store:
        (summary,) = store.list()
        assert [(m.identity, m.role) for m in store.members(summary.id)] == members


def _page_of(name: str) -> Callable[[], None]:
    """A page's render function, as AppTest runs it (by module name, imported inside)."""
    pages = {
        "legislation": legislation_app, "preassessment": preassessment_app, "review": review_app,
        "dashboard": dashboard_app, "export": export_app,
    }
    return pages[name]


def legislation_app() -> None:
    from assessor.ui import legislation_page

    legislation_page.render()


def preassessment_app() -> None:
    from assessor.ui import preassessment_page

    preassessment_page.render()


def review_app() -> None:
    from assessor.ui import review_page

    review_page.render()


def dashboard_app() -> None:
    from assessor.ui import dashboard_page

    dashboard_page.render()


def export_app() -> None:
    from assessor.ui import export_page

    export_page.render()


def signed_in_everywhere(monkeypatch: pytest.MonkeyPatch) -> None:
    """Sign-in on for every page (`common.reader` asks `common.signed_in`). Who is signed in is the session's
    `user_name`, as app.py sets it: `common.user` itself is not replaced, since pages bind it when imported."""
    from assessor.ui import common

    monkeypatch.setattr(common, "signed_in", lambda: True)


@pytest.mark.parametrize("name", [
    "legislation",  # the law files of someone else's assessment
    "preassessment",  # its pre-assessment
    "review",  # its findings and decisions
    "dashboard",  # its scores
    "export",  # its reports
])
def test_a_non_member_opening_an_assessment_by_its_url_is_refused(app_database: str, monkeypatch: pytest.MonkeyPatch,
                                                                   name: str) -> None:
    # Under sign-in, every page reads the open assessment as the signed-in person: a non-member gets the store's
    # refusal and nothing of the assessment (its title is nowhere on the page).
    with Store(app_database) as store:
        a = store.create(lannagh(), by="ana", owner=True)
    signed_in_everywhere(monkeypatch)
    app = page(_page_of(name), a.id, "zed@elsewhere.example")
    assert any("not a member" in e.value for e in app.error), [e.value for e in app.error]
    assert not any("Lannagh bill" in m.value for m in app.markdown)


@pytest.mark.parametrize(("name", "act"), [
    # A viewer's upload on the Legislation page: refused, nothing attached.
    ("legislation", lambda app: app.file_uploader[0].set_value(
        [("act.txt", b"Section 1. A person who recruits another for exploitation commits an offence.", "text/plain")])),
])
def test_a_viewer_s_write_on_a_page_is_the_store_message(app_database: str, monkeypatch: pytest.MonkeyPatch,
                                                          name: str, act: Callable[[Any], Any]) -> None:
    with Store(app_database) as store:
        a = store.create(lannagh(), by="ana", owner=True)
        store.set_member(a.id, "vic", Role.VIEWER, by="ana")
        before = snapshot(store)
    app = page(_page_of(name), a.id, "vic")
    act(app)
    app.run()
    assert not app.exception, app.exception
    assert any("vic is a viewer of 'Lannagh bill 2026'" in e.value.replace("\\", "") for e in app.error)
    with Store(app_database) as store:
        assert snapshot(store) == before
