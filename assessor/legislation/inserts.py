"""Amending clauses that quote, on one line, the articles they insert into another instrument."""

from __future__ import annotations

from collections.abc import Callable

from assessor.legislation import units
from assessor.legislation.citations import citation_key
from assessor.legislation.headings import split_heading
from assessor.legislation.labels import article_label
from assessor.legislation.model import Kind
from assessor.legislation.tree import Outline


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
    for label, citation in inserted:
        number = label.number
        heading, text = split_heading(units.QUOTE_END.sub("", label.rest))
        node = outline.new(Kind.ARTICLE, "article", number, citation, label.raw[:40].strip(), heading, outline.division)
        if text:
            node.items.append(text)
    return True
