"""The review questionnaire's examples of implementation and challenges, everywhere a decision goes.

The UNTOC review mechanism asks, per provision, for examples of implementation (cases, statistics)
and challenges beside the answer, the measures and the technical assistance needed. These tests
follow the two fields through the store (and its migration 4), the history, the JSON export and
import, the JSON report, the Excel workbook and its re-import, the Word and Markdown reports, the
command line and the Review page. Every example is an invented sentence about a fictional State.
"""

from __future__ import annotations

import io
import json
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook
from streamlit.testing.v1 import AppTest

import assessor.store as store_module
from assessor.assessment import Assessment, Decision, ElementView, Finding, new_assessment
from assessor.assessment_schema import decision_changes
from assessor.catalog import load_catalog
from assessor.cli import main
from assessor.errors import AssessmentImportError, ExitCode
from assessor.preassessment import ElementStatus, RequirementStatus
from assessor.reports.assessment_json import report_json
from assessor.reports.cells import write_cell
from assessor.reports.docx_report import write_docx
from assessor.reports.markdown_report import write_markdown
from assessor.reports.xlsx_import import Change, apply_workbook, read_workbook
from assessor.reports.xlsx_report import write_workbook
from assessor.store import SCHEMA_VERSION, Store

MET, PART, NOT = RequirementStatus.MET, RequirementStatus.PARTIALLY_MET, RequirementStatus.NOT_MET
CATALOG = load_catalog()
EXAMPLES = "In 2023 the courts of Eldoria convicted 14 persons under s. 3; 41 victims were referred to shelters."
CHALLENGES = "Few interpreters for victims who speak neither official language."


def assessment(n: int = 3) -> Assessment:
    """An Eldorian assessment of the first `n` TIP requirements, undecided, as a pre-assessment leaves them."""
    findings = {r.id: Finding(r.id, NOT, (ElementView(r.id, ElementStatus.MISSING),), ("s. 1",), f"d{i}")
                for i, r in enumerate(CATALOG.requirements[:n])}
    return replace(new_assessment("Eldoria", "Trafficking Act", "2025-01-10", instruments=["TIP"], created_by="ana"),
                   findings=findings)


@pytest.fixture
def store(tmp_path: Path):
    with Store(tmp_path / "assessor.sqlite3") as s:
        yield s


# --------------------------------------------------------------------------- the store

STORE_CASES = [
    # both answers given
    (EXAMPLES, CHALLENGES),
    # formula-looking text is kept as typed
    ("=1+1", "=1+1"),
    # only examples; challenges left empty
    ("Statistics: 3 cases in 2024.", ""),
    # line breaks, right-to-left text and emoji survive
    ("line one\nline two", "تحديات في التنفيذ 🚧"),
    # neither: the decision as before the questionnaire
    ("", ""),
]


@pytest.mark.parametrize(("examples", "challenges"), STORE_CASES)
def test_store_round_trip(store: Store, examples: str, challenges: str) -> None:
    a = store.create(assessment(), by="ana")
    decision = Decision(PART, "offence lacks one means", ("s. 3(1)",), examples=examples, challenges=challenges)
    saved = store.decide(a.id, "TIP-3-a", decision, expected_version=0, by="ana")
    again = store.get(a.id).finding("TIP-3-a").decision
    assert (again.examples, again.challenges) == (examples, challenges)
    assert again == saved.decision
    # The history records the whole decision, the two answers included.
    entry = store.history(a.id, "TIP-3-a")[0]
    assert (entry.new["examples"], entry.new["challenges"]) == (examples, challenges)


EDIT_CASES = [
    # only the challenges edited: a recorded change naming that field
    ({"challenges": "Courts far from the border regions."}, ["challenges"]),
    # only the examples edited
    ({"examples": "Two convictions in 2024."}, ["examples"]),
    # both edited with the status
    ({"status": MET, "examples": "x", "challenges": "y"}, ["status", "examples", "challenges"]),
]


