"""Reconcile: a reviewer settles the requirements two coders decided differently (double coding).

The page shows the agreement figures (percent agreement and Cohen's kappa, overall, per pillar, per
instrument; the machine's proposal against the final decisions), then each disagreement waiting for a
reviewer: both decisions and rationales side by side (the people's words as text, never HTML), with
"Take <A>'s", "Take <B>'s" and "Write my own". Each choice saves through `Store.reconcile`, based on the
version of the final decision the page drew: if it changed meanwhile, the choice is refused and the
page says so (nothing is overwritten). Settled requirements are listed with who settled them and from
which decision. An owner starts double coding here (two coders) when the assessment is not double coded.

Every choice runs as a button callback before the page is drawn, so what the page shows after a click
is what the database holds. docs/double-coding.md explains the statistics and the rules.
"""

from __future__ import annotations

import streamlit as st

from assessor.agreement import SMALL_N, AgreementReport, kappa_reading, kappa_text, percent_text, report_rows
from assessor.assessment import Assessment, Decision, now
from assessor.errors import AssessorError, ConflictError
from assessor.labels import STATUS_LABELS
from assessor.preassessment import RequirementStatus
from assessor.store_coding import OWN, Disagreement
from assessor.ui.common import badge, checklist_catalog, current_assessment, heading, store
from assessor.ui.safe import plain

FLASH = "reconcile_flash"
# The statuses a reconciliation may give (a final decision of "not assessed" would settle nothing).
CHOICES = [s for s in STATUS_LABELS if s != RequirementStatus.NOT_ASSESSED]
_FIELDS = (("rationale", "Rationale"), ("provisions", "Provisions cited"), ("notes", "Notes"),
           ("examples", "Examples of implementation"), ("challenges", "Challenges"),
           ("assistance", "Technical assistance needed"))


def _me() -> str:
    """Who is acting: the signed-in identity or the sidebar's name (or `&by=`); "" when none was given."""
    return str(st.session_state.get("user_name") or st.query_params.get("by") or "").strip()


def _flash() -> None:
    shown = st.session_state.pop(FLASH, None)
    if shown is not None:
        kind, text = shown
        {"success": st.success, "error": st.error, "warning": st.warning, "info": st.info}[kind](text)


# --------------------------------------------------------------------------- callbacks

def _refused(exc: AssessorError) -> None:
    if isinstance(exc, ConflictError):
        st.session_state[FLASH] = ("error", f"Not saved: {exc.message} The page now shows the decision as saved; "
                                            "choose again.")
    else:
        st.session_state[FLASH] = ("error", exc.message)


def _on_take(assessment_id: str, requirement_id: str, coder: str, version: int) -> None:
    """Make one coder's decision the final one, based on the version the page drew."""
    me = _me()
    if not me:
        st.session_state[FLASH] = ("warning", "Enter your name first (it is recorded with the reconciliation).")
        return
    try:
        store().reconcile(assessment_id, requirement_id, settled_from=coder, expected_version=version, by=me)
    except AssessorError as exc:
        _refused(exc)
    else:
        st.session_state[FLASH] = ("success", f"{requirement_id}: settled from {coder}'s decision.")


def _own_key(requirement_id: str, version: int, field: str) -> str:
    return f"reconcile_own:{requirement_id}:v{version}:{field}"


def _on_own(assessment_id: str, requirement_id: str, version: int) -> None:
    """Save the reviewer's own decision as the final one."""
    me = _me()
    if not me:
        st.session_state[FLASH] = ("warning", "Enter your name first (it is recorded with the reconciliation); "
                                              "your draft is kept.")
        return
    value = lambda field: str(st.session_state.get(_own_key(requirement_id, version, field)) or "").strip()  # noqa: E731
    status = st.session_state.get(_own_key(requirement_id, version, "status"))
    if status is None:
        st.session_state[FLASH] = ("warning", "Choose a status for your decision.")
        return
    decision = Decision(RequirementStatus(status), value("rationale"),
                        tuple(p.strip() for p in value("provisions").split(",") if p.strip()), value("notes"),
                        value("assistance"), me, now())
    try:
        store().reconcile(assessment_id, requirement_id, decision, settled_from=OWN, expected_version=version,
                          by=me)
    except AssessorError as exc:
        _refused(exc)
    else:
        st.session_state[FLASH] = ("success", f"{requirement_id}: settled with your own decision.")


def _on_start(assessment_id: str) -> None:
    me = _me()
    first = str(st.session_state.get("reconcile_coder_a") or "").strip()
    second = str(st.session_state.get("reconcile_coder_b") or "").strip()
    if not me:
        st.session_state[FLASH] = ("warning", "Enter your name first (it is recorded with the change).")
        return
    try:
        coders = store().set_coders(assessment_id, (first, second), by=me)
    except AssessorError as exc:
        st.session_state[FLASH] = ("error", exc.message)
    else:
        st.session_state[FLASH] = ("success", f"Double coding started: {coders[0]} and {coders[1]} now decide "
                                              "independently.")


def _on_stop(assessment_id: str) -> None:
    me = _me()
    if not me:
        st.session_state[FLASH] = ("warning", "Enter your name first (it is recorded with the change).")
        return
    try:
        store().set_coders(assessment_id, (), by=me)
    except AssessorError as exc:
        st.session_state[FLASH] = ("error", exc.message)
    else:
        st.session_state[FLASH] = ("success", "Double coding stopped; the codings made are kept.")


# --------------------------------------------------------------------------- drawing

