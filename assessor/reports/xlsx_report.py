"""The Excel report of an assessment: summary with a chart, prioritised gaps, findings, evidence, legislation.

`write_workbook(assessment, catalog)` returns the .xlsx bytes. The Findings sheet is also a
worksheet a team can fill in offline: a drop-down on the assessor status, and hidden columns
(the finding's version and a digest of the values as exported) so `xlsx_import.read_workbook`
can tell what was edited and whether the database moved on since. A very hidden sheet
`_assessor` names the assessment the workbook belongs to. An Agreement sheet (when the assessment is
double coded or anything is decided) gives percent agreement and Cohen's kappa, coder vs coder and
machine vs final, with the disagreements; the import reads the Findings sheet only, so it is ignored there.

Every cell is written through `cells.write_cell` (never a formula; see `cells.py`).
"""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from openpyxl import Workbook
from openpyxl.chart import Reference
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from assessor.agreement import (
    SMALL_N,
    AgreementReport,
    kappa_reading,
    machine_vs_final,
    report_rows,
)
from assessor.assessment import Assessment, Finding, now
from assessor.catalog import Catalog, Requirement
from assessor.checklist_schema import Obligation
from assessor.gaps import Gap, gaps, recommendation
from assessor.labels import LEVEL_LABELS, PILLAR_LABELS, SECTION_LABELS, STATUS_LABELS, workbook_date
from assessor.preassessment import ElementStatus, RequirementStatus
from assessor.reports.cells import (
    DATE_FORMAT,
    DATETIME_FORMAT,
    STATUS_CHOICES,
    WRAP,
    add_status_colours,
    clean_text,
    save_workbook,
    score_bar_chart,
    write_cell,
    write_header,
    write_row,
    write_table,
    write_when,
)
from assessor.review_clusters import ReviewCluster, cluster_catalog, cluster_note
from assessor.scoring import FORMULA, GRADE_FORMULA, Score, assessment_scores, pillar_lines

if TYPE_CHECKING:
    from assessor.legislation.model import Legislation

__all__ = [
    "EDITABLE",
    "FINDINGS_COLUMNS",
    "AGREEMENT_SHEET",
    "META_SHEET",
    "OPTIONAL_EDITABLE",
    "WORKBOOK_SCHEMA",
    "Gap",
    "editable_values",
    "gaps",
    "recommendation",
    "row_digest",
    "write_workbook",
]

WORKBOOK_SCHEMA = "assessor.workbook/1"
META_SHEET = "_assessor"
AGREEMENT_SHEET = "Agreement"
KAPPA_NOTE = ("Cohen's kappa = (p_o - p_e) / (1 - p_e): p_o the share of requirements with the same status, p_e the "
              "share expected by chance from each side's own mix of statuses. 1 is perfect agreement, 0 no better "
              "than chance, below 0 worse than chance; n/a when p_e = 1 (both sides gave one and the same status "
              "throughout). Words after Landis and Koch (1977). Statuses compared: met, partially met, not met, not "
              f"applicable. Under {SMALL_N} requirements, one requirement moves the figures a lot: read with "
              "caution. See docs/double-coding.md.")
OFFLINE = ("edit the Assessor status (drop-down), Rationale, Cited provisions (separated by ;), Notes, Examples "
           "of implementation, Challenges and Assistance needed columns of the Findings sheet, then import the "
           "workbook: the changes are shown before anything is saved; other columns are ignored (Status in force "
           "is as exported)")
LEFT = Alignment(horizontal="left", vertical="top")
GRADE_RULES = "docs/scoring.md, \"Grades on the 3P Index scale\""


