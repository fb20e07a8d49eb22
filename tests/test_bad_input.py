"""Every kind of bad law file gets its own error type, exit code and a one-line message naming the file, fast.

Decision: a file named .docx (or .odt, .pdf) whose content is not that format at all is a
CorruptFile ("not a valid Word file"): the name says what the user meant, so the useful
message is that this file is broken. UnknownFormat is kept for content that is recognisably
something else (an image, a program, an old .doc) or for unnamed binary data.
"""

from __future__ import annotations

import io
import random
import time
import zipfile

import pytest

from assessor.errors import (
    ArchiveBomb,
    CorruptFile,
    EmptyFile,
    EncryptedPdf,
    ExitCode,
    FileTooLarge,
    NoTextLayer,
    ReadError,
    UnknownFormat,
    UnsafeXml,
)
from assessor.legislation.formats import detect_format, read_blocks
from assessor.legislation.safety import Limits, check_size
from assessor.settings import Settings
from docbuild import Para, akn_bytes, docx_bytes, docx_package, encrypted_pdf_bytes, pdf_bytes, scanned_pdf_bytes
from docbuild import zip_bomb_docx as bomb

FAST = 3.0  # seconds: every refusal must come quickly


def read(name: str, data: bytes, settings: Settings | None = None) -> None:
    """The orchestrator's sequence: size check, format detection, reading."""
    limits = Limits.from_settings(settings or Settings())
    check_size(name, len(data), limits)
    read_blocks(data, detect_format(name, data), name, limits)


def _valid_docx() -> bytes:
    paras = [Para(f"Provision number {i} on the prevention of trafficking in persons.", numbering="articles")
             for i in range(200)]
    return docx_bytes(paras, title="Bill")


def _valid_pdf() -> bytes:
    return pdf_bytes([[f"Article {i} Text of the article on smuggling of migrants." for i in range(30)]] * 3)


def _random(n: int, seed: int) -> bytes:
    return random.Random(seed).randbytes(n)  # noqa: S311 - reproducible junk, not secrets


_LAUGHS = "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))
BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE akomaNtoso [<!ENTITY lol0 "lol">' + _LAUGHS + "]>"
    '<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act><body><section><content>'
    "<p>&lol9;</p></content></section></body></act></akomaNtoso>"
)
XXE = (
    '<?xml version="1.0"?><!DOCTYPE akomaNtoso [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    '<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act><body><section><content>'
    "<p>&xxe;</p></content></section></body></act></akomaNtoso>"
)
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DOCX_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY lol0 "lol">' + _LAUGHS + "]>"
    f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>'
)
DOCX_XXE = (
    '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>'
)


def _lying_zip() -> bytes:
    """A docx whose zip records understate document.xml's size (declared 1 KB, really 20 MB)."""
    data = bytearray(bomb(20))
    real = zipfile.ZipFile(io.BytesIO(bytes(data))).getinfo("word/document.xml").file_size
    for width in (8, 4):  # zip64 extra fields hold the size on 8 bytes, the classic records on 4
        old, new = real.to_bytes(width, "little"), (1024).to_bytes(width, "little")
        position = data.find(old)
        while position >= 0:
            data[position:position + width] = new
            position = data.find(old, position + width)
    return bytes(data)


