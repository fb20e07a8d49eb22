"""Reading law files into one body of legislation: the front door of the reading stage."""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable, Iterable
from pathlib import Path

from assessor.errors import EmptyFile, FileNotFound
from assessor.legislation.formats import detect_format, read_blocks
from assessor.legislation.language import detect_language
from assessor.legislation.model import Block, Legislation, Provision, SourceFile
from assessor.legislation.reading import assess_reading
from assessor.legislation.safety import Limits, check_size
from assessor.legislation.segment import segment
from assessor.settings import Settings, load_settings

# A header of "# key: value" lines before the text (front matter of collected statutes):
# "# title: Modern Slavery Act 2015", "# language: English", "# source: ...".
_META_LINE = re.compile(r"^#\s*(?P<key>[A-Za-z][A-Za-z _-]{1,30}):\s*(?P<value>.*)$")
_LANGUAGE_NAMES = {"english": "en", "french": "fr", "français": "fr", "spanish": "es", "español": "es"}

Progress = Callable[[int, int, str], None]


def _front_matter(blocks: list[Block]) -> tuple[list[Block], dict[str, str]]:
    """Split leading "# key: value" metadata lines from the text."""
    meta: dict[str, str] = {}
    i = 0
    while i < len(blocks):
        m = _META_LINE.match(blocks[i].text.strip())
        if not m:
            break
        meta[m.group("key").strip().lower()] = m.group("value").strip()
        i += 1
    return (blocks[i:], meta) if len(meta) >= 2 else (blocks, {})


def read_file(
    path: str | os.PathLike[str], settings: Settings | None = None, *, index: int = 0
) -> tuple[SourceFile, list[Provision]]:
    """Read one law file into its provisions; raise a ReadError subclass with a clear message."""
    settings = settings or load_settings()
    limits = Limits.from_settings(settings)
    path = Path(path)
    name = path.name
    if not path.is_file():
        raise FileNotFound(str(path), "no such file")
    check_size(str(path), path.stat().st_size, limits)
    data = path.read_bytes()
    return read_bytes(data, name, settings, index=index)


def read_bytes(
    data: bytes, name: str, settings: Settings | None = None, *, index: int = 0
) -> tuple[SourceFile, list[Provision]]:
    """Read a law file's bytes (an upload, say) into its provisions."""
    settings = settings or load_settings()
    limits = Limits.from_settings(settings)
    check_size(name, len(data), limits)
    if not data.strip():
        raise EmptyFile(name, "the file is empty")
    fmt = detect_format(name, data)
    blocks, title = read_blocks(data, fmt, name, limits)
    meta: dict[str, str] = {}
    if fmt in {"txt", "md"}:
        blocks, meta = _front_matter(blocks)
    text = "\n".join(b.text for b in blocks)
    if not text.strip():
        raise EmptyFile(name, "the file contains no text")
    declared = _LANGUAGE_NAMES.get(meta.get("language", "").split()[0].lower(), "") if meta.get("language") else ""
    language = declared or detect_language(text)
    provisions = segment(blocks, name, language, uid_prefix=f"f{index}.p")
    source = SourceFile(
        name=name,
        format=fmt,
        language=language,
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        provisions=len(provisions),
        title=meta.get("title") or title or _first_line(blocks),
        reading=assess_reading(blocks, provisions),
    )
    return source, provisions


def _first_line(blocks: list[Block]) -> str:
    for block in blocks:
        line = block.text.strip()
        if line and not set(line) <= set("=-_*# "):
            return line[:200]
    return ""


def read_legislation(
    paths: Iterable[str | os.PathLike[str]],
    settings: Settings | None = None,
    progress: Progress | None = None,
) -> Legislation:
    """Read several files into one body of legislation (a penal code chapter plus an act, say).

    Every provision keeps its source file. `progress(done, total, name)` is called after each
    file. The first unreadable file raises its ReadError.
    """
    paths = list(paths)
    files: list[SourceFile] = []
    provisions: list[Provision] = []
    for index, path in enumerate(paths):
        source, found = read_file(path, settings, index=index)
        files.append(source)
        provisions.extend(found)
        if progress is not None:
            progress(index + 1, len(paths), source.name)
    return Legislation(tuple(files), tuple(provisions))


def legislation_from_text(text: str, name: str = "text.txt", language: str | None = None) -> Legislation:
    """A body of legislation from a string (for scripts and tests); one paragraph per line."""
    blocks = [Block(line) for line in text.splitlines()]
    blocks, meta = _front_matter(blocks)
    lang = language or detect_language(text)
    provisions = segment(blocks, name, lang, uid_prefix="f0.p")
    data = text.encode("utf-8")
    source = SourceFile(
        name,
        "txt",
        lang,
        len(data),
        hashlib.sha256(data).hexdigest(),
        len(provisions),
        meta.get("title") or _first_line(blocks),
        assess_reading(blocks, provisions),
    )
    return Legislation((source,), tuple(provisions))
