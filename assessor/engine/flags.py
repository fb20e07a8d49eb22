"""Red flags: patterns in national law that contradict the instruments (conventions, rule 8).

A flag is raised only when the offence *requires* the pattern: a border crossing or an organised
group used as an aggravation or a jurisdiction hook is not a flag, and a separate domestic
offence removes the transnationality flag.
"""

from __future__ import annotations

from assessor.engine.document import Document, v
from assessor.engine.elements import Rules, quote
from assessor.engine.frames import PURPOSES, migrant_subject
from assessor.engine.lexicon import Hit
from assessor.engine.values import ElementStatus, FlagResult
from assessor.legislation.model import Provision


def _element_in_offence(
    doc: Document, rules: Rules, flag_id: str, cores: list[str]
) -> list[tuple[Provision, Hit | None]]:
    """The flag's words in the provision that defines each offence (or its heading), if every offence has them."""
    found: list[tuple[Provision, Hit | None]] = []
    for core in cores:
        provision = rules.scopes.act_provision.get(core) or doc.legislation.get(core)
        hits = doc.hits_of(provision.uid, flag_id)
        if not hits and not doc.has(provision.uid, v("aggravation")):
            unit = doc.legislation.get(core)
            heading = doc.heading_hits.get(core, {}).get(flag_id, [])
            if heading:
                found.append((unit, None))  # "Trafficking in women and children"
                continue
        if not hits or doc.has(provision.uid, v("aggravation")):
            return []
        if flag_id == "RF.transnationality_required" and doc.unit_has(core, v("domestic"), heading=False):
            return []  # "whether or not across borders", "dentro del país o hacia el exterior"
        found.append((provision, hits[0]))
    return found


def red_flags(doc: Document, rules: Rules) -> dict[str, FlagResult]:
    """The flags raised, each with its provisions, a quote and the checklist's explanation."""
    catalog = doc.catalog
    known = {f.id: f for f in catalog.red_flags}
    raised: dict[str, list[tuple[Provision, Hit | None]]] = {}
    scopes = rules.scopes
    t_cores = scopes.trafficking.cores
    adult_cores = [c for c in t_cores if not rules.child_specific(scopes.act_provision[c])]

    if "RF.transnationality_required" in known and adult_cores:
        hits = _element_in_offence(doc, rules, "RF.transnationality_required", adult_cores)
        if hits:
            raised["RF.transnationality_required"] = list(hits)

    if "RF.organized_group_required" in known:
        for cores in (adult_cores, scopes.smuggling.cores):
            hits = _element_in_offence(doc, rules, "RF.organized_group_required", cores) if cores else []
            if hits:
                raised.setdefault("RF.organized_group_required", []).extend(hits)

    results = rules.results
    if "RF.child_means_required" in known and t_cores and results.get("TIP-3-c") is not None:
        # Positive evidence: every basic offence has means in its slot (a higher penalty for a child
        # victim does not dispense with them), and no child rule does.
        base = [f for c in t_cores for f in rules.base_frames(c)]
        if base and not any(rules.base_without_means(c) for c in t_cores) \
                and results["TIP-3-c"].status is ElementStatus.MISSING:
            items = [(doc.legislation.get(f.root), None) for f in base]
            items += [(doc.legislation.get(f.root), None) for f in scopes.frames
                      if f.unit in t_cores and f.child and f not in base]
            raised["RF.child_means_required"] = items

    if "RF.victim_scope_limited" in known and t_cores:
        # Every offence, including one for "a woman or a child" (which is not a child-only rule).
        hits = _element_in_offence(doc, rules, "RF.victim_scope_limited", t_cores)
        purposes = {p: results.get(p) for p in PURPOSES}
        sexual = purposes["TIP-3-a.purpose.sexual_exploitation"]
        only_sexual = (
            sexual is not None and sexual.status is ElementStatus.FOUND and sexual.rule == "express"
            and all(r is not None and r.status is ElementStatus.MISSING for k, r in purposes.items()
                    if k != "TIP-3-a.purpose.sexual_exploitation")
        )
        if hits:
            raised["RF.victim_scope_limited"] = list(hits)
        elif only_sexual and adult_cores:
            raised["RF.victim_scope_limited"] = [(scopes.act_provision[c], None) for c in adult_cores]

    if "RF.migrant_criminalized" in known:
        # Positive evidence only: an offence whose author is the smuggled person as such.
        hits = []
        for unit in scopes.offences:
            for member in doc.members[unit]:
                m = migrant_subject(doc, member)
                if m is not None:
                    hits.append((member, Hit("RF.migrant_criminalized", m.group(0), 0, 0, m.start(), m.end())))
        if hits:
            raised["RF.migrant_criminalized"] = sorted(hits, key=lambda ph: ph[0].uid)

    out: dict[str, FlagResult] = {}
    for flag_id, items in raised.items():
        provision, hit = items[0]
        text = provision.text
        start, end = (hit.start, hit.end) if hit else (0, min(len(text), 160))
        citations = tuple(dict.fromkeys(p.citation for p, _ in items))
        out[flag_id] = FlagResult(flag_id, citations, quote(text, start, end), known[flag_id].explanation)
    return out
