"""Telling headings from text: short unpunctuated lines, headings glued to a sentence, page debris.

Pure functions and patterns on one line; where a heading goes is decided by the segmenter.
"""

from __future__ import annotations

import re

_SENTENCE_END = re.compile(r"[.;,]$")

# OCR interleaved a marginal note into a line: "involves: Aggravating circumstances Where ...".
MIDLINE_HEADING = re.compile(
    r"^(?P<before>.{1,80}?[:;])\s+(?P<heading>[A-Z][a-z]+(?: [a-z]+){0,5})\s+"
    r"(?P<rest>(?:Where|When|If|Any|Whoever|No|Subject|Notwithstanding)\b.*)$"
)
# A heading then "(1)" or a dash and the text, on one line: "Victims of trafficking - A victim ...".
INLINE_HEADING = re.compile(
    r"^(?P<heading>[A-Z][^.;:()\[\]]{3,90}?)\s+(?:(?P<label>\(1\))\s+|[-–—]\s+)(?P<rest>\S.*)$"
)
# A short heading ending with a full stop, then the opening words of an offence on the same line.
HEADING_THEN_SENTENCE = re.compile(
    r"^(?P<heading>[A-ZÁÉÍÓÚÑ][^.;:]{2,60}\.)\s+(?P<rest>(?:El|La|Los|Las) que\b.*|Quien\b.*|Quiconque\b.*"
    r"|Toute personne\b.*|Le fait\b.*|Whoever\b.*|(?:Any|A|Every) person\b.*)$"
)


_DANGLING_END = re.compile(r"\s(?:la|le|les|de|des|du|et|ou|à|au|aux|en|par|pour|sur|un|une|the|of|and|or|an|to|for"
                           r"|by|with|el|los|las|del|con|por|para|al|que)$")


def is_heading_like(text: str) -> bool:
    """A short line with no closing punctuation: a heading, a marginal note, a cross-heading."""
    if len(text) > 120 or _SENTENCE_END.search(text) or not text[:1].isalpha() or not text[:1].isupper():
        return False
    # A heading does not stop on an article or a preposition: "L'étranger qui a été l'objet des faits
    # prévus aux" is the first line of a sentence cut at the column.
    return len(text.split()) <= 14 and _DANGLING_END.search(text) is None


# Finite verbs and modals: a line holding one is a sentence, not a heading.
_VERB = re.compile(r"\b(?:is|are|was|were|be|been|shall|may|must|will|means|includes|has|have|had|applies|apply"
                   r"|does|do|est|sont|était|sera|seront|peut|doit|es|son|será|serán|está|están|puede|debe|se)\b",
                   re.IGNORECASE)


def has_verb(text: str) -> bool:
    """The line holds a finite verb or a modal ("is", "shall", "est", "será"): a sentence."""
    return _VERB.search(text) is not None


def heading_with_stop(text: str) -> bool:
    """A short heading closed by a full stop ("Trafficking of adults."): no verb, at most eight words."""
    if not text.endswith(".") or text.endswith("..") or not text[:1].isupper():
        return False
    words = text[:-1].split()
    return 1 <= len(words) <= 8 and is_heading_like(text[:-1]) and _VERB.search(text) is None


def opens_body(text: str) -> bool:
    """A line that reads as the start of a provision's text rather than a heading or page debris."""
    return text[:1].isupper() and (len(text.split()) >= 5 or text.endswith((".", ":", ";")))


def heading_key(text: str) -> str:
    """A line reduced to its letters, to recognise a running header however its page number reads."""
    return re.sub(r"[^a-z]", "", text.casefold())


def split_heading(rest: str) -> tuple[str, str]:
    """Split what follows an article label into a heading and text.

    "Forced labor" is a heading; "Objeto. La presente ley ..." is a heading and text;
    "A person who ..." is text.
    """
    rest = rest.strip().lstrip(":.–—- ").strip()
    if not rest:
        return "", ""
    m = re.match(r"^([A-ZÁÉÍÓÚÑ][^.:;]{1,60}?)[.:]\s*[-–—]?\s*(\S.*)$", rest)
    # The text may open with its first point: "Penalties and Sanctions. – (a) Any person found guilty ...".
    if m and len(m.group(1).split()) <= 7 and (m.group(2)[:1].isupper()
                                                or re.match(r"^\((?:[a-z]|\d{1,3})\)\s+[A-Z]", m.group(2))):
        return m.group(1).strip(), m.group(2).strip()
    # A lead-in ("... se entiende por explotación:", "The victim has the right to:", "In this Act—") is text.
    if is_heading_like(rest) and not rest.endswith((":", "-", "–", "—")):
        return rest, ""
    return "", rest
