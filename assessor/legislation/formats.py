"""Which format a law file is in, and its text as a list of blocks.

`detect_format` trusts the content first (magic numbers, zip members, XML namespaces, HTML
markers) and the file name second, so a PDF saved as "law.txt" is still read as a PDF.
`read_blocks` dispatches to the format's reader (`formats_*.py`); every failure surfaces as
a `ReadError` subclass with a one-line reason, never as a traceback.
"""

from __future__ import annotations

import re
from pathlib import PurePath

from assessor.errors import CorruptFile, EmptyFile, FileTooLarge, ReadError, UnknownFormat
from assessor.legislation.model import Block
from assessor.legislation.safety import Limits, describe_size
from assessor.legislation.textutil import bom_encoding, looks_binary, utf16_without_bom

FORMATS = ("txt", "md", "docx", "odt", "pdf", "html", "akn")

_EXTENSIONS = {
    ".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".docx": "docx", ".docm": "docx",
    ".odt": "odt", ".pdf": "pdf", ".html": "html", ".htm": "html", ".xhtml": "html", ".xml": "akn", ".akn": "akn",
}
_SAVE_AS = "save it as .docx or PDF and upload that"
_OCR = "if it is a scanned page, run OCR on it first and upload the text or a searchable PDF"
# (magic bytes, what the file is, advice)
_MAGIC: list[tuple[bytes, str, str]] = [
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old binary Word (.doc) or other legacy Office file, or a "
     "password-protected Office file", _SAVE_AS + " (without a password)"),
    (b"{\\rtf", "a Rich Text (.rtf) file", _SAVE_AS),
    (b"\x89PNG\r\n\x1a\n", "an image (PNG), not a document", _OCR),
    (b"\xff\xd8\xff", "an image (JPEG), not a document", _OCR),
    (b"GIF87a", "an image (GIF), not a document", _OCR),
    (b"GIF89a", "an image (GIF), not a document", _OCR),
    (b"II*\x00", "an image (TIFF), not a document", _OCR),
    (b"MM\x00*", "an image (TIFF), not a document", _OCR),
    (b"MZ", "a program (.exe), not a document", "upload the law as .docx, .odt, PDF, HTML, Akoma Ntoso XML or text"),
    (b"\x7fELF", "a program, not a document", "upload the law as .docx, .odt, PDF, HTML, Akoma Ntoso XML or text"),
    (b"\x1f\x8b", "a compressed (.gz) archive", "unpack it and upload the document inside"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive", "unpack it and upload the document inside"),
    (b"Rar!", "a RAR archive", "unpack it and upload the document inside"),
]
_SUPPORTED = "supported formats: .docx, .odt, .pdf (with text), .html, Akoma Ntoso .xml, .txt, .md"


def _extension(name: str) -> str:
    return PurePath(name).suffix.lower()


def _zip_format(data: bytes, name: str, ext: str) -> str:
    # Member names sit in plain bytes in the local headers and central directory, so a search
    # tells the package type without parsing the archive (that happens, guarded, when reading).
    if b"word/document.xml" in data:
        return "docx"
    if b"content.xml" in data and b"application/vnd.oasis.opendocument.text" in data[:4096]:
        return "odt"
    if ext == ".docx":
        raise CorruptFile(name, "not a valid Word file: the archive has no document part (save it again as .docx)")
    if ext == ".odt":
        raise CorruptFile(name, "not a valid OpenDocument text file: it has no text content (save it again as .odt)")
    if b"xl/workbook.xml" in data or b"opendocument.spreadsheet" in data[:4096]:
        raise UnknownFormat(name, "this is a spreadsheet, not a document: " + _SAVE_AS)
    if b"ppt/presentation.xml" in data or b"opendocument.presentation" in data[:4096]:
        raise UnknownFormat(name, "this is a presentation, not a document: " + _SAVE_AS)
    raise UnknownFormat(name, "this is a zip archive, not a document: unpack it and upload the law inside")


def _head(data: bytes) -> str:
    """The first 64 KB as lower-case text, for markup sniffing."""
    sample = data[:65536]
    encoding = bom_encoding(sample) or utf16_without_bom(sample) or "utf-8"
    return sample.decode(encoding, errors="ignore").lstrip("\ufeff \t\r\n").lower()


