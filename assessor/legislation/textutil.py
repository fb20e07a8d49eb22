"""Small text helpers shared by the format readers: decoding, cleaning, list numbers."""

from __future__ import annotations

import codecs
import re
import unicodedata

_BOMS: list[tuple[bytes, str]] = [
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]
# Control characters other than tab and newline (C0, DEL, C1), plus zero-width and BOM marks.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b\u200e\u200f\ufeff\ufffe]")
_NEWLINES = re.compile("\r\n|[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
# Symbols inside a word betray Central European text read as cp1252 ("wystêpuj¹cy", "¿e").
_MISREAD = re.compile(r"[^\W\d_][¹²³¿¥¦ª¼½¾µ]|[¹³¿¥¦][^\W\d_]|[a-zß-ÿ][ŸŒŠŽ][a-zß-ÿ]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
# Single-byte encodings charset-normalizer may name for Western text where cp1252 is the
# likelier truth (short French/Spanish files are often mislabelled mac_roman or cp1250).
_WESTERN_GUESSES = {"cp1250", "cp1252", "latin_1", "iso8859_15", "iso8859_2", "mac_roman", "mac_latin2",
                    "cp850", "cp437", "iso8859_9", "cp1254", "iso8859_10", "iso8859_16", "cp1257", "iso8859_13"}


def bom_encoding(data: bytes) -> str | None:
    """The encoding a byte-order mark announces, if any."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when the bytes look like BOM-less UTF-16 of Latin text."""
    sample = data[:4096]
    if len(sample) < 8:
        return None
    even_zero = sample[0::2].count(0) / len(sample[0::2])
    odd_zero = sample[1::2].count(0) / len(sample[1::2])
    if odd_zero > 0.4 and even_zero < 0.05:
        return "utf-16-le"
    if even_zero > 0.4 and odd_zero < 0.05:
        return "utf-16-be"
    return None


def decode_text(data: bytes, declared: str | None = None) -> str:
    """Bytes to text: BOM, then a declared charset, strict UTF-8, charset-normalizer, cp1252."""
    encoding = bom_encoding(data)
    if encoding:
        return data[len(_bom_of(encoding)):].decode(encoding, errors="replace")
    if declared:
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong meta charset is common: fall through to detection
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    encoding = utf16_without_bom(data)
    if encoding:
        return data.decode(encoding, errors="replace")
    guess = _normalizer_guess(data)
    western = data.decode("cp1252", errors="replace")
    if guess and (guess not in _WESTERN_GUESSES or len(_MISREAD.findall(western)) >= 2):
        try:
            return data.decode(guess)
        except (LookupError, UnicodeDecodeError):
            pass
    return western


def _bom_of(encoding: str) -> bytes:
    return next(bom for bom, enc in _BOMS if enc == encoding)


def _normalizer_guess(data: bytes) -> str | None:
    from charset_normalizer import from_bytes  # imported late: it is only needed for non-UTF-8 text

    best = from_bytes(data[:200_000]).best()
    return best.encoding if best is not None else None


def clean(text: str) -> str:
    """NFC, newlines as \\n, control characters removed (tabs and newlines kept)."""
    text = _NEWLINES.sub("\n", text)
    text = unicodedata.normalize("NFC", text)
    return _CONTROL.sub("", text)


def squash(text: str) -> str:
    """Whitespace runs (tabs, no-break spaces, newlines) collapsed to one space, trimmed."""
    return _SPACES.sub(" ", text.replace("\n", " ")).strip()


def looks_binary(data: bytes) -> bool:
    """True when bytes are not plausibly text (NULs or many control bytes) in any encoding tried."""
    if bom_encoding(data) or utf16_without_bom(data):
        return False
    sample = data[:65536]
    if b"\x00" in sample:
        return True
    controls = sum(sample.count(bytes([b])) for b in (*range(0, 9), 11, *range(14, 32), 127))
    return controls > max(2, len(sample) // 50)


# ---------------------------------------------------------------- list numbers


def roman(n: int) -> str:
    """Upper-case Roman numeral (0 or less gives the decimal)."""
    if n <= 0 or n >= 4000:
        return str(n)
    out = []
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                           (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def letters(n: int) -> str:
    """Upper-case list letter the way word processors count: A..Z, AA..ZZ, AAA..."""
    if n <= 0:
        return str(n)
    return chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def format_number(n: int, fmt: str) -> str:
    """A counter in a list format; `fmt` is a Word numFmt or an ODF num-format ("1", "a", "I"...)."""
    match fmt:
        case "decimal" | "1" | "ordinal" | "cardinalText" | "ordinalText" | "decimalHalfWidth" | "decimalFullWidth":
            return str(n)
        case "decimalZero":
            return f"{n:02d}"
        case "lowerLetter" | "a":
            return letters(n).lower()
        case "upperLetter" | "A":
            return letters(n)
        case "lowerRoman" | "i":
            return roman(n).lower()
        case "upperRoman" | "I":
            return roman(n)
        case "bullet":
            return "-"
        case "none" | "":
            return ""
        case _:
            return str(n)