@pytest.mark.parametrize(("change", "fields"), EDIT_CASES)
def test_an_edit_of_the_answers_is_a_recorded_change(store: Store, change: dict, fields: list[str]) -> None:
    a = store.create(assessment(), by="ana")
    first = Decision(PART, "offence lacks one means", examples=EXAMPLES, challenges=CHALLENGES)
    store.decide(a.id, "TIP-3-a", first, expected_version=0, by="ana")
    store.decide(a.id, "TIP-3-a", replace(first, **change), expected_version=1, by="ben", source="cli")
    latest = store.history(a.id, "TIP-3-a")[0]
    assert (latest.field, latest.by, latest.source) == ("decision", "ben", "cli")
    assert decision_changes(latest.old, latest.new) == fields
    # Restoring the first decision puts the first answers back.
    restored = store.restore(a.id, "TIP-3-a", store.history(a.id, "TIP-3-a")[1].id, expected_version=2, by="cy")
    assert (restored.decision.examples, restored.decision.challenges) == (EXAMPLES, CHALLENGES)


# --------------------------------------------------------------------------- migration 4

def _database_at_version_3(path: Path) -> None:
    """A database as version 3 left it: its schema, one assessment, two findings (one decided), its history."""
    with sqlite3.connect(path) as conn:
        for number, statements in store_module.MIGRATIONS:
            if number > 3:
                break
            for statement in statements:
                conn.execute(statement)
        conn.execute("PRAGMA user_version = 3")
        conn.execute("INSERT INTO assessments VALUES ('old1', 'Eldoria', 'Act', '2024-02-01', '[\"TIP\"]', "
                     "'2024-02-01T09:00:00+00:00', '2024-02-02T09:00:00+00:00', 'ana')")
        decision = {"status": "partially_met", "rationale": "no harbouring", "provisions": ["s. 3"],
                    "notes": "see the 2019 draft", "assistance": "drafting support", "by": "ana",
                    "at": "2024-02-02T09:00:00+00:00"}
        conn.executemany("INSERT INTO findings VALUES ('old1', ?, ?, 'not_met', '[]', '[\"s. 3\"]', 'd', ?, 0, ?)",
                         [("TIP-3-a", 0, json.dumps(decision), 1), ("TIP-3-b", 1, None, 0)])
        conn.execute("INSERT INTO history (assessment_id, requirement_id, field, old, new, by, at, source) "
                     "VALUES ('old1', 'TIP-3-a', 'decision', NULL, ?, 'ana', '2024-02-02T09:00:00+00:00', 'app')",
                     (json.dumps(decision),))


