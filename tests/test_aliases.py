"""Requirements split per paragraph (issue 11): the alias table, and work saved before the split still loading.

The examples are invented (jurisdictions, rationales, provisions); no law is quoted.
"""

from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path

import pytest
import yaml
from openpyxl import load_workbook
from test_xlsx_report import CATALOG, handmade

from assessor.aliases import ALIASES_FILE, AliasTable, check_aliases, load_aliases
from assessor.assessment import Decision
from assessor.errors import ChecklistError
from assessor.preassessment import RequirementStatus
from assessor.reports.xlsx_import import apply_workbook, read_workbook
from assessor.reports.xlsx_report import write_workbook
from assessor.store import MIGRATIONS, Store

MET, PART, NOT = RequirementStatus.MET, RequirementStatus.PARTIALLY_MET, RequirementStatus.NOT_MET
ALIASES = load_aliases()
SPLITS = {
    "TIP-8": ("TIP-8-1", "TIP-8-2", "TIP-8-3", "TIP-8-4"),
    "SOM-12": ("SOM-12-a", "SOM-12-b"),
    "UNTOC-12": ("UNTOC-12-1", "UNTOC-12-2", "UNTOC-12-3", "UNTOC-12-4", "UNTOC-12-5"),
    "UNTOC-18-7": ("UNTOC-18-7", "UNTOC-18-14", "UNTOC-18-15", "UNTOC-18-16", "UNTOC-18-17", "UNTOC-18-19",
                   "UNTOC-18-20", "UNTOC-18-24", "UNTOC-18-27", "UNTOC-18-28", "UNTOC-18-29"),
}


# --------------------------------------------------------------------------- the table itself

def test_the_shipped_table_validates_against_the_checklists() -> None:
    # Every target is a requirement of the loaded checklists, no old id is still one, no chain loops.
    assert check_aliases(ALIASES, CATALOG) == []
    assert {k: v for k, v in ALIASES.requirements.items() if k in SPLITS} == SPLITS


def test_the_file_is_read_with_a_safe_loader_and_has_the_documented_shape() -> None:
    data = yaml.safe_load(ALIASES_FILE.read_text(encoding="utf-8"))
    assert data["schema"] == "assessor.aliases/1" and set(data) == {"schema", "requirements", "elements"}


def test_the_element_ids_of_the_answer_keys_are_kept() -> None:
    # The contract's element ids TIP-8 and UNTOC-12 stay, each on the paragraph it tests.
    assert CATALOG.element("TIP-8").requirement_id == "TIP-8-2"
    assert CATALOG.element("UNTOC-12").requirement_id == "UNTOC-12-1"
    assert ALIASES.elements == {}


@pytest.mark.parametrize(("table", "problem"), [
    # a target that is no requirement of the checklists
    (AliasTable({"TIP-8": ("TIP-8-1", "TIP-8-9")}), "requirements.TIP-8: TIP-8-9 is not a requirement"),
    # an old id that is still a requirement (and not kept by its own split)
    (AliasTable({"TIP-5-1": ("TIP-8-1",)}), "requirements.TIP-5-1: still a requirement"),
    # two aliases that point at each other
    (AliasTable({"TIP-90": ("TIP-91",), "TIP-91": ("TIP-90",)}), "requirements: the aliases loop"),
    # an element target that does not exist
    (AliasTable({}, {"TIP-8.return": ("TIP-8-2.return",)}), "elements.TIP-8.return: TIP-8-2.return is not an element"),
])
def test_a_bad_table_is_reported(table: AliasTable, problem: str) -> None:
    assert any(p.startswith(problem) for p in check_aliases(table, CATALOG)), check_aliases(table, CATALOG)


def test_a_split_that_keeps_its_old_id_for_the_first_paragraph_is_no_loop() -> None:
    # UNTOC-18-7 -> UNTOC-18-7, UNTOC-18-14 (invented for the test): the old id names a part of itself.
    table = AliasTable({"UNTOC-12-6": ("UNTOC-12-6", "UNTOC-12-7")})
    assert check_aliases(table, CATALOG) == []


