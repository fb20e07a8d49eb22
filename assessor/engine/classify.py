"""Classification and scope, as a lawyer reads them: which provisions are the trafficking and the
smuggling offences, and what they use.

The acts, means and purposes of trafficking count only inside the trafficking offence and the
definitions it uses, not anywhere in the text. An article is a trafficking offence when one of its
frames (`frames.py`) is: named trafficking by the legislature, or conduct on a person aimed at
exploitation; a smuggling offence when it facilitates a person's irregular entry or stay (and its
author is not the smuggled person). From those cores the scope grows to:
- the definitions whose terms the core uses, followed transitively;
- the units the core refers to ("as defined in section 2", "articles 50 to 53", "this chapter");
- the aggravations beside it and the offences and rules that refer back to it ("an offence under
  section 4 is aggravated where ...", "For the purposes of section 2 a person is exploited if ...",
  "las penas del presente capítulo se agravarán ...").
A code's general part (rules for offences in general) governs the offences too (`general_rules`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from assessor.engine.document import Document, v
from assessor.engine.frames import ACTS, MEANS, PURPOSES, Frame, frames, is_trafficking, migrant_subject
from assessor.engine.values import Offence
from assessor.legislation.model import Provision
from assessor.text import fold

# A rule tied to the provisions it names: "for the purposes of section 4", "au sens de", "pour l'application
# de", "aux fins de l'article 501" (not "aux fins d'exploitation", a purpose), "a los efectos de".
_FOR_THE_PURPOSES = re.compile(
    r"\b(?:for the purposes of|within the meaning of|au sens de|pour l'application de|a (?:los )?(?:efectos|fines) de"
    r"|para los fines de"
    r"|(?:for the purpose of|aux fins (?:de l'|de la |des |du |d')|pour les besoins (?:de l'|de la |des |du )"
    r"|para (?:los )?(?:efectos|fines) de(?:l| los| las| la)?)\s*"
    r"(?:this |that |the |ce |cette |la |le |les |el |los |las )?"
    r"(?:sections?|subsections?|articles?|art\.|alin[ée]as?|paragraphes?|paragraphs?|parts?|chapters?|chapitres?"
    r"|sous-sections?|titres?|pr[ée]sente?s?|act|law|loi|code|c[óo]digo|ley|art[íi]culos?|incisos?|cap[íi]tulos?"
    r"|numeral|presente|dicho)\b)", re.IGNORECASE)
_CONDITIONAL = re.compile(r"\b(?:lorsqu|lorsque|where|when|if|cuando|si|en caso)\b")
# A sentence that punishes ("is punished", "est puni", "será castigado"), accents folded.
_PUNISHED = re.compile(r"\b(?:punish\w*|puni\w*|castigad\w*|sancionad\w*|reprimid\w*|commits an offence|guilty"
                       r"|liable|passible|encourt)\b")
_MEANING_HEADING = re.compile(r"^(?:meaning|definition|interpretation)s?\b(?:\s+of\s+(?P<term>.+))?$"
                              r"|^(?:définitions?|definiciones?|interprétation)\b", re.IGNORECASE)


@dataclass
class Scope:
    """The provisions of one offence family and how they were reached."""

    cores: list[str] = field(default_factory=list)  # unit uids of the offences themselves
    provisions: set[str] = field(default_factory=set)  # every provision uid in scope
    reason: dict[str, str] = field(default_factory=dict)  # provision uid -> why it is in scope

    def add_unit(self, doc: Document, unit: str, reason: str) -> None:
        for member in doc.members.get(unit, ()):
            self.add(member.uid, reason)

    def add(self, uid: str, reason: str) -> None:
        if uid not in self.provisions:
            self.provisions.add(uid)
            self.reason[uid] = reason


@dataclass
class Scopes:
    """Every scope the rules need."""

    trafficking: Scope
    smuggling: Scope
    offences: set[str]  # unit uids that create an offence (penalty wording)
    act_provision: dict[str, Provision]  # trafficking core unit -> the provision carrying its acts
    frames: list[Frame] = field(default_factory=list)  # every frame with conduct of trafficking or its name


def _is_offence(doc: Document, unit: str) -> bool:
    return doc.unit_has(unit, v("penalty"), heading=False) or unit in doc.penalised




def _acts(doc: Document, unit: str) -> set[str]:
    return {a for a in ACTS if doc.unit_has(unit, a, heading=False)}




# Smuggling is facilitating a person's entry, transit, exit or stay: the verb alone ("promueva o facilite
# la ejecución de las conductas") is complicity in whatever offence it stands in.
_MOVEMENT = re.compile(r"\b(?:entr\w*|enter\w*|exit\w*|transit\w*|stay\w*|remain\w*|resid\w*|arriv\w*|depart\w*"
                       r"|border\w*|frontier\w*|ingres\w*|egres\w*|salida\w*|salir|permanen\w*|estancia|internar\w*"
                       r"|sortie|sejour\w*|circulation|frontiere\w*|pais|pays|territor\w*|territoire|country|immigra\w*"
                       r"|inmigra\w*"
                       r"|come|comes|coming|came|bring\w*|brought|into|land|landing|admission|admitted|travel\w*"
                       r"|passage|venir|venue|introdu\w*|llegad\w*)\b")
# Crossing a border or passing into another State ("el cruce ilegal de la frontera", "el paso de personas a otro
# Estado", "le franchissement de la frontière"): a movement when a person other than the author is moved (the
# passage of mail or goods is not smuggling).
_CROSSING = re.compile(r"\b(?:fronter\w*|paso|cruce\w*|cruza\w*|cross\w*|franchi\w*|otro estado|autre etat"
                       r"|another state|other state)\b")


# Facilitating a person's movement in the law's own clause, words between the verb and the movement
# ("promoviere o facilitare de manera ilegal el ingreso de personas al país", "aide sciemment à l'entrée
# irrégulière d'un étranger", an incise between commas: "facilite, contre paiement, l'entrée"), the
# movement's subject a person or the State's territory.
_FACILITATES_MOVEMENT = re.compile(
    r"\b(?:facilit\w*|promov\w*|promuev\w*|gestion\w*|favorec\w*|favorez\w*|organi[sz]\w*|assist\w*|aid\w*"
    r"|ayud\w*|aide\w*)\W+(?:[^,.;]{0,60},\s*)?(?:\w+\W+){0,4}?(?:the |la |el |l'|le |del |de la |du )?"
    r"(?:ingreso|egreso|entrada|salida|permanencia|estancia|entry|exit|stay|entree|sortie|sejour)\b"
    r"(?:\W+\w+){0,8}?\W+(?:personas?|persons?|personnes?|people|individus?|etrangers?|extranjer[oa]s?|migrant\w*"
    r"|non-nationals?|foreigners?|aliens?|ressortissants?|pais|pays|country|territor\w*|territoire|state|estado|etat"
    r"|republi\w*|frontier\w*|fronter\w*|border\w*)\b"
)


# Enabling a person to remain in the State by illegal means or without meeting its requirements (SOM art.
# 6(1)(c)), in the law's own clause: "permet à une personne de demeurer sur le territoire sans satisfaire
# aux conditions légales", "habilite a una persona para permanecer en el país sin haber cumplido los
# requisitos", "enables a foreigner to stay in the Republic unlawfully" (accents folded).
_ENABLES_STAY = re.compile(
    r"\b(?:enabl\w*|permit\w*|allow\w*|help\w*|assist\w*|facilitat\w*|permet\w*|aide\w*|facilit\w*|habilit\w*"
    r"|ayud\w*|favoris\w*|favorec\w*|favorez\w*)\b[^.;]{0,60}?"
    r"\b(?:remain\w*|stay\w*|resid\w*|demeur\w*|sejourn\w*|maintenir|maintien\w*|rester|permanec\w*|permanenc\w*"
    r"|residir|quedar\w*)\b")
_ILLEGAL_STAY = re.compile(r"\b(?:without|sans|sin|illegal\w*|unlawful\w*|irreguli\w*|ilegal\w*|irregular\w*"
                           r"|in violation|en violation|contrary|contrair\w*|not entitled|clandestin\w*"
                           # "who has no right to reside", "not entitled to remain", "sans droit au séjour", "no
                           # tenga derecho a permanecer", "without leave to remain"
                           r"|no right|not (?:lawfully|legally|authori[sz]ed|permitted)|no (?:permission|leave)"
                           r"|n'a pas le droit|n'est pas autorise\w*|sans droit|sin derecho|no tenga derecho"
                           r"|no (?:este|esta) autorizad\w*|no tiene derecho)\b")


_STAY_HINT = re.compile(r"remain|stay|resid|demeur|sejourn|mainten|maintien|rester|permanec|permanenc|quedar")
_MOVEMENT_HINT = re.compile(r"ingres|egres|entr|salida|sortie|exit|sejour|estancia|permanen|stay")


def _crossing(folded: str) -> bool:
    """A border crossed or another State entered by a person other than the offence's author."""
    return bool(_CROSSING.search(folded)) and bool(_NON_NATIONAL.search(_SUBJECT.sub(" ", folded)))