def detect_format(name: str, data: bytes) -> str:
    """One of FORMATS, from the content first and the extension second; UnknownFormat otherwise."""
    if not data:
        raise EmptyFile(name, "the file is empty (0 bytes)")
    ext = _extension(name)
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _zip_format(data, name, ext)
    for magic, what, advice in _MAGIC:
        if data.startswith(magic) and (magic != b"MZ" or looks_binary(data)):
            raise UnknownFormat(name, f"this is {what}: {advice}")
    if not data.strip(b" \t\r\n\x0b\x0c\x00") or data in (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"):
        raise EmptyFile(name, "the file contains only blank space, no text")
    head = _head(data)
    if head.startswith("<"):
        if "akomantoso" in head or "docs.oasis-open.org/legaldocml" in head:
            return "akn"
        if re.search(r"<!doctype\s+html|<html[\s>]", head) or ext in (".html", ".htm", ".xhtml"):
            return "html"
        if head.startswith("<?xml") or ext in (".xml", ".akn"):
            raise UnknownFormat(
                name, "this XML file is not Akoma Ntoso (the only XML legislation format read): " + _SAVE_AS
            )
        if ext not in (".txt", ".text", ".md", ".markdown") and re.search(r"<(?:body|p|div|h[1-6])[\s>]", head):
            return "html"
    if ext == ".doc":
        raise UnknownFormat(name, "old binary Word (.doc) files are not read: " + _SAVE_AS)
    if ext in (".docx", ".docm"):
        raise CorruptFile(name, "not a valid Word file: it is not a .docx package (save it again as .docx)")
    if ext == ".odt":
        raise CorruptFile(name, "not a valid OpenDocument file: it is not an .odt package (save it again as .odt)")
    if ext == ".pdf":
        raise CorruptFile(name, "not a valid PDF: it does not start with %PDF- (download or export it again)")
    if looks_binary(data):
        shown = f"named {ext}, but its content" if ext in _EXTENSIONS else "its content"
        raise UnknownFormat(name, f"the file is {shown} is not text or a known document format ({_SUPPORTED})")
    if ext in _EXTENSIONS:
        return _EXTENSIONS[ext]
    return "txt"


def read_blocks(data: bytes, fmt: str, name: str, limits: Limits) -> tuple[list[Block], str]:
    """The file's text blocks in reading order, and its title ("" when the format has none).

    Raises a ReadError subclass (EmptyFile when no text at all is found).
    """
    if len(data) > limits.max_file_bytes:
        raise FileTooLarge(
            name, f"the file is {describe_size(len(data))}, over the limit of {describe_size(limits.max_file_bytes)}"
        )
    try:
        blocks, title = _dispatch(data, fmt, name, limits)
    except ReadError:
        raise
    except RecursionError as exc:
        raise CorruptFile(name, "the file's structure is nested too deeply to read (damaged or hostile file)") from exc
    except Exception as exc:  # noqa: BLE001 - damaged files break readers in many ways; the user gets one line
        raise CorruptFile(name, f"the file is damaged and could not be read as {fmt.upper()}") from exc
    blocks = [b for b in blocks if b.text.strip()]
    if not blocks:
        raise EmptyFile(name, "the file contains no text")
    return blocks, title


def _dispatch(data: bytes, fmt: str, name: str, limits: Limits) -> tuple[list[Block], str]:
    # Readers are imported here so a text-only run never imports pypdf.
    if fmt == "txt":
        from assessor.legislation.formats_text import read_txt

        return read_txt(data), ""
    if fmt == "md":
        from assessor.legislation.formats_text import read_md

        return read_md(data), ""
    if fmt == "html":
        from assessor.legislation.formats_text import read_html

        return read_html(data)
    if fmt == "docx":
        from assessor.legislation.formats_docx import read_docx

        return read_docx(data, name, limits)
    if fmt == "odt":
        from assessor.legislation.formats_odt import read_odt

        return read_odt(data, name, limits)
    if fmt == "pdf":
        from assessor.legislation.formats_pdf import read_pdf

        return read_pdf(data, name, limits)
    if fmt == "akn":
        from assessor.legislation.formats_akn import read_akn

        return read_akn(data, name)
    raise UnknownFormat(name, f"unknown format {fmt!r} ({_SUPPORTED})")
