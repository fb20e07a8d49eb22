"""The Word and Markdown reports of a full assessment: every requirement of the checklists in scope.

The assessment is a pre-assessed sample law (every requirement has a finding, with the
machine's evidence) and a few decisions. The Word report is timed against a baseline measured
in the same run: a bare python-docx document with the same paragraphs (the same texts, in the
same number) and no styles, runs, tables, picture or properties, saved the same way. The pillar
chart the report carries (a PNG drawn with matplotlib) is timed on its own too. Target: the Word
report of the full catalogue in under 1 s. Median of 5 runs after a warm-up.

    python bench/bench_reports_docx.py     (a few seconds)
"""

from __future__ import annotations

import io
import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from docx import Document  # noqa: E402

from assessor.assessment import Assessment, Decision, LawFile, apply_pre_assessment, new_assessment  # noqa: E402
from assessor.catalog import Catalog, load_catalog  # noqa: E402
from assessor.legislation.reader import read_legislation  # noqa: E402
from assessor.preassessment import RequirementStatus, pre_assess  # noqa: E402
from assessor.reports.assessment_json import report_json  # noqa: E402
from assessor.reports.chart import pillar_chart_png  # noqa: E402
from assessor.reports.docx_report import write_docx  # noqa: E402
from assessor.reports.markdown_report import write_markdown  # noqa: E402
from assessor.scoring import assessment_scores, pillar_lines  # noqa: E402
from bench.timing import RUNS, median_seconds  # noqa: E402

SAMPLE = ROOT / "legislation_samples" / "borduria-penal-code-chapter-xii.pdf"
TARGET_SECONDS = 1.0
DECISIONS = {
    "TIP-3-a": Decision(RequirementStatus.PARTIALLY_MET, "Harbouring and forced labour missing.", ("art. 301(1)",),
                        assistance="Drafting support for the trafficking offence."),
    "TIP-6-6": Decision(RequirementStatus.NOT_MET, "No compensation scheme.", notes="Consider a state fund."),
    "GP.data_collection": Decision(RequirementStatus.MET, "Statistics Act, s. 12.", ("s. 12",)),
}


def full_assessment(catalog: Catalog) -> Assessment:
    """The sample law pre-assessed against every checklist (a finding per requirement), a few decisions."""
    legislation = read_legislation([SAMPLE])
    base = replace(new_assessment("Borduria", "Penal Code, chapter XII"),
                   files=tuple(LawFile.from_source(f, version="2023") for f in legislation.files))
    assessment, _ = apply_pre_assessment(base, pre_assess(legislation, catalog))
    for rid, decision in DECISIONS.items():
        assessment = assessment.with_finding(replace(assessment.finding(rid), decision=decision))
    return assessment


def bare_document(texts: list[str]) -> bytes:
    """The baseline: the same paragraph texts in a plain python-docx document, saved to bytes."""
    document = Document()
    for text in texts:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def main() -> int:
    catalog = load_catalog()
    assessment = full_assessment(catalog)
    requirements = len(assessment.in_scope(catalog).requirements)
    data = write_docx(assessment, catalog)
    texts = [p.text for p in Document(io.BytesIO(data)).paragraphs]
    print(f"reports benchmark: {SAMPLE.name}, {requirements} requirements in scope, {len(data) / 1024:.0f} KB .docx, "
          f"{len(texts)} paragraphs; median of {RUNS} runs after a warm-up")

    docx_s = median_seconds(lambda: write_docx(assessment, catalog))
    bare_s = median_seconds(lambda: bare_document(texts))
    verdict = "PASS" if docx_s < TARGET_SECONDS else "FAIL"
    print(f"docx report: {docx_s:.2f} s for {requirements} requirements (target < {TARGET_SECONDS:g} s: {verdict}), "
          f"{docx_s / bare_s:.1f}x a bare python-docx document ({bare_s:.2f} s, same {len(texts)} paragraphs, "
          "no styles or tables)")

    # The pillar chart (a PNG drawn with matplotlib) is part of the Word report's time: how much of it.
    lines = pillar_lines(assessment_scores(assessment, catalog))
    chart_s = median_seconds(lambda: pillar_chart_png(lines))
    print(f"  of which the pillar chart: {chart_s:.2f} s ({chart_s / docx_s:.0%} of the report)")

    markdown_s = median_seconds(lambda: write_markdown(assessment, catalog))
    size = len(write_markdown(assessment, catalog).encode("utf-8"))
    print(f"markdown report: {markdown_s * 1000:.1f} ms for {requirements} requirements ({size / 1024:.0f} KB)")
    json_s = median_seconds(lambda: report_json(assessment, catalog))
    print(f"json report: {json_s * 1000:.1f} ms for {requirements} requirements")
    return 0 if verdict == "PASS" else 1


if __name__ == "__main__":
    sys.exit(main())