# The Findings sheet: (header, width). The last two columns are hidden, technical.
FINDINGS_COLUMNS: tuple[tuple[str, float], ...] = (
    ("Requirement id", 18), ("Reference", 24), ("Title", 40), ("Section", 20), ("Pillars", 24),
    ("Obligation", 18), ("Machine status", 15), ("Assessor status", 17), ("Status in force", 15),
    ("Decided by", 14), ("Decided at", 20), ("Rationale", 50), ("Cited provisions", 22), ("Notes", 40),
    ("Examples of implementation", 40), ("Challenges", 40), ("Assistance needed", 30), ("Needs review", 10),
    ("Version", 8), ("Original digest", 18),
)
# The columns a team edits and the import reads back, with the decision field each one is.
# The order of the values (not of the columns): the two the review questionnaire added come last, so a row
# where they are empty has the digest it had before they existed (see `row_digest`).
EDITABLE: dict[str, str] = {
    "Assessor status": "status", "Rationale": "rationale", "Cited provisions": "provisions", "Notes": "notes",
    "Assistance needed": "assistance", "Examples of implementation": "examples", "Challenges": "challenges",
}
# Columns a workbook exported before they existed lacks: its import leaves those fields as they are.
OPTIONAL_EDITABLE = ("Examples of implementation", "Challenges")
_FIRST_EDITABLE = len(EDITABLE) - len(OPTIONAL_EDITABLE)
_HEADERS = [h for h, _ in FINDINGS_COLUMNS]
_WRAPPED_FINDINGS = [_HEADERS.index(h) for h in ("Title", "Pillars", "Rationale", "Cited provisions", "Notes",
                                                  "Examples of implementation", "Challenges", "Assistance needed")]


# --------------------------------------------------------------------------- gaps


# --------------------------------------------------------------------------- findings values


def editable_values(finding: Finding) -> tuple[str, ...]:
    """(status, rationale, provisions, notes, assistance, examples, challenges) as the Findings sheet holds them
    ("" when undecided). The status is its code: the digest and the import compare codes, so a workbook
    exported before the sheet showed labels keeps its digests; the sheet shows the label."""
    d = finding.decision
    if d is None:
        return ("",) * len(EDITABLE)
    return (d.status.value, clean_text(d.rationale), clean_text("; ".join(d.provisions)), clean_text(d.notes),
            clean_text(d.assistance), clean_text(d.examples), clean_text(d.challenges))


def row_digest(values: tuple[str, ...] | list[str]) -> str:
    """A fingerprint of a row's editable values: the import sees which rows were edited.

    Empty values after the first five (examples, challenges) are left out, so a row of a workbook
    exported before those columns existed keeps its digest.
    """
    stripped = [v.strip() for v in values]
    while len(stripped) > _FIRST_EDITABLE and not stripped[-1]:
        stripped.pop()
    payload = json.dumps(stripped, ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16]


def _pillars(requirement: Requirement) -> str:
    return ", ".join(PILLAR_LABELS[p] for p in requirement.pillars)


# --------------------------------------------------------------------------- sheets


def _key_values(ws: Worksheet, row: int, pairs: list[tuple[str, object]]) -> int:
    """Bold keys in A, values in B (not wrapped: a long value reads on across the empty cells to its right)."""
    for key, value in pairs:
        write_cell(ws.cell(row=row, column=1), key).font = Font(bold=True)
        cell = write_cell(ws.cell(row=row, column=2), value, LEFT)
        if isinstance(value, datetime):  # a real date, formatted as one (before `date`: a datetime is a date)
            cell.number_format = DATETIME_FORMAT
        elif isinstance(value, date):
            cell.number_format = DATE_FORMAT
        row += 1
    return row + 1


def _day(stamp: str) -> date | str:
    """An assessment's date ("2024-06-01") as a spreadsheet date; its text when it is not one."""
    value = workbook_date(stamp)
    return value.date() if isinstance(value, datetime) else value


def _heading(ws: Worksheet, row: int, text: str) -> int:
    write_cell(ws.cell(row=row, column=1), text).font = Font(bold=True, size=13)
    return row + 1


def _score_rows(ws: Worksheet, row: int, first: str, groups: list[tuple[str, Score]]) -> tuple[int, int]:
    """A score table; returns (header row, last row)."""
    write_header(ws, row, [first, "Score", "Met", "Partly met", "Not met", "Not applicable", "Not assessed",
                           "Total"])
    header = row
    for label, s in groups:
        row += 1
        write_row(ws, row, [label, s.score, s.met, s.partial, s.not_met, s.not_applicable, s.not_assessed, s.total])
        ws.cell(row=row, column=2).number_format = "0.0%"
    return header, row


