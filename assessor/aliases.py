"""Old ids and what they became: requirements split per paragraph, so work saved before still loads.

The table is data, in `checklists/review/aliases.yaml` (read with `yaml.safe_load`, checked
strictly): `requirements` maps an old requirement id to the requirement ids it became, `elements`
an old element id to its new element ids. `check_aliases` checks it against a catalog: every
target exists, an old id is no longer a requirement (unless it names a part of itself: a split
that keeps the old id for its first paragraph), and no chain of aliases loops.

Where an id comes in from outside (the store, a JSON export, an Excel workbook, a CLI option),
`AliasTable.expansions` says which old ids to read as their new ones. A finding under an old id
is split only when the data holds none of its new ids (other than the old id itself): data made
after the split is never split again, so the rule is safe to apply every time the data is read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from assessor.catalog import BUILTIN_DIR, Catalog
from assessor.checklist_schema import REQUIREMENT_ID
from assessor.errors import ChecklistError, ChecklistProblem

__all__ = ["ALIASES_FILE", "AliasTable", "check_aliases", "load_aliases"]

ALIASES_FILE = BUILTIN_DIR / "review" / "aliases.yaml"
ALIASES_SCHEMA = "assessor.aliases/1"
_ELEMENT_ID = re.compile(r"^[A-Z][A-Z0-9]{1,15}[-.][A-Za-z0-9_.-]+$")


def _targets(mapping: dict[str, list[str]], what: str) -> dict[str, list[str]]:
    for old, new in mapping.items():
        if not (REQUIREMENT_ID if what == "requirement" else _ELEMENT_ID).match(old):
            raise ValueError(f"{old!r} is not a {what} id")
        if not new:
            raise ValueError(f"{old}: no new id")
        if len(set(new)) != len(new):
            raise ValueError(f"{old}: a new id is listed twice")
    return mapping


class _AliasFile(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    schema_: Literal["assessor.aliases/1"] = Field(alias="schema")
    requirements: dict[str, list[str]] = Field(default_factory=dict)
    elements: dict[str, list[str]] = Field(default_factory=dict)

    @field_validator("requirements")
    @classmethod
    def _requirements(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        return _targets(value, "requirement")

    @field_validator("elements")
    @classmethod
    def _elements(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        return _targets(value, "element")


@dataclass(frozen=True, slots=True)
class AliasTable:
    """Old requirement and element ids, each with the ids it became."""

    requirements: dict[str, tuple[str, ...]] = field(default_factory=dict, hash=False)
    elements: dict[str, tuple[str, ...]] = field(default_factory=dict, hash=False)

    def requirement_ids(self, requirement_id: str) -> tuple[str, ...]:
        """The ids an id given from outside stands for now: its new ids, or itself."""
        return self.requirements.get(requirement_id, (requirement_id,))

    def element_ids(self, element_id: str) -> tuple[str, ...]:
        """The element ids an element id given from outside stands for now: its new ids, or itself."""
        return self.elements.get(element_id, (element_id,))

    def expansions(self, present: Iterable[str]) -> dict[str, tuple[str, ...]]:
        """The old requirement ids among `present` to split, each with its new ids.

        An old id is split only when none of its new ids (other than itself) is present: the data
        was made before the split. Data that already has the new ids is left as it is.
        """
        ids = set(present)
        return {old: new for old, new in self.requirements.items()
                if old in ids and not any(n in ids for n in new if n != old)}


def _cycle(graph: dict[str, tuple[str, ...]]) -> list[str] | None:
    """A chain of aliases that comes back to where it started (a split that keeps its own id aside)."""
    for start in graph:
        stack = [(start, [start])]
        while stack:
            node, path = stack.pop()
            for nxt in graph.get(node, ()):
                if nxt == node:
                    continue
                if nxt == start:
                    return [*path, nxt]
                if nxt not in path:
                    stack.append((nxt, [*path, nxt]))
    return None


def _problems(table: AliasTable) -> list[str]:
    problems = []
    for what, graph in (("requirements", table.requirements), ("elements", table.elements)):
        loop = _cycle(graph)
        if loop:
            problems.append(f"{what}: the aliases loop: {' -> '.join(loop)}")
    return problems


def load_aliases(path: str | Path | None = None) -> AliasTable:
    """The alias table (the shipped one by default); ChecklistError naming the place if it is invalid."""
    return _load(str(path or ALIASES_FILE))


@cache
def _load(path: str) -> AliasTable:
    name = Path(path).name
    try:
        data: Any = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return AliasTable()
    except (OSError, yaml.YAMLError) as exc:
        raise ChecklistError([ChecklistProblem(name, "(file)", f"cannot read the alias table: {exc}")]) from None
    try:
        model = _AliasFile.model_validate(data)
    except ValidationError as exc:
        raise ChecklistError([ChecklistProblem(name, ".".join(map(str, e["loc"])) or "(file)", e["msg"])
                              for e in exc.errors()]) from None
    table = AliasTable({k: tuple(v) for k, v in model.requirements.items()},
                       {k: tuple(v) for k, v in model.elements.items()})
    problems = _problems(table)
    if problems:
        raise ChecklistError([ChecklistProblem(name, p.split(":")[0], p.split(": ", 1)[1]) for p in problems])
    return table


def check_aliases(table: AliasTable, catalog: Catalog) -> list[str]:
    """What is wrong with the table against a catalog: unknown targets, old ids still in use, loops."""
    requirements = {r.id for r in catalog.requirements}
    elements = {e.id for e in catalog.elements}
    problems = _problems(table)
    for what, noun, graph, known in (("requirements", "a requirement", table.requirements, requirements),
                                     ("elements", "an element", table.elements, elements)):
        for old, new in graph.items():
            for target in new:
                if target not in known:
                    problems.append(f"{what}.{old}: {target} is not {noun} of the checklists")
            if old in known and old not in new:
                problems.append(f"{what}.{old}: still {noun} of the checklists, so it cannot be an alias")
    return problems
