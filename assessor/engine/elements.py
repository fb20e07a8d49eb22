"""The rules that decide each element, as `../shared/spec/assessment-conventions.md` reads a law.

Every decision leaves evidence: the provision, the quoted words, the term that matched and the
rule ("express", "functional: the offence requires no means", ...). The families:
- acts, means, purposes of trafficking: only inside the trafficking scope; an offence with no
  means covers every means, "any form of exploitation" (or no purpose element) every purpose;
  deception and fraud cover each other, force or coercion covers abduction;
- consent (a consent clause with words of irrelevance), the child rules, the offence itself;
- attempt, complicity and organising: a clause that extends liability for the offence, the
  offence's own broad verbs, or roles its own penalty presupposes;
- smuggling: the offence, its benefit element (not negated), documents, stay, aggravations;
- everything else: the element's terms anywhere, where a victim is the subject when it must be.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from assessor.engine.classify import (
    _AUTHOR,
    _GENERIC_OFFENCE,
    _RAISED_PENALTY,
    Scopes,
    _uses,
    enables_stay,
    general_rules,
)
from assessor.engine.document import Document, v
from assessor.engine.frames import ACTS, MEANS, PURPOSES, Frame, is_trafficking, migrant_subject
from assessor.engine.lexicon import Hit
from assessor.engine.values import ElementResult, ElementStatus, Evidence
from assessor.engine.wording import child_age_mentions, consent_irrelevance, no_means_for_child
from assessor.legislation.model import Kind, Provision
from assessor.text import Token, fold

MAX_EVIDENCE = 4

# Means that cover each other as a lawyer reads them (conventions, rule 3).
EQUIVALENT_MEANS = {
    "TIP-3-a.means.fraud": ("TIP-3-a.means.deception",),
    "TIP-3-a.means.deception": ("TIP-3-a.means.fraud",),
    "TIP-3-a.means.coercion": ("TIP-3-a.means.force",),
    # Force is a form of coercion ("the threat or use of force or other forms of coercion"): an offence
    # committed by coercion reaches one committed by force.
    "TIP-3-a.means.force": ("TIP-3-a.means.coercion",),
    "TIP-3-a.means.abduction": ("TIP-3-a.means.force", "TIP-3-a.means.coercion"),
}
# Elements about victims need a victim in the same article.
NEEDS_VICTIM = {"TIP-6-1", "TIP-6-2", "TIP-6-3", "TIP-6-6", "TIP-7-1", "TIP-8", "GP.non_punishment",
                "GP.use_of_services"}
SERVICES_TO_VICTIMS = {"TIP-6-2", "TIP-6-3", "TIP-7-1", "TIP-8"}
# Verbs of the offence itself that reach helpers and organisers (conventions, rule 2).
BROAD_VERBS = {"en": ("facilit", "arrang", "assist", "procur"),
               "fr": ("facilit", "aide"),
               "es": ("facilit", "promov", "promuev", "favorez", "favorec", "particip")}


# Elements that concern the trafficking or smuggling offences themselves (liability of legal
# persons for them, confiscation of their proceeds, jurisdiction over them).
RELATED_TO_OFFENCES = {"UNTOC-10", "UNTOC-12", "UNTOC-15-2"}
_THIS_LAW = re.compile(r"\b(?:this|the present) (?:act|law|part|chapter|code)\b"
                       r"|\b(?:présente?|cette|ce) (?:loi|section|chapitre|titre|code)\b"
                       r"|\b(?:presente|esta|este) (?:ley|código|capítulo|título|sección)\b", re.IGNORECASE)
# The article's own offence, and the offences of a whole Act (accents folded).
_OWN_ARTICLE = re.compile(r"\b(?:this|the present) (?:section|article|subsection)\b|\b(?:present|cet) article\b"
                          r"|\b(?:presente|este) articulo\b")
_THIS_ACT = re.compile(r"\b(?:this|the present) (?:act|law|part|chapter|title|ordinance|decree)\b"
                       r"|\b(?:presente|cette) loi\b|\b(?:presente|esta) ley\b")
# Scope reasons that tie an article to the offence itself (see classify._grow).
_TIED = {"offence", "aggravation of the offence", "refers to the offence", "aggravation of the chapter's offences",
         "offence named by the law"}
_ABOUT_THESE_CRIMES = re.compile(
    r"traffick|smuggl|trata de|tráfico|trafico|traite d|traite des|trafic|migrant|immigra|entree et du sejour"
    r"|entree irreguliere|migracion|extranjeria"
)
# "The offence", "l'infraction", "el delito": in a file that creates the offences, they are meant.
_THE_OFFENCE = re.compile(r"\b(?:the|such|these|those) (?:offences?|crimes?)\b|\bl'infraction\b"
                          r"|\b(?:ces|les) infractions\b|\b(?:le|du|ce) crime\b"
                          r"|\b(?:el|del|dicho|este|los|dichos|estos) delitos?\b", re.IGNORECASE)
_MIGRANT = re.compile(r"migra|etranger|extranjer|foreigner|non-national|alien\b")
_LIABILITY = re.compile(r"liab|responsab|sanci|multa|\bfine|penalt|\bpena\b|amende|peine|disol|dissol|punish|puni"
                        r"|guilty|coupable|culpable",
                        re.IGNORECASE)
_SANCTION = re.compile(r"\b(?:years?|months?|ans|mois|años|meses|fine|amende|multa|life)\b", re.IGNORECASE)
_CONDITION_ANYWHERE = re.compile(r"\b(?:if|where|when|lorsque|lorsqu|si|cuando|en caso de)\b", re.IGNORECASE)
_CONDITION = re.compile(r"^(?:if|where|when|lorsque|lorsqu|si|cuando|en caso|en los casos)\b", re.IGNORECASE)
_DOCUMENTS = re.compile(r"document|passport|papers|pièces? d'identité|documento|pasaporte|titre de voyage",
                        re.IGNORECASE)


_EXPLOITATION_TERM = re.compile(r"exploit|explot|servitude|servidumbre|labou?r|slavery|esclav|trabajo|travail"
                                r"|prostitu|organ|servic")
_MEANS_TERM = re.compile(r"\b(?:coerc|contrainte|coacc|force\b|fuerza|fraud|decept|deceit|tromperie|engan|threat"
                         r"|menace|amenaz|abduct|enlev|secuestr|vulnerab)")


# Penalty words that aggravate only on a condition: a basic offence may carry life imprisonment.
_PENALTY_ONLY = re.compile(r"\blife\b|perpetu|not less than")
_LABEL_TITLE = re.compile(r"\s*(?:art(?:icle|ículo|iculo)?s?\b|sec(?:tion)?s?\b|§|\d)", re.IGNORECASE)
# An offence for adults, its child counterpart drafted apart: "an individual (other than a child)".
_NOT_A_CHILD = re.compile(r"\b(?:other than|not being|who is not) an? (?:child|minor)\b"
                          r"|\bautre qu'un (?:enfant|mineur)\b|\bmajeure?s?\b|\bque no sea (?:menor|nino|nina)\b"
                          r"|\bmayor(?:es)? de edad\b")
_IDENTIFY_BAN = re.compile(
    r"\b(?:publish\w*|publication|disclos\w*|reveal\w*|publier|publication|divulgu\w*|reveler|publica\w*"
    r"|divulga\w*|revela\w*|difund\w*)\b[^.;]{0,80}\b(?:identif\w*|identit\w*|identidad)"
    r"|\b(?:identif\w*|identit\w*|identidad)\b[^.;]{0,80}\b(?:publish\w*|publication|disclos\w*|publi\w*"
    r"|divulg\w*|revel\w*|difund\w*)")
_KNOWS_TRAFFICKED = re.compile(
    r"\b(?:knowing(?:ly)?|having reason to believe|knows|sachant|en connaissance de cause|a sabiendas|conociendo)\b"
    r"[^.;]{0,120}?\b(?:has been trafficked|was trafficked|is a victim of trafficking|victim of trafficking"
    r"|victime de (?:la )?traite|victima de (?:la )?trata|objeto de (?:la )?trata)")
_USES = re.compile(r"\b(?:engag|use|uses|using|obtain|employ|avail|patroni|solicit|utilis|recour|emploi|utiliz|utilic"
                   r"|se vali|emple|contrat|servic|labou?r|sexual|travail|trabajo)\w*")
# Obtaining a person's labour or services (accents folded), and the author's knowledge of the person's
# vulnerability, dependence or enslavement.
_OBTAINS_SERVICES = re.compile(
    r"\b(?:obtain\w*|obten\w*|obtien\w*|obtuvi\w*|exig\w*|procur\w*)\b[^.;]{0,120}?"
    r"\b(?:services?|labou?r|work|travail|prestations?|servicios?|trabajos?|labores)\b")
_KNOWN_SITUATION = re.compile(
    r"\b(?:vulnerab\w*|dependan\w*|dependen\w*|asservi\w*|esclav\w*|enslave\w*|servidumbre)\b[^.;]{0,80}?"
    r"\b(?:apparent\w*|connu\w*|known|manifest\w*|evident\w*|conocid\w*|aware)\b"
    r"|\b(?:knowing|knows|sachant|a sabiendas|conociendo)\b[^.;]{0,80}?\b(?:vulnerab\w*|dependen\w*|dependan\w*)")
# A victim not punished for what the trafficking made them do (accents folded).
_NOT_PUNISHED = re.compile(r"\b(?:no|not|never|ne|n'|ni|nunca)\b(?:[^.;]|\.(?=\d)){0,80}?"
                           r"\b(?:prosecut\w*|punish\w*|penali[sz]\w*|liable|poursuivi\w*|puni\w*|sanctionn\w*|procesad\w*"
                           r"|punible\w*|penad\w*|sancionad\w*)"
                           # A defence: "is not guilty of it if ... compelled", "n'est pas coupable", "no es culpable"
                           # (not "pleads not guilty": the negation is the verb's).
                           r"|\b(?:is|are|shall|will) (?:not|never) (?:be )?(?:held |found )?guilty\b"
                           r"|\b(?:n'est|ne sont|ne sera|ne seront) (?:pas|jamais) (?:tenue?s? pour )?coupables?\b"
                           r"|\bno (?:es|son|sera|seran) (?:considerad[oa]s? )?culpables?\b")
_AS_A_CONSEQUENCE = re.compile(r"\b(?:consequence|result|compelled|forced|coerced|consequence|resultat|contraint\w*"
                               r"|consecuencia|resultado|obligad\w*|forzad\w*)\b")
# A law about these crimes, by its title: its national council or plan is theirs (GP.coordination_body).
_CRIMES_IN_TITLE = re.compile(r"traffick|smuggl|\btraite\b|trafic|\btrata\b|trafico|slavery|esclavage|esclavitud")
# An offence whose author is the person staying: "a foreigner who remains ... commits an offence" (SOM-6-1-c
# is enabling another's stay, not staying).
_OWN_STAY = re.compile(r"\b(?:foreigner|alien|non-citizen|non-national|immigrant|migrant|etranger|extranjer[oa])s?"
                       r"\s+(?:who|that|qui|que)\s+(?:\w+\s+){0,4}?(?:stays|remains|resides|overstays|is unlawfully"
                       r"|is illegally|sejourne|demeure|se maintient|reside|permanezca|permanece|resida)\b")


def _own_stay(folded: str) -> bool:
    """The foreigner who stays is the offence's author: not "a person who shields from detection a non-national
    who has no right to reside", whose author (another person) is named before the foreigner."""
    m = _OWN_STAY.search(folded)
    return m is not None and not _AUTHOR.search(folded, 0, m.start())


