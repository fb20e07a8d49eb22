"""The Review page: walk the requirements, see the machine's proposal, decide; every decision saved at once.

The place in the walk lives in the URL (`?assessment=...&requirement=...`), the decisions in
SQLite: a refresh, a second tab or a restart shows exactly what was saved. Every requirement in
scope can be decided from the start, before any pre-assessment.

Two people deciding the same requirement: a save is based on the version the form was drawn
from, so a save after someone else's is refused. The form then keeps the person's draft exactly
as typed, and the page sets the saved decision and the draft side by side; only the person
chooses: "Keep mine" (saved over the version shown, recorded in the history as an overwrite) or
"Take theirs". Saving the form again is refused again: no path stores one person's status with
another's rationale.

Saves, restores and those two choices run as button callbacks, before the page is drawn, so the
page a person sees after clicking (progress, "decided by", history) is what SQLite now holds.

Double coding (docs/double-coding.md): for one of the two coders, the page draws the assessment as
that coder sees it (`Store.coded_view`): the machine's proposal and their own decisions only, never the
other coder's nor the final decision until both have decided a requirement. Save goes through
`store.decide` as for anyone (the store keeps a coder's decision as their own coding, with its own
version); the history shows their own codings, without "Restore".
"""

from __future__ import annotations

from datetime import UTC, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import streamlit as st

from assessor.assessment import Assessment, Decision, Finding, now
from assessor.assessment_schema import decision_changes
from assessor.catalog import Catalog, Requirement
from assessor.checklist_schema import Obligation
from assessor.errors import AssessorError, ConflictError
from assessor.labels import LEVEL_LABELS, PILLAR_LABELS, SECTION_LABELS, STATUS_LABELS, local_time, source_label
from assessor.preassessment import ElementStatus, RequirementStatus
from assessor.review_clusters import cluster_catalog
from assessor.scoring import article_key
from assessor.store import OVERWRITE
from assessor.store_coding import coder_of
from assessor.ui.common import (
    badge,
    checklist_catalog,
    current_assessment,
    red_flags,
    review_cluster,
    store,
)
from assessor.ui.safe import plain, quote

FILTERS = ["not yet decided", "gaps", "mandatory only", "red flag raised", "evidence changed since decided"]
# The decision form's fields, in the order the form and the conflict panel show them.
FIELDS: dict[str, str] = {
    "status": "Decision",
    "rationale": "Rationale",
    "provisions": "Provisions cited (comma-separated)",
    "notes": "Notes",
    "examples": "Examples of implementation",
    "challenges": "Challenges",
    "assistance": "Technical assistance needed",
}
# Evidence longer than this (characters of quoted law) is folded, so the form is not pushed down.
EVIDENCE_OPEN_UP_TO = 600


# --------------------------------------------------------------------------- session keys (UI state only)
# Drafts and the place in the walk are the browser's working state; every decision is in SQLite.

def _base_key(assessment_id: str, requirement_id: str) -> str:
    return f"review_base:{assessment_id}:{requirement_id}"


def _conflict_key(assessment_id: str, requirement_id: str) -> str:
    return f"review_conflict:{assessment_id}:{requirement_id}"


def _draft_key(assessment_id: str, requirement_id: str, base: int, field: str) -> str:
    # The version is part of the key: a new base (after a save, "take theirs", a restore) draws fresh
    # widgets from the record, while the same base keeps what the person typed across reruns.
    return f"review_draft:{assessment_id}:{requirement_id}:v{base}:{field}"


# The outcome of the last click, shown once where the person clicked: under the title for the conflict
# panel's buttons, under the form for Save and Restore.
FLASH_TOP = "review_flash_top"
FLASH_FORM = "review_flash_form"
NAME_INPUT = "review_name"


def _name() -> str:
    """Who is deciding: the sidebar's name (or `&by=` in the URL); "" when none was given."""
    return str(st.session_state.get("user_name") or st.query_params.get("by") or "").strip()


def _zone() -> tzinfo:
    """The reader's time zone (the browser's); UTC when the browser does not say."""
    try:
        name = st.context.timezone
    except AttributeError:
        name = None
    try:
        return ZoneInfo(name) if name else UTC
    except (ZoneInfoNotFoundError, ValueError):
        return UTC


