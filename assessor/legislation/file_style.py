"""The numbering style of a whole file, read before its lines are segmented.

Whether sections carry a word ("Section 2", "Article 5") or are bare numbers ("2."), whether
sections whose numbers were lost are to be numbered after the enacting formula, which running
headers to drop, and which parts of the file hold no bare section number at all.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from assessor.legislation.headings import heading_key, is_heading_like
from assessor.legislation.labels import Label, article_label, bare_section_label, division_label, point_label
from assessor.legislation.numbering import ACT_TITLE
from assessor.legislation.units import sequence_consistency

ENACTING = re.compile(
    r"(hereby enacted|be it enacted|it is enacted|enacts as follows|a adopté|ont adopté|promulgue la loi"
    r"|sancionan con fuerza de|decreta:|decretan:|ha aprobado|have agreed as follows|han convenido)",
    re.IGNORECASE,
)
_ENACTING_LOWER = re.compile(ENACTING.pattern)  # the words are lower case already


@dataclass
class FileStyle:
    """How a file numbers its provisions; decides the ambiguous labels (is "2." a section?)."""

    word_articles: bool
    bare_sections: bool
    implicit_sections: bool
    drop: frozenset[str]
    # Per line, where sections whose numbers were lost may be opened (None: wherever the style allows).
    implicit_lines: tuple[bool, ...] | None = None
    formula_lines: frozenset[int] = frozenset()  # the lines holding an enacting formula


def formula_lines(lines: list[str]) -> frozenset[int]:
    """The indexes of the lines holding an enacting formula, found in one pass over the whole text."""
    text = "\n".join(lines)
    found = set()
    for m in _ENACTING_LOWER.finditer(text.lower()):  # lower-cased once: the pattern runs without case folding
        found.add(text.count("\n", 0, m.start()))
    return frozenset(found)


def file_style(lines: list[str]) -> FileStyle:
    """Read the file's numbering style from all its lines."""
    word_articles = sum(1 for line in lines if article_label(line) and not division_label(line)) >= 1
    bare = [bare_section_label(line) for line in lines] if not word_articles else []
    bare_labels = [b for b in bare if b and not point_label(b.raw)]
    bare_numbers = [b.number for b in bare_labels]
    bare_sections = not word_articles and (
        (len(bare_numbers) >= 2 and _consistency_per_act(lines, bare) >= 0.7)
        # A file holding one section: "25 Assisting unlawful immigration" then "(1) A person ...".
        or (len(bare_numbers) == 1 and (is_heading_like(bare_labels[0].rest) or bare_labels[0].rest.startswith("(1)")))
    )
    # Running headers of scanned or converted texts: the same heading-like line, digits aside,
    # three times or more.
    keys = Counter(
        heading_key(line)
        for line in lines
        if (is_heading_like(line) or re.search(r"\d", line))
        and not (division_label(line) or article_label(line) or point_label(line) or bare_section_label(line))
    )
    drop = frozenset(k for k, n in keys.items() if n >= 3 and len(k) >= 8)
    # Sections numbered in order after the enacting formula, where the numbers were lost; in a
    # file that also holds numbered sections (another Act), only in its parts without them.
    formulas = formula_lines(lines)
    implicit = not word_articles and bool(formulas)
    implicit_lines = None
    if word_articles and formulas:
        # A law whose numbers were lost, copied into a code whose sections have a word.
        regions = enacted_unnumbered_regions(lines, formulas)
        if any(regions):
            implicit, implicit_lines = True, tuple(regions)
    elif bare_sections and implicit:
        implicit_lines = tuple(unnumbered_regions(lines, formulas))
    return FileStyle(word_articles, bare_sections, implicit, drop, implicit_lines, formulas)


def _consistency_per_act(lines: list[str], bare: list[Label | None]) -> float:
    """The sequence consistency of the bare section numbers, each Act's run measured apart: extracts
    of two Acts in one file ("412.01", "412.04", then "LOI SUR L'IMMIGRATION" and "131") jump where
    the second Act's title stands, and that jump is not a break in either numbering."""
    runs: list[list[str]] = [[]]
    for line, label in zip(lines, bare, strict=True):
        if label is None and runs[-1] and ACT_TITLE.match(line.strip()):
            runs.append([])
        elif label is not None and not point_label(label.raw):
            runs[-1].append(label.number)
    steps = sum(len(run) - 1 for run in runs if run)
    if steps <= 0:
        return 0.0
    return sum(sequence_consistency(run) * (len(run) - 1) for run in runs if len(run) >= 2) / steps


def enacted_unnumbered_regions(lines: list[str], formulas: frozenset[int]) -> list[bool]:
    """Per line, whether it lies after an enacting formula and before the next worded section label,
    in a stretch of ten lines or more with no section number at all: an Act whose numbers were lost,
    inside a file whose other sections say "Section" or "Article"."""
    out = [False] * len(lines)
    i = 0
    while i < len(lines):
        if i not in formulas:
            i += 1
            continue
        j = i + 1
        while j < len(lines) and not _worded_label(lines[j].strip()):
            j += 1
        numbered = any((b := bare_section_label(line.strip())) is not None and not point_label(b.raw)
                       for line in lines[i + 1:j] if line.strip()[:1].isdigit())
        if j - i >= 10 and not numbered:
            out[i:j] = [True] * (j - i)
        i = j
    return out


def _worded_label(line: str) -> bool:
    return article_label(line) is not None and division_label(line) is None


def unnumbered_regions(lines: list[str], formulas: frozenset[int] | None = None) -> list[bool]:
    """Per line, whether it lies in a part of the file with no bare section number.

    Parts start at an enacting formula and at a numbering that restarts at 1 (a second Act):
    an Act whose numbers were lost, beside one numbered "1. Short title", is read by its headings.
    A part shorter than a few lines (the gap between a formula and "1.") is not an Act.
    """
    region = 0
    regions: list[int] = []
    numbered: set[int] = set()
    formulas = formula_lines(lines) if formulas is None else formulas
    for index, raw in enumerate(lines):
        line = raw.strip()
        bare = bare_section_label(line) if line[:1].isdigit() else None
        if index in formulas or (bare is not None and bare.number == "1" and not point_label(line)):
            region += 1
        if bare is not None and not point_label(line):
            numbered.add(region)
        regions.append(region)
    sizes = Counter(regions)
    return [r not in numbered and sizes[r] >= 10 for r in regions]
