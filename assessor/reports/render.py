"""Any report of an assessment by format name, and the file name it is saved under.

The one place the command line (`assessor report`), the batch and the app's Export page turn a
format name into a report, so all three give the same file for the same assessment.
"""

from __future__ import annotations

import json
import re
import unicodedata
from typing import TYPE_CHECKING

from assessor.errors import AssessorError, ExitCode

if TYPE_CHECKING:
    from assessor.agreement import AgreementReport
    from assessor.assessment import Assessment
    from assessor.catalog import Catalog
    from assessor.legislation.model import Legislation
    from assessor.review_clusters import ReviewCluster
    from assessor.settings import Settings
    from assessor.store import Store

__all__ = ["FORMATS", "MIME_TYPES", "UnknownReportFormat", "kept_legislation", "render_report", "report_name",
           "slugify"]

FORMATS = ("xlsx", "docx", "md", "json")
MIME_TYPES = {
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "md": "text/markdown",
    "json": "application/json",
}


class UnknownReportFormat(AssessorError):
    """A report format the tool does not write."""

    exit_code = ExitCode.USAGE


def slugify(text: str, fallback: str = "report") -> str:
    """A file-name-safe form: ASCII letters and digits joined by hyphens ("Côte d'Ivoire" -> "cote-d-ivoire")."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:100].rstrip("-") or fallback


def report_name(jurisdiction: str, title: str, fmt: str, cluster: str | None = None) -> str:
    """"<jurisdiction>-<title>.<ext>", slugified: "Côte d'Ivoire", "Loi n° 1" -> "cote-d-ivoire-loi-n-1.md".

    A report limited to a review cluster says so: "...-loi-n-1-cluster-first.md".
    """
    suffix = f" cluster {cluster}" if cluster else ""
    return f"{slugify(f'{jurisdiction} {title}{suffix}')}.{fmt}"


def render_report(assessment: Assessment, catalog: Catalog, fmt: str,
                  legislation: Legislation | None = None, cluster: ReviewCluster | None = None,
                  agreement: AgreementReport | None = None) -> bytes:
    """One report of an assessment, in one of FORMATS, as bytes; limited to a review cluster when given.

    `agreement` is the double coding's figures (`Store.agreement`), for the workbook's Agreement sheet
    and the Word report's agreement section; the Markdown and JSON reports do not take it.
    """
    if fmt == "xlsx":
        from assessor.reports.xlsx_report import write_workbook

        return write_workbook(assessment, catalog, legislation=legislation, cluster=cluster, agreement=agreement)
    if fmt == "docx":
        from assessor.reports.docx_report import write_docx

        return write_docx(assessment, catalog, cluster=cluster, agreement=agreement)
    if fmt == "md":
        from assessor.reports.markdown_report import write_markdown

        return write_markdown(assessment, catalog, cluster=cluster).encode("utf-8")
    if fmt == "json":
        from assessor.reports.assessment_json import report_json

        data = report_json(assessment, catalog, cluster=cluster)
        return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    raise UnknownReportFormat(f"unknown report format {fmt!r} (choose from {', '.join(FORMATS)})")


def kept_legislation(store: Store, assessment: Assessment, settings: Settings | None = None) -> Legislation | None:
    """The assessment's law files as kept in the database, read again (None when none is kept)."""
    if not assessment.files:
        return None
    from assessor.errors import NotFound
    from assessor.legislation.model import Legislation
    from assessor.legislation.reader import read_bytes

    sources, provisions = [], []
    for index, law_file in enumerate(assessment.files):
        try:
            data = store.get_file(law_file.sha256)
        except NotFound:
            continue  # recorded before law files were kept with the record: listed without provisions
        source, found = read_bytes(data, law_file.name, settings, index=index)
        sources.append(source)
        provisions.extend(found)
    return Legislation(tuple(sources), tuple(provisions)) if sources else None
