"""The Legislation page: upload law files and see them as the tool reads them."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from assessor.errors import AssessorError
from assessor.legislation.model import Legislation, Provision, SourceFile
from assessor.legislation.reader import read_bytes
from assessor.settings import load_settings

FORMATS = ["txt", "md", "docx", "odt", "pdf", "html", "htm", "xml"]


@st.cache_data(show_spinner=False, max_entries=32)
def _read(data: bytes, name: str, index: int) -> tuple[SourceFile, list[Provision]]:
    # Cached on the bytes: a rerun of the page does not parse the same file again.
    return read_bytes(data, name, load_settings(), index=index)


def render() -> None:
    """Draw the page."""
    st.title("Legislation")
    st.caption(
        "Upload the law as you have it: several files form one body of legislation (a penal code chapter "
        "plus an immigration act, say). Word, PDF with a text layer, HTML, Akoma Ntoso XML, OpenDocument, text."
    )
    uploads = st.file_uploader("Law files", type=FORMATS, accept_multiple_files=True)
    if not uploads:
        st.info("No file yet. Upload one or more law files to see their provisions as the tool cites them.")
        return
    files: list[SourceFile] = []
    provisions: list[Provision] = []
    progress = st.progress(0.0, text="Reading…")
    for index, upload in enumerate(uploads):
        try:
            source, found = _read(upload.getvalue(), upload.name, index)
        except AssessorError as exc:
            st.error(exc.message)  # the same one-line message the CLI prints
        else:
            files.append(source)
            provisions.extend(found)
        progress.progress((index + 1) / len(uploads), text=f"Read {upload.name}")
    progress.empty()
    if not files:
        return
    legislation = Legislation(tuple(files), tuple(provisions))
    st.dataframe(
        pd.DataFrame(
            [{"file": f.name, "format": f.format, "language": f.language, "provisions": f.provisions,
              "title": f.title} for f in files]
        ),
        hide_index=True,
        width="stretch",
    )
    query = st.text_input("Search the provisions", placeholder="a word, a phrase or a citation, e.g. s. 3(1)")
    rows = [
        {"citation": p.citation, "kind": p.kind.value, "heading": p.heading, "text": p.text,
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