@pytest.mark.parametrize(("text", "problem"), [
    # an unknown key
    ("schema: assessor.aliases/1\nrequirements: {}\nrenamed: {}\n", "renamed"),
    # an old id with no new id
    ("schema: assessor.aliases/1\nrequirements: {TIP-8: []}\n", "no new id"),
    # a new id listed twice
    ("schema: assessor.aliases/1\nrequirements: {TIP-8: [TIP-8-1, TIP-8-1]}\n", "listed twice"),
    # not a requirement id
    ("schema: assessor.aliases/1\nrequirements: {tip eight: [TIP-8-1]}\n", "not a requirement id"),
    # a loop, caught when the file is read
    ("schema: assessor.aliases/1\nrequirements: {TIP-90: [TIP-91], TIP-91: [TIP-90]}\n", "loop"),
])
def test_a_bad_file_is_refused_naming_the_problem(tmp_path: Path, text: str, problem: str) -> None:
    path = tmp_path / "aliases.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ChecklistError) as caught:
        load_aliases(path)
    assert problem in str([(p.place, p.message) for p in caught.value.problems])


@pytest.mark.parametrize(("present", "expected"), [
    # data made before the split: the old id only
    ({"TIP-8", "TIP-5-1"}, {"TIP-8": SPLITS["TIP-8"]}),
    # data made after the split: nothing to do, even if an old id is somehow there too
    ({"TIP-8", "TIP-8-3"}, {}),
    # no old id at all
    ({"TIP-8-1", "SOM-12-a"}, {}),
    # a split that kept its old id for paragraph 7: before the split, only that id is there
    ({"UNTOC-18-7", "TIP-8-1"}, {"UNTOC-18-7": SPLITS["UNTOC-18-7"]}),
    # after the split, the other paragraphs are there too: UNTOC-18-7 is paragraph 7 only
    ({"UNTOC-18-7", "UNTOC-18-14"}, {}),
])
def test_expansions_split_only_data_made_before_the_split(present: set[str], expected: dict) -> None:
    assert ALIASES.expansions(present) == expected


# --------------------------------------------------------------------------- a saved assessment

def old_database(path: Path, decisions: dict[str, dict | None], version: int = 3) -> None:
    """A database as an earlier version left it: schema `version`, findings under the old ids."""
    conn = sqlite3.connect(path)
    for number, statements in MIGRATIONS:
        if number <= version:
            for statement in statements:
                conn.execute(statement)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.execute("INSERT INTO assessments VALUES ('old1', 'Ruritania', 'Penal Code 2019', '2023-01-01', "
                 "'[\"TIP\", \"SOM\", \"UNTOC\"]', '2023-01-01T00:00:00', '2023-01-01T00:00:00', 'ana')")
    for position, (rid, decision) in enumerate(decisions.items()):
        conn.execute("INSERT INTO findings VALUES ('old1', ?, ?, 'partially_met', '[]', '[\"s. 9\"]', 'd1', ?, 0, 2)",
                     (rid, position, None if decision is None else json.dumps(decision)))
    conn.commit()
    conn.close()


def old_decision(status: str, rationale: str) -> dict:
    # As schema 3 stored it: no examples or challenges yet.
    return {"status": status, "rationale": rationale, "provisions": ["s. 9"], "notes": "", "assistance": "",
            "by": "ana", "at": "2023-01-02T00:00:00"}


