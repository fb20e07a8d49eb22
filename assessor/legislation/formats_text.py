"""Readers for plain text, Markdown and HTML."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from assessor.legislation.model import Block
from assessor.legislation.textutil import clean, decode_text, format_number, squash

# ---------------------------------------------------------------- txt / md


def read_txt(data: bytes) -> list[Block]:
    """One block per non-empty line (sources put one paragraph per line; lines are not joined)."""
    text = clean(decode_text(data))
    return [Block(line) for raw in text.split("\n") if (line := squash(raw))]


_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_BULLET = re.compile(r"^[*+]\s+")
_MD_QUOTE = re.compile(r"^(?:>\s?)+")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
# Single * or _ emphasis; _ only at word edges, so snake_case and "a_b" survive.
_MD_EM_STAR = re.compile(r"\*(?=\S)([^*]+?)(?<=\S)\*")
_MD_EM_UNDER = re.compile(r"(?<!\w)_(?=\S)([^_]+?)(?<=\S)_(?!\w)")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!])")


def read_md(data: bytes) -> list[Block]:
    """Like text, plus '#' headings as heading levels and emphasis marks removed."""
    blocks: list[Block] = []
    text = clean(decode_text(data))
    in_code = False
    for raw in text.split("\n"):
        line = raw.strip()
        if line.startswith("```") or line.startswith("~~~"):
            in_code = not in_code
            continue
        if not in_code and re.fullmatch(r"[-*_=\s]{3,}", line):
            continue  # thematic breaks and setext underlines carry no text
        level = None
        heading = _MD_HEADING.match(line) if not in_code else None
        if heading:
            level, line = len(heading.group(1)), heading.group(2)
        if not in_code:
            line = _MD_QUOTE.sub("", line)
            line = _MD_BULLET.sub("- ", line)
            line = _MD_LINK.sub(r"\1", line)
            line = _MD_STRONG.sub(r"\2", line)
            line = _MD_EM_STAR.sub(r"\1", line)
            line = _MD_EM_UNDER.sub(r"\1", line)
            line = _MD_ESCAPE.sub(r"\1", line)
        line = squash(line)
        if line:
            blocks.append(Block(line, heading_level=level))
    return blocks


# ---------------------------------------------------------------- html

_SKIP = {"script", "style", "noscript", "template", "head", "nav", "header", "footer", "aside", "svg", "math",
         "iframe", "object", "select", "button", "canvas", "map"}
_BLOCK = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "dt", "dd", "blockquote", "pre",
          "section", "article", "br", "ol", "ul", "dl", "table", "tr", "thead", "tbody", "tfoot", "caption",
          "main", "body", "form", "fieldset", "figure", "figcaption", "address", "hr", "center", "details",
          "summary", "legend", "hgroup", "html"}
_VOID = {"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "param", "source", "track", "wbr"}
_OL_STYLES = {"1": ("1", "", "."), "a": ("a", "", ")"), "A": ("A", "", "."), "i": ("i", "(", ")"),
              "I": ("I", "", ".")}


def _int(value: str | None, default: int) -> int:
    try:
        return int((value or "").strip())
    except ValueError:
        return default


class _HtmlBlocks(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.title_parts: list[str] = []
        self._buffer: list[str] = []
        self._skip: list[str] = []  # open skipped elements
        self._in_title = False
        self._pre = 0
        self._heading: int | None = None
        self._lists: list[dict[str, object]] = []  # one entry per open ol/ul
        self._label = ""  # an <li>'s number, waiting for the item's first text

    # -- helpers
    def _flush(self) -> None:
        text = squash("".join(self._buffer))
        self._buffer.clear()
        if not text:
            return
        if self._label:
            text = f"{self._label} {text}"
            self._label = ""
        self.blocks.append(Block(text, heading_level=self._heading))

    def _open_list(self, tag: str, attrs: dict[str, str | None]) -> None:
        kind = attrs.get("type") or "1"
        fmt = _OL_STYLES.get(kind, _OL_STYLES.get(kind.lower(), _OL_STYLES["1"]))
        reverse = "reversed" in attrs
        self._lists.append({"ordered": tag == "ol", "next": _int(attrs.get("start"), 1), "fmt": fmt,
                            "step": -1 if reverse else 1})

    def _item(self, attrs: dict[str, str | None]) -> None:
        self._label = ""
        if not self._lists or not self._lists[-1]["ordered"]:
            return
        lst = self._lists[-1]
        if attrs.get("value") is not None:
            lst["next"] = _int(attrs.get("value"), int(lst["next"]))  # type: ignore[arg-type]
        number = int(lst["next"])  # type: ignore[arg-type]
        lst["next"] = number + int(lst["step"])  # type: ignore[arg-type]
        fmt, prefix, suffix = lst["fmt"]  # type: ignore[misc]
        self._label = f"{prefix}{format_number(number, fmt)}{suffix}"

    # -- parser callbacks
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = not self.title_parts  # the first <title> is the page's (not an <svg>'s)
            return
        if tag == "body" and "head" in self._skip:
            self._skip.clear()  # an unclosed <head> ends where the body starts
        if self._skip:
            if tag in _SKIP and tag not in _VOID:
                self._skip.append(tag)
            return
        if tag in _SKIP:
            self._skip.append(tag)
            return
        if tag in _BLOCK:
            self._flush()
        attributes = dict(attrs)
        if tag in {"h1", "h2", "h3", "h4", "h5", "h6"}:
            self._heading = int(tag[1])
        elif tag in {"ol", "ul"}:
            self._open_list(tag, attributes)
        elif tag == "li":
            self._item(attributes)
        elif tag == "pre":
            self._pre += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if not self._skip and tag in _BLOCK:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
            return
        if self._skip:
            if tag in self._skip:
                while self._skip and self._skip.pop() != tag:
                    pass
            return
        if tag in _BLOCK:
            self._flush()
        if tag in {"h1", "h2", "h3", "h4", "h5", "h6"}:
            self._heading = None
        elif tag in {"ol", "ul"} and self._lists:
            self._lists.pop()
            self._label = ""
        elif tag == "pre" and self._pre:
            self._pre -= 1

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title_parts.append(data)
            return
        if self._skip:
            return
        if self._pre and "\n" in data:
            lines = data.split("\n")
            for line in lines[:-1]:
                self._buffer.append(line)
                self._flush()
            self._buffer.append(lines[-1])
            return
        self._buffer.append(data)

    def close(self) -> None:
        super().close()
        self._flush()


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def read_html(data: bytes) -> tuple[list[Block], str]:
    """Blocks of an HTML page's body (navigation, scripts and page furniture skipped), and its <title>."""
    declared = _META_CHARSET.search(data[:4096])
    text = clean(decode_text(data, declared.group(1).decode("ascii") if declared else None))
    parser = _HtmlBlocks()
    parser.feed(text)
    parser.close()
    return parser.blocks, squash("".join(parser.title_parts))
