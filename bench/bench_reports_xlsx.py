"""Excel report speed: write_workbook for the whole catalogue, against a bare openpyxl write.

The assessment is the pre-assessed Arcadia sample (every requirement in scope), with the
provision index of its legislation; a second run has every finding decided with a rationale
and notes (a finished assessment, the most text). The baseline, measured in the same run,
writes the very same cell values with plain `ws.append`, sheet by sheet: no styles, widths,
filters, conditional formatting, validation, chart, nor safe_cell. Reading the decided
workbook back for an import preview (`read_workbook`) is timed too. Median of 5 runs after a
warm-up.

    python bench/bench_reports_xlsx.py        (about 10 s)
"""

from __future__ import annotations

import io
import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from openpyxl import Workbook, load_workbook  # noqa: E402

from assessor.assessment import Assessment, Decision, LawFile, apply_pre_assessment, new_assessment  # noqa: E402
from assessor.catalog import Catalog, load_catalog  # noqa: E402
from assessor.legislation.model import Legislation  # noqa: E402
from assessor.legislation.reader import read_legislation  # noqa: E402
from assessor.preassessment import RequirementStatus, pre_assess  # noqa: E402
from assessor.reports.xlsx_import import read_workbook  # noqa: E402
from assessor.reports.xlsx_report import write_workbook  # noqa: E402
from timing import median_seconds  # noqa: E402

SAMPLE = ROOT / "legislation_samples" / "arcadia-anti-trafficking-act-2024.docx"
TARGET_S = 1.0


def sample(catalog: Catalog) -> tuple[Assessment, Legislation]:
    """The Arcadia sample, pre-assessed: a finding for every requirement of the catalogue."""
    legislation = read_legislation([SAMPLE])
    base = replace(new_assessment("Arcadia", "Anti-Trafficking Act 2024"),
                   files=tuple(LawFile.from_source(f) for f in legislation.files))
    return apply_pre_assessment(base, pre_assess(legislation, catalog))[0], legislation


def decided(assessment: Assessment) -> Assessment:
    """Every finding decided, with a rationale, provisions, notes and assistance of realistic length."""
    findings = {}
    for rid, f in assessment.findings.items():
        status = f.status if f.status is not RequirementStatus.NOT_ASSESSED else RequirementStatus.NOT_MET
        text = f"Section 4 covers {rid} in part; the means and purposes listed differ from article 3. " * 3
        decision = Decision(status, text, ("s. 4(1)", "s. 4(2)"), "Checked at the workshop. " * 4,
                            "Drafting support", "bench", "2024-06-01T00:00:00+00:00")
        findings[rid] = replace(f, decision=decision)
    return replace(assessment, findings=findings)


def bare_write(values: dict[str, list[tuple]]) -> bytes:
    """The same cell values written with plain openpyxl: no formatting at all."""
    wb = Workbook()
    wb.remove(wb.active)
    for title, rows in values.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def cell_values(data: bytes) -> dict[str, list[tuple]]:
    book = load_workbook(io.BytesIO(data))
    return {ws.title: list(ws.iter_rows(values_only=True)) for ws in book.worksheets}


def main() -> None:
    catalog = load_catalog()
    assessment, legislation = sample(catalog)
    n = len(assessment.in_scope(catalog).requirements)
    print(f"xlsx report benchmark: {SAMPLE.name}, {n} requirements in scope, {len(legislation.provisions)} provisions")
    finished = decided(assessment)
    for label, subject in (("pre-assessed", assessment), ("every finding decided", finished)):
        data = write_workbook(subject, catalog, legislation=legislation)
        values = cell_values(data)
        cells = sum(len(r) for rows in values.values() for r in rows)
        ours = median_seconds(lambda s=subject: write_workbook(s, catalog, legislation=legislation))
        bare = median_seconds(lambda v=values: bare_write(v))
        verdict = "PASS" if ours < TARGET_S else "FAIL"
        print(f"xlsx report ({label}): {ours:.2f} s for {n} requirements (target < {TARGET_S:g} s: {verdict}), "
              f"{ours / bare:.1f}x a bare openpyxl write of the same {cells:,} cells ({bare:.2f} s); "
              f"{len(data) / 1024:.0f} KB")
    data = write_workbook(finished, catalog)
    preview = median_seconds(lambda: read_workbook(data, finished, catalog))
    bare_read = median_seconds(lambda: load_workbook(io.BytesIO(data)))
    print(f"import preview (read_workbook, every finding decided): {preview:.2f} s, "
          f"{preview / bare_read:.1f}x a bare openpyxl load of the workbook ({bare_read:.2f} s)")


if __name__ == "__main__":
    main()