def _when(stamp: str) -> str:
    return local_time(stamp, _zone())


# --------------------------------------------------------------------------- the walk

def _flagged(assessment: Assessment, catalog: Catalog) -> dict[str, list[tuple]]:
    """Requirement id -> the red flags raised against it (a flag names the requirements it runs contrary to)."""
    raised = {flag[0]: flag for flag in red_flags(assessment)}
    flagged: dict[str, list[tuple]] = {}
    for flag in catalog.red_flags:
        if flag.id in raised:
            for requirement_id in flag.contrary_to:
                flagged.setdefault(requirement_id, []).append(raised[flag.id])
    return flagged


def _walk(assessment: Assessment, catalog: Catalog, pillars: list, sections: list, filters: list,
          flagged: dict[str, list[tuple]]) -> list[Requirement]:
    """The requirements to review, in checklist order, after the filters."""
    chosen = []
    for requirement in assessment.in_scope(catalog).requirements:
        finding = assessment.finding(requirement.id)
        if pillars and not set(pillars) & set(requirement.pillars):
            continue
        if sections and requirement.section not in sections:
            continue
        if "not yet decided" in filters and finding.decided:
            continue
        if "gaps" in filters and finding.status not in {RequirementStatus.NOT_MET, RequirementStatus.PARTIALLY_MET}:
            continue
        if "mandatory only" in filters and requirement.obligation not in {Obligation.MANDATORY,
                                                                           Obligation.MANDATORY_QUALIFIED,
                                                                           Obligation.ENDEAVOUR}:
            continue
        if "red flag raised" in filters and requirement.id not in flagged:
            continue
        if "evidence changed since decided" in filters and not finding.needs_review:
            continue
        chosen.append(requirement)
    return chosen


def inferred_first(assessment: Assessment, walk: list[Requirement]) -> list[Requirement]:
    """The walk with the requirements whose machine proposal rests on inference first, each part in order.

    An inference (a functional reading, an equivalence) is where the machine is most likely wrong, so an
    assessor with little time checks those before the proposals that quote the law's own words.
    """
    return sorted(walk, key=lambda r: not assessment.finding(r.id).inferred)


def _coding(assessment: Assessment) -> tuple[Assessment, str | None]:
    """The assessment as this person sees it, and the other coder's name when they are one of its two coders."""
    coders = store().coders(assessment.id)
    me = coder_of(coders, _name())
    if me is None:
        return assessment, None
    other = coders[1] if coders[0] == me else coders[0]
    try:
        return store().coded_view(assessment.id, me), other
    except AssessorError as exc:
        st.error(exc.message)
        return assessment, other


