"""Numbering and the citable units a statute's text holds besides its labels.

- section numbering read as a sequence (`sequence_consistency`): next numbers, inserted ones
  ("370A", "411 quáter"), restarts at 1 (a second Act);
- subdivisions cited by a word: explanations, provisos, Spanish parágrafos;
- definitions on their own lines or in "term | meaning" rows, and the terms a provision defines;
- amending clauses that quote what they insert, and the instrument they amend.
"""

from __future__ import annotations

import re

NUMBER_PARTS = re.compile(r"^(\d+)(.*)$")


def number_base(number: str) -> int | None:
    """The leading integer of a section number ("370A" -> 370, "271.2" -> 271, "177 bis" -> 177)."""
    m = NUMBER_PARTS.match(number.strip())
    return int(m.group(1)) if m else None


def continues(previous: str, number: str, seen: set[int]) -> bool:
    """True when `number` continues a numbering after `previous`.

    A higher number (extracts skip sections); an inserted one after its base ("9A", "370A",
    "411 quáter", "271.2" after "271.1"); a restart at 1 (a second Act in the file); or the next
    after any number already seen (the outer Act's numbering resumes after a quoted inserted
    section: 1, 2, 370A, 3).
    """
    a, b = number_base(previous), number_base(number)
    if a is None or b is None:
        return False
    if b > a or b == 1 or (b - 1) in seen:
        return True
    return b == a and number != previous


def sequence_consistency(numbers: list[str]) -> float:
    """The share of steps in a run of candidate section numbers that continue the sequence."""
    if len(numbers) < 2:
        return 0.0
    seen: set[int] = set()
    good = 0
    for previous, number in zip(numbers, numbers[1:], strict=False):
        base = number_base(previous)
        if base is not None:
            seen.add(base)
        good += continues(previous, number, seen)
    return good / (len(numbers) - 1)


# Amending clauses that quote what they insert or substitute.
INSERTS = re.compile(
    r"\b(?:incorp[óo]r[ae]se|interc[áa]l[ae]se|agr[ée]g[ae]se|ins[ée]rt[ae]se|sustit[úu]y[ae]se|reempl[áa]z[ae]se"
    r"|se (?:incorpora|inserta|intercala|agrega|sustituye)|il est inséré|ainsi rédigé|is inserted|are inserted"
    r"|is substituted|following sections?|remplacée?s? par les dispositions suivantes|est ainsi modifiée?"
    r"|complétée? par (?:les|des|un|une) (?:articles?|alinéas?|dispositions?)(?:\s+[\w-]+(?:\s+(?:à|au|et)\s+[\w-]+)?)?"
    r"\s+(?:suivant\w*|ainsi rédigé\w*)"
    r"|quedar[áa] redactad[oa]|queda redactad[oa]|is amended to read|shall read as follows)\b",
    re.IGNORECASE,
)
QUOTED_ARTICLE = re.compile(r"[“\"«]\s*(?=(?:Artículo|Articulo|ARTÍCULO|ARTICULO|Article|Art\.)\s+\d)")
# "Artículo 411 ter.- ...": an article's own label inside quoted text (a reference "el artículo
# 260." has neither the capital nor the dash).
INNER_ARTICLE = re.compile(
    r"(?:^|(?<=[\s\"“«]))(?=(?:Artículo|Articulo|ARTÍCULO|ARTICULO|Article|Art\.)\s+\d+[^.\n]{0,20}?\.\s*[-–—])"
)
QUOTE_END = re.compile(r"[”\"»]+\s*\.?\s*[”\"»]*\.?\s*$")
# Instruments an amending law names, and how an inserted article of each is cited. The main
# penal code has no prefix: its articles are cited by number alone.
INSTRUMENTS = [
    (re.compile(r"c[óo]digo procesal penal", re.IGNORECASE), "CPP"),
    (re.compile(r"decreto[- ]ley\s+N[º°o.]*\s*(\d[\d.]*\d)", re.IGNORECASE), "DL {0}"),
    (re.compile(r"c[óo]digo penal", re.IGNORECASE), ""),
]


def instrument(text: str) -> str | None:
    """The citation prefix of the instrument a clause names first ("" for the penal code), or None."""
    found = []
    for pattern, prefix in INSTRUMENTS:
        m = pattern.search(text)
        if m:
            found.append((m.start(), prefix.format(*m.groups())))
    return min(found)[1] if found else None


