"""The Checklists page: browse the requirements derived from the instruments."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pandas as pd
import streamlit as st

from assessor import AssessorError, Catalog, load_catalog
from assessor.catalog import PILLAR_LABELS, SECTION_LABELS, validate_checklists
from assessor.checklist_schema import Scope
from assessor.labels import label
from assessor.ui.common import badge, checklist_catalog
from assessor.ui.safe import plain, quote

MAX_CHECKLIST_BYTES = 2 * 1024 * 1024  # the four shipped checklists together are under 300 KB

# Where in the law an element's evidence counts, in words (the codes stay in the YAML).
SCOPE_LABELS: dict[Scope, str] = {
    Scope.ANY: "Anywhere in the law",
    Scope.TRAFFICKING_OFFENCE: "The trafficking offence",
    Scope.SMUGGLING_OFFENCE: "The smuggling offence",
    Scope.CRIMINAL_OFFENCE: "Any offence or penalty",
}


def _table(catalog: Catalog) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {
                "id": r.id,
                "instrument": r.instrument,
                "reference": r.reference,
                "title": r.title,
                "obligation": label(r.obligation),
                "pillars": ", ".join(PILLAR_LABELS[p] for p in r.pillars),
                "section": SECTION_LABELS[r.section],
                "elements": len(r.elements),
            }
            for r in catalog.requirements
        ]
    )


def render() -> None:
    """Draw the page."""
    st.title("Checklists")
    st.caption(
        "Requirements derived from the Trafficking in Persons Protocol, the Smuggling of Migrants "
        "Protocol, the Organized Crime Convention (as applied to these crimes) and good practice."
    )
    try:
        catalog = checklist_catalog()
    except AssessorError as exc:
        st.error(exc.message)
        return
    own = _own_checklist()
    if own is not None:
        catalog = own

    table = _table(catalog)
    col1, col2, col3, col4 = st.columns(4)
    instruments = col1.multiselect("Instrument", sorted(table["instrument"].unique()))
    pillars = col2.multiselect("Pillar", list(PILLAR_LABELS.values()))
    sections = col3.multiselect("Section", list(SECTION_LABELS.values()))
    levels = col4.multiselect("Obligation", sorted(table["obligation"].unique()))
    query = st.text_input("Search", placeholder="article, title or id, e.g. 6(3), compensation, TIP-5")

    shown = table
    if instruments:
        shown = shown[shown["instrument"].isin(instruments)]
    if pillars:
        shown = shown[shown["pillars"].apply(lambda v: any(p in v for p in pillars))]
    if sections:
        shown = shown[shown["section"].isin(sections)]
    if levels:
        shown = shown[shown["obligation"].isin(levels)]
    if query:
        needle = query.casefold()
        shown = shown[shown[["id", "reference", "title"]].apply(lambda row: needle in " ".join(row).casefold(), axis=1)]

    st.write(f"{len(shown)} of {len(table)} requirements · {len(catalog.red_flags)} red flags")
    if shown.empty:
        st.info("No requirement matches these filters. Clear a filter or the search to see more.")
        return
    st.dataframe(shown, hide_index=True, width="stretch")

    chosen = st.selectbox(
        "Requirement", shown["id"].tolist(), format_func=lambda i: f"{i}: {catalog.requirement(i).title}"
    )
    if chosen:
        _details(catalog, chosen)


def _details(catalog: Catalog, requirement_id: str) -> None:
    r = catalog.requirement(requirement_id)
    st.subheader(f"{r.reference}: {r.title}")
    st.markdown(
        f"**Obligation:** {label(r.obligation)} · **Pillars:** "
        + ", ".join(PILLAR_LABELS[p] for p in r.pillars)
        + f" · **Section:** {SECTION_LABELS[r.section]}"
    )
    st.markdown("**Text**")
    st.markdown(quote(r.text))
    st.markdown("**Guidance**")
    st.markdown(plain(r.guidance))
    for pitfall in r.pitfalls:
        st.markdown("- " + plain(pitfall))
    st.markdown("**Questions**")
    for question in r.questions:
        st.markdown("- " + plain(question))
    st.markdown("**Recommended action**")
    st.markdown(plain(r.action) + (f"  \n*{plain(r.model_law)}*" if r.model_law else ""))
    if r.elements:
        st.markdown("**Detectable elements**")
        st.dataframe(
            pd.DataFrame(
                [
                    {
                        "id": e.id,
                        "name": e.name,
                        "test": e.test,
                        "scope": SCOPE_LABELS.get(e.scope, str(e.scope)),
                        **{lang: ", ".join(t.terms) for lang, t in e.lexicon.items()},
                    }
                    for e in r.elements
                ]
            ),
            hide_index=True,
            width="stretch",
        )
    flags = [f for f in catalog.red_flags if r.id in f.contrary_to]
    for flag in flags:
        st.warning(f"{badge('red flag')} " + plain(f"{flag.id}: {flag.title}. {flag.explanation}"),
                   icon=":material/flag:")


def check_uploaded(name: str, data: bytes) -> tuple[Catalog | None, list[str]]:
    """Validate an uploaded checklist beside the shipped ones: (merged catalog, []) or (None, problems).

    Problems are `name:line: place: message` lines, naming the uploaded file, not a temporary path.
    """
    if len(data) > MAX_CHECKLIST_BYTES:
        return None, [f"{name}: {len(data) // 1024} KB is too large for a checklist (at most "
                      f"{MAX_CHECKLIST_BYTES // 1024} KB)"]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / (Path(name).stem + ".yaml")
        path.write_bytes(data)
        problems = validate_checklists([path], with_builtin=True)
        if problems:
            return None, [p.render().replace(str(path), name) for p in problems]
        return load_catalog([path], with_builtin=True), []


def _own_checklist() -> Catalog | None:
    with st.expander("Check a checklist of your own"):
        st.caption("A YAML file in the shape of the shipped checklists (docs/checklists.md). It is validated "
                   "beside them: every problem is listed with its line. A valid one is browsed below with the "
                   "shipped requirements. To assess with it in the app, put it in a folder with copies "
                   "of the shipped checklists and name that folder in ASSESSOR_CHECKLIST_DIR; on the command "
                   "line, pass it with --checklist.")
        upload = st.file_uploader("Checklist (.yaml)", type=["yaml", "yml"], key="own_checklist")
        if upload is None:
            return None
        catalog, problems = check_uploaded(upload.name, upload.getvalue())
        if problems:
            st.error(f"{upload.name} is not a valid checklist: {len(problems)} problem(s).")
            # File text is the user's: shown in a code block, never as Markdown.
            st.code("\n".join(problems), language=None)
            return None
        shipped = len(checklist_catalog().requirements)
        st.success(f"{upload.name} is valid: {len(catalog.requirements) - shipped} requirement(s) added to the "
                   f"{shipped} shipped ones, browsed below.")
        return catalog
