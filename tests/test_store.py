"""The assessments database: nothing lost, every change recorded, two editors never overwrite each other.

Every test that takes `store` or `new_database` runs against both back ends, SQLite and PostgreSQL
(tests/conftest.py); a few check what only one of them has (an SQLite file, PostgreSQL's URL).
"""

from __future__ import annotations

import functools
import json
import os
import random
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assessor import legislation_from_text, pre_assess
from assessor.aliases import load_aliases
from assessor.assessment import Assessment, Decision, ElementView, Finding, LawFile, new_assessment
from assessor.db import open_database
from assessor.errors import AssessmentImportError, ConflictError, NotFound, StoreError
from assessor.preassessment import ElementStatus, RequirementStatus
from assessor.settings import Settings, load_settings
from assessor.store import SCHEMA_VERSION, Store, default_database, open_store
from conftest import ROOT

MET, NOT_MET, PARTIAL = RequirementStatus.MET, RequirementStatus.NOT_MET, RequirementStatus.PARTIALLY_MET


def sample(jurisdiction: str = "Arcadia", title: str = "Anti-Trafficking Bill v1", n: int = 3) -> Assessment:
    """An assessment with `n` undecided findings, as a pre-assessment would leave them."""
    findings = {
        f"TIP-{i}": Finding(f"TIP-{i}", NOT_MET, (ElementView(f"TIP-{i}", ElementStatus.MISSING),), ("s. 1",),
                            f"digest{i}")
        for i in range(1, n + 1)
    }
    files = (LawFile("bill.docx", "ab" * 32, 1234, "docx", "en", 12, "Bill", "v1", "2024-01-01T00:00:00+00:00"),)
    return replace(new_assessment(jurisdiction, title, "2024-05-01", created_by="ana"), files=files,
                   findings=findings)


@pytest.fixture
def store(new_database) -> Store:
    with Store(new_database()) as s:
        yield s


def raw(store_or_target: Store | str, sql: str, params: tuple = ()) -> list[tuple]:
    """The rows of one statement run on the database itself, beside the store (its own connection, committed)."""
    db = open_database(store_or_target.target if isinstance(store_or_target, Store) else store_or_target)
    try:
        db.begin_write()
        cursor = db.execute(sql, params)
        rows = [tuple(r) for r in cursor.fetchall()] if cursor.description else []
        db.commit()
        return rows
    finally:
        db.close()


def schema_version(target: str) -> int:
    """The schema version recorded in the database, read beside the store."""
    db = open_database(target)
    try:
        return db.user_version()
    finally:
        db.close()


def set_schema_version(target: str, number: int) -> None:
    db = open_database(target)
    try:
        db.begin_write()
        db.set_user_version(number)
        db.commit()
    finally:
        db.close()


def table_exists(target: str, name: str) -> bool:
    if Path(target).suffix == ".sqlite3":
        return raw(target, "SELECT COUNT(*) FROM sqlite_master WHERE name = ?", (name,)) == [(1,)]
    return raw(target, "SELECT to_regclass(?) IS NOT NULL", (name,)) == [(True,)]


# --- create, read, list, update, delete, duplicate ---------------------------------------------

def test_create_then_get_returns_the_same_assessment(store: Store) -> None:
    # What is saved is what comes back: details, files, findings in order.
    a = sample()
    saved = store.create(a, by="ana")
    assert saved == store.get(a.id)
    assert (saved.jurisdiction, saved.title, saved.date, saved.files) == (a.jurisdiction, a.title, a.date, a.files)
    assert list(saved.findings) == ["TIP-1", "TIP-2", "TIP-3"]
    assert saved.findings == a.findings
    if store.backend == "sqlite":
        assert store.path.parent.name.startswith("db")  # the workspace folder was created


def test_create_twice_with_the_same_id_is_refused(store: Store) -> None:
    # An id names one assessment; the second create fails and changes nothing.
    a = store.create(sample(), by="ana")
    with pytest.raises(StoreError, match="already exists"):
        store.create(replace(sample(title="Other"), id=a.id), by="bob")
    assert store.get(a.id).title == a.title


def test_list_is_newest_first_with_progress(store: Store, monkeypatch) -> None:
    # The list shows each assessment's progress; the one changed last comes first.
    import assessor.store as store_module

    first = store.create(sample("Arcadia", "Bill v1"), by="ana")
    second = store.create(sample("Borduria", "Penal Code", n=2), by="ana")
    monkeypatch.setattr(store_module, "now", lambda: "2999-01-01T00:00:00+00:00")  # a later second
    store.decide(first.id, "TIP-2", Decision(MET, "s. 2 covers it"), expected_version=0, by="ana")
    rows = store.list()
    assert [r.id for r in rows] == [first.id, second.id]
    assert [(r.decided, r.total) for r in rows] == [(1, 3), (0, 2)]
    assert rows[0].instruments == ("TIP", "SOM", "UNTOC", "GP")


