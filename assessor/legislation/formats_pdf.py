"""PDF reader: the text layer of each page, without running headers, footers and page numbers,
with hyphenation repaired and wrapped lines joined back into paragraphs."""

from __future__ import annotations

import io
import logging
import math
import re
import time
from collections import Counter

from assessor.errors import CorruptFile, EncryptedPdf, FileTooLarge, NoTextLayer, ReadError
from assessor.legislation.labels import starts_new_block
from assessor.legislation.model import Block
from assessor.legislation.safety import Limits
from assessor.legislation.textutil import clean, squash

_PAGE_NUMBER = re.compile(
    r"^(?:[-–—]\s*)?(?:(?:page|pág(?:ina)?\.?|pag\.?|seite|p\.)\s*)?\d{1,4}(?:\s*(?:/|of|de|sur|von)\s*\d{1,4})?"
    r"(?:\s*[-–—])?$",
    re.IGNORECASE,
)
_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"})
# Words that leave a sentence open: a short line ending in one is not a paragraph's end.
_OPEN_END = re.compile(r"(?:[,\-–—(]|\b(?:and|or|of|the|to|in|for|by|et|ou|de|du|des|la|le|les|y|o|del|el|en))$",
                       re.IGNORECASE)
_ZONE = 3  # lines at the top and bottom of a page where headers, footers and page numbers live


def _key(line: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", " ", line.strip().lower()))


def _open(data: bytes, name: str):  # noqa: ANN202 - pypdf's reader type is imported lazily
    from pypdf import PdfReader  # imported late: pypdf takes a moment to import and only PDFs need it

    if b"%%EOF" not in data[-8192:]:
        # A download cut short: pypdf could often recover some pages, but a silently partial
        # law is worse than a clear refusal.
        raise CorruptFile(name, "the PDF is incomplete (truncated): download or export it again")
    # pypdf logs (even as errors) every repair it makes to a damaged file; the user gets our one-line
    # message instead of pages of log.
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)
    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted:
        try:
            opened = reader.decrypt("")
        except Exception as exc:  # noqa: BLE001 - unsupported algorithms and broken dictionaries alike
            raise EncryptedPdf(name, "the PDF is encrypted: open it and save or print an unprotected copy") from exc
        if not opened:
            raise EncryptedPdf(
                name, "the PDF is password-protected: save or print an unprotected copy, then upload that"
            )
    return reader


def _title(reader) -> str:  # noqa: ANN001 - pypdf's reader type is imported lazily
    try:
        title = reader.metadata.title if reader.metadata else None
    except Exception:  # noqa: BLE001 - a broken info dictionary only costs the title
        return ""
    return squash(clean(str(title))) if title else ""


def _page_texts(data: bytes, name: str, limits: Limits) -> tuple[list[str], str]:
    reader = _open(data, name)
    count = len(reader.pages)
    if count > limits.max_pdf_pages:
        raise FileTooLarge(
            name,
            f"the PDF has {count} pages, more than the limit of {limits.max_pdf_pages} "
            "(split it, or raise ASSESSOR_MAX_PDF_PAGES)",
        )
    deadline = time.monotonic() + limits.deadline_seconds
    texts = []
    for page in reader.pages:
        if time.monotonic() > deadline:
            raise CorruptFile(
                name, f"the PDF took too long to read (over {limits.deadline_seconds:g} s): it may be damaged"
            )
        texts.append(clean((page.extract_text() or "").translate(_LIGATURES)))
    return texts, _title(reader)


