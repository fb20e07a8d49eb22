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
from assessor.errors import AssessorError, ChecklistError, ChecklistProblem, ExitCode

__all__ = [
    "AssessorError",
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
