"""Compiled lexicons: terms turned into stem patterns, and one pass over a provision finds them all.

A term ("abuse of a position of vulnerability") becomes its content words' stems ("abus",
"posit", "vulner"); function words are dropped, and the content words must appear in order
with at most `MAX_GAP` other words between two of them, so "abuse of the victim's position of
vulnerability" matches. A word ending in `*` matches any word it begins ("traffick*").
Stems match when equal or when one extends the other by a few letters ("captar"/"captacion",
"acog"/"acogier"), which absorbs the inflections Snowball leaves apart. The verbs the instruments
use have lemma keys instead of stems (`assessor.text.VERBS`: "capte", "captare" and "captación" all
stem to "@captar"), so a term in one person, tense or mood meets the law's word in any other, and
an excluded phrase excludes every form of itself. Excluded phrases remove the matches they cover
("entry into force" for "force").

The index: a token type (stem and folded form) is looked up once per process for the patterns
whose first word it is, and a pattern is tried on a text only when each of its other words can
match some word of that text (`Need`: its stem, one of its spellings, or its first letters are
among the text's). Both are necessary conditions of a match, so the hits are those of trying
every pattern at every token (`Matcher(indexed=False)`, the reference the tests compare with).
"""

from __future__ import annotations

import os
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from assessor.text import Token, fold, tokenize

MAX_GAP = 3
NEAR_MISS_LENGTH = 7  # shorter words are too easily mistaken for one another
KEY = 4  # index patterns by the first letters of their first word
# ASSESSOR_LEXICON_INDEX=0 tries every pattern at every token, as before the index: for checking
# on any checkout that the index changes no result (bench/bench_accuracy.py run both ways).
INDEXED = os.environ.get("ASSESSOR_LEXICON_INDEX", "1") != "0"
# Token types whose first-word patterns are remembered; past this the memo starts again, so a
# long-running app that reads many laws keeps a bounded table.
MAX_TOKEN_TYPES = 100_000

FUNCTION_WORDS = {
    "en": {"a", "an", "the", "of", "to", "or", "and", "in", "on", "by", "for", "with", "any", "its", "his", "her",
           "their", "that", "this", "is", "be", "as", "at", "from", "into"},
    "fr": {"a", "au", "aux", "le", "la", "les", "l", "un", "une", "de", "des", "du", "d", "et", "ou", "en", "par",
           "pour", "sur", "dans", "que", "qui", "se", "sa", "son", "ses", "leur", "leurs", "ce", "cette", "est"},
    "es": {"a", "al", "el", "la", "los", "las", "lo", "un", "una", "unos", "unas", "de", "del", "y", "e", "o", "u",
           "en", "por", "para", "con", "que", "se", "su", "sus", "es"},
}


# A clause boundary inside a text: a term's words are never matched across one ("by the use of coercion, for the
# purpose of forced labour" is no "use of forced labour"), unless the term itself has one. A semicolon or a colon
# is one; commas are when they leave a clause open (an odd number): an incise set off by a pair of commas ("a
# direct consequence of being, or having once been, a victim") is stepped over.
BOUNDARY = re.compile(r"[,;:]")


def crosses(text: str, start: int, end: int) -> bool:
    """True when the text between two matched words closes a clause (see BOUNDARY)."""
    between = text[start:end]
    if ";" in between or ":" in between:
        return True
    return between.count(",") % 2 == 1

SHORT_STEM = 5
# Endings a short word may take and stay the same word: plurals, a final e, past participles.
INFLECTIONS = {"", "s", "es", "e", "d", "ed", "x", "n"}


