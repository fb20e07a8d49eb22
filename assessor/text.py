"""Text normalisation for matching: Unicode, case, accents, tokens with offsets, stems per language.

Matching compares stems, so "recruits", "recruiting" and "recruitment" meet, as do
"héberger"/"hébergement" and "captare"/"captación". Every token keeps its character offsets in
the original text, so evidence can quote the law exactly as written.

Snowball leaves apart many forms of one verb (Spanish subjunctives "capte"/"acoja", future
subjunctives "captare", nominalisations "recepción"/"recibe"; French "recrutent"; English
"receipt"/"receives"). The verbs the instruments use therefore have lemma tables (`VERBS`): roots
per verb (with their stem changes: "acog"/"acoj", "reten"/"retien"/"retuv"), a conjugation class
whose endings are added to every root, and the nouns made from the verb. Every generated form's
stem is the lemma key ("@captar"), so a term's word meets the law's word in any person, tense and
mood. Forms are generated, not listed: a table entry is a root, not a paradigm.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple

import snowballstemmer

__all__ = ["Token", "fold", "lemma", "lemma_forms", "stem", "stemmer_for", "tokenize", "STEMMER_LANGUAGES", "VERBS"]

STEMMER_LANGUAGES = {"en": "english", "fr": "french", "es": "spanish", "de": "german", "it": "italian",
                     "pt": "portuguese", "nl": "dutch"}

# Ligatures and marks NFKD does not take apart, and typographic variants of the same letter.
_TRANSLATE = str.maketrans({"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ß": "ss", "ﬁ": "fi", "ﬂ": "fl",
                            "’": "'", "‘": "'", "ʼ": "'", "`": "'"})
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)
# French and Italian elisions: "l'hébergement" is "hébergement", "d'une" is "une".
_ELISION = re.compile(r"^(?:l|d|qu|n|s|c|j|m|t|lorsqu|puisqu|jusqu)'", re.IGNORECASE)


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# The accented letters of French and Spanish text, folded once: a whole code is folded letter by letter
# through this table, and only text with other characters takes the slower Unicode decomposition.
_ACCENTS = str.maketrans({c: _strip_accents(c) for c in "àáâãäåçèéêëìíîïñòóôõöùúûüýÿ"})


def fold(text: str) -> str:
    """Case-fold and strip accents: "Hébergement" -> "hebergement", "Œuvre" -> "oeuvre"."""
    if text.isascii():
        return text.lower()
    text = text.translate(_TRANSLATE).casefold()
    quick = text.translate(_ACCENTS)
    return quick if quick.isascii() else _strip_accents(text)


# -- lemmas -----------------------------------------------------------------------------------
# Endings per conjugation class, folded (no accents). Spanish "-ar": present, subjunctive,
# imperfect, preterite, future and conditional, both imperfect subjunctives ("captara",
# "captase"), the future subjunctive ("captare"), infinitive, gerund and participles; "-er"/"-ir"
# likewise. Enclitic pronouns ride on the infinitive and the gerund ("trasladarla", "acogiéndolos").
_ES_CLITICS = ("", "lo", "la", "los", "las", "le", "les", "se", "sela", "selo", "selos", "selas")
_ES_AR = ("o", "as", "a", "amos", "ais", "an", "e", "es", "emos", "eis", "en", "aba", "abas", "abamos", "aban",
          "aste", "aron", "are", "ares", "aremos", "aren", "ara", "aras", "aramos", "aran", "aria", "arias",
          "arian", "ase", "ases", "asemos", "asen", "ado", "ada", "ados", "adas",
          *(f"ar{c}" for c in _ES_CLITICS), *(f"ando{c}" for c in _ES_CLITICS))
_ES_ER = ("o", "es", "e", "emos", "imos", "eis", "is", "en", "a", "as", "amos", "ais", "an", "ia", "ias", "iamos",
          "ian", "i", "iste", "io", "ieron", "era", "eras", "eremos", "eran", "ere", "ira", "iras", "iremos", "iran",
          "ire", "eria", "erian", "iria", "irian", "iera", "ieras", "ieramos", "ieran", "iese", "ieses", "iesen",
          "iere", "ieres", "ieremos", "ieren", "ido", "ida", "idos", "idas",
          *(f"er{c}" for c in _ES_CLITICS), *(f"ir{c}" for c in _ES_CLITICS), *(f"iendo{c}" for c in _ES_CLITICS))
# French "-er" and "-ir" (accueillir conjugates its present like "-er"): present, subjunctive,
# imperfect, future, conditional, participles in both genders and numbers.
_FR_ER = ("e", "es", "ent", "er", "ez", "ons", "ee", "ees", "ant", "ait", "ais", "aient", "a", "erent", "ions",
          "iez", "era", "eras", "eront", "erait", "eraient", "erons")
_FR_IR = ("e", "es", "ent", "ir", "i", "ie", "is", "ies", "it", "ant", "ait", "aient", "ez", "ons", "era", "eront",
          "erait", "ira", "iront", "irait", "issent", "issant", "issait")
_FR_RE = ("s", "t", "", "ent", "re", "oir", "u", "ue", "us", "ues", "ant", "ait", "aient", "ra", "ront", "rait",
          "e", "es", "ez", "ons")
_EN = ("", "s", "es", "ed", "d", "ing", "e")
_ENDINGS = {"es-ar": _ES_AR, "es-er": _ES_ER, "fr-er": _FR_ER, "fr-ir": _FR_IR, "fr-re": _FR_RE, "en": _EN,
            "none": ("",)}


class Verb(NamedTuple):
    """A verb's lemma table: its roots (stem changes included), their conjugation class, its nouns."""

    roots: tuple[str, ...]
    conjugation: str
    nouns: tuple[str, ...] = ()  # whole folded words; their plurals are added