@pytest.mark.parametrize(
    ("changes", "expected_fields"),
    [
        # one field: one history entry
        ({"title": "Bill v1 (as tabled)"}, ["title"]),
        # several fields: one entry each, in declaration order
        ({"jurisdiction": "Arcadia (Republic)", "date": "2024-06-01", "instruments": ["TIP", "UNTOC"]},
         ["jurisdiction", "date", "instruments"]),
        # an unchanged value is not a change
        ({"title": "Anti-Trafficking Bill v1"}, []),
    ],
)
def test_update_details_records_each_change(store: Store, changes: dict, expected_fields: list[str]) -> None:
    a = store.create(sample(), by="ana")
    updated = store.update_details(a.id, by="bob", **changes)
    for name, value in changes.items():
        assert getattr(updated, name) == (tuple(value) if name == "instruments" else value)
    entries = [h for h in store.history(a.id) if h.field != "created"]
    assert [h.field for h in reversed(entries)] == expected_fields
    assert all(h.by == "bob" for h in entries)


def test_rename_is_an_update_of_the_title(store: Store) -> None:
    # rename is the common case of update_details, recorded the same way.
    a = store.create(sample(), by="ana")
    assert store.rename(a.id, "Bill v2", by="bob").title == "Bill v2"
    entry = store.history(a.id)[0]
    assert (entry.field, entry.old, entry.new, entry.by) == ("title", "Anti-Trafficking Bill v1", "Bill v2", "bob")


def test_delete_removes_everything_and_returns_an_export_for_undo(store: Store) -> None:
    # Deleting cascades to files, findings and history; the returned export brings it all back.
    a = store.create(sample(), by="ana")
    store.decide(a.id, "TIP-1", Decision(MET, "ok"), expected_version=0, by="ana")
    exported = store.delete(a.id)
    with pytest.raises(NotFound):
        store.get(a.id)
    for table in ("law_files", "findings", "history"):
        assert raw(store, f"SELECT COUNT(*) FROM {table}") == [(0,)], table  # noqa: S608 - a table name of ours
    back = store.import_json(exported, by="ana", keep_id=True)
    assert back.id == a.id and back.findings["TIP-1"].decision.rationale == "ok"


def test_duplicate_copies_files_and_decisions_under_a_new_id(store: Store) -> None:
    # The next draft starts from this one's decisions; the original is untouched.
    a = store.create(sample(), by="ana")
    store.decide(a.id, "TIP-1", Decision(MET, "s. 1 is complete", ("s. 1",)), expected_version=0, by="ana")
    copy = store.duplicate(a.id, "Bill v2", by="bob")
    original = store.get(a.id)
    assert copy.id != a.id and copy.title == "Bill v2" and copy.created_by == "bob"
    assert copy.files == original.files
    assert copy.findings["TIP-1"].decision == original.findings["TIP-1"].decision
    assert all(f.version == 0 for f in copy.findings.values())
    assert [(h.field, h.new) for h in store.history(copy.id)] == [("created", f"duplicated from {a.id}")]


@pytest.mark.parametrize(
    "call",
    [
        # reading an assessment that does not exist
        lambda s, aid: s.get("nope"),
        # its history
        lambda s, aid: s.history("nope"),
        # deciding a finding of a missing assessment
        lambda s, aid: s.decide("nope", "TIP-1", Decision(MET), expected_version=0, by="x"),
        # deciding a requirement the assessment has no finding for
        lambda s, aid: s.decide(aid, "TIP-99", Decision(MET), expected_version=0, by="x"),
        # restoring a history entry that does not exist
        lambda s, aid: s.restore(aid, "TIP-1", 10_000, expected_version=0, by="x"),
        # exporting, deleting, duplicating a missing assessment
        lambda s, aid: s.export_json("nope"),
        lambda s, aid: s.delete("nope"),
        lambda s, aid: s.duplicate("nope", "copy", by="x"),
    ],
)
def test_missing_things_raise_not_found(store: Store, call) -> None:
    aid = store.create(sample(), by="ana").id
    with pytest.raises(NotFound):
        call(store, aid)


# --- decisions, versions, history, restore ------------------------------------------------------

def test_decide_bumps_the_version_and_records_history(store: Store) -> None:
    a = store.create(sample(), by="ana")
    f1 = store.decide(a.id, "TIP-1", Decision(PARTIAL, "no means for children"), expected_version=0, by="ana")
    f2 = store.decide(a.id, "TIP-1", Decision(MET, "s. 4 adds them", ("s. 4",)), expected_version=1, by="bob")
    assert (f1.version, f2.version) == (1, 2)
    stored = store.get(a.id).findings["TIP-1"]
    assert stored == f2 and stored.status is MET and stored.decision.by == "bob" and stored.decision.at
    entries = store.history(a.id, "TIP-1")
    assert [(h.field, h.by) for h in entries] == [("decision", "bob"), ("decision", "ana")]  # newest first
    assert entries[0].old["status"] == "partially_met" and entries[0].new["provisions"] == ["s. 4"]
    assert entries[1].old is None


def test_clear_decision_puts_the_machine_status_back(store: Store) -> None:
    a = store.create(sample(), by="ana")
    store.decide(a.id, "TIP-1", Decision(MET, "ok"), expected_version=0, by="ana")
    cleared = store.clear_decision(a.id, "TIP-1", expected_version=1, by="ana")
    assert cleared.decision is None and cleared.status is NOT_MET and cleared.version == 2
    entry = store.history(a.id, "TIP-1")[0]
    assert (entry.old["status"], entry.new) == ("met", None)