def _strip_furniture(pages: list[list[str]]) -> list[list[str]]:
    """Remove running headers/footers (recurring on >= half the pages, min 3) and page numbers."""
    n = len(pages)
    threshold = max(3, math.ceil(n * 0.5))
    top: Counter[str] = Counter()
    bottom: Counter[str] = Counter()
    for lines in pages:
        top.update({_key(line) for line in lines[:_ZONE]})
        bottom.update({_key(line) for line in lines[-_ZONE:]})
    headers = {k for k, c in top.items() if c >= threshold} if n >= 3 else set()
    footers = {k for k, c in bottom.items() if c >= threshold} if n >= 3 else set()
    cleaned = []
    for lines in pages:
        start, end = 0, len(lines)
        # Peel from the edges only: the same words in the body of a page are the law's, not furniture.
        while start < min(end, _ZONE) and (_key(lines[start]) in headers or _PAGE_NUMBER.match(lines[start])):
            start += 1
        while end > max(start, len(lines) - _ZONE) and (
            _key(lines[end - 1]) in footers or _PAGE_NUMBER.match(lines[end - 1])
        ):
            end -= 1
        cleaned.append(lines[start:end])
    return cleaned


def _percentile(lengths: list[int], share: float) -> float:
    if not lengths:
        return 0.0
    ordered = sorted(lengths)
    return float(ordered[min(len(ordered) - 1, int(len(ordered) * share))])


def _paragraph_end(previous: str, line: str, typical: float, full: float) -> bool:
    """Whether the break after `previous` ends a paragraph (rather than wrapping one)."""
    if previous.endswith((".", ":", ";")):
        if len(previous) < 0.8 * typical:
            return True
        # The next line's first word would have fitted on this one: the break was deliberate.
        first_word = line.split(" ", 1)[0]
        return line[:1].isupper() and len(previous) + 1 + len(first_word) < 0.9 * full
    # A short line without closing punctuation, then a capital: a heading, or a paragraph without a full stop.
    return len(previous) < 0.6 * typical and line[:1].isupper() and not _OPEN_END.search(previous)


def _join(pages: list[list[str]]) -> list[Block]:
    all_lengths = [len(line) for lines in pages for line in lines]
    # "typical" is a full line's length (80th percentile: robust to short last lines and headings).
    doc_typical, doc_full = _percentile(all_lengths, 0.8), _percentile(all_lengths, 0.95)
    blocks: list[Block] = []
    text, page_of_block = "", 0
    previous = ""
    for number, lines in enumerate(pages, start=1):
        typical, full = doc_typical, doc_full
        if len(lines) >= 8:
            lengths = [len(line) for line in lines]
            typical, full = _percentile(lengths, 0.8), _percentile(lengths, 0.95)
        for line in lines:
            if not text:
                text, page_of_block = line, number
            elif starts_new_block(line) or _paragraph_end(previous, line, typical, full):
                blocks.append(Block(text, page=page_of_block))
                text, page_of_block = line, number
            elif text.endswith("-") and len(text) > 1 and text[-2].isalpha() and line[:1].islower():
                text = text[:-1] + line  # "traf-" + "ficking": a word hyphenated at the line end
            elif text.endswith(("-", "–", "/")):
                text += line  # "225-4-" + "1", "Franco-" + "British": the hyphen belongs to the word
            else:
                text = f"{text} {line}"
            previous = line
    if text:
        blocks.append(Block(text, page=page_of_block))
    return blocks


def read_pdf(data: bytes, name: str, limits: Limits) -> tuple[list[Block], str]:
    """Paragraph blocks of a PDF's text layer (each with the page it starts on) and its metadata title."""
    try:
        texts, title = _page_texts(data, name, limits)
    except ReadError:
        raise
    except RecursionError as exc:
        raise CorruptFile(name, "the PDF is damaged (its structure is nested too deeply to read)") from exc
    except Exception as exc:  # noqa: BLE001 - pypdf raises many exception types on damaged files
        raise CorruptFile(name, "the PDF is damaged and cannot be read: export or download it again") from exc
    if texts and sum(ch.isalnum() for t in texts for ch in t) < max(20, 5 * len(texts)):
        raise NoTextLayer(
            name, "the PDF has no text layer (it looks scanned): run OCR on it first, then upload the result"
        )
    pages = []
    for text in texts:
        text = text.replace("\u00ad\n", "-\n").replace("\u00ad", "")  # soft hyphens: only at a break they show
        pages.append([line for raw in text.split("\n") if (line := squash(raw))])
    return _join(_strip_furniture(pages)), title