# The verbs the instruments use for acts and means, in the forms national laws draft them. Only
# verbs whose every generated form is that verb: not "tratar" ("se trata de"), not "traiter"
# (once folded, "traité" is also a treaty), not "conducir" ("conduce a" is "leads to"). Nor verbs
# whose voices carry different items: "a person who is brought into" (the migrant) must not
# meet "a person who brings into" (the smuggler), so "bring" has no table.
VERBS: dict[str, dict[str, Verb]] = {
    "es": {
        "captar": Verb(("capt",), "es-ar", ("captacion",)),
        "reclutar": Verb(("reclut",), "es-ar", ("reclutamiento",)),
        "enganchar": Verb(("enganch",), "es-ar", ("enganche",)),
        "atraer": Verb(("atra", "atraig", "atraj"), "es-er"),
        "transportar": Verb(("transport",), "es-ar", ("transporte",)),
        "trasladar": Verb(("traslad",), "es-ar", ("traslado",)),
        "movilizar": Verb(("moviliz", "movilic"), "es-ar", ("movilizacion",)),
        "transferir": Verb(("transfer", "transfier", "transfir"), "es-er"),
        "entregar": Verb(("entreg", "entregu"), "es-ar", ("entrega",)),
        "ceder": Verb(("ced",), "es-er", ("cesion",)),
        "suministrar": Verb(("suministr",), "es-ar", ("suministro",)),
        "acoger": Verb(("acog", "acoj"), "es-er", ("acogida", "acogimiento")),
        "alojar": Verb(("aloj",), "es-ar", ("alojamiento",)),
        "albergar": Verb(("alberg",), "es-ar"),  # not "albergue": also a shelter
        "ocultar": Verb(("ocult",), "es-ar", ("ocultamiento", "ocultacion")),
        "retener": Verb(("reten", "retien", "retuv", "reteng"), "es-er", ("retencion",)),
        "recibir": Verb(("recib",), "es-er", ("recepcion",)),
        "adquirir": Verb(("adquir", "adquier"), "es-er", ("adquisicion",)),
        "engañar": Verb(("engan",), "es-ar", ("engano",)),
        "amenazar": Verb(("amenaz", "amenac"), "es-ar", ("amenaza",)),
        "coaccionar": Verb(("coaccion",), "es-ar", ("coaccion",)),
        "intimidar": Verb(("intimid",), "es-ar", ("intimidacion",)),
        "secuestrar": Verb(("secuestr",), "es-ar", ("secuestro",)),
        "raptar": Verb(("rapt",), "es-ar", ("rapto",)),
        "explotar": Verb(("explot",), "es-ar", ("explotacion",)),
    },
    "fr": {
        "recruter": Verb(("recrut",), "fr-er", ("recrutement",)),
        "transporter": Verb(("transport",), "fr-er", ("transport",)),
        "transferer": Verb(("transfer",), "fr-er", ("transfert",)),
        "heberger": Verb(("heberg", "heberge"), "fr-er", ("hebergement",)),
        "accueillir": Verb(("accueill",), "fr-ir", ("accueil",)),
        "recevoir": Verb(("recev", "recoi", "recoiv", "recu"), "fr-re", ("reception",)),
        "deplacer": Verb(("deplac",), "fr-er", ("deplacement",)),
        "menacer": Verb(("menac",), "fr-er", ("menace",)),
        "contraindre": Verb(("contraind", "contraign", "contraint"), "fr-re"),
        "tromper": Verb(("tromp",), "fr-er", ("tromperie",)),
        "enlever": Verb(("enlev",), "fr-er", ("enlevement",)),
        "exploiter": Verb(("exploit",), "fr-er", ("exploitation",)),
    },
    "en": {
        "receive": Verb(("receiv",), "en", ("receipt",)),
        "harbour": Verb(("harbour", "harbor"), "en", ("harbourer", "harborer")),
        "transfer": Verb(("transfer", "transferr"), "en"),
        "convey": Verb(("convey",), "en", ("conveyance",)),
        "deceive": Verb(("deceiv",), "en", ("deception", "deceit")),
        "coerce": Verb(("coerc",), "en", ("coercion",)),
        "sell": Verb(("sell",), "en", ("sold",)),
        "buy": Verb(("buy",), "en", ("bought",)),
        "keep": Verb(("keep",), "en", ("kept",)),
        "give": Verb(("giv",), "en", ("gave", "given", "give")),
    },
}
_PLURALS = {"es": ("s", "es"), "fr": ("s",), "en": ("s",)}


