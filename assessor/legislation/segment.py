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
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from assessor.legislation import units
from assessor.legislation.citations import citation_key
from assessor.legislation.labels import (
    Label,
    article_label,
    bare_section_label,
    division_label,
    point_label,
)
from assessor.legislation.layout import layout_of
from assessor.legislation.model import Block, Kind, Provision
from assessor.legislation.units import defined_terms, number_base, sequence_consistency

DIVISION_RANK = {
    "schedule": 0,
    "annex": 0,
    "annexe": 0,
    "anexo": 0,
    "book": 1,
    "livre": 1,
    "libro": 1,
    "part": 2,
    "partie": 2,
    "parte": 2,
    "title": 3,
    "titre": 3,
    "título": 3,
    "titulo": 3,
    "chapter": 4,
    "chapitre": 4,
    "capítulo": 4,
    "capitulo": 4,
    "section": 5,
    "sección": 5,
    "seccion": 5,
    "division": 5,
    "sous-section": 6,
    "subpart": 6,
    "sub-part": 6,
}

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

ENACTING = re.compile(
    r"(hereby enacted|be it enacted|it is enacted|enacts as follows|a adopté|ont adopté|promulgue la loi"
    r"|sancionan con fuerza de|decreta:|decretan:|ha aprobado|have agreed as follows|han convenido)",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.;,]$")
_LIST_CONTINUES = re.compile(r"(?:[;,:]|\b(?:and|or|et|ou|y|o|e|u)|—|–|-)\s*$", re.IGNORECASE)
_MIDLINE_HEADING = re.compile(
    r"^(?P<before>.{1,80}?[:;])\s+(?P<heading>[A-Z][a-z]+(?: [a-z]+){0,5})\s+"
    r"(?P<rest>(?:Where|When|If|Any|Whoever|No|Subject|Notwithstanding)\b.*)$"
)
_INLINE_HEADING = re.compile(
    r"^(?P<heading>[A-Z][^.;:()\[\]]{3,90}?)\s+(?:(?P<label>\(1\))\s+|[-–—]\s+)(?P<rest>\S.*)$"
)


@dataclass
class _Node:
    kind: Kind
    style: str
    number: str
    citation: str
    label: str
    heading: str
    parent: _Node | None
    depth: int
    rank: int = 99  # divisions only
    items: list[str | _Node] = field(default_factory=list)  # text chunks and children, in order
    implicit: bool = False

    def children(self) -> list[_Node]:
        return [i for i in self.items if isinstance(i, _Node)]

    def texts(self) -> list[str]:
        return [i for i in self.items if isinstance(i, str)]

    def last_text(self) -> str:
        for item in reversed(self.items):
            if isinstance(item, str):
                return item
            return item.last_text()
        return ""


# A short heading ending with a full stop, then the opening words of an offence on the same line.
_HEADING_THEN_SENTENCE = re.compile(
    r"^(?P<heading>[A-ZÁÉÍÓÚÑ][^.;:]{2,60}\.)\s+(?P<rest>(?:El|La|Los|Las) que\b.*|Quien\b.*|Quiconque\b.*"
    r"|Toute personne\b.*|Le fait\b.*|Whoever\b.*|(?:Any|A|Every) person\b.*)$"
)


def _is_heading_like(text: str) -> bool:
    """A short line with no closing punctuation: a heading, a marginal note, a cross-heading."""
    if len(text) > 120 or _SENTENCE_END.search(text) or not text[:1].isalpha() or not text[:1].isupper():
        return False
    return len(text.split()) <= 14


def _opens_body(text: str) -> bool:
    """A line that reads as the start of a provision's text rather than a heading or page debris."""
    return text[:1].isupper() and (len(text.split()) >= 5 or text.endswith((".", ":", ";")))


def _heading_key(text: str) -> str:
    return re.sub(r"[^a-z]", "", text.casefold())


