"""Re-importing a workbook edited offline: preview of the changes, saving them, conflicts, bad workbooks."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from test_xlsx_report import CATALOG, MET, NOT, PART, column, handmade, pre_assessed

from assessor.assessment import Decision, new_assessment
from assessor.errors import AssessmentImportError
from assessor.reports.xlsx_import import Change, apply_workbook, read_workbook
from assessor.reports.xlsx_report import write_workbook
from assessor.store import Store
from conftest import ROOT

ARCADIA = ROOT / "legislation_samples" / "arcadia-anti-trafficking-act-2024.docx"


@pytest.fixture(scope="module")
def arcadia():
    return pre_assessed(ARCADIA, "Arcadia", "Anti-Trafficking Act 2024")


@pytest.fixture
def stored(tmp_path: Path, arcadia):
    """An assessment in a store, with one decision already made."""
    store = Store(tmp_path / "assessor.sqlite3")
    saved = store.create(arcadia[0], by="ana")
    store.decide(saved.id, "TIP-3-b", Decision(PART, "consent clause missing", ("s. 4(2)",)), expected_version=0,
                 by="ana")
    yield store, store.get(saved.id)
    store.close()


def edit(data: bytes, edits: dict[tuple[str, str], object]) -> bytes:
    """The workbook with Findings cells changed: {(requirement id, header): value}."""
    book = load_workbook(io.BytesIO(data))
    ws = book["Findings"]
    index = {row[0].value: row[0].row for row in ws.iter_rows(min_row=2)}
    for (rid, header), value in edits.items():
        ws.cell(row=index.get(rid, ws.max_row + 1), column=column(ws, header)).value = value
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_round_trip_preview_then_apply(tmp_path: Path, stored) -> None:
    store, assessment = stored
    path = tmp_path / "arcadia-team.xlsx"
    data = write_workbook(assessment, CATALOG)
    path.write_bytes(edit(data, {("TIP-3-a", "Assessor status"): "not_met",
                                 ("TIP-3-b", "Rationale"): "consent clause added in s. 4(2)"}))
    changes = read_workbook(path, assessment, CATALOG)
    assert changes.changes == (
        Change("TIP-3-a", "status", "", "not_met"),
        Change("TIP-3-b", "rationale", "consent clause missing", "consent clause added in s. 4(2)"),
    )
    assert changes.stale == ()
    assert store.get(assessment.id) == assessment  # a preview saves nothing
    result = apply_workbook(store, assessment.id, changes, by="ben")
    assert result.conflicts == {}
    after = store.get(assessment.id)
    assert after.findings["TIP-3-a"].decision.status is NOT
    assert after.findings["TIP-3-b"].decision.rationale == "consent clause added in s. 4(2)"
    assert after.findings["TIP-3-b"].decision.provisions == ("s. 4(2)",)  # untouched fields kept
    entry = store.history(assessment.id, "TIP-3-b")[0]
    assert (entry.source, entry.by) == ("import: arcadia-team.xlsx", "ben")
    # The same workbook again changes nothing: the database already holds its values.
    assert not read_workbook(path, store.get(assessment.id), CATALOG)


def test_untouched_rows_are_ignored_even_when_the_database_moved(stored) -> None:
    store, assessment = stored
    data = write_workbook(assessment, CATALOG)
    store.decide(assessment.id, "TIP-3-c", Decision(MET, "changed in the app"), expected_version=0, by="cy")
    assert not read_workbook(data, store.get(assessment.id), CATALOG)  # nobody edited TIP-3-c in the workbook


def test_conflict_is_reported_and_the_others_saved(stored) -> None:
    store, assessment = stored
    data = edit(write_workbook(assessment, CATALOG), {("TIP-3-b", "Notes"): "from the workshop",
                                                       ("TIP-3-c", "Assessor status"): "met"})
    store.decide(assessment.id, "TIP-3-b", Decision(NOT, "changed in the app"), expected_version=1, by="cy")
    changes = read_workbook(data, store.get(assessment.id), CATALOG)
    assert changes.stale == ("TIP-3-b",)
    result = apply_workbook(store, assessment.id, changes, by="ben", source="import: team.xlsx")
    assert set(result.conflicts) == {"TIP-3-b"}
    assert "changed by cy" in result.conflicts["TIP-3-b"].message
    after = store.get(assessment.id)
    assert after.findings["TIP-3-b"].decision.rationale == "changed in the app"  # not overwritten
    assert after.findings["TIP-3-c"].decision.status is MET  # the other one saved


def test_clearing_every_assessor_cell_withdraws_the_decision(stored) -> None:
    store, assessment = stored
    data = edit(write_workbook(assessment, CATALOG), {("TIP-3-b", "Assessor status"): None,
                                                       ("TIP-3-b", "Rationale"): None,
                                                       ("TIP-3-b", "Cited provisions"): None})
    changes = read_workbook(data, assessment, CATALOG)
    assert changes.decisions == {"TIP-3-b": None}
    apply_workbook(store, assessment.id, changes, by="ben")
    assert store.get(assessment.id).findings["TIP-3-b"].decision is None


BAD_EDITS = [
    # a status that is not one of the five
    ({("TIP-3-a", "Assessor status"): "done"},
     "sheet Findings, row 2, column 'Assessor status' (H2): 'done' is not a status"),
    # a requirement id that no checklist defines
    ({("TIP-99-9", "Requirement id"): "TIP-99-9"},
     "sheet Findings, row 196, column 'Requirement id' (A196): 'TIP-99-9' is not a requirement of the checklists"),
    # the same requirement twice
    ({("TIP-3-b", "Requirement id"): "TIP-3-a"},
     "column 'Requirement id' (A3): TIP-3-a appears twice (also row 2)"),
    # a formula typed into a rationale
    ({("TIP-3-a", "Rationale"): "=1+1"}, "column 'Rationale' (L2): a formula (=1+1); write plain text"),
    # a rationale without a status
    ({("TIP-3-a", "Rationale"): "why"}, "column 'Assessor status' (H2): empty, but the row has a rationale"),
    # the hidden version edited
    ({("TIP-3-a", "Version"): "x"}, "column 'Version' (S2): 'x' is not a version number"),
]


@pytest.mark.parametrize(("edits", "message"), BAD_EDITS)
def test_bad_edits_are_refused_with_the_place(stored, edits: dict, message: str) -> None:
    _, assessment = stored
    data = edit(write_workbook(assessment, CATALOG), edits)
    with pytest.raises(AssessmentImportError) as caught:
        read_workbook(data, assessment, CATALOG)
    assert message in caught.value.message


def test_workbook_of_another_assessment_is_refused(stored) -> None:
    _, assessment = stored
    other = handmade({})
    with pytest.raises(AssessmentImportError, match="sheet _assessor, row 2, column B: this workbook belongs to "
                                                    f"assessment '{other.id}' \\(Caledonia: Trafficking Bill v1\\)"):
        read_workbook(write_workbook(other, CATALOG), assessment, CATALOG)


BAD_FILES = [
    # not a zip archive at all
    (b"not a workbook", "not an .xlsx workbook"),
    # a workbook the assessor did not export
    ("plain", "not a workbook exported by the assessor"),
]


@pytest.mark.parametrize(("data", "message"), BAD_FILES)
def test_bad_files_are_refused(stored, data, message: str) -> None:
    if data == "plain":
        out = io.BytesIO()
        Workbook().save(out)
        data = out.getvalue()
    with pytest.raises(AssessmentImportError, match=message):
        read_workbook(data, stored[1], CATALOG)



SCOPE_CASES = [
    # a requirement the checklists define, outside the assessment's scope (a State party to TIP only)
    (("TIP", "UNTOC", "GP"), "SOM-6-4", "'SOM-6-4' is not in this assessment's scope"),
    # a requirement in scope that has no finding yet (nothing pre-assessed): nothing to decide on
    (("TIP", "SOM", "UNTOC", "GP"), "TIP-3-a", "TIP-3-a has no finding yet in this assessment"),
]


@pytest.mark.parametrize(("instruments", "rid", "message"), SCOPE_CASES)
def test_rows_outside_the_assessment_are_refused(instruments: tuple, rid: str, message: str) -> None:
    assessment = new_assessment("Elbonia", "Act", "2024-01-01", instruments)
    data = edit(write_workbook(assessment, CATALOG), {(rid, "Requirement id"): rid, (rid, "Assessor status"): "met"})
    with pytest.raises(AssessmentImportError, match=message):
        read_workbook(data, assessment, CATALOG)


def test_untouched_export_of_an_assessment_without_findings_changes_nothing() -> None:
    # Rows without a finding are fine as long as nobody edits them.
    assessment = new_assessment("Elbonia", "Act", "2024-01-01")
    assert read_workbook(write_workbook(assessment, CATALOG), assessment, CATALOG).changes == ()


# (what a person or an older workbook put in the Assessor status cell, the status imported)
STATUS_CELL_CASES = [
    # the drop-down's label
    ("Not met", NOT),
    ("Partially met", PART),
    # an older workbook's code (its drop-down offered codes)
    ("partially_met", PART),
    ("met", MET),
    # typed by hand: case and spaces forgiven, a hyphen for a space too
    ("  PARTIALLY   met ", PART),
    ("not-met", NOT),
]


@pytest.mark.parametrize(("cell", "expected"), STATUS_CELL_CASES)
def test_status_cell_label_or_code(stored, cell: str, expected) -> None:
    _, assessment = stored
    changes = read_workbook(edit(write_workbook(assessment, CATALOG), {("TIP-3-a", "Assessor status"): cell}),
                            assessment, CATALOG)
    assert changes.changes == (Change("TIP-3-a", "status", "", expected.value),)  # stored as the code
    assert changes.decisions["TIP-3-a"].status is expected


def test_workbook_exported_before_labels_still_loads(stored) -> None:
    # an older export: every status cell holds its code; untouched rows stay untouched (same digests),
    # and an edit made in it is read
    store, assessment = stored
    book = load_workbook(io.BytesIO(write_workbook(assessment, CATALOG)))
    ws = book["Findings"]
    for header in ("Machine status", "Assessor status", "Status in force"):
        for row in range(2, ws.max_row + 1):
            cell = ws.cell(row=row, column=column(ws, header))
            if cell.value:
                cell.value = cell.value.lower().replace(" ", "_")
    out = io.BytesIO()
    book.save(out)
    assert ws.cell(row=3, column=column(ws, "Assessor status")).value == "partially_met"  # TIP-3-b, decided
    assert not read_workbook(out.getvalue(), assessment, CATALOG)
    changes = read_workbook(edit(out.getvalue(), {("TIP-3-b", "Assessor status"): "not_met"}), assessment, CATALOG)
    assert changes.changes == (Change("TIP-3-b", "status", "partially_met", "not_met"),)


def test_unknown_status_message_offers_the_labels(stored) -> None:
    # the refusal lists the drop-down's choices, as a person sees them
    _, assessment = stored
    with pytest.raises(AssessmentImportError, match="one of Met, Partially met, Not met, Not applicable, "
                                                    "Not assessed, or empty"):
        read_workbook(edit(write_workbook(assessment, CATALOG), {("TIP-3-a", "Assessor status"): "done"}),
                      assessment, CATALOG)
