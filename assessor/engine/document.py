"""A body of legislation prepared for matching: tokens, every lexicon hit, and the law's structure.

Each provision is tokenised once and scanned once by one matcher per language holding every
element, red flag, requirement and vocabulary term; rules then ask questions of the hits
("is there a penalty in this article?", "where are the acts of trafficking?").
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from assessor.catalog import Catalog
from assessor.engine.lexicon import Hit, Matcher
from assessor.engine.wording import minor_age_mentions
from assessor.legislation.citations import citation_key
from assessor.legislation.model import Kind, Legislation, Provision
from assessor.text import Token, fold, tokenize

LANGUAGES = ("en", "fr", "es")
NEGATIONS = {"not", "no", "never", "ne", "pas", "jamais", "nunca"}


@lru_cache(maxsize=1)
def vocabulary() -> dict[str, dict[str, dict[str, list[str]]]]:
    """The engine's vocabulary groups (vocabulary.yaml), loaded safely once."""
    text = resources.files("assessor.engine").joinpath("vocabulary.yaml").read_text(encoding="utf-8")
    # libyaml's C parser when built: ~10x faster than safe_load's pure-Python one at start-up.
    data: dict[str, Any] = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506
    return data


def v(name: str) -> str:
    """The item name of a vocabulary group in the hit index."""
    return f"v:{name}"


def r(requirement_id: str) -> str:
    """The item name of a requirement's search lexicon in the hit index."""
    return f"r:{requirement_id}"


_MATCHERS: dict[tuple[int, str], tuple[Catalog, Matcher]] = {}


def _matcher(catalog: Catalog, language: str) -> Matcher:
    """One compiled matcher per catalog and language, built once (keyed by the catalog's identity)."""
    cached = _MATCHERS.get((id(catalog), language))
    if cached is not None and cached[0] is catalog:
        return cached[1]
    matcher = _build_matcher(catalog, language)
    _MATCHERS[(id(catalog), language)] = (catalog, matcher)
    return matcher


def _build_matcher(catalog: Catalog, language: str) -> Matcher:
    matcher = Matcher(language)
    for element in catalog.elements:
        terms = element.lexicon.get(language)
        if terms:
            matcher.add(element.id, terms.terms, terms.exclude)
    for flag in catalog.red_flags:
        terms = flag.lexicon.get(language)
        if terms:
            matcher.add(flag.id, terms.terms, terms.exclude)
    for requirement in catalog.requirements:
        if requirement.lexicon and language in requirement.lexicon:
            terms = requirement.lexicon[language]
            matcher.add(r(requirement.id), terms.terms, terms.exclude)
    for name, by_language in vocabulary().items():
        group = by_language.get(language)
        if group:
            matcher.add(v(name), group.get("terms", []), group.get("exclude", []))
    return matcher


# References to other provisions: "section 2", "sections 1589, 1590, or 1591", "l'article 225-4-1",
# "artículos 145 bis y 145 ter", "§ 1589".
# Latin suffixes of inserted articles, spaced or glued ("145 bis", "433quinquies", "411 quáter").
_SUFFIX = r"(?:bis|ter|qu[aá]ter|quinquies|sexies|septies|octies|nonies|decies)\b"
# An inserted section's capital letter ("370A"), not the first letter of a glued suffix ("433quinquies").
_LETTER = r"(?-i:[A-Z])(?![A-Za-z])"
_REFERENCE = re.compile(
    r"\b(?:sections?|ss?\.|articles?|arts?\.|artículos?|articulos?|§§?)\s+"
    rf"((?:(?:L\.?\s?)?\d+(?:{_LETTER})?(?:[-.]\d+)*(?:\s?{_SUFFIX})?(?:\([^)]{{1,6}}\))*"
    r"(?:\s*,\s*|\s+(?:and|or|to|et|ou|à|y|o|a|al)\s+|\s*,\s*(?:and|or|et|ou|y|o)\s+)?)+)",
    re.IGNORECASE,
)
_REFERENCE_NUMBER = re.compile(rf"(?:L\.?\s?)?\d+(?:{_LETTER})?(?:[-.]\d+)*(?:\s?{_SUFFIX})?", re.IGNORECASE)
# A division cited by its name and number in French or Spanish ("les infractions prévues à la section 1",
# "los delitos del capítulo II"); in English a "section" is an article, read by _REFERENCE.
_DIVISION_REFERENCE = re.compile(r"\b(section|sous-section|chapitre|titre|secci[oó]n|cap[ií]tulo|t[ií]tulo)\s+"
                                 r"([IVXLC]+|\d+(?:\s?(?:bis|ter))?)\b", re.IGNORECASE)
