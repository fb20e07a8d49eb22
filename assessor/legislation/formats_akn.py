"""Akoma Ntoso (OASIS LegalDocML) reader: the hierarchy's numbers and headings written as text."""

from __future__ import annotations

import re
from xml.etree.ElementTree import Element

from assessor.legislation.labels import LATIN_SUFFIX, ROMAN
from assessor.legislation.model import Block
from assessor.legislation.safety import parse_xml
from assessor.legislation.textutil import clean, squash

_HIERARCHY = {
    "alinea", "article", "book", "chapter", "clause", "division", "hcontainer", "indent", "level", "list",
    "paragraph", "part", "point", "proviso", "rule", "section", "subchapter", "subclause", "subdivision",
    "sublist", "subparagraph", "subpart", "subrule", "subsection", "subtitle", "title", "tome", "transitional",
}
_PARAGRAPH_LIKE = {"p", "block", "longTitle", "listIntroduction", "listWrapUp", "docTitle", "docNumber",
                   "docProponent", "docDate", "docType", "docStatus", "concept", "signature"}
_SKIP = {"meta", "authorialNote", "toc", "foreign", "componentRef", "noteRef", "attachments", "components",
         "documentRef", "img", "popup"}
_BREAKS = {"br", "eol", "eop"}
# Words to put before a bare number, by the expression's language (FRBRlanguage).
_WORDS = {
    "eng": {"article": "Article", "section": "Section", "part": "Part", "chapter": "Chapter", "title": "Title",
            "book": "Book", "subpart": "Subpart", "subchapter": "Subchapter"},
    "fra": {"article": "Article", "section": "Section", "part": "Partie", "chapter": "Chapitre", "title": "Titre",
            "book": "Livre", "subpart": "Sous-partie", "subchapter": "Sous-chapitre"},
    "spa": {"article": "Artículo", "section": "Sección", "part": "Parte", "chapter": "Capítulo", "title": "Título",
            "book": "Libro", "subpart": "Subparte", "subchapter": "Subcapítulo"},
    "por": {"article": "Artigo", "section": "Secção", "part": "Parte", "chapter": "Capítulo", "title": "Título",
            "book": "Livro", "subpart": "Subparte", "subchapter": "Subcapítulo"},
}
_BARE_ARTICLE = re.compile(rf"[LRD]?\.?\s?\d+[A-Za-z]?(?:[-.–]\d+[A-Za-z]?)*\.?(?:\s+{LATIN_SUFFIX})?\.?°?")
_BARE_DIVISION = re.compile(rf"(?:{ROMAN}|\d+[A-Z]?|[A-Z])(?:\s+{LATIN_SUFFIX})?\.?", re.IGNORECASE)


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _text(el: Element) -> str:
    parts: list[str] = []

    def walk(node: Element) -> None:
        if node.text:
            parts.append(node.text)
        for child in node:
            name = _local(child.tag)
            if name in _BREAKS:
                parts.append(" ")
            elif name not in _SKIP:
                walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(el)
    return squash(clean("".join(parts)))


class _Akn:
    def __init__(self, language: str) -> None:
        self.words = _WORDS.get(language, _WORDS["eng"])
        self.blocks: list[Block] = []
        self.pending = ""  # a number waiting for its element's first paragraph

    def _add(self, text: str, level: int | None = None) -> None:
        if self.pending:
            text = f"{self.pending} {text}".strip()
            self.pending = ""
        if text:
            self.blocks.append(Block(text, heading_level=level))

    def _flush(self) -> None:
        if self.pending:
            self.blocks.append(Block(self.pending))
            self.pending = ""

    def label(self, num: str, kind: str) -> str:
        """The element's number, with the unit's word when the number is bare ("2." -> "Article 2")."""
        if not num:
            return ""
        word = self.words.get(kind)
        if kind in ("article", "section") and _BARE_ARTICLE.fullmatch(num):
            return f"{word} {num.rstrip('.')}"
        if word and kind not in ("article", "section") and _BARE_DIVISION.fullmatch(num):
            return f"{word} {num.rstrip('.')}"
        return num

    def hierarchy(self, el: Element, depth: int) -> None:
        kind = _local(el.tag)
        num = heading = ""
        for child in el:
            name = _local(child.tag)
            if name == "num" and not num:
                num = _text(child)
            elif name == "heading" and not heading:
                heading = _text(child)
        self._flush()
        label = self.label(num, kind)
        if heading:
            self._add(f"{label} {heading}".strip(), level=min(depth, 9))
        else:
            self.pending = label
        for child in el:
            if _local(child.tag) not in ("num", "heading", "subheading"):
                self.node(child, depth + 1)
        self._flush()

    def node(self, el: Element, depth: int) -> None:
        name = _local(el.tag)
        if name in _SKIP:
            return
        if name in _HIERARCHY:
            self.hierarchy(el, depth)
        elif name in _PARAGRAPH_LIKE:
            self._add(_text(el))
        elif name == "crossHeading":
            self._flush()
            self._add(_text(el), level=min(depth, 9))
        elif name in ("num", "heading", "subheading"):
            self._add(_text(el))
        elif name == "item":
            num = next((_text(c) for c in el if _local(c.tag) == "num"), "")
            self._flush()
            self.pending = num
            for child in el:
                if _local(child.tag) != "num":
                    self.node(child, depth)
            self._flush()
        else:  # content, intro, wrapUp, blockList, formula, containers, tables, rows and cells
            for child in el:
                self.node(child, depth)


def read_akn(data: bytes, name: str) -> tuple[list[Block], str]:
    """Blocks of an Akoma Ntoso document (preface, preamble, body, conclusions) and its title."""
    root = parse_xml(data, name)
    doc = root
    if _local(root.tag) == "akomaNtoso":
        doc = next((c for c in root if _local(c.tag) not in ("components",)), root)
    language = ""
    title = ""
    for el in root.iter():
        name_ = _local(el.tag)
        if name_ == "FRBRlanguage" and not language:
            language = el.get("language") or ""
        elif name_ == "docTitle" and not title:
            title = _text(el)
    if not title:
        alias = next((el for el in root.iter() if _local(el.tag) == "FRBRalias"), None)
        title = squash(clean(alias.get("value") or "")) if alias is not None else ""
    reader = _Akn(language)
    for part in doc:
        part_name = _local(part.tag)
        if part_name in ("preface", "preamble", "conclusions"):
            for child in part:
                reader.node(child, 1)
                reader._flush()
        elif part_name in ("body", "mainBody") or part_name.endswith("Body"):
            for child in part:
                reader.node(child, 1)
            reader._flush()
    return reader.blocks, title
