"""Whatever the bytes, reading either succeeds or raises a ReadError subclass, and never hangs."""

from __future__ import annotations

from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assessor.errors import ReadError
from assessor.legislation.formats import detect_format, read_blocks
from assessor.legislation.language import detect_language
from assessor.legislation.safety import Limits, check_size
from docbuild import Para, akn_bytes, docx_bytes, odt_bytes, pdf_bytes

# Low limits keep each example cheap; a hostile input must still end in a ReadError.
LIMITS = Limits(max_file_bytes=2_000_000, max_expanded_bytes=5_000_000, max_pdf_pages=50, deadline_seconds=5)
FAST = settings(max_examples=60, deadline=timedelta(milliseconds=1500),
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

PARAS = [Para("Chapter 1", "Heading 1"), Para("Trafficking in persons", numbering="articles"),
         Para("Whoever recruits a person", numbering="articles", level=1),
         Para("by force;", numbering="articles", level=2), Para("Penalties", numbering="articles")]
VALID = {
    "law.docx": docx_bytes(PARAS, title="Bill"),
    "law.odt": odt_bytes(PARAS, title="Bill"),
    "law.pdf": pdf_bytes([["Article 1 Trafficking in persons.", "(1) Whoever recruits a person by force."]] * 2,
                         header="Gazette"),
    "law.xml": akn_bytes("<section><num>1</num><heading>Offence</heading><content><p>Whoever recruits.</p>"
                         "</content></section>", title="Act"),
}


def read(name: str, data: bytes) -> None:
    """Read like the orchestrator; only ReadError may escape."""
    try:
        check_size(name, len(data), LIMITS)
        blocks, _title = read_blocks(data, detect_format(name, data), name, LIMITS)
    except ReadError as exc:
        assert "\n" not in str(exc) and str(exc).startswith(name)
        return
    assert blocks and all(b.text.strip() for b in blocks)
    detect_language(" ".join(b.text for b in blocks))


@pytest.mark.parametrize("extension", [".txt", ".md", ".docx", ".odt", ".pdf", ".html", ".xml", ""])
@FAST
@given(data=st.binary(max_size=4096))
def test_random_bytes(extension: str, data: bytes) -> None:
    # Random bytes under every extension (and none).
    read(f"random{extension}", data)


@pytest.mark.parametrize("name", list(VALID))
@FAST
@given(cut=st.floats(min_value=0.0, max_value=1.0, exclude_max=True))
def test_truncated(name: str, cut: float) -> None:
    # A valid file cut anywhere (an interrupted download).
    data = VALID[name]
    read(name, data[: int(len(data) * cut)])


@pytest.mark.parametrize("name", list(VALID))
@FAST
@given(flips=st.lists(st.tuples(st.floats(min_value=0.0, max_value=1.0, exclude_max=True),
                                st.integers(min_value=0, max_value=7)), min_size=1, max_size=8))
def test_bit_flips(name: str, flips: list[tuple[float, int]]) -> None:
    # A valid file with a few bits flipped (a damaged disk or transfer).
    data = bytearray(VALID[name])
    for where, bit in flips:
        data[int(len(data) * where)] ^= 1 << bit
    read(name, bytes(data))


@FAST
@given(text=st.text(max_size=2000))
def test_any_text(text: str) -> None:
    # Any Unicode text, as a .txt and as an .md, in UTF-8.
    read("law.txt", text.encode("utf-8"))
    read("law.md", text.encode("utf-8"))
    assert detect_language(text) in {"en", "fr", "es", "de", "it", "pt", "nl", "und"}