def _summary(ws: Worksheet, assessment: Assessment, catalog: Catalog, scope_note: str = "") -> None:
    scores = assessment_scores(assessment, catalog)
    write_cell(ws.cell(row=1, column=1), f"Assessment report: {assessment.jurisdiction}, {assessment.title}").font = \
        Font(bold=True, size=15)
    row = _heading(ws, 3, "Assessment")
    row = _key_values(ws, row, [
        ("Assessment id", assessment.id), ("Jurisdiction", assessment.jurisdiction), ("Title", assessment.title),
        ("Date", _day(assessment.date)), ("Instruments", ", ".join(assessment.instruments)),
        ("Created by", assessment.created_by), ("Last change (UTC)", workbook_date(assessment.updated_at)),
        ("Exported at (UTC)", workbook_date(now())),
        *([("Review cluster", scope_note)] if scope_note else []),
    ])
    row = _heading(ws, row, "Files")
    write_header(ws, row, ["File", "Version", "Format", "Language", "Provisions", "Title"])
    for f in assessment.files:
        row += 1
        write_row(ws, row, [f.name, f.version, f.format, f.language, f.provisions, f.title])
    p = scores.progress
    row = _heading(ws, row + 2, "Progress")
    row = _key_values(ws, row, [("Decided by an assessor", p.decided),
                                ("Assessed (status other than not assessed)", p.assessed),
                                ("Requirements in scope", p.total)])
    row = _heading(ws, row, "Scores by pillar")
    # One score per pillar (every requirement of the pillar in scope), its grade beside it, and how the grade
    # was reached, which names the subset the grade is over when it is not the whole pillar.
    lines = pillar_lines(scores)
    header, last = _score_rows(ws, row, "Pillar", [(PILLAR_LABELS[x.pillar], x.score) for x in lines])
    write_header(ws, header, ["Grade (3P scale)", "How the grade was reached"], start_column=9)
    for i, line in enumerate(lines, start=header + 1):
        if line.reason:
            write_row(ws, i, [line.grade, line.reason], [None, WRAP], start_column=9)
    chart = score_bar_chart("Score by pillar")
    chart.legend = None
    chart.add_data(Reference(ws, min_col=2, min_row=header, max_row=last), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=header + 1, max_row=last))
    chart.height, chart.width = 7.5, 16
    ws.add_chart(chart, f"A{last + 2}")
    row = _heading(ws, last + 18, "Scores by instrument")  # below the chart (about 15 rows high)
    _, last = _score_rows(ws, row, "Instrument", list(scores.instruments.items()))
    row = _heading(ws, last + 2, "Scores by obligation level")
    _, last = _score_rows(ws, row, "Obligation",
                          [(LEVEL_LABELS[Obligation(k)], s) for k, s in scores.obligations.items()])
    row = _heading(ws, last + 2, "How scores and grades are computed")
    _key_values(ws, row, [("Score", FORMULA), ("Overall score", scores.overall.score),
                          ("Grade (3P scale)", GRADE_FORMULA), ("Grade rules", f"see {GRADE_RULES}"),
                          ("Working offline", OFFLINE)])
    for column, width in zip("ABCDEFGHIJ", (34, 16, 10, 10, 10, 14, 14, 10, 16, 60), strict=True):
        ws.column_dimensions[column].width = width


def _gaps(ws: Worksheet, assessment: Assessment, catalog: Catalog) -> None:
    headers = ["Priority #", "Requirement id", "Reference", "Title", "Obligation", "Status", "Recommendation",
               "Model Law reference", "Pillars", "Assistance needed"]
    rows = [
        [g.priority, g.requirement.id, g.requirement.reference, g.requirement.title,
         LEVEL_LABELS[g.requirement.obligation], STATUS_LABELS[g.status], g.recommendation,
         g.requirement.model_law or "", _pillars(g.requirement),
         g.finding.decision.assistance if g.finding.decision else ""]
        for g in gaps(assessment, catalog)
    ]
    last = write_table(ws, headers, rows, (10, 18, 24, 40, 18, 15, 70, 34, 24, 34), wrap=(3, 6, 7, 8, 9))
    add_status_colours(ws, f"F2:F{max(last, 2)}")