def render() -> None:
    """Draw the page."""
    st.title("Review")
    assessment = current_assessment("Open an assessment first (Assessments page).")
    if assessment is None:
        return
    assessment, other = _coding(assessment)
    # Over every requirement in scope, read after any save of this click (saves run before the page).
    decided, total = assessment.progress(checklist_catalog())
    st.write(f"**{plain(assessment.jurisdiction)} - {plain(assessment.title)}** · {decided} of {total} decided"
             + (" by you" if other is not None else ""))
    if other is not None:
        st.info(f"Double coding: your decisions are independent of {plain(other)}'s until you have both decided a "
                "requirement.")
    # A review cluster narrows the whole walk (articles, filters, red flags) to its articles.
    cluster = review_cluster("review_cluster")
    catalog = cluster_catalog(checklist_catalog(), cluster)
    col1, col2, col3, col4 = st.columns(4)
    pillars = col1.multiselect("Pillar", list(PILLAR_LABELS), format_func=PILLAR_LABELS.get, key="review_pillars")
    sections = col2.multiselect("Section", list(SECTION_LABELS), format_func=SECTION_LABELS.get,
                                key="review_sections")
    in_scope = assessment.in_scope(catalog).requirements
    articles = col3.multiselect("Article", list(dict.fromkeys(article_key(r) for r in in_scope)),
                                key="review_articles")
    filters = col4.multiselect("Show", FILTERS, key="review_show")
    first = st.toggle("Inferred first", value=True, key="review_inferred_first",
                      help="List the requirements whose machine proposal rests on inference before the others.")
    flagged = _flagged(assessment, catalog)
    walk = [r for r in _walk(assessment, catalog, pillars, sections, filters, flagged)
            if not articles or article_key(r) in articles]
    if first:
        walk = inferred_first(assessment, walk)
    if not walk:
        st.info("No requirement matches these filters." if (pillars or sections or articles or filters or cluster)
                else "No requirement is in scope of this assessment.")
        return
    ids = [r.id for r in walk]
    # The sidebar drops `&requirement=` when the person goes to another page: the one they left is
    # remembered for this assessment, so coming back to Review returns to it.
    remembered = f"review_requirement:{assessment.id}"
    # The picker has a key of its own: a keyless one changes identity with its index, and the pick
    # made on the old identity was lost (every other pick went nowhere). The person's pick comes
    # first, then the URL (a bookmark, a refresh), then the requirement left.
    picker = f"review_picker:{assessment.id}"
    current = st.session_state.get(picker)
    if current not in ids:
        current = st.query_params.get("requirement") or st.session_state.get(remembered)
    index = ids.index(current) if current in ids else 0
    nav1, nav2, nav3 = st.columns([1, 4, 1])
    if nav1.button("◀ Previous", disabled=index == 0):
        index -= 1
    if nav3.button("Next ▶", disabled=index == len(ids) - 1):
        index += 1
    st.session_state[picker] = ids[index]  # before the picker is drawn, so it shows this one
    nav2.selectbox("Requirement", ids, key=picker,
                   format_func=lambda i: f"{i} · {catalog.requirement(i).title}"
                   + (" · inferred" if assessment.finding(i).inferred else ""),
                   label_visibility="collapsed")
    if st.query_params.get("requirement") != ids[index]:
        st.query_params["requirement"] = ids[index]
    st.session_state[remembered] = ids[index]
    st.caption(f"{index + 1} of {len(ids)}")
    _requirement(assessment, catalog.requirement(ids[index]), flagged.get(ids[index], []), other)


# --------------------------------------------------------------------------- one requirement

def _requirement(assessment: Assessment, requirement: Requirement, flags: list[tuple],
                 other: str | None = None) -> None:
    finding = assessment.finding(requirement.id)
    st.subheader(f"{requirement.reference}: {requirement.title}")
    pillars = ", ".join(PILLAR_LABELS[p] for p in requirement.pillars)
    st.markdown(f"**{LEVEL_LABELS[requirement.obligation]}** · {pillars} · {SECTION_LABELS[requirement.section]}")
    _flash(FLASH_TOP)
    conflict = st.session_state.get(_conflict_key(assessment.id, requirement.id))
    if conflict is not None:
        _conflict_panel(assessment, requirement, finding, conflict)
    # The evidence beside the form, not above it: the form is on screen whatever the evidence's length.
    left, right = st.columns([3, 2], gap="large")
    with left:
        _evidence(requirement, finding, flags, {f.id: f.title for f in checklist_catalog().red_flags})
    with right:
        _decision_form(assessment, requirement, finding, conflict)
        if other is None:
            _history(assessment, requirement, finding)
        else:
            _both_decided(assessment, requirement, other)
            _own_history(assessment, requirement, finding)