# Facilitating a person's crossing in the law's own clause: "facilite, contre rémunération, le franchissement
# irrégulier de la frontière par un étranger", "facilitates the crossing of the frontier by a non-national",
# "facilite el paso de personas": the crossing's subject a person (not mail or goods).
_CROSSING_HINT = re.compile(r"paso|cruce|passage|franchiss|crossing")
_FACILITATES_CROSSING = re.compile(
    r"\b(?:facilit\w*|promov\w*|promuev\w*|favorec\w*|favorez\w*|favoris\w*|organi[sz]\w*|assist\w*|aid\w*"
    r"|ayud\w*|aide\w*|procur\w*)\W+(?:[^,.;]{0,60},\s*)?(?:\w+\W+){0,4}?(?:the |la |el |le |del |du )?"
    r"(?:paso|cruce|passage|franchissement|crossing)\b(?:\W+\w+){0,10}?\W+(?:personas?|persons?|personnes?|people"
    r"|individus?|etrangers?|extranjer[oa]s?|migrant\w*|non-nationals?|foreigners?|aliens?)\b")


def enables_stay(folded: str) -> re.Match[str] | None:
    """Where a provision enables another's illegal stay in the State (SOM art. 6(1)(c))."""
    if not _STAY_HINT.search(folded):
        return None  # most provisions of a code: no word of staying at all
    m = _ENABLES_STAY.search(folded)
    return m if m is not None and _ILLEGAL_STAY.search(folded) else None


