"""The checklists: loading, validating and holding them as frozen values.

A checklist is a YAML file in `checklists/` (or one a user brings). Loading goes in three
steps, each reporting problems with the file, the place in the YAML and its line:
1. YAML is parsed with a safe loader that also refuses duplicate keys;
2. the strict pydantic schema (`checklist_schema`) checks each file;
3. the files are checked together: unique ids, ids that start with their instrument,
   red flags that point at requirements that exist.

Parsing uses libyaml's C safe loader when PyYAML has it (the pure-Python one took seconds
for the shipped ~450 KB). The node tree that gives line numbers is built only when a
problem must be reported, and a file that loaded cleanly is not parsed again in the same
process while its content is unchanged.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from assessor.checklist_schema import (
    PILLAR_LABELS,
    SECTION_LABELS,
    ChecklistFile,
    Obligation,
    Pillar,
    Scope,
    Section,
)
from assessor.errors import ChecklistError, ChecklistProblem

__all__ = [
    "Catalog",
    "Element",
    "Instrument",
    "LanguageTerms",
    "RedFlag",
    "Requirement",
    "builtin_checklist_paths",
    "load_catalog",
    "validate_checklists",
]

# Installed from a checkout (pip install -e .), the checklists sit beside the package.
BUILTIN_DIR = Path(__file__).resolve().parent.parent / "checklists"
CHECKLIST_DIR_ENV = "ASSESSOR_CHECKLIST_DIR"


@dataclass(frozen=True, slots=True)
class LanguageTerms:
    """Lexicon terms for one language, and the phrases that must not count."""

    terms: tuple[str, ...]
    exclude: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Instrument:
    """A treaty (or a body of good practice) that checklists derive from."""

    id: str
    title: str
    short_title: str
    citation: str
    source_file: str
    authentic_text: str | None = None
    description: str | None = None


@dataclass(frozen=True, slots=True)
class Element:
    """A detectable item: part of a requirement, or the requirement itself."""

    id: str
    requirement_id: str
    name: str
    test: str
    scope: Scope
    lexicon: dict[str, LanguageTerms] = field(hash=False, compare=False)

    @property
    def group(self) -> str | None:
        """`act`, `means`, `purpose`... for `TIP-3-a.act.recruitment`; None for the requirement itself."""
        rest = self.id[len(self.requirement_id) :].lstrip(".")
        return rest.split(".")[0] if rest else None


@dataclass(frozen=True, slots=True)
class Requirement:
    """One obligation (or good practice) of an instrument, as an assessor tests it."""

    id: str
    instrument: str
    article: str
    paragraphs: tuple[str, ...]
    reference: str
    title: str
    text: str
    obligation: Obligation
    pillars: tuple[Pillar, ...]
    section: Section
    guidance: str
    pitfalls: tuple[str, ...]
    questions: tuple[str, ...]
    action: str
    model_law: str | None
    elements: tuple[Element, ...]
    source: str | None = None
    lexicon: dict[str, LanguageTerms] | None = field(default=None, hash=False, compare=False)

    @property
    def detectable(self) -> bool:
        """True when the matching engine decides the requirement from its elements."""
        return bool(self.elements)


@dataclass(frozen=True, slots=True)
class RedFlag:
    """A pattern in national law that contradicts an instrument."""

    id: str
    instrument: str
    title: str
    test: str
    explanation: str
    contrary_to: tuple[str, ...]
    pillars: tuple[Pillar, ...]
    action: str
    model_law: str | None
    scope: Scope
    lexicon: dict[str, LanguageTerms] = field(hash=False, compare=False)


@dataclass(frozen=True, slots=True)
class Catalog:
    """Every checklist loaded together, with look-ups by id."""

    instruments: tuple[Instrument, ...]
    requirements: tuple[Requirement, ...]
    red_flags: tuple[RedFlag, ...]
    _by_id: dict[str, Requirement | Element | RedFlag] = field(
        default_factory=dict, repr=False, hash=False, compare=False
    )

    def __post_init__(self) -> None:
        index = self._by_id
        for requirement in self.requirements:
            index[requirement.id] = requirement
            for element in requirement.elements:
                # A requirement with no parts is its own element; keep the requirement under its id.
                index.setdefault(element.id, element)
        for flag in self.red_flags:
            index[flag.id] = flag

    @property
    def elements(self) -> tuple[Element, ...]:
        """Every detectable element, in checklist order."""
        return tuple(e for r in self.requirements for e in r.elements)

    def get(self, item_id: str) -> Requirement | Element | RedFlag:
        """The requirement, element or red flag with this id (KeyError if none)."""
        return self._by_id[item_id]

    def requirement(self, requirement_id: str) -> Requirement:
        """The requirement with this id."""
        item = self._by_id[requirement_id]
        if not isinstance(item, Requirement):
            raise KeyError(requirement_id)
        return item

    def element(self, element_id: str) -> Element:
        """The detectable element with this id (a requirement with no parts is its own element)."""
        for requirement in self.requirements:
            for element in requirement.elements:
                if element.id == element_id:
                    return element
        raise KeyError(element_id)

    def detectable_ids(self) -> list[str]:
        """Ids of every element and red flag, as the JSON report lists them."""
        return [e.id for e in self.elements] + [f.id for f in self.red_flags]

    def for_instruments(self, instrument_ids: Iterable[str]) -> Catalog:
        """The part of the catalog in scope for a State (e.g. party to one Protocol only)."""
        keep = set(instrument_ids)
        return Catalog(
            instruments=tuple(i for i in self.instruments if i.id in keep),
            requirements=tuple(r for r in self.requirements if r.instrument in keep),
            red_flags=tuple(f for f in self.red_flags if f.instrument in keep),
        )

    @staticmethod
    def pillar_label(pillar: Pillar) -> str:
        """The pillar's name as the 2010 Crime Congress paper words it."""
        return PILLAR_LABELS[pillar]

    @staticmethod
    def section_label(section: Section) -> str:
        """The checklist section's display name."""
        return SECTION_LABELS[section]


