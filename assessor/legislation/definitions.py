"""Definitions as citable units: a defined term on its own line, or a "term | meaning" row, is cited
by its section and the term ('s. 2 “child”'); lettered points after it belong to it.
"""

from __future__ import annotations

from assessor.legislation import units
from assessor.legislation.labels import Label
from assessor.legislation.model import Kind
from assessor.legislation.tree import Outline, point_citation


def open_definition(outline: Outline, term: str, line: str) -> None:
    """A defined term on its own line ('"child" means ...'): a citable unit of its section.

    Cited by the section (or subsection) and the term: 's. 2 “child”'. Lettered points after
    it belong to it, until the next definition.
    """
    article = outline.article
    assert article is not None  # noqa: S101 - the caller checked
    index = next((i for i, n in enumerate(outline.stack) if n.style == "definition"), None)
    if index is not None:
        outline.stack = outline.stack[:index]
    else:
        outline.stack = [n for n in outline.stack if n.kind is not Kind.POINT]
    parent = outline.stack[-1] if outline.stack else article
    term = " ".join(term.split())
    citation = f"{parent.citation} “{term}”"
    node = outline.new(Kind.PARAGRAPH, "definition", term, citation, "", "", parent)
    node.items.append(line)
    outline.stack.append(node)


def in_definitions(outline: Outline) -> bool:
    """Inside a definitions section: one already holding definition units, or one whose heading
    or opening words announce definitions."""
    article = outline.article
    if article is None:
        return False
    if any(c.style == "definition" for c in article.children()):
        return True
    opening = " ".join([article.heading, *article.texts()[:1]])
    return bool(units.DEFINITIONS_LEAD.search(opening))


def relabel_lost_definition(outline: Outline, label: Label, style: str) -> None:
    """'"coercion" means ...' then '(b) "compelled labour" includes ...': the first definition was
    point (a), its label lost in scanning; it is cited so, and (b) is its sibling."""
    first = {"b": "a", "2": "1", "ii": "i", "B": "A"}.get(label.number)
    index = next((i for i, n in enumerate(outline.stack) if n.style == "definition"), None)
    if first is None or index is None or not units.DEFINITION_LINE.match(label.rest):
        return
    node = outline.stack[index]
    parent = node.parent
    if parent is None or sum(1 for c in parent.children() if c.style == "definition") != 1:
        return
    was = node.citation
    node.style, node.number, node.implicit, node.kind = style, first, True, Kind.POINT
    node.citation = point_citation(parent.citation, Label("point", style, first, "", "", ""))
    pending = node.children()
    while pending:
        child = pending.pop()
        child.citation = node.citation + child.citation[len(was) :]
        pending.extend(child.children())
    outline.stack = outline.stack[: index + 1]