def _names_smuggling(doc: Document, unit: str) -> bool:
    """The article is named smuggling, or facilitates a movement across or a stay within the State."""
    if doc.unit_has(unit, v("smuggling_name")):
        return True
    return any((doc.has(m.uid, "SOM-6-1-a") and (_MOVEMENT.search(doc.folded(m.uid)) or _crossing(doc.folded(m.uid))))
               or (_MOVEMENT_HINT.search(doc.folded(m.uid)) and _FACILITATES_MOVEMENT.search(doc.folded(m.uid)))
               or enables_stay(doc.folded(m.uid))
               or (_CROSSING_HINT.search(doc.folded(m.uid)) and _FACILITATES_CROSSING.search(doc.folded(m.uid)))
               for m in doc.members[unit]) \
        or bool(doc.heading_hits.get(unit, {}).get("SOM-6-1-a"))


_SMUGGLING_EXPRESS = re.compile(r"smuggl|trafic (?:illicite )?de migrants|passeur|trafico (?:ilicito )?de migrantes"
                                r"|trafico ilegal de personas")


def _names_smuggling_expressly(doc: Document, unit: str) -> bool:
    """The offence's own words or heading call it smuggling (not only "facilitates the entry")."""
    provision = doc.legislation.get(unit)
    return any(_SMUGGLING_EXPRESS.search(doc.folded(m.uid)) for m in doc.members[unit]) or bool(
        _SMUGGLING_EXPRESS.search(fold(provision.heading or "")))




def _act_for_exploitation(doc: Document, unit: str) -> bool:
    """An act and the exploitation it serves in the same provision ("captare ... con fines de explotación")."""
    return any(
        any(doc.has(m.uid, a) for a in ACTS)
        and (doc.has(m.uid, v("exploitation")) or any(doc.has(m.uid, p) for p in PURPOSES))
        for m in doc.members.get(unit, ())
    )


# The aim of the conduct stated after the act (accents folded): "for the purpose of", "aux fins de", "con fines de".
_AIM = re.compile(r"\b(?:for the purposes? of|with (?:the )?intent(?:ion)? (?:of|to)|in order to|with a view to"
                  r"|aux fins d|a des fins d|en vue d|afin d|dans le but d"
                  r"|con (?:el |la )?(?:fin|fines|proposito|objeto|finalidad|objetivo) de|con fines|a fin de"
                  r"|con miras a)")


def _one_act_offence(doc: Document, frame: Frame) -> bool:
    """One act on a person, by a means, aimed at exploitation, all in one provision of an offence: "El que,
    mediante engaño, capte a una persona con fines de explotación sexual será castigado ..." (the Protocol's
    act, means and purpose). The aim must follow the act in its sentence: exploitation that is the offence's
    subject ("L'exploitation d'une personne tenue en servitude est le fait de la séquestrer") is not one."""
    if not (frame.means and frame.person and frame.liability and frame.purpose_stated) or frame.condition:
        return False
    aims = (v("exploitation"), v("any_exploitation"), *PURPOSES)
    for uid in frame.members:
        if not any(doc.has(uid, m) for m in frame.means):
            continue
        folded = doc.folded(uid)
        for act in frame.acts:
            for hit in doc.hits_of(uid, act):
                sentence_end = re.search(r"[.;]\s", folded[hit.end:])
                end = hit.end + (sentence_end.start() if sentence_end else len(folded))
                aim = _AIM.search(folded, hit.end, end)
                if aim and any(aim.end() <= h.start <= aim.end() + 80 for item in aims
                               for h in doc.hits_of(uid, item)):
                    return True
    return False