@pytest.mark.parametrize(("old", "decision", "kept"), [
    # a decided bundle: the decision goes to every paragraph, each marked for review
    ("TIP-8", old_decision("met", "return of nationals in s. 9 (invented)"), "met"),
    # a partly met bundle: each paragraph starts partly met, for the assessor to refine
    ("UNTOC-12", old_decision("partially_met", "no value confiscation (invented)"), "partially_met"),
    # an undecided bundle: the machine's proposal only, nothing to review
    ("SOM-12", None, None),
    # a split that keeps the old id for its first paragraph: that finding stays, and is marked for review too
    ("UNTOC-18-7", old_decision("not_met", "no treaty-free procedure (invented)"), "not_met"),
])
def test_a_database_saved_before_the_split_loads_under_the_new_ids(tmp_path: Path, old: str, decision: dict | None,
                                                                  kept: str | None) -> None:
    path = tmp_path / "old.sqlite3"
    old_database(path, {"TIP-5-1": old_decision("met", "offence in s. 3 (invented)"), old: decision})
    with Store(path) as store:
        assessment = store.get("old1")
        assert (old in assessment.findings) is (old in SPLITS[old])
        assert set(SPLITS[old]) <= set(assessment.findings)
        for new_id in SPLITS[old]:
            finding = assessment.findings[new_id]
            assert (finding.decision.status.value if finding.decision else None) == kept
            assert finding.needs_review is (decision is not None)
            assert finding.version == 2  # a workbook exported before the split still matches
            assert finding.candidates == ("s. 9",)
            entry = store.history("old1", new_id)[0]
            assert (entry.field, entry.source, entry.old["from"]) == ("split", f"split of {old}", old)
        assert assessment.findings["TIP-5-1"].needs_review is False  # other findings untouched
        assert store.schema_version == MIGRATIONS[-1][0]
    with Store(path) as again:  # opening again changes nothing
        assert again.get("old1") == assessment


