"""Values of the reading stage: blocks read from a file, and the provisions cut from them."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum


@dataclass(frozen=True, slots=True)
class Block:
    """One paragraph of text as a reader found it, before segmentation.

    `text` carries any numbering the format generated (Word's automatic "Article 5" or
    "(a)" is written into the text). `heading_level` is a hint from the format (Word heading
    styles, HTML h1-h6, Akoma Ntoso hierarchy); `page` is the PDF page, when known.
    """

    text: str
    heading_level: int | None = None
    page: int | None = None


class Kind(StrEnum):
    """What a provision is in the law's structure."""

    DIVISION = "division"  # part, book, title, chapter, section heading (grouping, no own rule)
    ARTICLE = "article"  # section, article, § : the unit a law is cited by
    PARAGRAPH = "paragraph"  # subsection, numbered paragraph, French "I.", Spanish "1."
    POINT = "point"  # (a), a), 1°, (i) ...
    PREAMBLE = "preamble"  # text before the first provision (title, enacting formula)


@dataclass(frozen=True, slots=True)
class Provision:
    """A citable piece of a law: an article or section, or one of its subdivisions.

    `citation` is how the law is cited (`s. 2(1)(a)`, `art. 225-4-1 I 1°`, `art. 177 bis(1)`);
    `text` is the provision's own words (its children are separate provisions);
    `parent` is the parent's `uid`. `defines` lists the terms a definition provision defines.
    """

    uid: str
    citation: str
    kind: Kind
    label: str
    heading: str
    text: str
    source: str
    language: str
    parent: str | None
    depth: int
    defines: tuple[str, ...] = ()

    @property
    def is_definition(self) -> bool:
        """True when the provision defines one or more terms."""
        return bool(self.defines)


@dataclass(frozen=True, slots=True)
class Reading:
    """How well a file's structure was understood (the report's `reading` object).

    `coverage` is the share of the text's characters placed in citable provisions (articles and
    their subdivisions, not preamble, headings or tables of contents); `units` counts the
    articles or sections recognised; `warnings` are sentences for the user ("numbering not
    recognised after line 120").
    """

    coverage: float
    units: int
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class SourceFile:
    """A file of the body of legislation, as read."""

    name: str
    format: str
    language: str
    size: int
    sha256: str
    provisions: int
    title: str = ""
    reading: Reading | None = None


@dataclass(frozen=True, slots=True)
class Legislation:
    """One body of legislation: the provisions of every file, in reading order."""

    files: tuple[SourceFile, ...]
    provisions: tuple[Provision, ...]
    _by_uid: dict[str, Provision] = field(default_factory=dict, repr=False, compare=False, hash=False)
    _children: dict[str | None, list[Provision]] = field(default_factory=dict, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        for provision in self.provisions:
            self._by_uid[provision.uid] = provision
            self._children.setdefault(provision.parent, []).append(provision)

    @property
    def title(self) -> str:
        """The first file's title (or its name)."""
        return next((f.title for f in self.files if f.title), self.files[0].name if self.files else "")

    @property
    def language(self) -> str:
        """The language most of the provisions are in."""
        counts: dict[str, int] = {}
        for provision in self.provisions:
            counts[provision.language] = counts.get(provision.language, 0) + 1
        return max(counts, key=lambda k: counts[k]) if counts else "und"

    @property
    def reading(self) -> Reading:
        """The files' readings together: coverage weighted by size, units added, warnings per file."""
        readings = [(f, f.reading) for f in self.files if f.reading is not None]
        if not readings:
            return Reading(0.0, 0, ())
        size = sum(max(f.size, 1) for f, _ in readings)
        coverage = sum(r.coverage * max(f.size, 1) for f, r in readings) / size
        warnings = tuple(f"{f.name}: {w}" if len(readings) > 1 else w for f, r in readings for w in r.warnings)
        return Reading(round(coverage, 3), sum(r.units for _, r in readings), warnings)

    def get(self, uid: str) -> Provision:
        """The provision with this uid."""
        return self._by_uid[uid]

    def find(self, citation: str) -> list[Provision]:
        """Provisions cited so (several when two files share a numbering)."""
        return [p for p in self.provisions if p.citation == citation]

    def children(self, provision: Provision | None) -> list[Provision]:
        """The direct subdivisions of a provision (None: the top level)."""
        return list(self._children.get(provision.uid if provision else None, []))

    def parent(self, provision: Provision) -> Provision | None:
        """The provision this one belongs to."""
        return self._by_uid.get(provision.parent) if provision.parent else None

    def ancestors(self, provision: Provision) -> Iterator[Provision]:
        """Parent, grandparent, ... up to the top."""
        current = self.parent(provision)
        while current is not None:
            yield current
            current = self.parent(current)

    def descendants(self, provision: Provision) -> Iterator[Provision]:
        """Every subdivision below a provision, in reading order."""
        stack = list(reversed(self._children.get(provision.uid, [])))
        while stack:
            child = stack.pop()
            yield child
            stack.extend(reversed(self._children.get(child.uid, [])))

    def full_text(self, provision: Provision) -> str:
        """The provision's words with those of all its subdivisions."""
        parts = [provision.text] + [d.text for d in self.descendants(provision)]
        return "\n".join(p for p in parts if p)

    def article_of(self, provision: Provision) -> Provision | None:
        """The article or section a provision belongs to (itself if it is one)."""
        if provision.kind is Kind.ARTICLE:
            return provision
        return next((a for a in self.ancestors(provision) if a.kind is Kind.ARTICLE), None)