def trafficking_cores(doc: Document, smuggling: list[str], all_frames: list[Frame]) -> list[str]:
    """Units with a trafficking frame: an offence or definition of trafficking (see `frames.is_trafficking`)."""
    smuggling_set = set(smuggling)
    by_unit: dict[str, list[Frame]] = {}
    for frame in all_frames:
        if is_trafficking(frame):
            by_unit.setdefault(frame.unit, []).append(frame)
    cores = []
    for unit in (u.uid for u in doc.units):
        found = by_unit.get(unit)
        if not found:
            continue
        acts = set().union(*(f.acts for f in found))
        named = any(f.named == "own" for f in found)
        # Trafficking lists its acts: one act alone is some other offence ("benefits ... by receiving"),
        # unless the law defines trafficking by that act ("La traite ... est le fait de recruter").
        # A named offence of one act by coercive means ("organises the entry or receipt of a person by
        # coercion or deception") is trafficking too.
        # So is one act by a means for the purpose of exploitation in one offence clause, named or not
        # ("El que, mediante engaño, capte a una persona con fines de explotación sexual será castigado"):
        # the Protocol's act, means and purpose together.
        if len(acts) < 2 and not (named and (doc.unit_has(unit, v("definition"), heading=False)
                                             or (_is_offence(doc, unit) and (_act_for_exploitation(doc, unit)
                                                                             or any(f.means for f in found))))) \
                and not (_is_offence(doc, unit) and any(_one_act_offence(doc, f) for f in found)):
            continue
        if len(acts) < 2 and doc.unit_has(unit, "GP.use_of_services", heading=False):
            continue  # using a victim's services is another offence
        if not named and (_names_smuggling(doc, unit) or any(
            doc.references(m) & smuggling_set for m in doc.members[unit]
        )):
            continue  # a smuggling offence (or its aggravation) does not supply trafficking acts
        if doc.unit_has(unit, v("carrier"), heading=False) and not named:
            continue  # a carriers' duty "transports" passengers
        cores.append(unit)
    return cores


def smuggling_cores(doc: Document) -> list[str]:
    """Units that are smuggling offences: facilitating another's irregular entry or stay, punished.

    An offence whose author is the smuggled person ("the foreigner who used a smuggler") is not
    the smuggling offence: it is what SOM art. 5 forbids, and a red flag.
    """
    return [u.uid for u in doc.units
            if _names_smuggling(doc, u.uid) and _is_offence(doc, u.uid)
            and not doc.unit_has(u.uid, v("carrier"), heading=False)
            and not _only_the_migrant(doc, u.uid) and _about_people(doc, u.uid)]


_NON_NATIONAL = re.compile(r"\b(?:foreigners?|aliens?|migrants?|non-(?:nationals?|citizens?)|immigrants?|etrangers?"
                           r"|extranjer[oa]s?|migrantes?|inmigrantes?|persons?|personnes?|personas?)\b")
# The entry, import, exit or export of goods ("facilitates the entry of prohibited goods") is customs law.
# The goods may stand several words after the entry ("l'entrée sur le territoire de marchandises"), but no
# person between them ("the entry of a foreigner or of goods" is about a person too).
_GOODS_ENTRY = re.compile(
    r"\b(?:entry|import|exit|export|entree|importation|sortie|exportation|ingreso|entrada|importacion|salida"
    r"|exportacion|paso|cruce|passage|franchissement|crossing)\w*\W+"
    r"(?:(?!(?:foreigners?|aliens?|migrants?|non-nationals?|immigrants?|etrangers?|extranjer[oa]s?|migrantes?"
    r"|inmigrantes?|persons?|personnes?|personas?|people|individus?|individuals?)\b)\w+\W+){0,6}?"
    r"(?:goods|merchandise|articles|substances|biens|marchandises|bienes|mercancias|mercaderias)\b")
_SUBJECT = re.compile(r"\b(?:a|any|every) person who\b|\b(?:toute personne qui|quiconque)\b"
                      r"|\b(?:la persona que|el que)\b")


def _about_people(doc: Document, unit: str) -> bool:
    """False when the entry facilitated is of goods and no other person than the author is in the article."""
    text = " ".join(doc.folded(m.uid) for m in doc.members[unit])
    if not _GOODS_ENTRY.search(text):
        return True
    return bool(_NON_NATIONAL.search(_SUBJECT.sub(" ", _GOODS_ENTRY.sub(" ", text))))


def _only_the_migrant(doc: Document, unit: str) -> bool:
    """True when every paragraph that creates the article's offence punishes the smuggled person."""
    creating = [m for m in doc.members[unit] if doc.has(m.uid, v("penalty")) or doc.has(m.uid, v("smuggling_name"))]
    return bool(creating) and all(migrant_subject(doc, m) for m in creating)