_ORGANISATION_NOUN = re.compile(r"(?i)organi[sz]ations?\b|organizaci[oó]n(?:es)?\b")
# The noun as the act ("la organización o dirección de otras personas", "the organization of the offence").
_ORGANISING_ACT = re.compile(r"(?i)organi[sz]a(?:tion|ción|cion)\s+(?:o\s+direcci[oó]n|or\s+direction"
                             r"|ou\s+la\s+direction|of\s+(?:the|an?|other|another)\b|de\s+(?:otras?|la\s+comisi[oó]n|un\s+delito)\b)")
# Roles that reach the organisers of an offence (conventions, rule 2), accents folded.
_ORGANISING_ROLES = re.compile(r"\bconspir\w*|\babet(?:s|ted|ting|ment)?\b|\binstigat\w*|\binstig(?:ue|uer|ateur)\w*"
                               r"|\bassociation de malfaiteurs\b|\bcomplot\w*|\bconspiracion\b|\basociacion ilicita\b"
                               r"|\bconcierto para delinquir\b|\binductor(?:es|a|as)?\b|\binduzca\w*|\bindujer\w*")
_PASSENGERS = re.compile(r"passeng|passag|pasajer|travel document|documents? de voyage|documentos? de viaje"
                         r"|titre de voyage|pasaporte|passeport|passport|visa")
_MOVES = re.compile(r"\b(?:organi[sz]|arrang|facilitat|procur|organis|facilit|promu?e?v)\w*")
# Verbs of moving a person from one place to another (accents folded): "traslade", "trasladare", "déplace".
_MOVES_PERSON = re.compile(r"\b(?:traslad[aeo]\w*|deplac\w*)\b")
_ORGANISES = re.compile(r"\b(?:organi[sz]|arrang|organis|gestion)\w*")
_MOVEMENT = (r"(?:\W+(?!\w*(?:goods|biens|bienes)\b)\w+){0,5}?\W+(?:the\W+|l'|la\W+|le\W+|el\W+)?(?:proposed\W+)?"
             r"(?:entry|exit|travel|movement|arrival|departure|journey|entree|sortie|voyage|deplacement|ingreso|egreso"
             r"|entrada|salida|viaje)\b")