def _figures(title: str, report: AgreementReport) -> None:
    st.markdown(f"**{plain(title)}**")
    rows = [{"Group": kind, "Name": label, "n": f.n, "Same status": f.agreed, "Percent agreement": percent_text(f),
             "Cohen's kappa": kappa_text(f.kappa), "Reading": kappa_reading(f.kappa) if f.n else ""}
            for kind, label, f in report_rows(report) if kind == "Overall" or f.n]
    st.table(rows)
    notes = []
    if report.overall.small:
        notes.append(f"Fewer than {SMALL_N} requirements compared: one requirement moves these figures a lot.")
    if report.skipped:
        notes.append(f"{report.skipped} left out (no judgement on one side: not assessed).")
    if notes:
        st.caption(" ".join(notes))


def _decision_fields(decision: Decision | None) -> None:
    if decision is None:
        st.markdown("No decision.")
        return
    shown = [f"**Decision:** {badge(decision.status)}"]
    for field, title in _FIELDS:
        value = getattr(decision, field)
        text = ", ".join(value) if isinstance(value, tuple) else str(value)
        shown.append(f"**{title}:** " + (plain(text) if text.strip() else "—"))
    st.markdown("  \n".join(shown))


def _disagreement(assessment: Assessment, item: Disagreement) -> None:
    rid, version = item.requirement_id, item.finding.version
    try:
        title = checklist_catalog().requirement(rid).title
    except KeyError:
        title = ""
    with st.container(border=True):
        st.markdown(f"#### {plain(rid)}" + (f": {plain(title)}" if title else ""))
        columns = st.columns(2, border=True)
        for column, coding in zip(columns, item.codings, strict=True):
            with column:
                st.markdown(f"**{plain(coding.coder)}**")
                _decision_fields(coding.decision)
        buttons = st.columns(2)
        for column, coding in zip(buttons, item.codings, strict=True):
            column.button(f"Take {coding.coder}'s", key=f"reconcile-take-{rid}-{coding.coder}", on_click=_on_take,
                          args=(assessment.id, rid, coding.coder, version))
        with st.expander("Write my own"), st.form(f"reconcile-own-{rid}"):
            first = item.codings[0].decision
            st.radio("Decision", CHOICES, horizontal=True, format_func=STATUS_LABELS.get,
                     index=CHOICES.index(first.status) if first is not None and first.status in CHOICES else 0,
                     key=_own_key(rid, version, "status"))
            st.text_area("Rationale", key=_own_key(rid, version, "rationale"))
            st.text_input("Provisions cited (comma-separated)", key=_own_key(rid, version, "provisions"))
            st.text_area("Notes", key=_own_key(rid, version, "notes"))
            st.text_input("Technical assistance needed", key=_own_key(rid, version, "assistance"))
            st.form_submit_button("Save my decision", type="primary", on_click=_on_own,
                                  args=(assessment.id, rid, version))
        if item.finding.decision is not None:
            st.caption(f"The final decision now: {STATUS_LABELS[item.finding.decision.status]}, by "
                       f"{plain(item.finding.decision.by)} (version {version}).")


def _start(assessment: Assessment) -> None:
    st.info("This assessment is not double coded.")
    with st.form("reconcile-start"):
        st.markdown("**Start double coding:** two assessors decide every requirement independently; the agreement "
                    "between them is measured, and a reviewer settles where they differ. Only an owner may start it "
                    "when the assessment has members.")
        left, right = st.columns(2)
        left.text_input("First coder", key="reconcile_coder_a")
        right.text_input("Second coder", key="reconcile_coder_b")
        st.form_submit_button("Start double coding", on_click=_on_start, args=(assessment.id,))


def render() -> None:
    """The Reconcile page."""
    st.title("Reconcile")
    assessment = current_assessment("Open an assessment on the Assessments page first.")
    if assessment is None:
        return
    heading(assessment)
    _flash()
    if not _me():
        st.warning("Enter your name in the sidebar first: it is recorded with every reconciliation.")
    try:
        coders = store().coders(assessment.id)
        machine = store().machine_agreement(assessment.id)
        if not coders:
            _start(assessment)
            st.subheader("Agreement")
            _figures("The machine's proposal against the final decisions", machine)
            return
        report = store().agreement(assessment.id)
        state = store().reconciliation(assessment.id)
    except AssessorError as exc:
        st.error(exc.message)
        return
    st.markdown(f"Double coded by **{plain(coders[0])}** and **{plain(coders[1])}**: {state.both_decided} "
                f"requirement(s) decided by both, {len(state.agreed)} alike (settled at once), "
                f"{len(state.pending)} waiting for reconciliation, {len(state.settled)} reconciled.")
    st.subheader("Agreement")
    if report is not None:
        _figures(f"{coders[0]} vs {coders[1]} (requirements both decided)", report)
    _figures("The machine's proposal against the final decisions", machine)
    st.subheader(f"To reconcile ({len(state.pending)})")
    if not state.pending:
        st.write("Nothing waits: every requirement both coders decided differently is settled.")
    for item in state.pending:
        _disagreement(assessment, item)
    st.subheader(f"Reconciled ({len(state.settled)})")
    if not state.settled:
        st.write("None yet.")
    for item in state.settled:
        final = item.finding.decision
        st.markdown(plain(f"{item.requirement_id}: {item.settled_from} by {item.settled_by}")
                    + (f" — {badge(final.status)}" if final is not None else ""))
    with st.expander("Stop double coding"):
        st.write("Each coder's decisions then become final decisions again when saved; the codings made are kept.")
        st.button("Stop double coding", key="reconcile-stop", on_click=_on_stop, args=(assessment.id,))
