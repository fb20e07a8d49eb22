"""Showing law text and user text in Streamlit without it ever becoming HTML or markup."""

from __future__ import annotations

import re

# Characters Markdown gives meaning to; escaped so a provision's "*" or "#" stays literal.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|>~<&$:])")


def plain(text: str) -> str:
    """Escape text for `st.markdown` so it shows exactly as written (no HTML, no Markdown)."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text).replace("\n", "  \n")