def test_two_tabs_the_second_save_is_refused_and_nothing_is_overwritten(new_database) -> None:
    # Two Store objects on one database, like two browser tabs (or two app processes): both load version 0,
    # the first saves, the second is refused with the newer value in the message, and the first one's work stays.
    path = new_database()
    with Store(path) as tab_a, Store(path) as tab_b:
        a = tab_a.create(sample(), by="ana")
        seen_a = tab_a.get(a.id).findings["TIP-1"]
        seen_b = tab_b.get(a.id).findings["TIP-1"]
        assert seen_a.version == seen_b.version == 0
        tab_a.decide(a.id, "TIP-1", Decision(MET, 'Art. 5 says "any person"\nand covers it'),
                     expected_version=seen_a.version, by="ana")
        with pytest.raises(ConflictError) as caught:
            tab_b.decide(a.id, "TIP-1", Decision(NOT_MET, "missing"), expected_version=seen_b.version, by="bob")
        message = caught.value.message
        assert message.startswith("This finding (TIP-1) was changed by ana at ")
        assert "status met, rationale 'Art. 5 says \"any person\" and covers it'" in message
        assert message.endswith("Reload to see it; your change was not saved.")
        assert caught.value.current.decision.by == "ana" and caught.value.current.version == 1
        for tab in (tab_a, tab_b):
            assert tab.get(a.id).findings["TIP-1"].decision.rationale.startswith("Art. 5")
        assert [h.by for h in tab_b.history(a.id, "TIP-1")] == ["ana"]  # the refused save left no trace
        # Reloaded, the second tab can save on top of the first.
        again = tab_b.decide(a.id, "TIP-1", Decision(NOT_MET, "missing"), expected_version=1, by="bob")
        assert again.version == 2


def test_two_writers_at_once_both_succeed(new_database) -> None:
    # Two connections writing at the same time: one writer at a time, the other waits its turn (SQLite:
    # BEGIN IMMEDIATE + busy_timeout; PostgreSQL: the assessment's row lock); no "locked", no lost decision.
    path = new_database()
    with Store(path) as setup:
        aid = setup.create(sample(n=2), by="ana").id
    errors: list[BaseException] = []

    def writer(requirement: str) -> None:
        try:
            with Store(path) as s:
                for n in range(40):
                    s.decide(aid, requirement, Decision(MET, f"n={n}"), expected_version=n, by=requirement)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(rid,)) for rid in ("TIP-1", "TIP-2")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    with Store(path) as s:
        findings = s.get(aid).findings
        assert [findings[r].version for r in ("TIP-1", "TIP-2")] == [40, 40]
        assert len(s.history(aid)) == 1 + 80


def test_restore_puts_back_the_decision_as_it_was_after_that_entry(store: Store) -> None:
    a = store.create(sample(), by="ana")
    store.decide(a.id, "TIP-1", Decision(PARTIAL, "first view"), expected_version=0, by="ana")
    store.decide(a.id, "TIP-1", Decision(MET, "second view"), expected_version=1, by="bob")
    store.clear_decision(a.id, "TIP-1", expected_version=2, by="bob")
    first = store.history(a.id, "TIP-1")[-1]  # the oldest: None -> "first view"
    restored = store.restore(a.id, "TIP-1", first.id, expected_version=3, by="cy")
    assert restored.decision.rationale == "first view" and restored.decision.status is PARTIAL
    assert restored.decision.by == "cy" and restored.version == 4
    latest = store.history(a.id, "TIP-1")[0]
    assert latest.source == f"restore of #{first.id}" and latest.old is None and latest.new["rationale"] == "first view"
    # Restoring the entry that cleared the decision clears it again.
    clearing = store.history(a.id, "TIP-1")[1]
    assert clearing.new is None
    assert store.restore(a.id, "TIP-1", clearing.id, expected_version=4, by="cy").decision is None
    # A stale version is refused, like any other save.
    with pytest.raises(ConflictError):
        store.restore(a.id, "TIP-1", first.id, expected_version=4, by="cy")


@pytest.mark.parametrize(
    ("requirement", "entry_field"),
    [
        # an entry of another finding
        ("TIP-2", "decision"),
        # an entry that is not a decision (the assessment's creation)
        ("TIP-1", "created"),
    ],
)
def test_restore_refuses_an_entry_that_is_not_this_findings_decision(store: Store, requirement: str,
                                                                     entry_field: str) -> None:
    a = store.create(sample(), by="ana")
    store.decide(a.id, "TIP-1", Decision(MET), expected_version=0, by="ana")
    entry = next(h for h in store.history(a.id) if h.field == entry_field)
    with pytest.raises(StoreError, match="is not a decision"):
        store.restore(a.id, requirement, entry.id, expected_version=0 if requirement == "TIP-2" else 1, by="x")


# --- re-assessment ------------------------------------------------------------------------------

LAW_V1 = """Section 1. Trafficking in persons
(1) Whoever recruits, transports, transfers, harbours or receives someone by means of force, threat or \
deception, with a view to exploitation, commits an offence.
(2) The consent of the victim is irrelevant.
Section 2. Meaning of exploitation
Exploitation means sexual exploitation, forced labour, slavery or the removal of organs.
"""
# v2 adds a means to the offence (so TIP-3-a's evidence changes) and leaves the consent rule as it was.
LAW_V2 = LAW_V1.replace("force, threat or deception", "force, threat, deception or abuse of a position of "
                        "vulnerability")


