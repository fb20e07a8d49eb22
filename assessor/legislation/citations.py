"""Comparing citations written in different styles.

The same provision is cited "s. 2(1)", "2(1)" or "section 2(1)"; "art. 177 bis(1)(a)" or
"177 bis.1(a)"; "art. 225-4-1 I 1°" or "225-4-1 I 1°". `citation_key` reduces each to the
same key: the unit word dropped, degree signs dropped, and every run of separators made one dot.
"""

from __future__ import annotations

import re
import unicodedata

_UNIT_WORD = re.compile(
    r"^(?:ss?\.|sections?|secs?\.|arts?\.|articles?|artículos?|articulos?|§§?|cl\.|clauses?|rule|regulation|reg\.)\s*",
    re.IGNORECASE,
)


def citation_key(citation: str) -> str:
    """A style-independent key: citation_key("s. 2(1)(a)") == citation_key("2(1)(a)") == "2.1.a"."""
    text = _UNIT_WORD.sub("", citation.strip().casefold())
    # "411 quáter" and "411 quater" are one article (accents are dropped, "ñ" kept).
    text = "".join(
        c for c in unicodedata.normalize("NFKD", text.replace("ñ", "\0")) if not unicodedata.combining(c)
    ).replace("\0", "ñ")
    text = text.replace("°", "").replace("º", "")
    # French code prefixes: "L. 823-1" and "L823-1" are the same article.
    text = re.sub(r"^([lrda])\.?\s?(?=\d)", r"\1", text)
    # "145bis" and "145 bis", "433quinquies" and "433 quinquies" are the same article.
    text = re.sub(r"(\d)(bis|ter|quater|quinquies|sexies|septies|octies|nonies|decies)\b", r"\1.\2", text)
    return ".".join(t for t in re.split(r"[^0-9a-zñ]+", text) if t)


def is_within(citation: str, ancestor: str) -> bool:
    """True when `citation` is `ancestor` or one of its subdivisions ("s. 2(1)(a)" is within "s. 2")."""
    key, top = citation_key(citation), citation_key(ancestor)
    return key == top or key.startswith(top + ".")