def _findings(ws: Worksheet, assessment: Assessment, catalog: Catalog) -> None:
    rows = []
    for requirement in assessment.in_scope(catalog).requirements:
        f = assessment.finding(requirement.id)
        d = f.decision
        values = editable_values(f)
        rows.append([
            requirement.id, requirement.reference, requirement.title, SECTION_LABELS[requirement.section],
            _pillars(requirement), LEVEL_LABELS[requirement.obligation], STATUS_LABELS[f.machine_status],
            STATUS_LABELS[d.status] if d else "", STATUS_LABELS[f.status], d.by if d else "",
            workbook_date(d.at) if d and d.at else "",
            values[1], values[2], values[3], values[5], values[6], values[4],
            "yes" if f.needs_review else "", f.version, row_digest(values),
        ])
    last = write_table(ws, _HEADERS, rows, [w for _, w in FINDINGS_COLUMNS], wrap=_WRAPPED_FINDINGS)
    when = _HEADERS.index("Decided at")
    for row, values in enumerate(rows, start=2):
        if isinstance(values[when], datetime):  # a real date, shown as one (an unreadable stamp stays text)
            ws.cell(row=row, column=when + 1).number_format = DATETIME_FORMAT
    end = max(last, 2)
    status = {h: get_column_letter(_HEADERS.index(h) + 1) for h in ("Machine status", "Assessor status",
                                                                  "Status in force")}
    add_status_colours(ws, " ".join(f"{c}2:{c}{end}" for c in status.values()))
    # The drop-down offers the labels; the import reads labels and the codes of older workbooks alike.
    choices = DataValidation(type="list", formula1='"' + ",".join(STATUS_CHOICES) + '"', allow_blank=True,
                             showErrorMessage=True, errorTitle="Assessor status",
                             error="Choose a status from the list (or leave empty: no decision).")
    choices.add(f"{status['Assessor status']}2:{status['Assessor status']}{end}")
    ws.add_data_validation(choices)
    for header in ("Version", "Original digest"):
        ws.column_dimensions[get_column_letter(_HEADERS.index(header) + 1)].hidden = True


def _evidence(ws: Worksheet, assessment: Assessment, catalog: Catalog) -> None:
    rows = []
    for requirement in assessment.in_scope(catalog).requirements:
        for e in assessment.finding(requirement.id).elements:
            if e.status is not ElementStatus.FOUND:
                continue
            try:
                item = catalog.get(e.element_id)
            except KeyError:
                item = None
            name = getattr(item, "name", None) or getattr(item, "title", "") or ""
            rows.append([requirement.id, e.element_id, name, "; ".join(e.provisions), e.rule, e.quote])
    write_table(ws, ["Requirement id", "Element id", "Element", "Provisions", "Rule", "Quoted provision text"], rows,
                (18, 40, 34, 20, 14, 90), wrap=(2, 3, 5))


def _legislation(ws: Worksheet, assessment: Assessment) -> None:
    rows = [[f.name, f.title, f.version, f.format, f.language, f.provisions, f.size, f.sha256, ""]
            for f in assessment.files]
    write_table(ws, ["File", "Title", "Version", "Format", "Language", "Provisions", "Size (bytes)", "SHA-256",
                     "Added at"], rows, (34, 34, 14, 8, 10, 11, 12, 68, 22), wrap=(0, 1))
    for row, f in enumerate(assessment.files, start=2):
        write_when(ws.cell(row=row, column=9), f.added_at)


def _provisions(ws: Worksheet, legislation: Legislation) -> None:
    rows = [[p.citation, p.kind.value, p.heading, p.source, p.language, p.text] for p in legislation.provisions]
    write_table(ws, ["Citation", "Kind", "Heading", "File", "Language", "Text"], rows, (16, 11, 30, 30, 10, 100),
                wrap=(2, 5))


def _status_label(code: str) -> str:
    try:
        return STATUS_LABELS[RequirementStatus(code)]
    except ValueError:
        return code