def _evidence(requirement: Requirement, finding: Finding, flags: list[tuple], titles: dict[str, str]) -> None:
    st.markdown(quote(requirement.text))
    with st.expander("Guidance and questions"):
        st.markdown(plain(requirement.guidance))
        for pitfall in requirement.pitfalls:
            st.markdown("- " + plain(pitfall))
        for question in requirement.questions:
            st.markdown("**Q.** " + plain(question))
        st.markdown("**Recommended action:** " + plain(requirement.action)
                    + (f" ({plain(requirement.model_law)})" if requirement.model_law else ""))
    if finding.needs_review:
        st.warning("The evidence changed since this was decided: look again.")
    if flags:
        st.markdown(badge("red flag", f"{len(flags)} raised against this requirement"))
    if not finding.evidence_digest and not finding.elements:
        st.markdown(f"**The machine proposes:** {badge(RequirementStatus.NOT_ASSESSED)} (no pre-assessment has "
                    "run on this requirement: decide it from the law itself)")
    else:
        st.markdown(f"**The machine proposes:** {badge(finding.machine_status)}"
                    + (f" {badge('inferred')} (an element is read, not quoted: check the reasoning)"
                       if finding.inferred else ""))
    if finding.elements:
        found = sum(1 for v in finding.elements if v.status == ElementStatus.FOUND)  # == : see ElementView.inferred
        quoted = sum(len(v.quote) for v in finding.elements)
        names = {e.id: e.name for e in requirement.elements}
        with st.expander(f"Evidence: {found} of {len(finding.elements)} elements found",
                         expanded=quoted <= EVIDENCE_OPEN_UP_TO):
            for view in finding.elements:
                name = plain(names.get(view.element_id) or view.element_id.split(".")[-1].replace("_", " "))
                where = plain(", ".join(view.provisions))
                kind = "found" if view.status == ElementStatus.FOUND else "missing"
                # The rule is the engine's reasoning ("functional: the offence requires no means"): shown as text.
                inferred = f"{badge('inferred')} " if view.inferred else ""
                st.markdown(f"{badge(kind)} {name}" + (f" — {where} · {inferred}*{plain(view.rule)}*"
                                                       if view.provisions else ""))
                if view.quote:
                    # The quote is escaped first; only the matched words are then marked, inside the escaped text.
                    st.markdown(quote(view.quote, view.matched))
    if finding.candidates:
        st.markdown("**Candidate provisions:** " + plain(", ".join(finding.candidates)))
    for flag_id, provisions, flag_quote, explanation in flags:
        # Named by its title, not its id; the quote is law text, escaped.
        title = titles.get(flag_id, flag_id)
        st.warning(f"{badge('red flag')} **{plain(title)}** ({plain(', '.join(provisions))}): "
                   f"“{plain(flag_quote)}” — {plain(explanation)}", icon="🚩")


def _flash(slot: str) -> None:
    """The outcome of the last click (set by a callback), shown once."""
    shown = st.session_state.pop(slot, None)
    if shown is None:
        return
    kind, text = shown
    {"success": st.success, "warning": st.warning, "error": st.error, "info": st.info}[kind](text)


# --------------------------------------------------------------------------- the decision form

def _draft(assessment_id: str, requirement_id: str, base: int) -> dict[str, Any]:
    """The form's values exactly as typed (read from the widgets' state, in a callback)."""
    return {field: st.session_state.get(_draft_key(assessment_id, requirement_id, base, field))
            for field in FIELDS}


def _decision(draft: dict[str, Any]) -> Decision:
    provisions = str(draft.get("provisions") or "")
    return Decision(RequirementStatus(draft["status"]), str(draft.get("rationale") or "").strip(),
                    tuple(p.strip() for p in provisions.split(",") if p.strip()),
                    str(draft.get("notes") or "").strip(), str(draft.get("assistance") or "").strip(),
                    "", now(), examples=str(draft.get("examples") or "").strip(),
                    challenges=str(draft.get("challenges") or "").strip())


def _form_values(finding: Finding) -> dict[str, Any]:
    """What the form shows when drawn from the record: the decision, else the machine's proposal."""
    decision = finding.decision
    if decision is None:
        return {"status": finding.machine_status, "rationale": "", "provisions": "", "notes": "", "examples": "",
                "challenges": "", "assistance": ""}
    return {"status": decision.status, "rationale": decision.rationale, "provisions": ", ".join(decision.provisions),
            "notes": decision.notes, "examples": decision.examples, "challenges": decision.challenges,
            "assistance": decision.assistance}


def _who() -> str | None:
    """The name to record, taken from the form's name box if the person just gave one; None when none."""
    name = _name()
    if name:
        return name
    typed = str(st.session_state.get(NAME_INPUT) or "").strip()
    if not typed:
        return None
    # Kept like the sidebar's name: for the session, and in the URL (`&by=`) for a refresh or a bookmark.
    st.session_state["user_name"] = typed
    st.query_params["by"] = typed
    return typed


