"""bench/codegen.py: the decoy whole code is deterministic, sized, per language, and free of
the Protocols' own offences; `embed` places a law inside it unchanged."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.codegen import decoy_code, embed  # noqa: E402

# Words that would make a decoy a real trafficking or smuggling offence.
FORBIDDEN = ["trafficking in persons", "trafficking in human beings", "human trafficking", "smuggling of migrants",
             "migrant smuggling", "trata de personas", "trata de seres humanos", "tráfico de migrantes",
             "tráfico ilícito de migrantes", "traite des êtres humains", "traite des personnes",
             "trafic de migrants", "trafic illicite de migrants", "illegal entry", "entrée irrégulière",
             "entrada ilegal", "exploitation", "explotación"]


@pytest.mark.parametrize(
    ("language", "label"),
    [
        # English sections are labelled "Section N." as in common-law codes.
        ("en", "Section 12. "),
        # French articles stand alone on their line: "Article N".
        ("fr", "\nArticle 12\n"),
        # Spanish articles read "Artículo N." followed by their heading.
        ("es", "Artículo 12. "),
    ],
)
def test_drafting_style_per_language(language: str, label: str) -> None:
    assert label in decoy_code(20, language)


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        # The same arguments give the same text, character for character.
        ((50, "en", 3), (50, "en", 3), True),
        # Another seed gives another code.
        ((50, "en", 3), (50, "en", 4), False),
        # Another language gives another code for the same seed.
        ((50, "en", 3), (50, "fr", 3), False),
    ],
)
def test_deterministic(first: tuple, second: tuple, same: bool) -> None:
    assert (decoy_code(*first) == decoy_code(*second)) is same


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_size_per_article(language: str) -> None:
    # 600 articles make a whole code of 1.1-1.3 KB an article, about 700 KB.
    size = len(decoy_code(600, language).encode("utf-8"))
    assert 600 * 1100 <= size <= 600 * 1300


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_no_protocol_offence_words(language: str) -> None:
    # The decoys may say "drug trafficking" or "abduction", never the Protocols' own offences.
    text = decoy_code(600, language, seed=7).lower()
    assert [word for word in FORBIDDEN if word in text] == []


def test_decoy_words_present() -> None:
    # The decoys carry the words a careless matcher would take for elements.
    text = decoy_code(300, "en").lower()
    for word in ("abducts", "transports", "receives", "harbours", "deception", "counterfeit", "child pornography",
                 "terrorist", "inside information", "drug", "firearms", "facilitate"):
        assert word in text, word


def test_unknown_language_rejected() -> None:
    # A language without tables is an error, not an English code in disguise.
    with pytest.raises(ValueError, match="language"):
        decoy_code(5, "de")


@pytest.mark.parametrize(
    ("at", "low", "high"),
    [
        # Near the start of the code.
        (0.1, 0.0, 0.25),
        # In the middle.
        (0.5, 0.35, 0.65),
        # Near the end.
        (0.9, 0.75, 1.0),
    ],
)
def test_embed_places_law_unchanged(at: float, low: float, high: float) -> None:
    law = "Section 1. Example Act of Ostland.\n(1) A sentence the code does not contain.\n(2) Another."
    code = decoy_code(200, "en")
    whole = embed(law, code, at=at)
    assert whole.count(law) == 1
    assert low <= whole.index(law) / len(whole) <= high
    # Nothing of the code is lost or renumbered around the law.
    assert whole.replace(law, "").count("Section 200. ") == 1


def test_embed_heading_in_language() -> None:
    # The law sits under a chapter heading in the code's language.
    whole = embed("Artículo 1. Ejemplo.", decoy_code(100, "es"), language="es")
    assert "BIS\nDISPOSICIONES ESPECIALES\n\nArtículo 1. Ejemplo." in whole