def _fold_in_place(text: str) -> str:
    """Folded text of the same length as the text, so offsets of hits (read on the text) fit it: a ligature
    that folds to two letters ("manœuvres" -> "manoeuvres") keeps its first ("manouvres")."""
    folded = fold(text)
    if len(folded) == len(text):
        return folded
    return "".join(fold(c)[:1] or c for c in text)


_INNER_STOP = re.compile(r"(?<=\d)\.(?=\d)|\b(art|arts|s|ss|sec|secs|no|nos|para|paras|cap|ch|sch|subs|reg)\.(?=\s*\d)")
# "This chapter", "la présente section", "este capítulo" on the folded text (lower case, no accents): one
# case-sensitive pass, cheaper than the case-insensitive pattern over every provision of a whole code.
_THIS_DIVISION_FOLDED = re.compile(r"\b(?:this|the present)\s+(?:chapter|part|title)\b"
                                   r"|\b(?:presente?|ce|cette)\s+(?:chapitre|section|titre)\b"
                                   r"|\b(?:este|esta|presente)\s+(?:capitulo|titulo|seccion)\b")
# The first article named by its ordinal ("l'article premier", "l'article 1er", "el artículo primero").
_FIRST_ARTICLE = re.compile(r"\b(?:article|art\.)\s+(?:premier|1er)\b|\bart[ií]culo\s+primero\b", re.IGNORECASE)
# The article before, named without its number.
_PREVIOUS_UNIT = re.compile(r"\b(?:the (?:preceding|previous|foregoing) (?:section|article)"
                            r"|(?:el|del|al) art[ií]culo (?:anterior|precedente)"
                            r"|l'article (?:précédent|qui précède)|de l'article précédent)\b", re.IGNORECASE)
# The words between two numbers that make them a range, not a list.
_RANGE = re.compile(r"^\s*(?:to|through|à|a|al|hasta|-|–)\s*$", re.IGNORECASE)


