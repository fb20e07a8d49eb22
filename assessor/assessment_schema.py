"""The JSON form of an assessment (schema `assessor.assessment/1`): the codec and its strict models.

The `*_json` / `*_value` functions turn the frozen values of `assessor.assessment` into JSON-ready
data and back; the store uses them for its JSON columns and for export.

`assessor.store.Store.export_json` writes this shape and `import_json` reads it back through
these models: strict types (no "1" for 1, no 0 for false), unknown keys refused everywhere
(`extra="forbid"`), statuses checked against their enums. A file that fails is refused whole with
one `AssessmentImportError` naming the place: `findings[3].decision.status: Input should be ...`.
The rest of the package never sees these models: the store turns them into the frozen values of
`assessor.assessment`.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from assessor.assessment import Decision, ElementView, Finding, LawFile
from assessor.errors import AssessmentImportError
from assessor.preassessment import ElementStatus, RequirementStatus
from assessor.roles import Role, identity_key, is_identity

SCHEMA_ID = "assessor.assessment/1"

RequirementStatusValue = Literal["met", "partially_met", "not_met", "not_applicable", "not_assessed"]
ElementStatusValue = Literal["found", "missing"]
# Kept in step with the enums; checked at import time so the two cannot drift apart.
if set(RequirementStatusValue.__args__) != {s.value for s in RequirementStatus} or set(
    ElementStatusValue.__args__
) != {s.value for s in ElementStatus}:
    raise RuntimeError("assessment_schema: the status literals differ from the enums in assessor.preassessment")
RoleValue = Literal["owner", "assessor", "reviewer", "viewer"]
if set(RoleValue.__args__) != {r.value for r in Role}:
    raise RuntimeError("assessment_schema: the role literals differ from assessor.roles.Role")

ASSESSMENT_ID = r"^[A-Za-z0-9_-]{1,64}$"


# --- values <-> JSON ----------------------------------------------------------------------------

def decision_json(decision: Decision | None) -> dict[str, Any] | None:
    if decision is None:
        return None
    return {"status": decision.status.value, "rationale": decision.rationale, "provisions": list(decision.provisions),
            "notes": decision.notes, "assistance": decision.assistance, "examples": decision.examples,
            "challenges": decision.challenges, "by": decision.by, "at": decision.at}


def decision_value(data: dict[str, Any] | None) -> Decision | None:
    if data is None:
        return None
    return Decision(RequirementStatus(data["status"]), data.get("rationale", ""), tuple(data.get("provisions", ())),
                    data.get("notes", ""), data.get("assistance", ""), data.get("by", ""), data.get("at", ""),
                    data.get("examples", ""), data.get("challenges", ""))


def decision_changes(old: dict[str, Any] | None, new: dict[str, Any] | None) -> list[str]:
    """The fields a recorded decision change changed ("status", "examples"...), who and when left out.

    A key missing from an older record counts as empty, so a record made before the examples and
    challenges existed does not show them as changed.
    """
    if old is None and new is None:
        return []
    old, new = old or {}, new or {}
    empty: dict[str, Any] = {"provisions": []}
    keys = [k for k in dict.fromkeys([*old, *new]) if k not in ("by", "at")]
    return [k for k in keys if old.get(k, empty.get(k, "")) != new.get(k, empty.get(k, ""))]


def element_json(view: ElementView) -> dict[str, Any]:
    return {"element_id": view.element_id, "status": view.status.value, "provisions": list(view.provisions),
            "rule": view.rule, "quote": view.quote, "matched": view.matched}


def element_value(data: dict[str, Any]) -> ElementView:
    return ElementView(data["element_id"], ElementStatus(data["status"]), tuple(data.get("provisions", ())),
                       data.get("rule", ""), data.get("quote", ""), data.get("matched", ""))


def finding_json(finding: Finding) -> dict[str, Any]:
    return {"requirement_id": finding.requirement_id, "machine_status": finding.machine_status.value,
            "elements": [element_json(e) for e in finding.elements], "candidates": list(finding.candidates),
            "evidence_digest": finding.evidence_digest, "decision": decision_json(finding.decision),
            "needs_review": finding.needs_review, "version": finding.version}


def finding_value(data: dict[str, Any]) -> Finding:
    return Finding(data["requirement_id"], RequirementStatus(data["machine_status"]),
                   tuple(element_value(e) for e in data["elements"]), tuple(data["candidates"]),
                   data["evidence_digest"], decision_value(data["decision"]), data["needs_review"], data["version"])


def file_json(law_file: LawFile) -> dict[str, Any]:
    return {"name": law_file.name, "sha256": law_file.sha256, "size": law_file.size, "format": law_file.format,
            "language": law_file.language, "provisions": law_file.provisions, "title": law_file.title,
            "version": law_file.version, "added_at": law_file.added_at}


def member_json(member: Any) -> dict[str, Any]:
    """A member (`assessor.store_members.Member`) as the file holds it."""
    return {"identity": member.identity, "role": member.role.value, "added_by": member.added_by,
            "added_at": member.added_at}


def coding_json(requirement_id: str, coder: str, decision: Decision | None, version: int, at: str) -> dict[str, Any]:
    """One coder's own decision on a requirement (a row of `codings`), as the file holds it."""
    return {"requirement_id": requirement_id, "coder": coder, "decision": decision_json(decision),
            "version": version, "at": at}


