"""The Assessments page: create, open, duplicate and delete assessments; a list with progress and scores; the
members of the open assessment and their roles.

All state is in the record; the open assessment's id lives in the URL (`?assessment=...`),
so a refresh, a second tab or a server restart shows exactly what was saved.

Roles (docs/roles.md) are enforced by the store; this page only shows them. Under sign-in the list holds only
the assessments the signed-in person may read, and an assessment created here has its creator as owner.
Without sign-in, names are typed, every assessment is listed and a new one is open to everyone, as before.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from assessor.assessment import DEFAULT_INSTRUMENTS, Assessment, new_assessment
from assessor.catalog import PILLAR_LABELS, Catalog
from assessor.errors import AssessorError
from assessor.roles import ROLE_LABELS, Role, identity_key, role_summary
from assessor.scoring import FORMULA, Score, assessment_scores, pillar_lines, pillars_only
from assessor.settings import load_settings
from assessor.store import AssessmentSummary, Store
from assessor.ui import common
from assessor.ui.common import checklist_catalog, store, user, when
from assessor.ui.safe import plain

KEPT_SCORES = 5000  # assessments' pillar scores kept between reruns, all databases together
INSTRUMENT_NAMES = {"TIP": "Trafficking in Persons Protocol", "SOM": "Smuggling of Migrants Protocol",
                    "UNTOC": "Organized Crime Convention", "GP": "Good practice"}


_FLASH = "members_flash"  # what the last member change did, shown once after the rerun that redraws the list


def signed_in() -> bool:
    """True when people sign in: then roles hold against people, and reads are filtered by identity."""
    check = getattr(common, "signed_in", None)
    if check is not None:
        return bool(check())
    return getattr(load_settings(), "sign_in", "").strip().casefold() not in ("", "off")


def reader() -> str | None:
    """Who reads, for `Store.list` / `Store.get`: the signed-in identity; None (everything) without sign-in."""
    return user() if signed_in() else None


def render() -> None:
    """Draw the page."""
    st.title("Assessments")
    try:
        the_store = store()
        summaries = the_store.list(as_user=reader())
    except AssessorError as exc:
        st.error(plain(exc.message))
        return
    selected = st.query_params.get("assessment")
    if selected:
        _open(the_store, selected)
        st.divider()
    _create(the_store)
    st.subheader("All assessments")
    if not summaries:
        st.info("No assessment yet. Create one above: jurisdiction, title and the instruments in scope.")
        return
    catalog = checklist_catalog()
    pillars = _pillar_scores(the_store, summaries, catalog)
    rows = []
    for summary in summaries:
        rows.append({"id": summary.id, "jurisdiction": summary.jurisdiction, "title": summary.title,
                     "date": summary.date,
                     "decided": f"{summary.decided}/{len(catalog.for_instruments(summary.instruments).requirements)}",
                     **{PILLAR_LABELS[p]: _percent(pillars[summary.id].get(p.value)) for p in PILLAR_LABELS},
                     "updated": when(summary.updated_at)})
    st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch")
    choice = st.selectbox("Open an assessment", [s.id for s in summaries], index=None,
                          format_func=lambda i: next(f"{s.jurisdiction} - {s.title} ({i})" for s in summaries
                                                     if s.id == i))
    if choice and choice != selected:
        st.query_params["assessment"] = choice
        st.rerun()
    st.caption(f"Scores: {FORMULA}. Grades on the 3P scale: docs/scoring.md.")


@st.cache_resource(show_spinner=False)
def _scores_kept() -> dict[tuple[str, str, int, tuple[str, ...]], dict[str, Score]]:
    # Pillar scores by (database, assessment, last history entry, instruments), shared by the sessions: an assessment's
    # scores change only with it, so a rerun of a list of hundreds reads the database only for what changed.
    return {}


def _pillar_scores(the_store: Store, summaries: list[AssessmentSummary], catalog: Catalog) -> dict[str, dict]:
    """Each listed assessment's pillar scores: one query for those not kept, scored per pillar only (loading and
    fully scoring each of a few hundred assessments took over a second: bench/bench_start_page.py)."""
    kept = _scores_kept()
    keys = {s.id: (the_store.target, s.id, s.last_change, s.instruments) for s in summaries}
    missing = [s for s in summaries if keys[s.id] not in kept]
    if missing:
        statuses = the_store.statuses([s.id for s in missing])
        if len(kept) > KEPT_SCORES:
            kept.clear()  # a bound, not an LRU: the list is re-scored in one query
        for summary in missing:
            kept[keys[summary.id]] = pillars_only(statuses.get(summary.id, {}),
                                                  catalog.for_instruments(summary.instruments))
    return {s.id: kept[keys[s.id]] for s in summaries}


def _percent(score: object) -> str:
    value = getattr(score, "score", None)
    return "-" if value is None else f"{value:.0%}"


def _create(the_store: Store) -> None:
    with st.expander("New assessment", expanded=not the_store.list()):
        with st.form("new_assessment", clear_on_submit=True):
            jurisdiction = st.text_input("Jurisdiction", placeholder="e.g. Republic of Arcadia")
            title = st.text_input("Title", placeholder="e.g. Anti-Trafficking Bill 2024, second draft")
            date = st.date_input("Date the assessment speaks for")
            instruments = st.multiselect("Instruments in scope", list(DEFAULT_INSTRUMENTS),
                                         default=list(DEFAULT_INSTRUMENTS), format_func=INSTRUMENT_NAMES.get,
                                         help="A State may be party to one Protocol only; good practice can be "
                                              "switched off.")
            if st.form_submit_button("Create"):
                if not jurisdiction.strip() or not title.strip() or not instruments:
                    st.error("Give a jurisdiction, a title and at least one instrument.")
                    return
                # Under sign-in the creator owns it (only the members they add see it); without, it is open.
                try:
                    created = the_store.create(new_assessment(jurisdiction, title, date.isoformat(), instruments,
                                                              created_by=user()), by=user(), owner=signed_in())
                except AssessorError as exc:
                    st.error(plain(exc.message))
                    return
                st.query_params["assessment"] = created.id
                st.rerun()


def _open(the_store: Store, assessment_id: str) -> None:
    try:
        assessment = the_store.get(assessment_id, as_user=reader())
    except AssessorError as exc:
        st.error(plain(exc.message))
        return
    st.subheader(f"{plain(assessment.jurisdiction)} - {plain(assessment.title)}")
    decided, total = assessment.progress(checklist_catalog())  # every requirement in scope, found or not
    st.write(plain(f"Date {assessment.date} · {', '.join(INSTRUMENT_NAMES.get(i, i) for i in assessment.instruments)}"
                   f" · {decided} of {total} findings decided · last change {when(assessment.updated_at)}"))
    if total:
        st.progress(decided / total)
    scores = assessment_scores(assessment, checklist_catalog())
    # One score per pillar, its grade beside it, and what the grade counts when it is a subset.
    st.dataframe(pd.DataFrame([
        {"pillar": PILLAR_LABELS[line.pillar], "score": _percent(line.score), "met": line.score.met,
         "partly": line.score.partial, "not met": line.score.not_met,
         "3P grade": "-" if line.grade is None else str(line.grade),  # one type per column (Arrow)
         "how graded": line.reason or "-"}
        for line in pillar_lines(scores)
    ]), hide_index=True, width="stretch")
    st.caption(f"How scores are computed: {FORMULA}.")
    col1, col2 = st.columns(2)
    with col1, st.form("duplicate", clear_on_submit=True):
        new_title = st.text_input("Duplicate as (for the next draft)", value=f"{assessment.title} (copy)")
        if st.form_submit_button("Duplicate"):
            try:
                copy = the_store.duplicate(assessment.id, new_title, by=user())
            except AssessorError as exc:
                st.error(plain(exc.message))
            else:
                st.query_params["assessment"] = copy.id
                st.rerun()
    with col2, st.form("delete"):
        sure = st.checkbox(f"Delete '{assessment.title}' and its history")
        if st.form_submit_button("Delete", type="secondary"):
            if not sure:
                st.warning("Tick the box to confirm the deletion.")
            else:
                try:
                    the_store.delete(assessment.id, by=user())
                except AssessorError as exc:
                    st.error(plain(exc.message))
                else:
                    del st.query_params["assessment"]
                    st.session_state.pop("open_assessment", None)
                    st.rerun()
    _members(the_store, assessment)


def _members(the_store: Store, assessment: Assessment) -> None:
    """The members and their roles; for an owner (or anyone, while there is none) a form to change them."""
    st.subheader("Members")
    flash = st.session_state.pop(_FLASH, None)
    if flash:
        st.success(plain(flash))
    try:
        members = the_store.members(assessment.id)
    except AssessorError as exc:
        st.error(plain(exc.message))
        return
    me = user()
    mine = next((m.role for m in members if identity_key(m.identity) == identity_key(me)), None)
    owners = [m.identity for m in members if m.role is Role.OWNER]
    if members:
        # A data grid: identities are people's text, never Markdown.
        st.dataframe(pd.DataFrame([{"member": m.identity, "role": ROLE_LABELS[m.role], "may": role_summary(m.role),
                                    "added by": m.added_by or "-", "added": when(m.added_at)} for m in members]),
                     hide_index=True, width="stretch")
    else:
        st.info("No members: anyone who reaches the app may read and change this assessment. Add a first member, "
                "an owner, to keep it to the people you name, each in a role.")
    if members and mine is not Role.OWNER:
        yours = f"You ({me}) are {ROLE_LABELS[mine].lower()}." if mine else f"You ({me}) are not a member."
        st.caption(plain(f"{yours} Only an owner can change the members: {', '.join(owners)}."))
        return
    with st.form("member", clear_on_submit=True):
        # The first member is, by default, whoever is adding it (a typed name only if one was typed).
        named = signed_in() or bool(st.session_state.get("user_name"))
        identity = st.text_input("Name or sign-in e-mail", value=me if named and not members else "",
                                 help="Under sign-in, the e-mail address the person signs in with.")
        choices = list(Role) if members else [Role.OWNER]  # the first member is an owner
        role = st.selectbox("Role", choices, format_func=lambda r: f"{ROLE_LABELS[r]}: {role_summary(r)}",
                            help=None if members else "The first member is an owner, who manages the others.")
        if st.form_submit_button("Add or change the role"):
            _change(lambda: the_store.set_member(assessment.id, identity, role, by=me),
                    lambda m: f"{m.identity} is {ROLE_LABELS[m.role].lower()}.")
    if members:
        with st.form("remove_member"):
            gone = st.selectbox("Member to remove", [m.identity for m in members], index=None)
            if st.form_submit_button("Remove") and gone:
                _change(lambda: the_store.remove_member(assessment.id, gone, by=me),
                        lambda m: f"{m.identity} is no longer a member.")


def _change(action, said) -> None:  # noqa: ANN001 - two small callables
    """Run one member change: its message after the redraw, or the store's refusal now."""
    try:
        done = action()
    except AssessorError as exc:
        st.error(plain(exc.message))
        return
    st.session_state[_FLASH] = said(done)
    st.rerun()