@functools.cache
def law_files(text: str) -> tuple[object, list[LawFile]]:
    legislation = legislation_from_text(text, "act.txt", "en")
    return pre_assess(legislation), [LawFile.from_source(f, version="v") for f in legislation.files]


def test_reassessment_keeps_decisions_and_marks_changed_evidence_for_review(store: Store) -> None:
    a = store.create(new_assessment("Arcadia", "Act"), by="ana")
    pre1, files1 = law_files(LAW_V1)
    first, changed = store.save_pre_assessment(a.id, pre1, files1, by="ana", source="assess")
    assert changed == [] and len(first.findings) > 100 and first.files == tuple(files1)
    for rid in ("TIP-3-a", "TIP-3-b"):  # premise: the machine found parts of both in v1
        assert first.findings[rid].machine_status in (MET, PARTIAL), rid
    store.decide(a.id, "TIP-3-a", Decision(MET, "all acts and means"), expected_version=0, by="ana")
    store.decide(a.id, "TIP-3-b", Decision(MET, "s. 1(2)"), expected_version=0, by="ana")

    pre2, files2 = law_files(LAW_V2)
    second, changed = store.save_pre_assessment(a.id, pre2, files2, by="bob")
    assert changed == ["TIP-3-a"]
    moved, same = second.findings["TIP-3-a"], second.findings["TIP-3-b"]
    assert moved.decision.rationale == "all acts and means" and moved.needs_review
    assert moved.evidence_digest != first.findings["TIP-3-a"].evidence_digest
    assert same.decision.rationale == "s. 1(2)" and not same.needs_review
    assert moved.version == 2 and same.version == 1  # the machine's change is a change: open tabs reload
    assert [f.needs_review for f in second.findings.values()].count(True) == 1
    assert second.files == tuple(files2)
    fields = [h.field for h in store.history(a.id, "TIP-3-a")]
    assert fields[:2] == ["needs_review", "machine"] and fields.count("machine") == 2
    assert store.history(a.id)[-1].field == "created"
    assert any(h.field == "files" and h.by == "bob" for h in store.history(a.id))
    # Deciding again clears the review mark.
    assert not store.decide(a.id, "TIP-3-a", Decision(MET, "checked v2"), expected_version=2, by="ana").needs_review


def test_reassessment_with_fewer_requirements_keeps_decided_findings(store: Store) -> None:
    # A proposal that no longer covers a requirement drops its finding, unless a person decided it.
    a = store.create(new_assessment("Arcadia", "Act"), by="ana")
    pre, files = law_files(LAW_V1)
    store.save_pre_assessment(a.id, pre, files, by="ana")
    store.decide(a.id, "SOM-6-1-a", Decision(NOT_MET, "no smuggling offence"), expected_version=0, by="ana")
    narrow = pre_assess(legislation_from_text(LAW_V1, "act.txt", "en"), instruments=["TIP"])
    after, _ = store.save_pre_assessment(a.id, narrow, files, by="ana")
    assert after.findings["SOM-6-1-a"].decision.rationale == "no smuggling offence"
    assert not any(rid.startswith("SOM") and rid != "SOM-6-1-a" for rid in after.findings)



REASSESSMENTS = 6


@pytest.mark.parametrize(
    ("savers", "reassess"),
    [
        # four people saving the same finding at once, each from the version they last read
        (4, False),
        # two of them, while re-assessments of two drafts in turn change the same finding's evidence
        (2, True),
    ],
)
def test_concurrent_saves_never_lose_or_silently_overwrite(new_database, savers: int, reassess: bool) -> None:
    # Each saver reads the finding, saves on that version, and on a conflict reads again and retries.
    # Whatever the interleaving: no two saves succeed on the same version (no silent overwrite), every
    # success is in the history and bumps the version (no lost update), the last success is what is kept.
    path = new_database()
    with Store(path) as setup:
        aid = setup.create(new_assessment("Arcadia", "Act", instruments=["TIP"]), by="ana").id
        pre, files = law_files(LAW_V1)
        setup.save_pre_assessment(aid, pre, files, by="ana")
    saves_each, rid = 15, "TIP-3-a"
    won: list[tuple[int, int, str]] = []  # (version saved on, version after, rationale)
    errors: list[BaseException] = []
    lock = threading.Lock()

    def saver(name: str) -> None:
        try:
            with Store(path) as s:
                for n in range(saves_each):
                    while True:
                        seen = s.get(aid).findings[rid].version
                        try:
                            saved = s.decide(aid, rid, Decision(MET, f"{name}-{n}"), expected_version=seen, by=name)
                        except ConflictError:
                            continue
                        with lock:
                            won.append((seen, saved.version, f"{name}-{n}"))
                        break
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    def reassessor() -> None:
        try:
            with Store(path) as s:
                for n in range(REASSESSMENTS):
                    s.save_pre_assessment(aid, *law_files(LAW_V2 if n % 2 == 0 else LAW_V1), by="machine")
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=saver, args=(f"p{i}",)) for i in range(savers)]
    threads += [threading.Thread(target=reassessor)] if reassess else []
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    assert len(won) == savers * saves_each
    assert len({seen for seen, _, _ in won}) == len(won)  # never two saves on one version
    assert all(after == seen + 1 for seen, after, _ in won)
    with Store(path) as s:
        finding = s.get(aid).findings[rid]
        last = max(won)
        assert finding.decision.rationale == last[2] and finding.version >= last[1]
        decisions = [h for h in s.history(aid, rid) if h.field == "decision"]
        assert len(decisions) == len(won)
        # Each re-assessment moves this finding's evidence (v1 <-> v2), one version each: none was lost either.
        assert finding.version == len(won) + (REASSESSMENTS if reassess else 0)