@dataclass(frozen=True, slots=True)
class Word:
    """One content word of a term: a stem, or a folded prefix when the term ends in `*`.

    A short stem says too little on its own (Snowball gives "organ" for "organs" and for
    "organized"), so the law's word must also begin with the term's word ("children" for
    "child", "fuerzas" for "fuerza", not "tratamiento" for "trata").
    """

    text: str
    prefix: bool
    surface: str = ""
    loose: int = 0  # 1 French participles (commis/commises), 2 Spanish verb forms (acogiere/acogida)
    word: str = ""  # the term's word, folded

    def matches(self, token: Token) -> bool:
        """True when a token of the law is this word."""
        if self.prefix:
            return token.folded.startswith(self.text)
        if token.stem == self.text:  # the common case, decided without the rules below
            # A lemma key ("@acoger") comes from a verb table, which lists only that verb's forms.
            if len(self.text) <= SHORT_STEM and self.surface and not self.text.startswith("@"):
                return token.folded.startswith(self.surface) and token.folded[len(self.surface):] in INFLECTIONS
            return True
        if not self.loose:
            return False
        if self.loose == 1:
            # French participles the stemmer leaves apart ("commis"/"commises", "puni"/"punies"); the
            # first letter is checked first, since most words of a code differ there.
            return token.folded[:1] == self.word[:1] and _gender_number(self.word, token.folded)
        return same_stem(self.text, token.stem, self.loose)


# What a text holds, as one set of keys per text: each token's stem as it is, and, tagged by a
# control character (never in a token), its folded form and the first KEY letters of its stem and
# of its folded form.
FOLDED, STEM_START, FOLDED_START, CHOICE = "\x01", "\x02", "\x03", "\x04"
Need = tuple[str, ...]  # keys of which a text must hold at least one


def word_need(word: Word) -> Need | None:
    """A necessary condition for `word.matches(token)` on some token of a text; None when there is none.

    Each branch follows `Word.matches`: a prefix word needs a token beginning with it (keyed by its
    first KEY letters, so a shorter prefix is not keyed); an exact stem needs that stem; a French
    participle ("puni") its stem or a spelling `_gender_number` accepts ("punie", "punis"); a
    Spanish root a stem sharing its first KEY letters, as every pair `same_stem` accepts does.
    """
    if word.prefix:
        return (FOLDED_START + word.text[:KEY],) if len(word.text) >= KEY else None
    if not word.loose:
        return (word.text,)
    if word.loose == 1:
        spellings = {word.word + "e", word.word + "s", word.word + "es", word.word[:-1], word.word[:-2]}
        return (word.text, *sorted(FOLDED + f for f in spellings if _gender_number(word.word, f)))
    return (STEM_START + word.text[:KEY],)


def text_keys(tokens: Sequence[Token], tags: Iterable[str] = (FOLDED, STEM_START, FOLDED_START)) -> set[str]:
    """The keys a text holds that `Need`s are checked against: stems, and the tagged kinds asked for."""
    stems = {t.stem for t in tokens}
    keys = set(stems)
    # Each kind from the distinct words, not the tokens: a provision repeats its words.
    if STEM_START in tags:
        keys.update([STEM_START + s[:KEY] for s in stems])
    if FOLDED in tags or FOLDED_START in tags:
        folded = {t.folded for t in tokens}
        if FOLDED in tags:
            keys.update([FOLDED + f for f in folded])
        if FOLDED_START in tags:
            keys.update([FOLDED_START + f[:KEY] for f in folded])
    return keys


# Verb forms the Spanish stemmer leaves whole (future subjunctive "captare", "acogiere"; infinitives)
# and the -ación/-ición nouns made from the same verbs.
_SPANISH_VERB = re.compile(r"(?:iere|ere|are|ier|ar|er|ir)$")
_SPANISH_NOUN = re.compile(r"(?:acion|icion)$")


def _gender_number(a: str, b: str) -> bool:
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= 4 and long.startswith(short) and long[len(short):] in {"e", "s", "es"}


@lru_cache(maxsize=1 << 16)  # pure, and a long code asks the same pairs thousands of times
def same_stem(a: str, b: str, loose: int = 0) -> bool:
    """Stems of the same word: equal, or one extends the other a little (French, and Spanish roots)."""
    if a == b:
        return True
    if not loose:
        return False  # English: Snowball is consistent; derivations are terms with "*"
    if loose < 2:
        return False
    for verb, other in ((a, b), (b, a)):
        if len(verb) >= 6 and _SPANISH_VERB.search(verb):
            x, y = _SPANISH_VERB.sub("", verb), _SPANISH_NOUN.sub("", other)
            short, long = (x, y) if len(x) <= len(y) else (y, x)
            if len(short) >= 4 and long.startswith(short) and len(long) - len(short) <= 2:
                return True
    return False


