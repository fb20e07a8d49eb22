"""Showing law text and user text in Streamlit without it ever becoming HTML or markup, and readably.

Law text is escaped before anything is added; the only markup on a page that comes from here is ours:
the mark around a matched word and the fixed style sheet `page_styles()` adds (no text from a law or a
person ever goes into it).
"""

from __future__ import annotations

import re

import streamlit as st

__all__ = ["PAGE_CSS", "highlight", "page_styles", "plain", "quote"]

# Characters Markdown gives meaning to; escaped so a provision's "*" or "#" stays literal.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|>~<&$:])")

# Streamlit draws a Markdown quotation (">") at 60 % opacity: light grey on white, about 2.9:1, under the
# WCAG AA 4.5:1 for body text. Quoted law is the text people read most closely, so it is drawn in full ink
# (#2f2d2b on white, about 13:1) with a darker bar; a matched word (the only bold in a quotation, see
# highlight) is bold on a marker-yellow background (#2f2d2b on #fde68a, about 11:1): two cues, so it
# still stands out in greyscale. Captions, also drawn faded, get an ink of about 6.5:1.
PAGE_CSS = """<style>
[data-testid="stMarkdownContainer"] blockquote { opacity: 1; color: #2f2d2b; border-left: 0.25rem solid #6b6a69; }
[data-testid="stMarkdownContainer"] blockquote strong { font-weight: 700; background: #fde68a; color: #2f2d2b;
  padding: 0 0.15em; border-radius: 0.2em; }
[data-testid="stCaptionContainer"] { opacity: 1; color: #5c5b5a; }
</style>"""


def page_styles() -> None:
    """Add the app's fixed style sheet (quoted law at WCAG AA contrast) to the page; call once per run."""
    st.html(PAGE_CSS)


def plain(text: str) -> str:
    """Escape text for `st.markdown` so it shows exactly as written (no HTML, no Markdown)."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text).replace("\n", "  \n")


def highlight(text: str, words: str) -> str:
    """Escape text for `st.markdown`, then mark the matched words in bold inside the escaped text (in a
    quotation, the page style adds a marker background: see PAGE_CSS).

    The law's words are escaped before anything is added, so the only markup in the result is the
    mark around the match: a provision holding `<script>` or `**` shows exactly as written.
    """
    escaped = plain(text)
    if not words:
        return escaped
    target = plain(words)
    at = escaped.find(target)
    if at < 0:
        return escaped
    return f"{escaped[:at]}**{target}**{escaped[at + len(target):]}"


def quote(text: str, words: str = "") -> str:
    """Law text as a Markdown quotation for `st.markdown`, escaped, with `words` marked (see highlight).

    Every line is quoted, so a provision of several paragraphs stays one quotation.
    """
    return "> " + highlight(text, words).replace("  \n", "  \n> ")