CASES = [
    # An encrypted PDF (user password): named as such, exit code 15.
    ("protected.pdf", encrypted_pdf_bytes, None, EncryptedPdf, "password"),
    # A scanned PDF, only images: the message tells to run OCR.
    ("scan.pdf", scanned_pdf_bytes, None, NoTextLayer, "OCR"),
    # Random bytes named .docx: the name says Word, the content is not: CorruptFile "not a valid Word file".
    ("bill.docx", lambda: _random(3000, 1), None, CorruptFile, "not a valid Word file"),
    # A .docx cut in half (an interrupted download).
    ("bill.docx", lambda: _valid_docx()[: len(_valid_docx()) // 2], None, CorruptFile, "damaged or truncated"),
    # A PDF cut in half.
    ("act.pdf", lambda: _valid_pdf()[: len(_valid_pdf()) // 2], None, CorruptFile, "truncated"),
    # Random bytes named .pdf.
    ("act.pdf", lambda: _random(3000, 2), None, CorruptFile, "not a valid PDF"),
    # A zip bomb over the expanded-size cap (20 MB of spaces, cap 5 MB); refused before decompressing.
    ("bomb.docx", lambda: bomb(20), Settings(max_expanded_mb=5), ArchiveBomb, "expand to"),
    # The same bomb under a generous size cap trips the ratio cap (about 1000:1 against 100:1).
    ("bomb.docx", lambda: bomb(20), Settings(max_expanded_mb=500), ArchiveBomb, "times its compressed size"),
    # Billion laughs in an Akoma Ntoso file.
    ("laughs.xml", lambda: BILLION_LAUGHS.encode(), None, UnsafeXml, "DTD"),
    # An external entity (XXE reading /etc/passwd) in an Akoma Ntoso file.
    ("xxe.xml", lambda: XXE.encode(), None, UnsafeXml, "DTD"),
    # Billion laughs inside a .docx's document.xml.
    ("laughs.docx", lambda: docx_package(DOCX_LAUGHS), None, UnsafeXml, "DTD"),
    # XXE inside a .docx's document.xml.
    ("xxe.docx", lambda: docx_package(DOCX_XXE), None, UnsafeXml, "DTD"),
    # A file over the configured size limit (0.01 MB).
    ("big.txt", lambda: b"Article 1. Text.\n" * 2000, Settings(max_file_mb=0.01), FileTooLarge, "over the limit"),
    # A PDF over the page limit.
    ("long.pdf", lambda: pdf_bytes([["Article 1 Text of a page."]] * 5), Settings(max_pdf_pages=3), FileTooLarge,
     "pages"),
    # PNG bytes (a photo of a page): unknown format, with the OCR advice.
    ("law.png", lambda: b"\x89PNG\r\n\x1a\n" + _random(500, 3), None, UnknownFormat, "image"),
    # PNG bytes named .txt: the content wins.
    ("law.txt", lambda: b"\x89PNG\r\n\x1a\n" + _random(500, 3), None, UnknownFormat, "image"),
    # A Windows program.
    ("setup.exe", lambda: b"MZ\x90\x00\x03\x00\x00\x00" + _random(2000, 4), None, UnknownFormat, "program"),
    # An old binary Word file: "save it as .docx or PDF".
    ("bill.doc", lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + _random(2000, 5), None, UnknownFormat,
     "save it as .docx or PDF"),
    # A .doc name on text-less binary content (not even OLE).
    ("bill.doc", lambda: _random(2000, 6), None, UnknownFormat, ".docx or PDF"),
    # Random bytes without an extension.
    ("download", lambda: _random(2000, 7), None, UnknownFormat, "not text"),
    # An empty file (0 bytes).
    ("empty.txt", lambda: b"", None, EmptyFile, "empty"),
    # A file of only whitespace.
    ("blank.txt", lambda: b" \n\t\r\n  \n", None, EmptyFile, "blank"),
    # A .docx with no text in it.
    ("blank.docx", lambda: docx_bytes([Para(""), Para("   ")]), None, EmptyFile, "no text"),
    # An Akoma Ntoso file with an empty body.
    ("empty.xml", lambda: akn_bytes(""), None, EmptyFile, "no text"),
    # Malformed XML claiming Akoma Ntoso.
    ("broken.xml", lambda: akn_bytes("<section><p>unclosed</section>"), None, CorruptFile, "malformed"),
    # A zip that is neither Word nor OpenDocument.
    ("archive.zip", lambda: _zip({"readme.txt": b"hello"}), None, UnknownFormat, "zip archive"),
    # An XML file that is not Akoma Ntoso.
    ("data.xml", lambda: b'<?xml version="1.0"?><catalog><item>x</item></catalog>', None, UnknownFormat,
     "not Akoma Ntoso"),
]


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buffer.getvalue()


EXIT_CODES = {
    EncryptedPdf: ExitCode.ENCRYPTED_PDF, NoTextLayer: ExitCode.NO_TEXT_LAYER, CorruptFile: ExitCode.CORRUPT_FILE,
    ArchiveBomb: ExitCode.ARCHIVE_BOMB, UnsafeXml: ExitCode.UNSAFE_XML, FileTooLarge: ExitCode.FILE_TOO_LARGE,
    UnknownFormat: ExitCode.UNKNOWN_FORMAT, EmptyFile: ExitCode.EMPTY_FILE,
}


@pytest.mark.parametrize(("name", "make", "settings", "error", "words"), CASES,
                         ids=[f"{c[0]}-{c[3].__name__}-{i}" for i, c in enumerate(CASES)])
def test_bad_input(name: str, make, settings: Settings | None, error: type[ReadError], words: str) -> None:
    data = make()
    start = time.perf_counter()
    with pytest.raises(ReadError) as caught:
        read(name, data, settings)
    elapsed = time.perf_counter() - start
    exc = caught.value
    assert type(exc) is error, f"{type(exc).__name__}: {exc}"
    assert exc.exit_code == EXIT_CODES[error]
    message = str(exc)
    assert "\n" not in message and message.startswith(f"{name}: ")
    assert words.lower() in message.lower()
    assert exc.path == name and exc.reason
    assert elapsed < FAST, f"took {elapsed:.2f} s"


def test_lying_zip_sizes_are_refused() -> None:
    # Declared sizes say 1 KB but the member inflates to 20 MB: refused (ratio, cap or CRC) without inflating it all.
    data = _lying_zip()
    start = time.perf_counter()
    with pytest.raises((ArchiveBomb, CorruptFile)):
        read("liar.docx", data)
    assert time.perf_counter() - start < FAST


def test_safe_zip_caps_bytes_actually_produced() -> None:
    # The running cap counts real output: a member read past max_expanded_bytes stops with ArchiveBomb.
    from assessor.legislation.safety import SafeZipFile

    data = _zip({"word/document.xml": b"<w:document/>" + b" " * 300_000})
    archive = SafeZipFile(data, "x.docx", Limits(max_expanded_bytes=100_000))
    with pytest.raises(ArchiveBomb):
        archive.read("word/document.xml")


def test_too_many_members() -> None:
    # An archive of 6,000 tiny parts, over the 5,000 member limit: refused from the directory record alone.
    data = _zip({f"word/media/{i}.xml": b"" for i in range(6000)} | {"word/document.xml": b"<x/>"})
    with pytest.raises(ArchiveBomb) as caught:
        read("many.docx", data)
    assert "parts" in str(caught.value)


def test_missing_file_paths_are_not_our_business() -> None:
    # check_size on a real size only refuses the empty and the oversized; FileNotFound is the orchestrator's.
    check_size("ok.txt", 10, Limits())
    with pytest.raises(EmptyFile):
        check_size("empty.txt", 0, Limits())