# --- strict models of an imported file ----------------------------------------------------------

class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class DecisionModel(_Strict):
    status: RequirementStatusValue
    rationale: str = ""
    provisions: list[str] = []
    notes: str = ""
    assistance: str = ""
    examples: str = ""  # examples of implementation; absent in files exported before they were asked
    challenges: str = ""  # absent in older files too
    by: str = ""
    at: str = ""


class ElementModel(_Strict):
    element_id: str = Field(min_length=1)
    status: ElementStatusValue
    provisions: list[str] = []
    rule: str = ""
    quote: str = ""
    matched: str = ""  # the words of the quote that matched (for highlighting); absent in older files


class FindingModel(_Strict):
    requirement_id: str = Field(min_length=1)
    machine_status: RequirementStatusValue
    elements: list[ElementModel] = []
    candidates: list[str] = []
    evidence_digest: str = ""
    decision: DecisionModel | None
    needs_review: bool = False
    version: int = Field(default=0, ge=0)


class LawFileModel(_Strict):
    name: str
    sha256: str
    size: int = Field(default=0, ge=0)
    format: str = ""
    language: str = ""
    provisions: int = Field(default=0, ge=0)
    title: str = ""
    version: str = ""
    added_at: str = ""


class HistoryModel(_Strict):
    id: int = Field(ge=1)
    requirement_id: str = ""
    field: str = Field(min_length=1)
    old: Any = None
    new: Any = None
    by: str
    at: str
    source: str = ""


class MemberModel(_Strict):
    identity: str = Field(min_length=1)
    role: RoleValue
    added_by: str = ""
    added_at: str = ""


class CodingModel(_Strict):
    requirement_id: str = Field(min_length=1)
    coder: str = Field(min_length=1)
    decision: DecisionModel | None
    version: int = Field(default=0, ge=0)
    at: str = ""


class AssessmentHeaderModel(_Strict):
    id: str = Field(pattern=ASSESSMENT_ID)
    jurisdiction: str
    title: str
    date: str
    instruments: list[str]
    created_at: str = ""
    updated_at: str = ""
    created_by: str = ""


