"""The Legislation page: upload law files and see them as the tool reads them."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from assessor.errors import AssessorError
from assessor.legislation.model import Legislation, Provision, SourceFile
from assessor.legislation.reader import read_bytes
from assessor.settings import load_settings
from assessor.ui.common import reader, reading_warning, store, user
from assessor.ui.safe import plain

FORMATS = ["txt", "md", "docx", "odt", "pdf", "html", "htm", "xml"]


@st.cache_data(show_spinner=False, max_entries=32)
def _read(data: bytes, name: str, index: int) -> tuple[SourceFile, list[Provision]]:
    # Cached on the bytes: a rerun of the page does not parse the same file again.
    return read_bytes(data, name, load_settings(), index=index)


def _keep(the_store, assessment, blobs: list[tuple[str, bytes]], version: str) -> None:  # noqa: ANN001
    """Keep uploaded files in the record and attach them to the assessment (readable ones only)."""
    from assessor.assessment import LawFile

    kept = []
    for index, (name, data) in enumerate(blobs):
        try:
            source, _ = _read(data, name, index)
        except AssessorError:
            continue  # its message is shown below, with the others
        the_store.put_file(name, data)  # kept by content: its sha256 is the source's
        kept.append(LawFile.from_source(source, version=version))
    if kept and [f.sha256 for f in kept] != [f.sha256 for f in assessment.files]:
        try:
            the_store.set_files(assessment.id, kept, by=user())
        except AssessorError as exc:  # e.g. a viewer's role: said, nothing attached
            st.error(exc.message)
            return
        st.success(f"Kept {len(kept)} file(s) with the assessment. Run the pre-assessment to propose findings.")


def render() -> None:
    """Draw the page."""
    st.title("Legislation")
    st.caption(
        "Upload the law as you have it: several files form one body of legislation (a penal code chapter "
        "plus an immigration act, say). Word, PDF with a text layer, HTML, Akoma Ntoso XML, OpenDocument, text."
    )
    assessment_id = st.query_params.get("assessment")
    the_store = None
    assessment = None
    if assessment_id:
        the_store = store()
        try:
            assessment = the_store.get(assessment_id, as_user=reader())
        except AssessorError as exc:
            st.error(exc.message)
            return
        st.write(f"Body of legislation of **{plain(assessment.jurisdiction)} - {plain(assessment.title)}**")
        version = st.text_input("Version of these files", placeholder="e.g. bill v2, as amended 2024")
    else:
        version = ""
        st.info("No assessment is open: files are read for a preview and not kept. Open or create an assessment "
                "on the Assessments page to keep them.")
    uploads = st.file_uploader("Law files", type=FORMATS, accept_multiple_files=True)
    blobs: list[tuple[str, bytes]] = [(u.name, u.getvalue()) for u in uploads or []]
    if assessment is not None and the_store is not None:
        if blobs:
            _keep(the_store, assessment, blobs, version)
            assessment = the_store.get(assessment.id)
        elif assessment.files:
            try:
                blobs = [(f.name, the_store.get_file(f.sha256)) for f in assessment.files]
            except AssessorError as exc:
                # A record made before law files were kept with it: ask for the files again.
                st.warning(exc.message)
                blobs = []
    if not blobs:
        st.info("No file yet. Upload one or more law files to see their provisions as the tool cites them.")
        return
    files: list[SourceFile] = []
    provisions: list[Provision] = []
    progress = st.progress(0.0, text="Reading…")
    for index, (name, data) in enumerate(blobs):
        try:
            source, found = _read(data, name, index)
        except AssessorError as exc:
            st.error(exc.message)  # the same one-line message the CLI prints
        else:
            files.append(source)
            provisions.extend(found)
        progress.progress((index + 1) / len(blobs), text=f"Read {name}")
    progress.empty()
    if not files:
        return
    legislation = Legislation(tuple(files), tuple(provisions))
    # Said before the provisions, so a file read as one blob is not mistaken for a law without articles.
    reading_warning([(f.name, f.reading) for f in files])
    st.dataframe(
        pd.DataFrame(
            [{"file": f.name, "format": f.format, "language": f.language, "provisions": f.provisions,
              "articles": f.reading.units if f.reading else None,
              "text in provisions": f"{f.reading.coverage:.0%}" if f.reading else "",
              "title": f.title} for f in files]
        ),
        hide_index=True,
        width="stretch",
    )
    query = st.text_input("Search the provisions", placeholder="a word, a phrase or a citation, e.g. s. 3(1)")
    rows = [
        {"citation": p.citation, "kind": p.kind.value.capitalize(), "heading": p.heading, "text": p.text,
         "defines": ", ".join(p.defines), "file": p.source}
        for p in legislation.provisions
    ]
    table = pd.DataFrame(rows)
    if query:
        needle = query.casefold()
        table = table[table.apply(lambda r: needle in f"{r['citation']} {r['heading']} {r['text']}".casefold(), axis=1)]
    st.write(f"{len(table)} of {len(rows)} provisions")
    if table.empty:
        st.info("No provision matches the search.")
        return
    # Law text goes into a data grid as plain text: it is never rendered as HTML or Markdown.
    st.dataframe(table, hide_index=True, width="stretch")