def _on_save(assessment_id: str, requirement_id: str, base: int) -> None:
    """Save the form against the version it was drawn from; on a conflict keep the draft for the panel."""
    draft = _draft(assessment_id, requirement_id, base)
    who = _who()
    if who is None:
        st.session_state[FLASH_FORM] = ("warning", "Enter your name first (it is recorded with the decision); "
                                                   "your draft is kept, then save again.")
        return
    try:
        saved = store().decide(assessment_id, requirement_id, _decision(draft), expected_version=base, by=who)
    except ConflictError as exc:
        current: Finding = exc.current  # type: ignore[assignment]
        st.session_state[_conflict_key(assessment_id, requirement_id)] = {"draft": draft, "base": base,
                                                                         "theirs": current.version}
        theirs = (f" ({STATUS_LABELS[current.decision.status]}: '{plain(_shorten(current.decision.rationale))}')"
                  if current.decision is not None else "")
        st.session_state[FLASH_FORM] = ("error", f"Your change was not saved: changed by {_changed_by(current)}, "
                                                 f"after you opened it{theirs}. That decision and your draft are side "
                                                 "by side under the requirement's title: keep yours or take theirs.")
    except AssessorError as exc:
        st.session_state[FLASH_FORM] = ("error", exc.message)
    else:
        st.session_state.pop(_conflict_key(assessment_id, requirement_id), None)
        st.session_state[_base_key(assessment_id, requirement_id)] = saved.version
        st.session_state[FLASH_FORM] = ("success", f"Saved: {STATUS_LABELS[saved.status]} "
                                                   f"(version {saved.version}).")


def _decision_form(assessment: Assessment, requirement: Requirement, finding: Finding,
                   conflict: dict[str, Any] | None) -> None:
    aid, rid = assessment.id, requirement.id
    # The version this form's draft is based on: a save is based on it, so a change made meanwhile in
    # another tab or by another person is refused rather than overwritten. A form drawn afresh (first
    # visit, coming back) starts from the version saved now; while a conflict waits for the person's
    # choice, from their refused draft and its version, even after a walk to another requirement and back.
    if conflict is not None:
        base, values = conflict["base"], conflict["draft"]
    else:
        base = st.session_state.get(_base_key(aid, rid))
        if base is None or _draft_key(aid, rid, base, "status") not in st.session_state:
            base = finding.version
            st.session_state[_base_key(aid, rid)] = base
        if base != finding.version:
            st.warning(f"Changed by {_changed_by(finding)} since you opened it: saving will show both versions, "
                       "for you to choose.")
        values = _form_values(finding)
    key = lambda field: _draft_key(aid, rid, base, field)  # noqa: E731 - a short local alias
    with st.form(f"decide-{rid}"):
        if conflict is not None:
            st.caption("Your draft, as you typed it (not saved).")
        options = list(STATUS_LABELS)
        st.radio(FIELDS["status"], options, horizontal=True, format_func=STATUS_LABELS.get,
                 index=options.index(values["status"]), key=key("status"))
        st.text_area(FIELDS["rationale"], value=values["rationale"], key=key("rationale"))
        st.text_input(FIELDS["provisions"], value=values["provisions"], key=key("provisions"))
        st.text_area(FIELDS["notes"], value=values["notes"], key=key("notes"))
        # The review mechanism's questionnaire asks for these beside the answer and the measures.
        st.text_area(FIELDS["examples"], value=values["examples"], key=key("examples"),
                     help="Cases, prosecutions, convictions, statistics that show the provision applied.")
        st.text_area(FIELDS["challenges"], value=values["challenges"], key=key("challenges"),
                     help="Difficulties met in implementing the provision.")
        st.text_input(FIELDS["assistance"], value=values["assistance"], key=key("assistance"))
        if not _name():
            # Decisions carry a name in the history: asked here, before the first save, not made up.
            st.text_input("Your name, recorded with this decision", key=NAME_INPUT,
                          help="Or enter it once in the sidebar.")
        st.form_submit_button("Save decision", type="primary", on_click=_on_save, args=(aid, rid, base))
    _flash(FLASH_FORM)
    if finding.decision is not None:
        st.caption(f"Decided by {plain(finding.decision.by)} at {_when(finding.decision.at)}: "
                   f"{STATUS_LABELS[finding.decision.status]} (version {finding.version}).")