# --------------------------------------------------------------------------- YAML reading


# libyaml's C parser with PyYAML's safe constructors; the pure-Python parser where the C
# extension was not built. Both give nodes with line marks, so error lines are the same.
_SafeBase: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _construct_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode, deep: bool = False) -> Any:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)  # type: ignore[no-untyped-call]
        if key in seen:
            raise yaml.constructor.ConstructorError(
                "while reading a mapping", node.start_mark, f"duplicate key {key!r}", key_node.start_mark
            )
        seen.add(key)
    return loader.construct_mapping(node, deep=deep)


def _unique_key_loader(base: type[yaml.SafeLoader]) -> type[yaml.SafeLoader]:
    """A safe loader on `base` (C or pure Python) that refuses duplicate keys instead of
    silently keeping the last value."""
    loader = type(f"UniqueKey{base.__name__}", (base,), {})
    loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
    return loader


_UniqueKeyLoader = _unique_key_loader(_SafeBase)


def _line_of(root: yaml.Node | None, loc: Sequence[int | str]) -> int | None:
    """The 1-based line of the YAML node at a pydantic error location (or its nearest parent)."""
    node, line = root, (root.start_mark.line + 1 if root is not None else None)
    for key in loc:
        if isinstance(node, yaml.MappingNode):
            match = next((v for k, v in node.value if getattr(k, "value", None) == key), None)
            if match is None:
                # An unknown key is reported at the key itself.
                match = next((k for k, _ in node.value if getattr(k, "value", None) == key), None)
            node = match
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            node = node.value[key]
        else:
            node = None
        if node is None:
            break
        line = node.start_mark.line + 1
    return line


