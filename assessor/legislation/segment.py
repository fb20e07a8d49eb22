"""Cutting a file's blocks into a tree of citable provisions.

One pass over the blocks with a stack of open provisions:
- a division label (Part, Chapter, Titre, Título ...) closes everything below its rank;
- an article label (Section 2, Article 225-4-1, Artículo 177 bis, § 1589, or a bare "2."
  in a law whose sections have no word) opens a new article under the current division;
- a paragraph or point label nests by its style: a style already open means a sibling,
  a new style means a child ("(1)" > "(a)" > "(i)"; "I." > "1°"; "1." > "a)");
- unnumbered text belongs to the innermost open provision, except after a list that ended
  with a full stop, where it returns to the list's parent (the French "alinéa" after 1°-4°).

The style of the file decides the ambiguous cases (a bare "2." is a section in a law with
no "Section"/"Article" words, and a paragraph in one that has them). Laws whose numbers
were lost in scanning (headings but no section numbers) get their sections numbered in
order after the enacting formula, as a reader would.

This module is the state machine that reads line by line; the rules it applies live beside it:
`file_style` (the file's numbering style), `tree` (the nodes, their citations, the conversion to
provisions), `headings`, `points`, `definitions`, `numbering` (bare numbers), `lost_numbers`
(laws read by their headings) and `inserts` (amending clauses quoting what they insert).
"""

from __future__ import annotations

import re

from assessor.legislation import units
from assessor.legislation.citations import citation_key
from assessor.legislation.definitions import in_definitions, open_definition
from assessor.legislation.file_style import FileStyle, file_style
from assessor.legislation.headings import (
    HEADING_THEN_SENTENCE,
    heading_key,
    heading_with_stop,
    is_heading_like,
    split_heading,
)
from assessor.legislation.inserts import continue_insert, read_inline_inserts
from assessor.legislation.labels import Label, article_label, bare_section_label, division_label, point_label
from assessor.legislation.layout import layout_of
from assessor.legislation.lost_numbers import ImplicitSections, lost_subsection
from assessor.legislation.model import Block, Kind, Provision
from assessor.legislation.numbering import (
    ACT_TITLE,
    SECTION_THEN_SENTENCE,
    bare_under_division,
    next_section,
    paragraph_not_section,
)
from assessor.legislation.points import open_point, open_subdivision
from assessor.legislation.tree import Outline, article_citation, to_provisions

# `defined_terms` has long been importable from here (tests do).
from assessor.legislation.units import defined_terms

__all__ = ["defined_terms", "segment"]

# A consolidated text's note on repealed sections: "[Sections 8 to 19 repealed by ...]", "[Articles 8 à 19
# abrogés]", "[Artículos 8 a 19 derogados]".
_REPEALED_RANGE = re.compile(r"\b(?:sections?|ss\.|articles?|art[ií]culos?|arts?\.)\s+\d{1,4}[A-Z]?\s*"
                             r"(?:to|-|–|à|a|au)\s*(?P<last>\d{1,4}[A-Z]?)\b[^\]]{0,20}"
                             r"\b(?:repealed|abrog\w*|derogad\w*|omitted|spent)",
                             re.IGNORECASE)
_LIST_CONTINUES = re.compile(r"(?:[;,:]|\b(?:and|or|et|ou|y|o|e|u)|—|–|-)\s*$", re.IGNORECASE)