@pytest.mark.postgres
def test_in_one_store_a_save_waits_only_for_its_own_assessment(postgres_url: str) -> None:
    # One app process: one Store shared by its sessions' threads. Another program holds assessment X's
    # row; a save on X waits for the server's lock, and meanwhile a save on Y, through the same Store,
    # goes through: no lock of the program's own serialises them. X's save lands once the lock is let go.
    import psycopg
    from pg import create_schema, drop_schemas, schema_url

    name = create_schema(postgres_url)
    url = schema_url(postgres_url, name)
    try:
        with Store(url) as store:
            x, y = (store.create(sample(j), by="ana").id for j in ("Arcadia", "Borduria"))
            outcome: dict[str, object] = {}

            def save_x() -> None:
                try:
                    outcome["x"] = store.decide(x, "TIP-1", Decision(MET, "x"), expected_version=0, by="ana")
                except BaseException as exc:  # noqa: BLE001 - checked below
                    outcome["x"] = exc

            with psycopg.connect(url, autocommit=True) as other:
                other.execute("BEGIN")
                other.execute("SELECT id FROM assessments WHERE id = %s FOR UPDATE", (x,))
                saver = threading.Thread(target=save_x)
                saver.start()
                waiting = "SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                while other.execute(waiting).fetchone()[0] == 0 and saver.is_alive():
                    pass  # until the save of X waits for the row (its lock_timeout bounds this)
                assert "x" not in outcome, outcome
                assert store.decide(y, "TIP-1", Decision(MET, "y"), expected_version=0, by="bob").version == 1
                assert "x" not in outcome  # still waiting: Y did not wait behind it
                other.execute("COMMIT")
            saver.join()
            assert isinstance(outcome["x"], Finding) and outcome["x"].version == 1, outcome
    finally:
        drop_schemas(postgres_url, [name])

# --- deciding from the start, conscious overwrites (issue 12) ----------------------------------

@pytest.mark.parametrize(
    ("requirement", "error"),
    [
        # a requirement in scope, no pre-assessment yet: decided, its (blank) finding made with it
        ("TIP-5-1", None),
        # a requirement of an instrument the assessment does not cover
        ("SOM-6-1-a", NotFound),
        # no such requirement at all
        ("TIP-99", NotFound),
    ],
)
def test_deciding_before_any_pre_assessment(store: Store, requirement: str, error: type | None) -> None:
    a = store.create(new_assessment("Arcadia", "Bill read on paper", instruments=["TIP"]), by="ana")
    if error is not None:
        with pytest.raises(error, match="not a requirement in scope"):
            store.decide(a.id, requirement, Decision(NOT_MET, "no offence"), expected_version=0, by="ana")
        assert store.get(a.id).findings == {}  # nothing made
        return
    saved = store.decide(a.id, requirement, Decision(NOT_MET, "no offence"), expected_version=0, by="ana")
    assert (saved.version, saved.status, saved.machine_status) == (1, NOT_MET, RequirementStatus.NOT_ASSESSED)
    assert store.get(a.id).findings[requirement] == saved
    assert [h.field for h in store.history(a.id, requirement)] == ["decision"]
    # Exported and imported like any finding.
    assert store.import_json(store.export_json(a.id), by="bob").findings == store.get(a.id).findings
    # The same version rule as any decision: a second tab that saw version 0 is refused.
    with pytest.raises(ConflictError):
        store.decide(a.id, requirement, Decision(MET, "other"), expected_version=0, by="bob")


def test_a_later_pre_assessment_adds_its_proposal_beside_the_decisions(store: Store) -> None:
    a = store.create(new_assessment("Arcadia", "Act"), by="ana")
    store.decide(a.id, "TIP-3-a", Decision(PARTIAL, "no means for adults"), expected_version=0, by="ana")
    pre, files = law_files(LAW_V1)
    after, review = store.save_pre_assessment(a.id, pre, files, by="bob")
    finding = after.findings["TIP-3-a"]
    assert finding.decision.rationale == "no means for adults" and finding.status is PARTIAL
    assert finding.machine_status in (MET, PARTIAL) and finding.evidence_digest  # the machine's view beside it
    # Nothing to review: the decision was made on the law itself, not on evidence that has since moved.
    assert review == [] and not finding.needs_review and finding.version == 2
    assert [h.field for h in store.history(a.id, "TIP-3-a")] == ["machine", "decision"]
    assert after.progress() == (1, len(after.findings))


def test_clearing_a_decision_never_made_makes_nothing(store: Store) -> None:
    a = store.create(new_assessment("Arcadia", "Act", instruments=["TIP"]), by="ana")
    with pytest.raises(NotFound):
        store.clear_decision(a.id, "TIP-5-1", expected_version=0, by="ana")
    assert store.get(a.id).findings == {}


