"""The matching engine: evidence for every element, red flags, candidate provisions.

`match_all(legislation, catalog)` prepares the legislation once (tokens, every lexicon hit),
works out the scope of the trafficking and smuggling offences, applies the rules of
`rules.py` to every element and those of `flags.py` to every red flag, and ranks candidate
provisions for the requirements no text rule decides.
"""

from __future__ import annotations

from assessor.catalog import Catalog
from assessor.engine.classify import compute_scopes, read_offences
from assessor.engine.document import Document, r
from assessor.engine.elements import Rules, quote
from assessor.engine.flags import red_flags
from assessor.engine.lexicon import Hit
from assessor.engine.values import Candidate, ElementResult, FlagResult, Offence
from assessor.legislation.model import Legislation, Provision

__all__ = ["match_all"]

CANDIDATES = 5


def match_all(
    legislation: Legislation, catalog: Catalog
) -> tuple[dict[str, ElementResult], dict[str, FlagResult], dict[str, tuple[Candidate, ...]], list[Offence]]:
    """Every element's result, the red flags raised, candidates per undetectable requirement, and the
    offences read (the frames the findings were decided from)."""
    doc = Document.build(legislation, catalog)
    scopes = compute_scopes(doc)
    rules = Rules(doc, scopes)
    rules.trafficking()
    rules.consent_child_offence()
    rules.participation("TIP-5-2", scopes.trafficking.provisions, scopes.trafficking.cores, "trafficking_name")
    rules.smuggling()
    rules.participation("SOM-6-2", scopes.smuggling.provisions, scopes.smuggling.cores, "smuggling_name")
    for element in catalog.elements:
        if element.id == "GP.aggravating_circumstances":
            rules.aggravation()
        elif element.id not in rules.results:
            rules.general(element.id, element.scope.value)
    elements = {e.id: rules.results[e.id] for e in catalog.elements}
    flags = red_flags(doc, rules)
    return elements, flags, _candidates(doc, catalog), read_offences(doc, scopes, rules.child_specific)


def _candidates(doc: Document, catalog: Catalog) -> dict[str, tuple[Candidate, ...]]:
    """The best provisions for each requirement without detectable elements, by distinct terms matched."""
    wanted = {r(req.id): req.id for req in catalog.requirements if not req.elements and req.lexicon}
    scored: dict[str, list[tuple[float, int, Provision, Hit]]] = {req_id: [] for req_id in wanted.values()}
    for order, provision in enumerate(doc.legislation.provisions):
        for item, hits in doc.hits.get(provision.uid, {}).items():
            req_id = wanted.get(item)
            if req_id is not None:
                distinct = len({h.term for h in hits})
                scored[req_id].append((distinct + 0.1 * len(hits), -order, provision, hits[0]))
    out: dict[str, tuple[Candidate, ...]] = {}
    for req_id, rows in scored.items():
        rows.sort(key=lambda row: (row[0], row[1]), reverse=True)
        out[req_id] = tuple(
            Candidate(p.citation, p.uid, round(score, 2), quote(p.text, h.start, h.end))
            for score, _, p, h in rows[:CANDIDATES]
        )
    return out
