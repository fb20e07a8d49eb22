"""Human labels for the codes the package stores: one table for the app, every report and the workbook.

Codes (`mandatory_qualified`, `partially_met`) stay the stored and exchanged values (the JSON report
contract, the database); people read the labels. `parse_*` accepts either, so a workbook whose
drop-down shows labels re-imports, and so does one written before labels were shown.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, tzinfo
from enum import StrEnum

from assessor.checklist_schema import PILLAR_LABELS, SECTION_LABELS, Obligation, Pillar, Section
from assessor.engine.values import ElementStatus
from assessor.preassessment import RequirementStatus

__all__ = [
    "ELEMENT_STATUS_LABELS", "LEVEL_LABELS", "PILLAR_LABELS", "SECTION_LABELS", "SOURCE_LABELS", "STATUS_LABELS",
    "label", "local_time", "parse_status", "source_label", "workbook_date",
]

LEVEL_LABELS: dict[Obligation, str] = {
    Obligation.MANDATORY: "Mandatory",
    Obligation.MANDATORY_QUALIFIED: "Mandatory, subject to the legal system",
    Obligation.ENDEAVOUR: "Endeavour (make efforts)",
    Obligation.CONSIDER: "Consider",
    Obligation.OPTIONAL: "Optional",
    Obligation.GOOD_PRACTICE: "Good practice",
    Obligation.SAVING_CLAUSE: "Saving clause (not scored)",
}

STATUS_LABELS: dict[RequirementStatus, str] = {
    RequirementStatus.MET: "Met",
    RequirementStatus.PARTIALLY_MET: "Partially met",
    RequirementStatus.NOT_MET: "Not met",
    RequirementStatus.NOT_APPLICABLE: "Not applicable",
    RequirementStatus.NOT_ASSESSED: "Not assessed",
}

ELEMENT_STATUS_LABELS: dict[ElementStatus, str] = {
    ElementStatus.FOUND: "Found",
    ElementStatus.MISSING: "Missing",
}

# Where a decision came from (`Decision.source`): fixed words, or "import: <file>".
SOURCE_LABELS: dict[str, str] = {
    "app": "In the app",
    "cli": "Command line",
    "re-assessment": "Re-assessment",
    "machine": "Machine proposal",
}

_TABLES: tuple[dict, ...] = (LEVEL_LABELS, STATUS_LABELS, ELEMENT_STATUS_LABELS, PILLAR_LABELS, SECTION_LABELS)


def label(value: StrEnum | str) -> str:
    """The human label of a level, status, pillar or section code; an unknown code as it is."""
    for table in _TABLES:
        for code, text in table.items():
            if value == code:
                return text
    return str(value)


def source_label(source: str) -> str:
    """ "import: gaps.xlsx" -> "Imported from gaps.xlsx"; the fixed sources by their label."""
    if source.startswith("import:"):
        return f"Imported from {source.split(':', 1)[1].strip()}"
    return SOURCE_LABELS.get(source, source)


def parse_status(text: str) -> RequirementStatus | None:
    """A requirement status from its code or its label, any case ("Partially met", "partially_met")."""
    key = " ".join(str(text).replace("_", " ").split()).casefold()
    for status, shown in STATUS_LABELS.items():
        if key in (shown.casefold(), status.value.replace("_", " ")):
            return status
    return None


def parse_level(text: str) -> Obligation | None:
    """An obligation level from its code or its label."""
    key = " ".join(str(text).replace("_", " ").split()).casefold()
    for level, shown in LEVEL_LABELS.items():
        if key in (shown.casefold(), level.value.replace("_", " ")):
            return level
    return None


def local_time(stamp: str, zone: tzinfo | None = None) -> str:
    """A stored UTC ISO time ("2026-12-04T13:37:44+00:00") as the reader's local time, to the minute
    ("4 Dec 2026, 14:37"). `zone` is the reader's time zone (the browser's, in the app); None: this
    machine's. An unreadable stamp is shown as stored."""
    try:
        moment = datetime.fromisoformat(stamp)
    except (TypeError, ValueError):
        return str(stamp)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    moment = moment.astimezone(zone)
    return f"{moment.day} {moment:%b %Y, %H:%M}"


def workbook_date(stamp: str) -> datetime | date | str:
    """A stored UTC ISO time as a naive datetime for a spreadsheet cell (Excel has no time zones; the
    cell is formatted as a date), or the text as stored when it is not a time."""
    try:
        moment = datetime.fromisoformat(stamp)
    except (TypeError, ValueError):
        return str(stamp)
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment


# Every enum with a table must have a label for each of its members.
for _enum, _table in ((Obligation, LEVEL_LABELS), (RequirementStatus, STATUS_LABELS),
                      (ElementStatus, ELEMENT_STATUS_LABELS), (Pillar, PILLAR_LABELS), (Section, SECTION_LABELS)):
    assert set(_enum) == set(_table), f"labels missing for {_enum.__name__}"  # noqa: S101 - import-time invariant