class AssessmentFileModel(_Strict):
    schema_id: Literal["assessor.assessment/1"] = Field(alias="schema")
    assessment: AssessmentHeaderModel
    files: list[LawFileModel] = []
    findings: list[FindingModel] = []
    history: list[HistoryModel] = []
    # Roles and double coding; absent from files exported before them (then: open, single-coded).
    members: list[MemberModel] = []
    coders: list[str] = []
    codings: list[CodingModel] = []

    @model_validator(mode="after")
    def _unique_ids(self) -> AssessmentFileModel:
        seen: set[str] = set()
        for finding in self.findings:
            if finding.requirement_id in seen:
                raise ValueError(f"findings: requirement {finding.requirement_id!r} appears twice")
            seen.add(finding.requirement_id)
        ids = [h.id for h in self.history]
        if len(ids) != len(set(ids)):
            raise ValueError("history: two entries have the same id")
        # Identities are one line of text, compared as the store compares them (case and spaces around ignored).
        for place, identity in [*(("members", m.identity) for m in self.members), *(("coders", c) for c in self.coders),
                                *(("codings", c.coder) for c in self.codings)]:
            if not is_identity(identity):
                raise ValueError(f"{place}: {identity!r} is not an identity (one line of text)")
        identities = [identity_key(m.identity) for m in self.members]
        if len(identities) != len(set(identities)):
            raise ValueError("members: the same person appears twice")
        if self.members and not any(m.role == "owner" for m in self.members):
            raise ValueError("members: an assessment with members needs an owner")
        if len(self.coders) != len(set(self.coders)):
            raise ValueError("coders: each coder is named once, with a name")
        pairs = [(c.requirement_id, c.coder) for c in self.codings]
        if len(pairs) != len(set(pairs)):
            raise ValueError("codings: a coder has two decisions on the same requirement")
        return self


def _place(loc: tuple[int | str, ...]) -> str:
    """`findings[3].decision.status` from pydantic's location tuple."""
    parts: list[str] = []
    for key in loc:
        if isinstance(key, int):
            parts.append(f"[{key}]")
        elif str(key).startswith("function-"):
            continue  # pydantic's marker for a validator, not a place in the file
        else:
            parts.append(("." if parts else "") + str(key))
    return "".join(parts)


def _render(error: dict[str, Any]) -> str:
    loc = tuple(error["loc"])
    if error["type"] == "extra_forbidden":
        place = _place(loc[:-1])
        return f"{place + ': ' if place else ''}unknown key {loc[-1]!r}"
    message = error["msg"].removeprefix("Value error, ")
    place = _place(loc)
    return f"{place}: {message}" if place else message


def parse_assessment_file(data: Any, origin: str = "") -> AssessmentFileModel:
    """The validated file, or AssessmentImportError naming the first problem (and how many more)."""
    prefix = f"{origin}: " if origin else ""
    if not isinstance(data, dict):
        raise AssessmentImportError(f"{prefix}an assessment file is a JSON object, not {type(data).__name__}")
    if data.get("schema") != SCHEMA_ID and "schema" in data:
        raise AssessmentImportError(
            f"{prefix}schema: {data.get('schema')!r} is not an assessment file of this version (expected {SCHEMA_ID!r})"
        )
    try:
        model = AssessmentFileModel.model_validate(data)
        # A restore puts back the decision a history entry recorded: it must be a valid one.
        for i, entry in enumerate(model.history):
            if entry.field != "decision":
                continue
            for name in ("old", "new"):
                value = getattr(entry, name)
                if value is not None:
                    try:
                        DecisionModel.model_validate(value)
                    except ValidationError as exc:
                        errors = [{**e, "loc": ("history", i, name, *e["loc"])} for e in exc.errors()]
                        raise _Problems(errors) from None
        return model
    except (ValidationError, _Problems) as exc:
        errors = exc.errors()
        more = f" (and {len(errors) - 1} more problem(s))" if len(errors) > 1 else ""
        raise AssessmentImportError(prefix + _render(errors[0]) + more) from None


class _Problems(Exception):
    """Problems found after the model validated, shaped like pydantic's errors."""

    def __init__(self, errors: list[dict[str, Any]]) -> None:
        super().__init__(errors)
        self._errors = errors

    def errors(self) -> list[dict[str, Any]]:
        return self._errors
