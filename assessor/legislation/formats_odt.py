"""OpenDocument text (.odt) reader: headings, paragraphs and numbered lists with their labels."""

from __future__ import annotations

import itertools
import zipfile
from dataclasses import dataclass
from xml.etree.ElementTree import Element

from assessor.errors import CorruptFile
from assessor.legislation.model import Block
from assessor.legislation.safety import Limits, open_zip_safely, parse_xml
from assessor.legislation.textutil import clean, format_number, squash

_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
_DC = "{http://purl.org/dc/elements/1.1/}"
_XML_ID = "{http://www.w3.org/XML/1998/namespace}id"

_P, _H, _LIST, _ITEM, _HEADER = _TEXT + "p", _TEXT + "h", _TEXT + "list", _TEXT + "list-item", _TEXT + "list-header"
# Content that is not the law's running text: notes, comments, change records, cached labels, indexes.
_SKIP = {_TEXT + "note", _OFFICE + "annotation", _OFFICE + "annotation-end", _TEXT + "tracked-changes",
         _TEXT + "number", _TEXT + "sequence-decls", _OFFICE + "forms", _TEXT + "table-of-content",
         _TEXT + "alphabetical-index", _TEXT + "illustration-index", _TEXT + "table-index", _TEXT + "object-index",
         _TEXT + "user-index", _TEXT + "bibliography", _OFFICE + "event-listeners"}


@dataclass(frozen=True, slots=True)
class _Level:
    fmt: str = ""
    prefix: str = ""
    suffix: str = ""
    start: int = 1
    display: int = 1
    bullet: bool = False


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _levels(list_style: Element) -> dict[int, _Level]:
    levels: dict[int, _Level] = {}
    for child in list_style:
        level = _int(child.get(_TEXT + "level"), 0)
        if level <= 0:
            continue
        if child.tag in (_TEXT + "list-level-style-number", _TEXT + "outline-level-style"):
            levels[level] = _Level(
                fmt=child.get(_STYLE + "num-format") or "",
                prefix=child.get(_STYLE + "num-prefix") or "",
                suffix=child.get(_STYLE + "num-suffix") or "",
                start=_int(child.get(_TEXT + "start-value"), 1),
                display=max(1, _int(child.get(_TEXT + "display-levels"), 1)),
            )
        elif child.tag in (_TEXT + "list-level-style-bullet", _TEXT + "list-level-style-image"):
            levels[level] = _Level(bullet=True)
    return levels


