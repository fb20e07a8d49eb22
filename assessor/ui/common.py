"""What several pages share: the store, the shipped checklists, the user, the open assessment (from the URL)
and its red flags."""

from __future__ import annotations

from datetime import tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import streamlit as st

from assessor.assessment import Assessment
from assessor.catalog import Catalog, load_catalog
from assessor.engine.values import ElementStatus
from assessor.errors import AssessorError
from assessor.labels import ELEMENT_STATUS_LABELS, STATUS_LABELS, local_time
from assessor.legislation.model import Legislation, Reading
from assessor.preassessment import RequirementStatus, pre_assess
from assessor.reports.render import kept_legislation
from assessor.reports.text_report import reading_notices, reading_warnings
from assessor.review_clusters import ALL, ReviewCluster, cluster_note, load_clusters
from assessor.settings import load_settings
from assessor.store import AssessmentSummary, Store, default_database
from assessor.ui import identity
from assessor.ui.safe import plain

__all__ = ["BADGES", "badge", "checklist_catalog", "current_assessment", "file_readings", "heading", "legislation",
           "page_link", "reader", "reader_zone", "reading_warning", "recorded", "red_flags", "register_pages",
           "review_cluster", "signed_in", "store", "user", "when"]


# Status at a glance: colour AND a shape AND the word, so a badge reads the same in greyscale, without an
# emoji font and to a screen reader. Shapes are plain text characters (never emoji); the colours are
# Streamlit's badge colours (tinted background, dark text of the same hue).
BADGES: dict[str, tuple[str, str, str]] = {
    # kind: (colour, shape, word)
    ElementStatus.FOUND.value: ("green", "✓", ELEMENT_STATUS_LABELS[ElementStatus.FOUND]),
    ElementStatus.MISSING.value: ("red", "✗", ELEMENT_STATUS_LABELS[ElementStatus.MISSING]),
    "inferred": ("orange", "~", "Inferred"),
    "red_flag": ("red", "!", "Red flag"),
    # The steps of an assessment (Start page).
    "done": ("green", "✓", "Done"),
    "next": ("blue", "→", "Next"),
    "to_do": ("gray", "○", "To do"),
    "open": ("blue", "●", "Open now"),  # the assessment open in this tab (Start page's recent list)
    RequirementStatus.MET.value: ("green", "✓", STATUS_LABELS[RequirementStatus.MET]),
    RequirementStatus.PARTIALLY_MET.value: ("orange", "~", STATUS_LABELS[RequirementStatus.PARTIALLY_MET]),
    RequirementStatus.NOT_MET.value: ("red", "✗", STATUS_LABELS[RequirementStatus.NOT_MET]),
    RequirementStatus.NOT_APPLICABLE.value: ("gray", "–", STATUS_LABELS[RequirementStatus.NOT_APPLICABLE]),
    RequirementStatus.NOT_ASSESSED.value: ("gray", "?", STATUS_LABELS[RequirementStatus.NOT_ASSESSED]),
}


def _badge_key(kind: str) -> str:
    # "red flag", "Red flag", "red-flag", "Partially met" and RequirementStatus.PARTIALLY_MET all name one kind.
    key = "_".join(str(kind).replace("-", " ").replace("_", " ").split()).casefold()
    if key not in BADGES:
        raise ValueError(f"no badge for {kind!r}; known: {', '.join(BADGES)}")
    return key


def badge(kind: str, text: str | None = None) -> str:
    """A text badge for `st.markdown` / `st.write`: colour, a shape and the word, e.g. ":green-badge[✓ Found]".

    `kind` is found, missing, inferred, red flag or a requirement status (code, label or enum; any case).
    `text`, when given, is added after the word ("✓ Found · s. 3(1)"), escaped so it is never Markdown
    or HTML; the word itself is always there. An unknown kind is a ValueError (a programming error).
    """
    colour, shape, word = BADGES[_badge_key(kind)]
    # The shape escaped too: "~" or "!" next to text could otherwise start strike-through or an image.
    shown = f"{plain(shape)} {word}"
    if text is not None and text.strip():
        shown += f" · {plain(text.strip())}"
    return f":{colour}-badge[{shown}]"


