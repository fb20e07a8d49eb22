"""Strict models of a checklist YAML file: the boundary where user-written data comes in.

Unknown keys are rejected everywhere (`extra="forbid"`), so a typo in a key is an error,
not a silently ignored field. The rest of the package never sees these models: `catalog`
turns them into frozen dataclasses.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Annotated

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)

SCHEMA_ID = "assessor.checklist/1"

# <INSTRUMENT>-<article>[-<paragraph>][-<subparagraph>]..., e.g. TIP-5-2-a, SOM-6-1-b-ii,
# UNTOC-34-2; or <INSTRUMENT>.<name> for items that are not tied to an article (GP.non_punishment).
REQUIREMENT_ID = re.compile(r"^[A-Z][A-Z0-9]{1,15}(-\d+[a-z]?(-(\d+|[a-z]{1,2}|[ivxl]+))*|\.[a-z][a-z0-9_]*)$")
# An element is its requirement itself, or a part of it: <requirement id>.<group>[.<name>].
ELEMENT_SUFFIX = re.compile(r"^(\.[a-z][a-z0-9_]*){1,2}$")
RED_FLAG_ID = re.compile(r"^RF\.[a-z][a-z0-9_]*$")
INSTRUMENT_ID = re.compile(r"^[A-Z][A-Z0-9]{1,15}$")
LANGUAGE = re.compile(r"^[a-z]{2}$")

NonEmpty = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class Obligation(StrEnum):
    """How strongly the instrument binds a State, read from its wording."""

    MANDATORY = "mandatory"  # "shall adopt", "shall ensure"
    MANDATORY_QUALIFIED = "mandatory_qualified"  # "subject to the basic concepts of its legal system"
    ENDEAVOUR = "endeavour"  # "shall endeavour": a duty to make efforts (scored like mandatory_qualified)
    CONSIDER = "consider"  # "shall consider", "shall seek to"
    OPTIONAL = "optional"  # "may"
    GOOD_PRACTICE = "good_practice"  # not an obligation: recommended practice
    SAVING_CLAUSE = "saving_clause"  # "nothing in this Protocol shall affect ...": no obligation, not scored

    @property
    def scored(self) -> bool:
        """False for a saving clause: guidance only, never a gap and never in a score."""
        return self is not Obligation.SAVING_CLAUSE


class Pillar(StrEnum):
    """The five pillars of the 2010 Crime Congress working paper (A/CONF.213/7)."""

    PROSECUTION = "prosecution"
    PROTECTION = "protection"
    PREVENTION = "prevention"
    NATIONAL_COORDINATION = "national_coordination"
    INTERNATIONAL_COOPERATION = "international_cooperation"


PILLAR_LABELS: dict[Pillar, str] = {
    Pillar.PROSECUTION: "Prosecution",
    Pillar.PROTECTION: "Protection",
    Pillar.PREVENTION: "Prevention",
    Pillar.NATIONAL_COORDINATION: "National coordination and cooperation",
    Pillar.INTERNATIONAL_COOPERATION: "International cooperation and coordination",
}


class Section(StrEnum):
    """The checklist sections an assessor walks through."""

    CRIMINALIZATION = "criminalization"
    JURISDICTION_PROCEDURE = "jurisdiction_procedure"
    VICTIM_PROTECTION = "victim_protection"
    PREVENTION = "prevention"
    NATIONAL_COORDINATION = "national_coordination"
    INTERNATIONAL_COOPERATION = "international_cooperation"


SECTION_LABELS: dict[Section, str] = {
    Section.CRIMINALIZATION: "Criminalization",
    Section.JURISDICTION_PROCEDURE: "Jurisdiction and procedure",
    Section.VICTIM_PROTECTION: "Victim protection",
    Section.PREVENTION: "Prevention",
    Section.NATIONAL_COORDINATION: "National coordination",
    Section.INTERNATIONAL_COOPERATION: "International cooperation",
}


class Scope(StrEnum):
    """Where in the law evidence for an element counts, as a legal assessor reads it."""

    ANY = "any"  # anywhere in the body of legislation
    TRAFFICKING_OFFENCE = "trafficking_offence"  # the trafficking offence and the definitions it uses
    SMUGGLING_OFFENCE = "smuggling_offence"  # the smuggling offence and the definitions it uses
    CRIMINAL_OFFENCE = "criminal_offence"  # any offence-creating or penalty provision


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class LanguageLexicon(_Strict):
    """Terms for one language. A term is a word or phrase as statutes word it.

    Matching normalises case, accents and inflection, so list the base forms a drafter
    uses; a trailing `*` marks a word stem (`recruit*`). `exclude` lists phrases that
    contain a term but do not mean the element ("entry into force" for force).
    """

    terms: list[NonEmpty] = Field(min_length=1)
    exclude: list[NonEmpty] = Field(default_factory=list)

    @field_validator("terms", "exclude")
    @classmethod
    def _no_duplicates(cls, value: list[str]) -> list[str]:
        seen: set[str] = set()
        for term in value:
            key = term.casefold()
            if key in seen:
                raise ValueError(f"term {term!r} is listed twice")
            seen.add(key)
        return value


def _check_language(code: str) -> str:
    if not LANGUAGE.match(code):
        raise ValueError(f"language {code!r} is not a two-letter ISO 639-1 code")
    return code


LanguageCode = Annotated[str, AfterValidator(_check_language)]
# Terms per language code: {"en": {...}, "fr": {...}, "es": {...}}.
Lexicon = dict[LanguageCode, LanguageLexicon]


class ElementModel(_Strict):
    """A detectable part of a requirement (or the requirement itself)."""

    id: NonEmpty
    name: NonEmpty
    test: NonEmpty
    scope: Scope = Scope.ANY
    lexicon: Lexicon = Field(min_length=1)


class RecommendedAction(_Strict):
    """What to do about a gap, and where the UNODC Model Law words it."""

    text: NonEmpty
    model_law: str | None = None


class Guidance(_Strict):
    """For the assessor: what satisfies the requirement and where assessments go wrong."""

    satisfies: NonEmpty
    pitfalls: list[NonEmpty] = Field(default_factory=list)


def _belongs(element_id: str, owner: str) -> bool:
    """True when the element id is `owner` itself or `owner.<group>[.<name>]`."""
    if element_id == owner:
        return True
    return element_id.startswith(owner) and bool(ELEMENT_SUFFIX.match(element_id[len(owner):]))


class RequirementModel(_Strict):
    """One obligation (or good practice) an assessor tests a law against."""

    id: NonEmpty
    article: NonEmpty
    paragraphs: list[NonEmpty] = Field(default_factory=list)
    reference: NonEmpty
    title: NonEmpty
    text: NonEmpty
    source: str | None = None
    obligation: Obligation
    # Why the level differs from the one the verb table gives (docs/checklists.md, "Obligation levels").
    level_exception: str | None = None
    # The bundled requirement this one was split from (checklists/review/aliases.yaml maps the old id):
    # its element may keep the old element id, which answer keys and the report contract use.
    split_from: str | None = None
    pillars: list[Pillar] = Field(min_length=1)
    section: Section
    guidance: Guidance
    questions: list[NonEmpty] = Field(min_length=1)
    recommended_action: RecommendedAction
    elements: list[ElementModel] = Field(default_factory=list)
    lexicon: Lexicon | None = None

    @field_validator("id")
    @classmethod
    def _id_shape(cls, value: str) -> str:
        if not REQUIREMENT_ID.match(value):
            raise ValueError(
                f"requirement id {value!r} is not of the form INSTRUMENT-article[-paragraph]..."
                " (e.g. TIP-5-2-a) or INSTRUMENT.name (e.g. GP.non_punishment)"
            )
        return value

    @field_validator("pillars")
    @classmethod
    def _unique_pillars(cls, value: list[Pillar]) -> list[Pillar]:
        if len(set(value)) != len(value):
            raise ValueError("a pillar is listed twice")
        return value

    @model_validator(mode="after")
    def _elements_belong(self) -> RequirementModel:
        for element in self.elements:
            if any(_belongs(element.id, owner) for owner in (self.id, self.split_from) if owner):
                continue
            kept = f" (or {self.split_from!r}, the id it was split from)" if self.split_from else ""
            raise ValueError(
                f"element id {element.id!r} must be the requirement id {self.id!r}{kept} or {self.id}.<group>[.<name>]"
            )
        return self


class RedFlagModel(_Strict):
    """A pattern in national law that contradicts the instruments."""

    id: NonEmpty
    title: NonEmpty
    test: NonEmpty
    explanation: NonEmpty
    contrary_to: list[NonEmpty] = Field(min_length=1)
    pillars: list[Pillar] = Field(min_length=1)
    recommended_action: RecommendedAction
    scope: Scope = Scope.ANY
    lexicon: Lexicon = Field(min_length=1)

    @field_validator("id")
    @classmethod
    def _id_shape(cls, value: str) -> str:
        if not RED_FLAG_ID.match(value):
            raise ValueError(f"red flag id {value!r} is not of the form RF.name")
        return value


class InstrumentModel(_Strict):
    """The instrument a checklist file derives from."""

    id: NonEmpty
    title: NonEmpty
    short_title: NonEmpty
    citation: NonEmpty
    authentic_text: str | None = None
    description: str | None = None

    @field_validator("id")
    @classmethod
    def _id_shape(cls, value: str) -> str:
        if not INSTRUMENT_ID.match(value):
            raise ValueError(f"instrument id {value!r} must be upper-case letters/digits (e.g. TIP)")
        return value


class ChecklistFile(_Strict):
    """A whole checklist YAML file."""

    schema_: str = Field(alias="schema")
    instrument: InstrumentModel
    requirements: list[RequirementModel] = Field(min_length=1)
    red_flags: list[RedFlagModel] = Field(default_factory=list)

    @field_validator("schema_")
    @classmethod
    def _schema_known(cls, value: str) -> str:
        if value != SCHEMA_ID:
            raise ValueError(f"unknown schema {value!r}; this version reads {SCHEMA_ID!r}")
        return value