def _agreement_block(ws: Worksheet, row: int, title: str, report: AgreementReport, catalog: Catalog) -> int:
    """A figures table and the disagreements of one comparison; returns the next free row."""
    row = _heading(ws, row, title)
    write_header(ws, row, ["Group", "Name", "n", "Agreed", "Percent agreement", "Cohen's kappa", "Reading"])
    for kind, label, f in report_rows(report):
        row += 1
        write_row(ws, row, [kind, label, f.n, f.agreed, "n/a" if f.observed is None else f.observed,
                            "n/a" if f.kappa is None else f.kappa, kappa_reading(f.kappa) if f.n else ""])
        ws.cell(row=row, column=5).number_format = "0.0%"
        ws.cell(row=row, column=6).number_format = "0.00"
    row += 1
    notes = []
    if report.overall.small:
        notes.append(f"Fewer than {SMALL_N} requirements compared: read with caution.")
    if report.skipped:
        notes.append(f"{report.skipped} left out: no judgement on one side (not assessed).")
    for note in notes:
        write_cell(ws.cell(row=row, column=1), note)
        row += 1
    row = _heading(ws, row + 1, f"Disagreements ({len(report.disagreements)})")
    write_header(ws, row, ["Requirement id", "Reference", report.first, report.second, "Title"])
    for p in report.disagreements:
        row += 1
        try:
            requirement = catalog.requirement(p.requirement_id)
            reference, name = requirement.reference, requirement.title
        except KeyError:
            reference, name = "", ""
        write_row(ws, row, [p.requirement_id, reference, _status_label(p.first), _status_label(p.second), name])
    if report.disagreements:
        add_status_colours(ws, f"C{row - len(report.disagreements) + 1}:D{row}")
    return row + 2


def _agreement(ws: Worksheet, assessment: Assessment, catalog: Catalog, coders: AgreementReport | None) -> None:
    write_cell(ws.cell(row=1, column=1), "Agreement").font = Font(bold=True, size=15)
    row = 3
    if coders is None:
        write_cell(ws.cell(row=row, column=1), "This assessment is not double coded.")
        row += 2
    else:
        row = _agreement_block(ws, row, f"Double coding: {coders.first} vs {coders.second} (requirements both "
                               "decided)", coders, catalog)
    row = _agreement_block(ws, row, "Machine vs final: the machine's proposal against the final decision "
                           "(decided requirements the machine proposed a status for)",
                           machine_vs_final(assessment, catalog), catalog)
    _key_values(ws, row, [("How to read kappa", KAPPA_NOTE)])
    for column, width in zip("ABCDEFG", (16, 40, 14, 14, 18, 14, 18), strict=True):
        ws.column_dimensions[column].width = width


def _meta(ws: Worksheet, assessment: Assessment) -> None:
    _key_values(ws, 1, [("schema", WORKBOOK_SCHEMA), ("assessment_id", assessment.id),
                        ("jurisdiction", assessment.jurisdiction), ("title", assessment.title),
                        ("exported_at", workbook_date(now()))])
    ws.sheet_state = "veryHidden"


def write_workbook(assessment: Assessment, catalog: Catalog, path: str | Path | None = None,
                   legislation: Legislation | None = None, cluster: ReviewCluster | None = None,
                   agreement: AgreementReport | None = None) -> bytes:
    """The assessment as an .xlsx workbook (bytes; also written to `path` if given).

    Sheets: Summary, Gaps, Findings, Evidence, Legislation, and Provisions when the
    legislation read is given. With a review `cluster`, only its requirements are listed and
    scored (the Summary says so); the workbook re-imports like any other. Agreement, when
    the assessment is double coded (`agreement`: the coders' figures, `Store.agreement`) or
    anything is decided (machine vs final).
    """
    note = cluster_note(cluster, catalog) if cluster is not None else ""
    catalog = cluster_catalog(catalog, cluster)
    wb = Workbook()
    summary = wb.active
    summary.title = "Summary"
    _summary(summary, assessment, catalog, note)
    _gaps(wb.create_sheet("Gaps"), assessment, catalog)
    _findings(wb.create_sheet("Findings"), assessment, catalog)
    _evidence(wb.create_sheet("Evidence"), assessment, catalog)
    _legislation(wb.create_sheet("Legislation"), assessment)
    if legislation is not None:
        _provisions(wb.create_sheet("Provisions"), legislation)
    if agreement is not None or any(f.decided for f in assessment.findings.values()):
        _agreement(wb.create_sheet(AGREEMENT_SHEET), assessment, catalog, agreement)
    _meta(wb.create_sheet(META_SHEET), assessment)
    return save_workbook(wb, path)