class _Odt:
    def __init__(self, archive: zipfile.ZipFile, name: str) -> None:
        names = set(archive.namelist())
        if "content.xml" not in names:
            raise CorruptFile(name, "not a valid OpenDocument file: it has no content.xml (save it again as .odt)")
        self.content = parse_xml(archive.read("content.xml"), name)
        roots = [self.content]
        if "styles.xml" in names:
            roots.insert(0, parse_xml(archive.read("styles.xml"), name))
        self.list_styles: dict[str, dict[int, _Level]] = {}
        self.outline: dict[int, _Level] = {}
        self.para_parent: dict[str, str] = {}
        self.para_outline: dict[str, int] = {}
        self.para_list_style: dict[str, str] = {}
        for root in roots:
            for list_style in root.iter(_TEXT + "list-style"):
                style_name = list_style.get(_STYLE + "name")
                if style_name:
                    self.list_styles[style_name] = _levels(list_style)
            for outline in root.iter(_TEXT + "outline-style"):
                self.outline = _levels(outline)
            for style in root.iter(_STYLE + "style"):
                style_name = style.get(_STYLE + "name")
                if not style_name or style.get(_STYLE + "family") != "paragraph":
                    continue
                if style.get(_STYLE + "parent-style-name"):
                    self.para_parent[style_name] = style.get(_STYLE + "parent-style-name") or ""
                if style.get(_STYLE + "default-outline-level"):
                    self.para_outline[style_name] = _int(style.get(_STYLE + "default-outline-level"), 0)
                if style.get(_STYLE + "list-style-name"):
                    self.para_list_style[style_name] = style.get(_STYLE + "list-style-name") or ""
        self.title = ""
        if "meta.xml" in names:
            title = parse_xml(archive.read("meta.xml"), name).find(f".//{_DC}title")
            self.title = squash(clean(title.text or "")) if title is not None else ""
        self.blocks: list[Block] = []
        self.counters: dict[int, dict[int, int]] = {}
        self.last_list_by_style: dict[str, int] = {}
        self.list_by_xml_id: dict[str, int] = {}
        self.outline_counters: dict[int, int] = {}
        self._keys = itertools.count()

    # -- styles
    def _style_attr(self, table: dict[str, object], style: str | None) -> object | None:
        seen: set[str] = set()
        while style and style not in seen:
            seen.add(style)
            if style in table:
                return table[style]
            style = self.para_parent.get(style)
        return None

    def _heading_level(self, el: Element) -> int | None:
        if el.tag == _H:
            return max(1, _int(el.get(_TEXT + "outline-level"), 1))
        level = self._style_attr(self.para_outline, el.get(_TEXT + "style-name"))  # type: ignore[arg-type]
        return level if isinstance(level, int) and level > 0 else None

    # -- text
    def _text(self, el: Element, nested: list[Element]) -> str:
        parts: list[str] = []
        self._inline(el, parts, nested)
        return squash(clean("".join(parts)))

    def _inline(self, el: Element, parts: list[str], nested: list[Element]) -> None:
        if el.text:
            parts.append(el.text)
        for child in el:
            tag = child.tag
            if tag == _TEXT + "s":
                parts.append(" " * min(_int(child.get(_TEXT + "c"), 1), 100))
            elif tag in (_TEXT + "tab", _TEXT + "line-break"):
                parts.append(" ")
            elif tag in _SKIP:
                pass
            elif tag.startswith(_DRAW):
                nested.extend(e for e in child.iter() if e.tag in (_P, _H))  # text boxes: read after
            else:
                self._inline(child, parts, nested)
            if child.tail:
                parts.append(child.tail)

    def _emit(self, el: Element, label: str = "") -> None:
        nested: list[Element] = []
        text = self._text(el, nested)
        if el.tag == _H and not label:
            label = self._outline_label(_int(el.get(_TEXT + "outline-level"), 1))
        if text or label not in ("", "-"):
            text = f"{label} {text}".strip() if label else text
            self.blocks.append(Block(text, heading_level=self._heading_level(el)))
        for inner in nested:
            self._emit(inner)

    def _outline_label(self, level: int) -> str:
        if level not in self.outline or not self.outline[level].fmt:
            return ""
        counters = self.outline_counters
        counters[level] = counters[level] + 1 if level in counters else self.outline[level].start
        for deeper in [d for d in counters if d > level]:
            del counters[deeper]
        return self._format(self.outline, counters, level)

    @staticmethod
    def _format(levels: dict[int, _Level], counters: dict[int, int], level: int) -> str:
        spec = levels[level]
        if spec.bullet:
            return "-"
        if not spec.fmt:
            return ""
        numbers = []
        for shown in range(max(1, level - spec.display + 1), level + 1):
            shown_spec = levels.get(shown, spec)
            numbers.append(format_number(counters.get(shown, shown_spec.start), shown_spec.fmt or "1"))
        return f"{spec.prefix}{'.'.join(numbers)}{spec.suffix}".strip()

    # -- structure
    def walk(self, el: Element) -> None:
        for child in el:
            tag = child.tag
            if tag in (_P, _H):
                self._emit(child)
            elif tag == _LIST:
                self._list(child)
            elif tag in _SKIP:
                continue
            else:
                self.walk(child)  # sections, tables, rows, cells, frames...

    def _list(self, el: Element) -> None:
        style = el.get(_TEXT + "style-name") or ""
        continued = el.get(_TEXT + "continue-list")
        if continued and continued in self.list_by_xml_id:
            key = self.list_by_xml_id[continued]
        elif el.get(_TEXT + "continue-numbering") == "true" and style in self.last_list_by_style:
            key = self.last_list_by_style[style]
        else:
            key = next(self._keys)
            self.counters[key] = {}
        if el.get(_XML_ID):
            self.list_by_xml_id[el.get(_XML_ID) or ""] = key
        if style:
            self.last_list_by_style[style] = key
        self._items(el, key, 1, style)

    def _items(self, el: Element, key: int, level: int, style: str) -> None:
        levels = self.list_styles.get(style, {})
        counters = self.counters.setdefault(key, {})
        for item in el:
            if item.tag not in (_ITEM, _HEADER):
                continue
            numbered = item.tag == _ITEM and any(c.tag in (_P, _H) for c in item)
            label = ""
            if numbered:
                spec = levels.get(level, _Level())
                if item.get(_TEXT + "start-value") is not None:
                    counters[level] = _int(item.get(_TEXT + "start-value"), spec.start)
                else:
                    counters[level] = counters[level] + 1 if level in counters else spec.start
                for deeper in [d for d in counters if d > level]:
                    del counters[deeper]
                label = self._format(levels, counters, level) if level in levels else ""
            for child in item:
                if child.tag in (_P, _H):
                    self._emit(child, label)
                    label = ""  # only the item's first paragraph carries the number
                elif child.tag == _LIST:
                    inner_style = child.get(_TEXT + "style-name") or style
                    self._items(child, key, level + 1, inner_style)
                elif child.tag not in _SKIP:
                    self.walk(child)


def read_odt(data: bytes, name: str, limits: Limits) -> tuple[list[Block], str]:
    """Blocks of an .odt (list numbers included) and its meta title."""
    archive = open_zip_safely(data, name, limits)
    with archive:
        odt = _Odt(archive, name)
    body = odt.content.find(f"{_OFFICE}body")
    text = body.find(f"{_OFFICE}text") if body is not None else None
    if text is not None:
        odt.walk(text)
    return odt.blocks, odt.title
