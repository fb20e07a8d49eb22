"""Double coding (assessor/store_coding.py and what shows it): two coders decide independently, agreed
requirements are settled at once, a reviewer reconciles the others; the CLI, the Reconcile and Review pages,
the workbook's Agreement sheet and the Word report's agreement section.

The store's tests run on SQLite and on PostgreSQL (the `new_database` fixture of tests/conftest.py).
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from assessor.assessment import Assessment, Decision, new_assessment
from assessor.errors import ConflictError, NotFound, PermissionDenied, StoreError
from assessor.preassessment import RequirementStatus
from assessor.store import Store
from assessor.store_coding import AGREED

S = RequirementStatus


@pytest.fixture
def store(new_database) -> Iterator[Store]:  # noqa: ANN001 - conftest's maker
    with Store(new_database()) as s:
        yield s


def double_coded(store: Store, coders: tuple[str, str] = ("ana", "ben")) -> Assessment:
    """A TIP assessment (no pre-assessment) coded by ana and ben, started by olga."""
    a = store.create(new_assessment("Arcadia", "Trafficking bill", instruments=["TIP"]), by="olga")
    store.set_coders(a.id, coders, by="olga")
    return a


def code(store: Store, a: Assessment, who: str, requirement: str, status: S, rationale: str = "",
         provisions: tuple[str, ...] = ()) -> None:
    """`who` decides `requirement`, based on the version of their coding they see."""
    version = store.coded_view(a.id, who).finding(requirement).version
    store.decide(a.id, requirement, Decision(status, rationale, provisions), expected_version=version, by=who)


def add_member(store: Store, assessment_id: str, identity: str, role: str) -> None:
    # The members table of migration 5 written directly: the roles helper's API is not needed to test coding.
    with store._write() as conn:  # noqa: SLF001
        conn.execute("INSERT INTO members (assessment_id, identity, role, added_by, added_at) VALUES (?, ?, ?, ?, ?)",
                     (assessment_id, identity, role, "olga", "2026-01-01T00:00:00+00:00"))


# --------------------------------------------------------------------------- the coders


@pytest.mark.parametrize(("coders", "message"), [
    # One coder is not double coding.
    (("ana",), "exactly two coders"),
    # Three neither.
    (("ana", "ben", "cy"), "exactly two coders"),
    # The same person twice.
    (("ana", "ana"), "two different people"),
    # A blank name.
    (("ana", " "), "exactly two coders"),
])
def test_set_coders_refuses(store: Store, coders: tuple, message: str) -> None:
    a = store.create(new_assessment("Arcadia", "Bill", instruments=["TIP"]), by="olga")
    with pytest.raises(StoreError, match=message):
        store.set_coders(a.id, coders, by="olga")
    assert store.coders(a.id) == ()


@pytest.mark.parametrize(("role", "allowed"), [
    # An assessor, a reviewer and the owner may code.
    ("assessor", True), ("reviewer", True), ("owner", True),
    # A viewer may not.
    ("viewer", False),
    # Nor someone who is not a member, once the assessment has members.
    (None, False),
])
def test_coders_must_be_members_who_may_decide(store: Store, role: str | None, allowed: bool) -> None:
    a = store.create(new_assessment("Arcadia", "Bill", instruments=["TIP"]), by="olga")
    add_member(store, a.id, "olga", "owner")
    add_member(store, a.id, "ana", "assessor")
    if role is not None:
        add_member(store, a.id, "ben", role)
    if allowed:
        assert store.set_coders(a.id, ("ana", "ben"), by="olga") == ("ana", "ben")
    else:
        with pytest.raises(StoreError, match="ben cannot code"):
            store.set_coders(a.id, ("ana", "ben"), by="olga")


def test_set_coders_is_in_the_history_and_can_stop(store: Store) -> None:
    a = double_coded(store)
    assert store.coders(a.id) == ("ana", "ben")
    store.set_coders(a.id, (), by="olga")
    assert store.coders(a.id) == ()
    entries = [(e.field, e.old, e.new, e.by) for e in store.history(a.id) if e.field == "coders"]
    assert entries == [("coders", ["ana", "ben"], None, "olga"), ("coders", None, ["ana", "ben"], "olga")]
    # Stopped: ana's decision is the final decision again.
    store.decide(a.id, "TIP-5-1", Decision(S.MET), expected_version=0, by="ana")
    assert store.get(a.id).finding("TIP-5-1").decision.by == "ana"


# --------------------------------------------------------------------------- independence


def test_each_coder_sees_only_their_own_until_both_decided(store: Store) -> None:
    a = double_coded(store)
    code(store, a, "ana", "TIP-5-1", S.MET, "offence and penalty", ("s. 3",))
    # Ben sees nothing of Ana's: not in his codings, not in his view of the assessment.
    assert store.codings(a.id, as_user="ben") == ()
    assert store.coded_view(a.id, "ben").finding("TIP-5-1").decision is None
    # Ana sees her own decision as the finding's decision, at her coding's version.
    mine = store.coded_view(a.id, "ana").finding("TIP-5-1")
    assert (mine.decision.status, mine.decision.by, mine.version) == (S.MET, "ana", 1)
    assert [(c.coder, c.requirement_id) for c in store.codings(a.id, as_user="ana")] == [("ana", "TIP-5-1")]
    # The final decision is not set by one coder.
    assert store.get(a.id).finding("TIP-5-1").decision is None
    # Once Ben has decided too, each sees both.
    code(store, a, "ben", "TIP-5-1", S.NOT_MET, "no penalty for attempt")
    for who in ("ana", "ben"):
        assert [(c.coder, c.decision.status) for c in store.codings(a.id, as_user=who)] == [
            ("ana", S.MET), ("ben", S.NOT_MET)]
    # They disagree: the final decision waits for the reviewer.
    assert store.get(a.id).finding("TIP-5-1").decision is None
    # Each coder's view still holds their own decision only, never the other's.
    assert store.coded_view(a.id, "ben").finding("TIP-5-1").decision.status == S.NOT_MET


@pytest.mark.parametrize(("who", "role", "sees"), [
    # The reviewer sees both coders' codings, decided by both or not.
    ("rita", "reviewer", {("ana", "TIP-5-1"), ("ana", "TIP-6-1"), ("ben", "TIP-5-1")}),
    # The owner too.
    ("olga", "owner", {("ana", "TIP-5-1"), ("ana", "TIP-6-1"), ("ben", "TIP-5-1")}),
    # A viewer: only what both decided (what the agreement figures show).
    ("val", "viewer", {("ana", "TIP-5-1"), ("ben", "TIP-5-1")}),
    # An assessor who is not coding: the same.
    ("cy", "assessor", {("ana", "TIP-5-1"), ("ben", "TIP-5-1")}),
])
def test_who_sees_which_codings(store: Store, who: str, role: str, sees: set) -> None:
    a = store.create(new_assessment("Arcadia", "Bill", instruments=["TIP"]), by="olga")
    for identity, its_role in {"olga": "owner", "ana": "assessor", "ben": "assessor", who: role}.items():
        add_member(store, a.id, identity, its_role)
    store.set_coders(a.id, ("ana", "ben"), by="olga")
    code(store, a, "ana", "TIP-5-1", S.MET)
    code(store, a, "ben", "TIP-5-1", S.MET)
    code(store, a, "ana", "TIP-6-1", S.NOT_MET)
    assert {(c.coder, c.requirement_id) for c in store.codings(a.id, as_user=who)} == sees


def test_without_members_anyone_who_is_not_coding_sees_both(store: Store) -> None:
    # An open assessment (no sign-in, no members): nobody's identity is checked, so hiding would be theatre.
    a = double_coded(store)
    code(store, a, "ana", "TIP-5-1", S.MET)
    assert [c.coder for c in store.codings(a.id, as_user="someone")] == ["ana"]
    assert store.coded_view(a.id, "someone").finding("TIP-5-1").decision is None  # the final decision: none yet


# --------------------------------------------------------------------------- settling


def test_agreed_requirements_are_settled_at_once(store: Store) -> None:
    a = double_coded(store)
    code(store, a, "ana", "TIP-5-1", S.MET, "s. 3 covers it", ("s. 3",))
    store.decide(a.id, "TIP-5-1", Decision(S.MET, "penalty of ten years", ("s. 3", "s. 9"), notes="see s. 9",
                                           examples="two cases"), expected_version=0, by="ben")
    final = store.get(a.id).finding("TIP-5-1")
    assert final.decision.status == S.MET and final.decision.by == "ana and ben"
    # Both rationales kept, each after its coder's name; the provisions of both; ben's notes where ana left none.
    assert final.decision.rationale == "ana: s. 3 covers it\n\nben: penalty of ten years"
    assert final.decision.provisions == ("s. 3", "s. 9")
    assert (final.decision.notes, final.decision.examples) == ("see s. 9", "two cases")
    entry = store.history(a.id, "TIP-5-1")[0]
    assert (entry.field, entry.by, entry.source) == ("decision", "ana and ben", AGREED)
    report = store.reconciliation(a.id)
    assert (report.both_decided, report.agreed, report.pending) == (1, ("TIP-5-1",), ())


def test_each_coding_is_in_the_history_by_its_coder(store: Store) -> None:
    a = double_coded(store)
    code(store, a, "ana", "TIP-5-1", S.MET, "first reading")
    code(store, a, "ana", "TIP-5-1", S.PARTIALLY_MET, "second reading")
    store.clear_decision(a.id, "TIP-5-1", expected_version=2, by="ana")
    entries = [(e.field, e.by, (e.new or {}).get("status")) for e in store.history(a.id, "TIP-5-1")]
    assert entries == [("coding", "ana", None), ("coding", "ana", "partially_met"), ("coding", "ana", "met")]
    assert store.coded_view(a.id, "ana").finding("TIP-5-1").decision is None
    with pytest.raises(NotFound, match="no decision on TIP-5-1 to withdraw"):
        store.clear_decision(a.id, "TIP-5-1", expected_version=3, by="ana")


def test_a_coder_is_recognised_as_the_roles_compare_identities(store: Store) -> None:
    # "Ana " with a capital and a space is ana (case and outer spaces ignored): her coding, not a final decision.
    a = double_coded(store)
    store.decide(a.id, "TIP-5-1", Decision(S.MET), expected_version=0, by="Ana ")
    assert store.get(a.id).finding("TIP-5-1").decision is None
    assert [(c.coder, c.version) for c in store.codings(a.id, as_user="ANA")] == [("ana", 1)]
    with pytest.raises(StoreError, match="two different people"):
        store.set_coders(a.id, ("ana", "ANA"), by="olga")


def test_a_stale_coding_is_refused_and_nothing_is_written(store: Store) -> None:
    a = double_coded(store)
    store.decide(a.id, "TIP-5-1", Decision(S.MET, "tab one"), expected_version=0, by="ana")
    # A second tab of Ana's, drawn at version 0, saves: refused, showing the saved coding.
    with pytest.raises(ConflictError, match="Your own decision on TIP-5-1 was changed") as refused:
        store.decide(a.id, "TIP-5-1", Decision(S.NOT_MET, "tab two"), expected_version=0, by="ana")
    assert refused.value.current.decision.rationale == "tab one" and refused.value.current.version == 1
    assert store.coded_view(a.id, "ana").finding("TIP-5-1").decision.rationale == "tab one"
    # Based on the version shown, the save goes through (the review page's "Keep mine").
    saved = store.decide(a.id, "TIP-5-1", Decision(S.NOT_MET, "tab two"), expected_version=1, by="ana",
                         overwrite=True)
    assert (saved.version, saved.decision.rationale) == (2, "tab two")
    assert store.history(a.id, "TIP-5-1")[0].source == "app: overwrite of version 1"


def test_a_coding_outside_the_scope_is_refused(store: Store) -> None:
    a = double_coded(store)
    with pytest.raises(NotFound, match="not a requirement in scope"):
        store.decide(a.id, "SOM-6-1-a", Decision(S.MET), expected_version=0, by="ana")


def disagreeing(store: Store) -> Assessment:
    a = double_coded(store)
    code(store, a, "ana", "TIP-5-1", S.MET, "ana's reading")
    code(store, a, "ben", "TIP-5-1", S.NOT_MET, "ben's reading")
    return a


@pytest.mark.parametrize(("settled_from", "own", "status", "rationale", "source"), [
    # Take Ana's decision.
    ("ana", None, S.MET, "ana's reading", "reconciled from ana"),
    # Take Ben's.
    ("ben", None, S.NOT_MET, "ben's reading", "reconciled from ben"),
    # The reviewer's own.
    ("own", Decision(S.PARTIALLY_MET, "both half right"), S.PARTIALLY_MET, "both half right",
     "reconciled: reviewer's own"),
])
def test_reconcile_records_who_settled_and_from_which(store: Store, settled_from: str, own: Decision | None,
                                                      status: S, rationale: str, source: str) -> None:
    a = disagreeing(store)
    assert [d.requirement_id for d in store.reconciliation(a.id).pending] == ["TIP-5-1"]
    store.reconcile(a.id, "TIP-5-1", own, settled_from=settled_from, expected_version=0, by="rita")
    final = store.get(a.id).finding("TIP-5-1")
    assert (final.decision.status, final.decision.rationale, final.decision.by) == (status, rationale, "rita")
    entry = store.history(a.id, "TIP-5-1")[0]
    assert (entry.field, entry.by, entry.source) == ("decision", "rita", source)
    report = store.reconciliation(a.id)
    assert report.pending == () and [(d.settled_by, d.settled_from) for d in report.settled] == [("rita", source)]


def test_a_coding_changed_after_reconciliation_waits_again(store: Store) -> None:
    a = disagreeing(store)
    store.reconcile(a.id, "TIP-5-1", settled_from="ana", expected_version=0, by="rita")
    code(store, a, "ben", "TIP-5-1", S.PARTIALLY_MET, "on second thoughts")
    assert [d.requirement_id for d in store.reconciliation(a.id).pending] == ["TIP-5-1"]


@pytest.mark.parametrize(("settled_from", "expected_version", "error", "message"), [
    # Based on a stale final version: refused, nothing written.
    ("ana", 5, ConflictError, "Reload to see it"),
    # From someone who is not a coder.
    ("cy", 0, StoreError, "from ana, ben or 'own'"),
    # Own, without a decision.
    ("own", 0, StoreError, "needs a decision"),
])
def test_reconcile_refuses(store: Store, settled_from: str, expected_version: int, error: type,
                           message: str) -> None:
    a = disagreeing(store)
    with pytest.raises(error, match=message):
        store.reconcile(a.id, "TIP-5-1", settled_from=settled_from, expected_version=expected_version, by="rita")
    assert store.get(a.id).finding("TIP-5-1").decision is None


@pytest.mark.parametrize(("coders", "message"), [
    # Not double coded at all.
    ((), "not double coded"),
    # Double coded, but only one coder has decided.
    (("ana", "ben"), "both coders"),
])
def test_reconcile_needs_both_codings(store: Store, coders: tuple, message: str) -> None:
    a = store.create(new_assessment("Arcadia", "Bill", instruments=["TIP"]), by="olga")
    store.set_coders(a.id, coders, by="olga")
    if coders:
        code(store, a, "ana", "TIP-5-1", S.MET)
    with pytest.raises(StoreError, match=message):
        store.reconcile(a.id, "TIP-5-1", settled_from="ana", expected_version=0, by="rita")


def test_agreement_figures_from_the_store(store: Store) -> None:
    a = double_coded(store)
    for requirement, first, second in (("TIP-5-1", S.MET, S.MET), ("TIP-6-1", S.NOT_MET, S.NOT_MET),
                                       ("TIP-6-2", S.MET, S.NOT_MET)):
        code(store, a, "ana", requirement, first)
        code(store, a, "ben", requirement, second)
    code(store, a, "ana", "TIP-6-3", S.MET)  # Ben has not decided it: not counted
    report = store.agreement(a.id)
    assert (report.first, report.second, report.overall.n, report.overall.agreed) == ("ana", "ben", 3, 2)
    # By hand: p_o 2/3; ana met 2/3, not met 1/3; ben met 1/3, not met 2/3; p_e 4/9; kappa (2/9)/(5/9) = 0.4.
    assert report.overall.kappa == pytest.approx(0.4)
    assert [d.requirement_id for d in report.disagreements] == ["TIP-6-2"]
    assert report.instrument("TIP").n == 3
    # Machine vs final: the two agreed ones are final, the machine proposed nothing (no pre-assessment).
    machine = store.machine_agreement(a.id)
    assert (machine.overall.n, machine.skipped) == (0, 2)
    assert store.agreement(store.create(new_assessment("B", "Not coded"), by="olga").id) is None


# --------------------------------------------------------------------------- the command line


def cli(db: str, *args: str, by: str = "olga") -> int:
    from assessor.cli import main

    return main(["assessment", "--database", db, "--by", by, *args])


def test_cli_coders_agreement_reconcile(new_database, capsys: pytest.CaptureFixture[str]) -> None:  # noqa: ANN001
    db = new_database()
    with Store(db) as s:
        a = s.create(new_assessment("Arcadia", "Bill", instruments=["TIP"]), by="olga")
    assert cli(db, "coders", a.id, "ana", "ben") == 0
    assert "double coded by ana and ben" in capsys.readouterr().out
    # Each coder decides with the ordinary `decide`: kept as their own coding.
    assert cli(db, "decide", a.id, "TIP-5-1", "--status", "met", "--rationale", "yes", by="ana") == 0
    assert cli(db, "decide", a.id, "TIP-5-1", "--status", "not_met", "--rationale", "no", by="ben") == 0
    assert cli(db, "decide", a.id, "TIP-6-1", "--status", "met", by="ana") == 0
    assert cli(db, "decide", a.id, "TIP-6-1", "--status", "met", by="ben") == 0
    capsys.readouterr()
    assert cli(db, "agreement", a.id) == 0
    shown = capsys.readouterr().out
    assert "ana vs ben" in shown and "disagreement TIP-5-1: ana met, ben not_met; waiting for reconciliation" in shown
    assert "All requirements" in shown and "50.0%" in shown
    # --from own without a status is a usage error; nothing is written.
    assert cli(db, "reconcile", a.id, "TIP-5-1", "--from", "own", by="rita") == 2
    assert cli(db, "reconcile", a.id, "TIP-5-1", "--from", "ben", by="rita") == 0
    assert "reconciled from ben's decision" in capsys.readouterr().out
    assert cli(db, "agreement", a.id, "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert data["coders"]["overall"] == {"n": 2, "agreed": 1, "percent": 50.0, "kappa": 0.0, "expected": 0.5}
    assert data["pending"] == [] and data["settled"] == [
        {"requirement_id": "TIP-5-1", "by": "rita", "source": "cli: reconciled from ben"}]
    assert data["machine_vs_final"]["overall"]["n"] == 0  # no pre-assessment: the machine proposed nothing
    # A stale version is a conflict (exit 22).
    assert cli(db, "reconcile", a.id, "TIP-5-1", "--from", "ana", "--expected-version", "0", by="rita") == 22
    assert cli(db, "coders", a.id, "--off") == 0
    assert cli(db, "coders", a.id) == 0
    assert "not double coded" in capsys.readouterr().out.splitlines()[-1]


# --------------------------------------------------------------------------- reports


def coded_and_settled(store: Store) -> Assessment:
    """Three requirements both coded (two alike, one not, reconciled), one decided by Ana alone."""
    a = double_coded(store)
    for requirement, first, second in (("TIP-5-1", S.MET, S.MET), ("TIP-6-1", S.NOT_MET, S.NOT_MET),
                                       ("TIP-6-2", S.MET, S.NOT_MET)):
        code(store, a, "ana", requirement, first, "=HYPERLINK(\"http://x\")")  # a formula-like rationale
        code(store, a, "ben", requirement, second)
    code(store, a, "ana", "TIP-6-3", S.MET)
    store.reconcile(a.id, "TIP-6-2", settled_from="ben", expected_version=0, by="rita")
    return a


def test_workbook_agreement_sheet(store: Store) -> None:
    from openpyxl import load_workbook

    from assessor.catalog import load_catalog
    from assessor.reports.render import render_report
    from assessor.reports.xlsx_import import read_workbook

    a = coded_and_settled(store)
    assessment = store.get(a.id)
    data = render_report(assessment, load_catalog(), "xlsx", agreement=store.agreement(a.id))
    book = load_workbook(io.BytesIO(data))
    assert book.sheetnames[-2:] == ["Agreement", "_assessor"]
    rows = [[c.value for c in r] for r in book["Agreement"].iter_rows()]
    cells = [v for r in rows for v in r if v is not None]
    assert "Double coding: ana vs ben (requirements both decided)" in cells
    overall = next(r for r in rows if r[:2] == ["Overall", "All requirements"])
    # n 3, 2 alike: p_o 2/3; kappa 0.4 (worked by hand in test_agreement_figures_from_the_store).
    assert overall[2:4] == [3, 2] and overall[4] == pytest.approx(2 / 3) and overall[5] == pytest.approx(0.4)
    assert ["TIP-6-2", "TIP Protocol, art. 6(2)", "Met", "Not met"] in [r[:4] for r in rows]
    # Machine vs final: nothing the machine proposed (no pre-assessment), so n = 0 and kappa n/a.
    machine_at = cells.index(next(c for c in cells if str(c).startswith("Machine vs final")))
    assert "n/a" in cells[machine_at:]
    # No formula anywhere in the sheet (cells through cells.py).
    assert all(c.data_type != "f" for r in book["Agreement"].iter_rows() for c in r)
    # The re-import reads the Findings sheet only: the Agreement sheet changes nothing.
    assert not read_workbook(data, assessment, load_catalog())


@pytest.mark.parametrize(("coded", "decided", "sheet"), [
    # Double coded: the sheet, even with nothing decided yet.
    (True, False, True),
    # Not double coded but something decided: the sheet, for machine vs final.
    (False, True, True),
    # Neither: no sheet (the workbook as before).
    (False, False, False),
])
def test_workbook_agreement_sheet_when(store: Store, coded: bool, decided: bool, sheet: bool) -> None:
    from openpyxl import load_workbook

    from assessor.catalog import load_catalog
    from assessor.reports.xlsx_report import write_workbook

    a = store.create(new_assessment("Arcadia", "Bill", instruments=["TIP"]), by="olga")
    if coded:
        store.set_coders(a.id, ("ana", "ben"), by="olga")
    if decided:
        store.decide(a.id, "TIP-5-1", Decision(S.MET), expected_version=0, by="olga")
    book = load_workbook(io.BytesIO(write_workbook(store.get(a.id), load_catalog(),
                                                   agreement=store.agreement(a.id))))
    assert ("Agreement" in book.sheetnames) is sheet
    if coded:
        assert "This assessment is not double coded." not in [c.value for c in book["Agreement"]["A"]]


def test_word_report_agreement_paragraph_and_table(store: Store) -> None:
    from docx import Document

    from assessor.catalog import load_catalog
    from assessor.reports.render import render_report

    a = coded_and_settled(store)
    document = Document(io.BytesIO(render_report(store.get(a.id), load_catalog(), "docx",
                                                 agreement=store.agreement(a.id))))
    texts = [p.text for p in document.paragraphs]
    assert ("Agreement", "Heading 1") in [(p.text, p.style.name) for p in document.paragraphs]
    paragraph = next(t for t in texts if t.startswith("This assessment was coded independently by ana and ben"))
    assert "Of the 3 requirements both decided, they gave the same status to 2 (66.7%)" in paragraph
    assert "Cohen's kappa, which discounts the agreement expected by chance, is 0.40 (fair)" in paragraph
    assert "TIP-6-2: ana: Met; ben: Not met" in texts
    tables = [[[c.text for c in r.cells] for r in t.rows] for t in document.tables]
    figures = next(t for t in tables if t[0] == ["Requirements", "n", "Same status", "Percent agreement",
                                                  "Cohen's kappa"])
    assert figures[1] == ["All requirements", "3", "2", "66.7%", "0.40"]
    assert ["Instrument: TIP", "3", "2", "66.7%", "0.40"] in figures
    # Machine vs final is there too, saying there is nothing to compare.
    assert any(t.startswith("No decided requirement has a status proposed by the machine") for t in texts)


@pytest.mark.parametrize(("decided", "expected"), [
    # Decided requirements the machine proposed for: the machine-vs-final paragraph.
    (True, "the final decision kept the machine's status"),
    # Nothing decided, not double coded: no Agreement section at all.
    (False, None),
])
def test_word_report_machine_vs_final(store: Store, decided: bool, expected: str | None) -> None:
    from docx import Document

    from assessor import legislation_from_text, load_catalog, pre_assess
    from assessor.reports.docx_report import write_docx

    act = ("Section 3 Trafficking in persons\n(1) A person who recruits or harbours another person by force for "
           "the purpose of exploitation commits an offence and is liable to imprisonment for ten years.")
    a = store.create(new_assessment("Arcadia", "Bill", instruments=["TIP"]), by="olga")
    pre = pre_assess(legislation_from_text(act, "act.txt", "en"), load_catalog(), ["TIP"])
    a = store.save_pre_assessment(a.id, pre, [], by="machine")[0]
    if decided:
        proposed = next(f for f in a.findings.values() if f.machine_status != S.NOT_ASSESSED)
        store.decide(a.id, proposed.requirement_id, Decision(proposed.machine_status),
                     expected_version=proposed.version, by="olga")
    texts = [p.text for p in Document(io.BytesIO(write_docx(store.get(a.id), load_catalog()))).paragraphs]
    found = [t for t in texts if expected and expected in t]
    assert bool(found) is decided and ("Agreement" in texts) is decided
    if decided:
        assert "(100.0%)" in found[0] and "kappa n/a" in found[0]  # one pair, agreed: kappa undefined


# --------------------------------------------------------------------------- the app (AppTest, SQLite)


def review() -> None:
    from assessor.ui import review_page

    review_page.render()


def reconcile() -> None:
    from assessor.ui import reconcile_page

    reconcile_page.render()


@pytest.fixture
def app_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "app.sqlite3"
    monkeypatch.setenv("ASSESSOR_DATABASE", str(path))
    return path


def page(script, assessment_id: str, by: str, requirement: str | None = None):  # noqa: ANN001, ANN201
    from streamlit.testing.v1 import AppTest

    app = AppTest.from_function(script, default_timeout=60)
    app.query_params["assessment"] = assessment_id
    app.query_params["by"] = by
    if requirement:
        app.query_params["requirement"] = requirement
    return app.run()


def text_of(app) -> str:  # noqa: ANN001
    return "\n".join([m.value for m in app.markdown] + [i.value for i in app.info] + [c.value for c in app.caption])


def save_on_review(app, status: str, rationale: str, requirement: str = "TIP-5-1"):  # noqa: ANN001, ANN201
    app.radio(key=next(r.key for r in app.radio if r.label == "Decision")).set_value(status)
    next(w for w in app.text_area if w.label == "Rationale").set_value(rationale)
    return app.button(key=f"FormSubmitter:decide-{requirement}-Save decision").click().run()


def test_review_page_as_a_coder(app_db: Path) -> None:
    with Store(app_db) as s:
        a = double_coded(s)
        # A final decision made before double coding started: a coder never sees it on the Review page.
        s.set_coders(a.id, (), by="olga")
        s.decide(a.id, "TIP-5-1", Decision(S.NOT_APPLICABLE, "the earlier final decision"), expected_version=0,
                 by="olga")
        s.set_coders(a.id, ("ana", "ben"), by="olga")
        code(s, a, "ben", "TIP-5-1", S.NOT_MET, "ben's secret reading")
    ana = page(review, a.id, "ana", "TIP-5-1")
    assert not ana.exception
    shown = text_of(ana)
    assert "Double coding: your decisions are independent of ben's until you have both decided a requirement" in shown
    assert "ben's secret reading" not in shown and "the earlier final decision" not in shown
    assert "0 of" in shown and "decided by you" in shown
    # The form starts from the machine's proposal, not from anyone's decision.
    assert next(w for w in ana.text_area if w.label == "Rationale").value == ""
    ana = save_on_review(ana, "met", "ana's own reading")
    assert any("Saved" in m.value for m in ana.success)
    with Store(app_db) as s:
        assert s.coded_view(a.id, "ana").finding("TIP-5-1").decision.rationale == "ana's own reading"
        assert s.get(a.id).finding("TIP-5-1").decision.rationale == "the earlier final decision"  # not settled
    # Both decided now (differently): Ana may see Ben's decision and the final one (still the earlier one).
    again = page(review, a.id, "ana", "TIP-5-1")
    shown = text_of(again)
    assert "ben's secret reading" in shown and "(by olga)" in shown
    assert any(e.label.startswith("Your history") for e in again.expander)


def test_review_page_for_someone_not_coding_is_unchanged(app_db: Path) -> None:
    with Store(app_db) as s:
        a = double_coded(s)
        code(s, a, "ana", "TIP-5-1", S.MET, "ana's reading")
    rita = page(review, a.id, "rita", "TIP-5-1")
    assert not rita.exception and "Double coding" not in text_of(rita)
    rita = save_on_review(rita, "not_met", "rita decides the final one")
    with Store(app_db) as s:
        assert s.get(a.id).finding("TIP-5-1").decision.by == "rita"


def test_reconcile_page_figures_and_choices(app_db: Path) -> None:
    with Store(app_db) as s:
        a = coded_and_settled(s)
        code(s, a, "ana", "TIP-6-3", S.MET)
        code(s, a, "ben", "TIP-6-3", S.NOT_APPLICABLE, "<b>not</b> *applicable*")  # markup: shown as text
        code(s, a, "ana", "TIP-7-1", S.MET, "ana on 7(1)")
        code(s, a, "ben", "TIP-7-1", S.NOT_MET, "ben on 7(1)")
    rita = page(reconcile, a.id, "rita")
    assert not rita.exception
    shown = text_of(rita)
    assert "5 requirement(s) decided by both, 2 alike (settled at once), 2 waiting for reconciliation, 1 reconciled" \
        in shown
    tables = [t.value for t in rita.table]
    assert tables[0].iloc[0]["Name"] == "All requirements" and tables[0].iloc[0]["n"] == 5
    assert "\\<b\\>not\\</b\\> \\*applicable\\*" in shown and "<b>not</b>" not in shown
    assert "TIP-6-2: reconciled from ben by rita" in shown.replace("\\", "")
    # Take Ben's on TIP-6-3.
    rita = rita.button(key="reconcile-take-TIP-6-3-ben").click().run()
    assert any("settled from ben's decision" in m.value for m in rita.success)
    # Write my own on TIP-7-1.
    rita.radio(key=next(r.key for r in rita.radio if "TIP-7-1" in r.key and r.key.endswith(":status"))).set_value(
        "partially_met")
    next(w for w in rita.text_area if "TIP-7-1" in w.key and w.key.endswith(":rationale")).set_value("both half right")
    rita = rita.button(key="FormSubmitter:reconcile-own-TIP-7-1-Save my decision").click().run()
    assert any("settled with your own decision" in m.value for m in rita.success)
    with Store(app_db) as s:
        assert s.get(a.id).finding("TIP-6-3").decision.status == S.NOT_APPLICABLE
        final = s.get(a.id).finding("TIP-7-1").decision
        assert (final.status, final.rationale, final.by) == (S.PARTIALLY_MET, "both half right", "rita")
        assert s.history(a.id, "TIP-7-1")[0].source == "reconciled: reviewer's own"
        assert s.reconciliation(a.id).pending == ()


def test_reconcile_page_a_stale_choice_is_refused(app_db: Path) -> None:
    with Store(app_db) as s:
        a = disagreeing(s)
    rita = page(reconcile, a.id, "rita")
    with Store(app_db) as s:  # another reviewer settles it meanwhile
        s.reconcile(a.id, "TIP-5-1", settled_from="ana", expected_version=0, by="ray")
    rita = rita.button(key="reconcile-take-TIP-5-1-ben").click().run()
    assert any("Not saved" in e.value for e in rita.error)
    with Store(app_db) as s:
        assert s.get(a.id).finding("TIP-5-1").decision.by == "ray"  # nothing overwritten


def test_reconcile_page_starts_double_coding(app_db: Path) -> None:
    with Store(app_db) as s:
        a = s.create(new_assessment("Arcadia", "Bill", instruments=["TIP"]), by="olga")
    olga = page(reconcile, a.id, "olga")
    assert any("not double coded" in i.value for i in olga.info)
    olga.text_input(key="reconcile_coder_a").set_value("ana")
    olga.text_input(key="reconcile_coder_b").set_value("ben")
    olga = olga.button(key="FormSubmitter:reconcile-start-Start double coding").click().run()
    assert any("Double coding started" in m.value for m in olga.success)
    with Store(app_db) as s:
        assert s.coders(a.id) == ("ana", "ben")
    assert "Double coded by" in text_of(olga)


def test_cli_coder_changes_their_own_decision(new_database, capsys: pytest.CaptureFixture[str]) -> None:  # noqa: ANN001
    # A coder deciding again from the command line works on their own coding: its version and their own earlier
    # decision, not the final one "by ana and ben" (which would ask for --force) nor its version.
    db = new_database()
    with Store(db) as s:
        a = s.create(new_assessment("Arcadia", "Bill", instruments=["TIP"]), by="olga")
    assert cli(db, "coders", a.id, "ana", "ben") == 0
    assert cli(db, "decide", a.id, "TIP-5-1", "--status", "met", by="ana") == 0
    assert cli(db, "decide", a.id, "TIP-5-1", "--status", "met", by="ben") == 0  # agreed: the final decision is set
    capsys.readouterr()
    assert cli(db, "decide", a.id, "TIP-5-1", "--status", "partially_met", "--rationale", "on reflection",
               by="ana") == 0
    assert capsys.readouterr().out.strip() == "TIP-5-1: partially_met (version 2)"
    with Store(db) as s:
        mine = s.coded_view(a.id, "ana").finding("TIP-5-1")
    assert (mine.decision.status, mine.version) == (S.PARTIALLY_MET, 2)


def test_cli_word_report_carries_the_coders_agreement(new_database, tmp_path: Path) -> None:  # noqa: ANN001
    # `assessor report --format docx` of a double-coded assessment has the agreement paragraph (Store.agreement).
    from docx import Document

    from assessor.cli import main

    db = new_database()
    with Store(db) as s:
        a = coded_and_settled(s)
    out = tmp_path / "report.docx"
    assert main(["report", a.id, "--format", "docx", "--output", str(out), "--database", db]) == 0
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert "Cohen's kappa, which discounts the agreement expected by chance, is 0.40 (fair)" in text


@pytest.mark.parametrize(("reader", "shown"), [
    # Ana, a coder: her own codings; Ben's only on TIP-5-1, which both decided.
    ("ana", {("ana", "TIP-5-1"), ("ben", "TIP-5-1"), ("ana", "TIP-6-1")}),
    # Ben: his own; Ana's TIP-6-1 stays hidden until he has decided it.
    ("ben", {("ana", "TIP-5-1"), ("ben", "TIP-5-1")}),
    # Nobody named (the command line without --by, the reports): the whole record.
    (None, {("ana", "TIP-5-1"), ("ben", "TIP-5-1"), ("ana", "TIP-6-1")}),
])
def test_history_hides_the_other_coders_decisions_until_both_decided(store: Store, reader: str | None,
                                                                      shown: set[tuple[str, str]]) -> None:
    a = double_coded(store)
    code(store, a, "ana", "TIP-5-1", S.MET)
    code(store, a, "ben", "TIP-5-1", S.MET)
    code(store, a, "ana", "TIP-6-1", S.NOT_MET)
    entries = store.history(a.id, as_user=reader)
    assert {(e.by, e.requirement_id) for e in entries if e.field == "coding"} == shown
    assert {(e.by, e.requirement_id) for e in store.history(a.id, "TIP-6-1", as_user=reader)
            if e.field == "coding"} == shown & {("ana", "TIP-6-1")}


def test_a_coder_may_not_export_the_record_while_it_holds_the_others_decisions(store: Store) -> None:
    # The full export carries both coders' codings: refused to a coder while one is hidden from them, with the
    # reason; the owner exports it; once both decided everything coded, the coder may export too.
    a = double_coded(store)
    code(store, a, "ana", "TIP-6-1", S.NOT_MET)
    with pytest.raises(PermissionDenied, match="ben codes this assessment with ana: its full export holds ana's"):
        store.export_json(a.id, as_user="ben")
    assert store.export_json(a.id, as_user="ana")["codings"]  # nothing of Ben's to hide from Ana
    assert len(store.export_json(a.id, as_user="olga")["codings"]) == 1
    code(store, a, "ben", "TIP-6-1", S.NOT_MET)
    assert len(store.export_json(a.id, as_user="ben")["codings"]) == 2


def test_cli_history_with_by_is_the_coders_view(new_database, capsys: pytest.CaptureFixture[str]) -> None:  # noqa: ANN001
    # `assessment history --by ben` hides Ana's undecided coding; `export --by ben` is refused (exit 25).
    db = new_database()
    with Store(db) as s:
        a = double_coded(s)
        code(s, a, "ana", "TIP-6-1", S.NOT_MET, "no shelter provision")
    capsys.readouterr()
    assert cli(db, "history", a.id, by="ben") == 0
    assert "no shelter provision" not in capsys.readouterr().out
    assert cli(db, "history", a.id, by="ana") == 0
    assert "no shelter provision" in capsys.readouterr().out
    assert cli(db, "export", a.id, by="ben") == 25