def _grow(doc: Document, scope: Scope, cores: list[str], offences: set[str]) -> None:
    for core in cores:
        scope.cores.append(core)
        scope.add_unit(doc, core, "offence")
    core_set = set(cores)
    core_text = " ".join(doc.folded(p.uid) for c in cores for p in doc.members[c])
    core_provisions = [p for c in cores for p in doc.members[c]]
    # Units the offence refers to: "as defined in section 2", "in violation of this chapter".
    for provision in core_provisions:
        for unit in doc.references(provision) - core_set:
            scope.add_unit(doc, unit, "referred to by the offence")
        for unit in doc.division_references(provision) - core_set:
            if unit in offences:
                scope.add_unit(doc, unit, "offence of the same chapter")
    # Definitions of the terms the offence uses, followed transitively: "exploitation" includes
    # "forced labour", whose own definition is then read into the offence too.
    definitions = []
    for provision in doc.legislation.provisions:
        terms = list(provision.defines)
        m = _MEANING_HEADING.match(provision.heading or "")
        if m and m.group("term"):
            terms.append(m.group("term"))
        if terms:
            definitions.append((provision, terms))
    used_text = core_text
    for _ in range(4):
        added = []
        for provision, terms in definitions:
            if provision.uid not in scope.provisions and any(_uses(used_text, term) for term in terms):
                added.append(provision)
                for uid in [provision.uid, *(c.uid for c in doc.legislation.descendants(provision))]:
                    scope.add(uid, "definition used by the offence")
        if not added:
            break
        used_text = " ".join(doc.folded(p.uid) for p in added)
    # An aggravation placed right after the offence, without naming it ("Artículo 4. Agravantes.").
    order = [u.uid for u in doc.units]
    for core in cores:
        following = order[order.index(core) + 1:order.index(core) + 4]
        for unit in following:
            if unit in core_set or _acts(doc, unit) or _names_smuggling(doc, unit):
                break
            if any(doc.references(m) & core_set for m in doc.members[unit]):
                continue  # a rule for the offence (attempt, complicity) between it and its aggravation
            conditional_penalty = unit in offences and _CONDITIONAL.search(doc.folded(unit) + " " + " ".join(
                doc.folded(m.uid) for m in doc.members[unit][1:]))
            if not (doc.unit_has(unit, v("aggravation")) or conditional_penalty):
                break
            if _own_offence(doc, unit):
                break  # an offence of its own with its own aggravations (forgery after trafficking in a code)
            scope.add_unit(doc, unit, "aggravation of the offence")
    # Offences and rules that refer back to the offence: aggravations, "for the purposes of section 2",
    # and, in a second pass, those that refer to an aggravation ("the offences of article 5 are also
    # punished by confiscation", article 5 aggravating the offence).
    tied = set(core_set)
    for _ in range(2):
        added_units = _refer_back(doc, scope, tied, offences)
        if not added_units:
            break
        tied |= added_units
    for unit in doc.units:
        if unit.uid in core_set:
            continue
        for member in doc.members[unit.uid]:
            targets = doc.references(member)
            if targets & core_set:
                continue
            # "Las penas establecidas en el presente capítulo se agravarán ...": an aggravation of every
            # offence of its own chapter, the trafficking or smuggling offence among them.
            elif doc.division_references(member) & core_set and _aggravates(doc, member):
                scope.add_unit(doc, unit.uid, "aggravation of the chapter's offences")
                break


def _refer_back(doc: Document, scope: Scope, tied: set[str], offences: set[str]) -> set[str]:
    """Units that refer to a tied unit and are offences, "for the purposes of" rules or aggravations."""
    added: set[str] = set()
    for unit in doc.units:
        if unit.uid in tied:
            continue
        for member in doc.members[unit.uid]:
            if doc.references(member) & tied and (
                    unit.uid in offences or _FOR_THE_PURPOSES.search(member.text) or _aggravates(doc, member)):
                scope.add_unit(doc, unit.uid, "refers to the offence")
                added.add(unit.uid)
                break
    return added


_CRIME_NAME = re.compile(r"traffic|traite|trata\b|trata de")
# The author of an offence, as statutes name them (accents folded).
_AUTHOR = re.compile(r"\b(?:a|any|every) person who\b|\bwhoever\b|\bquiconque\b|\btoute personne qui\b"
                     r"|\bcelui qui\b|\ble fait de\b|\b(?:el|la|los|las) que\b|\bquien(?:es)?\b")


