"""Clause-level wording: a child's age, consent made irrelevant, means dispensed with for a child.

The lexicon finds terms word by word; some answers need the shape of a clause. These helpers
read a provision's text and return character spans in that text (offsets into the string given,
so evidence can quote it exactly). All take the text as written and a language code ("en", "fr",
"es"; another language gets English patterns).

API (for the engine's rules):

- `child_age_mentions(text, language) -> list[tuple[int, int, int]]`: `(start, end, age)` for
  each age that describes a person ("a person under eighteen years of age", "menor de dieciocho
  años", "mineur de quinze ans", "has not attained the age of 16"), never a prison term
  ("imprisonment for not less than eighteen years", "reclusión de dieciocho años", "pena no menor
  de dieciocho años"). Ages in words or digits, 10 to 21.
- `consent_irrelevance(text, language) -> list[tuple[int, int]]`: spans of clauses that make the
  victim's consent irrelevant, in all their drafting forms ("the consent of the victim is
  immaterial", "shall not be a defence that the person consented", "does not relieve the
  offender of liability", "no consent ... shall be valid", "le consentement ... n'exonère pas",
  "el consentimiento ... no exime"). Procedural consent ("with the consent of the Attorney
  General") is not the victim's.
- `no_means_for_child(text, language) -> list[tuple[int, int]]`: spans of clauses that dispense
  with the means where the victim is a child ("it is not necessary that any of those means be
  used where the victim is a minor", "aun cuando no concurra ninguno de los medios ... menor de
  edad", "même en l'absence de ... lorsque la victime est mineure").

- `minor_age_mentions(text, language) -> list[tuple[int, int, int]]`: the ages (10 to 18) below which a
  person is meant ("a person less than eighteen years old", "n'a pas atteint l'âge de dix-huit ans", "que
  no haya cumplido dieciocho años"): a child whatever word names them. Never "not less than".
- `waived_means(text, language) -> list[tuple[int, int]]`: spans where means are named only to be
  dispensed with ("irrespective of whether any threat, force or deception was used"), from the waiver to
  the end of its clause.

Each span covers the sentence (or the part of it) holding both halves of the clause.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assessor.text import fold

__all__ = ["child_age_mentions", "consent_irrelevance", "minor_age_mentions", "no_means_for_child", "plain",
           "waived_means"]

# Number words (accents folded) for the ages laws use.
_NUMBERS = {
    "en": {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
           "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "twenty-one": 21, "twenty one": 21},
    "fr": {"dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
           "dix-sept": 17, "dix-huit": 18, "dix-neuf": 19, "vingt": 20, "vingt et un": 21, "vingt-et-un": 21},
    "es": {"diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15, "dieciseis": 16,
           "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veinte": 20, "veintiuno": 21, "veintiun": 21},
}


def plain(text: str) -> str:
    """Lower case without accents, one character for one character (offsets stay those of `text`)."""
    if text.isascii():
        return text.lower()
    return "".join(map(_plain_char, text))


@lru_cache(maxsize=4096)
def _plain_char(char: str) -> str:
    # fold() also takes ligatures apart ("œ" -> "oe"); keep its first letter so offsets hold.
    return fold(char)[:1] or char


def _number(language: str) -> str:
    # Longest first, so "dix-huit" is not read as "dix"; a digit form may repeat in brackets
    # ("dieciocho (18) años").
    words = sorted(_NUMBERS.get(language, _NUMBERS["en"]), key=len, reverse=True)
    return r"(?P<n>" + "|".join(re.escape(w) for w in words) + r"|\d{1,2})(?:\s*\(\d{1,2}\))?"


def _age_value(token: str, language: str) -> int | None:
    token = token.strip()
    value = int(token) if token.isdigit() else _NUMBERS.get(language, _NUMBERS["en"]).get(token)
    return value if value is not None and 10 <= value <= 21 else None


@lru_cache(maxsize=8)
def _age_patterns(language: str) -> tuple[tuple[re.Pattern[str], ...], re.Pattern[str]]:
    """(person ages, prison terms) for a language; each person pattern names its number `n`."""
    n = _number(language)
    if language == "fr":
        person = (
            rf"\bmineure?s? de (?:moins de )?{n} ans",
            rf"\bagee?s? de (?:moins de |plus de )?{n} ans",
            rf"\bage de {n} ans",
            rf"\bmoins de {n} ans",
            rf"\b{n} ans revolus",
        )
        prison = r"(?:emprisonnement|reclusion|detention|prison|peine)[^.;]{0,40}$"
    elif language == "es":
        person = (
            rf"\bmenor(?:es)? de (?:edad de )?{n}(?: anos)?",
            rf"\bmenos de {n} anos (?:de edad|cumplidos)",
            # "persona mayor de dieciocho años": the child's line drawn from the adult's side; only at
            # majority ("si fueren mayores de 16 años" grants a work permit, it defines no child).
            r"\bmayor(?:es)? de (?P<n>dieciocho|18)(?:\s*\(18\))? anos",
            rf"\b{n} anos de edad",
            rf"\bedad de {n} anos",
            rf"\bcumplido (?:los |la edad de )?{n} anos",
        )
        # "pena no menor de dieciocho años ni mayor de ...": a range of years of prison.
        prison = r"(?:\bno|\bni|prision|reclusion|pena)\s*$"
    else:
        person = (
            rf"\b(?:under|below|younger than)\s+(?:the\s+age\s+of\s+)?{n}\b(?:\s+years?(?:\s+of\s+age|\s+old)?)?",
            rf"\b(?:less than|not more than)\s+{n}\s+years?\s+(?:of\s+age|old)",
            rf"\b(?:not|never)\s+(?:yet\s+)?(?:attained|reached|completed|turned)\s+(?:the\s+age\s+of\s+)?{n}\b",
            rf"\b{n}\s+years?\s+(?:of\s+age|old)",
            rf"\b(?:aged|the age of)\s+{n}\b",
        )
        prison = r"(?:imprison\w*|prison|term|sentence|jail|custody|servitude)\b[^.;]{0,40}$"
    return tuple(re.compile(p) for p in person), re.compile(prison)


def child_age_mentions(text: str, language: str) -> list[tuple[int, int, int]]:
    """Ages that describe a person, as (start, end, age): never the length of a prison term."""
    folded = plain(text)
    patterns, prison = _age_patterns(language)
    near = _PERSON_NEAR.get(language, _PERSON_NEAR["en"])
    found: dict[int, tuple[int, int, int]] = {}
    for person in patterns:
        for m in person.finditer(folded):
            age = _age_value(m.group("n"), language)
            if age is None:
                continue
            before = folded[max(0, m.start() - 60):m.start()]
            if prison.search(before) and not near.search(before):
                continue  # "imprisonment for a term of under eighteen years", "pena no menor de dieciocho"
            if _YEARS_OF_PRISON.match(folded, m.end()):
                continue  # "under eighteen years of imprisonment", "menor de dieciocho años de prisión"
            # Overlapping readings of one age ("under the age of 18", "the age of 18") count once.
            start = m.start("n")
            if start not in found or m.end() - m.start() > found[start][1] - found[start][0]:
                found[start] = (m.start(), m.end(), age)
    return sorted(found.values())


# The age as an upper bound: the person is below it ("a person less than eighteen years old", "who has not
# attained the age of eighteen", "below the age of 18", "aged under 18", "qui n'a pas atteint l'âge de dix-huit
# ans", "âgée de moins de 18 ans", "que no haya cumplido dieciocho años"), read in the age's span or just
# before it. "Eighteen years of age or over" and "mayor de dieciocho años" draw the line from the adult's side.
_BELOW = {
    "en": re.compile(r"\b(?:under|below|younger than|(?<!not )less than|not more than|(?:not|never)\s+(?:yet\s+)?"
                     r"(?:attained|reached|completed|turned|attain|reach|complete))\b[^.;]{0,25}$"),
    "fr": re.compile(r"(?:\bmoins de|\bmineure?s?|\binferieur\w* a|\bpas (?:encore )?(?:atteint|accompli|"
                     r"atteindre))\b[^.;]{0,25}$"),
    "es": re.compile(r"\b(?:menor(?:es)?|menos de|inferior a|no (?:\w+ ){0,2}?(?:cumplido|cumplidos|cumplir"
                     r"|alcanzado|alcanzar))\b[^.;]{0,25}$"),
}
_MINOR_AGE = {"en": re.compile(r"\b(?:eighteen|seventeen|sixteen|fifteen|fourteen|thirteen|twelve|1\d)\b"),
              "fr": re.compile(r"\b(?:dix-huit|dix-sept|seize|quinze|quatorze|treize|douze|1\d)\b"),
              "es": re.compile(r"\b(?:dieciocho|diecisiete|dieciseis|quince|catorce|trece|doce|1\d)\b")}


def minor_age_mentions(text: str, language: str) -> list[tuple[int, int, int]]:
    """Ages (10 to 18) below which a person is meant, as (start, end, age): the person is a child whatever
    word names them ("where the victim is a person less than eighteen years old"). Never a prison term."""
    lang = language if language in _BELOW else "en"
    folded = plain(text)
    if not _MINOR_AGE[lang].search(folded):
        return []  # most provisions: no age at all
    out = []
    for start, end, age in child_age_mentions(text, language):
        number = _MINOR_AGE[lang].search(folded, start, end)
        if age <= 18 and number is not None and _BELOW[lang].search(folded[max(0, start - 40):number.start()]):
            out.append((start, end, age))
    return out


# A person named between a penalty and the age: "the penalty is doubled where the victim is under 18".
_PERSON_NEAR = {
    "en": re.compile(r"\b(?:person|child|victim|individual|minor|girl|boy|who|is|was|being)\b[^.;]{0,30}$"),
    "fr": re.compile(r"\b(?:personne|victime|enfant|mineur|mineure|lorsque|qui|est)\b[^.;]{0,30}$"),
    "es": re.compile(r"\b(?:persona|victima|nino|nina|sea|fuere|fuera|es|quien)\b[^.;]{0,12}$"),
}
_YEARS_OF_PRISON = re.compile(r"\s*(?:years?\s+|anos\s+|ans\s+)?(?:of\s+)?(?:imprisonment|in prison|d'emprisonnement"
                              r"|de prison|de reclusion|de prision|de pena|ni mayor)")


# -- consent ------------------------------------------------------------------------------------
_SENTENCE = re.compile(r"[^.;:\n]+(?:[.;:](?!\d)|\n|$)")

_CONSENT = {
    "en": r"\bconsent(?:s|ed|ing)?\b|\bagreement of the (?:victim|person)\b",
    "fr": r"\bconsent(?:ement|i|ie|is|ies|e)\b|\baccord de la victime\b",
    "es": r"\bconsenti(?:miento|do|da|dos|das)\b|\bconsient[ae]n?\b|\bconsintier[ae]n?\b|\basentimiento\b",
}
# Consent that is not the victim's: prosecution, extradition, a minister's or a court's leave.
_OTHER_CONSENT = {
    "en": r"consent (?:of|from) (?:the )?(?:attorney|director|minister|court|prosecutor|secretary|state|judge|dpp)"
          r"|consent to (?:extradition|prosecution|the transfer)|(?:written|informed) consent",
    "fr": r"consentement (?:du|de l'|a l')(?:procureur|ministre|extradition|juge)|consentement (?:ecrit|eclaire)",
    "es": r"consentimiento (?:del|para la) (?:juez|fiscal|ministro|extradicion)"
          r"|consentimiento (?:informado|por escrito)",
}
_IRRELEVANT = {
    "en": (r"\birrelevant\b|\bimmaterial\b|\bnot (?:a |be a |constitute a |afford a )?(?:valid )?defen[cs]e\b"
           r"|\bno defen[cs]e\b|\b(?:not|never) relieve\w*\b|\bnot (?:be )?(?:valid|a bar|an excuse)\b"
           r"|\bno consent\b[^.;]{0,150}\bvalid\b|\bnot be (?:taken into account|considered|relevant)\b"
           r"|\b(?:regardless|irrespective) of\b|\bnotwithstanding\b|\bwith or without\b|\bwhether or not\b"
           r"|\b(?:cannot|shall not|may not) be (?:invoked|relied upon|relied on|raised)\b"
           r"|\b(?:not|never) (?:affect|negate|exclude|excuse|exonerate|diminish)\w*\b|\bno (?:legal )?effect\b"
           # A negated verb whose object is the offender's liability ("does not free the accused from
           # criminal liability"), whatever the verb.
           r"|\b(?:not|never)\b[^.;]{0,60}\b(?:criminal )?(?:liability|responsibility)\b"),
    "fr": (r"\bindifferente?s?\b|\bn'exonere\b|\bne l'exonere\b|\bn'exclu[ts]?\b|\bne fait pas obstacle\b"
           r"|\bsans (?:effet|incidence)\b|\bn'a aucune (?:incidence|effet)\b|\bne produit aucun effet\b"
           # "ne peut en aucun cas être invoqué", "ne saurait jamais exonérer"
           r"|\bne (?:peut|saurait|pourra)(?: en aucun cas| jamais)? (?:etre )?(?:invoque|retenu|pris en compte"
           r"|exonerer|decharger|justifier|excuser)|\bn'est pas pris en compte\b"
           r"|\bne sera pas pris en compte\b|\bn'attenue pas\b|\bne decharge pas\b|\bnonobstant\b"
           r"|\bn'exempte pas\b|\bne dispense pas\b|\bn'enleve rien\b|\bn'ote rien\b|\bn'efface pas\b"
           r"|\bavec ou sans\b|\bmeme avec\b|\bquel que soit\b|\baucun consentement\b"
           r"|\bne (?:constitue|constituera|saurait constituer|peut constituer)(?: pas| en aucun cas| jamais)?"
           r" (?:une |un )?(?:cause|excuse|fait justificatif|moyen de defense|circonstance attenuante)"
           # "que la victime y ait consenti ou non", "même si la victime a consenti"
           r"|\bconsenti\w* ou non\b|\bou non (?:son |le |leur )?consent"
           r"|\bmeme (?:si|lorsque|quand)\b[^.;]{0,80}\bconsent"
           # A negated verb whose object is the author's liability ("ne dégage pas l'auteur de sa
           # responsabilité", "ne le libère en rien de sa responsabilité pénale"), whatever the verb;
           # consent "pas valable" or "sans valeur".
           r"|\b(?:ne|n')\s?[^.;]{0,40}?\b(?:pas|point|nullement|aucunement|en rien)\b[^.;]{0,60}\bresponsabilite"
           r"|\b(?:pas|non) valables?\b|\bsans valeur\b|\bde nul effet\b"),
    "es": (r"\birrelevante\b|\bno exim\w*\b|\bno exclu\w*\b|\bcarec\w* de (?:todo )?efectos?\b"
           r"|\bno (?:sera|seran) (?:tenido|tenida|considerado|considerada|valido|valida)s?\b"
           r"|\bno se (?:tendra|tomara|considerara) en cuenta\b|\bno tendra (?:ningun )?efecto\b"
           r"|\bno tendra validez\b|\bno (?:constituye|constituira|sera) (?:en ningun caso )?causal?\b"
           r"|\bno (?:podra|puede|podran|pueden) (?:ser )?(?:invoca|alega|aduci|esgrimi|considera)\w*\b"
           r"|\bno atenua\w*\b|\bcon o sin\b|\bindependientemente\b|\bno exonera\w*\b"
           r"|\ben ningun caso se (?:tendra|tomara|considerara|admitira|aceptara)\b"
           r"|\bcarec\w* de (?:todo )?(?:valor|validez)\b"
           r"|\baun con (?:el|su) consentimiento\b|\bcon independencia de(?:l| su)? consentimiento\b"
           r"|\bconsentid[oa]s? o no\b|\bmedie o no\b|\bo no (?:su |el )?consentimiento\b"
           r"|\baun (?:cuando|si) (?:mediare|medie|existiere|exista|hubiere|haya)\b|\baunque (?:mediare|medie)\b"
           r"|\bningun consentimiento\b|\ben ningun caso (?:puede|podra|sera)\b"
           r"|\b(?:factor|causa) de (?:justificacion|legitimacion|exclusion|exencion)\b"
           # A negated verb whose object is the author's liability ("no libera al autor de su
           # responsabilidad penal"), whatever the verb.
           r"|\bno\b[^.;]{0,60}\bresponsabilidad\b"),
}


@lru_cache(maxsize=8)
def _consent_patterns(language: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    lang = language if language in _CONSENT else "en"
    return re.compile(_CONSENT[lang]), re.compile(_OTHER_CONSENT[lang]), re.compile(_IRRELEVANT[lang])


def consent_irrelevance(text: str, language: str) -> list[tuple[int, int]]:
    """Spans of clauses that make the victim's consent irrelevant (no defence, no effect on liability)."""
    folded = plain(text)
    consent, other, irrelevant = _consent_patterns(language)
    spans: list[tuple[int, int]] = []
    for offset, body in _clauses(folded):
        mentions = [m for m in consent.finditer(body)
                    if not other.search(body, max(0, m.start() - 10), m.end() + 40)]
        if not mentions:
            continue
        words = list(irrelevant.finditer(body))
        pairs = [(c, w) for c in mentions for w in words if abs(c.start() - w.start()) <= 200]
        if pairs:
            start = min(min(c.start(), w.start()) for c, w in pairs)
            end = max(max(c.end(), w.end()) for c, w in pairs)
            spans.append((offset + start, offset + end))
    return _distinct(spans)