def _changed_by(finding: Finding) -> str:
    if finding.decision is not None:
        return f"{plain(finding.decision.by)} at {_when(finding.decision.at)}"
    return "a re-assessment or another person"


# --------------------------------------------------------------------------- a conflict

def _on_keep_mine(assessment_id: str, requirement_id: str) -> None:
    """Save the draft over the version the panel showed (a conscious overwrite, recorded as one)."""
    key = _conflict_key(assessment_id, requirement_id)
    conflict = st.session_state.get(key)
    if conflict is None:
        return
    who = _who()
    if who is None:
        st.session_state[FLASH_TOP] = ("warning", "Enter your name first (it is recorded with the decision).")
        return
    try:
        saved = store().decide(assessment_id, requirement_id, _decision(conflict["draft"]),
                               expected_version=conflict["theirs"], by=who, overwrite=True)
    except ConflictError as exc:
        # A third save meanwhile: the panel shows that one now; nothing was written.
        conflict["theirs"] = exc.current.version  # type: ignore[attr-defined]
        st.session_state[FLASH_TOP] = ("error", "Your change was not saved: it changed again meanwhile. The "
                                                "newer decision is shown beside your draft; choose again.")
    except AssessorError as exc:
        st.session_state[FLASH_TOP] = ("error", exc.message)
    else:
        del st.session_state[key]
        st.session_state[_base_key(assessment_id, requirement_id)] = saved.version
        st.session_state[FLASH_TOP] = ("success", f"Saved your decision over the other one: "
                                                  f"{STATUS_LABELS[saved.status]} (version {saved.version}); the "
                                                  "history keeps both.")


def _on_take_theirs(assessment_id: str, requirement_id: str) -> None:
    """Drop the draft: the form is drawn again from the saved decision."""
    st.session_state.pop(_conflict_key(assessment_id, requirement_id), None)
    st.session_state.pop(_base_key(assessment_id, requirement_id), None)
    st.session_state[FLASH_TOP] = ("info", "Took the saved decision; your draft was discarded.")


def _conflict_panel(assessment: Assessment, requirement: Requirement, finding: Finding,
                    conflict: dict[str, Any]) -> None:
    """The saved decision and the person's draft side by side, with the two choices."""
    if finding.version != conflict["theirs"]:
        # Changed again since the refusal: compare with what is saved now (Keep mine is based on it).
        conflict["theirs"] = finding.version
    st.markdown("#### Two decisions for this requirement")
    theirs, mine = st.columns(2, border=True)
    with theirs:
        decision = finding.decision
        if decision is None:
            st.markdown(f"**Saved (version {finding.version}): no decision**")
            st.markdown(f"The machine proposes {badge(finding.machine_status)}.")
        else:
            st.markdown(f"**Saved by {plain(decision.by)}** at {_when(decision.at)} (version {finding.version})")
            _fields(_form_values(finding))
    with mine:
        st.markdown(f"**Your draft** ({plain(_name() or 'no name yet')}, not saved)")
        _fields(conflict["draft"])
    keep, take = st.columns(2)
    keep.button("Keep mine", type="primary", key=f"keep-mine-{requirement.id}", on_click=_on_keep_mine,
                args=(assessment.id, requirement.id),
                help="Save your draft over the decision shown; the history keeps both.")
    take.button("Take theirs", key=f"take-theirs-{requirement.id}", on_click=_on_take_theirs,
                args=(assessment.id, requirement.id), help="Discard your draft and keep the saved decision.")


def _fields(values: dict[str, Any]) -> None:
    """Every field of a decision, one line each; the person's words as text (never Markdown or HTML)."""
    status = values.get("status")
    shown = [f"**{FIELDS['status']}:** " + (badge(status) if status else "—")]
    for field, title in FIELDS.items():
        if field != "status":
            text = str(values.get(field) or "")
            shown.append(f"**{title.split(' (')[0]}:** " + (plain(text) if text.strip() else "—"))
    st.markdown("  \n".join(shown))


