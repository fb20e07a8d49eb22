"""Reading back a Findings sheet a team edited offline in Excel: preview the changes, then save them.

`read_workbook` checks the workbook strictly (its assessment, every requirement id, every
status) and lists what was edited, field by field, without saving anything. A row counts as
edited when its assessor columns differ from what was exported (the hidden `Original digest`);
rows nobody touched are left alone even when the database moved on since the export.
`apply_workbook` saves each edited decision through `Store.decide` with the version the
workbook was exported at, so a finding someone changed in the database meanwhile is refused
(`ConflictError`, collected and reported) while the others are saved. The history records
each change with the source "import: <file name>".
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from assessor.aliases import load_aliases
from assessor.assessment import Assessment, Decision, Finding
from assessor.catalog import Catalog
from assessor.errors import AssessmentImportError, ConflictError
from assessor.labels import parse_status
from assessor.preassessment import RequirementStatus
from assessor.reports.cells import STATUS_CHOICES
from assessor.reports.xlsx_report import (
    EDITABLE,
    META_SHEET,
    OPTIONAL_EDITABLE,
    WORKBOOK_SCHEMA,
    editable_values,
    row_digest,
)
from assessor.store import Store

__all__ = ["Change", "ImportResult", "WorkbookChanges", "apply_workbook", "read_workbook"]

SHEET = "Findings"
MAX_UNZIPPED = 200 * 1024 * 1024  # a workbook of an assessment is a few hundred KB
MAX_PROBLEMS = 20
FIELDS = tuple(EDITABLE.values())  # status, rationale, provisions, notes, assistance, examples, challenges
# Examples and Challenges may be missing (a workbook exported before they existed): those fields are then kept.
_REQUIRED = ("Requirement id", *(h for h in EDITABLE if h not in OPTIONAL_EDITABLE), "Version", "Original digest")


@dataclass(frozen=True, slots=True)
class Change:
    """One edited field of one finding: the value in the database now, and the workbook's."""

    requirement_id: str
    field: str  # status, rationale, provisions, notes, assistance, examples or challenges
    old: str
    new: str


