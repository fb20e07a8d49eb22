"""Guards for untrusted law files: size limits, zip-bomb checks and safe XML parsing.

Every reader goes through these: a .docx/.odt is opened with `open_zip_safely` (which refuses
archives that would expand past the limits, before and while decompressing) and every XML
part is parsed with `parse_xml` (which refuses DTDs, entities and external references).
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from dataclasses import dataclass
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as safe_et
from defusedxml import DefusedXmlException

from assessor.errors import ArchiveBomb, CorruptFile, EmptyFile, FileTooLarge, UnsafeXml
from assessor.settings import Settings

_MB = 1024 * 1024
# Members smaller than this are not held to the ratio limit: a few KB of repetitive XML
# (an empty styles part, a settings part) can legitimately compress more than 100:1.
RATIO_GRACE_BYTES = 1 * _MB
_CHUNK = 64 * 1024


@dataclass(frozen=True, slots=True)
class Limits:
    """The limits one read is held to (built from `Settings`)."""

    max_file_bytes: int = 50 * _MB
    max_expanded_bytes: int = 200 * _MB
    max_ratio: float = 100.0
    max_members: int = 5000
    max_pdf_pages: int = 2000
    # Wall-clock budget for one PDF, checked between pages, so a pathological file cannot hang the app.
    deadline_seconds: float = 60.0

    @classmethod
    def from_settings(cls, settings: Settings) -> Limits:
        """The limits in force for these settings."""
        return cls(
            max_file_bytes=int(settings.max_file_mb * _MB),
            max_expanded_bytes=int(settings.max_expanded_mb * _MB),
            max_ratio=float(settings.max_compression_ratio),
            max_pdf_pages=int(settings.max_pdf_pages),
        )


def describe_size(n: float) -> str:
    """A byte count for people: "12.5 MB", "40 KB"."""
    return _mb(n)


def _mb(n: float) -> str:
    return f"{n / _MB:.1f} MB" if n >= _MB / 10 else f"{n / 1024:.0f} KB"


def check_size(path_name: str, size: int, limits: Limits) -> None:
    """Refuse an empty file or one over the size limit, before reading it."""
    if size == 0:
        raise EmptyFile(path_name, "the file is empty (0 bytes)")
    if size > limits.max_file_bytes:
        raise FileTooLarge(
            path_name,
            f"the file is {_mb(size)}, over the limit of {_mb(limits.max_file_bytes)} "
            "(split it, or raise ASSESSOR_MAX_FILE_MB)",
        )


def _declared_entries(data: bytes) -> int | None:
    """The entry count in the end-of-central-directory record, read without parsing the directory."""
    tail_start = max(0, len(data) - (65535 + 22))
    pos = data.rfind(b"PK\x05\x06", tail_start)
    if pos < 0 or pos + 22 > len(data):
        return None
    total = struct.unpack_from("<H", data, pos + 10)[0]
    return None if total == 0xFFFF else total  # 0xFFFF: a zip64 archive, counted after opening


class SafeZipFile(zipfile.ZipFile):
    """A ZipFile whose `read` stops as soon as a member produces more bytes than allowed.

    Declared sizes can lie, so the cap is enforced on the bytes actually decompressed, in
    chunks, and shared by all the reads of one archive.
    """

    def __init__(self, data: bytes, name: str, limits: Limits) -> None:
        super().__init__(io.BytesIO(data))
        self.source_name = name
        self.limits = limits
        self.produced = 0

    def read(self, name: str | zipfile.ZipInfo, pwd: bytes | None = None) -> bytes:  # type: ignore[override]
        """The member's bytes, refusing to produce more than the limits allow."""
        info = name if isinstance(name, zipfile.ZipInfo) else self.getinfo(name)
        if info.flag_bits & 0x1:
            raise CorruptFile(self.source_name, "the file is password-protected: save it again without a password")
        ratio_cap = max(RATIO_GRACE_BYTES, int(self.limits.max_ratio * max(info.compress_size, 1)))
        parts: list[bytes] = []
        member_bytes = 0
        try:
            with self.open(info) as stream:
                while chunk := stream.read(_CHUNK):
                    member_bytes += len(chunk)
                    self.produced += len(chunk)
                    if self.produced > self.limits.max_expanded_bytes:
                        raise ArchiveBomb(
                            self.source_name,
                            f"the file expands to more than {_mb(self.limits.max_expanded_bytes)} when unzipped "
                            "(a zip bomb, or a document too large to read)",
                        )
                    if member_bytes > ratio_cap:
                        raise ArchiveBomb(
                            self.source_name,
                            f"part {info.filename} expands more than {self.limits.max_ratio:g} times its "
                            "compressed size (a zip bomb)",
                        )
                    parts.append(chunk)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as exc:
            raise CorruptFile(
                self.source_name, "the file is damaged or truncated (its zip content cannot be read)"
            ) from exc
        except NotImplementedError as exc:
            raise CorruptFile(self.source_name, "the file uses a compression method that is not supported") from exc
        return b"".join(parts)


def open_zip_safely(data: bytes, name: str, limits: Limits) -> zipfile.ZipFile:
    """Open a .docx/.odt archive after checking member count, declared sizes and ratios.

    Nothing is decompressed here; the returned archive's `read` enforces the same limits on
    the bytes actually produced.
    """
    declared = _declared_entries(data)
    if declared is not None and declared > limits.max_members:
        raise ArchiveBomb(name, f"the archive holds {declared} parts, more than the limit of {limits.max_members}")
    try:
        archive = SafeZipFile(data, name, limits)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, struct.error,
            NotImplementedError) as exc:
        raise CorruptFile(name, "the file is damaged or truncated (it is not a readable zip archive)") from exc
    members = archive.infolist()
    if len(members) > limits.max_members:
        raise ArchiveBomb(name, f"the archive holds {len(members)} parts, more than the limit of {limits.max_members}")
    total = sum(m.file_size for m in members)
    if total > limits.max_expanded_bytes:
        raise ArchiveBomb(
            name,
            f"the file would expand to {_mb(total)} when unzipped, over the limit of "
            f"{_mb(limits.max_expanded_bytes)} (a zip bomb, or a document too large to read)",
        )
    for member in members:
        if member.file_size > RATIO_GRACE_BYTES and member.file_size > limits.max_ratio * max(member.compress_size, 1):
            raise ArchiveBomb(
                name,
                f"part {member.filename} would expand {member.file_size / max(member.compress_size, 1):.0f} times "
                f"its compressed size, over the limit of {limits.max_ratio:g} (a zip bomb)",
            )
    return archive


def parse_xml(data: bytes, name: str) -> Element:
    """Parse XML refusing DTDs, entity declarations and external references (billion laughs, XXE)."""
    try:
        return safe_et.fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise UnsafeXml(
            name,
            "the XML declares a DTD, entities or external references, which are refused for safety "
            "(remove the <!DOCTYPE ...> declaration)",
        ) from exc
    except (ParseError, ValueError, UnicodeError, LookupError) as exc:  # LookupError: an unknown encoding
        raise CorruptFile(name, f"the XML is malformed or truncated ({_short(exc)})") from exc


def _short(exc: BaseException) -> str:
    return str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__