def _place(loc: Sequence[int | str], data: Any) -> str:
    """A readable place: `requirements[3] (TIP-5-1).elements[0].lexicon.fr`."""
    parts: list[str] = []
    cursor = data
    for key in loc:
        if isinstance(key, int):
            label = f"[{key}]"
            if isinstance(cursor, list) and key < len(cursor):
                cursor = cursor[key]
                if isinstance(cursor, dict) and isinstance(cursor.get("id"), str):
                    label += f" ({cursor['id']})"
            else:
                cursor = None
            parts.append(label)
        elif key == "[key]":
            parts.append(" (the key)")  # pydantic's marker for an invalid mapping key
        else:
            parts.append(("." if parts else "") + str(key))
            cursor = cursor.get(key) if isinstance(cursor, dict) else None
    return "".join(parts)


@dataclass
class _Parsed:
    path: Path
    model: ChecklistFile
    text: str
    data: Any
    key: tuple[str, str] = ("", "")
    _root: yaml.Node | None = None
    _composed: bool = False

    @property
    def root(self) -> yaml.Node | None:
        """The YAML node tree, for line numbers: composed on first use, i.e. only for a problem."""
        if not self._composed:
            self._root = _compose(self.text)
            self._composed = True
        return self._root


def _compose(text: str) -> yaml.Node | None:
    """The node tree of text that already parsed once (so it cannot fail here)."""
    return yaml.compose(text, Loader=_SafeBase)  # noqa: S506 - a safe loader


# Files that loaded without a problem, by path and content digest: the same checklist is not
# parsed and validated again in one process (the app and batch runs load it per assessment).
_PARSED: dict[tuple[str, str], _Parsed] = {}
_CATALOGS: dict[tuple[tuple[str, str], ...], Catalog] = {}


def _key(path: Path, text: str) -> tuple[str, str]:
    # A digest, not the mtime: two writes within the file system's timestamp tick look alike.
    return str(path), hashlib.sha256(text.encode("utf-8")).hexdigest()


def _read_one(path: Path, problems: list[ChecklistProblem]) -> _Parsed | None:
    name = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        problems.append(ChecklistProblem(name, "", "file not found"))
        return None
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(ChecklistProblem(name, "", f"cannot read the file ({exc.__class__.__name__})"))
        return None
    key = _key(path, text)
    cached = _PARSED.get(key)
    if cached is not None:
        return cached
    parsed = _parse(path, text, problems)
    if parsed is not None:
        parsed.key = key
        _PARSED[key] = parsed
    return parsed


def _parse(path: Path, text: str, problems: list[ChecklistProblem]) -> _Parsed | None:
    name = str(path)
    try:
        data = yaml.load(text, Loader=_UniqueKeyLoader)  # noqa: S506 - a safe loader subclass
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        what = " ".join(str(p) for p in (exc.context, exc.problem) if p) or "invalid YAML"
        problems.append(ChecklistProblem(name, "", f"not valid YAML: {what}", line))
        return None
    except yaml.YAMLError as exc:
        problems.append(ChecklistProblem(name, "", f"not valid YAML: {exc}"))
        return None
    if not isinstance(data, dict):
        problems.append(
            ChecklistProblem(name, "", "a checklist must be a YAML mapping (schema, instrument, requirements)", 1)
        )
        return None
    try:
        model = ChecklistFile.model_validate(data)
    except ValidationError as exc:
        root = _compose(text)
        for error in exc.errors():
            loc = tuple(error["loc"])
            message = error["msg"].removeprefix("Value error, ")
            if error["type"] == "extra_forbidden":
                message = f"unknown key {loc[-1]!r}"
                place = _place(loc[:-1], data)
            else:
                place = _place(loc, data)
            problems.append(ChecklistProblem(name, place, message, _line_of(root, loc)))
        return None
    return _Parsed(path, model, text, data)