def _append_point(citation: str, label: Label) -> str:
    n = label.number
    if label.style in {"I.", "1°"}:  # French: "art. 225-4-1 I 1°"
        return f"{citation} {n}{'°' if label.style == '1°' else ''}"
    if label.style == "§":  # "art. 433quinquies § 1"
        return f"{citation} § {n}"
    return f"{citation}({n})"


def _article_citation(label: Label, mode_word: str) -> str:
    number = label.number.rstrip("°").strip()
    word = label.word.lower().rstrip(".")
    if word in {"§", "§§"}:
        return f"§ {number}"
    if word in {"section", "sec", "s"} or (word == "" and mode_word == "s."):
        return f"s. {number}"
    return f"art. {number}"


@dataclass
class _FileStyle:
    word_articles: bool
    bare_sections: bool
    implicit_sections: bool
    drop: frozenset[str]


def _file_style(lines: list[str]) -> _FileStyle:
    word_articles = sum(1 for line in lines if article_label(line) and not division_label(line)) >= 1
    bare = [bare_section_label(line) for line in lines] if not word_articles else []
    bare_labels = [b for b in bare if b and not point_label(b.raw)]
    bare_numbers = [b.number for b in bare_labels]
    bare_sections = not word_articles and (
        (len(bare_numbers) >= 2 and sequence_consistency(bare_numbers) >= 0.7)
        # A file holding one section: "25 Assisting unlawful immigration" then "(1) A person ...".
        or (len(bare_numbers) == 1 and (_is_heading_like(bare_labels[0].rest) or bare_labels[0].rest.startswith("(1)")))
    )
    # Running headers of scanned or converted texts: the same heading-like line, digits aside,
    # three times or more.
    keys = Counter(
        _heading_key(line)
        for line in lines
        if (_is_heading_like(line) or re.search(r"\d", line))
        and not (division_label(line) or article_label(line) or point_label(line) or bare_section_label(line))
    )
    drop = frozenset(k for k, n in keys.items() if n >= 3 and len(k) >= 8)
    # Sections numbered in order after the enacting formula, where the numbers were lost; in a
    # file that also holds numbered sections (another Act), only in its parts without them.
    implicit = not word_articles and any(ENACTING.search(line) for line in lines)
    return _FileStyle(word_articles, bare_sections, implicit, drop)


def _unnumbered_regions(lines: list[str]) -> list[bool]:
    """Per line, whether it lies in a part of the file with no bare section number.

    Parts start at an enacting formula and at a numbering that restarts at 1 (a second Act):
    an Act whose numbers were lost, beside one numbered "1. Short title", is read by its headings.
    A part shorter than a few lines (the gap between a formula and "1.") is not an Act.
    """
    region = 0
    regions: list[int] = []
    numbered: set[int] = set()
    for raw in lines:
        line = raw.strip()
        bare = bare_section_label(line) if line[:1].isdigit() else None
        if ENACTING.search(line) or (bare is not None and bare.number == "1" and not point_label(line)):
            region += 1
        if bare is not None and not point_label(line):
            numbered.add(region)
        regions.append(region)
    sizes = Counter(regions)
    return [r not in numbered and sizes[r] >= 10 for r in regions]


def _after_point(number: str) -> int:
    """The part of a decimal section number after its point ("271.3" -> 3; none -> 0)."""
    m = re.match(r"^\d+\.(\d{1,3})", number)
    return int(m.group(1)) if m else 0


