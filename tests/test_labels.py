"""The one table of human labels: every code has a label, labels and codes both parse back."""

from __future__ import annotations

from datetime import UTC, timedelta, timezone

import pytest

from assessor.checklist_schema import Obligation
from assessor.labels import LEVEL_LABELS, STATUS_LABELS, label, local_time, parse_level, parse_status, source_label
from assessor.preassessment import RequirementStatus


@pytest.mark.parametrize(("code", "shown"), [
    ("mandatory_qualified", "Mandatory, subject to the legal system"),  # a level
    ("partially_met", "Partially met"),  # a requirement status
    ("national_coordination", "National coordination and cooperation"),  # a pillar (not the section)
    ("found", "Found"),  # an element status
    ("no_such_code", "no_such_code"),  # unknown: shown as stored
])
def test_label(code: str, shown: str) -> None:
    assert label(code) == shown


@pytest.mark.parametrize(("text", "status"), [
    ("Partially met", RequirementStatus.PARTIALLY_MET),  # the label, as the workbook's drop-down shows it
    ("partially_met", RequirementStatus.PARTIALLY_MET),  # the code, in workbooks written before labels
    ("  NOT   met ", RequirementStatus.NOT_MET),  # case and spaces as a person types them
    ("nearly met", None),  # not a status
])
def test_parse_status(text: str, status: RequirementStatus | None) -> None:
    assert parse_status(text) is status


def test_every_label_parses_back() -> None:
    # Each label and each code reads back as itself.
    assert all(parse_status(shown) is status and parse_status(status.value) is status
               for status, shown in STATUS_LABELS.items())
    assert all(parse_level(shown) is level and parse_level(level.value) is level
               for level, shown in LEVEL_LABELS.items())
    assert parse_level("Endeavour (make efforts)") is Obligation.ENDEAVOUR


@pytest.mark.parametrize(("stamp", "zone", "shown"), [
    ("2026-12-04T13:37:44+00:00", UTC, "4 Dec 2026, 13:37"),  # UTC reader
    ("2026-12-04T23:30:00+00:00", timezone(timedelta(hours=2)), "5 Dec 2026, 01:30"),  # east of UTC: next day
    ("not a time", UTC, "not a time"),  # unreadable: as stored
])
def test_local_time(stamp: str, zone: timezone, shown: str) -> None:
    assert local_time(stamp, zone) == shown


@pytest.mark.parametrize(("source", "shown"), [
    ("app", "In the app"),  # a fixed source
    ("import: gaps.xlsx", "Imported from gaps.xlsx"),  # an import names its file
    ("something else", "something else"),  # unknown: as stored
])
def test_source_label(source: str, shown: str) -> None:
    assert source_label(source) == shown