def test_an_overwrite_is_named_in_the_history(store: Store) -> None:
    # Bob saw Ana's decision (version 1) and replaced it on purpose: the history says so, Ana's value kept as old.
    a = store.create(sample(), by="ana")
    store.decide(a.id, "TIP-1", Decision(NOT_MET, "fine only"), expected_version=0, by="ana")
    store.decide(a.id, "TIP-1", Decision(MET, "ten years"), expected_version=1, by="bob", overwrite=True)
    entry = store.history(a.id, "TIP-1")[0]
    assert (entry.by, entry.source, entry.old["rationale"], entry.new["rationale"]) == (
        "bob", "app: overwrite of version 1", "fine only", "ten years")
    # An overwrite is still based on a version: a stale one is refused like any save.
    with pytest.raises(ConflictError):
        store.decide(a.id, "TIP-1", Decision(PARTIAL), expected_version=1, by="cleo", overwrite=True)


# --- migrations ---------------------------------------------------------------------------------

def test_an_empty_file_gets_the_current_schema(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite3"
    path.write_bytes(b"")
    with Store(path) as s:
        assert s.schema_version == SCHEMA_VERSION and s.journal_mode == "wal"
        assert s.list() == []


def test_a_database_from_a_newer_version_is_refused(new_database) -> None:
    target = new_database()
    set_schema_version(target, SCHEMA_VERSION + 1)
    with pytest.raises(StoreError, match="created by a newer version"):
        Store(target)


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"These are my notes, not a database." * 100)
    with pytest.raises(StoreError, match="not an assessments database"):
        Store(path)


def test_migrations_apply_in_order_and_a_failed_one_changes_nothing(new_database, monkeypatch) -> None:
    import assessor.store as store_module

    path = new_database()
    with Store(path) as s:
        aid = s.create(sample(), by="ana").id
    current = store_module.SCHEMA_VERSION
    following = current + 1
    # A bad next migration: its first statement ran, its second failed; the whole is rolled back.
    bad = [*store_module.MIGRATIONS, (following, ("CREATE TABLE notes (x TEXT)", "ALTER TABLE nowhere ADD COLUMN y"))]
    monkeypatch.setattr(store_module, "MIGRATIONS", bad)
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", following)
    with pytest.raises(StoreError):
        Store(path)
    assert schema_version(path) == current
    assert not table_exists(path, "notes")
    # A good next migration upgrades the file and keeps the data.
    good = [*store_module.MIGRATIONS[:current], (following, ("ALTER TABLE assessments ADD COLUMN notes TEXT",))]
    monkeypatch.setattr(store_module, "MIGRATIONS", good)
    with Store(path) as s:
        assert s.schema_version == following and s.get(aid).title == "Anti-Trafficking Bill v1"


@pytest.mark.parametrize(
    ("setting", "expected"),
    [
        # empty: workspace/assessor.sqlite3 under the current folder
        ("", "workspace/assessor.sqlite3"),
        # a file
        ("/data/a.db", Path("/data/a.db")),
        # a PostgreSQL URL, kept whole (as a Path its "//" would fold), so the app's str() of it opens it
        ("postgresql://ana:secret@db.example.org:5432/assessor", "postgresql://ana:secret@db.example.org:5432/assessor"),
        # the short scheme too
        ("postgres://db/assessor?sslmode=require", "postgres://db/assessor?sslmode=require"),
    ],
)
def test_default_database_is_the_setting_or_the_workspace_file(tmp_path: Path, monkeypatch, setting: str,
                                                                 expected: object) -> None:
    monkeypatch.chdir(tmp_path)
    if expected == "workspace/assessor.sqlite3":
        expected = tmp_path / "workspace" / "assessor.sqlite3"
    assert default_database(Settings(database=setting)) == expected
    assert default_database(load_settings({"ASSESSOR_DATABASE": setting})) == expected


@pytest.mark.parametrize(
    ("url", "message"),
    [
        # nothing listens on that port: the server is named, never the password
        ("postgresql://ana:secret@127.0.0.1:{port}/assessor?connect_timeout=5",
         "postgresql://ana@127.0.0.1:{port}/assessor: cannot reach the database"),
        # not a URL the driver can read
        ("postgresql://ana@127.0.0.1:{port}/assessor?nonsense=1", "the database URL is not valid"),
    ],
)
def test_a_postgresql_server_that_cannot_be_used_is_a_clear_error(url: str, message: str) -> None:
    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(StoreError) as caught:
        Store(url.format(port=port))
    assert caught.value.message.startswith(message.format(port=port))
    assert "secret" not in caught.value.message


@pytest.mark.postgres
def test_the_setting_opens_postgresql(postgres_url: str) -> None:
    # ASSESSOR_DATABASE=postgresql://... is all it takes: open_store gives a PostgreSQL store, migrated.
    with open_store(load_settings({"ASSESSOR_DATABASE": postgres_url})) as s:
        assert (s.backend, s.path, s.schema_version) == ("postgresql", None, SCHEMA_VERSION)
        assert s.target == postgres_url