@dataclass(frozen=True, slots=True)
class Pattern:
    """A compiled term of one item (element, flag, vocabulary group) in one language."""

    item: str
    term: str
    words: tuple[Word, ...]
    exclude: bool = False
    required: frozenset[str] = frozenset()  # stems that must all be in a text for the term to be there
    phrase: bool = False  # matched word for word (exclusions, and terms carried by function words)
    across: bool = False  # the term itself crosses a comma ("niños, niñas y adolescentes")

    @property
    def exact(self) -> bool:
        """True when the first word matches only its own stem (indexed by the whole stem)."""
        first = self.words[0]
        return not first.prefix and not first.loose

    @property
    def key(self) -> str:
        first = self.words[0]
        return first.text if self.exact else first.text[:KEY]


class Hit(NamedTuple):
    """A term found in a text: which item, which term, where (token and character offsets)."""

    item: str
    term: str
    first: int  # token index
    last: int
    start: int  # character offsets in the text
    end: int
    score: float = 100.0


def compile_term(item: str, term: str, language: str, exclude: bool = False) -> Pattern | None:
    """A term's pattern, or None when it has no content word."""
    # An excluded phrase is matched word for word, function words included ("in force"); so is a
    # term whose meaning is in its function words ("by a national", "por un nacional").
    stop = FUNCTION_WORDS.get(language, set())
    content = [t for t in tokenize(term.replace("*", ""), language) if t.folded not in stop]
    if exclude or len(content) <= 1 < len(term.split()):
        stop = set()
    words: list[Word] = []
    for raw in term.split():
        if raw.endswith("*"):
            stem_part = fold(raw[:-1]).strip("'’")
            if stem_part:
                words.append(Word(stem_part, True))
            continue
        for token in tokenize(raw, language):
            if token.folded not in stop:
                surface = token.folded[:-1] if token.folded.endswith("s") and len(token.folded) > 4 else token.folded
                words.append(Word(token.stem, False, surface, {"es": 2, "fr": 1}.get(language, 0), token.folded))
    if not words:
        # A term made only of function words ("de", "a") cannot be matched reliably; skip it.
        return None
    required = frozenset(w.text for w in words[1:] if not w.prefix and not w.loose)
    return Pattern(item, term, tuple(words), exclude, required, phrase=not stop, across=bool(BOUNDARY.search(term)))