class _Segmenter:
    """Reads a file's lines one by one into an `Outline`, deciding what each line opens or continues."""

    def __init__(self, source: str, language: str, uid_prefix: str) -> None:
        self.source = source
        self.language = language
        self.prefix = uid_prefix
        self.outline = Outline()
        self.implicit = ImplicitSections(self.outline)
        self.enacted = False
        self.style = FileStyle(False, False, False, frozenset())
        self.implicit_ok = True
        self.in_insert = False
        self.last_bare: str | None = None  # the last bare section number read inside a worded code
        self.formula_line = False  # the line being read holds an enacting formula
        self.next_line = ""  # the line after the one being read

    # -- the main loop ---------------------------------------------------------------------
    def feed(self, lines: list[str], style: FileStyle) -> None:
        """Read every line of the file, then place a heading still pending."""
        self.style = style
        unnumbered = style.implicit_lines
        for i, raw in enumerate(lines):
            self.implicit_ok = unnumbered is None or unnumbered[i]
            self.formula_line = i in style.formula_lines
            self.next_line = lines[i + 1].strip() if i + 1 < len(lines) else ""
            self.feed_line(raw, style)
        self._flush_pending()

    def feed_line(self, raw: str, style: FileStyle) -> None:
        """Read one line: a division, article, subdivision or point label, a heading, or text.

        The readers are tried in a fixed order; the first that consumes the line ends it.
        """
        line = raw.strip()
        if not line:
            return
        if style.drop and heading_key(line) in style.drop:
            return
        formula = not self.enacted and self.formula_line and not self.in_insert
        if formula:  # once enacted, the formula needs no more looking for
            self.enacted = True
        if self.last_bare is not None and ("epeal" in line or "brog" in line or "erog" in line):
            repealed = _REPEALED_RANGE.search(line)
            if repealed is not None:
                self.last_bare = repealed.group("last")  # the numbering goes on after the repealed ones
        if not self.in_insert and continue_insert(self.outline, line):
            return
        if self._read_label(line, style):
            return
        if style.implicit_sections and self.enacted and self.implicit_ok and not formula and self.implicit.read(line):
            return  # (the formula itself opens no section: the long title above it is no heading)
        if any(q in line for q in '"“«') and (units.INSERTS.search(line) or self._quoted_after_clause(line)) \
                and self._inline_inserts(line):
            return
        if self._read_unit(line):
            return
        if self._read_point(line, style):
            return
        self._read_heading_or_text(line, style)

    def _read_label(self, line: str, style: FileStyle) -> bool:
        """A division or article label, or a bare section number in a law of bare numbers."""
        outline = self.outline
        word_mode = "s." if style.bare_sections else "art."
        div = division_label(line)
        if div is not None and not (
            div.word.lower() == "section"
            and style.word_articles is False
            and not re.search(r"[:–—]", line)
            and div.rest == ""
        ):
            outline.open_division(div)
            return True
        art = article_label(line)
        if art is not None and art.word in ("§", "§§") and outline.article is not None \
                and outline.article.citation.startswith("art."):
            # "§ 1er." inside "Art. 433quinquies.": in civil-law codes the sign numbers an article's
            # paragraphs (in common-law codes it numbers the sections themselves).
            self._flush_pending()
            rest = re.sub(r"^(?:er|re)\b\.?\s*", "", art.rest).lstrip(". ")
            open_point(outline, Label("paragraph", "§", art.number, "", rest, line))
            return True
        if art is not None:
            self.on_article(art, word_mode)
            return True
        if style.bare_sections:
            bare = bare_section_label(line)
            if bare is not None and not point_label(line):
                if paragraph_not_section(outline, bare):
                    self._flush_pending()
                    open_point(outline, Label("paragraph", "1.", bare.number, "", bare.rest, line))
                else:
                    self.on_article(bare, word_mode)
                return True
        return False

    def _read_unit(self, line: str) -> bool:
        """A definition (on its own line or as a table row) or an explanation, proviso or parágrafo."""
        outline = self.outline
        defined = units.DEFINITION_LINE.match(line)
        if defined is not None and outline.article is not None:
            self._flush_pending()
            open_definition(outline, defined.group("term"), line)
            return True
        bare_term = units.UNQUOTED_DEFINITION.match(line)
        if bare_term is not None and len(bare_term.group("term").split()) <= 4 and in_definitions(outline):
            # "exploitation includes ..." under "The following definitions apply": a term printed in bold
            # in the gazette, its quotation marks never there (the bold lost in the text).
            self._flush_pending()
            open_definition(outline, bare_term.group("term"), line)
            return True
        row = units.DEFINITION_ROW.match(line)
        if row is not None and in_definitions(outline):
            # A definitions table flattened to "term | meaning" rows.
            self._flush_pending()
            open_definition(outline, row.group("term").strip(" “”\"'‘’"), f"{row.group('term')}: {row.group('rest')}")
            return True
        special = units.SUBDIVISION.match(line)
        if special is not None and outline.article is not None:
            self._flush_pending()
            open_subdivision(outline, special)
            return True
        return False

    def _read_point(self, line: str, style: FileStyle) -> bool:
        """A point label, or in a code whose sections have a word, a bare number read in context."""
        outline = self.outline
        pt = point_label(line)
        if pt is None and style.word_articles and bare_under_division(outline, line, self.last_bare):
            # "1. Short title" right under a heading, in a code whose sections have a word: another Act
            # inside the file, numbered bare from 1 (and its "3." under its next Part goes on with it;
            # "81." after "Section 13" is handled below).
            bare = bare_section_label(line)
            if bare is not None:
                self.on_article(bare, "s.")
                self.last_bare = bare.number
                return True
        if pt is None and style.word_articles and outline.article is not None:
            bare = bare_section_label(line)
            if bare is not None and SECTION_THEN_SENTENCE.match(line) and next_section(outline, bare):
                # "81. In this Act-" after "Section 13": the section numbering goes on.
                self.on_article(bare, "s." if outline.article.citation.startswith("s.") else "art.")
                self.last_bare = bare.number
                return True
            if bare is not None and re.fullmatch(r"\d{1,3}", bare.number) and re.match(r"^\d{1,3}\.\s", line):
                pt = Label("paragraph", "1.", bare.number, "", bare.rest, line)
        if pt is not None:
            self._flush_pending()
            open_point(outline, pt)
            return True
        return False

    def _read_heading_or_text(self, line: str, style: FileStyle) -> None:
        """A heading (held until it is known what it heads) or unnumbered text."""
        outline = self.outline
        if outline.article is not None and (outline.article.texts() or outline.article.children()) \
                and len(line.split()) >= 3 and ACT_TITLE.match(line):
            # Another Act's title in capitals after an article with text: the Act before has ended, and
            # its title and what stands before its first article are that Act's front matter.
            self._flush_pending()
            outline.start_front_matter(line)
            return
        split = HEADING_THEN_SENTENCE.match(line) if outline.article is not None else None
        if split is not None:
            # "Tráfico de migrantes. El que con ánimo de lucro" wrapped at the column: a marginal
            # heading, then the first words of the article's sentence, which goes on below.
            self._flush_pending()
            outline.pending_heading = split.group("heading").rstrip(".")
            self._flush_pending()
            self._unnumbered(split.group("rest"))
            return
        article = outline.article
        if heading_with_stop(line) and self._label_follows(style) and (
                article is None or article.texts() or article.children() or outline.stack):
            # (the article above has words of its own: this line is not its only sentence)
            # "Interpretation." above "2.—In this Act—": a section heading that closes with a full stop,
            # as Acts that print their headings above the section number do.
            self._flush_pending()
            outline.pending_heading = line[:-1]
            return
        if is_heading_like(line) and (
            not line.endswith(":")
            or (style.implicit_sections and self.enacted and self.implicit_ok and self.implicit.count == 0)
        ):
            self._flush_pending()
            division = outline.division
            if outline.article is None and division is not None and not division.heading and not division.items:
                division.heading = line  # "TÍTULO I" then "DISPOSICIONES GENERALES"
                return
            outline.pending_heading = line
            return
        self._flush_pending()
        self._unnumbered(line)

    def _label_follows(self, style: FileStyle) -> bool:
        """The next line opens an article with its text (no heading of its own on the label line)."""
        nxt = self.next_line
        worded = article_label(nxt)
        # A bare number then a dash ("5.—(1) A person ...") opens a section even in a code whose own sections
        # have a word: an Act copied into it, its marginal headings above its sections.
        dashed = re.match(r"^\d{1,4}[A-Z]?\.?[—–]", nxt) is not None
        label = worded or (bare_section_label(nxt) if style.bare_sections or dashed else None)
        # ("S. 4 (1) ..." also reads as a point "S.": the section word decides.)
        if label is None or (worded is None and point_label(nxt) is not None):
            return False
        return not split_heading(label.rest)[0]

    # -- articles --------------------------------------------------------------------------
    def on_article(self, label: Label, word_mode: str) -> None:
        """An article label: open the article, with its heading and any text or point on the same line."""
        outline = self.outline
        citation = article_citation(label, word_mode)
        rest = label.rest
        heading, text = "", ""
        inline = point_label(rest) if rest else None
        if rest and inline is None:
            heading, text = split_heading(rest)
        current = outline.article
        if (
            current is not None
            and not current.items
            and not outline.stack
            and citation_key(current.citation) == citation_key(citation)
        ):
            # "Artículo 411 BIS" then "ART. 411 bis.- ...": one article labelled twice.
            current.heading = current.heading or heading
            if inline is not None:
                open_point(outline, inline)
            elif text:
                outline.add_text(text)
            return
        outline.open_article(
            citation,
            label.number,
            label.raw[: len(label.raw) - len(label.rest)].strip(),
            heading or (outline.pending_heading or ""),
        )
        # "SEC. 10. Penalties and Sanctions. – (a) Any person ...": the heading, then the first point.
        if inline is None and heading and text:
            inline = point_label(text)
        if inline is not None:
            open_point(outline, inline)
        elif text:
            outline.add_text(text)

    def _quoted_after_clause(self, line: str) -> bool:
        """A quoted article opening the line just after an amending clause wrapped before its quotation
        ('... el siguiente párrafo, con los artículos que se indican: "5 bis. ...' / '"Artículo 411 bis.- ...')."""
        if units.QUOTED_ARTICLE.match(line) is None:
            return False
        node = self.outline.innermost()
        last = node.last_text() if node is not None else ""
        return units.INSERTS.search(last[-400:]) is not None

    def _inline_inserts(self, line: str) -> bool:
        # The clause's own quoted words are not read again as inserts.
        if self.in_insert:
            return False
        return read_inline_inserts(self.outline, line, self._feed_clause)

    def _feed_clause(self, clause: str) -> None:
        self.in_insert = True
        self.feed_line(clause, self.style)
        self.in_insert = False

    # -- headings and unnumbered text ------------------------------------------------------
    def _flush_pending(self) -> None:
        outline = self.outline
        if outline.pending_heading is not None:
            heading = outline.pending_heading
            outline.pending_heading = None
            article = outline.article
            if article is not None and not article.heading and not article.items and not outline.stack:
                article.heading = heading  # "Article 6" then "Assistance to and protection of victims"
            else:
                self._unnumbered(heading)

    def _unnumbered(self, line: str) -> None:
        outline = self.outline
        # After a list whose last item closed with a full stop, a new sentence returns to the
        # list's parent (French alinéa, Spanish closing paragraph).
        if outline.stack and line[:1].isupper():
            last = outline.stack[-1].last_text()
            if last and not _LIST_CONTINUES.search(last) and outline.stack[-1].kind is Kind.POINT:
                outline.stack.pop()
                while outline.stack and outline.stack[-1].kind is Kind.POINT:
                    outline.stack.pop()
        if outline.article is not None and outline.stack and lost_subsection(outline, line):
            return
        outline.add_text(line)


def segment(blocks: list[Block], source: str, language: str, uid_prefix: str = "p") -> list[Provision]:
    """Cut one file's blocks into provisions, in reading order."""
    layout = layout_of(blocks)
    style = file_style(list(layout.lines))
    segmenter = _Segmenter(source, language, uid_prefix)
    segmenter.feed(list(layout.lines), style)
    return to_provisions(segmenter.outline.nodes, source, language, uid_prefix)
