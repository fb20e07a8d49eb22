"""Check national legislation against the UN Trafficking in Persons and Smuggling of Migrants
Protocols and the Organized Crime Convention.

The public API is what `__all__` lists; everything else is private to the package.
"""

from assessor.catalog import (
    Catalog,
    Element,
    Instrument,
    RedFlag,
    Requirement,
    builtin_checklist_paths,
    load_catalog,
    validate_checklists,
)
from assessor.checklist_schema import Obligation, Pillar, Scope, Section
from assessor.errors import AssessorError, ChecklistError, ChecklistProblem, ExitCode, ReadError
from assessor.legislation.model import Legislation, Provision
from assessor.legislation.reader import legislation_from_text, read_bytes, read_file, read_legislation
from assessor.preassessment import ElementStatus, PreAssessment, RequirementStatus, pre_assess
from assessor.reports.json_report import build_report

__all__ = [
    "AssessorError",
    "ElementStatus",
    "Legislation",
    "PreAssessment",
    "Provision",
    "ReadError",
    "RequirementStatus",
    "build_report",
    "legislation_from_text",
    "pre_assess",
    "read_bytes",
    "read_file",
    "read_legislation",
    "Catalog",
    "ChecklistError",
    "ChecklistProblem",
    "Element",
    "ExitCode",
    "Instrument",
    "Obligation",
    "Pillar",
    "RedFlag",
    "Requirement",
    "Scope",
    "Section",
    "builtin_checklist_paths",
    "load_catalog",
    "validate_checklists",
]

__version__ = "0.1.0"