class Rules:
    """Decides every element of a catalog for one prepared document."""

    def __init__(self, doc: Document, scopes: Scopes) -> None:
        self.doc = doc
        self.scopes = scopes
        self.results: dict[str, ElementResult] = {}
        self._related: set[str] | None = None
        self._generic_runs: set[int] = set()  # numbering runs whose offences are all ours (set by `related`)
        self._runs: dict[str, int] = {}
        self._general: set[str] | None = None
        self._term_ranks: dict[tuple[str, str], dict[str, int]] = {}
        self._exploitation_defs: set[str] | None = None
        self._act_uids = {p.uid for p in scopes.act_provision.values()}
        self._cores = set(scopes.trafficking.cores) | set(scopes.smuggling.cores)
        self.all_uids = frozenset(p.uid for p in doc.legislation.provisions)  # every provision, for hits_in
        self.offence_uids = frozenset(m.uid for u in scopes.offences for m in doc.members[u])
        self._no_means: list[tuple[Provision, Hit | None]] | None = None
        self._order = {p.uid: i for i, p in enumerate(doc.legislation.provisions)}

    # -- evidence -------------------------------------------------------------------------
    def evidence(self, element_id: str, provision: Provision, hit: Hit | None, rule: str) -> Evidence:
        text = provision.text
        if hit is None:
            start, end = 0, min(len(text), 160)
            matched = ""
            score = 100.0
        else:
            start, end, matched, score = hit.start, hit.end, text[hit.start:hit.end], hit.score
        return Evidence(element_id, provision.uid, provision.citation, quote(text, start, end), (start, end),
                        matched, score, rule)

    def priority(self, provision: Provision) -> int:
        """Where evidence is most telling: the provision creating the offence, the offence, its scope."""
        uid = provision.uid
        if uid in self._act_uids:
            return 0
        unit = self.doc.unit_of.get(uid)
        if unit in self.scopes.trafficking.cores or unit in self.scopes.smuggling.cores:
            return 1
        if uid in self.scopes.trafficking.provisions or uid in self.scopes.smuggling.provisions:
            return 2
        return 3

    def found(self, element_id: str, items: Iterable[tuple[Provision, Hit | None]], rule: str,
              note: str = "") -> ElementResult:
        evidence = []
        seen: set[str] = set()
        order = self._order
        # Within a provision, the law's own word for the element comes first ("transfers" before
        # "delivers" in the same sentence): the lexicon lists the instrument's words first.
        ranked = sorted(items, key=lambda ph: (self.priority(ph[0]), order.get(ph[0].uid, 0),
                                               self.term_rank(element_id, ph[0].language, ph[1])))
        for provision, hit in ranked:
            if provision.uid in seen:
                continue
            seen.add(provision.uid)
            evidence.append(self.evidence(element_id, provision, hit, rule))
            if len(evidence) >= MAX_EVIDENCE:
                break
        if not evidence:
            return ElementResult(element_id, ElementStatus.MISSING, rule=rule, note=note)
        return ElementResult(element_id, ElementStatus.FOUND, tuple(evidence), rule, note)

    def with_core_headings(self, result: ElementResult) -> ElementResult:
        """Put first the offences whose own heading names the element ("Trafficking with respect to
        slavery or forced labour") when the words found stand only in other provisions of the scope."""
        cores = self.scopes.trafficking.cores
        if any(self.doc.unit_of.get(e.provision) in cores for e in result.evidence):
            return result
        headed = []
        for core in cores:
            hits = self.doc.heading_hits.get(core, {}).get(result.element_id)
            if hits:
                unit = self.doc.legislation.get(core)
                heading = unit.heading or ""
                headed.append(Evidence(result.element_id, unit.uid, unit.citation, quote(heading, hits[0].start,
                                       hits[0].end), (0, 0), heading[hits[0].start:hits[0].end], hits[0].score,
                                       f"{result.rule}: named in the offence's heading"))
        if not headed:
            return result
        evidence = (*headed, *result.evidence)[:MAX_EVIDENCE]
        return ElementResult(result.element_id, result.status, evidence, result.rule, result.note)

    def term_rank(self, element_id: str, language: str, hit: Hit | None) -> int:
        """Where a hit's term stands in the element's lexicon (unknown terms and no hit last)."""
        if hit is None:
            return 1 << 20
        ranks = self._term_ranks.get((element_id, language))
        if ranks is None:
            ranks = {}
            try:
                lexicon = self.doc.catalog.element(element_id).lexicon.get(language)
            except KeyError:
                lexicon = None
            if lexicon is not None:
                ranks = {term: i for i, term in enumerate(lexicon.terms)}
            self._term_ranks[(element_id, language)] = ranks
        return ranks.get(hit.term, len(ranks))

    def missing(self, element_id: str, note: str = "") -> ElementResult:
        return ElementResult(element_id, ElementStatus.MISSING, note=note)

    def hits_in(self, item: str, uids: Iterable[str]) -> list[tuple[Provision, Hit]]:
        """Hits of an item in some provisions, in reading order (read from the item's postings)."""
        postings = self.doc.postings.get(item)
        if not postings:
            return []
        allowed = uids if isinstance(uids, (set, frozenset)) else set(uids)
        leg = self.doc.legislation
        return [(leg.get(uid), h) for uid in postings if uid in allowed for h in self.doc.hits[uid][item]]

    def ordered(self, uids: set[str]) -> list[str]:
        """The provisions in reading order (sorted by position: a scope is small beside a whole code)."""
        order = self._order
        return sorted((uid for uid in uids if uid in order), key=order.__getitem__)

    # -- trafficking: acts, means, purposes --------------------------------------------------
    def trafficking(self) -> None:
        scope = self.ordered(self.scopes.trafficking.provisions)
        for act in ACTS:
            self.results[act] = self.found(act, self.hits_in(act, scope), "express")
        # "Organises or facilitates the entry, exit or travel of a person": facilitating the movement
        # transports (functional); organising or arranging it also recruits.
        for act, verbs in (("TIP-3-a.act.transportation", _MOVES), ("TIP-3-a.act.recruitment", _ORGANISES)):
            if self.results[act].status is ElementStatus.MISSING:
                items = []
                for uid in scope:
                    if self.doc.unit_of.get(uid) in self.scopes.trafficking.cores:
                        m = re.search(verbs.pattern + _MOVEMENT, self.doc.folded(uid))
                        if m:
                            provision = self.doc.legislation.get(uid)
                            items.append((provision, Hit(act, m.group(0), 0, 0, m.start(), m.end())))
                if items:
                    self.results[act] = self.found(act, items, "functional: organising or facilitating a "
                                                                "person's movement")
        # "Traslade", "déplace": moving a person from one place to another carries the person (functional),
        # where the offence has no word of transport.
        transport = "TIP-3-a.act.transportation"
        if self.results[transport].status is ElementStatus.MISSING:
            moved = [(p, Hit(transport, m.group(0), 0, 0, m.start(), m.end()))
                     for p in map(self.doc.legislation.get, scope)
                     if self.doc.unit_of.get(p.uid) in self.scopes.trafficking.cores
                     and (m := _MOVES_PERSON.search(self.doc.folded(p.uid)))]
            if moved:
                self.results[transport] = self.found(transport, moved, "functional: moving a person carries them")
        no_means = self.no_means_offence()
        # Words that only describe the exploitation ("'forced labour' means work exacted by force")
        # are not means of the offence.
        means_scope = [uid for uid in scope if uid not in self.exploitation_definitions()]
        for means in MEANS:
            express = self.hits_in(means, means_scope)
            if express:
                self.results[means] = self.found(means, express, "express")
            elif no_means:
                self.results[means] = self.found(means, no_means, "functional: the offence requires no means")
            else:
                self.results[means] = self.missing(means)
        for means, covering in EQUIVALENT_MEANS.items():
            if self.results[means].status is ElementStatus.MISSING:
                for other in covering:
                    base = self.results[other]
                    if base.status is ElementStatus.FOUND and base.rule == "express":
                        items = [(self.doc.legislation.get(e.provision), None) for e in base.evidence]
                        self.results[means] = self.found(means, items, f"functional: covered by {other.split('.')[-1]}")
                        break
        every_purpose = self.every_purpose(scope)
        for purpose in PURPOSES:
            express = self.hits_in(purpose, scope)
            if express:
                self.results[purpose] = self.with_core_headings(self.found(purpose, express, "express"))
            elif every_purpose is not None:
                self.results[purpose] = self.found(purpose, [every_purpose[0]], every_purpose[1])
            else:
                self.results[purpose] = self.missing(purpose)

    def exploitation_definitions(self) -> set[str]:
        """Definitions (and their subdivisions) of exploitation and its forms."""
        if self._exploitation_defs is None:
            leg = self.doc.legislation
            defs: set[str] = set()
            # An offence that also defines a term ("Whoever, for the purpose of exploitation, recruits ...
            # by threats ... Explanation: exploitation includes ...") is still the offence: its means count.
            offence_members = {uid for f in self.scopes.frames if f.acts and f.liability and is_trafficking(f)
                               for uid in f.members}
            for provision in leg.provisions:
                if provision.uid in offence_members:
                    continue
                terms = fold(" ".join(provision.defines))
                if any(t in terms for t in ("traffick", "trata", "traite")):
                    continue  # the definition of trafficking itself names the means
                # A form of exploitation ("forced labour", "servitude") describes the exploitation even
                # when its name holds a means word; a definition of a means ("coercion") does not.
                exploitation_name = _EXPLOITATION_TERM.search(terms)
                means_name = _MEANS_TERM.search(terms)
                if terms and (exploitation_name or (any(self.doc.has(provision.uid, p) for p in PURPOSES)
                                                    and not means_name)):
                    defs.add(provision.uid)
                    defs.update(d.uid for d in leg.descendants(provision))
            self._exploitation_defs = defs
        return self._exploitation_defs

    def child_specific(self, provision: Provision) -> bool:
        """An offence for children only (not one for "a woman or a child", nor one for "an individual
        (other than a child)")."""
        return (self.doc.has(provision.uid, v("child")) and not self.doc.has(provision.uid, "RF.victim_scope_limited")
                and not _NOT_A_CHILD.search(self.doc.folded(provision.uid)))

    def no_means_offence(self) -> list[tuple[Provision, Hit | None]]:
        """Offences (not for children only) that need no means: "by any means", or none listed.

        The evidence is the provision that creates each such offence.
        """
        if self._no_means is not None:
            return self._no_means
        found: list[tuple[Provision, Hit | None]] = []
        for core in self.scopes.trafficking.cores:
            act_provision = self.scopes.act_provision[core]
            if self.child_specific(act_provision):
                continue
            phrases = [(p, h) for p, h in self.doc.unit_hits(core, v("no_means")) if not self.child_specific(p)]
            if phrases:
                found.append(phrases[0])
            elif self.base_without_means(core):
                creating = next((p for p in self.doc.members[core] if self.doc.has(p.uid, v("penalty"))), None)
                acts = [h for a in ACTS for h in self.doc.hits_of(act_provision.uid, a)]
                if creating is not None and creating.uid != act_provision.uid:
                    found.append((creating, self.doc.hits_of(creating.uid, v("penalty"))[0]))
                found.append((act_provision, acts[0] if acts else None))
        self._no_means = found
        return found

    def base_frames(self, core: str) -> list[Frame]:
        """The frames of a core's basic offence: trafficking frames that are not aggravations or child rules."""
        return [f for f in self.scopes.frames if f.unit == core and f.acts and not f.condition
                and not self.child_specific(self.doc.legislation.get(f.root)) and is_trafficking(f)]

    def base_without_means(self, core: str) -> bool:
        """True when the core's base offence (not an aggravation, not a child rule) has an empty means slot.

        Means named only in an aggravation ("where the offence is committed by abduction, the
        penalty is doubled") do not make means an element of the basic offence.
        """
        base = self.base_frames(core)
        if not base:
            return not any(self.doc.unit_has(core, m, heading=False) for m in MEANS)
        # A definition of the conduct ('"trafficks" means recruits, transports or harbours') is read with the
        # offence that uses the defined term ("A person who trafficks another person by coercion ..."): the
        # means stand where the offence names them.
        user_means = self.means_of_users(core) if any(f.definition and not f.liability for f in base) else set()
        # One offence in two paragraphs of an article: "(1) No person shall organize the coming in of persons by
        # fraud or force" and "(2) Organizing includes their recruitment, transport or harbouring": the acts
        # of the second are read with the means of the first.
        sibling_means = any(g.unit == core and g.means and not g.acts and not g.condition
                            and not self.child_specific(self.doc.legislation.get(g.root)) for g in self.scopes.frames)
        return any(not (f.means or sibling_means or (user_means and f.definition and not f.liability)) for f in base)

    def means_of_users(self, core: str) -> set[str]:
        """The means named by the basic offences (not aggravations) that use the terms a core defines."""
        terms = [t for m in self.doc.members[core] for t in m.defines]
        if not terms:
            return set()
        found: set[str] = set()
        for unit in self.scopes.offences:
            if unit == core or not any(m.uid in self.scopes.trafficking.provisions for m in self.doc.members[unit]):
                continue
            for member in self.doc.members[unit]:
                folded = self.doc.folded(member.uid)
                if any(_uses(folded, t) for t in terms) and not _CONDITION.search(folded):
                    found.update(m for m in MEANS if self.doc.has(member.uid, m))
        return found

    def every_purpose(self, scope: list[str]) -> tuple[tuple[Provision, Hit | None], str] | None:
        # "Any form of exploitation" in a consent clause ("the victim's consent to any form of exploitation
        # is irrelevant") speaks of the consent, not of the offence's purposes.
        hits = [(p, h) for p, h in self.hits_in(v("any_exploitation"), scope) if not self.in_consent_clause(p, h)]
        if hits:
            return hits[0], "functional: any form of exploitation"
        for core in self.scopes.trafficking.cores:
            if not self.doc.unit_has(core, v("exploitation"), heading=False) and not any(
                self.doc.unit_has(core, p, heading=False) for p in PURPOSES
            ):
                return (self.scopes.act_provision[core], None), "functional: the offence has no purpose element"
        return None

    def in_consent_clause(self, provision: Provision, hit: Hit) -> bool:
        """True when a hit stands in the sentence of a consent clause, after the word "consent"."""
        text = provision.text
        return any(c.end <= hit.start and not re.search(r"[.;]\s", text[c.end:hit.start])
                   for c in self.doc.hits_of(provision.uid, v("consent")))

    # -- consent, child, offence ---------------------------------------------------------
    def consent_child_offence(self) -> None:
        scope = self.ordered(self.scopes.trafficking.provisions)
        # A consent rule may stand in an article of its own that only refers to the offence ("Le
        # consentement ... lorsque l'un des moyens visés à l'article 310-1 a été utilisé").
        cores = set(self.scopes.trafficking.cores)
        referring: set[str] = set()
        for unit in self.doc.units:
            members = self.doc.members[unit.uid]
            if any(self.doc.references(x) & cores for x in members):
                referring.update(m.uid for m in members)
        # ... or stand, naming no article, in the chapter the law gives to trafficking ("Le consentement
        # de la victime n'exclut pas l'infraction." as the chapter's last article).
        referring |= self.trafficking_chapter_members(cores)
        consent_scope = self.ordered(set(scope) | referring)
        # The words of irrelevance may stand in the lead-in of a list whose item names the consent
        # ("the following shall be irrelevant: ... (b) whether the victim consented").
        consent = [(p, h) for p, h in self.hits_in(v("consent"), consent_scope) if self.irrelevant_here(p)]
        consent += [(p, h) for p, h in self.hits_in("TIP-3-b", consent_scope)
                    if self.doc.has(p.uid, v("consent")) and self.irrelevant_here(p)]
        # Clause-level readings ("does not relieve the offender of liability", "no consent ... shall be valid").
        consent += self.clause_hits("TIP-3-b", consent_scope, consent_irrelevance)
        self.results["TIP-3-b"] = self.found("TIP-3-b", consent, "express: consent is irrelevant")

        # A child rule dispensing with means counts wherever it stands in a law on trafficking
        # ("Presumption in case of child victim: the prosecution need not prove coercion").
        everywhere = [p.uid for p in self.doc.legislation.provisions] if self.scopes.trafficking.cores else []
        child_rule = [(p, h) for p, h in self.hits_in(v("no_means"), everywhere) if self.child_specific(p)]
        child_rule += self.clause_hits("TIP-3-c", [uid for uid in everywhere if self.doc.has(uid, v("child"))],
                                       no_means_for_child)
        # A child offence drafted as its own paragraph, with an empty means slot ("(2) Any person who
        # recruits ... a child for the purpose of exploitation commits an offence").
        for frame in self.scopes.frames:
            root = self.doc.legislation.get(frame.root)
            if frame.unit in self.scopes.trafficking.cores and frame.acts and not frame.means \
                    and not frame.condition and self.child_specific(root):
                child_rule.append((root, self.doc.hits_of(root.uid, v("child"))[0]))
        if child_rule:
            self.results["TIP-3-c"] = self.found("TIP-3-c", child_rule, "express: no means needed for a child")
        else:
            general = self.no_means_offence()
            self.results["TIP-3-c"] = (self.found("TIP-3-c", general, "functional: the offence requires no means")
                                       if general else self.missing("TIP-3-c"))
        self.results["TIP-3-d"] = self.child_age(scope)

        cores = self.scopes.trafficking.cores
        penalties = [(p, h) for c in cores for p, h in self.doc.unit_hits(c, v("penalty"))]
        if cores:
            # "Any person who engages in trafficking in persons commits an offence", using the term the
            # definitions section defines, is the offence even without citing the definition.
            everywhere = self.all_uids
            penalties += [(p, h) for p, h in self.hits_in(v("penalty"), everywhere)
                          if self.doc.has(p.uid, v("trafficking_name")) and not self.doc.has(p.uid, v("smuggling_name"))
                          and not self.doc.has(p.uid, v("victim"))]
        penalties += [(p, h) for uid in scope for p, h in self.hits_in(v("penalty"), [uid])
                      if self.doc.unit_of.get(uid) in self.scopes.offences and self.doc.unit_of.get(uid) not in cores]
        self.results["TIP-5-1"] = self.found("TIP-5-1", penalties, "express: offence with a penalty")

    def trafficking_chapter_members(self, cores: set[str]) -> set[str]:
        """The provisions of the divisions that hold a trafficking offence and whose heading names
        trafficking (in a whole code, the chapter on trafficking, not the title on offences against the
        person that also holds assault)."""
        legislation = self.doc.legislation
        out: set[str] = set()
        for core in cores:
            division = next((a for a in legislation.ancestors(legislation.get(core)) if a.kind is Kind.DIVISION),
                            None)
            if division is None or not _TRAFFICKING_HEADING.search(fold(f"{division.heading} {division.text}")):
                continue
            out.update(d.uid for d in legislation.descendants(division) if d.uid in self.doc.unit_of)
        return out

    def clause_hits(self, element_id: str, uids: Iterable[str],
                    reader: Callable[[str, str], list[tuple[int, int]]]) -> list[tuple[Provision, Hit]]:
        """Evidence from a clause-level reading of `wording.py`, for provisions that have its key words."""
        out = []
        for uid in uids:
            provision = self.doc.legislation.get(uid)
            for start, end in reader(provision.text, provision.language):
                out.append((provision, Hit(element_id, provision.text[start:end], 0, 0, start, end)))
        return out

    def irrelevant_here(self, provision: Provision) -> bool:
        """Words of irrelevance in the provision itself or in the lead-in of its list."""
        if self.doc.has(provision.uid, v("irrelevance")):
            return True
        parent = self.doc.legislation.parent(provision)
        return parent is not None and self.doc.has(parent.uid, v("irrelevance"))

    def child_age(self, scope: list[str]) -> ElementResult:
        leg = self.doc.legislation
        if not self.scopes.trafficking.cores and not any(
            self.doc.has(p.uid, v("trafficking_name")) for p in leg.provisions
        ):
            return self.missing("TIP-3-d", "no child rule tied to trafficking")  # a driving age is not this
        age18 = []
        other_age = False
        # The child rules tied to trafficking (conventions, rule 1): the offence, what it uses and what
        # refers to it, and definitions of a child; not the child provisions of unrelated offences in a
        # whole code (a "child" of the pornography chapter).
        related = self.related()
        for provision in leg.provisions:
            if not (provision.uid in related or (provision.defines and self.doc.has(provision.uid, v("child")))):
                continue
            if not self.doc.has(provision.uid, v("child")) and not provision.defines:
                continue
            # Ages of persons only (wording.py): "imprisonment for eighteen years" is no child's age.
            ages = {age for *_, age in child_age_mentions(provision.text, provision.language)}
            if 18 in ages:
                age18.append((provision, None))
            elif ages & {12, 13, 14, 15, 16, 17, 21}:
                other_age = True  # "a child under sixteen", in a definition or in the offence
        # The child rule of the offence (no means needed) may state the age itself ("where the victim is
        # under eighteen years of age, no means need be proved").
        for evidence in self.results["TIP-3-c"].evidence if "TIP-3-c" in self.results else ():
            provision = leg.get(evidence.provision)
            if evidence.rule.startswith("express") and provision.uid not in {p.uid for p, _ in age18} \
                    and 18 in {age for *_, age in child_age_mentions(provision.text, provision.language)}:
                age18.append((provision, None))
        if age18:
            return self.found("TIP-3-d", age18, "express: eighteen stated")
        if other_age:
            return self.missing("TIP-3-d", "a child is defined by another age")
        minors = self.hits_in(v("child"), scope)
        # The child rule of the offence may stand in an article that only refers to it ("Lorsque la victime
        # est une personne mineure, l'infraction prévue à l'article 10 est constituée même en l'absence de
        # menace"): its term for minors is the child rule's.
        child_rules = {e.provision for e in self.results["TIP-3-c"].evidence
                       if e.rule.startswith("express")} if "TIP-3-c" in self.results else set()
        minors += self.hits_in(v("child"), self.ordered(child_rules - set(scope)))
        return self.found("TIP-3-d", minors, "functional: a term of art for minors, no age stated")

    # -- attempt, complicity, organising ----------------------------------------------------
    def participation(self, prefix: str, scope_uids: set[str], cores: list[str], names: str) -> None:
        """TIP-5-2-* or SOM-6-2-*: clauses that extend liability for the offence."""
        if not cores:
            for letter in "abc":
                self.results[f"{prefix}-{letter}"] = self.missing(f"{prefix}-{letter}", "no such offence in the files")
            return
        related = set(scope_uids)
        core_set = set(cores)
        # Clauses that extend liability for the offence refer to it ("attempts to commit an offence
        # under section 3", "la tentative des délits prévus à la présente section"); the whole unit of
        # such a clause counts ("2. ... a) attempting to commit an offence established under paragraph 1").
        for unit in self.doc.units:
            members = self.doc.members[unit.uid]
            if any((self.doc.references(m) | self.doc.division_references(m)) & core_set for m in members):
                related.update(m.uid for m in members)
        related_list = self.ordered(related)
        for letter, rule in (("a", "attempt"), ("b", "complicity"), ("c", "organising or directing")):
            element = f"{prefix}-{letter}"
            # An "organization" (a body, a commercial enterprise) is not the act of organising the offence.
            hits = [(p, h) for p, h in self.hits_in(element, related_list)
                    if not _in_purpose_clause(p.text, self.doc.tokens[p.uid], h.first, self.conduct_tokens(p))
                    and not (letter == "c" and _ORGANISATION_NOUN.match(p.text[h.start:h.end + 40])
                             and not _ORGANISING_ACT.match(p.text[h.start:h.end + 40]))]
            if hits:
                self.results[element] = self.found(element, hits, f"express: {rule}")
                continue
            broad = self.broad_verbs(cores) if letter in "bc" else []
            if broad:
                self.results[element] = self.found(element, broad, "functional: the offence's own broad verbs")
                continue
            if letter == "c":
                # Conspiracy, abetment, instigation or procuring of the offence reach those who organise or direct
                # it (conventions, rule 2): not organising in terms, but covering it.
                roles = [(p, Hit(element, m.group(0), 0, 0, m.start(), m.end()))
                         for p in map(self.doc.legislation.get, related_list)
                         if (m := _ORGANISING_ROLES.search(self.doc.folded(p.uid)))]
                if roles:
                    self.results[element] = self.found(element, roles, "functional: conspiracy, abetment or "
                                                                        "instigation reaches organisers")
                    continue
            general = self.hits_in(element, self.ordered(self.general_rules()))
            self.results[element] = (self.found(element, general, "functional: a general rule of the code "
                                                "governs the offence") if general else self.missing(element))

    def broad_verbs(self, cores: list[str]) -> list[tuple[Provision, Hit | None]]:
        """The offence's own verbs that reach helpers and organisers ("arranges or facilitates")."""
        found = []
        for core in cores:
            act_provision = self.scopes.act_provision.get(core)
            for provision in [act_provision] if act_provision else self.doc.members[core][:2]:
                starts = BROAD_VERBS.get(provision.language, ())
                tokens = self.doc.tokens[provision.uid]
                for i, token in enumerate(tokens):
                    # The word itself (stems of "facilité" lose "it"), as conduct: "for the purpose of
                    # exploiting or facilitating the exploitation" describes the aim, not the helpers.
                    if token.folded.startswith(starts) and not _in_purpose_clause(provision.text, tokens, i,
                                                                                   self.conduct_tokens(provision)):
                        found.append((provision, Hit("verb", token.folded, i, i, token.start, token.end)))
                        break
        return found

    def conduct_tokens(self, provision: Provision) -> set[int]:
        """Token indices of the offence's conduct verbs (the acts of trafficking) in a provision."""
        return {i for a in ACTS for h in self.doc.hits_of(provision.uid, a) for i in range(h.first, h.last + 1)}

    # -- smuggling ------------------------------------------------------------------------
    def smuggling(self) -> None:
        scope = self.ordered(self.scopes.smuggling.provisions)
        cores = self.scopes.smuggling.cores
        core_hits = [(p, h) for c in cores for p, h in self.doc.unit_hits(c, "SOM-6-1-a")]
        core_hits += [(p, h) for c in cores for p, h in self.doc.unit_hits(c, v("smuggling_name"))]
        # Named only in its heading ("Assisting unlawful entry"): the offence itself is the evidence.
        core_hits += [(self.doc.members[c][0], None) for c in cores]
        self.results["SOM-6-1-a"] = self.found("SOM-6-1-a", core_hits, "express: smuggling offence")
        # The benefit counts in the offence or an aggravation of it, not in a forfeiture or exemption rule.
        offence_scope = [uid for uid in scope
                         if self.doc.unit_of.get(uid) in cores or self.doc.unit_of.get(uid) in self.scopes.offences]
        # The offence is read with the definition it uses ("on entend par trafic illicite de migrants le fait
        # d'assurer, afin d'en tirer un avantage financier, ...").
        offence_scope += [uid for uid in scope if uid not in offence_scope
                          and self.scopes.smuggling.reason.get(uid) == "definition used by the offence"]
        benefit = [(p, h) for p, h in self.hits_in("SOM-6-1-a.benefit", self.ordered(set(offence_scope)))
                   if not self.negated(p, h)]
        self.results["SOM-6-1-a.benefit"] = self.found("SOM-6-1-a.benefit", benefit, "express: benefit element")
        offences = self.ordered({m.uid for u in self.scopes.offences for m in self.doc.members[u]})
        self.documents(offences)
        # Not an offence that punishes the migrant's own stay ("a foreigner who remains unlawfully commits ...").
        stay = [(p, h) for p, h in self.hits_in("SOM-6-1-c", offences)
                if not migrant_subject(self.doc, p) and not _own_stay(self.doc.folded(p.uid))]
        # The clause itself, words between its verbs ("permet à une personne de demeurer ... sans satisfaire aux
        # conditions"), in an offence whose author is not the migrant.
        stay += [(p, Hit("SOM-6-1-c", m.group(0), 0, 0, m.start(), m.end()))
                 for p in map(self.doc.legislation.get, offences)
                 if (m := enables_stay(self.doc.folded(p.uid))) and not migrant_subject(self.doc, p)]
        self.results["SOM-6-1-c"] = self.found("SOM-6-1-c", stay, "express")
        for element in ("SOM-6-3-a", "SOM-6-3-b"):
            self.results[element] = self.found(element, self.hits_in(element, scope), "express: aggravation")
        liability = [(p, h) for p, h in self.hits_in("SOM-5", self.all_uids)
                     if self.doc.unit_has(self.doc.unit_of.get(p.uid, p.uid), v("smuggling_name"))
                     or (cores and _MIGRANT.search(self.doc.folded(p.uid)))]
        self.results["SOM-5"] = self.found("SOM-5", liability, "express: migrants not liable")

    def documents(self, offences: list[str]) -> None:
        """SOM-6-1-b-i/ii: an offence about a false document, by what is done with it.

        Making it (produces, forges, falsifies) is (i); procuring, providing, possessing or using it
        is (ii). The element's own lexicon counts too.
        """
        false_docs = self.hits_in(v("false_document"), offences)
        any_docs = false_docs + self.hits_in(v("travel_document"), offences)
        # Making a travel document unlawfully is (i) even without "false"; holding one is an offence
        # only when it is false (ii).
        for element, verbs, docs in (("SOM-6-1-b-i", "document_making", any_docs),
                                     ("SOM-6-1-b-ii", "document_holding", false_docs)):
            items: list[tuple[Provision, Hit | None]] = list(self.hits_in(element, offences))
            items += [(p, h) for p, h in docs if self.doc.has(p.uid, v(verbs))]
            self.results[element] = self.found(element, items, "express")

    def negated(self, provision: Provision, hit: Hit) -> bool:
        """A term with a negation just before it ("without any financial benefit", "sin ánimo de lucro")."""
        tokens = self.doc.tokens[provision.uid]
        window = tokens[max(0, hit.first - 6):hit.first]
        negations = {"not", "no", "without", "non", "sans", "aucun", "aucune", "sin", "ningun", "ninguna", "nor", "ni"}
        return any(t.folded in negations for t in window)

    # -- everything else -----------------------------------------------------------------
    def aggravation(self) -> None:
        """GP.aggravating_circumstances: higher penalties for the trafficking offence."""
        element = "GP.aggravating_circumstances"
        reasons = self.scopes.trafficking.reason
        # The offence and its aggravation articles, not the definitions it uses; in a law whose offences are
        # all trafficking, a rule raising "the penalty" of "l'infraction" wherever it stands.
        ours = {uid for uid, why in reasons.items() if not why.startswith("definition")}
        if self.scopes.trafficking.cores and not self.scopes.smuggling.cores:
            ours |= {p.uid for p in self.doc.legislation.provisions
                     if p.uid in self.offence_uids and self.rule_for_the_laws_offence(p) and _aggravates_here(self, p)}
        uids = self.ordered(ours)
        # An aggravating circumstance raises the penalty: the words alone ("whether or not an organised
        # criminal group is involved") are not one.
        # Nor is a heavy penalty of the basic offence ("liable on conviction to imprisonment for life"):
        # it raises the penalty on a condition, or says it aggravates.
        hits = [(p, h) for p, h in self.hits_in(element, uids) + self.hits_in(v("aggravation"), uids)
                if (self.doc.has(p.uid, v("penalty")) or self.doc.has(p.uid, v("aggravation"))
                    or _SANCTION.search(p.text))
                and (_CONDITION_ANYWHERE.search(p.text) or any(
                    not _PENALTY_ONLY.search(fold(a.term)) for a in self.doc.hits_of(p.uid, v("aggravation"))))]
        if not hits:
            # "If the offence ... is committed against a child, ... imprisonment ... ten years": a
            # penalty set by a condition, beside the offence, is an aggravation; so is "the penalty for an
            # offence under section 3 is doubled where ...", the penalties raised in terms.
            act_provisions = {p.uid for p in self.scopes.act_provision.values()}
            for uid in uids:
                provision = self.doc.legislation.get(uid)
                if uid in act_provisions or not _CONDITION_ANYWHERE.search(provision.text):
                    continue
                if _SANCTION.search(provision.text) and self.doc.has(uid, v("penalty")):
                    hits.append((provision, self.doc.hits_of(uid, v("penalty"))[0]))
                elif m := _RAISED_PENALTY.search(self.doc.folded(uid)):
                    hits.append((provision, Hit(element, m.group(0), 0, 0, m.start(), m.end())))
        self.results[element] = self.found(element, sorted(hits, key=lambda ph: ph[0].uid), "express: aggravation")

    def general_rules(self) -> set[str]:
        """The general part's rules that govern the offences (computed once)."""
        if self._general is None:
            self._general = general_rules(self.doc, self.scopes)
        return self._general

    def related(self) -> set[str]:
        """Provisions about the trafficking or smuggling offences: their scopes, what refers to them or
        names them, and "this Act" rules of a law that creates them."""
        if self._related is not None:
            return self._related
        cores = set(self.scopes.trafficking.cores) | set(self.scopes.smuggling.cores)
        related = set(self.scopes.trafficking.provisions) | set(self.scopes.smuggling.provisions)
        # A law about trafficking or smuggling (by its title) is about them throughout.
        # (A title that is only the first article's label and heading says nothing of the whole file.)
        # Nor does the title of a file that is mostly other offences (a code, or a law copied into one).
        specialised = {f.name for f in self.doc.legislation.files
                       if cores and _ABOUT_THESE_CRIMES.search(fold(f.title)) and not _LABEL_TITLE.match(f.title)
                       and not self._mostly_other_offences(f.name)}
        # "The offence", "the crime" unnamed: the law's own offences, where every offence of the law (the
        # numbering run the offences stand in: another Act in the file has its own) is ours.
        runs = self.doc.numbering_runs()
        by_run: dict[int, set[str]] = {}
        for unit in self.scopes.offences:
            by_run.setdefault(runs.get(unit, 0), set()).add(unit)
        generic_runs = {run for run in {runs.get(c, 0) for c in cores} if self._only_these_offences(by_run.get(run))}
        self._generic_runs, self._runs = generic_runs, runs
        # A rule reaches the offence through its aggravations too ("on conviction for the offences of
        # article 12", article 12 aggravating the offence).
        anchors = cores | {self.doc.unit_of[uid] for scope in (self.scopes.trafficking, self.scopes.smuggling)
                           for uid, why in scope.reason.items() if why in _TIED and uid in self.doc.unit_of}
        # One pass in reading order: parents come before their subdivisions, which follow them in.
        for provision in self.doc.legislation.provisions:
            uid = provision.uid
            if provision.source in specialised or provision.parent in related:
                related.add(uid)
                continue
            if (self.doc.references(provision) | self.doc.division_references(provision)) & anchors \
                    or self.doc.has(uid, v("trafficking_name")) or self.doc.has(uid, v("smuggling_name")) \
                    or (cores and _THIS_LAW.search(provision.text)) \
                    or (runs.get(self.doc.unit_of.get(uid, ""), -1) in generic_runs
                        and _THE_OFFENCE.search(provision.text)):
                related.add(uid)
        self._related = related
        return related

    def _rule_of_another_offence(self, provision: Provision) -> bool:
        """True for a paragraph of an article that creates another offence, about that offence only.

        "The court may order the forfeiture of the vehicle used in the commission of the offence" in
        the theft article (or in a document-fraud article the trafficking offence refers to) governs
        theft; it is no confiscation rule for trafficking unless it names or cites that offence.
        """
        unit = self.doc.unit_of.get(provision.uid)
        if unit is None or unit not in self.scopes.offences or unit in self._cores:
            return False
        if self.rule_for_the_laws_offence(provision):
            return False
        members = self.doc.members.get(unit, ())
        if any(self.scopes.trafficking.reason.get(m.uid) in _TIED or self.scopes.smuggling.reason.get(m.uid) in _TIED
               for m in members):
            return False  # an aggravation of the offence, or a rule that refers back to it
        if (self.doc.references(provision) | self.doc.division_references(provision)) & self._cores:
            return False
        if self.doc.has(provision.uid, v("trafficking_name")) or self.doc.has(provision.uid, v("smuggling_name")):
            return False
        if self.doc.references(provision) - {unit}:
            return True  # "the offences of articles 13 to 15": a rule for those articles, none of them ours
        folded = self.doc.folded(provision.uid)
        if _OWN_ARTICLE.search(folded):
            return True  # "the offence under this section", "le délit prévu au présent article"
        # "Where an offence under this Act is committed ...": a rule for every offence of the Act.
        return not (_THIS_ACT.search(folded) or _GENERIC_OFFENCE.search(folded))

    def rule_for_the_laws_offence(self, provision: Provision) -> bool:
        """True for a rule with a penalty but no author of its own, in a law whose offences are all ours,
        that speaks of "l'infraction" / "the offence": "Lorsque l'infraction est commise par une personne
        morale, celle-ci est punie d'une amende" governs the law's offence, it creates none."""
        self.related()  # sets the numbering runs
        unit = self.doc.unit_of.get(provision.uid)
        if unit is None or self._runs.get(unit, -1) not in self._generic_runs:
            return False
        # The article creates no offence of its own: no author in any of its paragraphs (the forfeiture
        # paragraph of a theft article speaks of the theft).
        return bool(_THE_OFFENCE.search(provision.text)) and not any(
            _AUTHOR.search(self.doc.folded(m.uid)) for m in self.doc.members[unit])

    def _mostly_other_offences(self, source: str) -> bool:
        """True when most of a file's offences are neither trafficking nor smuggling nor about their victims.

        A trafficking Act creates a few ancillary offences (obstruction, disclosure); a penal code
        creates hundreds, and its title, whatever it says, does not make them about trafficking.
        """
        scoped = self.scopes.trafficking.provisions | self.scopes.smuggling.provisions
        offences = [u for u in self.scopes.offences if self.doc.legislation.get(u).source == source]
        other = [u for u in offences if u not in scoped and not self.doc.unit_has(u, v("victim"))]
        return len(other) > max(20, len(offences) // 2)

    def _only_these_offences(self, units: set[str] | None = None) -> bool:
        """True when every offence (of the file, or of the units given) is trafficking or smuggling (or about
        their victims)."""
        scoped = self.scopes.trafficking.provisions | self.scopes.smuggling.provisions
        for unit in self.scopes.offences if units is None else units:
            if unit in scoped or self.doc.unit_has(unit, v("victim")):
                continue
            if any(_THIS_ACT.search(self.doc.folded(m.uid)) for m in self.doc.members[unit]):
                continue  # "legal persons are liable for the offences of this Act": a rule, no other offence
            if all(_THE_OFFENCE.search(m.text) and not _AUTHOR.search(self.doc.folded(m.uid))
                   for m in self.doc.members[unit] if m.text.strip()):
                continue  # "la peine est portée à ... lorsque l'infraction ...": a rule for "the offence", no author
            if not (self.doc.unit_has(unit, v("trafficking_name")) or self.doc.unit_has(unit, v("smuggling_name"))):
                return False
        return True

    def general(self, element_id: str, scope: str) -> None:
        leg = self.doc.legislation
        if scope == "criminal_offence":
            uids: Iterable[str] = self.offence_uids
        elif scope == "trafficking_offence":
            uids = self.scopes.trafficking.provisions
        elif scope == "smuggling_offence":
            uids = self.scopes.smuggling.provisions
        else:
            uids = self.all_uids
        if element_id in RELATED_TO_OFFENCES:
            # Not an offence itself (liability, confiscation, jurisdiction) but about the offences.
            related = self.related() | self.general_rules()
            uids = [p.uid for p in leg.provisions if p.uid in related and not self._rule_of_another_offence(p)]
        hits = self.hits_in(element_id, uids)
        if element_id == "UNTOC-10":
            # Liability of legal persons: a legal person and its liability or sanction, not any mention.
            hits = [(p, h) for p, h in hits if _LIABILITY.search(p.text)]
        if element_id == "TIP-11-3":
            # Carriers' duty to check passengers' travel documents, not any carrier of goods.
            hits = [(p, h) for p, h in hits if _PASSENGERS.search(self.doc.folded(p.uid))]
        if element_id == "GP.coordination_body" and not _CRIMES_IN_TITLE.search(fold(leg.title)):
            # Not any national council or plan: one for trafficking or smuggling (its unit names them).
            hits = [(p, h) for p, h in hits if any(self.doc.unit_has(self.doc.unit_of.get(p.uid, p.uid), v(name))
                                                   for name in ("trafficking_name", "smuggling_name"))]
        if element_id == "UNTOC-12":
            # Confiscating a victim's passport is an exploitation tactic, not confiscation of proceeds.
            hits = [(p, h) for p, h in hits if not _DOCUMENTS.search(p.text[h.end:h.end + 60])]
        if element_id in NEEDS_VICTIM:
            # A victim is the subject, and the words are not the offence's own ("héberger" is harbouring);
            # support, residence and return are not granted by offence provisions at all.
            outside_offences = element_id in SERVICES_TO_VICTIMS
            hits = [(p, h) for p, h in hits
                    if self.names_victim(self.doc.unit_of.get(p.uid, p.uid))
                    and p.uid not in self._act_uids
                    and not (outside_offences and self.doc.unit_of.get(p.uid) in self.scopes.offences)]
        if element_id == "TIP-6-1" and not hits:
            # "No particulars likely to identify a victim shall be published": privacy drafted as a ban on
            # publishing or disclosing what identifies a victim.
            hits = [(self.doc.legislation.get(uid), Hit(element_id, m.group(0), 0, 0, m.start(), m.end()))
                    for uid in self.ordered(self.related())
                    if (m := _IDENTIFY_BAN.search(self.doc.folded(uid))) and self.doc.has(uid, v("victim"))]
        if element_id == "GP.non_punishment" and not hits:
            # "No victim shall be prosecuted for an offence committed as a direct consequence of having been
            # trafficked": the negation before the subject, the consequence after it.
            hits = [(self.doc.legislation.get(uid), Hit(element_id, m.group(0), 0, 0, m.start(), m.end()))
                    for uid in self.ordered(self.related())
                    if self.doc.has(uid, v("victim")) and (m := _NOT_PUNISHED.search(self.doc.folded(uid)))
                    and _AS_A_CONSEQUENCE.search(self.doc.folded(uid))]
        if element_id == "GP.use_of_services" and not hits:
            # "Whoever, knowing that a person has been trafficked, engages that person for sexual
            # exploitation": an offence whose author knows the victim was trafficked and uses them.
            hits = [(self.doc.legislation.get(uid), Hit(element_id, m.group(0), 0, 0, m.start(), m.end()))
                    for u in self.scopes.offences for uid in (x.uid for x in self.doc.members[u])
                    if (m := _KNOWS_TRAFFICKED.search(self.doc.folded(uid))) and _USES.search(self.doc.folded(uid))]
            if hits:
                self.results[element_id] = self.found(element_id, hits, "functional: an offence of using a person "
                                                                     "known to have been trafficked")
                return
            # "Obtaining the services of a person whose vulnerability or dependence is apparent or known to
            # the author": an offence of using the labour of a person known to be in the victim's situation.
            hits = [(self.doc.legislation.get(uid), Hit(element_id, m.group(0), 0, 0, m.start(), m.end()))
                    for u in self.scopes.offences for uid in (x.uid for x in self.doc.members[u])
                    if (m := _OBTAINS_SERVICES.search(self.doc.folded(uid)))
                    and _KNOWN_SITUATION.search(self.doc.folded(uid))]
            if hits:
                self.results[element_id] = self.found(element_id, hits, "functional: an offence of obtaining "
                                                                     "services from a person known to be vulnerable")
                return
        if not hits and element_id in _HEADED:
            headed = self.named_in_heading(element_id)
            if headed:
                self.results[element_id] = ElementResult(element_id, ElementStatus.FOUND, headed[:MAX_EVIDENCE],
                                                         "express: named in the article's heading")
                return
        if not hits and element_id in ("SOM-11-3", "TIP-11-3"):
            # "Every person who operates a means of transport bringing passengers to the State must check before
            # departure that each passenger has the passport and visa required": the carriers' duty in its clause,
            # whatever the operator is called.
            hits = [(self.doc.legislation.get(uid), Hit(element_id, m.group(0), 0, 0, m.start(), m.end()))
                    for uid in self.ordered(set(self.doc.postings.get(v("travel_document"), ())))
                    if (m := _CHECKS_DOCUMENTS.search(self.doc.folded(uid)))
                    and _TRANSPORT_OPERATOR.search(self.doc.folded(uid)) and _PASSENGERS.search(self.doc.folded(uid))
                    and _CARRIER_DUTY.search(self.doc.folded(uid))]
            if hits:
                self.results[element_id] = self.found(element_id, hits, "express: a transport operator's duty to "
                                                                     "check passengers' documents")
                return
        self.results[element_id] = self.found(element_id, hits, "express")

    def names_victim(self, unit: str) -> bool:
        """An article that names a victim: "victim", or a person described as trafficked ("une personne dont il
        sait qu'elle a fait l'objet de la traite", "una persona que ha sido objeto de trata")."""
        return self.doc.unit_has(unit, v("victim")) or any(
            _TRAFFICKED_PERSON.search(self.doc.folded(m.uid)) for m in self.doc.members.get(unit, ()))

    def named_in_heading(self, element_id: str) -> list[Evidence]:
        """Articles whose heading names the element ("Carrier obligations", "Sanction du transporteur",
        "Defence for victims") and whose body carries it (an assessor reads a heading with its article): the
        body must state the duty, the sanction or the victim's immunity, so a heading alone decides nothing."""
        body_reads = _HEADED[element_id]
        out = []
        for uid in self.ordered(set(self.doc.heading_hits) & set(self.doc.members)):
            hits = self.doc.heading_hits[uid].get(element_id)
            if not hits:
                continue
            body = " ".join(self.doc.folded(m.uid) for m in self.doc.members[uid])
            if not all(p.search(body) for p in body_reads):
                continue
            unit = self.doc.legislation.get(uid)
            heading = unit.heading or ""
            hit = hits[0]
            out.append(Evidence(element_id, uid, unit.citation, quote(heading, hit.start, hit.end), (0, 0),
                                heading[hit.start:hit.end], hit.score, "express: named in the article's heading"))
        return out


# A person described as trafficked, not called a victim (accents folded).
_TRAFFICKED_PERSON = re.compile(r"\bobjet de (?:la )?traite\b|\bobjeto de (?:la )?trata\b|\bhas been trafficked\b"
                                r"|\bwas trafficked\b|\bpersonnes? traitee?s?\b")


# What an article's body must say for its heading's term to count (accents folded): the carriers' duty to
# check documents, the sanction on carriers, the victim's immunity.
_TRANSPORT_OPERATOR = re.compile(r"carrier|transport|airline|aircraft|vessel|\bships?\b|operator|transporteur"
                                 r"|compagnie aerienne|navire|exploitant|transportista|aerolinea|buque|naviera"
                                 r"|empresa de transporte")
_CARRIER_DUTY = re.compile(r"\b(?:must|shall|is required|are required|obliged|doit|doivent|est tenue?|sont tenue?s"
                           r"|controle\w*|verifie\w*|s'assure\w*|debera\w*|esta obligad\w*|estan obligad\w*"
                           r"|verificar\w*|cerciorar\w*|comprobar\w*)\b")
_CARRIER_SANCTION = re.compile(r"\b(?:fine|fined|penalt\w*|amende|multa|sancion\w*|sanction\w*|liable|passible"
                               r"|paie|pays?|punished|puni\w*|castigad\w*)\b")
_CHECKS_DOCUMENTS = re.compile(
    r"\b(?:check|verif|ascertain|ensur|satisf|examin|inspect|controle|s'assur|verific|cerciora|comprob|constat)\w*\b"
    r"[^.;]{0,100}?\b(?:passports?|visas?|travel documents?|documents? de voyage|passeports?|titres? de voyage"
    r"|pasaportes?|documentos? de viaje|visados?)\b")
_HEADED: dict[str, tuple[re.Pattern[str], ...]] = {
    "SOM-11-3": (_TRANSPORT_OPERATOR, _PASSENGERS, _CARRIER_DUTY),
    "TIP-11-3": (_TRANSPORT_OPERATOR, _PASSENGERS, _CARRIER_DUTY),
    "SOM-11-4": (_TRANSPORT_OPERATOR, _PASSENGERS, _CARRIER_SANCTION),
    "GP.non_punishment": (re.compile(r"victim|traffick|traite|trata"), _NOT_PUNISHED),
}


_PURPOSE_WORDS = {"purpose", "purposes", "intent", "intention", "order", "view", "fins", "fin", "vue", "afin", "but",
                  "fines", "objeto", "proposito", "miras", "efectos"}
# Purpose words that open a purpose only after a given word ("in order to", "dans le but de").
_PURPOSE_AFTER = {"order": {"in"}, "but": {"le"}}


def _aggravates_here(elements: Rules, provision: Provision) -> bool:
    """A penalty on a condition ("La peine est portée à vingt ans lorsque ..."), or aggravation words."""
    doc = elements.doc
    return doc.has(provision.uid, v("aggravation")) or (
        doc.has(provision.uid, v("penalty")) and bool(_CONDITION_ANYWHERE.search(provision.text)))


# A division heading that names trafficking (accents folded): "De la traite des êtres humains", "Trafficking
# in persons", "De la trata de personas".
_TRAFFICKING_HEADING = re.compile(r"\btraffick|\btraite (?:des|de|d')|\btrata (?:de|del)\b")


def _in_purpose_clause(text: str, tokens: list[Token], index: int, conduct: frozenset[int] | set[int] = frozenset(),
                       window: int = 20) -> bool:
    """True when a word stands within a purpose clause ("for the purpose of exploiting or facilitating ...",
    "with intent to exploit another person or to facilitate the exploitation of that person").

    The clause runs from its purpose word to the next comma, semicolon or colon, or to the conduct verb
    (an act of the offence, the token indices in `conduct`) that follows it: "for the purpose of
    exploitation, or who facilitates" and "with intent to exploit recruits or facilitates" make the helper
    an author again.
    """
    end = tokens[index].start
    for i in range(index - 1, max(-1, index - window - 1), -1):
        t = tokens[i]
        if re.search(r"[,;:]", text[t.end:end]) or i in conduct:
            return False
        if t.folded in _PURPOSE_WORDS and (t.folded not in _PURPOSE_AFTER
                                           or (i > 0 and tokens[i - 1].folded in _PURPOSE_AFTER[t.folded])):
            return True
    return False


def quote(text: str, start: int, end: int, width: int = 110) -> str:
    """The words around a match, cut at word boundaries, with … where the text goes on."""
    left = max(0, start - width)
    right = min(len(text), end + width)
    for stop in (". ", "; ", "\n"):
        i = text.rfind(stop, left, start)
        if i != -1:
            left = max(left, i + len(stop))
        j = text.find(stop, end, right)
        if j != -1:
            right = min(right, j + 1)
    if left > 0 and left < start:
        space = text.find(" ", left, start)
        left = space + 1 if space != -1 else left
    if right < len(text):
        space = text.rfind(" ", end, right)
        right = space if space != -1 else right
    snippet = " ".join(text[left:right].split())
    return ("… " if left > 0 else "") + snippet + (" …" if right < len(text) else "")
