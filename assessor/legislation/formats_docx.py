"""Word (.docx) reader: paragraphs with Word's automatic numbering written into the text.

Drafters number articles and paragraphs with Word's list numbering ("Article %1", "(%2)"),
so the numbers are not in the text runs at all: they are computed here from numbering.xml
the way Word displays them, otherwise every "Article 5" of a bill would be lost.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from xml.etree.ElementTree import Element

from assessor.errors import CorruptFile
from assessor.legislation.model import Block
from assessor.legislation.safety import Limits, open_zip_safely, parse_xml
from assessor.legislation.textutil import clean, format_number, squash

_TRANSITIONAL = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_DC = "{http://purl.org/dc/elements/1.1/}"
# Heading style names in the languages of the drafters we serve (Word localises the built-in names).
_HEADING_NAME = re.compile(
    r"^(?:heading|titre|t[ií]tulo|encabezado|überschrift|titolo|kop|cabeçalho|rubrique)\s*(\d)$", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class _Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = ""
    restart: int | None = None  # w:lvlRestart: None = after any shallower level, 0 = never
    legal: bool = False  # w:isLgl: show shallower levels' numbers as decimals


@dataclass(slots=True)
class _Style:
    name: str = ""
    based_on: str | None = None
    num_id: str | None = None
    ilvl: int | None = None
    outline: int | None = None


@dataclass(slots=True)
class _Numbering:
    abstract: dict[str, dict[int, _Level]] = field(default_factory=dict)
    num_abstract: dict[str, str] = field(default_factory=dict)
    overrides: dict[str, dict[int, _Level]] = field(default_factory=dict)
    start_overrides: dict[str, dict[int, int]] = field(default_factory=dict)
    # counter key -> {ilvl: current value}
    counters: dict[tuple[str, str], dict[int, int]] = field(default_factory=dict)


def _int(value: str | None, default: int | None = None) -> int | None:
    if value is None:
        return default
    try:
        return int(value)
    except ValueError:
        return default


class _Docx:
    def __init__(self, archive: zipfile.ZipFile, name: str) -> None:
        self.archive = archive
        self.name = name
        names = set(archive.namelist())
        if "word/document.xml" not in names:
            raise CorruptFile(name, "not a valid Word file: it has no word/document.xml (save it again as .docx)")
        self.document = parse_xml(archive.read("word/document.xml"), name)
        ns = _STRICT if self.document.tag.startswith("{" + _STRICT) else _TRANSITIONAL
        self.w = "{" + ns + "}"
        self.styles: dict[str, _Style] = {}
        self.default_style: str | None = None
        self.numbering = _Numbering()
        if "word/styles.xml" in names:
            self._load_styles(parse_xml(archive.read("word/styles.xml"), name))
        if "word/numbering.xml" in names:
            self._load_numbering(parse_xml(archive.read("word/numbering.xml"), name))
        self.title = ""
        if "docProps/core.xml" in names:
            core = parse_xml(archive.read("docProps/core.xml"), name)
            title = core.find(f"{_DC}title")
            self.title = squash(clean(title.text or "")) if title is not None else ""
        self._heading_cache: dict[str, int | None] = {}

    # -- attributes
    def _val(self, el: Element | None, child: str) -> str | None:
        if el is None:
            return None
        found = el.find(self.w + child)
        return found.get(self.w + "val") if found is not None else None

    # -- styles.xml
    def _load_styles(self, root: Element) -> None:
        w = self.w
        for style in root.iter(w + "style"):
            if style.get(w + "type") not in (None, "paragraph"):
                continue
            sid = style.get(w + "styleId")
            if not sid:
                continue
            info = _Style(name=self._val(style, "name") or "", based_on=self._val(style, "basedOn"))
            ppr = style.find(w + "pPr")
            if ppr is not None:
                num_pr = ppr.find(w + "numPr")
                if num_pr is not None:
                    info.num_id = self._val(num_pr, "numId")
                    info.ilvl = _int(self._val(num_pr, "ilvl"))
                info.outline = _int(self._val(ppr, "outlineLvl"))
            self.styles[sid] = info
            if style.get(w + "default") in ("1", "true", "on"):
                self.default_style = sid

    def _style_chain(self, sid: str | None) -> list[_Style]:
        chain: list[_Style] = []
        seen: set[str] = set()
        while sid and sid in self.styles and sid not in seen and len(chain) < 50:
            seen.add(sid)
            chain.append(self.styles[sid])
            sid = self.styles[sid].based_on
        return chain

    def heading_level(self, sid: str | None) -> int | None:
        """Heading N from the style's name (or an outline level), inherited through basedOn."""
        if not sid:
            return None
        if sid not in self._heading_cache:
            level = None
            for style in self._style_chain(sid):
                match = _HEADING_NAME.match(style.name.strip())
                if match:
                    level = int(match.group(1))
                    break
                if style.outline is not None:
                    level = style.outline + 1 if 0 <= style.outline <= 8 else None
                    break
            if level is None and not self.styles:
                match = re.fullmatch(r"Heading(\d)", sid)  # no styles part: trust Word's built-in ids
                level = int(match.group(1)) if match else None
            self._heading_cache[sid] = level
        return self._heading_cache[sid]

    def _is_toc(self, sid: str | None) -> bool:
        """Word's "toc 1".."toc 9" styles: table-of-contents lines, which repeat the headings."""
        style = self.styles.get(sid or "")
        return bool(style and re.fullmatch(r"toc\s*\d", style.name.strip(), re.IGNORECASE))

    # -- numbering.xml
    def _level(self, lvl: Element) -> _Level:
        text_el = lvl.find(self.w + "lvlText")
        restart = _int(self._val(lvl, "lvlRestart"))
        return _Level(
            start=_int(self._val(lvl, "start"), 1) or 0,
            fmt=self._val(lvl, "numFmt") or "decimal",
            text=(text_el.get(self.w + "val") or "") if text_el is not None else "",
            restart=restart,
            legal=lvl.find(self.w + "isLgl") is not None,
        )

    def _load_numbering(self, root: Element) -> None:
        w, numbering = self.w, self.numbering
        for abstract in root.iter(w + "abstractNum"):
            aid = abstract.get(w + "abstractNumId")
            if aid is None:
                continue
            levels = {}
            for lvl in abstract.findall(w + "lvl"):
                ilvl = _int(lvl.get(w + "ilvl"))
                if ilvl is not None:
                    levels[ilvl] = self._level(lvl)
            numbering.abstract[aid] = levels
        for num in root.iter(w + "num"):
            nid = num.get(w + "numId")
            aid = self._val(num, "abstractNumId")
            if nid is None or aid is None:
                continue
            numbering.num_abstract[nid] = aid
            for override in num.findall(w + "lvlOverride"):
                ilvl = _int(override.get(w + "ilvl"))
                if ilvl is None:
                    continue
                start = _int(self._val(override, "startOverride"))
                if start is not None:
                    numbering.start_overrides.setdefault(nid, {})[ilvl] = start
                lvl = override.find(w + "lvl")
                if lvl is not None:
                    numbering.overrides.setdefault(nid, {})[ilvl] = self._level(lvl)

    def _levels(self, nid: str) -> dict[int, _Level]:
        levels = dict(self.numbering.abstract.get(self.numbering.num_abstract.get(nid, ""), {}))
        levels.update(self.numbering.overrides.get(nid, {}))
        return levels

    def label(self, nid: str, ilvl: int) -> str:
        """Advance the list counters for (numId, ilvl) and return the label Word would show."""
        numbering = self.numbering
        if nid not in numbering.num_abstract:
            return ""
        levels = self._levels(nid)
        if ilvl not in levels:
            return ""
        starts = {i: lvl.start for i, lvl in levels.items()}
        starts.update(numbering.start_overrides.get(nid, {}))
        # Word shares one list between nums of the same abstractNum, unless a num restarts it
        # with a startOverride (what "Restart numbering" writes): then it counts on its own.
        if nid in numbering.start_overrides:
            key = ("num", nid)
        else:
            key = ("abstract", numbering.num_abstract[nid])
        counters = numbering.counters.setdefault(key, {})
        counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else starts.get(ilvl, 1)
        for deeper in [d for d in counters if d > ilvl]:
            restart = levels[deeper].restart if deeper in levels else None
            if restart is None or (restart > 0 and ilvl <= restart - 1):
                del counters[deeper]
        level = levels[ilvl]
        if level.fmt == "bullet":
            return "-"

        def number(match: re.Match[str]) -> str:
            index = int(match.group(1)) - 1
            if index not in levels:
                return ""
            value = counters.get(index, starts.get(index, 1))
            fmt = levels[index].fmt
            if level.legal and index != ilvl:
                fmt = "decimal"
            return format_number(value, fmt)

        return squash(re.sub(r"%([1-9])", number, level.text))

    # -- document.xml
    def numbering_of(self, ppr: Element | None, sid: str | None) -> tuple[str, int] | None:
        """(numId, ilvl) of a paragraph: its own numPr, else its style's (through basedOn)."""
        nid: str | None = None
        ilvl: int | None = None
        if ppr is not None:
            num_pr = ppr.find(self.w + "numPr")
            if num_pr is not None:
                nid = self._val(num_pr, "numId")
                ilvl = _int(self._val(num_pr, "ilvl"))
        if nid is None:
            for style in self._style_chain(sid):
                if style.num_id is not None:
                    nid = style.num_id
                    ilvl = style.ilvl if ilvl is None else ilvl
                    break
                if ilvl is None and style.ilvl is not None:
                    ilvl = style.ilvl
        if nid is None or nid == "0":  # numId 0 switches numbering off
            return None
        return nid, ilvl or 0

    def paragraph_text(self, paragraph: Element, nested: list[Element]) -> str:
        w = self.w
        parts: list[str] = []
        stack = list(reversed(list(paragraph)))
        while stack:  # iterative: documents can nest deeply (text boxes in tables in text boxes)
            el = stack.pop()
            tag = el.tag
            if tag == w + "t":
                parts.append(el.text or "")
            elif tag in (w + "tab", w + "br", w + "cr", w + "ptab"):
                parts.append(" ")
            elif tag == w + "noBreakHyphen":
                parts.append("-")
            elif tag == w + "p":
                nested.append(el)  # a text box's paragraph: read after this one
            elif tag in (_MC + "Fallback", w + "pPr", w + "rPr", w + "del", w + "moveFrom", w + "instrText",
                         w + "delText"):
                continue  # duplicates of the mc:Choice content, deleted text and field codes
            else:
                stack.extend(reversed(list(el)))
        return squash(clean("".join(parts)))

    def blocks(self) -> list[Block]:
        w = self.w
        body = self.document.find(w + "body")
        if body is None:
            return []
        out: list[Block] = []
        stack: list[Element] = list(reversed(list(body)))
        while stack:
            el = stack.pop()
            if el.tag == w + "p":
                nested: list[Element] = []
                ppr = el.find(w + "pPr")
                sid = self._val(ppr, "pStyle") or self.default_style
                if self._is_toc(sid):
                    continue
                text = self.paragraph_text(el, nested)
                numbered = self.numbering_of(ppr, sid)
                # Word counts (and shows) the number of an empty numbered paragraph too.
                prefix = self.label(*numbered) if numbered else ""
                if text or prefix not in ("", "-"):
                    level = self.heading_level(sid)
                    outline = _int(self._val(ppr, "outlineLvl"))
                    if outline is not None and 0 <= outline <= 8:
                        level = outline + 1
                    out.append(Block(f"{prefix} {text}".strip() if prefix else text, heading_level=level))
                stack.extend(reversed(nested))
            elif el.tag in (_MC + "Fallback", w + "del", w + "moveFrom", w + "sectPr"):
                continue
            elif el.tag == w + "sdt" and self._val(el.find(f"{w}sdtPr/{w}docPartObj"), "docPartGallery") in (
                "Table of Contents", "Table of Figures"
            ):
                continue  # a table of contents repeats the headings (with page numbers): not the law's text
            else:
                stack.extend(reversed(list(el)))
        return out


def read_docx(data: bytes, name: str, limits: Limits) -> tuple[list[Block], str]:
    """Blocks of a .docx (automatic numbering included) and its core title."""
    archive = open_zip_safely(data, name, limits)
    with archive:
        doc = _Docx(archive, name)
        return doc.blocks(), doc.title