class Matcher:
    """Every pattern of a set of items in one language, indexed for a single pass over a text."""

    def __init__(self, language: str, indexed: bool | None = None) -> None:
        self.language = language
        self.indexed = INDEXED if indexed is None else indexed
        self._exact: dict[str, list[Pattern]] = defaultdict(list)  # by the first word's whole stem
        self._index: dict[str, list[Pattern]] = defaultdict(list)  # by the first letters (prefix, loose words)
        self.items: set[str] = set()
        self._candidates: dict[tuple[str, str], tuple[Pattern, ...]] = {}
        self._stems: set[str] = set()  # every stem a term knows
        self._words: dict[str, dict[str, str]] = defaultdict(dict)  # first letters -> long word -> its stem
        # Token type (stem, folded) -> the patterns it starts, as `_Try`s: the `_lookup` candidates
        # whose first word matches that type, in `_lookup`'s order (the order decides ties in `_dedupe`).
        self._starts: dict[tuple[str, str], tuple[_Try, ...]] = {}
        self._tries: dict[int, _Try] = {}  # id of a pattern -> how the index tries it
        self._tags: set[str] = set()  # the kinds of keys the patterns' needs use
        # A need with several keys (a French participle's stem or spellings) is one key of its own,
        # CHOICE and a number, that a text holds when it holds any of them: key -> such needs' keys.
        self._choices: dict[Need, str] = {}
        self._chosen_by: dict[str, list[str]] = defaultdict(list)
        self._chosen_keys: set[str] = set()

    def add(self, item: str, terms: Iterable[str], exclude: Iterable[str] = ()) -> None:
        """Add an item's terms (and the phrases that must not count for it)."""
        self.items.add(item)
        for term, is_exclude in [(t, False) for t in terms] + [(t, True) for t in exclude]:
            pattern = compile_term(item, term, self.language, is_exclude)
            if pattern is not None:
                (self._exact if pattern.exact else self._index)[pattern.key].append(pattern)
                self._tries[id(pattern)] = self._attempt(pattern)
                if not is_exclude:
                    for word in pattern.words:
                        self._stems.add(word.text)
                        if not word.prefix and len(word.word) >= NEAR_MISS_LENGTH:
                            self._words[word.word[:2]][word.word] = word.text
        self._candidates.clear()
        self._starts.clear()

    def near_misses(self, words: Iterable[str]) -> dict[str, tuple[str, float]]:
        """Words of a law that no term knows but that nearly spell a term's word ("harbors" for
        "harbours", OCR's "Awarcness"): each mapped to that word's stem, with the rapidfuzz ratio."""
        found: dict[str, tuple[str, float]] = {}
        for folded in set(words):
            if len(folded) < NEAR_MISS_LENGTH:
                continue
            bucket = self._words.get(folded[:2])
            if not bucket or folded in bucket:
                continue
            # One edit away (a letter misread, lost or doubled), not merely similar: "detention" and
            # "retention", or "exploitation" and "exportation", score high but are other words.
            best = process.extractOne(folded, list(bucket), scorer=Levenshtein.distance, score_cutoff=1)
            if best is not None:
                found[folded] = (bucket[best[0]], round(float(fuzz.ratio(folded, best[0])), 1))
        return found

    def knows(self, stem: str) -> bool:
        """True when some term has this stem."""
        return stem in self._stems

    def _lookup(self, token: Token) -> tuple[Pattern, ...]:
        """The patterns a token can start: by its whole stem, and by its first letters."""
        found = list(self._exact.get(token.stem, ()))
        short = token.stem[:KEY]
        found += self._index.get(short, ())
        if token.folded[:KEY] != short:
            found += self._index.get(token.folded[:KEY], ())
        return tuple(found)

    def _attempt(self, pattern: Pattern) -> _Try:
        """How the index tries a pattern: the keys a text must hold, the gap its words may leave."""
        required = set()
        for need in map(word_need, pattern.words[1:]):
            if need is None:
                continue
            self._tags.update(key[:1] for key in need if key[:1] in (FOLDED, STEM_START, FOLDED_START))
            if len(need) == 1:
                required.add(need[0])
                continue
            choice = self._choices.get(need)
            if choice is None:
                choice = self._choices[need] = f"{CHOICE}{len(self._choices)}"
                for key in need:
                    self._chosen_by[key].append(choice)
                self._chosen_keys.update(need)
            required.add(choice)
        # Excluded phrases match word for word; a two-word term lets two words between
        # ("legal person", not "legal proceedings related to the fact that the person").
        gap = 0 if pattern.phrase else (2 if len(pattern.words) == 2 else MAX_GAP)
        return _Try(pattern, frozenset(required), pattern.exclude, gap)

    def _keys(self, tokens: Sequence[Token]) -> set[str]:
        """What a text holds (`text_keys`), with the choices it meets."""
        keys = text_keys(tokens, self._tags)
        if self._chosen_by:
            # The smaller set is iterated: the text's keys against every key of a choice.
            keys.update([c for key in keys & self._chosen_keys for c in self._chosen_by[key]])
        return keys

    def _start(self, token: Token) -> tuple[_Try, ...]:
        """The patterns whose first word is this token's type, in `_lookup`'s order."""
        key = (token.stem, token.folded)
        found = self._starts.get(key)
        if found is None:
            if len(self._starts) >= MAX_TOKEN_TYPES:
                self._starts.clear()
            found = self._starts[key] = tuple(
                self._tries[id(p)] for p in self._lookup(token) if p.words[0].matches(token))
        return found

    def find(self, tokens: Sequence[Token], stop: set[str] | None = None, text: str | None = None) -> list[Hit]:
        """Every hit of every item in a token sequence, excluded phrases removed.

        With the text the tokens were read from, a term's words are not matched across a clause boundary of
        the text (`crosses`) unless the term has one itself.
        """
        stop = stop if stop is not None else FUNCTION_WORDS.get(self.language, set())
        if text is not None and not BOUNDARY.search(text):
            text = None  # no boundary to cross
        if not self.indexed:
            return self._find_everywhere(tokens, stop, text)
        hits: list[Hit] = []
        excluded: dict[str, list[tuple[int, int]]] = defaultdict(list)
        keys: set[str] | None = None  # what the text holds, built when a pattern first asks
        starts = self._starts
        no_stop: set[str] = set()
        for i, token in enumerate(tokens):
            candidates = starts.get((token.stem, token.folded))
            if candidates is None:
                candidates = self._start(token)
            for attempt in candidates:
                if attempt.required:
                    if keys is None:
                        keys = self._keys(tokens)
                    if not attempt.required <= keys:
                        continue
                pattern = attempt.pattern
                end = _match_rest(pattern.words, tokens, i, no_stop if attempt.exclude else stop, attempt.gap)
                if end is None or (text is not None and end > i and not pattern.across
                                   and crosses(text, token.end, tokens[end].start)):
                    continue
                if attempt.exclude:
                    excluded[pattern.item].append((i, end))
                else:
                    hits.append(Hit(pattern.item, pattern.term, i, end, token.start, tokens[end].end))
        if excluded:
            # A hit sharing a word with an excluded phrase is that phrase, not the term.
            hits = [h for h in hits if not any(h.first <= b and a <= h.last for a, b in excluded.get(h.item, ()))]
        return _dedupe(hits)

    def _find_everywhere(self, tokens: Sequence[Token], stop: set[str], text: str | None = None) -> list[Hit]:
        """`find` without the index: every candidate pattern tried at every token (the reference)."""
        hits: list[Hit] = []
        excluded: dict[str, list[tuple[int, int]]] = defaultdict(list)
        cache = self._candidates
        present = {t.stem for t in tokens}
        for i, token in enumerate(tokens):
            key = (token.stem, token.folded[:KEY])
            candidates = cache.get(key)
            if candidates is None:
                candidates = cache[key] = self._lookup(token)
            for pattern in candidates:
                if not pattern.required <= present:
                    continue
                # Excluded phrases match word for word; a two-word term lets two words between
                # ("legal person", not "legal proceedings related to the fact that the person").
                gap = 0 if pattern.phrase else (2 if len(pattern.words) == 2 else MAX_GAP)
                end = _match_at(pattern.words, tokens, i, set() if pattern.exclude else stop, gap)
                if end is None or (text is not None and end > i and not pattern.across
                                   and crosses(text, tokens[i].end, tokens[end].start)):
                    continue
                if pattern.exclude:
                    excluded[pattern.item].append((i, end))
                else:
                    hits.append(Hit(pattern.item, pattern.term, i, end, tokens[i].start, tokens[end].end))
        if excluded:
            # A hit sharing a word with an excluded phrase is that phrase, not the term.
            hits = [h for h in hits if not any(h.first <= b and a <= h.last for a, b in excluded.get(h.item, ()))]
        return _dedupe(hits)


