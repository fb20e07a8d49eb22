"""Near misses: OCR damage and spelling variants still match, through rapidfuzz, with a lower score."""

from __future__ import annotations

from functools import cache

import pytest

from assessor import load_catalog
from assessor.catalog import Catalog
from assessor.engine.lexicon import Matcher
from assessor.legislation.reader import legislation_from_text
from assessor.preassessment import pre_assess
from assessor.text import fold, stem


@cache
def catalog() -> Catalog:
    return load_catalog()


NEAR = [
    # OCR turned an "i" into an "l": still trafficking in persons.
    ("en", "trafficklng", "trafficking"),
    # OCR turned "i" into "l" in a long act word.
    ("en", "recrultment", "recruitment"),
    # A French accent lost and a letter doubled by the scanner.
    ("fr", "hebergemment", "hébergement"),
    # Spanish OCR: "n" read as "m".
    ("es", "captacióm", "captación"),
]


@pytest.mark.parametrize(("language", "damaged", "term"), NEAR)
def test_near_miss_maps_to_the_term(language: str, damaged: str, term: str) -> None:
    matcher = Matcher(language)
    matcher.add("item", [term])
    found = matcher.near_misses([fold(damaged)])  # the engine passes the law's folded words
    assert list(found) == [fold(damaged)]
    _, score = found[fold(damaged)]
    assert 85 <= score < 100


FAR = [
    # Different words of similar length are not near misses.
    ("en", "prosecution", "prostitution"),
    ("en", "transparency", "transportation"),
    # Similar by ratio, but two edits apart: other words.
    ("en", "exportation", "exploitation"),
    ("en", "commissioner", "commission"),
    # One edit, but at the first letter: another word.
    ("en", "retention", "detention"),
]


@pytest.mark.parametrize(("language", "word", "term"), FAR)
def test_different_words_are_not_near_misses(language: str, word: str, term: str) -> None:
    matcher = Matcher(language)
    matcher.add("item", [term])
    assert matcher.near_misses([word]) == {}


def test_ocr_damaged_offence_is_still_read() -> None:
    # A scanned offence with damaged words: the acts are found, with a score below 100.
    text = (
        "Section 3 Trafficklng in persons\n"
        "(1) A person who recrults, transp0rts or harbours another person for the purpose of exploitation "
        "commits an offence and is liable to imprisonment for ten years."
    )
    pre = pre_assess(legislation_from_text(text, "scan.txt", "en"), catalog())
    assert pre.elements["TIP-3-a.act.harbouring"].status.value == "found"
    recruitment = pre.elements["TIP-3-a.act.recruitment"]
    assert recruitment.status.value == "found"
    assert 85 <= recruitment.evidence[0].score < 100
    assert recruitment.evidence[0].matched == "recrults"


KNOWN_FORMS = [
    # A Spanish future subjunctive shares the noun's lemma: known, so never sent to fuzzy matching.
    ("es", "captación", "captaren"),
    # A French imperfect plural shares the noun's lemma.
    ("fr", "recrutement", "recrutaient"),
    # English receiving and receipt share a lemma.
    ("en", "receipt", "receiving"),
]


@pytest.mark.parametrize(("language", "term", "word"), KNOWN_FORMS)
def test_inflected_forms_are_known_not_near_misses(language: str, term: str, word: str) -> None:
    matcher = Matcher(language)
    matcher.add("item", [term])
    assert matcher.knows(stem(word, language))
    # Unrelated long words stay unknown.
    assert not matcher.knows(stem("constitution", language))
