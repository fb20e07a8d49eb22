"""Values the engine produces: element results with their evidence, red flags, candidates."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

# A rule so prefixed rests on inference (a functional reading, an equivalence, a presupposed role),
# not on the law's own words for the element: the reports and the Review page say so.
INFERRED_PREFIXES = ("functional", "inferred")


class ElementStatus(StrEnum):
    """Whether the legislation carries a detectable element."""

    FOUND = "found"
    MISSING = "missing"


@dataclass(frozen=True, slots=True)
class Evidence:
    """Why an element is found: the provision, the words quoted, the term that matched, the rule."""

    element_id: str
    provision: str  # the provision's uid
    citation: str
    quote: str
    span: tuple[int, int]  # character offsets of the matched words in the provision's text
    matched: str
    score: float
    rule: str  # "express", "functional: offence requires no means", ...


@dataclass(frozen=True, slots=True)
class ElementResult:
    """One detectable element: found or missing, with its evidence."""

    element_id: str
    status: ElementStatus
    evidence: tuple[Evidence, ...] = ()
    rule: str = ""
    note: str = ""

    @property
    def provisions(self) -> tuple[str, ...]:
        """The citations of the provisions that carry it, in order, without repeats."""
        return tuple(dict.fromkeys(e.citation for e in self.evidence))

    @property
    def inferred(self) -> bool:
        """True when the result rests on inference: its `rule` starts with "functional" or "inferred".

        An express finding quotes the law's own words for the element; an inferred one reads it from
        something else (an offence that needs no means covers every means), which an assessor checks first.
        """
        return self.rule.startswith(INFERRED_PREFIXES)


@dataclass(frozen=True, slots=True)
class FlagResult:
    """A red flag raised against the legislation."""

    flag_id: str
    provisions: tuple[str, ...]
    quote: str
    explanation: str


@dataclass(frozen=True, slots=True)
class Candidate:
    """A provision that may meet a requirement no text rule decides, with its rank score."""

    citation: str
    provision: str
    score: float
    quote: str


@dataclass(frozen=True, slots=True)
class Offence:
    """An offence as the engine read it, with the slots its findings were decided from.

    `kind` is "trafficking", "child trafficking", "aggravation of trafficking", "definition of
    trafficking", "smuggling",
    "use of a victim's services" or "sale of children"; `named` says where its name was read
    ("own words or heading", "a heading above it", or "" when the conduct alone decided).
    """

    kind: str
    citation: str
    provision: str  # the uid of the paragraph (or article) read
    acts: tuple[str, ...] = ()
    means: tuple[str, ...] = ()
    purposes: tuple[str, ...] = ()
    named: str = ""
