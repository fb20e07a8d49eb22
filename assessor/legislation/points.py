"""Paragraphs, points and the other citable parts of an article, nested by their label style.

A style already open means a sibling, a new style a child ("(1)" > "(a)" > "(i)"; "I." > "1°";
"1." > "a)"). A letter that is also a roman numeral is told apart by what is open; a "(b)" with
no "(a)" recovers the "(a)" lost in scanning. Explanations, provisos and Spanish parágrafos are
cited by their word.
"""

from __future__ import annotations

import re

from assessor.legislation import units
from assessor.legislation.definitions import relabel_lost_definition
from assessor.legislation.labels import Label, point_label
from assessor.legislation.model import Kind
from assessor.legislation.tree import Node, Outline, point_citation

ROMAN_NUMERALS = {
    "i",
    "ii",
    "iii",
    "iv",
    "v",
    "vi",
    "vii",
    "viii",
    "ix",
    "x",
    "xi",
    "xii",
    "xiii",
    "xiv",
    "xv",
    "xvi",
    "xvii",
    "xviii",
    "xix",
    "xx",
}
# A letter that can also be a roman numeral is a letter when it follows its alphabetical predecessor.
_LETTER_BEFORE = {"i": "h", "v": "u", "x": "w", "l": "k", "c": "b", "d": "c", "m": "l"}
_ROMAN_STYLE_OF = {"(a)": "(i)", "a)": "i)", "A.": "I.", "(A)": "(I)"}


def open_point(outline: Outline, label: Label) -> None:
    """Open a paragraph or point under the open article (or division) at the level its style says."""
    parent_root = outline.article or outline.division
    if parent_root is None:
        outline.add_text(label.raw)
        return
    style = resolve_style(outline.stack, label)
    relabel_lost_definition(outline, label, style)
    if style == "-":
        outline.add_text(label.rest or label.raw)
        return
    open_styles = [n.style for n in outline.stack]
    if (
        outline.stack
        and outline.stack[0].style in units.SPECIAL_STYLES
        and style not in open_styles
        and outline.article is not None
        and any(c.style == style for c in outline.article.children())
    ):
        # "(2)" after "Explanation 1.—": the subsections go on at the article's level.
        outline.stack, open_styles = [], []
    if style in open_styles:
        while outline.stack and outline.stack[-1].style != style:
            outline.stack.pop()
        outline.stack.pop()
    parent = outline.stack[-1] if outline.stack else parent_root
    _fill_missing_first(outline, parent, style, label.number)
    kind = Kind.PARAGRAPH if style in {"(1)", "1.", "I.", "1°"} and not outline.stack else Kind.POINT
    citation = point_citation(parent.citation, Label(label.kind, style, label.number, "", "", ""))
    node = outline.new(
        kind, style, label.number, citation, label.raw[: len(label.raw) - len(label.rest)].strip(), "", parent
    )
    outline.stack.append(node)
    if label.rest:
        nested = point_label(label.rest)
        if nested is not None and nested.style != "-":
            open_point(outline, nested)  # "(1)(a) text" or "I. - 1° text"
        else:
            node.items.append(label.rest)


def resolve_style(stack: list[Node], label: Label) -> str:
    """Tell a letter from a roman numeral ("(i)" after "(h)" is a letter) and keep "1." apart."""
    style, number = label.style, label.number
    lower = number.lower()
    letter_style = {"(i)": "(a)", "i)": "a)", "I.": "A.", "(I)": "(A)"}.get(style)
    roman_style = _ROMAN_STYLE_OF.get(style)
    open_nodes = {n.style: n for n in stack}
    if roman_style is None and letter_style is None:
        return style
    if roman_style is not None and lower in ROMAN_NUMERALS:
        # The pattern said letter; is it a roman numeral after all?
        opened = open_nodes.get(style)
        if opened is not None and opened.number.lower() == _LETTER_BEFORE.get(lower):
            return style
        if roman_style in open_nodes or (len(lower) > 1) or (opened is not None):
            return roman_style if (opened is None or opened.number.lower() != _LETTER_BEFORE.get(lower)) else style
        if style == "A." and lower == "i":
            return "I."
        return style if opened is None and lower not in {"i"} else roman_style
    if letter_style is not None:
        if style == "I." and label.raw[len(number) : len(number) + 1] == ")":
            letter_style = "A)"  # "C)" after "B)" in a Spanish list of upper-case letters
        opened = open_nodes.get(letter_style)
        if opened is not None and len(lower) == 1 and ord(opened.number.lower()) == ord(lower) - 1:
            return letter_style
    return style


def _fill_missing_first(outline: Outline, parent: Node, style: str, number: str) -> None:
    """A "(b)" with no "(a)" before it: the text after the lead-in ending in ":" was "(a)" (lost in OCR)."""
    if number not in {"b", "2", "ii", "B", "II"}:
        return
    if any(c.style == style for c in parent.children()):
        return
    items = parent.items
    lead = next((i for i, item in enumerate(items) if isinstance(item, str) and item.rstrip().endswith(":")), None)
    if lead is None or lead == len(items) - 1 or not all(isinstance(x, str) for x in items[lead + 1 :]):
        return
    moved = [x for x in items[lead + 1 :] if isinstance(x, str)]
    del items[lead + 1 :]
    first = {"b": "a", "2": "1", "ii": "i", "B": "A", "II": "I"}[number]
    citation = point_citation(parent.citation, Label("point", style, first, "", "", ""))
    node = outline.new(Kind.POINT, style, first, citation, "", "", parent)
    node.implicit = True
    node.items.extend(moved)


def open_subdivision(outline: Outline, m: re.Match[str]) -> None:
    """Explanations, provisos and Spanish parágrafos: citable parts of an article."""
    article = outline.article
    assert article is not None  # noqa: S101 - the caller checked
    word = m.group("word") or m.group("word2")
    kind = word.casefold()
    if kind.startswith("provided"):
        parent = outline.stack[0] if outline.stack and outline.stack[0].style not in units.SPECIAL_STYLES else article
        same = [c for c in parent.children() if c.style == "proviso"]
        citation = f"{parent.citation} proviso" + (f" {len(same) + 1}" if same else "")
        node = outline.new(Kind.PARAGRAPH, "proviso", "", citation, "", "", parent)
        outline.stack = ([parent] if parent is not article else []) + [node]
        node.items.append(m.group(0).strip())
        return
    number = units.clean_ordinal(m.group("num") or "")
    name = "Explanation" if kind.startswith(("explanation", "explication", "explicación")) else "parágrafo"
    citation = f"{article.citation} {name}" + (f" {number}" if number else "")
    node = outline.new(Kind.PARAGRAPH, name, number, citation, m.group(0)[: m.start("rest")].strip(), "", article)
    outline.stack = [node]
    rest = m.group("rest").strip()
    if rest:
        node.items.append(rest)