def reader_zone() -> tzinfo | None:
    """The reader's time zone (the browser's, `st.context.timezone`); None (this machine's) when unknown."""
    try:
        name = st.context.timezone
    except Exception:  # noqa: BLE001 - no browser context (AppTest, a bare script): fall back, never fail
        name = None
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def when(stamp: str) -> str:
    """A stored UTC time in the reader's zone, to the minute ("4 Dec 2026, 14:37")."""
    return local_time(stamp, reader_zone())


# The app's pages by name, registered by app.py on each run in the session (not in a module global: a page run
# on its own, as in tests, has no navigation to link into).
_PAGES_KEY = "_assessor_pages"


def register_pages(pages: dict[str, st.Page]) -> None:
    """Remember the app's pages by name (e.g. "legislation") for page_link, for this session."""
    st.session_state[_PAGES_KEY] = dict(pages)


def page_link(name: str, label: str, assessment_id: str | None = None) -> None:
    """A link to another page of the app, with the open assessment (and the typed name, without sign-in) in its URL.

    Outside the app's navigation (a page run on its own, as in tests) the label is shown as text.
    """
    page = st.session_state.get(_PAGES_KEY, {}).get(name)
    if page is None:
        st.write(label)
        return
    params = {"assessment": assessment_id} if assessment_id else {}
    # A typed name travels in the URL; a signed-in identity never does (it comes from the sign-in).
    if st.session_state.get("user_name") and not signed_in():
        params["by"] = st.session_state["user_name"]
    st.page_link(page, label=label, query_params=params or None)


@st.cache_resource(show_spinner=False)
def _store(path: str) -> Store:
    # One Store (one connection, with its own lock) per database file, shared by the sessions.
    return Store(path)


def store() -> Store:
    """The store of the configured database."""
    return _store(str(default_database(load_settings())))


@st.cache_resource(show_spinner=False)
def checklist_catalog() -> Catalog:
    """The shipped checklists, loaded once per server."""
    return load_catalog()


def signed_in() -> bool:
    """True when people sign in (`ASSESSOR_SIGN_IN` is oidc or header): `user()` is then the signed-in identity,
    set by the app before any page runs, and no page asks for a name. A wrong setting is an AssessorError (the
    app stops on it before any page runs)."""
    return identity.settings().on


def reader() -> str | None:
    """Who reads, for `Store.get` / `Store.list` (`as_user`): the signed-in identity, so an assessment with members
    is read by its members only; None without sign-in (names are typed, and reads are not filtered)."""
    return user() if signed_in() else None


def user() -> str:
    """Who the decisions are recorded as: the signed-in identity, else the name given in the sidebar."""
    return st.session_state.get("user_name") or "assessor"


def current_assessment(hint: str) -> Assessment | None:
    """The assessment named by `?assessment=` in the URL, read from SQLite; None (with a message) otherwise."""
    assessment_id = st.query_params.get("assessment")
    if not assessment_id:
        st.info(hint)
        return None
    try:
        return store().get(assessment_id, as_user=reader())
    except AssessorError as exc:  # a non-member's refusal included
        st.error(exc.message)
        return None


def review_cluster(key: str) -> ReviewCluster | None:
    """A "Review cluster" choice: "All requirements" (None, the default) or a cluster of the review mechanism.

    The clusters come from `checklists/review/clusters.yaml`; a chosen cluster is described under the
    choice, with the articles no requirement covers yet. A broken clusters file is an error message, and
    every requirement is shown.
    """
    try:
        clusters = load_clusters()
    except AssessorError as exc:
        st.error(exc.message)
        return None
    choice = st.selectbox("Review cluster", [ALL, *clusters], key=key,
                          format_func=lambda c: "All requirements" if c == ALL else clusters[c].title,
                          help="The articles of one cluster of the UNTOC review mechanism, to answer its "
                               "self-assessment.")
    cluster = clusters.get(choice)
    if cluster is not None:
        st.caption(plain(cluster_note(cluster, checklist_catalog())))
    return cluster


@st.cache_resource(show_spinner=False, max_entries=512)
def _recorded(database: str, assessment_id: str, last_change: int) -> Assessment:
    # Keyed by the last history entry (every change is one; `updated_at`, to the second, may not tell two changes
    # apart): an assessment is read again only once it has changed. Shared, not copied (an Assessment is frozen).
    return store().get(assessment_id)


def recorded(summaries: list[AssessmentSummary]) -> list[Assessment]:
    """The assessments of these summaries (as `Store.list` gives them), read from the database once per change."""
    return [_recorded(store().target, s.id, s.last_change) for s in summaries]