def test_an_assessment_with_the_new_ids_is_never_split_again(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    old_database(path, {"TIP-8": old_decision("met", "stale row (invented)"), "TIP-8-1": None})
    with Store(path) as store:
        findings = store.get("old1").findings
        assert "TIP-8" in findings and "TIP-8-2" not in findings  # left as it is, not guessed


def test_a_json_export_made_before_the_split_imports(tmp_path: Path) -> None:
    with Store(tmp_path / "a.sqlite3") as store:
        decided = {rid: Decision(PART, "invented rationale", ("art. 4",)) for rid in SPLITS["TIP-8"]}
        saved = store.create(handmade({}, decided), by="ana")
        data = store.export_json(saved.id)
        # Make it look like an export from before the split: one finding TIP-8.
        findings = [f for f in data["findings"] if f["requirement_id"] not in SPLITS["TIP-8"][1:]]
        next(f for f in findings if f["requirement_id"] == "TIP-8-1")["requirement_id"] = "TIP-8"
        data["findings"] = findings
        imported = store.import_json(data, by="ben")
        for new_id in SPLITS["TIP-8"]:
            assert imported.findings[new_id].decision.rationale == "invented rationale"
            assert imported.findings[new_id].needs_review
        assert "TIP-8" not in imported.findings


# --------------------------------------------------------------------------- an Excel workbook

def old_workbook(data: bytes, old: str, rationale: str | None = None) -> bytes:
    """The workbook as exported before the split: one row `old` instead of its parts (rationale edited)."""
    book = load_workbook(io.BytesIO(data))
    ws = book["Findings"]
    header = [c.value for c in ws[1]]
    rows = {row[0].value: row[0].row for row in ws.iter_rows(min_row=2)}
    first, *rest = SPLITS[old]
    ws.cell(row=rows[first], column=1).value = old
    if rationale is not None:
        ws.cell(row=rows[first], column=header.index("Rationale") + 1).value = rationale
    for row in sorted((rows[r] for r in rest), reverse=True):
        ws.delete_rows(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@pytest.mark.parametrize(("old", "edited"), [
    # an old row edited offline: the edit goes to every paragraph it stood for
    ("TIP-8", "safe return in s. 12 (invented)"),
    # another split, the same way
    ("UNTOC-12", "confiscation in art. 40 (invented)"),
    # an old row nobody touched: nothing to import
    ("SOM-12", None),
    # the old row of a split that kept its id: it stands for every paragraph it bundled
    ("UNTOC-18-7", "requests without a treaty in s. 30 (invented)"),
])
def test_a_workbook_exported_before_the_split_imports(tmp_path: Path, old: str, edited: str | None) -> None:
    with Store(tmp_path / "a.sqlite3") as store:
        decided = {rid: Decision(MET, "as before (invented)", ("s. 2",)) for rid in SPLITS[old]}
        saved = store.create(handmade({}, decided), by="ana")
        data = old_workbook(write_workbook(store.get(saved.id), CATALOG), old, edited)
        changes = read_workbook(data, store.get(saved.id), CATALOG, name="before-split.xlsx")
        if edited is None:
            assert not changes
            return
        assert changes.requirement_ids() == list(SPLITS[old])
        result = apply_workbook(store, saved.id, changes, by="ben")
        assert result.conflicts == {}
        after = store.get(saved.id)
        assert {after.findings[r].decision.rationale for r in SPLITS[old]} == {edited}


# --------------------------------------------------------------------------- CLI options that take an id

@pytest.mark.parametrize(("args", "code", "out", "err"), [
    # an old requirement id shows what it became
    (["checklists", "show", "SOM-12"], 0, "id: SOM-12-b", "SOM-12 was split into SOM-12-a, SOM-12-b"),
    # an old requirement id that an element kept: the element, and a note naming the new requirements
    (["checklists", "show", "TIP-8"], 0, "requirement_id: TIP-8-2",
     "the requirement TIP-8 was split into TIP-8-1, TIP-8-2, TIP-8-3, TIP-8-4"),
    # the kept element id still shows the element, on its paragraph
    (["checklists", "show", "UNTOC-12"], 0, "requirement_id: UNTOC-12-1", ""),
    # a split that kept its old id: the paragraph it names now, and a note naming the others
    (["checklists", "show", "UNTOC-18-7"], 0, "reference: UNTOC, art. 18(7)", "UNTOC-18-7 was split into UNTOC-18-7, "),
    # an id that never existed is still an error
    (["checklists", "show", "TIP-99"], 2, "", "no requirement, element or red flag has the id 'TIP-99'"),
])
def test_show_reads_old_ids(capsys: pytest.CaptureFixture[str], args: list[str], code: int, out: str,
                            err: str) -> None:
    from assessor.cli import main

    assert main(args) == code
    captured = capsys.readouterr()
    assert out in captured.out and err in captured.err


@pytest.mark.parametrize(("requirement", "code", "err"), [
    # one decision cannot answer four paragraphs: the CLI names them and saves nothing
    ("TIP-8", 2, "TIP-8 was split into TIP-8-1, TIP-8-2, TIP-8-3, TIP-8-4: decide each of them"),
    # a new id is decided as usual
    ("TIP-8-3", 0, ""),
    # a split that kept its old id: the id names paragraph 7 now, decided as usual
    ("UNTOC-18-7", 0, ""),
])
def test_decide_names_the_parts_of_a_split_id(tmp_path: Path, capsys: pytest.CaptureFixture[str], requirement: str,
                                              code: int, err: str) -> None:
    from assessor.cli import main

    db = tmp_path / "cli.sqlite3"
    with Store(db) as store:
        saved = store.create(handmade({}), by="ana")
    args = ["assessment", "--database", str(db), "--by", "ana", "decide", saved.id, requirement, "--status", "met"]
    assert main(args) == code
    assert err in capsys.readouterr().err
    with Store(db) as store:
        assert store.get(saved.id).findings["TIP-8-1"].decision is None


def test_history_of_an_old_id_shows_its_parts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from assessor.cli import main

    path = tmp_path / "old.sqlite3"
    old_database(path, {"TIP-8": old_decision("met", "invented")})
    assert main(["assessment", "--database", str(path), "history", "old1", "TIP-8"]) == 0
    out = capsys.readouterr().out
    assert all(f"split of TIP-8] {r}" in out for r in SPLITS["TIP-8"]), out