def _offences_using_defined_conduct(doc: Document, all_frames: list[Frame], cores: list[str],
                                    offences: set[str]) -> list[str]:
    """Offences built on a defined verb or term of trafficking: '"trafficks", in relation to a person, means
    recruits, transports ... the person' in the definitions, and "A person who trafficks another person for
    the purpose of that person's exploitation ... shall be guilty of an offence" elsewhere. The offence is
    the trafficking offence, read with its definition (conventions, rule 11)."""
    # The defined term must name the crime ("trafficks", "trafficking in persons", "la traite", "trata"), not
    # any other term the same definition gives ("exploitation" would reach every "exploitant d'un aéronef").
    terms = {term for f in all_frames if f.unit in cores and f.definition and is_trafficking(f)
             for term in doc.legislation.get(f.root).defines if _CRIME_NAME.search(fold(term))}
    if not terms:
        return []
    core_set = set(cores)
    out = []
    for unit in doc.units:
        if unit.uid in core_set or unit.uid not in offences or _names_smuggling(doc, unit.uid):
            continue
        members = doc.members[unit.uid]
        # An article that only punishes the defined crime ("Quiconque commet la traite ... est puni") adds no
        # element: it is the offence's penalty, reached as such; one that adds means or a purpose to the
        # defined verb ("trafficks another person for the purpose of exploitation by force") is the offence.
        if not any(doc.has(m.uid, item) for m in members for item in (*MEANS, *PURPOSES, v("exploitation"))):
            continue
        # The paragraph using the term creates the offence (its penalty or liability is there): a rule for
        # "a trafficked person" who "shall not be punished" is no offence.
        if any(_uses(doc.folded(m.uid), term) and doc.has(m.uid, v("penalty")) and not m.defines
               and (not doc.has(m.uid, v("victim")) or _AUTHOR.search(doc.folded(m.uid)))
               for m in members for term in terms):
            out.append(unit.uid)
    return out


def _named_penalties(doc: Document, scope: Scope) -> None:
    """Articles that punish the offence by its name, without acts of their own or a reference to it:
    the definition says what trafficking is, another article "La traite des êtres humains est punie de
    dix ans de réclusion" (with its attempt and complicity). A rule for the victims of trafficking is
    not one."""
    for unit in doc.units:
        members = doc.members[unit.uid]
        if unit.uid in scope.cores or any(m.uid in scope.provisions for m in members) or _acts(doc, unit.uid):
            continue
        # (A rule for victims names them; an offence has an author: "Any person who engages in trafficking
        # in persons commits an offence" speaks of persons, and punishes.)
        if any(doc.has(m.uid, v("trafficking_name")) and doc.has(m.uid, v("penalty"))
               and (not doc.has(m.uid, v("victim")) or _AUTHOR.search(doc.folded(m.uid)))
               and not doc.has(m.uid, v("smuggling_name")) for m in members):
            scope.add_unit(doc, unit.uid, "offence named by the law")


# Penalties raised in terms ("Les peines prévues à l'article 20 sont doublées lorsque ...", "the penalties under
# section 4 are increased by half where ...", "las penas previstas en el artículo 20 se duplicarán cuando ..."),
# accents folded.
_RAISED_PENALTY = re.compile(
    r"\b(?:penalt\w*|punishments?|sentences?|peines?|penas?|sanctions?|sanciones?)\b[^.;]{0,100}?\b(?:doubl\w*"
    r"|tripl\w*|increas\w*|raised|majore\w*|augmente\w*|aggrave\w*|portee?s?|duplic\w*|aument\w*|agrava\w*"
    r"|elevar\w*|increment\w*)\b")


def _aggravates(doc: Document, provision: Provision) -> bool:
    """A provision that raises a penalty: aggravation words, a penalty on a condition, or penalties raised in
    terms on a condition."""
    folded = doc.folded(provision.uid)
    return doc.has(provision.uid, v("aggravation")) or (
        (doc.has(provision.uid, v("penalty")) or bool(_RAISED_PENALTY.search(folded)))
        and bool(_CONDITIONAL.search(folded)))


def _own_offence(doc: Document, unit: str) -> bool:
    """True when an article opens with an offence of its own: its first paragraph punishes conduct
    unconditionally ("Whoever forges a seal is punished ..."), where an aggravation opens with its
    condition or its raised penalty."""
    first = next((m for m in doc.members[unit] if len(m.text.split()) >= 6), None)  # past a heading line
    if first is None or not doc.has(first.uid, v("penalty")):
        return False
    # The first sentence decides: "Whoever forges a seal is punished ... Where the offence is committed by a
    # legal person, ..." opens with an offence, its later condition notwithstanding.
    text = re.split(r"(?<=[.;])\s+(?=[A-Z\u00c0-\u00dd])", first.text, maxsplit=1)[0]
    if _AUTHOR.search(fold(text)) and _PUNISHED.search(fold(text)) and not _CONDITIONAL.match(fold(text)):
        return True
    text = doc.folded(first.uid)
    return not (_CONDITIONAL.search(text) or doc.has(first.uid, v("aggravation")))


# Endings that make a noun of a verb ("exploitation" of "exploit", "recrutement" of "recruter", "explotación"
# of "explotar"): a one-word defined term is used by every word of its stem ("de l'exploiter", "trafficks").
_NOUN_ENDINGS = ("ations", "ation", "acion", "aciones", "itions", "ition", "icion", "tions", "tion", "cion", "ements",
                 "ement", "amiento", "imiento", "miento", "ings", "ing", "ment")
