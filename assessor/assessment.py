"""An assessment: the machine's proposal for every requirement, and the assessor's decisions.

Values here are frozen; every change returns a new value, so the store can record what changed
(who, from what, to what, when). A finding's *status* is the assessor's decision when there is
one, and the machine's proposal otherwise.

Re-assessing a new version of the law (`apply_pre_assessment`) replaces the machine's proposal
and its evidence but never a human decision; a decided finding whose evidence changed is marked
for review, so the assessor looks again.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from assessor.catalog import Catalog, Requirement
from assessor.engine.values import INFERRED_PREFIXES
from assessor.legislation.model import Reading, SourceFile
from assessor.preassessment import ElementStatus, PreAssessment, RequirementStatus

__all__ = [
    "Assessment",
    "Decision",
    "ElementView",
    "Finding",
    "HistoryEntry",
    "LawFile",
    "apply_pre_assessment",
    "new_assessment",
    "now",
    "scope_position",
]

DEFAULT_INSTRUMENTS = ("TIP", "SOM", "UNTOC", "GP")


def now() -> str:
    """The current time, UTC, ISO 8601 to the second."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


@dataclass(frozen=True, slots=True)
class Decision:
    """What the assessor decided for a requirement, and why."""

    status: RequirementStatus
    rationale: str = ""
    provisions: tuple[str, ...] = ()  # the citations the assessor relies on
    notes: str = ""
    assistance: str = ""  # technical assistance needed
    by: str = ""
    at: str = ""
    # The UNTOC review mechanism's questionnaire asks these too (kept last, so positional use stays valid):
    examples: str = ""  # examples of implementation: cases, statistics
    challenges: str = ""  # challenges met in implementing the provision


@dataclass(frozen=True, slots=True)
class ElementView:
    """The machine's view of one element of a requirement."""

    element_id: str
    status: ElementStatus
    provisions: tuple[str, ...] = ()
    rule: str = ""
    quote: str = ""
    matched: str = ""  # the words of the quote that matched, for highlighting

    @property
    def inferred(self) -> bool:
        """True when the element was found by inference (its rule starts "functional" or "inferred")."""
        # == rather than `is`: Streamlit reloads changed modules, and a reloaded enum is a new class.
        return self.status == ElementStatus.FOUND and self.rule.startswith(INFERRED_PREFIXES)


@dataclass(frozen=True, slots=True)
class Finding:
    """One requirement of an assessment: the machine's proposal and the assessor's decision."""

    requirement_id: str
    machine_status: RequirementStatus = RequirementStatus.NOT_ASSESSED
    elements: tuple[ElementView, ...] = ()
    candidates: tuple[str, ...] = ()  # citations of candidate provisions, best first
    evidence_digest: str = ""  # changes when the machine's evidence changes
    decision: Decision | None = None
    needs_review: bool = False  # decided, but the evidence changed since
    version: int = 0  # increases on every save; guards against two people overwriting each other

    @property
    def status(self) -> RequirementStatus:
        """The status in force: the assessor's decision, else the machine's proposal."""
        return self.decision.status if self.decision is not None else self.machine_status

    @property
    def decided(self) -> bool:
        """True when an assessor has decided this finding."""
        return self.decision is not None

    @property
    def inferred(self) -> bool:
        """True when the machine's proposal rests on inference: an element it found is read, not quoted."""
        return any(e.inferred for e in self.elements)


@dataclass(frozen=True, slots=True)
class LawFile:
    """A file of the body of legislation assessed, with its version."""

    name: str
    sha256: str
    size: int = 0
    format: str = ""
    language: str = ""
    provisions: int = 0
    title: str = ""
    version: str = ""  # the assessor's label: "bill v2", "as amended 2024"
    added_at: str = ""
    reading: Reading | None = None  # how well it was read (None: recorded before readings were kept)

    @classmethod
    def from_source(cls, source: SourceFile, version: str = "", added_at: str = "") -> LawFile:
        """A law file as the reading stage described it."""
        return cls(source.name, source.sha256, source.size, source.format, source.language, source.provisions,
                   source.title, version, added_at or now(), source.reading)