def heading(assessment: Assessment) -> None:
    """The assessment's name under a page title (escaped: a title is never Markdown or HTML)."""
    st.write(f"**{plain(assessment.jurisdiction)} - {plain(assessment.title)}**")


@st.cache_data(show_spinner=False, max_entries=8)
def _read_all(files: tuple[tuple[str, str], ...], assessment_id: str) -> Legislation | None:
    # Keyed by the files' names and digests: the same files are read once, whatever the page.
    return kept_legislation(store(), store().get(assessment_id), load_settings())


def legislation(assessment: Assessment) -> Legislation | None:
    """The assessment's law files as read (cached by digest); None when it has none."""
    if not assessment.files:
        return None
    return _read_all(tuple((f.name, f.sha256) for f in assessment.files), assessment.id)


def file_readings(assessment: Assessment) -> list[tuple[str, Reading | None]]:
    """(file name, reading) of each law file: as recorded with the pre-assessment, else read from the kept files."""
    readings = [(f.name, f.reading) for f in assessment.files]
    if all(reading is not None for _, reading in readings):
        return readings
    # Recorded before readings were kept (or not pre-assessed yet): read the kept files again (cached).
    law = legislation(assessment)
    read = {f.sha256: f.reading for f in law.files} if law is not None else {}
    return [(f.name, f.reading or read.get(f.sha256)) for f in assessment.files]


def reading_warning(readings: list[tuple[str, Reading | None]]) -> bool:
    """A warning box when a file's structure was not recognised; True when one was shown.

    The sentences are the reports' own; file names and warnings are escaped (never Markdown or HTML).
    """
    notices = reading_notices(readings)
    warnings = [f"- {plain(warning)}" for warning in reading_warnings(readings)]
    if not notices:
        if warnings:
            # Read, but not all of it: worth knowing, not worth alarming.
            st.info("\n\n".join(["The reading left some text unplaced:", *warnings]))
        return False
    st.warning("\n\n".join([*(plain(notice) for notice in notices), *warnings]))
    return True


@st.cache_data(show_spinner=False, max_entries=8)
def _flags(files: tuple[tuple[str, str], ...], instruments: tuple[str, ...],
           _law: Legislation) -> list[tuple[str, tuple[str, ...], str, str]]:
    pre = pre_assess(_law, checklist_catalog(), instruments)
    return [(f.flag_id, tuple(f.provisions), f.quote, f.explanation) for f in pre.red_flags.values()]


def red_flags(assessment: Assessment) -> list[tuple[str, tuple[str, ...], str, str]]:
    """(flag id, provisions, quote, explanation) of each red flag the machine raises on the files."""
    law = legislation(assessment)
    if law is None:
        return []
    return _flags(tuple((f.name, f.sha256) for f in assessment.files), assessment.instruments, law)


def show_red_flags(flags: list[tuple[str, tuple[str, ...], str, str]]) -> None:
    """Each red flag as a warning; the quote is law text, escaped."""
    if not flags:
        st.write("No red flag raised.")
    for flag_id, provisions, quote, explanation in flags:
        # The word "Red flag" in a badge and a Material Symbols icon (a font Streamlit ships), not an emoji.
        st.warning(f"{badge('red flag')} " + plain(f"{flag_id} ({', '.join(provisions)}): “{quote}” — {explanation}"),
                   icon=":material/flag:")


def score_chart(rows: list[dict], series: list[str]) -> None:
    """Horizontal bars of pillar scores on a fixed 0-100% axis, one bar per series (e.g. A and B) per pillar.

    `rows` hold a "pillar" and one value per series; a fixed axis keeps charts comparable.
    """
    data = [{"pillar": row["pillar"], "series": name, "score": row[name]} for row in rows for name in series
            if row[name] is not None]
    many = len(series) > 1
    spec = {
        "mark": {"type": "bar", "tooltip": True},
        "encoding": {
            "y": {"field": "pillar", "type": "nominal", "sort": [row["pillar"] for row in rows], "title": None,
                  "axis": {"labelLimit": 320}},
            "x": {"field": "score", "type": "quantitative", "title": "score (%)",
                  "scale": {"domain": [0, 100]}},
            **({"yOffset": {"field": "series", "sort": series},
                "color": {"field": "series", "type": "nominal", "sort": series, "title": None,
                          "legend": {"orient": "bottom"}}} if many else {}),
        },
    }
    st.vega_lite_chart(data, spec, width="stretch")
