"""Build the binary legislation samples (.docx, .odt, .pdf) from their sources in _sources/.

Run from the project root:  .venv/bin/python legislation_samples/_build.py

Source format (one paragraph per line, UTF-8):
  "#T text"         a title paragraph (style Title in .docx, Normal in .odt)
  "#1 text"         Heading 1 (Parts, Chapitres)      "#2 text"  Heading 2
  "@sections:N text" a paragraph with Word's automatic numbering, scheme "sections"
                    (lvl0 "%1.", lvl1 "(%2)", lvl2 "(%3)" lowerLetter, lvl3 "(%4)" lowerRoman);
                    the number is NOT in the text, the reader gets it from the numbering.
                    Any scheme of tests/docbuild.py SCHEMES may be named ("@articles:1 ...").
  "=== page ==="    a page break (PDF only)
  any other line    a Normal paragraph (the .odt and .pdf samples write their labels literally)

The outputs are deterministic: zip entries get a fixed date and the PDF a fixed creation date.
"""

from __future__ import annotations

import hashlib
import io
import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "tests"))

from docbuild import Para, docx_bytes, odt_bytes, pdf_bytes  # noqa: E402

SOURCES = HERE / "_sources"
FIXED_ZIP_DATE = (2024, 1, 1, 0, 0, 0)
FIXED_PDF_DATE = "20240101000000"
PAGE_BREAK = "=== page ==="

# sample file -> (builder, title, extra options)
SAMPLES: dict[str, tuple[str, str, dict]] = {
    "arcadia-anti-trafficking-act-2024.docx": (
        "docx", "Anti-Trafficking in Persons and Migrant Smuggling Act 2024 (Republic of Arcadia)", {}),
    "caledonia-trafficking-bill-v1.docx": (
        "docx", "Trafficking in Persons (Prevention and Punishment) Bill, 2025 (Caledonia) - first reading", {}),
    "caledonia-trafficking-bill-v2.docx": (
        "docx", "Trafficking in Persons (Prevention and Punishment) Bill, 2025 (Caledonia) - second reading", {}),
    "borduria-penal-code-chapter-xii.pdf": (
        "pdf", "Penal Code of the Kingdom of Borduria - Chapter XII", {"header": "Kingdom of Borduria — Penal Code"}),
    "franconie-code-penal-traite.odt": (
        "odt", "Code pénal de la République de Franconie - De la traite des êtres humains", {}),
}

_NUMBERED = re.compile(r"^@(?P<scheme>\w+):(?P<level>\d) (?P<text>.*)$")
_STYLES = {"#T": "Title", "#1": "Heading 1", "#2": "Heading 2", "#3": "Heading 3"}


def read_source(name: str) -> list[str]:
    """The source lines of a sample (blank lines dropped)."""
    text = (SOURCES / f"{Path(name).stem}.txt").read_text(encoding="utf-8")
    return [line.rstrip() for line in text.splitlines() if line.strip()]


def paragraphs(lines: list[str], title_style: str = "Title") -> list[Para]:
    """Docbuild paragraphs from source lines."""
    paras: list[Para] = []
    for line in lines:
        if line == PAGE_BREAK:
            continue
        m = _NUMBERED.match(line)
        if m:
            paras.append(Para(m.group("text"), numbering=m.group("scheme"), level=int(m.group("level"))))
            continue
        marker, _, rest = line.partition(" ")
        if marker in _STYLES:
            style = _STYLES[marker]
            paras.append(Para(rest, style=title_style if style == "Title" else style))
        else:
            paras.append(Para(line))
    return paras


def pages(lines: list[str]) -> list[list[str]]:
    """PDF pages: lists of paragraphs, cut at the page-break lines (markers dropped)."""
    result: list[list[str]] = [[]]
    for line in lines:
        if line == PAGE_BREAK:
            result.append([])
            continue
        marker, _, rest = line.partition(" ")
        result[-1].append(rest if marker in _STYLES or _NUMBERED.match(line) else line)
    return [page for page in result if page]


def fixed_zip(data: bytes) -> bytes:
    """The same archive with every entry dated FIXED_ZIP_DATE (entry order and compression kept)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_DATE)
            entry.compress_type = info.compress_type
            entry.external_attr = 0o644 << 16
            dst.writestr(entry, src.read(info.filename))
    return out.getvalue()


def fixed_pdf(data: bytes) -> bytes:
    """The PDF with fixed creation/modification dates (same length, so the xref offsets stay valid)."""

    def repl(m: re.Match[bytes]) -> bytes:
        stamp = m.group(2)
        fixed = (FIXED_PDF_DATE.encode() + stamp[14:]) if len(stamp) >= 14 else stamp
        tail = re.sub(rb"\d", b"0", m.group(3))  # timezone offset digits, e.g. +01'00'
        return m.group(1) + fixed + tail
    data = re.sub(rb"(/(?:CreationDate|ModDate) ?\(D:)(\d+)([^)]*)", repl, data)
    # The file identifier is derived from the time: replace it by a digest of the content.
    zeroed = re.sub(rb"/ID \[<[0-9A-Fa-f]+><[0-9A-Fa-f]+>\]", b"/ID []", data)
    digest = hashlib.md5(zeroed, usedforsecurity=False).hexdigest().upper().encode()

    def ident(m: re.Match[bytes]) -> bytes:
        return b"/ID [<" + digest[: len(m.group(1))].ljust(len(m.group(1)), b"0") + b"><" \
            + digest[: len(m.group(2))].ljust(len(m.group(2)), b"0") + b">]"
    return re.sub(rb"/ID \[<([0-9A-Fa-f]+)><([0-9A-Fa-f]+)>\]", ident, data)


def build(name: str) -> bytes:
    kind, title, options = SAMPLES[name]
    lines = read_source(name)
    if kind == "docx":
        return fixed_zip(docx_bytes(paragraphs(lines), title))
    if kind == "odt":
        return fixed_zip(odt_bytes(paragraphs(lines, title_style="Normal"), title))
    if kind == "pdf":
        return fixed_pdf(pdf_bytes(pages(lines), header=options.get("header"), page_numbers=True))
    raise ValueError(kind)


def main() -> int:
    for name in SAMPLES:
        data = build(name)
        (HERE / name).write_bytes(data)
        print(f"{name}: {len(data)} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