def _cross_checks(parsed: list[_Parsed], problems: list[ChecklistProblem]) -> None:
    """Checks that need every file: unique ids, id prefixes, red-flag targets."""
    # Where each id was first seen; its line is looked up only if a duplicate needs it.
    seen: dict[str, tuple[_Parsed, tuple[int | str, ...]]] = {}
    requirement_ids: set[str] = set()
    instruments: dict[str, str] = {}

    def claim(item_id: str, where: _Parsed, loc: tuple[int | str, ...]) -> None:
        first = seen.get(item_id)
        if first is None:
            seen[item_id] = (where, loc)
            return
        first_line = _line_of(first[0].root, first[1])
        also = f"{first[0].path.name}:{first_line}" if first_line else first[0].path.name
        problems.append(
            ChecklistProblem(str(where.path), _place(loc, where.data), f"duplicate id {item_id!r} (also in {also})",
                             _line_of(where.root, loc))
        )

    for p in parsed:
        iid = p.model.instrument.id
        if iid in instruments:
            problems.append(
                ChecklistProblem(
                    str(p.path),
                    "instrument.id",
                    f"instrument {iid!r} is already defined in {instruments[iid]}",
                    _line_of(p.root, ("instrument", "id")),
                )
            )
        instruments.setdefault(iid, p.path.name)
        for i, req in enumerate(p.model.requirements):
            if not (req.id.startswith(iid + "-") or req.id.startswith(iid + ".")):
                problems.append(
                    ChecklistProblem(
                        str(p.path),
                        _place(("requirements", i, "id"), p.data),
                        f"requirement {req.id!r} does not start with the instrument id {iid!r}",
                        _line_of(p.root, ("requirements", i, "id")),
                    )
                )
            claim(req.id, p, ("requirements", i, "id"))
            requirement_ids.add(req.id)
            for j, element in enumerate(req.elements):
                if element.id != req.id:
                    claim(element.id, p, ("requirements", i, "elements", j, "id"))
        for i, flag in enumerate(p.model.red_flags):
            claim(flag.id, p, ("red_flags", i, "id"))

    for p in parsed:
        for i, flag in enumerate(p.model.red_flags):
            for j, target in enumerate(flag.contrary_to):
                if target not in requirement_ids:
                    loc = ("red_flags", i, "contrary_to", j)
                    problems.append(
                        ChecklistProblem(
                            str(p.path),
                            _place(loc, p.data),
                            f"red flag points at requirement {target!r}, which no checklist defines",
                            _line_of(p.root, loc),
                        )
                    )


def _terms(lexicon: dict[str, Any] | None) -> dict[str, LanguageTerms] | None:
    if lexicon is None:
        return None
    return {lang: LanguageTerms(tuple(v.terms), tuple(v.exclude)) for lang, v in lexicon.items()}


def _paragraphs(requirement_id: str, given: list[str]) -> tuple[str, ...]:
    """The paragraphs a requirement cites: as given, else the paragraph number in its id."""
    if given:
        return tuple(given)
    parts = requirement_id.split("-")
    return (parts[2],) if len(parts) > 2 and parts[2].isdigit() else ()