class _Try(NamedTuple):
    """A pattern as the index tries it: what a text must hold for its other words, how it is matched."""

    pattern: Pattern
    required: frozenset[str]  # keys the text must all hold, one per word after the first
    exclude: bool
    gap: int


def _match_at(
    words: tuple[Word, ...], tokens: Sequence[Token], start: int, stop: set[str], max_gap: int
) -> int | None:
    """The last token of a pattern's words matched from `start`, or None."""
    if not words[0].matches(tokens[start]):
        return None
    return _match_rest(words, tokens, start, stop, max_gap)


def _match_rest(
    words: tuple[Word, ...], tokens: Sequence[Token], start: int, stop: set[str], max_gap: int
) -> int | None:
    """`_match_at` once the first word is known to match at `start`."""
    position = start
    for word in words[1:]:
        gap = 0
        position += 1
        while position < len(tokens) and not word.matches(tokens[position]):
            if tokens[position].folded not in stop:
                gap += 1
            if gap > max_gap:
                return None
            position += 1
        if position >= len(tokens):
            return None
    return position


def _dedupe(hits: list[Hit]) -> list[Hit]:
    """One hit per item and starting token: the longest."""
    best: dict[tuple[str, int], Hit] = {}
    for hit in hits:
        key = (hit.item, hit.first)
        if key not in best or hit.last > best[key].last:
            best[key] = hit
    return sorted(best.values(), key=lambda h: (h.first, h.item))