def lemma_forms(language: str, lemma_name: str) -> frozenset[str]:
    """Every folded form a lemma table generates for one verb ("captar": "capte", "captare", ...)."""
    verb = VERBS[language][lemma_name]
    forms = {root + ending for root in verb.roots for ending in _ENDINGS[verb.conjugation]}
    forms.update(noun + plural for noun in verb.nouns for plural in ("", *_PLURALS.get(language, ())))
    return frozenset(f for f in forms if len(f) > 2)


@lru_cache(maxsize=16)
def _lemma_table(language: str) -> dict[str, str]:
    """Folded form -> lemma key, for one language's verb table."""
    table: dict[str, str] = {}
    for name in VERBS.get(language, {}):
        key = "@" + fold(name)
        for form in lemma_forms(language, name):
            table.setdefault(form, key)
    return table


def lemma(folded: str, language: str) -> str | None:
    """The lemma key of a folded word ("acoja" -> "@acoger"), or None when no verb table has it.

    Lemma keys begin with "@", so they never equal a Snowball stem.
    """
    return _lemma_table(language).get(folded)


class Token(NamedTuple):
    """A word of the text: its folded form, its stem, and where it stands in the original.

    A named tuple rather than a dataclass: a statute has tens of thousands of words, and a tuple
    is much cheaper to make.
    """

    folded: str
    stem: str
    start: int
    end: int


StemFunction = Callable[[str], str]


@lru_cache(maxsize=16)
def stemmer_for(language: str) -> StemFunction:
    """A cached stemming function for a language ("und" and unknown languages: no stemming)."""
    name = STEMMER_LANGUAGES.get(language)
    if name is None:
        return lambda word: word
    stemmer = snowballstemmer.stemmer(name)

    @lru_cache(maxsize=200_000)
    def _stem(word: str) -> str:
        # Stem the accented lower-case word (the Snowball rules know accents), then fold.
        return fold(stemmer.stemWord(word))

    return _stem


def stem(word: str, language: str) -> str:
    """The folded stem of one word in a language (its lemma key when a verb table knows it)."""
    lowered = _ELISION.sub("", word.casefold().translate(_TRANSLATE))
    return lemma(fold(lowered), language) or stemmer_for(language)(lowered)


@lru_cache(maxsize=400_000)
def _analyse(word: str, language: str) -> tuple[int, str, str] | None:
    """A word's elision offset, folded form and stem (cached: statutes repeat their words)."""
    lowered = word.casefold().translate(_TRANSLATE)
    offset = 0
    elided = _ELISION.match(lowered)
    if elided:
        offset = elided.end()
        lowered = lowered[offset:]
        if not lowered:
            return None
    folded = fold(lowered)
    return offset, folded, lemma(folded, language) or stemmer_for(language)(lowered)


def tokenize(text: str, language: str) -> list[Token]:
    """The words of a text with their folded forms, stems and offsets."""
    tokens: list[Token] = []
    for m in _WORD.finditer(text):
        analysed = _analyse(m.group(), language)
        if analysed is not None:
            offset, folded, stemmed = analysed
            tokens.append(Token(folded, stemmed, m.start() + offset, m.end()))
    return tokens
