"""Amending clauses that quote, on one line, the articles they insert into another instrument."""

from __future__ import annotations

from collections.abc import Callable

from assessor.legislation import units
from assessor.legislation.citations import citation_key
from assessor.legislation.headings import split_heading
from assessor.legislation.labels import Label, article_label, division_label
from assessor.legislation.model import Kind
from assessor.legislation.tree import Node, Outline


def read_inline_inserts(outline: Outline, line: str, feed_clause: Callable[[str], None]) -> bool:
    """An amending clause quoting the articles it inserts, on one line.

    '1. Incorpórase ... el siguiente artículo: "Artículo 78 bis.- ..."': the clause stays
    where it is (`feed_clause` reads it as an ordinary line); each quoted article becomes an
    article cited by the number it takes in the amended instrument ("CPP 78 bis" when that
    instrument is another code or decree-law). Returns True when the line was consumed here.
    """
    quote = units.QUOTED_ARTICLE.search(line)
    if quote is None:
        return False
    clause, body = line[: quote.start()].strip(), line[quote.end() :]
    starts = [m.start() for m in units.INNER_ARTICLE.finditer(body)]
    pieces = [body[a:b] for a, b in zip(starts, starts[1:] + [len(body)], strict=True)]
    labels = [(article_label(piece.strip()), piece) for piece in pieces]
    if not labels or any(label is None for label, _ in labels):
        return False
    prefix = units.instrument(clause)
    if prefix is None and outline.article is not None:
        lead = next(iter(outline.article.texts()), "")
        prefix = units.instrument(lead)
    known = {citation_key(n.citation) for n in outline.nodes if n.kind is Kind.ARTICLE}
    inserted = []
    for label, _ in labels:
        assert label is not None  # noqa: S101 - checked above
        citation = f"{prefix} {label.number}" if prefix else f"art. {label.number}"
        # An article the file already holds as consolidated is the text in force; the amending
        # law's quotation is its original wording, superseded since: not a second article,
        # and not assessed (conventions, rule 10).
        if citation_key(citation) not in known:
            inserted.append((label, citation))
    if clause:
        feed_clause(clause)
    node = None
    for label, citation in inserted:
        node = _inserted_article(outline, label, citation)
    # A quotation still open at the end of the line (a clause hard-wrapped at the column): the lines
    # after it go on with the inserted text until the quotation closes.
    outline.open_insert = None if units.QUOTE_END.search(line) else (prefix, node)
    return True


def _inserted_article(outline: Outline, label: Label, citation: str) -> Node:
    heading, text = split_heading(units.QUOTE_END.sub("", label.rest))
    node = outline.new(Kind.ARTICLE, "article", label.number, citation, label.raw[:40].strip(), heading,
                       outline.division)
    if text:
        node.items.append(text)
    return node


def continue_insert(outline: Outline, line: str) -> bool:
    """A line inside a quotation an amending clause opened on an earlier line: its words go on with
    the last inserted article, and each quoted article label in it opens the next one. Returns True
    when the line was consumed here."""
    if outline.open_insert is None:
        return False
    if article_label(line) is not None or division_label(line) is not None:
        outline.open_insert = None  # the amending law's own next article: the quotation had closed
        return False
    prefix, node = outline.open_insert
    starts = [m.start() for m in units.INNER_ARTICLE.finditer(line)]
    head = line[: starts[0]] if starts else line
    if head.strip() and node is not None:
        node.items.append(units.QUOTE_END.sub("", head).strip())
    known = {citation_key(n.citation) for n in outline.nodes if n.kind is Kind.ARTICLE}
    ends = [*starts[1:], len(line)] if starts else []
    for a, b in zip(starts, ends, strict=True):
        label = article_label(line[a:b].strip())
        if label is None:
            if node is not None:
                node.items.append(line[a:b].strip())
            continue
        citation = f"{prefix} {label.number}" if prefix else f"art. {label.number}"
        if citation_key(citation) in known:
            node = None  # a consolidated article the file already holds: its old wording is not read
            continue
        node = _inserted_article(outline, label, citation)
    outline.open_insert = None if units.QUOTE_END.search(line) else (prefix, node)
    return True