_MIN_STEM = 5


def term_stem(term: str) -> str:
    """The stem a one-word defined term shares with its verb ("exploitation" -> "exploit"); the term itself
    when it has no nominal ending or the stem would be too short to be telling."""
    if " " in term:
        return term
    for ending in _NOUN_ENDINGS:
        if term.endswith(ending) and len(term) - len(ending) >= _MIN_STEM:
            return term[:-len(ending)]
    return term


@functools.lru_cache(maxsize=4096)
def _use_pattern(term: str) -> re.Pattern[str] | None:
    # Compiled once per defined term: a whole code asks tens of thousands of times (every definition, every scope).
    folded = fold(term).strip(" '\"“”«»")
    return re.compile(rf"\b{re.escape(term_stem(folded))}") if folded else None


def _uses(text: str, term: str) -> bool:
    """True when a text uses a defined term, or the verb or inflection of a one-word term ("exploiter",
    "exploited", "explotar" use "exploitation", "explotación")."""
    pattern = _use_pattern(term)
    return pattern is not None and pattern.search(text) is not None


# An article that defines an offence by its conduct, its penalty elsewhere: "Constitue le trafic illicite de
# migrants le fait de ...", "Constituye el delito de trata de personas la conducta de ..." (accents folded).
_CONSTITUTES = re.compile(
    r"^\W*constitu(?:e|ent|ye|yen)\s+(?:(?:l'infraction|le delit|le crime|el delito|la infraccion)\s+(?:de\s+|d'))?"
    r"(?:le |la |les |l'|el |los |las )?(?P<term>[^,;:.()]{3,80}?)\s+"
    r"(?:le fait|l'acte|les actes|el hecho|la conducta|la accion|los actos)\b")
_GENERIC_NAME = re.compile(r"^(?:une? |l')?(?:infractions?|delits?|crimes?|contraventions?|delitos?|crimen(?:es)?"
                           r"|faltas?)$")


def _named_by_penalty(doc: Document, offences: set[str]) -> set[str]:
    """Articles that define an offence ("Constitue X le fait de ...") whose penalty article names X without
    citing it ("X est puni de ...", "X será sancionado ..."): offences punished elsewhere."""
    named: dict[str, str] = {}
    for unit in doc.units:
        members = doc.members.get(unit.uid) or []
        m = _CONSTITUTES.match(doc.folded(members[0].uid)) if members else None
        if m and not _GENERIC_NAME.match(m.group("term").strip()):
            named[unit.uid] = m.group("term").strip()
    if not named:
        return set()
    out = set()
    penalties = [(u, doc.folded(m.uid)) for u in offences for m in doc.members[u] if doc.has(m.uid, v("penalty"))]
    for unit, term in named.items():
        pattern = re.compile(rf"\b{re.escape(term)}\b")
        if any(u != unit and pattern.search(text) for u, text in penalties):
            out.add(unit)
    return out


def compute_scopes(doc: Document) -> Scopes:
    """The trafficking and smuggling scopes of a body of legislation."""
    offences = {u.uid for u in doc.units if _is_offence(doc, u.uid)}
    # A unit listing the acts is an offence when a penalty provision refers to it ("Any person found
    # guilty of any of the acts enumerated in Section 4 shall suffer imprisonment ..."), or names the
    # offence it defines ("Constitue X le fait de ..." and, in another article, "X est puni de ...").
    penalised = {target for u in list(offences) for m in doc.members[u] if doc.has(m.uid, v("penalty"))
                 for target in doc.references(m)}
    penalised |= _named_by_penalty(doc, offences)
    doc.penalised = penalised - offences
    offences |= doc.penalised
    smuggling_units = smuggling_cores(doc)
    trafficking = Scope()
    all_frames = frames(doc)
    trafficking_units = trafficking_cores(doc, smuggling_units, all_frames)
    trafficking_units += _offences_using_defined_conduct(doc, all_frames, trafficking_units, offences)
    _grow(doc, trafficking, trafficking_units, offences)
    if trafficking.cores:
        _named_penalties(doc, trafficking)
    # An offence the legislature names trafficking is not also smuggling for facilitating an entry
    # ("organises or facilitates the entry of a person by coercion: offence of trafficking in persons").
    named = {f.unit for f in all_frames if f.named == "own" and f.unit in trafficking_units}
    smuggling_units = [u for u in smuggling_units if u not in named or _names_smuggling_expressly(doc, u)]
    smuggling = Scope()
    _grow(doc, smuggling, smuggling_units, offences)
    act_provision = {}
    for core in trafficking.cores:
        # The provision carrying the acts; an offence built on a defined verb has none: its first words.
        worded = [p for p in doc.members[core] if p.text.strip()] or doc.members[core]
        best = max(worded, key=lambda p: sum(len(doc.hits_of(p.uid, a)) for a in ACTS))
        act_provision[core] = best
    return Scopes(trafficking, smuggling, offences, act_provision, all_frames)