class _Segmenter:
    def __init__(self, source: str, language: str, uid_prefix: str) -> None:
        self.source = source
        self.language = language
        self.prefix = uid_prefix
        self.nodes: list[_Node] = []
        self.division: _Node | None = None  # innermost open division
        self.article: _Node | None = None
        self.stack: list[_Node] = []  # open paragraphs/points of the current article
        self.pending_heading: str | None = None
        self.preamble: _Node | None = None
        self.enacted = False
        self.implicit_count = 0
        self.style = _FileStyle(False, False, False, frozenset())
        self.implicit_ok = True
        self.in_insert = False
        self.last_bare: str | None = None  # the last bare section number read inside a worded code

    # -- creating nodes ------------------------------------------------------------------
    def _new(
        self,
        kind: Kind,
        style: str,
        number: str,
        citation: str,
        label: str,
        heading: str,
        parent: _Node | None,
        rank: int = 99,
    ) -> _Node:
        node = _Node(kind, style, number, citation, label, heading, parent, (parent.depth + 1) if parent else 0, rank)
        if parent is not None:
            parent.items.append(node)
        self.nodes.append(node)
        return node

    def _innermost(self) -> _Node | None:
        if self.stack:
            return self.stack[-1]
        return self.article or self.division

    def _text(self, text: str) -> None:
        node = self._innermost()
        if node is None or (node.kind is Kind.DIVISION and self.article is None and not node.items and False):
            node = None
        if node is None:
            if self.preamble is None:
                self.preamble = self._new(Kind.PREAMBLE, "", "", "preamble", "", "", None)
            node = self.preamble
        node.items.append(text)

    # -- the label handlers ----------------------------------------------------------------
    def on_division(self, label: Label) -> None:
        rank = DIVISION_RANK.get(label.word.lower(), 5)
        parent = self.division
        while parent is not None and parent.rank >= rank:
            parent = parent.parent
        word = label.word[:1].upper() + label.word[1:].lower()
        number = label.number
        if number.isalpha() and not re.fullmatch(r"[IVXLC]+", number):
            number = number.capitalize()  # "BOOK TWO" is cited "Book Two", "CAPÍTULO ÚNICO" "Capítulo Único"
        citation = f"{word} {number}"
        node = self._new(Kind.DIVISION, label.style, number, citation, citation, label.rest, parent, rank)
        self.division, self.article, self.stack = node, None, []
        self.pending_heading = None

    def open_article(self, citation: str, number: str, label: str, heading: str, implicit: bool = False) -> None:
        node = self._new(Kind.ARTICLE, "article", number, citation, label, heading, self.division)
        node.implicit = implicit
        self.article, self.stack = node, []
        self.pending_heading = None

    def on_article(self, label: Label, word_mode: str) -> None:
        citation = _article_citation(label, word_mode)
        rest = label.rest
        heading, text = "", ""
        inline = point_label(rest) if rest else None
        if rest and inline is None:
            heading, text = _split_heading(rest)
        current = self.article
        if (
            current is not None
            and not current.items
            and not self.stack
            and citation_key(current.citation) == citation_key(citation)
        ):
            # "Artículo 411 BIS" then "ART. 411 bis.- ...": one article labelled twice.
            current.heading = current.heading or heading
            if inline is not None:
                self.point(inline)
            elif text:
                self._text(text)
            return
        self.open_article(
            citation,
            label.number,
            label.raw[: len(label.raw) - len(label.rest)].strip(),
            heading or (self.pending_heading or ""),
        )
        if inline is not None:
            self.point(inline)
        elif text:
            self._text(text)

    def point(self, label: Label) -> None:
        parent_root = self.article or self.division
        if parent_root is None:
            self._text(label.raw)
            return
        style = self._resolve_style(label)
        self._relabel_lost_definition(label, style)
        if style == "-":
            self._text(label.rest or label.raw)
            return
        open_styles = [n.style for n in self.stack]
        if (
            self.stack
            and self.stack[0].style in units.SPECIAL_STYLES
            and style not in open_styles
            and self.article is not None
            and any(c.style == style for c in self.article.children())
        ):
            # "(2)" after "Explanation 1.—": the subsections go on at the article's level.
            self.stack, open_styles = [], []
        if style in open_styles:
            while self.stack and self.stack[-1].style != style:
                self.stack.pop()
            self.stack.pop()
        parent = self.stack[-1] if self.stack else parent_root
        self._fill_missing_first(parent, style, label.number)
        kind = Kind.PARAGRAPH if style in {"(1)", "1.", "I.", "1°"} and not self.stack else Kind.POINT
        citation = _append_point(parent.citation, Label(label.kind, style, label.number, "", "", ""))
        node = self._new(
            kind, style, label.number, citation, label.raw[: len(label.raw) - len(label.rest)].strip(), "", parent
        )
        self.stack.append(node)
        if label.rest:
            nested = point_label(label.rest)
            if nested is not None and nested.style != "-":
                self.point(nested)  # "(1)(a) text" or "I. - 1° text"
            else:
                node.items.append(label.rest)

    def _relabel_lost_definition(self, label: Label, style: str) -> None:
        """'"coercion" means ...' then '(b) "compelled labour" includes ...': the first definition was
        point (a), its label lost in scanning; it is cited so, and (b) is its sibling."""
        first = {"b": "a", "2": "1", "ii": "i", "B": "A"}.get(label.number)
        index = next((i for i, n in enumerate(self.stack) if n.style == "definition"), None)
        if first is None or index is None or not units.DEFINITION_LINE.match(label.rest):
            return
        node = self.stack[index]
        parent = node.parent
        if parent is None or sum(1 for c in parent.children() if c.style == "definition") != 1:
            return
        was = node.citation
        node.style, node.number, node.implicit, node.kind = style, first, True, Kind.POINT
        node.citation = _append_point(parent.citation, Label("point", style, first, "", "", ""))
        pending = node.children()
        while pending:
            child = pending.pop()
            child.citation = node.citation + child.citation[len(was) :]
            pending.extend(child.children())
        self.stack = self.stack[: index + 1]

    def _resolve_style(self, label: Label) -> str:
        """Tell a letter from a roman numeral ("(i)" after "(h)" is a letter) and keep "1." apart."""
        style, number = label.style, label.number
        lower = number.lower()
        letter_style = {"(i)": "(a)", "i)": "a)", "I.": "A.", "(I)": "(A)"}.get(style)
        roman_style = _ROMAN_STYLE_OF.get(style)
        open_nodes = {n.style: n for n in self.stack}
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

    def _fill_missing_first(self, parent: _Node, style: str, number: str) -> None:
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
        citation = _append_point(parent.citation, Label("point", style, first, "", "", ""))
        node = self._new(Kind.POINT, style, first, citation, "", "", parent)
        node.implicit = True
        node.items.extend(moved)

    # -- the main loop ---------------------------------------------------------------------
    def feed(self, lines: list[str], style: _FileStyle) -> None:
        self.style = style
        unnumbered = _unnumbered_regions(lines) if style.bare_sections and style.implicit_sections else None
        for i, raw in enumerate(lines):
            self.implicit_ok = unnumbered is None or unnumbered[i]
            self.feed_line(raw, style)
        self._flush_pending()

    def feed_line(self, raw: str, style: _FileStyle) -> None:
        """Read one line: a division, article, subdivision or point label, a heading, or text."""
        word_mode = "s." if style.bare_sections else "art."
        line = raw.strip()
        if not line:
            return
        if style.drop and _heading_key(line) in style.drop:
            return
        if not self.enacted and ENACTING.search(line):  # once enacted, the formula needs no more looking for
            self.enacted = True
        div = division_label(line)
        if div is not None and not (
            div.word.lower() == "section"
            and style.word_articles is False
            and not re.search(r"[:–—]", line)
            and div.rest == ""
        ):
            self.on_division(div)
            return
        art = article_label(line)
        if art is not None and art.word in ("§", "§§") and self.article is not None \
                and self.article.citation.startswith("art."):
            # "§ 1er." inside "Art. 433quinquies.": in civil-law codes the sign numbers an article's
            # paragraphs (in common-law codes it numbers the sections themselves).
            self._flush_pending()
            rest = re.sub(r"^(?:er|re)\b\.?\s*", "", art.rest).lstrip(". ")
            self.point(Label("paragraph", "§", art.number, "", rest, line))
            return
        if art is not None:
            self.on_article(art, word_mode)
            return
        if style.bare_sections:
            bare = bare_section_label(line)
            if bare is not None and not point_label(line):
                if self._paragraph_not_section(bare):
                    self._flush_pending()
                    self.point(Label("paragraph", "1.", bare.number, "", bare.rest, line))
                else:
                    self.on_article(bare, word_mode)
                return
        if style.implicit_sections and self.enacted and self.implicit_ok and self._implicit(line):
            return
        if any(q in line for q in '"“«') and units.INSERTS.search(line) and self._inline_inserts(line):
            return
        defined = units.DEFINITION_LINE.match(line)
        if defined is not None and self.article is not None:
            self._flush_pending()
            self.definition(defined.group("term"), line)
            return
        row = units.DEFINITION_ROW.match(line)
        if row is not None and self._in_definitions():
            # A definitions table flattened to "term | meaning" rows.
            self._flush_pending()
            self.definition(row.group("term").strip(" “”\"'‘’"), f"{row.group('term')}: {row.group('rest')}")
            return
        special = units.SUBDIVISION.match(line)
        if special is not None and self.article is not None:
            self._flush_pending()
            self.subdivision(special)
            return
        pt = point_label(line)
        if pt is None and style.word_articles and self._bare_under_division(line):
            # "1. Short title" right under a heading, in a code whose sections have a word: another Act
            # inside the file, numbered bare from 1 (and its "3." under its next Part goes on with it;
            # "81." after "Section 13" is handled below).
            bare = bare_section_label(line)
            if bare is not None:
                self.on_article(bare, "s.")
                self.last_bare = bare.number
                return
        if pt is None and style.word_articles and self.article is not None:
            bare = bare_section_label(line)
            if bare is not None and re.match(r"^\d{1,4}(?:\.\d{1,3})?[A-Z]?\.?\s+[A-Z“\"]", line) \
                    and self._next_section(bare):
                # "81. In this Act-" after "Section 13": the section numbering goes on.
                self.on_article(bare, "s." if self.article.citation.startswith("s.") else "art.")
                self.last_bare = bare.number
                return
            if bare is not None and re.fullmatch(r"\d{1,3}", bare.number) and re.match(r"^\d{1,3}\.\s", line):
                pt = Label("paragraph", "1.", bare.number, "", bare.rest, line)
        if pt is not None:
            self._flush_pending()
            self.point(pt)
            return
        split = _HEADING_THEN_SENTENCE.match(line) if self.article is not None else None
        if split is not None:
            # "Tráfico de migrantes. El que con ánimo de lucro" wrapped at the column: a marginal
            # heading, then the first words of the article's sentence, which goes on below.
            self._flush_pending()
            self.pending_heading = split.group("heading").rstrip(".")
            self._flush_pending()
            self._unnumbered(split.group("rest"))
            return
        if _is_heading_like(line) and (
            not line.endswith(":")
            or (style.implicit_sections and self.enacted and self.implicit_ok and self.implicit_count == 0)
        ):
            self._flush_pending()
            division = self.division
            if self.article is None and division is not None and not division.heading and not division.items:
                division.heading = line  # "TÍTULO I" then "DISPOSICIONES GENERALES"
                return
            self.pending_heading = line
            return
        self._flush_pending()
        self._unnumbered(line)

    def _inline_inserts(self, line: str) -> bool:
        """An amending clause quoting the articles it inserts, on one line.

        '1. Incorpórase ... el siguiente artículo: "Artículo 78 bis.- ..."': the clause stays
        where it is; each quoted article becomes an article cited by the number it takes in the
        amended instrument ("CPP 78 bis" when that instrument is another code or decree-law).
        Returns True when the line was consumed here.
        """
        quote = units.QUOTED_ARTICLE.search(line)
        if quote is None or self.in_insert:
            return False
        clause, body = line[: quote.start()].strip(), line[quote.end() :]
        starts = [m.start() for m in units.INNER_ARTICLE.finditer(body)]
        pieces = [body[a:b] for a, b in zip(starts, starts[1:] + [len(body)], strict=True)]
        labels = [(article_label(piece.strip()), piece) for piece in pieces]
        if not labels or any(label is None for label, _ in labels):
            return False
        prefix = units.instrument(clause)
        if prefix is None and self.article is not None:
            lead = next(iter(self.article.texts()), "")
            prefix = units.instrument(lead)
        known = {citation_key(n.citation) for n in self.nodes if n.kind is Kind.ARTICLE}
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
            self.in_insert = True  # the clause's own quoted words are not read again as inserts
            self.feed_line(clause, self.style)
            self.in_insert = False
        for label, citation in inserted:
            number = label.number
            heading, text = _split_heading(units.QUOTE_END.sub("", label.rest))
            node = self._new(Kind.ARTICLE, "article", number, citation, label.raw[:40].strip(), heading, self.division)
            if text:
                node.items.append(text)
        return True

    def _bare_under_division(self, line: str) -> bool:
        """A bare "N. Heading" opening a division that holds no article yet: it starts a numbering (at
        1, or where a partial copy starts), and the next numbers of one already started go on with it."""
        division = self.division
        if division is None or (self.article is not None and self.article.parent is division):
            return False
        bare = bare_section_label(line)
        if bare is None or re.match(r"^\d{1,4}(?:\.\d{1,3})?[A-Z]?\.?\s*(?:\s[A-Z“\"]|[—–-]?\s*\(1\))", line) is None:
            return False  # "3. Offence ...", "3.—(1) A person ...", "271.2 Offence of ..."
        if bare.number == "1" or self.last_bare is None:
            return True  # a numbering starts (at 1, or where a partial copy of an Act starts)
        previous, number = number_base(self.last_bare), number_base(bare.number)
        return previous is not None and number is not None and 0 < number - previous <= 3

    def _next_section(self, bare: Label) -> bool:
        """A bare "81." inside a worded section continues the section numbering, not a list."""
        article = self.article
        if article is None:
            return False
        a, b = number_base(article.number), number_base(bare.number)
        if a is None or b is None or b == 1:
            return False
        if b == a and "." in article.number and "." in bare.number:
            # Decimal section numbers ("271.2" then "271.3"): the part after the point goes on.
            return _after_point(bare.number) > _after_point(article.number)
        if b <= a:
            return False
        return not self._continues_list(b)

    def _continues_list(self, number: int) -> bool:
        """An open or finished "1." list in this article whose next number this is."""
        article = self.article
        if article is None:
            return False
        nodes = list(self.stack) + [c for c in article.children() if c.style == "1."]
        return any(n.style == "1." and number_base(n.number) == number - 1 for n in nodes)

    def _paragraph_not_section(self, bare: Label) -> bool:
        """In a law of bare section numbers, a "1." after a lead-in or a "2." after it is a paragraph."""
        if self.article is None or not re.fullmatch(r"\d{1,3}", bare.number):
            return False
        number = int(bare.number)
        if number == 1:
            node = self._innermost()
            last = node.last_text().rstrip() if node is not None else ""
            return last.endswith((":", "—", "–", "-"))
        return self._continues_list(number)

    def definition(self, term: str, line: str) -> None:
        """A defined term on its own line ('"child" means ...'): a citable unit of its section.

        Cited by the section (or subsection) and the term: 's. 2 “child”'. Lettered points after
        it belong to it, until the next definition.
        """
        article = self.article
        assert article is not None  # noqa: S101 - the caller checked
        index = next((i for i, n in enumerate(self.stack) if n.style == "definition"), None)
        if index is not None:
            self.stack = self.stack[:index]
        else:
            self.stack = [n for n in self.stack if n.kind is not Kind.POINT]
        parent = self.stack[-1] if self.stack else article
        term = " ".join(term.split())
        citation = f"{parent.citation} “{term}”"
        node = self._new(Kind.PARAGRAPH, "definition", term, citation, "", "", parent)
        node.items.append(line)
        self.stack.append(node)

    def _in_definitions(self) -> bool:
        """Inside a definitions section: one already holding definition units, or one whose heading
        or opening words announce definitions."""
        article = self.article
        if article is None:
            return False
        if any(c.style == "definition" for c in article.children()):
            return True
        opening = " ".join([article.heading, *article.texts()[:1]])
        return bool(units.DEFINITIONS_LEAD.search(opening))

    def subdivision(self, m: re.Match[str]) -> None:
        """Explanations, provisos and Spanish parágrafos: citable parts of an article."""
        article = self.article
        assert article is not None  # noqa: S101 - the caller checked
        word = m.group("word") or m.group("word2")
        kind = word.casefold()
        if kind.startswith("provided"):
            parent = self.stack[0] if self.stack and self.stack[0].style not in units.SPECIAL_STYLES else article
            same = [c for c in parent.children() if c.style == "proviso"]
            citation = f"{parent.citation} proviso" + (f" {len(same) + 1}" if same else "")
            node = self._new(Kind.PARAGRAPH, "proviso", "", citation, "", "", parent)
            self.stack = ([parent] if parent is not article else []) + [node]
            node.items.append(m.group(0).strip())
            return
        number = units.clean_ordinal(m.group("num") or "")
        name = "Explanation" if kind.startswith(("explanation", "explication", "explicación")) else "parágrafo"
        citation = f"{article.citation} {name}" + (f" {number}" if number else "")
        node = self._new(Kind.PARAGRAPH, name, number, citation, m.group(0)[: m.start("rest")].strip(), "", article)
        self.stack = [node]
        rest = m.group("rest").strip()
        if rest:
            node.items.append(rest)

    def _implicit(self, line: str) -> bool:
        """Scanned laws that lost their section numbers: a heading opens the next section.

        Returns True when the line was consumed here.
        """
        m = _INLINE_HEADING.match(line)
        if m and not point_label(line) and not _is_heading_like(line) and m.group("rest")[:1].isupper():
            # "Abetment and criminal conspiracy (1) Any person ...", "Victims of trafficking - A victim ..."
            self.pending_heading = None
            self._open_implicit(m.group("heading").strip())
            rest = ((m.group("label") or "") + " " + m.group("rest")).strip()
            pt = point_label(rest)
            if pt is not None:
                self.point(pt)
            else:
                self._text(rest)
            return True
        m = _MIDLINE_HEADING.match(line)
        if m and self.article is not None:
            # OCR interleaved a marginal note into a line: "involves: Aggravating circumstances Where ..."
            self._text(m.group("before"))
            self._open_implicit(m.group("heading"))
            self._text(m.group("rest"))
            return True
        if self.pending_heading is not None:
            pt = point_label(line)
            if (pt is None and _opens_body(line)) or (pt is not None and pt.style == "(1)" and pt.number == "1"):
                heading = self.pending_heading
                self.pending_heading = None
                self._open_implicit(heading.rstrip(":").strip())
                return False  # the line itself is processed as usual, inside the new section
            if pt is not None:
                self.pending_heading = None  # a stray running head between two subsections
        return False

    def _open_implicit(self, heading: str) -> None:
        self.implicit_count += 1
        number = str(self.implicit_count)
        self.open_article(f"s. {number}", number, "", heading, implicit=True)

    def _flush_pending(self) -> None:
        if self.pending_heading is not None:
            heading = self.pending_heading
            self.pending_heading = None
            article = self.article
            if article is not None and not article.heading and not article.items and not self.stack:
                article.heading = heading  # "Article 6" then "Assistance to and protection of victims"
            else:
                self._unnumbered(heading)

    def _unnumbered(self, line: str) -> None:
        # After a list whose last item closed with a full stop, a new sentence returns to the
        # list's parent (French alinéa, Spanish closing paragraph).
        if self.stack and line[:1].isupper():
            last = self.stack[-1].last_text()
            if last and not _LIST_CONTINUES.search(last) and self.stack[-1].kind is Kind.POINT:
                self.stack.pop()
                while self.stack and self.stack[-1].kind is Kind.POINT:
                    self.stack.pop()
        if self.article is not None and self.stack and self._lost_subsection(line):
            return
        self._text(line)

    def _lost_subsection(self, line: str) -> bool:
        """In a scanned article with "(1)" and no "(2)", a new sentence paragraph is the lost "(2)"."""
        if not self.article or not self.article.implicit or not line[:1].isupper():
            return False
        top = self.stack[0]
        if top.style != "(1)":
            return False
        siblings = [c for c in self.article.children() if c.style == "(1)"]
        last = siblings[-1]
        if not last.last_text().rstrip().endswith((".", ":")) and not last.children():
            return False
        number = str(int(last.number) + 1) if last.number.isdigit() else ""
        if not number:
            return False
        self.stack = []
        node = self._new(Kind.PARAGRAPH, "(1)", number, f"{self.article.citation}({number})", "", "", self.article)
        node.implicit = True
        node.items.append(line)
        self.stack.append(node)
        return True


