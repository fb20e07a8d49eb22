"""Excel workbooks of comparisons: two assessments (law against bill, v1 against v2), and many side by side.

`write_comparison(a, b, catalog)`: sheets Changes (gaps closed, opened, other changes, evidence
changed, requirements outside the common scope) and Scores (pillar and instrument scores before,
after and the difference; grades on the 3P scale, with a chart). `write_matrix(assessments,
catalog)`: sheets Matrix (requirements x assessments, coloured by status) and Scores (pillar
scores and grades side by side). Every cell through `cells.write_cell`.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import Reference
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from assessor.assessment import Assessment
from assessor.catalog import Catalog
from assessor.checklist_schema import Pillar
from assessor.compare import OUT_OF_SCOPE, compare, matrix
from assessor.labels import LEVEL_LABELS, PILLAR_LABELS, STATUS_LABELS
from assessor.reports.cells import (
    WRAP,
    add_status_colours,
    save_workbook,
    score_bar_chart,
    write_cell,
    write_header,
    write_row,
    write_table,
)
from assessor.scoring import GRADE_SUBSET

__all__ = ["write_comparison", "write_matrix"]

_DELTA_FORMAT = '+0.0%;-0.0%;0.0%'


def _caption(ws: Worksheet, lines: list[tuple[str, str]]) -> int:
    """Key/value lines above a table; returns the table's header row."""
    for row, (key, value) in enumerate(lines, start=1):
        write_cell(ws.cell(row=row, column=1), key).font = Font(bold=True)
        write_cell(ws.cell(row=row, column=2), value)
    return len(lines) + 2


def _title(catalog: Catalog, requirement_id: str) -> tuple[str, str, str]:
    try:
        r = catalog.requirement(requirement_id)
    except KeyError:
        return "", "", ""
    return r.reference, r.title, LEVEL_LABELS[r.obligation]


def write_comparison(a: Assessment, b: Assessment, catalog: Catalog, path: str | Path | None = None) -> bytes:
    """Assessment a (before) against b (after) as an .xlsx workbook (bytes; also written to `path`)."""
    c = compare(a, b, catalog)
    wb = Workbook()
    ws = wb.active
    ws.title = "Changes"
    header = _caption(ws, [("Before (A)", c.a), ("After (B)", c.b), ("Compared on", ", ".join(c.instruments))])
    rows = []
    for kind, changes in (("gap closed", c.closed), ("gap opened", c.opened), ("changed", c.changed)):
        for change in changes:
            improved = {True: "better", False: "worse", None: ""}[change.improved]
            rows.append([kind, change.requirement_id, *_title(catalog, change.requirement_id),
                         STATUS_LABELS[change.before], STATUS_LABELS[change.after], improved])
    for rid in c.evidence_changed:
        status = STATUS_LABELS[c.scores_b.statuses[rid]]
        rows.append(["evidence changed", rid, *_title(catalog, rid), status, status, ""])
    for rid in c.outside:
        rows.append(["not compared (outside the common scope)", rid, *_title(catalog, rid), "", "", ""])
    last = write_table(ws, ["Change", "Requirement id", "Reference", "Title", "Obligation", "Before (A)", "After (B)",
                            "Better or worse"], rows, (24, 18, 26, 44, 18, 15, 15, 14), wrap=(0, 3), header_row=header)
    add_status_colours(ws, f"F{header + 1}:G{max(last, header + 1)}")

    ws = wb.create_sheet("Scores")
    header = _caption(ws, [("Before (A)", c.a), ("After (B)", c.b), ("Compared on", ", ".join(c.instruments))])
    write_header(ws, header, ["Group", "Before (A)", "After (B)", "Difference", "Grade before (3P scale)",
                              "Grade after (3P scale)", "Grade difference", "Grades graded on"])
    row = header
    for pillar, delta in c.pillar_deltas.items():
        row += 1
        ga, gb = c.scores_a.grades.get(pillar), c.scores_b.grades.get(pillar)
        # The scores are the pillar's; a grade over a subset names it in the same row.
        graded_on = "" if ga is None else (ga.subset or "the pillar's requirements (the scores beside it)")
        write_row(ws, row, [PILLAR_LABELS[Pillar(pillar)], c.scores_a.pillars[pillar].score,
                            c.scores_b.pillars[pillar].score, delta, ga.grade if ga else None,
                            gb.grade if gb else None, c.grade_deltas.get(pillar), graded_on],
                  [None] * 7 + [WRAP])
        _percent(ws, row)
    pillar_end = row
    for instrument, delta in c.instrument_deltas.items():
        row += 1
        write_row(ws, row, [f"Instrument: {instrument}", c.scores_a.instruments[instrument].score,
                            c.scores_b.instruments[instrument].score, delta])
        _percent(ws, row)
    row += 1
    write_row(ws, row, ["Overall", c.scores_a.overall.score, c.scores_b.overall.score,
                        None if c.scores_a.overall.exact is None or c.scores_b.overall.exact is None
                        else round(float(c.scores_b.overall.exact - c.scores_a.overall.exact), 4)])
    _percent(ws, row)
    for column, width in zip("ABCDEFGH", (40, 12, 12, 12, 14, 14, 12, 50), strict=True):
        ws.column_dimensions[column].width = width
    ws.freeze_panes = ws.cell(row=header + 1, column=1)
    chart = score_bar_chart("Score by pillar, before and after")
    chart.add_data(Reference(ws, min_col=2, max_col=3, min_row=header, max_row=pillar_end), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=header + 1, max_row=pillar_end))
    chart.height, chart.width = 8, 16
    ws.add_chart(chart, f"A{row + 3}")
    return save_workbook(wb, path)