# A definition standing on its own line: '"abduct", in relation to an individual, means ...',
# '“Agency” means ...', '"child" includes ...'.
DEFINITION_LINE = re.compile(
    r"^[“\"‘'](?P<term>[^”\"’'\n]{1,80})[”\"’']\s*(?:\([^)]{1,40}\)\s*)?(?:,[^,;]{1,100},\s*)?"
    r"(?:means|includes|has the (?:same )?meaning|shall mean|shall include|refers to)\b"
)
# The same without quotation marks, a lower-case term at the head of its line ("child means ...").
UNQUOTED_DEFINITION = re.compile(
    r"^(?P<term>[a-z][a-z'’-]*(?: [a-z'’-]+){0,3})\s+(?:means|includes|has the (?:same )?meaning|shall mean)\b"
)
DEFINITION_ROW = re.compile(r"^(?P<term>[^|]{1,60}?)\s*\|\s*(?P<rest>[^|]*\S[^|]*)$")
DEFINITIONS_LEAD = re.compile(
    r"\b(?:interpretation|definitions?|in this (?:act|law|part|chapter)|définitions|on entend par"
    r"|definiciones|se entiende por|para los efectos de esta ley)\b",
    re.IGNORECASE,
)
SPECIAL_STYLES = frozenset({"Explanation", "parágrafo", "proviso"})
# "Explanation 1.—The expression ...", "Explanation.—", "Parágrafo 1o. ...", "PARÁGRAFO.",
# "Provided that ...", "Provided further that ...".
SUBDIVISION = re.compile(
    r"^(?:(?P<word>Explanation|Explication|Explicación|Par[áa]grafo|PAR[ÁA]GRAFO)"
    r"(?:\s+(?P<num>\d{1,2}|[IVX]{1,4}|[ÚU]nico|[ÚU]NICO|transitorio|TRANSITORIO|primero|PRIMERO|segundo|SEGUNDO"
    r"|tercero|TERCERO))?(?:(?<=\d)[oº°])?\s*(?:[.:]\s*[—–-]*|[—–-]+)\s*(?P<rest>.*)"
    r"|(?P<word2>Provided(?: (?:further|also|always|however))?,? that)\b.*)$"
)
ORDINAL_WORDS = {"primero": "1", "segundo": "2", "tercero": "3"}


def clean_ordinal(number: str) -> str:
    number = number.strip()
    return ORDINAL_WORDS.get(number.casefold(), number.casefold() if number.isalpha() and len(number) > 4 else number)


# Every definition pattern below ends on one of these verbs (or opens with "on entend par" / "se entiende por").
_DEFINING_VERB = re.compile(r"(?i)\b(?:mean|means|include|includes|refers?|has the (?:same )?meaning|s['’]entend"
                            r"|entend|d[ée]signe|signifi|comprend|comprennent|abarca|entiende|entender|consid[eé]r"
                            r"|designa|significa)")
DEFINITION_PATTERNS = [
    # A term at the head of its provision, a dash before its meaning ("(a) Trafficking in Persons – refers to
    # the recruitment ...", "Child – refers to a person below eighteen").
    re.compile(
        r"^\s*(?:\(?[a-z0-9]{1,3}[.)]\s*)?([A-ZÁÉÍÓÚ][\w'’ -]{1,60}?)\s*[–—-]+\s*"
        r"(?:refers? to|means|includes|shall mean|shall refer to|shall include|se refiere a|comprende|désigne"
        r"|s'entend|s’entend)\b"
    ),
    # A quoted term, possibly with a qualification between it and the verb ('"trafficks", in relation to
    # a person, means ...', '« mineur », au sens du présent titre, s'entend de ...').
    re.compile(
        r"[“\"'‘«]\s*([^”\"'’»]{1,60}?)\s*[”\"'’»]\s*(?:,\s*)?(?:(?:in relation to|with respect to|in respect of"
        r"|au sens d|aux fins d|a los efectos d|para los efectos d)[^,;:.“”\"«»]{1,60},\s*)?"
        r"(?:means|includes|shall mean|shall include|refers to|"
        r"has the meaning|s'entend|désigne|signifie|significa|designa|se entiende|se entenderá)",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?:on entend par|est considérée? comme|se entiende por|se entenderá por|se considerará)\s+[«“\"]?\s*"
        r"([^,:;«»“”\"]{2,60}?)\s*[»”\"]?\s*(?:[,:;]|\bel\b|\bla\b|\ble\b|\bles\b|\bl'|\blos\b|\blas\b)",
        re.IGNORECASE,
    ),
    # An unquoted term at the head of its sentence, or after an opening clause ("Aux fins du présent titre,"):
    # "L'exploitation s'entend de ...", "L'exploitation comprend ...", "La explotación comprende ...". The
    # term is a noun with its definite article, one to four words long; the verb follows it directly.
    re.compile(
        r"(?:^|[.;:]\s+|,\s+)(?:l'|l’|le\s|la\s|les\s|el\s|los\s|las\s)\s*"
        r"((?:(?!(?:qui|que|quien|quienes|lo|le|la|les|se|il|elle|ils|ne|n'|y|en|lui|no)\b)[^\W\d_][\w'’-]*\s+){0,3}?"
        r"(?!(?:qui|que|quien|quienes|lo|le|la|les|se|il|elle|ils|ne|y|en|lui|no)\b)[^\W\d_][\w-]+)\s+"
        r"(?:s'entend(?:ent)?\s+(?:de|d'|du|des)\b|s’entend(?:ent)?\s+(?:de|d’|du|des)\b"
        r"|comprend(?:e|en)?\b|comprennent\b|abarca\b)",
        re.IGNORECASE,
    ),
]


def defined_terms(text: str) -> tuple[str, ...]:
    """The terms a provision defines ("'exploitation' means", "on entend par", "se entenderá por")."""
    terms: list[str] = []
    if _DEFINING_VERB.search(text) is None:
        return ()  # most provisions of a code define nothing: no defining verb, no pattern to try
    for pattern in DEFINITION_PATTERNS:
        for m in pattern.finditer(text):
            term = " ".join(m.group(1).split()).strip(" ,.;:").casefold()
            if term and term not in terms and len(term.split()) <= 12:
                terms.append(term)
    return tuple(terms)
