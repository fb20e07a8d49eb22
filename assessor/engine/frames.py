"""Offence frames: what each provision that creates liability makes punishable.

A frame is read from one paragraph of an article (or the article itself when it has none)
together with its list items, so a lead-in and its points ("A person who recruits ... by -
(a) threats; (b) deception") are one frame. Each frame carries slots, as a lawyer reads an
offence:

- conduct: the acts of trafficking hit in the frame, and whether their object is a person
  (a person, a child, a non-national) rather than goods or information;
- means and purpose: the means and exploitation purposes in the same frame;
- condition: a frame that raises the penalty "where" or "if" something holds (an aggravation);
- name: the offence's name in its own words or heading ("own"), or only in a heading above
  it ("division");
- liability: whether the article creates an offence (a penalty, "commits an offence", a
  prohibition punished elsewhere) or defines trafficking.

Classification (`classify.py`) decides from these slots, not from words co-occurring
anywhere in an article, so an abduction, a transport of goods or a receiving of stolen
property in a whole penal code does not supply acts of trafficking.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assessor.engine.document import Document, v
from assessor.engine.wording import waived_means
from assessor.legislation.model import Provision

ACTS = tuple(f"TIP-3-a.act.{n}" for n in ("recruitment", "transportation", "transfer", "harbouring", "receipt"))
MEANS = tuple(f"TIP-3-a.means.{n}" for n in ("force", "coercion", "abduction", "fraud", "deception", "abuse_of_power",
                                              "abuse_of_vulnerability", "payments"))
PURPOSES = tuple(f"TIP-3-a.purpose.{n}" for n in ("sexual_exploitation", "forced_labour", "slavery", "servitude",
                                                   "organ_removal"))

# The object of a verb of conduct: a human being (folded, accents stripped).
PERSON = re.compile(
    r"\b(?:persons?|individuals?|another|others|people|child(?:ren)?|minors?|wom[ae]n|girls?|boys?|human beings?"
    r"|victims?|adults?|someone|anyone|foreigners?|aliens?|migrants?|non-nationals?|workers?"
    r"|personnes?|individus?|autrui|enfants?|mineure?s?|femmes?|victimes?|etres? humains?|etrangers?"
    r"|personas?|individuos?|otra?s?|ninos?|ninas?|menore?s?|mujer(?:es)?|victimas?|seres? humanos?|alguien"
    r"|extranjer[oa]s?|migrantes?|trabajador(?:es)?)\b"
)
# Objects that are not people: goods, property, information, substances.
# The person before the verb is its subject, not its object, in an active relative clause: "a person who
# receives ... property" (but "a person who is received", "des personnes recrutées" keep the person).
# (The relative clause may list the author's other verbs first: "a person who manufactures, sells, acquires".)
_ACTIVE_SUBJECT = re.compile(r"\b(?:who|that|qui|que|quien|quienes)\s+(?:\w+,?\s+){0,4}$"
                             r"(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\best )(?<!\bsont )"
                             r"(?<!\bfue )(?<!\bsea )(?<!\bsido )")
_THING = re.compile(
    r"\b(?:goods|property|propert(?:y|ies)|merchandise|articles?|substances?|drugs?|narcotics?|weapons?|firearms?"
    r"|arms|ammunition|information|data|money|funds|proceeds|cargo|vehicles?|animals?|securities|shares"
    r"|biens|marchandises?|substances?|stupefiants|armes?|munitions?|informations?|donnees|fonds|objets?|choses?"
    r"|bienes|mercancias|mercaderias|sustancias|estupefacientes|armas|municiones|informacion|datos|fondos|dinero"
    r"|objetos?|cosas?|efectos)\b"
)
# A purpose stated as such, just before the exploitation words.
_PURPOSE_MARKER = re.compile(
    r"(?:purposes? of|purpose|intent(?:ion)?|in order|so that|with a view|for|to be|"
    r"fins?|fin de|en vue|afin|aux fins|dans le but|but de|pour|"
    r"fines?|con el fin|con el proposito|con el objeto|para|a efectos|con miras|que sea|que sean)\W*(?:\w+\W+){0,6}$"
)
# A lead-in whose last words open the purpose its list items complete.
_LEAD_PURPOSE = re.compile(
    r"(?:for the purposes? of|with (?:the )?intent(?:ion)? (?:of|to)|in order to|with a view to|dans le but(?: de)?"
    r"|aux fins(?: de)?|a des fins de|en vue(?: de)?|afin de|con (?:el )?(?:fin|fines|proposito|objeto) de|para)\W*$"
)
# A paragraph that raises the penalty on a condition: it opens with the condition ("Where the victim
# is a child, ...", "(3) If ...", "Lorsque ...", "Cuando ..."), or calls itself an aggravation.
_CONDITION = re.compile(r"^\W*(?:(?:\(?[\w.]{1,6}\)?|[-–—])\s*)?(?:if|where|when|whenever|in case|lorsque|lorsqu|si|"
                        r"cuando|en caso|en los casos|the (?:penalty|punishment|sentence) (?:shall|is))\b"
                        r"|\b(?:aggravat\w*|agravant\w*|agravad\w*|aggravant\w*|aggrave\w*)")
_PROHIBITION = re.compile(r"\b(?:no person shall|it is prohibited|it shall be unlawful|it is unlawful|se prohibe"
                          r"|queda prohibid|il est interdit|nul ne peut)\b")


@dataclass(frozen=True, slots=True)
class Frame:
    """The slots of one offence (or definition) paragraph."""

    unit: str  # the article's uid
    root: str  # the paragraph's uid (the article itself when it has no paragraphs)
    members: tuple[str, ...]  # the paragraph and its list items, in reading order
    acts: frozenset[str]
    person: bool  # an act's object is a human being
    means: frozenset[str]
    purposes: frozenset[str]
    exploitation: bool  # "exploitation", "any form of exploitation", or a named purpose
    purpose_stated: bool  # the exploitation is the aim of the conduct ("for the purpose of", "con fines de")
    child: bool
    condition: bool  # an aggravation or another conditional penalty
    named: str  # "own", "division" or "" for trafficking
    smuggling_named: bool
    liability: bool
    definition: bool


def _person_object(doc: Document, provision: Provision) -> bool:
    """True when a verb of trafficking conduct acts on a human being, not on goods."""
    folded = doc.folded(provision.uid)
    for act in ACTS:
        for hit in doc.hits_of(provision.uid, act):
            after = folded[hit.end:hit.end + 160]
            person = PERSON.search(after)
            thing = _THING.search(after)
            if person and (thing is None or person.start() < thing.start()):
                return True
            before = folded[max(0, hit.start - 60):hit.start]  # "a person who is recruited", "des personnes"
            if PERSON.search(before) and not _THING.search(before) and not _ACTIVE_SUBJECT.search(before):
                return True
    return False


# A condition inside a penalty clause ("passible : a) de l'emprisonnement à perpétuité, s'il enlève la
# personne", "liable to imprisonment for life if he abducts the person"), accents folded.
_PENALTY_CONDITION = re.compile(r"\b(?:if|where|when|s'il|s'ils|si|lorsqu\w*|cuando|en caso)\b")
_SANCTION_WORD = re.compile(r"\b(?:imprisonment|emprisonnement|reclusion|prision|presidio|years?|ans|anos|life"
                            r"|perpetuite|perpetua|fine|amende|multa)\b")


_WAIVER_HINT = re.compile(r"whether|absence|independ|necess|need|requi|none|aucun|ningun|sin que|sans que|aun|even"
                          r"|meme|exig|abstraction|regardless")


def _means_of_conduct(doc: Document, uid: str, means: str) -> bool:
    """True when a means stands in the conduct of the offence, not only in a condition of its penalty set
    after the penalty words in the same paragraph (items of a penalty list run inline)."""
    hits = doc.hits_of(uid, means)
    if not hits:
        return False
    # Means named only to be dispensed with ("irrespective of whether any threat, force or deception was
    # used") are not means of the conduct.
    if _WAIVER_HINT.search(doc.folded(uid)):
        provision = doc.legislation.get(uid)
        waived = waived_means(provision.text, provision.language)
        hits = [h for h in hits if not any(a <= h.start < b for a, b in waived)]
        if not hits:
            return False
    penalties = doc.hits_of(uid, v("penalty"))
    if not penalties:
        return True
    first_penalty = min(h.start for h in penalties)
    folded = doc.folded(uid)

    def in_penalty_condition(start: int) -> bool:
        # A sanction, then a condition, then the means: "passible de l'emprisonnement à perpétuité s'il
        # enlève"; not "A person commits an offence if the person recruits another by force".
        sanction = _SANCTION_WORD.search(folded, first_penalty, start)
        return sanction is not None and _PENALTY_CONDITION.search(folded, sanction.end(), start) is not None

    return any(h.start < first_penalty or not in_penalty_condition(h.start) for h in hits)


def _purpose_stated(doc: Document, members: tuple[str, ...]) -> bool:
    # A lead-in that ends on the purpose ("... une personne dans le but :", "for the purpose of—") states
    # the aim of the exploitation its items name ("1° de la livrer à la prostitution ;").
    lead = doc.folded(members[0]).rstrip(" \t\n:—–-")
    aims = (v("exploitation"), v("any_exploitation"), *PURPOSES)
    if len(members) > 1 and _LEAD_PURPOSE.search(lead[-60:]) and any(
            doc.has(uid, item) for uid in members[1:] for item in aims):
        return True
    for uid in members:
        folded = doc.folded(uid)
        for item in (v("exploitation"), v("any_exploitation"), *PURPOSES):
            for hit in doc.hits_of(uid, item):
                if _PURPOSE_MARKER.search(folded[max(0, hit.start - 80):hit.start]):
                    return True
    return False


def _unit_naming(doc: Document, unit: str) -> str:
    """How the article as a whole is named: its heading or a penalty clause naming trafficking ("own"),
    a heading above it ("division"), or not at all."""
    if doc.heading_hits.get(unit, {}).get(v("trafficking_name")):
        return "own"
    if any(doc.has(m.uid, v("trafficking_name")) and doc.has(m.uid, v("penalty")) for m in doc.members.get(unit, ())):
        return "own"  # "(2) Whoever commits the offence of trafficking shall be punished ..."
    provision = doc.legislation.get(unit)
    if any(doc.heading_hits.get(a.uid, {}).get(v("trafficking_name")) for a in doc.legislation.ancestors(provision)):
        return "division"
    return ""


def _naming(doc: Document, unit_naming: str, members: tuple[str, ...]) -> str:
    if any(doc.has(uid, v("trafficking_name")) for uid in members):
        return "own"
    return unit_naming


def unit_liability(doc: Document, unit: str) -> bool:
    """True when an article creates an offence: a penalty, or a prohibition or definition punished elsewhere."""
    if doc.unit_has(unit, v("penalty"), heading=False) or unit in doc.penalised:
        return True
    return any(_PROHIBITION.search(doc.folded(m.uid)) for m in doc.members.get(unit, ()))


def _roots(doc: Document, unit: str) -> list[tuple[str, tuple[str, ...]]]:
    """The paragraphs of an article, each with its list items; the article itself when it has none."""
    leg = doc.legislation
    provision = leg.get(unit)
    children = leg.children(provision)
    if not children:
        return [(unit, (unit,))]
    out = []
    paragraphs = [c for c in children if leg.children(c) or c.kind.value == "paragraph"]
    if provision.language == "fr" and provision.text.rstrip().endswith(":"):
        # A French lead-in that opens a list ("... dans le but :") reads its numbered items ("1° ...") with
        # it, however the reader labelled them.
        paragraphs = []
    points = [c for c in children if c not in paragraphs]
    if provision.text.strip() and points:
        # "Any person who - (a) ... (b) ...": the article's own lead-in with its points.
        out.append((unit, (unit, *(p.uid for p in points), *(d.uid for p in points for d in leg.descendants(p)))))
    elif provision.text.strip():
        out.append((unit, (unit,)))
    for child in paragraphs if paragraphs else ([] if provision.text.strip() else points):
        out.append((child.uid, (child.uid, *(d.uid for d in leg.descendants(child)))))
    return out


def _candidate_units(doc: Document) -> list[str]:
    """Articles with an act of trafficking or its name in them or above them (read from the postings)."""
    leg = doc.legislation
    wanted: set[str] = set()
    for item in (*ACTS, v("trafficking_name")):
        wanted.update(doc.unit_of.get(uid, "") for uid in doc.postings.get(item, ()))
    wanted.update(uid for uid, hits in doc.heading_hits.items() if hits.get(v("trafficking_name")))
    named_divisions = {uid for uid, hits in doc.heading_hits.items()
                       if hits.get(v("trafficking_name")) and uid not in doc.members}
    out = []
    for unit in doc.units:
        if unit.uid in wanted or (named_divisions and any(a.uid in named_divisions for a in leg.ancestors(unit))):
            out.append(unit.uid)
    return out


def frames(doc: Document) -> list[Frame]:
    """Every frame of every article that carries conduct of trafficking or names it."""
    out: list[Frame] = []
    for unit in _candidate_units(doc):
        liability = unit_liability(doc, unit)
        unit_naming = _unit_naming(doc, unit)
        for root, members in _roots(doc, unit):
            acts = frozenset(a for a in ACTS if any(doc.has(uid, a) for uid in members))
            named = _naming(doc, unit_naming, members)
            if not acts and not named:
                continue
            # Items that set the penalty ("(a) imprisonment for life, if he abducts the person") are
            # aggravations, not means of the offence: their means stay out of the slot.
            means_members = [uid for uid in members if uid == root or not doc.has(uid, v("penalty"))]
            means = frozenset(m for m in MEANS if any(_means_of_conduct(doc, uid, m) for uid in means_members))
            purposes = frozenset(p for p in PURPOSES if any(doc.has(uid, p) for uid in members))
            exploitation = bool(purposes) or any(
                doc.has(uid, v("exploitation")) or doc.has(uid, v("any_exploitation")) for uid in members)
            root_provision = doc.legislation.get(root)
            out.append(Frame(
                unit=unit, root=root, members=members, acts=acts,
                person=any(_person_object(doc, doc.legislation.get(uid)) for uid in members),
                means=means, purposes=purposes, exploitation=exploitation,
                purpose_stated=_purpose_stated(doc, members),
                child=any(doc.has(uid, v("child")) for uid in members),
                condition=bool(_CONDITION.search(doc.folded(root))) and root != unit,
                named=named,
                smuggling_named=any(doc.has(uid, v("smuggling_name")) for uid in members)
                or bool(doc.heading_hits.get(unit, {}).get(v("smuggling_name"))),
                liability=liability and any(doc.legislation.get(uid).text.strip() for uid in members),
                definition=bool(root_provision.defines) or any(doc.has(uid, v("definition")) for uid in members)
                or any(doc.legislation.get(uid).defines for uid in members),
            ))
    return out


def is_trafficking(frame: Frame) -> bool:
    """The legislature names it trafficking, or conduct on a person aims at exploitation.

    Invented example of the second kind: "Whoever by violence or deceit enlists, moves or lodges
    persons so that they are exploited is punished by ten years' imprisonment": no word
    "trafficking", yet the offence of trafficking.
    """
    if not (frame.liability or frame.definition) or not frame.acts:
        return False
    if frame.named == "own":
        return True
    if frame.smuggling_named:
        return False
    exploitative = frame.exploitation and frame.purpose_stated
    if frame.named == "division":
        # A chapter heading ("Offences against liberty: abduction, trafficking ...") covers its
        # articles only where they read as trafficking themselves.
        return frame.person and (exploitative or len(frame.acts) >= 2)
    return frame.person and exploitative and (len(frame.acts) >= 2 or bool(frame.means))


# The smuggled person as the subject of an offence (SOM art. 5): a foreigner who used a smuggler, a
# person who has been brought in. A general offence of irregular entry by anyone is not this.
# The relative clause of the subject names the smuggler it used ("who used / paid / had recourse to a
# smuggler", "que hubiere ingresado por medio de un traficante").
_USED_SMUGGLER = (r"(?:\w+\W+){0,10}(?:smugglers?|passeurs?|traficantes?(?! de)|coyotes?|polleros?"
                  r"|services of a person who|the services of)")
_WAS_SMUGGLED = (r"(?:has been|have been|is|was|were|are|a ete|est|s'est fait|haya sido|ha sido|fuere|sea|fue)\s+"
                 r"(?:smuggled|brought|conveyed|introduced|introduit\w*|transporte\w*|introducid\w*|trasladad\w*"
                 r"|objeto de)")
_MIGRANT_SUBJECT = re.compile(
    r"(?:^|[.;:]\s+|\b(?:any|every|a|the|tout|toute|un|une|el|la|todo|toda)\s+|\bl')"
    r"(?:foreigners?|aliens?|migrants?|non-nationals?|non-citizens?|immigrants?|persons?|etrangers?|personnes?"
    r"|extranjer[oa]s?|migrantes?|personas?)\s+(?:who|qui|que|quien)\s+(?:\w+\s+){0,2}"
    rf"(?:{_USED_SMUGGLER}|{_WAS_SMUGGLED})"
)
_MIGRANT_HINT = re.compile(r"smuggl|passeur|trafican|coyote|poller|services|servicios|brought|conveyed|introdu"
                           r"|transporte|trasladad|objeto de")
_NOT_LIABLE = re.compile(r"\b(?:not|no|ne|n'|ni)\b[^.;]{0,40}\b(?:liab|prosecut|punish|responsab|poursuiv|puni|sancion"
                         r"|castig|penal)")


def migrant_subject(doc: Document, provision: Provision) -> re.Match[str] | None:
    """Where a provision makes the smuggled person, as such, the author of an offence (positive evidence)."""
    folded = doc.folded(provision.uid)
    if not _MIGRANT_HINT.search(folded):
        return None  # most provisions of a code: no smuggler named and no one "brought in"
    m = _MIGRANT_SUBJECT.search(folded)
    if m is None or _NOT_LIABLE.search(folded[m.end():m.end() + 200]):
        return None
    return m