@pytest.mark.parametrize(
    "value",
    [
        # the character NUL, which PostgreSQL's text cannot hold
        "before \x00 after",
        # the character that stands for it in PostgreSQL, on its own and before a "0"
        "private \ue000 and \ue0000 and \ue000\ue000",
        # both, and NUL at the ends
        "\x00\ue000\x00\ue0000\x00",
    ],
)
def test_every_character_comes_back_as_it_was(store: Store, value: str) -> None:
    value = value.encode().decode("unicode_escape")
    a = store.create(replace(sample(jurisdiction=value, title=value), created_by=value), by=value)
    store.decide(a.id, "TIP-1", Decision(MET, value, (value,), value), expected_version=0, by=value)
    back = store.get(a.id)
    assert (back.jurisdiction, back.title, back.created_by) == (value, value, value)
    assert back.findings["TIP-1"].decision.rationale == value and back.findings["TIP-1"].decision.provisions == (value,)
    assert store.history(a.id, "TIP-1")[0].by == value


# --- export / import ----------------------------------------------------------------------------

SPECIAL = ['"quoted" and \'single\'', "line one\nline two\r\n", "emoji 🚨👩‍⚖️", "الاتجار بالأشخاص",
           "\u202eRTL override", "tab\tand \\backslash", "", "null \x00 byte", "français: «traite»"]
text = st.one_of(st.sampled_from(SPECIAL), st.text(st.characters(blacklist_categories=("Cs",)), max_size=24))
statuses = st.sampled_from(list(RequirementStatus))
decisions = st.builds(Decision, statuses, text, st.lists(text, max_size=3).map(tuple), text, text, text, text)
elements = st.builds(ElementView, text.filter(bool), st.sampled_from(list(ElementStatus)),
                     st.lists(text, max_size=2).map(tuple), text, text)
finding_parts = st.tuples(statuses, st.lists(elements, max_size=3).map(tuple), st.lists(text, max_size=3).map(tuple),
                          text, st.none() | decisions, st.booleans(), st.integers(0, 1000))
files = st.builds(LawFile, text, text, st.integers(0, 2**53), text, text, st.integers(0, 2**31), text, text, text)


@st.composite
def assessments(draw: st.DrawFn) -> tuple[Assessment, list[tuple[int, Decision]]]:
    # An id that was split (TIP-8, ...) is split again on import, by design (tests/test_aliases.py): not drawn here.
    ids = text.filter(bool).filter(lambda rid: rid not in load_aliases().requirements)
    parts = draw(st.dictionaries(ids, finding_parts, max_size=6))
    findings = {rid: Finding(rid, *p) for rid, p in parts.items()}
    base = new_assessment("x", "x")
    a = replace(base, jurisdiction=draw(text), title=draw(text), date=draw(text),
                instruments=tuple(draw(st.lists(text, max_size=4))), files=tuple(draw(st.lists(files, max_size=3))),
                findings=findings, created_by=draw(text))
    later = draw(st.lists(st.tuples(st.integers(0, 100), decisions), max_size=4)) if findings else []
    return a, later


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(drawn=assessments())
def test_export_import_export_is_lossless(new_database, drawn: tuple[Assessment, list[tuple[int, Decision]]]) -> None:
    # export -> JSON text -> import(keep_id) into another workspace -> export: the same data,
    # plus the one history entry that records the import. Two new databases for each example.
    assessment, later = drawn
    with Store(new_database()) as one, Store(new_database()) as two:
        one.create(assessment, by="ana")
        ids = list(assessment.findings)
        for index, decision in later:  # some decisions made after creation, so there is history
            rid = ids[index % len(ids)]
            version = one.get(assessment.id).findings[rid].version
            one.decide(assessment.id, rid, decision, expected_version=version, by="bob ✓")
        first = one.export_json(assessment.id)
        imported = two.import_json(json.loads(json.dumps(first)), by="cy", keep_id=True)
        assert imported.id == assessment.id
        second = two.export_json(assessment.id)
        assert second["history"][-1]["field"] == "imported"
        second["history"].pop()
        assert second == first
        # Imported into the same workspace, it is a copy under a new id, with the same content.
        copy = one.import_json(first, by="cy", keep_id=True)
        assert copy.id != assessment.id
        assert copy.findings == one.get(assessment.id).findings


def valid_export() -> dict:
    with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "a.db") as s:
        a = s.create(sample(), by="ana")
        s.decide(a.id, "TIP-1", Decision(MET, "ok"), expected_version=0, by="ana")
        s.decide(a.id, "TIP-2", Decision(PARTIAL, "half"), expected_version=0, by="ana")
        s.decide(a.id, "TIP-3", Decision(NOT_MET, "none"), expected_version=0, by="ana")
        s.decide(a.id, "TIP-3", Decision(NOT_MET, "still none"), expected_version=1, by="ana")
        return s.export_json(a.id)


def broken(change) -> dict:
    data = valid_export()
    change(data)
    return data