@dataclass
class Document:
    """The legislation with its tokens, hits and structure, ready for the rules."""

    legislation: Legislation
    catalog: Catalog
    tokens: dict[str, list[Token]] = field(default_factory=dict)
    hits: dict[str, dict[str, list[Hit]]] = field(default_factory=dict)
    heading_hits: dict[str, dict[str, list[Hit]]] = field(default_factory=dict)
    units: list[Provision] = field(default_factory=list)  # articles (or top-level provisions)
    unit_of: dict[str, str] = field(default_factory=dict)  # provision uid -> unit uid
    members: dict[str, list[Provision]] = field(default_factory=dict)  # unit uid -> its provisions
    by_key: dict[tuple[str, str], list[str]] = field(default_factory=dict)  # (source, article key) -> unit uids
    postings: dict[str, list[str]] = field(default_factory=dict)  # item -> provision uids, in reading order
    penalised: set[str] = field(default_factory=set)  # units a penalty provision elsewhere refers to
    _references: dict[str, set[str]] = field(default_factory=dict)
    _division_references: dict[str, set[str]] = field(default_factory=dict)
    _folded: dict[str, str] = field(default_factory=dict)
    _order: dict[str, int] = field(default_factory=dict)
    _division_cache: dict[str, set[str]] = field(default_factory=dict)
    _positions: dict[str, int] = field(default_factory=dict)
    _runs: dict[str, int] = field(default_factory=dict)

    @classmethod
    def build(cls, legislation: Legislation, catalog: Catalog) -> Document:
        """Tokenise and scan every provision; index the articles."""
        doc = cls(legislation, catalog)
        first = {p.uid: (p.language if p.language in LANGUAGES else LANGUAGES[0]) for p in legislation.provisions}
        for provision in legislation.provisions:
            doc.tokens[provision.uid] = tokenize(provision.text, first[provision.uid])
        near = doc._near_misses(first)
        for provision in legislation.provisions:
            languages = (provision.language,) if provision.language in LANGUAGES else LANGUAGES
            tokens = doc.tokens[provision.uid]
            fuzzy: dict[int, float] = {}
            aliases = near.get(first[provision.uid], {})
            if aliases:
                for i, token in enumerate(tokens):
                    alias = aliases.get(token.folded)
                    if alias is not None:
                        tokens[i] = token._replace(stem=alias[0])
                        fuzzy[i] = alias[1]
            hits = [hit for lang in languages for hit in _matcher(catalog, lang).find(
                tokens if lang == languages[0] else tokenize(provision.text, lang), text=provision.text)]
            if fuzzy:
                # A term reached through a near miss scores as the rapidfuzz ratio of that word.
                hits = [h._replace(score=min([fuzzy[i] for i in range(h.first, h.last + 1) if i in fuzzy],
                                             default=h.score)) for h in hits]
            doc.hits[provision.uid] = _index(hits)
            if provision.heading:
                heading_tokens = tokenize(provision.heading, languages[0])
                doc.heading_hits[provision.uid] = _index(
                    hit for lang in languages for hit in _matcher(catalog, lang).find(heading_tokens,
                                                                                     text=provision.heading))
        doc._across_lead_ins(first)
        doc._drop_negated(v("penalty"))
        doc._children_by_age(first)
        for provision in legislation.provisions:
            for item in doc.hits.get(provision.uid, ()):
                doc.postings.setdefault(item, []).append(provision.uid)
        doc._structure()
        return doc

    def _across_lead_ins(self, languages: dict[str, str]) -> None:
        """Terms split between a list's lead-in and an item ("regardless of— (a) where the act takes
        place"): read on the lead-in's last words joined to each item, and kept as the item's hits."""
        leg = self.legislation
        for lead in leg.provisions:
            text = lead.text.rstrip()
            if not text or text[-1] in ".;" or not leg.children(lead):
                continue
            # The lead-in's closing colon or dash opens the list: no clause boundary between its words and an
            # item's (the matcher matches no term across a colon).
            tail = " ".join(text.split()[-6:]).rstrip(":\u2014\u2013- ")
            matcher = _matcher(self.catalog, languages[lead.uid])
            for item in leg.children(lead):
                joined = f"{tail} {item.text}"
                offset = len(tail) + 1
                crossing = [h for h in matcher.find(tokenize(joined, languages[lead.uid]), text=joined)
                            if h.start < offset <= h.end]
                if not crossing:
                    continue
                index = self.hits.setdefault(item.uid, {})
                for h in crossing:
                    known = index.setdefault(h.item, [])
                    if not any(k.start == 0 for k in known):
                        # Quoted from the item's first words: the lead-in's half is its parent's.
                        known.append(h._replace(first=0, last=0, start=0, end=max(1, h.end - offset)))

    def _children_by_age(self, languages: dict[str, str]) -> None:
        """A person named by an age below which they are a child ("a person less than eighteen years old",
        "qui n'a pas atteint l'âge de dix-huit ans", "que no haya cumplido dieciocho años") is a child, as if
        the provision said "child": a child hit on the age (`wording.minor_age_mentions`; never a prison term)."""
        item = v("child")
        for provision in self.legislation.provisions:
            index = self.hits.setdefault(provision.uid, {})
            if item in index:
                continue
            tokens = self.tokens[provision.uid]
            for start, end, _ in minor_age_mentions(provision.text, languages[provision.uid]):
                covered = [i for i, t in enumerate(tokens) if t.start < end and t.end > start]
                if covered:
                    index.setdefault(item, []).append(Hit(item, provision.text[start:end], covered[0], covered[-1],
                                                          start, end))

    def _near_misses(self, languages: dict[str, str]) -> dict[str, dict[str, tuple[str, float]]]:
        """Per language, the law's unknown long words that nearly spell a term's word."""
        unknown: dict[str, set[str]] = {}
        for uid, tokens in self.tokens.items():
            matcher = _matcher(self.catalog, languages[uid])
            bag = unknown.setdefault(languages[uid], set())
            bag.update(t.folded for t in tokens if len(t.folded) >= 7 and not matcher.knows(t.stem))
        return {lang: _matcher(self.catalog, lang).near_misses(words) for lang, words in unknown.items()}

    def _drop_negated(self, item: str) -> None:
        """"Shall not be prosecuted, detained or punished" is no penalty: drop negated hits."""
        for uid, index in self.hits.items():
            hits = index.get(item)
            if not hits:
                continue
            tokens = self.tokens[uid]
            kept = [h for h in hits
                    if not any(t.folded in NEGATIONS for t in tokens[max(0, h.first - 2):h.last + 1])]
            if kept:
                index[item] = kept
            else:
                del index[item]

    def _structure(self) -> None:
        leg = self.legislation
        articles = [p for p in leg.provisions if p.kind is Kind.ARTICLE]
        if articles:
            self.units = articles
        else:
            self.units = [p for p in leg.provisions if p.parent is None and p.kind is not Kind.DIVISION]
        unit_ids = {u.uid for u in self.units}
        for unit in self.units:
            self.members[unit.uid] = [unit, *leg.descendants(unit)]
            for member in self.members[unit.uid]:
                self.unit_of[member.uid] = unit.uid
            self.by_key.setdefault((unit.source, citation_key(unit.citation)), []).append(unit.uid)
        # Preamble and division text belong to no unit; they are never in an offence's scope.
        for provision in leg.provisions:
            if provision.uid not in self.unit_of and provision.uid in unit_ids:
                self.unit_of[provision.uid] = provision.uid

    # -- questions about hits -------------------------------------------------------------
    def hits_of(self, uid: str, item: str) -> list[Hit]:
        """Hits of an item in a provision's own text."""
        return self.hits.get(uid, {}).get(item, [])

    def has(self, uid: str, item: str) -> bool:
        """True when an item is hit in a provision's own text."""
        return bool(self.hits_of(uid, item))

    def unit_has(self, unit_uid: str, item: str, heading: bool = True) -> bool:
        """True when an item is hit anywhere in a unit (its provisions, and its heading)."""
        if heading and self.heading_hits.get(unit_uid, {}).get(item):
            return True
        return any(self.has(p.uid, item) for p in self.members.get(unit_uid, ()))

    def unit_hits(self, unit_uid: str, item: str) -> list[tuple[Provision, Hit]]:
        """Every hit of an item in a unit's provisions."""
        return [(p, h) for p in self.members.get(unit_uid, ()) for h in self.hits_of(p.uid, item)]

    def folded(self, uid: str) -> str:
        """The provision's text, case and accents folded."""
        if uid not in self._folded:
            # A full stop inside a number ("section 412.02") or after an abbreviation before one ("art. 5",
            # "No. 14") ends no sentence: it becomes "·" (same length), so clause readings run on past it.
            self._folded[uid] = _INNER_STOP.sub(lambda m: f"{m.group(1) or ''}·",
                                                _fold_in_place(self.legislation.get(uid).text))
        return self._folded[uid]

    # -- structure ------------------------------------------------------------------------
    def references(self, provision: Provision) -> set[str]:
        """The units a provision refers to by number ("section 2", "l'article 225-4-1").

        A range ("articles 50 to 53", "des articles 225-4-1 à 225-4-9", "los artículos 2 a 5")
        reaches every unit between its ends in the file's reading order, inserted ones included.
        """
        cached = self._references.get(provision.uid)
        if cached is not None:
            return cached
        found: set[str] = set()
        self._references[provision.uid] = found
        if _PREVIOUS_UNIT.search(provision.text):
            # "el artículo anterior", "the preceding section": the article before this one.
            order = self._unit_order()
            here = order.get(self.unit_of.get(provision.uid, ""))
            if here:
                found.add(self.units[here - 1].uid)
        if _FIRST_ARTICLE.search(provision.text):
            # "l'article premier", "el artículo primero": the article numbered 1.
            unit = self._unit_by_number(provision, "1")
            if unit is not None:
                found.add(unit)
        if provision.language in ("fr", "es"):
            for m in _DIVISION_REFERENCE.finditer(provision.text):
                found |= self._division_numbered(provision, m.group(1), m.group(2))
        for m in _REFERENCE.finditer(provision.text):
            if provision.language in ("fr", "es") and m.group(0).casefold().startswith(("section", "secci")):
                continue  # a French or Spanish "section" is a division, read above
            # "section 3(1)" names section 3: a subsection's number is no section (blanked, offsets kept).
            listed = re.sub(r"\([^)]*\)", lambda p: " " * len(p.group()), m.group(1))
            previous: str | None = None
            previous_end = 0
            for number in _REFERENCE_NUMBER.finditer(listed):
                unit = self._unit_by_number(provision, number.group())
                between = listed[previous_end:number.start()] if previous is not None else ""
                if unit is not None:
                    found.add(unit)
                    if previous is not None and _RANGE.search(between):
                        found.update(self._units_between(previous, unit))
                previous, previous_end = unit, number.end()
        return found

    def _division_numbered(self, provision: Provision, word: str, number: str) -> set[str]:
        """The articles of a division cited by its word and number ("à la section 1", "del capítulo II"),
        the nearest one of that name when several share it."""
        key = f"{fold(word)} {citation_key(number)}"
        candidates = [d for d in self.legislation.provisions if d.kind is Kind.DIVISION and d.source == provision.source
                      and f"{fold(d.citation.split()[0])} {citation_key(' '.join(d.citation.split()[1:]))}" == key]
        if not candidates:
            return set()
        here = self._provision_order().get(provision.uid, 0)
        division = min(candidates, key=lambda d: abs(self._provision_order().get(d.uid, 0) - here))
        return {self.unit_of[d.uid] for d in self.legislation.descendants(division)
                if d.kind is Kind.ARTICLE and d.uid in self.unit_of}

    def _provision_order(self) -> dict[str, int]:
        if not self._positions:
            self._positions.update({p.uid: i for i, p in enumerate(self.legislation.provisions)})
        return self._positions

    def _unit_by_number(self, provision: Provision, number: str) -> str | None:
        """The unit a number names; where numbering restarts (two Acts in one file, a law inside a
        code), the one nearest the referring provision, as a reader takes it."""
        key = citation_key(number)
        units = self.by_key.get((provision.source, key))
        if not units and re.fullmatch(r"[\d.]+", key) and "." in key:
            # "section 271.2(1)" read as its decimal section; "artículo 31 bis" is never article 31.
            units = self.by_key.get((provision.source, key.split(".")[0]))
        if not units:
            return None
        if len(units) == 1:
            return units[0]
        order = self._unit_order()
        runs = self._numbering_runs()
        unit = self.unit_of.get(provision.uid, "")
        here = order.get(unit, 0)
        same_run = [u for u in units if runs.get(u) == runs.get(unit)]
        return min(same_run or units, key=lambda u: abs(order.get(u, 0) - here))

    def numbering_runs(self) -> dict[str, int]:
        """Each unit's numbering run (a second Act in the file, numbered from 1 again, is another run)."""
        return self._numbering_runs()

    def _numbering_runs(self) -> dict[str, int]:
        """Each unit's numbering run: a new run starts where the numbers fall back (a second Act) or leap."""
        if not self._runs:
            run, previous = 0, None
            for unit in self.units:
                m = re.search(r"\d+", unit.citation)
                number = int(m.group()) if m else None
                # Numbers fall back (a second Act from 1), or leap far ahead: a code resuming its own
                # numbering ("Article 263") after a law copied into it ("Article 15").
                if number is not None and previous is not None and (number < previous or number - previous > _LEAP):
                    run += 1
                if number is not None:
                    previous = number
                self._runs[unit.uid] = run
        return self._runs

    def _units_between(self, first: str, last: str) -> list[str]:
        order = self._unit_order()
        i, j = order.get(first), order.get(last)
        if i is None or j is None or j <= i or j - i > 200:
            return []
        return [u.uid for u in self.units[i:j + 1]]

    def _unit_order(self) -> dict[str, int]:
        if not self._order:
            self._order.update({u.uid: i for i, u in enumerate(self.units)})
        return self._order

    def division_references(self, provision: Provision) -> set[str]:
        """Units of the division a provision calls "this chapter" / "la présente section"."""
        cached = self._division_references.get(provision.uid)
        if cached is not None:
            return cached
        self._division_references[provision.uid] = self._division_units(provision)
        return self._division_references[provision.uid]

    def _division_units(self, provision: Provision) -> set[str]:
        if not _THIS_DIVISION_FOLDED.search(self.folded(provision.uid)):
            return set()
        division = next((a for a in self.legislation.ancestors(provision) if a.kind is Kind.DIVISION), None)
        if division is None:
            return set()
        units = self._division_cache.get(division.uid)
        if units is None:  # a code says "this Chapter" in many articles: walk each division once
            units = {self.unit_of[d.uid] for d in self.legislation.descendants(division)
                     if d.kind is Kind.ARTICLE and d.uid in self.unit_of}
            self._division_cache[division.uid] = units
        return units


# A leap in article numbers too wide for one Act's own numbering (a hundred articles skipped).
_LEAP = 100


def _index(hits: Any) -> dict[str, list[Hit]]:
    index: dict[str, list[Hit]] = defaultdict(list)
    for hit in hits:
        index[hit.item].append(hit)
    return dict(index)