def _distinct(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans in order, each once (list items sharing a lead-in give the same span)."""
    return sorted(set(spans))


def _clauses(folded: str) -> list[tuple[int, str]]:
    """Sentences with their offsets; a list item carries its lead-in.

    "It shall be irrelevant —" on one line and "(a) whether the victim consented;" on the next are
    one clause: a segment ending in a colon or a dash opens a list that runs until a full stop.
    """
    clauses: list[tuple[int, str]] = []
    lead: tuple[int, str] | None = None
    for sentence in _SENTENCE.finditer(folded):
        body = sentence.group()
        stripped = body.rstrip()
        if lead is not None and len(body) + sentence.start() - lead[0] < 1200:
            start = lead[0]
            clauses.append((start, folded[start:sentence.end()]))
        else:
            lead = None
            clauses.append((sentence.start(), body))
        if stripped.endswith((":", "\u2014", "\u2013", " -")):
            lead = lead or (sentence.start(), body)
        elif stripped.endswith("."):
            lead = None
    return clauses


# -- no means for a child -----------------------------------------------------------------------
_CHILD = {
    "en": r"\b(?:child|children|minor|minors|juvenile|juveniles|under (?:the age of )?(?:eighteen|18))\b",
    "fr": r"\b(?:mineure?s?|enfants?|moins de (?:dix-huit|18) ans)\b",
    "es": (r"\bmenor(?:es)? de (?:edad|dieciocho|18)\b|\b(?:sea|fuere|fuera|es|resulte|fueren|sean) menor(?:es)?\b"
           r"|\bnin(?:o|a|os|as)\b|\badolescentes?\b"),
}
_NO_MEANS = {
    "en": (r"\b(?:is|shall|will) not (?:be )?(?:necessary|required|needed)\b"
           r"|\bneed not (?:be )?(?:prove|proved|proven|establish|established|show|shown)\b"
           r"|\beven (?:if|where|though|when|in the absence of) (?:none|no|any)\b"
           r"|\b(?:whether|irrespective of whether|regardless of whether) or not (?:any of )?(?:the|those|such) means\b"
           r"|\b(?:irrespective|regardless) of (?:the|any|whether) means\b"
           r"|\bwithout (?:the )?(?:use|proof) of (?:any of )?(?:the |those |such )?means\b"
           r"|\bnone of (?:the|those|these|such) means\b|\bno (?:proof|evidence) of (?:the |any )?means\b"
           # "even if it does not involve any of the means", "it is immaterial whether any of those means"
           r"|\beven (?:if|where|though) (?:it|this|that|the (?:act|conduct)) (?:does|did) not (?:involve|include)\b"
           r"|\b(?:immaterial|irrelevant) whether (?:or not )?(?:any of )?(?:the|those|such) means\b"
           # "even without any of the said means", "without recourse to any of those means"
           r"|\b(?:even )?without (?:recourse to |resort to )?(?:any of )?(?:the said|those|these|such|the) means\b"
           # "irrespective of whether any threat, force, deception or other means was used"
           r"|\b(?:irrespective|regardless|independently) of whether\b[^.;]{0,80}?\b(?:means|force|threats?|coercion"
           r"|deception|fraud|violence|abduction|abuse)\b"
           r"|\bwhether or not (?:by |through |with )?(?:the use of )?(?:any |the )?(?:threats?|force|coercion"
           r"|deception|fraud|violence|means)\b"),
    "fr": (r"\bmeme (?:en l'absence|si aucun|lorsqu'aucun|lorsque aucun|sans)\b"
           r"|\bsans qu'il soit (?:necessaire|besoin)\b"
           r"|\bil n'est pas (?:necessaire|requis|exige)\b|\bn'est pas (?:exige|requis)e?\b|\baucun des moyens\b"
           r"|\bquel que soit le moyen\b|\bmeme si (?:elle|il)s? n'(?:est|a|sont|ont)\b|\baucune des circonstances\b"
           # "les moyens ... ne sont pas requis", "sans que l'emploi de ces moyens soit nécessaire"
           r"|\bne sont pas (?:exiges|requis|necessaires)\b|\bn'est pas necessaire\b"
           r"|\bsans que\b[^.;]{0,100}\bsoi(?:t|ent) (?:necessaires?|requis|exiges?|etablis?|prouves?)\b"
           r"|\bindependamment (?:des|de l'emploi|de l'usage|du recours)\b|\babstraction faite des\b"),
    "es": (r"\baun (?:cuando|si) no\b|\baunque no\b|\bincluso (?:cuando|si) no\b"
           r"|\bsin que (?:sea|fuere|resulte) necesari\w*\b|\bno (?:sera|es|resulta) necesari\w*\b"
           r"|\bno se (?:requerira|requiere|exigira|exige)\b|\bninguno de los medios\b"
           r"|\bcualquiera que (?:sea|fuere) el medio\b|\bcon independencia de (?:los medios|que)\b"
           # "sin necesidad de que concurra", "aun sin mediar", "no será exigible"
           r"|\bsin necesidad de\b|\baun sin\b|\bno (?:sera|es|resulta) (?:exigible|requerid[oa])s?\b"
           r"|\bsin que (?:medie|concurra|se (?:haya|hubiere) (?:empleado|utilizado|recurrido))\b"
           # "independientemente de los medios empleados", "independientemente de que se haya empleado"
           r"|\bindependientemente de(?:l| los| las| la| que| si)?\b[^.;]{0,80}?\b(?:medios?|violencia|amenazas?"
           r"|engano|coaccion|fuerza|fraude|abuso|intimidacion)\b"),
}


@lru_cache(maxsize=8)
def _child_patterns(language: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    lang = language if language in _CHILD else "en"
    return re.compile(_CHILD[lang]), re.compile(_NO_MEANS[lang])


def no_means_for_child(text: str, language: str) -> list[tuple[int, int]]:
    """Spans of clauses that dispense with the means where the victim is a child."""
    folded = plain(text)
    child, no_means = _child_patterns(language)
    spans: list[tuple[int, int]] = []
    for offset, body in _clauses(folded):
        # A child by name, or by an age below which a person is one ("a person less than eighteen years old").
        children = [m.span() for m in child.finditer(body)]
        children = children or [(a, b) for a, b, _ in minor_age_mentions(body, language)]
        dispensing = list(no_means.finditer(body))
        if children and dispensing and _names_means_or_proof(body, language):
            start = min(children[0][0], dispensing[0].start())
            end = max(children[-1][1], dispensing[-1].end())
            spans.append((offset + start, offset + end))
    return _distinct(spans)


def waived_means(text: str, language: str) -> list[tuple[int, int]]:
    """Spans where means are named only to be dispensed with, from the waiver to the end of its clause
    ("irrespective of whether any threat, force or deception was used", "independientemente de los medios
    empleados", "même en l'absence de menace ou de tromperie"): means named there are not required."""
    folded = plain(text)
    _, no_means = _child_patterns(language)
    spans = []
    for offset, body in _clauses(folded):
        m = no_means.search(body)
        if m is not None and _names_means_or_proof(body[m.start():], language):
            spans.append((offset + m.start(), offset + len(body)))
    return spans


# The dispensed thing must be the means (or a list of them), not knowledge of the age: "it is not
# necessary to prove that the accused knew the child's age" dispenses with no means.
_MEANS_WORDS = {
    "en": r"\bmeans\b|\bforce\b|\bcoercion\b|\bthreat|\bdeception\b|\bfraud\b|\babuse of",
    "fr": r"\bmoyens?\b|\bcirconstances\b|\bcontrainte\b|\bviolence|\bmenace|\btromperie\b|\bfraude\b|\babus\b",
    "es": r"\bmedios?\b|\bviolencia\b|\bintimidacion\b|\bcoaccion\b|\bengano\b|\bamenaza|\bfraude\b|\babuso\b",
}
_AGE_KNOWLEDGE = {
    "en": r"\bknew\b|\bknowledge\b|\bbelieved\b|\bmistake as to\b",
    "fr": r"\bconnaissait\b|\bignorait\b|\berreur sur l'age\b",
    "es": r"\bconocia\b|\bdesconocia\b|\berror sobre la edad\b",
}


def _names_means_or_proof(body: str, language: str) -> bool:
    lang = language if language in _MEANS_WORDS else "en"
    if re.search(_AGE_KNOWLEDGE[lang], body) and not re.search(r"\bmeans\b|\bmoyens\b|\bmedios\b", body):
        return False
    return re.search(_MEANS_WORDS[lang], body) is not None
