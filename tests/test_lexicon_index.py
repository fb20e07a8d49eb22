"""The lexicon matcher's index: a pattern is tried only on a text that holds its other words, and
the hits are exactly those of trying every pattern at every token (`Matcher(indexed=False)`)."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
for folder in (ROOT, ROOT / "tests"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from invented_laws import INVENTED_LAWS  # noqa: E402

from assessor import load_catalog  # noqa: E402
from assessor.catalog import Catalog  # noqa: E402
from assessor.engine import lexicon  # noqa: E402
from assessor.engine.document import _build_matcher  # noqa: E402
from assessor.engine.lexicon import Hit, Matcher, compile_term, text_keys, word_need  # noqa: E402
from assessor.text import tokenize  # noqa: E402
from bench.codegen import decoy_code  # noqa: E402


@cache
def catalog() -> Catalog:
    return load_catalog()


@cache
def catalog_matchers(language: str) -> tuple[Matcher, Matcher]:
    """Every term of the checklists and the vocabulary in one language: indexed, and the reference."""
    reference = _build_matcher(catalog(), language)
    reference.indexed = False
    indexed = _build_matcher(catalog(), language)
    indexed.indexed = True
    return indexed, reference


def both(language: str, terms: list[str], exclude: tuple[str, ...] = ()) -> tuple[Matcher, Matcher]:
    matchers = Matcher(language, indexed=True), Matcher(language, indexed=False)
    for matcher in matchers:
        matcher.add("item", terms, exclude)
    return matchers


def quoted(text: str, hits: list[Hit]) -> list[str]:
    return [text[h.start:h.end] for h in hits]


# (language, term, a word of a law that the term's word matches): the text holding that word meets
# the word's need, so the index never keeps a pattern from a text it would match.
NEEDS = [
    # English stem: "recruited" for "recruitment".
    ("en", "recruitment", "recruited"),
    # A wildcard term's word is a prefix of the law's, whatever the case.
    ("en", "traffick*", "Traffickers"),
    # French participle the stemmer leaves apart, through `_gender_number`: "commises" for "commis".
    ("fr", "commis", "commises"),
    # French participle, feminine plural.
    ("fr", "puni", "punies"),
    # A ligature in the term, spelled out in the law.
    ("fr", "manœuvres", "manoeuvres"),
    # Accents and capitals: the law's word in upper case without accents.
    ("fr", "hébergement", "HEBERGEMENTS"),
    # Spanish verb and noun the stemmer leaves apart, met through `same_stem`.
    ("es", "facilitare", "facilitación"),
    # A Spanish lemma key: the future subjunctive of the term and the law's participle.
    ("es", "acogiere", "acogida"),
    # A Spanish verb with an enclitic pronoun.
    ("es", "trasladar", "trasladarla"),
]


@pytest.mark.parametrize(("language", "term", "law_word"), NEEDS)
def test_a_word_that_matches_meets_its_need(language: str, term: str, law_word: str) -> None:
    pattern = compile_term("item", term, language)
    assert pattern is not None
    word, token = pattern.words[0], tokenize(law_word, language)[0]
    assert word.matches(token)  # the case is about a real match
    need = word_need(word)
    assert need is not None and not text_keys([token]).isdisjoint(need)


# (language, term, text, tried): whether the index tries the term at the text's first word at all.
TRIED = [
    # The other words of the term are absent: never tried, though the first word is there.
    ("en", "abuse of a position of vulnerability", "The abuse of power is an offence.", False),
    # All there: tried (and found).
    ("en", "abuse of a position of vulnerability", "The abuse of a position of vulnerability.", True),
    # A French term opening with a common word ("est"): not tried where its rarer word is absent.
    ("fr", "est puni", "Le fait est établi par le tribunal.", False),
    # Tried where the participle is there in another gender and number.
    ("fr", "est puni", "La tentative est punie des mêmes peines.", True),
    # A Spanish phrase whose middle word is absent.
    ("es", "se trata de", "Se entiende por menor toda persona.", False),
    # A wildcard word after the first: "trafficking" is absent.
    ("en", "child traffick*", "A child was moved across the border.", False),
    # ... and present.
    ("en", "child traffick*", "The child trafficking offence.", True),
    # A one-word term has nothing else to need: always tried where its word is.
    ("en", "recruitment", "The recruitment of a person.", True),
]


@pytest.mark.parametrize(("language", "term", "text", "tried"), TRIED)
def test_a_term_is_tried_only_where_its_words_are(monkeypatch: pytest.MonkeyPatch, language: str, term: str,
                                                  text: str, tried: bool) -> None:
    calls: list[int] = []
    match_rest = lexicon._match_rest

    def counting(*args: object) -> int | None:
        calls.append(1)
        return match_rest(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(lexicon, "_match_rest", counting)
    matcher = Matcher(language, indexed=True)
    matcher.add("item", [term])
    hits = matcher.find(tokenize(text, language))
    assert bool(calls) is tried
    if not tried:
        assert hits == []


# (language, terms, excluded, text, quotes): what the indexed matcher finds, the same as the reference.
FOUND = [
    # A multi-word term with words between.
    ("en", ["abuse of a position of vulnerability"], (), "abuse of the victim's position of extreme vulnerability",
     ["abuse of the victim's position of extreme vulnerability"]),
    # A wildcard term in two forms.
    ("en", ["traffick*"], (), "Trafficking and traffickers.", ["Trafficking", "traffickers"]),
    # An excluded phrase removes the term's hit inside it, not the one elsewhere.
    ("en", ["force"], ("entry into force",), "On its entry into force, the use of force is punished.", ["force"]),
    # A ligature and accents in the term, the law's word in capitals without them.
    ("fr", ["manœuvres frauduleuses"], (), "PAR DES MANOEUVRES FRAUDULEUSES", ["MANOEUVRES FRAUDULEUSES"]),
    # A French term carried by a function word, in another gender.
    ("fr", ["est puni"], (), "La tentative est punie.", ["est punie"]),
    # A French term with an elision inside.
    ("fr", ["à l'étranger"], (), "commis à l'étranger par un national", ["à l'étranger"]),
    # Spanish verb forms met through the lemma table.
    ("es", ["acoger personas"], (), "quien acogiere a las personas", ["acogiere a las personas"]),
    # Absent second word: nothing, in either matcher.
    ("es", ["trabajos forzados"], (), "los trabajos del tribunal", []),
]


@pytest.mark.parametrize(("language", "terms", "exclude", "text", "quotes"), FOUND)
def test_found_as_the_reference_finds(language: str, terms: list[str], exclude: tuple[str, ...], text: str,
                                      quotes: list[str]) -> None:
    indexed, reference = both(language, terms, exclude)
    tokens = tokenize(text, language)
    hits = indexed.find(tokens)
    assert hits == reference.find(tokens)
    assert quoted(text, hits) == quotes


def test_a_full_memo_starts_again_with_the_same_hits(monkeypatch: pytest.MonkeyPatch) -> None:
    # Two token types at most: the memo of first-word patterns is emptied again and again.
    monkeypatch.setattr(lexicon, "MAX_TOKEN_TYPES", 2)
    indexed, reference = both("en", ["abuse of power", "position of vulnerability", "traffick*"])
    text = "The abuse of power or of a position of vulnerability by traffickers."
    tokens = tokenize(text, "en")
    assert indexed.find(tokens) == reference.find(tokens)
    assert quoted(text, indexed.find(tokens)) == ["abuse of power", "position of vulnerability", "traffickers"]


def test_adding_terms_after_a_find_reaches_the_next_find() -> None:
    # The memo is per token type; a term added later must still be tried on the next text.
    matcher = Matcher("en", indexed=True)
    matcher.add("a", ["abuse of power"])
    tokens = tokenize("The abuse of power and forced labour.", "en")
    assert [h.item for h in matcher.find(tokens)] == ["a"]
    matcher.add("b", ["forced labour"])
    assert [h.item for h in matcher.find(tokens)] == ["a", "b"]


@pytest.mark.parametrize("name", sorted(INVENTED_LAWS))
def test_every_catalog_term_found_as_the_reference_finds_on_invented_laws(name: str) -> None:
    # Each invented law, line by line, against every term of the checklists and the vocabulary.
    text, language = INVENTED_LAWS[name]
    indexed, reference = catalog_matchers(language)
    for line in text.splitlines():
        tokens = tokenize(line, language)
        assert indexed.find(tokens) == reference.find(tokens), line


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_every_catalog_term_found_as_the_reference_finds_in_a_decoy_code(language: str) -> None:
    # A generated code of unrelated offences full of decoy words, article by article.
    indexed, reference = catalog_matchers(language)
    found = 0
    for article in decoy_code(40, language, seed=3).split("\n\n"):
        tokens = tokenize(article, language)
        hits = indexed.find(tokens)
        assert hits == reference.find(tokens), article[:80]
        found += len(hits)
    assert found  # the decoys do hold terms: the comparison is not of empty lists