@pytest.mark.parametrize(
    ("data", "message"),
    [
        # an unknown key, named with its place
        (broken(lambda d: d["findings"][2]["decision"].update(statuz="met")),
         "findings[2].decision: unknown key 'statuz'"),
        # a status that is not one of the statuses
        (broken(lambda d: d["findings"][1]["decision"].update(status="done")),
         "findings[1].decision.status: Input should be 'met', 'partially_met', 'not_met', 'not_applicable' or "
         "'not_assessed'"),
        # a missing field
        (broken(lambda d: d["findings"][0].pop("machine_status")), "findings[0].machine_status: Field required"),
        # strict types: a number written as text is not a number
        (broken(lambda d: d["findings"][0].update(version="1")),
         "findings[0].version: Input should be a valid integer"),
        # another kind of file
        (broken(lambda d: d.update(schema="assessor.report/1")),
         "schema: 'assessor.report/1' is not an assessment file"),
        # the same requirement twice
        (broken(lambda d: d["findings"].append(d["findings"][0])), "requirement 'TIP-1' appears twice"),
        # a history entry whose decision could not be restored
        (broken(lambda d: d["history"][-1]["new"].update(status="maybe")),
         "history[4].new.status: Input should be 'met'"),
        # an id that could not be a file name
        (broken(lambda d: d["assessment"].update(id="../etc")), "assessment.id: String should match pattern"),
        # not an object at all
        ([1, 2, 3], "an assessment file is a JSON object, not list"),
    ],
)
def test_bad_import_is_refused_with_a_clear_message(new_database, data: object, message: str) -> None:
    with Store(new_database()) as s:
        with pytest.raises(AssessmentImportError) as caught:
            s.import_json(data, by="cy")
        assert message in caught.value.message
        assert s.list() == []  # nothing half-imported


# --- crash safety -------------------------------------------------------------------------------

WRITER = """
import sys
from assessor.assessment import Decision
from assessor.preassessment import RequirementStatus
from assessor.store import Store

store = Store(sys.argv[1])
aid, ids = sys.argv[2], sys.argv[3:]
versions = dict.fromkeys(ids, 0)
for n in range(1, 1_000_000):
    rid = ids[n % len(ids)]
    saved = store.decide(aid, rid, Decision(RequirementStatus.MET, f"n={n}"), expected_version=versions[rid], by="w")
    versions[rid] = saved.version
    print(n, flush=True)
"""


@pytest.mark.parametrize("run", range(3))
def test_sigkill_mid_write_loses_nothing_committed(new_database, run: int) -> None:
    # A writer killed with SIGKILL at a random moment: the database opens (the SQLite file passes
    # integrity_check; PostgreSQL rolled back the open transaction), and holds every decision it
    # reported committed (perhaps one more, committed before its print).
    path = new_database()
    with Store(path) as s:
        aid = s.create(sample(n=4), by="ana").id
    ids = ["TIP-1", "TIP-2", "TIP-3", "TIP-4"]
    chance = random.Random()  # noqa: S311 - a random moment, not a secret
    wait_for = chance.randint(5, 60)
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(path), aid, *ids], cwd=ROOT,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        printed = []
        while len(printed) < wait_for:
            line = writer.stdout.readline()
            assert line, f"the writer stopped: {writer.stderr.read()}"
            printed.append(int(line))
        time.sleep(chance.uniform(0, 0.01))
        os.kill(writer.pid, signal.SIGKILL)
        rest, _ = writer.communicate(timeout=10)
    finally:
        if writer.poll() is None:
            writer.kill()
    assert writer.returncode == -signal.SIGKILL
    last = max([*printed, *(int(x) for x in rest.split())])
    with Store(path) as s:
        if s.backend == "sqlite":
            assert raw(path, "PRAGMA integrity_check") == [("ok",)]
        findings = s.get(aid).findings
        counters = {rid: int(f.decision.rationale.removeprefix("n=")) for rid, f in findings.items() if f.decided}
        stored = max(counters.values())
        assert last <= stored <= last + 1, (wait_for, last, stored)
        # Every commit was whole: one history entry per decision, versions in step.
        decisions = [h for h in s.history(aid) if h.field == "decision"]
        assert len(decisions) == stored
        assert sum(f.version for f in findings.values()) == stored


def test_law_files_are_kept_with_the_assessment(new_database) -> None:
    # Uploaded files are kept by content (once), attached to the assessment with history, and read back.
    from assessor.assessment import LawFile

    with Store(new_database()) as s:
        aid = s.create(sample(), by="ana").id
        digest = s.put_file("act.txt", b"Section 1\nText.")
        assert s.put_file("same.txt", b"Section 1\nText.") == digest  # same bytes, one copy
        assert s.get_file(digest) == b"Section 1\nText."
        updated = s.set_files(aid, [LawFile("act.txt", digest, 16, version="v1")], by="ana")
        assert [f.name for f in updated.files] == ["act.txt"]
        assert s.history(aid)[0].field == "files"
        with pytest.raises(NotFound):
            s.get_file("0" * 64)


@pytest.mark.parametrize("decided", [
    {},  # nothing decided: every status is the machine's
    {"TIP-2": MET},  # a decision replaces the machine's status
    {"TIP-1": PARTIAL, "TIP-3": NOT_MET},  # a decision equal to the machine's, another different
])
def test_statuses_are_the_status_in_force_of_every_finding(store: Store, decided: dict) -> None:
    # `statuses` (one query, for lists of many assessments) says what `get` says, finding by finding.
    a, b = store.create(sample(), by="ana"), store.create(sample("Borduria", n=2), by="ana")
    for rid, status in decided.items():
        store.decide(a.id, rid, Decision(status, "r"), expected_version=0, by="ana")
    expected = {x.id: {rid: f.status for rid, f in store.get(x.id).findings.items()} for x in (a, b)}
    assert store.statuses() == expected
    assert store.statuses([b.id]) == {b.id: expected[b.id]}
    assert store.statuses([]) == {}
