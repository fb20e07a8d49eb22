"""Bare numbers in context: is a "2." or "81." the next section, or a paragraph of a list?

The file's style settles most cases; these rules settle the rest from what is open: a list this
number continues, a lead-in it follows, the section numbering it goes on with.
"""

from __future__ import annotations

import re

from assessor.legislation.labels import Label, bare_section_label
from assessor.legislation.tree import Outline
from assessor.legislation.units import number_base

# A bare number that opens a section: "3. Offence ...", "3.—(1) A person ...", "2.—In this Act—",
# "271.2 Offence of ...".
_SECTION_START = re.compile(r"^\d{1,4}(?:\.\d{1,3})?[A-Z]?\.?\s*(?:\s[A-Z“\"]|[—–-]?\s*\(1\)|[—–]\s*[A-Z“\"])")
# A bare number then a capitalised sentence: "81. In this Act-", "6.—A person who", or its first subsection:
# "412.02 (1) Every".
SECTION_THEN_SENTENCE = re.compile(r"^\d{1,4}(?:\.\d{1,3})?[A-Z]?\.?\s*"
                                   r"(?:\s|[—–-]\s*\(1\)\s*|\(1\)\s*|[—–]\s*)[A-Z“\"]")


# The title of an Act standing above its first section, in capitals ("PUBLIC LIBRARIES ACT", "LOI SUR LES
# BIBLIOTHÈQUES", "LEY DE BIBLIOTECAS").
ACT_TITLE = re.compile(r"^(?=[^a-z]*$)(?:(?:LEY|LOI|DECRETO|DÉCRET|DECRET|CÓDIGO|CODIGO|CODE|ORDONNANCE)\b.*"
                       r"|.*\b(?:ACT|LAW|ORDINANCE|CODE)\b(?:,?\s*\d{4})?(?:\s*\([^)]*\))?)$")


def after_point(number: str) -> str:
    """The digits of a decimal section number after its point, compared as a decimal fraction ("279.01" ->
    "01" < "279.011" -> "011" < "279.02" -> "02": inserted sections sort between their neighbours); none: ""."""
    m = re.match(r"^\d+\.(\d{1,3})", number)
    return m.group(1) if m else ""


def bare_under_division(outline: Outline, line: str, last_bare: str | None) -> bool:
    """A bare "N. Heading" opening a division that holds no article yet: it starts a numbering (at
    1, or where a partial copy starts), and the next numbers of one already started go on with it."""
    bare = bare_section_label(line)
    if bare is not None and bare.number == "1" and _SECTION_START.match(line) \
            and ACT_TITLE.match(outline.pending_heading or ""):
        return True  # "PUBLIC LIBRARIES ACT" then "1. Short title.": another Act starts in the file
    division = outline.division
    if division is None and outline.article is None and outline.preamble is not None \
            and bare is not None and _SECTION_START.match(line) and ACT_TITLE.match(outline.preamble.items[0]):
        return True  # "IMMIGRATION ACT" closed the Act before; "131 (1) ..." is the first section of its extract
    if division is None or (outline.article is not None and outline.article.parent is division):
        return False
    if bare is None or _SECTION_START.match(line) is None:
        return False  # "3. Offence ...", "3.—(1) A person ...", "271.2 Offence of ..."
    if bare.number == "1" or last_bare is None:
        return True  # a numbering starts (at 1, or where a partial copy of an Act starts)
    if ACT_TITLE.match(outline.pending_heading or ""):
        return True  # "IMMIGRATION ACT" then "131 (1) ...": an extract of another Act starts
    previous, number = number_base(last_bare), number_base(bare.number)
    if previous is not None and previous == number and "." in last_bare and "." in bare.number:
        return after_point(bare.number) > after_point(last_bare)  # "412.01", then "412.011" or "412.04"
    return previous is not None and number is not None and 0 < number - previous <= 3


def next_section(outline: Outline, bare: Label) -> bool:
    """A bare "81." inside a worded section continues the section numbering, not a list."""
    article = outline.article
    if article is None:
        return False
    a, b = number_base(article.number), number_base(bare.number)
    if a is None or b is None or b == 1:
        return False
    if b == a and "." in article.number and "." in bare.number:
        # Decimal section numbers ("271.2" then "271.3"): the part after the point goes on.
        return after_point(bare.number) > after_point(article.number)
    if b <= a:
        return False
    return not continues_list(outline, b)


def continues_list(outline: Outline, number: int) -> bool:
    """An open or finished "1." list in this article whose next number this is."""
    article = outline.article
    if article is None:
        return False
    nodes = list(outline.stack) + [c for c in article.children() if c.style == "1."]
    return any(n.style == "1." and number_base(n.number) == number - 1 for n in nodes)


def paragraph_not_section(outline: Outline, bare: Label) -> bool:
    """In a law of bare section numbers, a "1." after a lead-in or a "2." after it is a paragraph."""
    if outline.article is None or not re.fullmatch(r"\d{1,3}", bare.number):
        return False
    number = int(bare.number)
    if number == 1:
        node = outline.innermost()
        last = node.last_text().rstrip() if node is not None else ""
        return last.endswith((":", "—", "–", "-"))
    return continues_list(outline, number)