def _percent(ws: Worksheet, row: int) -> None:
    ws.cell(row=row, column=2).number_format = "0.0%"
    ws.cell(row=row, column=3).number_format = "0.0%"
    ws.cell(row=row, column=4).number_format = _DELTA_FORMAT


def write_matrix(assessments: list[Assessment], catalog: Catalog, path: str | Path | None = None) -> bytes:
    """Requirements x assessments (status colours), with pillar scores and grades side by side (.xlsx bytes)."""
    m = matrix(assessments, catalog)
    wb = Workbook()
    ws = wb.active
    ws.title = "Matrix"
    header = _caption(ws, [("Scores and grades compared on", ", ".join(m.instruments)),
                           ("Cells", f"the status in force; '{OUT_OF_SCOPE}' when the instrument is not in the "
                                     "assessment's scope")])
    rows = [[rid, reference, *(OUT_OF_SCOPE if s is None else STATUS_LABELS[s] for s in cells)]
            for rid, reference, cells in zip(m.requirement_ids, m.references, m.cells, strict=True)]
    widths = (18, 28, *([18] * len(m.columns)))
    last = write_table(ws, ["Requirement id", "Reference", *m.columns], rows, widths, header_row=header)
    ws.freeze_panes = ws.cell(row=header + 1, column=3)  # ids and references stay in view
    end_column = get_column_letter(2 + len(m.columns))
    add_status_colours(ws, f"C{header + 1}:{end_column}{max(last, header + 1)}")
    for column in range(3, 3 + len(m.columns)):
        ws.cell(row=header, column=column).alignment = WRAP

    ws = wb.create_sheet("Scores")
    write_header(ws, 1, ["Pillar", *m.columns])
    row = 1
    for pillar, values in m.pillar_scores.items():
        row += 1
        write_row(ws, row, [f"Score: {PILLAR_LABELS[Pillar(pillar)]}", *values])
        for column in range(2, 2 + len(values)):
            ws.cell(row=row, column=column).number_format = "0.0%"
    # Grades are over the TIP, UNTOC and good-practice requirements: with SOM compared too, the row says so.
    subset = f" (graded on {GRADE_SUBSET})" if "SOM" in m.instruments else ""
    for pillar, grades in m.grades.items():
        row += 1
        write_row(ws, row, [f"Grade (3P scale): {PILLAR_LABELS[Pillar(pillar)]}{subset}", *grades])
    ws.column_dimensions["A"].width = 60
    for column in range(2, 2 + len(m.columns)):
        ws.column_dimensions[get_column_letter(column)].width = 18
    ws.freeze_panes = "B2"
    return save_workbook(wb, path)
