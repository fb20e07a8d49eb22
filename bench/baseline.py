"""Two deliberately naive matchers the engine is measured against.

KEYWORD BASELINE (`keyword_report`, for the accuracy benchmark): an element is `found` when any
of its lexicon terms occurs anywhere in the legislation - every provision's heading and text, no
scope, no exclusions, no functional reading. Terms are those of the legislation's language (all
three lexicon languages when the language is not en/fr/es); text and terms are folded (case and
accents, `assessor.text.fold`). A term matches at word boundaries; a trailing `*` makes it a
prefix (`recruit*` meets "recruiting"); spaces in a term meet any run of white space. The
element's provisions are those where a term occurs. A red flag is raised when any of its terms
occurs. The result is a full report dict of the contract's shape, built with the project's own
`build_report`, so it is scored exactly as the engine's report is.

NAIVE RAPIDFUZZ MATCHER (`naive_rapidfuzz`, for the speed benchmark): every lexicon term of
every element and red flag (all checklists; the legislation's language) is scored against every
provision's folded text with `rapidfuzz.fuzz.partial_ratio`; a score >= 90 is a hit. No index,
no early exit, no score cut-off: the brute-force reference the engine must beat.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from rapidfuzz import fuzz

from assessor.catalog import Catalog, LanguageTerms, load_catalog
from assessor.legislation.model import Legislation, Provision
from assessor.preassessment import (
    ElementResult,
    ElementStatus,
    Evidence,
    FlagResult,
    PreAssessment,
    RequirementResult,
    requirement_status,
)
from assessor.reports.json_report import build_report
from assessor.text import fold

__all__ = ["LEXICON_LANGUAGES", "keyword_report", "naive_rapidfuzz", "term_pattern", "lexicon_languages"]

LEXICON_LANGUAGES = ("en", "fr", "es")
NAIVE_THRESHOLD = 90.0
_QUOTE_CONTEXT = 60


PROTOCOL_TERMS = 1  # the first term of each lexicon: the Protocol's own word for the item


def lexicon_languages(legislation: Legislation) -> tuple[str, ...]:
    """The lexicon languages to use: the legislation's, or all three when it is none of them."""
    language = legislation.language
    return (language,) if language in LEXICON_LANGUAGES else LEXICON_LANGUAGES


def _terms(lexicon: Mapping[str, LanguageTerms], languages: Sequence[str], first: int | None = None) -> list[str]:
    """The element's raw terms in these languages, without repeats (only the first `first` of each)."""
    out: dict[str, None] = {}
    for language in languages:
        entry = lexicon.get(language)
        if entry is not None:
            out.update(dict.fromkeys(entry.terms[:first] if first else entry.terms))
    return list(out)


def term_pattern(terms: Iterable[str]) -> re.Pattern[str] | None:
    """One regex for a list of lexicon terms, matching folded text at word boundaries."""
    parts = []
    for term in terms:
        stem = term.endswith("*")
        words = fold(term.rstrip("*")).split()
        if not words:
            continue
        body = r"\s+".join(re.escape(w) for w in words)
        parts.append(body if stem else body + r"(?!\w)")
    if not parts:
        return None
    # Longest first, so the evidence quotes the fullest term that matched.
    parts.sort(key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + ")")


def _provision_texts(legislation: Legislation) -> list[tuple[Provision, str, str]]:
    """(provision, searched text as written, folded) - the heading joins the text when it differs."""
    out = []
    for p in legislation.provisions:
        text = p.text if not p.heading or p.heading == p.text else f"{p.heading}\n{p.text}"
        out.append((p, text, fold(text)))
    return out


def _quote(text: str, start: int, end: int) -> str:
    # Folding keeps the length of almost every character, so the offsets are a fair guide.
    lo, hi = max(0, start - _QUOTE_CONTEXT), min(len(text), end + _QUOTE_CONTEXT)
    return ("..." if lo else "") + " ".join(text[lo:hi].split()) + ("..." if hi < len(text) else "")


def _hits(
    pattern: re.Pattern[str] | None, texts: list[tuple[Provision, str, str]], item_id: str
) -> list[Evidence]:
    if pattern is None:
        return []
    evidence = []
    for provision, text, folded in texts:
        m = pattern.search(folded)
        if m:
            evidence.append(
                Evidence(item_id, provision.uid, provision.citation, _quote(text, m.start(), m.end()),
                         (m.start(), m.end()), m.group(), 100.0, "keyword baseline: term occurs")
            )
    return evidence