def _split_heading(rest: str) -> tuple[str, str]:
    """Split what follows an article label into a heading and text.

    "Forced labor" is a heading; "Objeto. La presente ley ..." is a heading and text;
    "A person who ..." is text.
    """
    rest = rest.strip().lstrip(":.–—- ").strip()
    if not rest:
        return "", ""
    m = re.match(r"^([A-ZÁÉÍÓÚÑ][^.:;]{1,60}?)[.:]\s*[-–—]?\s*(\S.*)$", rest)
    if m and len(m.group(1).split()) <= 7 and m.group(2)[:1].isupper():
        return m.group(1).strip(), m.group(2).strip()
    # A lead-in ("... se entiende por explotación:", "The victim has the right to:") is text.
    if _is_heading_like(rest) and not rest.endswith(":"):
        return rest, ""
    return "", rest


def segment(blocks: list[Block], source: str, language: str, uid_prefix: str = "p") -> list[Provision]:
    """Cut one file's blocks into provisions, in reading order."""
    layout = layout_of(blocks)
    style = _file_style(list(layout.lines))
    segmenter = _Segmenter(source, language, uid_prefix)
    segmenter.feed(list(layout.lines), style)
    return _to_provisions(segmenter.nodes, source, language, uid_prefix)


def _defines(node: _Node, text: str) -> tuple[str, ...]:
    """The terms a provision defines; a definition unit defines its own term, however worded."""
    terms = defined_terms(text)
    if node.style == "definition":
        own = " ".join(node.number.split()).casefold()
        terms = (own, *(t for t in terms if t != own))
    return terms


def _to_provisions(nodes: list[_Node], source: str, language: str, prefix: str) -> list[Provision]:
    uids = {id(node): f"{prefix}{i}" for i, node in enumerate(nodes)}
    ordered: list[_Node] = []

    def walk(node: _Node) -> None:
        ordered.append(node)
        for child in node.children():
            walk(child)

    for node in nodes:
        if node.parent is None:
            walk(node)
    out = []
    for node in ordered:
        text = "\n".join(node.texts())
        out.append(
            Provision(
                uid=uids[id(node)],
                citation=node.citation,
                kind=node.kind,
                label=node.label,
                heading=node.heading,
                text=text,
                source=source,
                language=language,
                parent=uids[id(node.parent)] if node.parent is not None else None,
                depth=node.depth,
                defines=_defines(node, text),
            )
        )
    return out