def test_a_version_3_database_upgrades_and_keeps_its_decisions(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    _database_at_version_3(path)
    with Store(path) as s:
        assert s.schema_version == SCHEMA_VERSION >= 4
        a = s.get("old1")
        decision = a.finding("TIP-3-a").decision
        with sqlite3.connect(path) as conn:  # the stored decision itself now has both keys, empty
            raw = conn.execute("SELECT decision FROM findings WHERE requirement_id = 'TIP-3-a'").fetchone()[0]
        assert (json.loads(raw)["examples"], json.loads(raw)["challenges"]) == ("", "")
        # Every field kept; the two answers are there, empty.
        assert (decision.status, decision.rationale, decision.provisions, decision.notes, decision.assistance,
                decision.by, decision.at) == (PART, "no harbouring", ("s. 3",), "see the 2019 draft",
                                              "drafting support", "ana", "2024-02-02T09:00:00+00:00")
        assert (decision.examples, decision.challenges) == ("", "")
        assert a.finding("TIP-3-b").decision is None and a.finding("TIP-3-a").version == 1
        # The history is as it was recorded: never rewritten.
        (entry,) = s.history("old1")
        assert "examples" not in entry.new and entry.new["rationale"] == "no harbouring"
        # And the upgraded record takes the new answers.
        s.decide("old1", "TIP-3-a", replace(decision, examples=EXAMPLES), expected_version=1, by="ben")
        latest = s.history("old1", "TIP-3-a")[0]
        assert decision_changes(latest.old, latest.new) == ["examples"]


# --------------------------------------------------------------------------- JSON

def test_json_export_import_round_trip(tmp_path: Path) -> None:
    with Store(tmp_path / "a.db") as one, Store(tmp_path / "b.db") as two:
        a = one.create(assessment(), by="ana")
        one.decide(a.id, "TIP-3-a", Decision(NOT, "none", examples="=1+1", challenges="=1+1"), expected_version=0,
                   by="ana")
        first = one.export_json(a.id)
        assert first["findings"][0]["decision"]["challenges"] == "=1+1"
        two.import_json(json.loads(json.dumps(first)), by="cy", keep_id=True)
        second = two.export_json(a.id)
        second["history"].pop()  # the entry recording the import
        assert second == first


IMPORT_CASES = [
    # a file exported before the questionnaire (no examples, no challenges): accepted, the answers empty
    (lambda d: [d.pop("examples"), d.pop("challenges")], None),
    # examples of the wrong type: refused, naming the place
    (lambda d: d.update(examples=3), "findings[0].decision.examples: Input should be a valid string"),
    # a misspelt key: refused
    (lambda d: d.update(chalenges="x"), "findings[0].decision: unknown key 'chalenges'"),
]


@pytest.mark.parametrize(("change", "message"), IMPORT_CASES)
def test_json_import_of_the_answers(store: Store, change, message: str | None) -> None:
    a = store.create(assessment(), by="ana")
    store.decide(a.id, "TIP-3-a", Decision(MET, "ok", examples=EXAMPLES), expected_version=0, by="ana")
    data = store.export_json(a.id)
    change(data["findings"][0]["decision"])
    if message is None:
        decision = store.import_json(data, by="cy").finding("TIP-3-a").decision
        assert (decision.rationale, decision.examples, decision.challenges) == ("ok", "", "")
    else:
        with pytest.raises(AssessmentImportError, match=message.replace("[", r"\[").replace("]", r"\]")):
            store.import_json(data, by="cy")


def test_json_report_gives_the_answers() -> None:
    a = assessment()
    a = a.with_finding(replace(a.finding("TIP-3-a"), decision=Decision(PART, "r", examples=EXAMPLES,
                                                                         challenges=CHALLENGES)))
    report = report_json(a, CATALOG)
    entry = next(r for r in report["requirements"] if r["id"] == "TIP-3-a")
    assert (entry["decision"]["examples"], entry["decision"]["challenges"]) == (EXAMPLES, CHALLENGES)
    assert "review_cluster" not in report  # the whole report keeps its shape


# --------------------------------------------------------------------------- Excel

def _cell(book, rid: str, header: str):
    ws = book["Findings"]
    column = [c.value for c in ws[1]].index(header) + 1
    row = next(r[0].row for r in ws.iter_rows(min_row=2) if r[0].value == rid)
    return ws.cell(row=row, column=column)


def _edited(data: bytes, edits: dict[tuple[str, str], object], drop: tuple[str, ...] = (),
            formula: bool = False) -> bytes:
    """The workbook with Findings cells changed, and columns dropped (as a workbook exported before them).

    A value is typed as text (as Excel keeps `'=1+1`: a string with the quote prefix), or as a formula.
    """
    book = load_workbook(io.BytesIO(data))
    for (rid, header), value in edits.items():
        cell = _cell(book, rid, header)
        if formula:
            cell.value = value
        else:
            write_cell(cell, value)
    ws = book["Findings"]
    for header in drop:
        ws.delete_cols([c.value for c in ws[1]].index(header) + 1)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@pytest.fixture
def decided(store: Store):
    """A stored assessment whose TIP-3-a decision holds formula-looking answers."""
    a = store.create(assessment(), by="ana")
    store.decide(a.id, "TIP-3-a", Decision(PART, "r", examples="-2 cases", challenges="=1+1"), expected_version=0,
                 by="ana")
    return store, store.get(a.id)


def test_excel_cells_stay_text_and_come_back_unchanged(decided) -> None:
    store, a = decided
    data = write_workbook(a, CATALOG)
    book = load_workbook(io.BytesIO(data))
    for header, text in (("Examples of implementation", "-2 cases"), ("Challenges", "=1+1")):
        cell = _cell(book, "TIP-3-a", header)
        assert (cell.value, cell.data_type, bool(cell.quotePrefix)) == (text, "s", True)
    # Nobody edited the workbook: re-importing it changes nothing.
    assert not read_workbook(data, a, CATALOG)


EXCEL_CASES = [
    # both answers edited in Excel: two changes, saved from the file
    ({("TIP-3-a", "Examples of implementation"): "Nine prosecutions in 2024.",
      ("TIP-3-a", "Challenges"): "No data on convictions."}, (),
     [("examples", "-2 cases", "Nine prosecutions in 2024."), ("challenges", "=1+1", "No data on convictions.")]),
    # a new decision typed with its answers on an undecided row; the formula-looking answer typed as text
    ({("TIP-3-b", "Assessor status"): "met", ("TIP-3-b", "Challenges"): "=1+1"}, (),
     [("status", "", "met"), ("challenges", "", "=1+1")]),
    # a workbook exported before the two columns: the rationale edited, the answers kept as they are
    ({("TIP-3-a", "Rationale"): "edited offline"}, ("Examples of implementation", "Challenges"),
     [("rationale", "r", "edited offline")]),
]


@pytest.mark.parametrize(("edits", "drop", "expected"), EXCEL_CASES)
def test_excel_round_trip(decided, edits: dict, drop: tuple[str, ...], expected: list[tuple[str, str, str]]) -> None:
    store, a = decided
    data = _edited(write_workbook(a, CATALOG), edits, drop)
    changes = read_workbook(data, a, CATALOG, name="team.xlsx")
    rid = next(iter(edits))[0]
    assert changes.changes == tuple(Change(rid, *c) for c in expected)
    result = apply_workbook(store, a.id, changes, by="ben")
    assert result.conflicts == {}
    decision = store.get(a.id).finding(rid).decision
    answers = {c[0]: c[2] for c in expected}
    before = a.finding(rid).decision
    assert decision.examples == answers.get("examples", before.examples if before else "")
    assert decision.challenges == answers.get("challenges", before.challenges if before else "")
    assert store.history(a.id, rid)[0].source == "import: team.xlsx"


def test_excel_refuses_a_formula_typed_into_challenges(decided) -> None:
    _, a = decided
    data = _edited(write_workbook(a, CATALOG), {("TIP-3-a", "Challenges"): "=1+1"}, formula=True)
    with pytest.raises(AssessmentImportError, match=r"column 'Challenges' \(P\d+\): a formula \(=1\+1\)"):
        read_workbook(data, a, CATALOG)


# --------------------------------------------------------------------------- Word and Markdown

WORD_CASES = [
    # both given: each under the decision, labelled, before the assistance needed
    ("TIP-3-a", EXAMPLES, CHALLENGES, ["Examples of implementation: " + EXAMPLES, "Challenges: " + CHALLENGES]),
    # only challenges: no empty examples line
    ("TIP-3-b", "", CHALLENGES, ["Challenges: " + CHALLENGES]),
    # neither: nothing added
    ("TIP-3-c", "", "", []),
]


@pytest.mark.parametrize(("rid", "examples", "challenges", "lines"), WORD_CASES)
def test_word_and_markdown_show_the_answers(rid: str, examples: str, challenges: str, lines: list[str]) -> None:
    a = assessment(4)
    a = a.with_finding(replace(a.finding(rid), decision=Decision(NOT, "none", examples=examples,
                                                                   challenges=challenges, assistance="training")))
    paragraphs = [p.text for p in Document(io.BytesIO(write_docx(a, CATALOG))).paragraphs]
    start = next(i for i, p in enumerate(paragraphs) if p.startswith(CATALOG.requirement(rid).reference + ":"))
    end = next(i for i in range(start, len(paragraphs)) if paragraphs[i].startswith("Technical assistance needed"))
    block = paragraphs[start:end]
    explanation = next(i for i, p in enumerate(block) if p.startswith("Explanation: "))
    assert block[explanation + 1:] == lines
    markdown = write_markdown(a, CATALOG)
    for line in lines:
        label, text = line.split(": ", 1)
        assert f"**{label}:** {text}" in markdown
    if not lines:
        assert "**Examples of implementation:**" not in markdown and "**Challenges:**" not in markdown


# --------------------------------------------------------------------------- command line

def test_cli_decide_records_the_answers(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    a = store.create(assessment(), by="ana")
    base = ["assessment", "--database", str(store.path), "--by", "ana"]
    assert main([*base, "decide", a.id, "TIP-3-a", "--status", "met", "--examples", EXAMPLES,
                 "--challenges", "=1+1"]) == ExitCode.OK
    decision = store.get(a.id).finding("TIP-3-a").decision
    assert (decision.examples, decision.challenges) == (EXAMPLES, "=1+1")
    capsys.readouterr()
    assert main([*base, "decide", a.id, "TIP-3-a", "--status", "met", "--examples", EXAMPLES]) == ExitCode.OK
    assert main([*base, "history", a.id, "TIP-3-a"]) == ExitCode.OK
    # The newest change names the field it changed, though the values are cut short.
    assert "decision (challenges):" in capsys.readouterr().out.splitlines()[1]


# --------------------------------------------------------------------------- the Review page

def review() -> None:
    from assessor.ui import review_page

    review_page.render()


def test_review_form_saves_the_answers_to_sqlite(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    database = tmp_path / "app.sqlite3"
    monkeypatch.setenv("ASSESSOR_DATABASE", str(database))
    a = Store(database).create(assessment(), by="ana")

    def page() -> AppTest:
        app = AppTest.from_function(review, default_timeout=60)
        app.query_params["assessment"] = a.id
        app.query_params["requirement"] = "TIP-3-a"
        app.query_params["by"] = "ana"
        return app.run()

    app = page()
    areas = {t.label: t for t in app.text_area}
    assert {"Examples of implementation", "Challenges"} <= set(areas)
    areas["Rationale"].set_value("means missing")
    areas["Examples of implementation"].set_value(EXAMPLES)
    areas["Challenges"].set_value("=1+1")
    app.button(key="FormSubmitter:decide-TIP-3-a-Save decision").click().run()
    assert not app.exception and any("Saved" in s.value for s in app.success)
    decision = Store(database).get(a.id).finding("TIP-3-a").decision
    assert (decision.examples, decision.challenges) == (EXAMPLES, "=1+1")
    # A fresh session (a refresh, another tab) shows what SQLite holds.
    fresh = {t.label: t.value for t in page().text_area}
    assert (fresh["Examples of implementation"], fresh["Challenges"]) == (EXAMPLES, "=1+1")
    # The history on the page names the field an edit changed.
    app = page()
    next(t for t in app.text_area if t.label == "Challenges").set_value("No interpreters.")
    app.button(key="FormSubmitter:decide-TIP-3-a-Save decision").click().run()
    assert any(r"\(changed\: challenges\)" in m.value for m in app.markdown)  # escaped, shown as written


@pytest.mark.parametrize("challenges", [
    CHALLENGES,  # given: gathered under "Gaps and challenges" with the requirement's reference
    "",  # none given: nothing gathered
])
def test_challenges_are_gathered_in_the_observations(challenges: str) -> None:
    a = assessment(4)
    a = a.with_finding(replace(a.finding("TIP-3-b"), decision=Decision(NOT, "none", challenges=challenges)))
    reference = CATALOG.requirement("TIP-3-b").reference
    gathered = [c["text"] for c in report_json(a, CATALOG)["observations"]["challenges"]]
    paragraphs = [p.text for p in Document(io.BytesIO(write_docx(a, CATALOG))).paragraphs]
    start = paragraphs.index("Gaps and challenges")
    end = paragraphs.index("Good practices", start)
    in_word = [p for p in paragraphs[start:end] if p.startswith("Challenges, ")]
    markdown = write_markdown(a, CATALOG)
    section = markdown[markdown.index("### Gaps and challenges"):markdown.index("### Good practices")]
    if challenges:
        assert gathered == [challenges]
        assert in_word == [f"Challenges, {reference}: {challenges}"]
        assert f"**Challenges, {reference}:** {challenges}" in section
    else:
        assert gathered == [] and in_word == [] and "Challenges," not in section