def keyword_pre_assessment(
    legislation: Legislation, catalog: Catalog | None = None, first_terms: int | None = PROTOCOL_TERMS
) -> PreAssessment:
    """The keyword baseline's pre-assessment (elements, red flags, requirement statuses).

    By default it searches, as an assessor would with Ctrl-F, for each item's own word: the first
    term of its lexicon in the law's language, which is the Protocol's wording (recruitment,
    recrutement, captación). `first_terms=None` searches every lexicon term: a stronger baseline
    that already carries the lexicons' drafting knowledge, printed beside it.
    """
    catalog = catalog or load_catalog()
    languages = lexicon_languages(legislation)
    texts = _provision_texts(legislation)
    elements: dict[str, ElementResult] = {}
    for element in catalog.elements:
        evidence = _hits(term_pattern(_terms(element.lexicon, languages, first_terms)), texts, element.id)
        status = ElementStatus.FOUND if evidence else ElementStatus.MISSING
        rule = "keyword baseline" if evidence else ""
        elements[element.id] = ElementResult(element.id, status, tuple(evidence), rule)
    flags: dict[str, FlagResult] = {}
    for flag in catalog.red_flags:
        evidence = _hits(term_pattern(_terms(flag.lexicon, languages, first_terms)), texts, flag.id)
        if evidence:
            flags[flag.id] = FlagResult(
                flag.id, tuple(dict.fromkeys(e.citation for e in evidence)), evidence[0].quote,
                f"keyword baseline: the term {evidence[0].matched!r} occurs",
            )
    requirements = {}
    for requirement in catalog.requirements:
        total = len(requirement.elements)
        found = sum(1 for e in requirement.elements if elements[e.id].status is ElementStatus.FOUND)
        requirements[requirement.id] = RequirementResult(requirement.id, requirement_status(found, total), found, total)
    return PreAssessment(legislation, catalog, elements, flags, requirements)


def keyword_report(
    legislation: Legislation, catalog: Catalog | None = None, first_terms: int | None = PROTOCOL_TERMS
) -> dict[str, Any]:
    """The keyword baseline's report, in the contract's shape (schema assessor.report/1)."""
    report = build_report(keyword_pre_assessment(legislation, catalog, first_terms))
    report["matcher"] = "keyword baseline" if first_terms else "full-lexicon keyword search"
    return report


def lexicon_keyword_report(legislation: Legislation, catalog: Catalog | None = None) -> dict[str, Any]:
    """The stronger baseline: every lexicon term, anywhere."""
    return keyword_report(legislation, catalog, first_terms=None)


# --------------------------------------------------------------------------- speed reference


def naive_items(catalog: Catalog, languages: Sequence[str]) -> list[tuple[str, list[str]]]:
    """(element or flag id, folded terms) for every element and red flag of the catalog."""
    items = [(e.id, e.lexicon) for e in catalog.elements] + [(f.id, f.lexicon) for f in catalog.red_flags]
    out = []
    for item_id, lexicon in items:
        terms = [fold(t.rstrip("*")).strip() for t in _terms(lexicon, languages)]
        out.append((item_id, [t for t in terms if t]))
    return out


def naive_rapidfuzz(
    legislation: Legislation,
    catalog: Catalog | None = None,
    provisions: Sequence[Provision] | None = None,
    threshold: float = NAIVE_THRESHOLD,
) -> dict[str, tuple[str, ...]]:
    """Every term against every provision with partial_ratio: {item id: citations scoring >= threshold}.

    `provisions` restricts the run to a sample (the speed benchmark extrapolates from it).
    """
    catalog = catalog or load_catalog()
    items = naive_items(catalog, lexicon_languages(legislation))
    texts = []
    for p in legislation.provisions if provisions is None else provisions:
        text = p.text if not p.heading or p.heading == p.text else f"{p.heading}\n{p.text}"
        texts.append((p.citation, fold(text)))
    scorer = fuzz.partial_ratio
    found: dict[str, tuple[str, ...]] = {}
    for item_id, terms in items:
        hits: dict[str, None] = {}
        for term in terms:
            for citation, text in texts:
                if scorer(term, text) >= threshold:
                    hits[citation] = None
        if hits:
            found[item_id] = tuple(hits)
    return found