def _shorten(text: str, limit: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --------------------------------------------------------------------------- history

def _on_restore(assessment_id: str, requirement_id: str, entry_id: int) -> None:
    who = _who()
    if who is None:
        st.session_state[FLASH_FORM] = ("warning", "Enter your name first (it is recorded with the restore).")
        return
    finding = store().get(assessment_id).finding(requirement_id)
    try:
        restored = store().restore(assessment_id, requirement_id, entry_id, expected_version=finding.version, by=who)
    except AssessorError as exc:
        st.session_state[FLASH_FORM] = ("error", exc.message)
    else:
        # The form is drawn again from the restored decision.
        st.session_state[_base_key(assessment_id, requirement_id)] = restored.version
        st.session_state[FLASH_FORM] = ("success", f"Restored the decision of #{entry_id} "
                                                   f"(version {restored.version}).")


def _both_decided(assessment: Assessment, requirement: Requirement, other: str) -> None:
    """For a coder: the other coder's decision and the final one, once both have decided this requirement."""
    me = _name()
    codings = [c for c in store().codings(assessment.id, as_user=me) if c.requirement_id == requirement.id]
    theirs = next((c for c in codings if c.coder == other and c.decision is not None), None)
    if theirs is None:
        return  # not decided by both: nothing of the other coder's is shown
    final = store().get(assessment.id).finding(requirement.id).decision
    with st.expander(f"Both decided: {other}'s decision and the final one"):
        st.markdown(f"**{plain(other)}:** {badge(theirs.decision.status)} — "  # type: ignore[union-attr]
                    + (plain(theirs.decision.rationale) or "no rationale"))  # type: ignore[union-attr]
        if final is None:
            st.markdown("**Final decision:** not settled yet (a reviewer reconciles it on the Reconcile page).")
        else:
            st.markdown(f"**Final decision:** {badge(final.status)} (by {plain(final.by)})")


def _own_history(assessment: Assessment, requirement: Requirement, finding: Finding) -> None:
    """A coder's own decisions on this requirement, newest first (no restore: a coding is saved anew)."""
    if finding.version == 0:
        return
    me = coder_of(store().coders(assessment.id), _name())
    entries = [e for e in store().history(assessment.id, requirement.id) if e.field == "coding" and e.by == me]
    if not entries:
        return
    with st.expander(f"Your history ({len(entries)})"):
        for entry in entries:
            new = entry.new or {}
            shown = STATUS_LABELS.get(RequirementStatus(new["status"]), new["status"]) if new else "withdrawn"
            st.markdown(plain(f"#{entry.id} · {_when(entry.at)} · {_source(entry.source)}: {shown}"
                              + (f" — {new.get('rationale', '')}" if new else "")))


def _source(source: str) -> str:
    """A history source in words: "app: overwrite of version 3" -> "In the app, over version 3"."""
    where, _, overwrite = source.partition(f": {OVERWRITE} ")
    shown = source_label(where)
    return f"{shown}, kept over version {overwrite}" if overwrite else shown


def _history(assessment: Assessment, requirement: Requirement, finding: Finding) -> None:
    if finding.version == 0 and finding.decision is None:
        return  # nothing recorded yet: no need to ask the database
    entries = [e for e in store().history(assessment.id, requirement.id) if e.field == "decision"]
    if not entries:
        return
    with st.expander(f"History ({len(entries)})"):
        for entry in entries:
            new = entry.new or {}
            shown = STATUS_LABELS.get(RequirementStatus(new["status"]), new["status"]) if new else "cleared"
            changed = decision_changes(entry.old, entry.new)
            st.markdown(plain(f"#{entry.id} · {_when(entry.at)} · {entry.by} · {_source(entry.source)}: {shown}"
                              + (f" — {new.get('rationale', '')}" if new else "")
                              + (f" (changed: {', '.join(changed)})" if changed and entry.old else "")))
            st.button("Restore this decision", key=f"restore-{entry.id}", on_click=_on_restore,
                      args=(assessment.id, requirement.id, entry.id))
