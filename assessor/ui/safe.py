"""Showing law text and user text in Streamlit without it ever becoming HTML or markup."""

from __future__ import annotations

import re

# Characters Markdown gives meaning to; escaped so a provision's "*" or "#" stays literal.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|>~<&$:])")


def plain(text: str) -> str:
    """Escape text for `st.markdown` so it shows exactly as written (no HTML, no Markdown)."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text).replace("\n", "  \n")


def highlight(text: str, words: str) -> str:
    """Escape text for `st.markdown`, then mark the matched words in bold inside the escaped text.

    The law's words are escaped before anything is added, so the only markup in the result is the
    bold around the match: a provision holding `<script>` or `**` shows exactly as written.
    """
    escaped = plain(text)
    if not words:
        return escaped
    target = plain(words)
    at = escaped.find(target)
    if at < 0:
        return escaped
    return f"{escaped[:at]}**{target}**{escaped[at + len(target):]}"