def _to_values(parsed: list[_Parsed]) -> Catalog:
    instruments: list[Instrument] = []
    requirements: list[Requirement] = []
    flags: list[RedFlag] = []
    for p in parsed:
        m = p.model
        iid = m.instrument.id
        instruments.append(
            Instrument(
                id=iid,
                title=m.instrument.title,
                short_title=m.instrument.short_title,
                citation=m.instrument.citation,
                source_file=str(p.path),
                authentic_text=m.instrument.authentic_text,
                description=m.instrument.description,
            )
        )
        for r in m.requirements:
            elements = tuple(
                Element(
                    id=e.id,
                    requirement_id=r.id,
                    name=e.name,
                    test=e.test,
                    scope=e.scope,
                    lexicon=_terms(e.lexicon) or {},
                )
                for e in r.elements
            )
            requirements.append(
                Requirement(
                    id=r.id,
                    instrument=iid,
                    article=r.article,
                    paragraphs=_paragraphs(r.id, r.paragraphs),
                    reference=r.reference,
                    title=r.title,
                    text=r.text,
                    obligation=r.obligation,
                    pillars=tuple(r.pillars),
                    section=r.section,
                    guidance=r.guidance.satisfies,
                    pitfalls=tuple(r.guidance.pitfalls),
                    questions=tuple(r.questions),
                    action=r.recommended_action.text,
                    model_law=r.recommended_action.model_law,
                    elements=elements,
                    source=r.source,
                    lexicon=_terms(r.lexicon),
                )
            )
        for f in m.red_flags:
            flags.append(
                RedFlag(
                    id=f.id,
                    instrument=iid,
                    title=f.title,
                    test=f.test,
                    explanation=f.explanation,
                    contrary_to=tuple(f.contrary_to),
                    pillars=tuple(f.pillars),
                    action=f.recommended_action.text,
                    model_law=f.recommended_action.model_law,
                    scope=f.scope,
                    lexicon=_terms(f.lexicon) or {},
                )
            )
    return Catalog(tuple(instruments), tuple(requirements), tuple(flags))


def _expand(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path]:
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(path.glob("*.yaml")) + sorted(path.glob("*.yml"))
        else:
            yield path


# The shipped checklists in the order an assessor reads them; others follow by name.
_ORDER = {"tip.yaml": 0, "som.yaml": 1, "untoc.yaml": 2, "gp.yaml": 3}


def builtin_checklist_paths() -> list[Path]:
    """The checklists shipped with the tool (or those in $ASSESSOR_CHECKLIST_DIR)."""
    directory = Path(os.environ.get(CHECKLIST_DIR_ENV) or BUILTIN_DIR)
    return sorted(_expand([directory]), key=lambda p: (_ORDER.get(p.name, len(_ORDER)), p.name))


def validate_checklists(
    paths: Iterable[str | os.PathLike[str]] | None = None, *, with_builtin: bool = False
) -> list[ChecklistProblem]:
    """Every problem in these checklist files (an empty list means they are valid).

    With `with_builtin`, the files are checked together with the shipped checklists, so a
    user's own checklist cannot reuse an id the shipped ones hold.
    """
    _, problems = _load(paths, with_builtin=with_builtin)
    return problems


def _load(
    paths: Iterable[str | os.PathLike[str]] | None, *, with_builtin: bool
) -> tuple[list[_Parsed], list[ChecklistProblem]]:
    files = list(_expand(paths)) if paths is not None else builtin_checklist_paths()
    if with_builtin and paths is not None:
        builtin = builtin_checklist_paths()
        files = builtin + [f for f in files if f.resolve() not in {b.resolve() for b in builtin}]
    problems: list[ChecklistProblem] = []
    if not files:
        problems.append(ChecklistProblem("(none)", "", "no checklist files were given or found"))
        return [], problems
    parsed = [p for p in (_read_one(f, problems) for f in files) if p is not None]
    _cross_checks(parsed, problems)
    order = {str(f): i for i, f in enumerate(files)}
    problems.sort(key=lambda p: (order.get(p.file, len(order)), p.line or 0))
    return parsed, problems


def load_catalog(paths: Iterable[str | os.PathLike[str]] | None = None, *, with_builtin: bool = False) -> Catalog:
    """Load and validate checklists into a Catalog; raise ChecklistError listing every problem.

    With no paths, the shipped checklists are loaded. With paths and `with_builtin`, a
    user's own checklists are loaded beside the shipped ones.
    """
    parsed, problems = _load(paths, with_builtin=with_builtin)
    if problems:
        raise ChecklistError(problems)
    # The same files give the same (immutable) Catalog, so per-catalog caches downstream,
    # such as the engine's compiled matchers, are reused too.
    key = tuple(p.key for p in parsed)
    catalog = _CATALOGS.get(key)
    if catalog is None:
        catalog = _CATALOGS[key] = _to_values(parsed)
    return catalog