# A rule for offences in general, as a code's general part states it ("A person who attempts to
# commit an offence ...", "Est complice d'un crime ou d'un délit ...", "Son cómplices de un delito ...").
_GENERIC_OFFENCE = re.compile(
    r"\b(?:a|an|any|every|all) (?:criminal )?(?:offences?|crimes?|felon(?:y|ies)|misdemeanou?rs?)\b"
    r"|\b(?:un|tout|toute|les|des|d'un) (?:crimes?|delits?|infractions?)\b"
    r"|\b(?:un|todo|de un|todos los|cualquier) (?:delitos?|crimen(?:es)?|hechos? punibles?"
    r"|infracci(?:on|ones) penal(?:es)?)\b"
)
# "The offence", "l'infraction", "el delito" in an article that punishes conduct is that article's own
# offence: a forfeiture paragraph of the theft article governs theft only.


GENERAL_PART_ITEMS = ("TIP-5-2-a", "TIP-5-2-b", "TIP-5-2-c", "SOM-6-2-a", "SOM-6-2-b", "SOM-6-2-c", "UNTOC-10",
                      "UNTOC-12", "UNTOC-15-2")


def general_rules(doc: Document, scopes: Scopes) -> set[str]:
    """Provisions of a general part: rules for offences in general, outside the special-part offences.

    They count for the trafficking and smuggling offences they govern (conventions, rule 9) when
    the files create those offences. A rule that names the articles it governs ("the attempt of
    the offences of articles 6 and 7") is a rule for those articles, not a general one.
    """
    cores = set(scopes.trafficking.cores) | set(scopes.smuggling.cores)
    if not cores:
        return set()
    conduct_units = {f.unit for f in scopes.frames if f.acts}
    found: set[str] = set()
    # Only provisions with the words of a rule these elements ask for (attempt, complicity, organising,
    # legal persons, confiscation, jurisdiction) can be one: read from the postings.
    wanted = {uid for item in GENERAL_PART_ITEMS for uid in doc.postings.get(item, ())}
    for provision in doc.legislation.provisions:
        if provision.uid not in wanted:
            continue
        unit = doc.unit_of.get(provision.uid)
        if unit is None or unit in cores or unit in conduct_units:
            continue
        if not _GENERIC_OFFENCE.search(doc.folded(provision.uid)):
            continue
        if unit in scopes.offences and not _GENERIC_OFFENCE.search(doc.folded(unit)):
            continue  # a paragraph of a special-part offence (its own forfeiture, its own attempt)
        if doc.references(provision) - {unit}:
            continue  # it governs the articles it names (the offences' own rules are read from them)
        found.add(provision.uid)
    return found


_NAMED = {"own": "own words or heading", "division": "a heading above it", "": ""}
_SALE = re.compile(r"\b(?:sells?|sold|sale|buys?|bought|vend\w*|achet\w*|vent[ae]s?|compr\w*)\b")


def _short(ids: frozenset[str]) -> tuple[str, ...]:
    return tuple(i.rsplit(".", 1)[-1] for i in sorted(ids))


def read_offences(doc: Document, scopes: Scopes, child_specific: Callable[[Provision], bool]) -> list[Offence]:
    """The offences read in the legislation, in reading order: what the findings were decided from."""
    out: list[Offence] = []
    t_cores = set(scopes.trafficking.cores)
    for frame in scopes.frames:
        root = doc.legislation.get(frame.root)
        if frame.unit in t_cores and (is_trafficking(frame) or frame.condition):
            kind = ("aggravation of trafficking" if frame.condition
                    else "definition of trafficking" if frame.definition and not frame.liability
                    else "child trafficking" if child_specific(root) else "trafficking")
        elif frame.liability and frame.child and "TIP-3-a.act.transfer" in frame.acts \
                and _SALE.search(doc.folded(root.uid)):
            kind = "sale of children"
        else:
            continue
        out.append(Offence(kind, root.citation, root.uid, _short(frame.acts), _short(frame.means),
                           _short(frame.purposes), _NAMED.get(frame.named, "")))
    for unit in scopes.smuggling.cores:
        provision = doc.legislation.get(unit)
        out.append(Offence("smuggling", provision.citation, unit, named="own words or heading"
                           if _names_smuggling(doc, unit) else ""))
    for unit in scopes.offences:
        if unit not in t_cores and doc.unit_has(unit, "GP.use_of_services", heading=False) \
                and doc.unit_has(unit, v("victim"), heading=False):
            provision = doc.legislation.get(unit)
            out.append(Offence("use of a victim's services", provision.citation, unit))
    order = {p.uid: i for i, p in enumerate(doc.legislation.provisions)}
    return sorted(out, key=lambda o: order.get(o.provision, 0))