@dataclass(frozen=True, slots=True)
class WorkbookChanges:
    """What an edited workbook would change; nothing is saved until `apply_workbook`."""

    assessment_id: str
    filename: str
    changes: tuple[Change, ...]
    decisions: dict[str, Decision | None] = field(hash=False)  # the new decision per edited finding (None: withdrawn)
    versions: dict[str, int] = field(hash=False)  # the version each edited finding was exported at
    stale: tuple[str, ...] = ()  # edited findings changed in the database since the export: will conflict

    def __bool__(self) -> bool:
        return bool(self.changes)

    def requirement_ids(self) -> list[str]:
        """The edited findings, in sheet order."""
        return list(self.decisions)


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What `apply_workbook` saved, and the findings it refused because they changed meanwhile."""

    saved: tuple[Finding, ...]
    conflicts: dict[str, ConflictError] = field(hash=False)


def _fail(problems: list[str]) -> AssessmentImportError:
    more = f" (and {len(problems) - 1} more problem(s))" if len(problems) > 1 else ""
    error = AssessmentImportError(problems[0] + more)
    error.problems = problems  # type: ignore[attr-defined]
    return error


def _open(data: bytes | str | Path, given_name: str | None = None) -> tuple[Any, str]:
    if isinstance(data, bytes | bytearray):
        raw, name = bytes(data), given_name or "workbook.xlsx"
    else:
        path = Path(data)
        name = path.name
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise AssessmentImportError(f"{name}: cannot read the file ({exc.strerror})") from None
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            unzipped = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile:
        raise AssessmentImportError(f"{name}: not an .xlsx workbook (not a zip archive)") from None
    if unzipped > MAX_UNZIPPED:
        raise AssessmentImportError(f"{name}: the workbook would expand to {unzipped // 2**20} MB; refused")
    try:
        # defusedxml is installed, so openpyxl refuses entity declarations (billion laughs, XXE).
        return load_workbook(io.BytesIO(raw), read_only=False, data_only=False), name
    except Exception as exc:  # openpyxl raises many kinds on a damaged file
        raise AssessmentImportError(
            f"{name}: not a readable .xlsx workbook ({exc.__class__.__name__}: {exc})") from None


def _check_owner(wb: Any, name: str, assessment: Assessment) -> None:
    if META_SHEET not in wb.sheetnames:
        raise AssessmentImportError(f"{name}: not a workbook exported by the assessor (no {META_SHEET} sheet)")
    meta = {str(k): v for k, v in wb[META_SHEET].iter_rows(min_col=1, max_col=2, values_only=True) if k}
    if meta.get("schema") != WORKBOOK_SCHEMA:
        raise AssessmentImportError(f"{name}: sheet {META_SHEET}, row 1, column B: unknown workbook schema "
                                    f"{meta.get('schema')!r} (expected {WORKBOOK_SCHEMA})")
    owner = str(meta.get("assessment_id") or "")
    if owner != assessment.id:
        raise AssessmentImportError(
            f"{name}: sheet {META_SHEET}, row 2, column B: this workbook belongs to assessment {owner!r} "
            f"({meta.get('jurisdiction') or '?'}: {meta.get('title') or '?'}), not to {assessment.id!r} "
            f"({assessment.jurisdiction}: {assessment.title})")


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value).strip()


def _provisions(text: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in text.replace("\n", ";").split(";") if p.strip())


def _status(text: str) -> str | None:
    """The status code of a cell: its label ("Partially met", the drop-down's) or, in a workbook exported before
    labels were shown, its code ("partially_met"); case, spaces, hyphens and underscores forgiven. None when it is
    neither."""
    status = parse_status(text.replace("-", " "))
    return None if status is None else status.value


def read_workbook(data: bytes | str | Path, assessment: Assessment, catalog: Catalog, *,
                  name: str | None = None) -> WorkbookChanges:
    """The changes an edited workbook makes to the assessment: a preview, nothing saved.

    `name` names uploaded bytes (an upload's file name) in messages and in the history's source.

    Raises AssessmentImportError naming the sheet, row and column of each problem (a workbook
    of another assessment, an unknown requirement id, an invalid status, a formula...).
    """
    wb, name = _open(data, name)
    _check_owner(wb, name, assessment)
    if SHEET not in wb.sheetnames:
        raise AssessmentImportError(f"{name}: no {SHEET} sheet")
    ws: Worksheet = wb[SHEET]
    header = [_text(c.value) for c in next(ws.iter_rows(min_row=1, max_row=1), ())]
    missing = [h for h in _REQUIRED if h not in header]
    if missing:
        raise AssessmentImportError(f"{name}: sheet {SHEET}, row 1: missing column(s) {', '.join(map(repr, missing))}")
    col = {h: header.index(h) for h in (*_REQUIRED, *OPTIONAL_EDITABLE) if h in header}
    absent = [i for i, h in enumerate(EDITABLE) if h not in col]
    scope = {r.id for r in assessment.in_scope(catalog).requirements}
    problems: list[str] = []
    changes: list[Change] = []
    decisions: dict[str, Decision | None] = {}
    versions: dict[str, int] = {}
    stale: list[str] = []
    seen: dict[str, int] = {}

    def where(row: int, heading: str) -> str:
        return f"sheet {SHEET}, row {row}, column {heading!r} ({get_column_letter(col[heading] + 1)}{row})"

    catalog_ids = {r.id for r in catalog.requirements}
    sheet_ids = {_text(row[col["Requirement id"]]) for row in ws.iter_rows(min_row=2, values_only=True)
                 if len(row) > col["Requirement id"]}
    split = {old: tuple(n for n in new if n in scope) for old, new in load_aliases().expansions(sheet_ids).items()}
    for row_index, cells in enumerate(ws.iter_rows(min_row=2), start=2):
        if len(problems) >= MAX_PROBLEMS:
            break
        cells = tuple(cells) + (None,) * (len(header) - len(cells))
        rid = _text(cells[col["Requirement id"]].value if cells[col["Requirement id"]] is not None else None)
        if not rid:
            if any(c is not None and c.value not in (None, "") for c in cells):
                problems.append(f"{where(row_index, 'Requirement id')}: empty, but the row has values")
            continue
        if rid in seen:
            problems.append(f"{where(row_index, 'Requirement id')}: {rid} appears twice (also row {seen[rid]})")
            continue
        seen[rid] = row_index
        # A workbook exported before a requirement was split: its row speaks for each new requirement.
        row_id = rid
        for rid in split.get(row_id, (row_id,)):
            if rid not in scope:
                known = rid in catalog_ids
                why = "is not in this assessment's scope" if known else "is not a requirement of the checklists"
                problems.append(f"{where(row_index, 'Requirement id')}: {rid!r} {why}")
                continue
            values: list[str] = []
            for heading in EDITABLE:
                if heading not in col:
                    values.append("")  # as exported before the column existed: the digest left it out
                    continue
                cell = cells[col[heading]]
                if cell is not None and cell.data_type == "f":
                    problems.append(f"{where(row_index, heading)}: a formula ({cell.value}); write plain text")
                values.append(_text(cell.value if cell is not None else None))
            status_text = values[0]
            status = _status(status_text) if status_text else None
            if status_text and status is None:
                problems.append(f"{where(row_index, 'Assessor status')}: {status_text!r} is not a status "
                                f"(one of {', '.join(STATUS_CHOICES)}, or empty for no decision)")
                continue
            version_cell = cells[col["Version"]]
            version = version_cell.value if version_cell is not None else None
            if isinstance(version, float) and version.is_integer():
                version = int(version)
            if not isinstance(version, int) or isinstance(version, bool):
                problems.append(f"{where(row_index, 'Version')}: {version!r} is not a version number (do not edit "
                                "the hidden columns)")
                continue
            digest_cell = cells[col["Original digest"]]
            values[0] = status or ""
            if digest_cell is not None and _text(digest_cell.value) == row_digest(values):
                continue  # nobody edited this row
            if not status and any(values[1:]):
                problems.append(f"{where(row_index, 'Assessor status')}: empty, but the row has a rationale, "
                                "provisions, notes, examples, challenges or assistance: choose a status (or clear "
                                "those cells to withdraw the decision)")
                continue
            finding = assessment.findings.get(rid)
            if finding is None:
                problems.append(f"{where(row_index, 'Requirement id')}: {rid} has no finding yet in this assessment "
                                "(pre-assess the legislation first)")
                continue
            current = editable_values(finding)
            if status:
                for i in absent:  # a column the workbook does not have: the field stays as it is
                    values[i] = current[i].strip()
            row_changes = []
            for field_name, old, new in zip(FIELDS, current, values, strict=True):
                if field_name == "provisions":
                    same = _provisions(old) == _provisions(new)
                    new = "; ".join(_provisions(new))
                else:
                    same = old.strip() == new
                if not same:
                    row_changes.append(Change(rid, field_name, old, new))
            if not row_changes:
                continue
            changes += row_changes
            decisions[rid] = (Decision(RequirementStatus(status), values[1], _provisions(values[2]), values[3],
                                       values[4], examples=values[5], challenges=values[6])
                              if status else None)
            versions[rid] = version
            if finding.version != version:
                stale.append(rid)
    if problems:
        raise _fail([f"{name}: {p}" for p in problems])
    return WorkbookChanges(assessment.id, name, tuple(changes), decisions, versions, tuple(stale))


def apply_workbook(store: Store, assessment_id: str, changes: WorkbookChanges, *, by: str,
                   source: str | None = None) -> ImportResult:
    """Save each edited decision (source "import: <file name>" unless given); conflicts are collected, not raised.

    A finding changed in the database since the export is refused (`ConflictError` in
    `conflicts`, by requirement id); every other edited finding is saved, each in its own commit.
    """
    if changes.assessment_id != assessment_id:
        raise AssessmentImportError(f"{changes.filename}: the changes are for assessment {changes.assessment_id!r}, "
                                    f"not {assessment_id!r}")
    source = source or f"import: {changes.filename}"
    saved: list[Finding] = []
    conflicts: dict[str, ConflictError] = {}
    for rid, decision in changes.decisions.items():
        version = changes.versions[rid]
        try:
            if decision is None:
                saved.append(store.clear_decision(assessment_id, rid, expected_version=version, by=by, source=source))
            else:
                saved.append(store.decide(assessment_id, rid, decision, expected_version=version, by=by,
                                          source=source))
        except ConflictError as exc:
            conflicts[rid] = exc
    return ImportResult(tuple(saved), conflicts)
