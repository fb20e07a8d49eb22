"""Safe spreadsheet cells: the one helper every text cell written to a spreadsheet goes through.

Law text, rationales and notes come from people and from law files, so a cell may hold
anything. Two dangers (OWASP, "CSV injection"):

1. **Formulas.** A text that starts with `=`, `+`, `-` or `@` (also after leading spaces), or
   with a tab or carriage return, is run as a formula by spreadsheet programs when typed or
   imported: `=HYPERLINK("http://evil", "click")`, `=cmd|' /C calc'!A0`. openpyxl makes any
   `str` starting with `=` a formula cell (`data_type "f"`).
   **Choice**: we never change the text (the rationale "-2 points" stays "-2 points", byte for
   byte, when the workbook is read back). In .xlsx, `write_cell` sets `cell.data_type = "s"`
   after assigning, so the file stores a string cell (`t="inlineStr"`), never a `<f>` formula;
   a formula-like text also gets Excel's own *quote prefix* (`quotePrefix="1"`, what Excel
   stores when a person types `'=1`), so editing the cell in Excel later keeps it text. Where
   a format has no cell types (CSV, plain tables), `safe_cell(value, quote=True)` prefixes a
   single quote instead, as OWASP recommends.
2. **Characters that break the file.** Control characters other than tab and newline (NUL,
   BEL, ESC, C1 controls...), lone surrogates and U+FFFE/U+FFFF are not allowed in XML:
   openpyxl raises on them and Excel calls the file corrupt. They are removed; CR LF and lone
   CR become LF. Texts over Excel's 32,767-character cell limit are cut, with an ellipsis.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.chart import BarChart
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from assessor.labels import STATUS_LABELS, workbook_date
from assessor.preassessment import RequirementStatus

__all__ = [
    "DATETIME_FORMAT",
    "DATE_FORMAT",
    "MAX_CELL_CHARS",
    "STATUS_CHOICES",
    "STATUS_COLOURS",
    "TEXT_STATUSES",
    "add_status_colours",
    "clean_text",
    "is_formula_like",
    "safe_cell",
    "save_workbook",
    "write_cell",
    "write_header",
    "write_row",
    "write_table",
    "write_when",
]

DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
MAX_CELL_CHARS = 32_767  # Excel's limit on the characters of one cell
FORMULA_STARTS = ("=", "+", "-", "@")
# C0 controls except tab and LF, DEL and C1 controls, lone surrogates, the XML non-characters.
_BAD_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_NEWLINES = re.compile("\r\n?")

HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
WRAP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")

# Status colours (fill, font) by the label a cell shows: green met, amber partly, red not met, grey not
# assessed / n.a. (Excel compares text without case, so a cell holding an old code, "met", is coloured too.)
STATUS_COLOURS: dict[str, tuple[str, str]] = {
    STATUS_LABELS[RequirementStatus.MET]: ("C6EFCE", "006100"),
    STATUS_LABELS[RequirementStatus.PARTIALLY_MET]: ("FFEB9C", "9C5700"),
    STATUS_LABELS[RequirementStatus.NOT_MET]: ("FFC7CE", "9C0006"),
    STATUS_LABELS[RequirementStatus.NOT_APPLICABLE]: ("E7E6E6", "595959"),
    STATUS_LABELS[RequirementStatus.NOT_ASSESSED]: ("E7E6E6", "595959"),
    "out of scope": ("F2F2F2", "808080"),
}
# The status codes (what is stored and exchanged), and the labels a workbook's cells and drop-down show.
TEXT_STATUSES = tuple(s.value for s in RequirementStatus)
STATUS_CHOICES = tuple(STATUS_LABELS[s] for s in RequirementStatus)


def is_formula_like(text: str) -> bool:
    """True when a spreadsheet could take the text for a formula (OWASP's list, leading spaces ignored)."""
    if text[:1] in ("\t", "\r"):
        return True
    return text.lstrip()[:1] in FORMULA_STARTS


def clean_text(text: str) -> str:
    """The text without characters that break a file, with LF line ends, cut to the cell limit."""
    text = _BAD_CHARS.sub("", _NEWLINES.sub("\n", text))
    if len(text) > MAX_CELL_CHARS:
        text = text[: MAX_CELL_CHARS - 1] + "…"
    return text


def safe_cell(value: Any, *, quote: bool = False) -> Any:
    """A value safe to put in a spreadsheet cell (or a table of any report).

    Numbers, booleans, dates and None pass through; enums give their value; any other value
    becomes text, cleaned by `clean_text`. With `quote=True` (CSV and other untyped outputs),
    a formula-like text gets a leading `'`; for .xlsx use `write_cell`, which keeps the text
    as it is and marks the cell as a string.
    """
    if value is None or isinstance(value, bool | int | float | datetime | date):
        return value
    enum_value = getattr(value, "value", None)
    text = clean_text(enum_value if isinstance(enum_value, str) else str(value))
    if quote and is_formula_like(text):
        return "'" + text
    return text


def write_cell(cell: Cell, value: Any, style: Alignment | None = None) -> Cell:
    """Put a value in an openpyxl cell through `safe_cell`; a text is always a string cell, never a formula."""
    value = safe_cell(value)
    if isinstance(value, str):
        if not value:
            cell.value = None  # an empty text is an empty cell (openpyxl reads "" back as None)
        else:
            cell.value = value
            cell.data_type = "s"  # even "=..." : stored as text, not as a formula
            if is_formula_like(value):
                cell.quotePrefix = True
    else:
        cell.value = value
    if style is not None:
        cell.alignment = style
    return cell


def write_when(cell: Cell, stamp: str | None, style: Alignment | None = None) -> Cell:
    """A stored time as a real spreadsheet date: "2026-12-04T13:37:44+00:00" a date-time (UTC, to the minute),
    "2024-06-01" a date; an empty stamp an empty cell, one that is not a time its text (through `write_cell`)."""
    if not stamp:
        return write_cell(cell, "", style)
    value = workbook_date(stamp)
    if isinstance(value, str):
        return write_cell(cell, value, style)
    write_cell(cell, value, style)
    # A stamp without a time of day ("2024-06-01") is a date; the rest are shown to the minute.
    cell.number_format = DATE_FORMAT if len(stamp.strip()) == len("2024-06-01") else DATETIME_FORMAT
    return cell


def write_row(ws: Worksheet, row_index: int, values: Sequence[Any], styles: Sequence[Any] | None = None,
              start_column: int = 1) -> None:
    """Write one row of values (each through `write_cell`); `styles[i]` is an Alignment or None."""
    for offset, value in enumerate(values):
        style = styles[offset] if styles is not None and offset < len(styles) else None
        write_cell(ws.cell(row=row_index, column=start_column + offset), value, style)


def write_header(ws: Worksheet, row_index: int, headers: Sequence[str], start_column: int = 1) -> None:
    """A bold header row on a dark fill."""
    for offset, header in enumerate(headers):
        cell = write_cell(ws.cell(row=row_index, column=start_column + offset), header)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.alignment = WRAP


def write_table(ws: Worksheet, headers: Sequence[str], rows: Iterable[Sequence[Any]], widths: Sequence[float],
                wrap: Iterable[int] = (), header_row: int = 1, freeze: bool = True, autofilter: bool = True) -> int:
    """A table: header (frozen, filtered), rows, column widths; `wrap` are 0-based columns to wrap.

    Returns the last row written (the header row when there are no rows).
    """
    write_header(ws, header_row, headers)
    wrapped = set(wrap)
    styles = [WRAP if i in wrapped else TOP for i in range(len(headers))]
    last = header_row
    for last, values in enumerate(rows, start=header_row + 1):  # noqa: B007 - last is the result
        write_row(ws, last, values, styles)
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    if freeze:
        ws.freeze_panes = ws.cell(row=header_row + 1, column=1)
    if autofilter:
        ws.auto_filter.ref = f"A{header_row}:{get_column_letter(len(headers))}{max(last, header_row + 1)}"
    return last


def add_status_colours(ws: Worksheet, cell_range: str) -> None:
    """Conditional formatting: each status value in the range gets its colour (green, amber, red, grey)."""
    for status, (fill, font) in STATUS_COLOURS.items():
        solid = PatternFill("solid", start_color=fill, end_color=fill)
        ws.conditional_formatting.add(
            cell_range, CellIsRule(operator="equal", formula=[f'"{status}"'], fill=solid, font=Font(color=font)))


def save_workbook(wb: Workbook, path: str | Path | None = None) -> bytes:
    """The workbook's .xlsx bytes; also written to `path` when given."""
    buffer = io.BytesIO()
    wb.save(buffer)
    data = buffer.getvalue()
    if path is not None:
        Path(path).write_bytes(data)
    return data


def score_bar_chart(title: str) -> BarChart:
    """A horizontal bar chart of scores on a 0-100% axis, axes shown (the pillar charts of the workbooks)."""
    chart = BarChart()
    chart.type = "bar"
    chart.title = title
    chart.y_axis.scaling.min, chart.y_axis.scaling.max = 0, 1
    chart.y_axis.numFmt = "0%"
    chart.x_axis.delete = chart.y_axis.delete = False
    return chart
