"""Text normalisation for matching: Unicode, case, accents, tokens with offsets, stems per language.

Matching compares stems, so "recruits", "recruiting" and "recruitment" meet, as do
"héberger"/"hébergement" and "captare"/"captación". Every token keeps its character offsets in
the original text, so evidence can quote the law exactly as written.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple

import snowballstemmer

__all__ = ["Token", "fold", "stem", "stemmer_for", "tokenize", "STEMMER_LANGUAGES"]

STEMMER_LANGUAGES = {"en": "english", "fr": "french", "es": "spanish", "de": "german", "it": "italian",
                     "pt": "portuguese", "nl": "dutch"}

# Ligatures and marks NFKD does not take apart, and typographic variants of the same letter.
_TRANSLATE = str.maketrans({"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ß": "ss", "ﬁ": "fi", "ﬂ": "fl",
                            "’": "'", "‘": "'", "ʼ": "'", "`": "'"})
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)
# French and Italian elisions: "l'hébergement" is "hébergement", "d'une" is "une".
_ELISION = re.compile(r"^(?:l|d|qu|n|s|c|j|m|t|lorsqu|puisqu|jusqu)'", re.IGNORECASE)


def fold(text: str) -> str:
    """Case-fold and strip accents: "Hébergement" -> "hebergement", "Œuvre" -> "oeuvre"."""
    if text.isascii():
        return text.lower()
    text = text.translate(_TRANSLATE).casefold()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class Token(NamedTuple):
    """A word of the text: its folded form, its stem, and where it stands in the original.

    A named tuple rather than a dataclass: a statute has tens of thousands of words, and a tuple
    is much cheaper to make.
    """

    folded: str
    stem: str
    start: int
    end: int


StemFunction = Callable[[str], str]


@lru_cache(maxsize=16)
def stemmer_for(language: str) -> StemFunction:
    """A cached stemming function for a language ("und" and unknown languages: no stemming)."""
    name = STEMMER_LANGUAGES.get(language)
    if name is None:
        return lambda word: word
    stemmer = snowballstemmer.stemmer(name)

    @lru_cache(maxsize=200_000)
    def _stem(word: str) -> str:
        # Stem the accented lower-case word (the Snowball rules know accents), then fold.
        return fold(stemmer.stemWord(word))

    return _stem


def stem(word: str, language: str) -> str:
    """The folded stem of one word in a language."""
    return stemmer_for(language)(_ELISION.sub("", word.casefold().translate(_TRANSLATE)))


@lru_cache(maxsize=400_000)
def _analyse(word: str, language: str) -> tuple[int, str, str] | None:
    """A word's elision offset, folded form and stem (cached: statutes repeat their words)."""
    lowered = word.casefold().translate(_TRANSLATE)
    offset = 0
    elided = _ELISION.match(lowered)
    if elided:
        offset = elided.end()
        lowered = lowered[offset:]
        if not lowered:
            return None
    return offset, fold(lowered), stemmer_for(language)(lowered)


def tokenize(text: str, language: str) -> list[Token]:
    """The words of a text with their folded forms, stems and offsets."""
    tokens: list[Token] = []
    for m in _WORD.finditer(text):
        analysed = _analyse(m.group(), language)
        if analysed is not None:
            offset, folded, stemmed = analysed
            tokens.append(Token(folded, stemmed, m.start() + offset, m.end()))
    return tokens