@dataclass(frozen=True, slots=True)
class Assessment:
    """An assessment of one body of legislation of one jurisdiction."""

    id: str
    jurisdiction: str
    title: str
    date: str  # the date the assessment speaks for (ISO)
    instruments: tuple[str, ...] = DEFAULT_INSTRUMENTS
    files: tuple[LawFile, ...] = ()
    findings: dict[str, Finding] = field(default_factory=dict, hash=False, compare=True)
    created_at: str = ""
    updated_at: str = ""
    created_by: str = ""

    @property
    def good_practice(self) -> bool:
        """True when good practice (GP) is in scope."""
        return "GP" in self.instruments

    def finding(self, requirement_id: str) -> Finding:
        """The finding of one requirement (a blank one if the assessment has none yet)."""
        return self.findings.get(requirement_id) or Finding(requirement_id)

    def with_finding(self, finding: Finding) -> Assessment:
        """A copy with one finding replaced."""
        findings = dict(self.findings)
        findings[finding.requirement_id] = finding
        return replace(self, findings=findings, updated_at=now())

    def in_scope(self, catalog: Catalog) -> Catalog:
        """The part of the catalog this assessment covers."""
        return catalog.for_instruments(self.instruments)

    def progress(self, catalog: Catalog | None = None) -> tuple[int, int]:
        """(decided, total): how much the assessor has done.

        Without a catalog, over the findings recorded; with one, over every requirement in scope,
        since each can be decided before any pre-assessment has made its finding.
        """
        if catalog is None:
            return sum(1 for f in self.findings.values() if f.decided), len(self.findings)
        ids = [r.id for r in self.in_scope(catalog).requirements]
        return sum(1 for i in ids if i in self.findings and self.findings[i].decided), len(ids)


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One recorded change: who changed what, from what, to what, when, and from where."""

    id: int
    assessment_id: str
    requirement_id: str  # "" for a change to the assessment itself
    field: str  # "decision", "machine", "title", ...
    old: Any
    new: Any
    by: str
    at: str
    source: str = "app"  # "app", "cli", "import: file.xlsx", "re-assessment"


def new_assessment(
    jurisdiction: str,
    title: str,
    date: str = "",
    instruments: tuple[str, ...] | list[str] = DEFAULT_INSTRUMENTS,
    created_by: str = "",
) -> Assessment:
    """A new, empty assessment."""
    stamp = now()
    return Assessment(
        id=uuid.uuid4().hex[:12],
        jurisdiction=jurisdiction.strip(),
        title=title.strip(),
        date=date or stamp[:10],
        instruments=tuple(instruments),
        created_at=stamp,
        updated_at=stamp,
        created_by=created_by,
    )


def scope_position(catalog: Catalog, instruments: tuple[str, ...] | list[str], requirement_id: str) -> int | None:
    """Where a requirement stands in the catalog's order for these instruments; None when it is not in scope."""
    for position, requirement in enumerate(catalog.for_instruments(tuple(instruments)).requirements):
        if requirement.id == requirement_id:
            return position
    return None


def _element_views(requirement: Requirement, pre: PreAssessment) -> tuple[ElementView, ...]:
    views = []
    for element in requirement.elements:
        result = pre.elements.get(element.id)
        if result is None:
            continue
        quote = result.evidence[0].quote if result.evidence else ""
        matched = result.evidence[0].matched if result.evidence else ""
        rule = result.rule
        if result.inferred and result.note and result.note not in rule:
            # The view keeps one rule string: an inference carries its reasoning with it to the Review page.
            rule = f"{rule} ({result.note})"
        views.append(ElementView(element.id, result.status, result.provisions, rule, quote, matched))
    return tuple(views)


def evidence_digest(elements: tuple[ElementView, ...], candidates: tuple[str, ...]) -> str:
    """A fingerprint of the machine's evidence: what it found, where, and the words it quoted."""
    payload = [[e.element_id, e.status.value, list(e.provisions), e.quote] for e in elements] + [list(candidates)]
    return hashlib.sha256(json.dumps(payload, ensure_ascii=False).encode("utf-8")).hexdigest()[:16]


def apply_pre_assessment(assessment: Assessment, pre: PreAssessment) -> tuple[Assessment, list[str]]:
    """The assessment with the machine's new proposal; human decisions kept.

    Returns the new assessment and the ids of decided findings whose evidence changed (now
    marked `needs_review`). A decided finding the new proposal does not cover (its instrument
    left the scope) is kept as it was: a decision is never dropped. Versions are carried over;
    the store bumps a finding's version when the machine's view of it changes.
    """
    findings: dict[str, Finding] = {}
    changed: list[str] = []
    for requirement in pre.catalog.requirements:
        result = pre.requirements[requirement.id]
        elements = _element_views(requirement, pre)
        candidates = tuple(c.citation for c in result.candidates)
        digest = evidence_digest(elements, candidates)
        old = assessment.findings.get(requirement.id)
        needs_review = False
        decision = None
        version = 0
        if old is not None:
            decision = old.decision
            version = old.version
            evidence_moved = bool(old.evidence_digest) and old.evidence_digest != digest
            needs_review = old.needs_review or (decision is not None and evidence_moved)
            if decision is not None and evidence_moved:
                changed.append(requirement.id)
        findings[requirement.id] = Finding(
            requirement.id, result.status, elements, candidates, digest, decision, needs_review, version
        )
    for requirement_id, old in assessment.findings.items():
        if requirement_id not in findings and old.decided:
            findings[requirement_id] = old
    return replace(assessment, findings=findings, updated_at=now()), changed
