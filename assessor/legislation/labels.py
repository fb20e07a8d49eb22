"""Recognising the numbering labels that statutes put at the start of a provision.

One table of patterns serves the segmenter (which cuts provisions at labels) and the
readers (which must not join a line that starts with a label onto the line before it).
The patterns follow drafting practice in English, French and Spanish:

- divisions: PART 1, Chapter III, TITLE II, TÍTULO VII bis, Livre II, Chapitre V,
  Section 1 bis : ..., Sous-section 2, Capítulo I, Libro II
- articles: Section 2, Sec. 2, s. 2, 2. / 2 Heading (numbered sections), Article 5,
  Art. 5, Article 225-4-1, Art. L. 823-1, Article L823-1, Artículo 177 bis., ARTICULO 2°,
  § 1589., 279.01
- paragraphs and points: (1), 1., 1°, I. -, II.-, (a), a), a., (i), i), A., -, •
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ROMAN = r"(?:[IVXLC]+)"
LATIN_SUFFIX = r"(?:bis|ter|quater|quáter|quinquies|sexies|septies|octies|nonies|decies|[A-H])"
# 5, 5A, 5 bis, 177 bis, 225-4-1, L. 823-1, L823-1, R. 12, 279.01, 2°, 2º
LATIN_WORDS = r"(?:bis|ter|quater|quáter|quinquies|sexies|septies|octies|nonies|decies)"
ARTICLE_NUMBER = (
    r"(?-i:[LRDA])?(?:\.?\s?(?=\d))?"  # French code prefixes: L. (législative), R., D., A.
    rf"\d+(?:{LATIN_WORDS}\b|(?-i:[A-Z])\b|-(?-i:[A-Z])\b|-{LATIN_WORDS}\b)?"  # 433quinquies, 5A, 129-A
    r"(?:[-–.]\d+(?-i:[A-Z])?)*"  # 225-4-1, 279.01
    r"(?:\.?\s?[°ºª]|o(?=[.\s]|$))?"  # 2°, 5.º, 3.ª, "1o." (Mexican and Colombian "primero")
    # 177 bis, 145 ter, 5 A; not the article "A" opening the section's sentence ("S. 6 A person who ...")
    rf"(?:\s+(?:{LATIN_WORDS}|(?-i:[A-H])(?!\s+(?-i:[a-z])))\b)?"
    r"(?:[-–]\d+)*"  # 225-4-1 after bis? rare
)

DIVISION_WORDS = (
    r"part|partie|parte|book|livre|libro|title|titre|título|titulo|chapter|chapitre|capítulo|capitulo"
    r"|sous-section|subsection|sub-part|subpart|division|schedule|annex|annexe|anexo|sección|seccion"
)
ARTICLE_WORDS = r"article|art\.|artículo|articulo|artigo|section|sec\.|s\.|§§?"

_SPACE = r"[ \t\u00a0]"


@dataclass(frozen=True, slots=True)
class Label:
    """A numbering label found at the start of a line.

    `kind` is `division`, `article`, `paragraph` or `point`; `style` names the numbering
    pattern (`(1)`, `1.`, `1°`, `I.`, `(a)`, `a)`, `(i)`...) so the segmenter can nest by
    style; `number` is the label's number as written ("225-4-1", "177 bis", "1", "a").
    `word` is the word before the number ("Article", "Section", "§"), if any; `rest` is
    what follows the label on the line.
    """

    kind: str
    style: str
    number: str
    word: str
    rest: str
    raw: str


_DIVISION = re.compile(
    rf"^(?P<word>(?:{DIVISION_WORDS})){_SPACE}+(?P<num>{ROMAN}(?-i:[A-H])?(?:[-.]\d{{1,2}}\b)?|\d+[A-Z]?(?:-\d{{1,2}}\b)?|[A-Z]|(?:premier|première|1er|ier|primero|primera|único|unico|única|unica|unique|one|two|three|four|five|six|seven|eight|nine|ten))"
    # An ordinal indicator after the number ("Sección 3.ª", "Capítulo 2.º", "Título 1°") belongs to it.
    rf"(?:\.?[°ºª](?=\W|$))?(?:{_SPACE}+(?P<suffix>{LATIN_SUFFIX}))?\b\.?(?P<rest>.*)$",
    re.IGNORECASE,
)
# French codes: "Section 1 bis : De la traite" is a division (the colon gives it away), and so is
# "Section II.– Du trafic" (a Roman number, a full stop and a dash, as Belgian-style codes print it).
_SECTION_DIVISION = re.compile(
    rf"^(?P<word>section){_SPACE}+(?P<num>\d+|{ROMAN})(?:{_SPACE}+(?P<suffix>{LATIN_SUFFIX}))?(?:(?<=[IVXLC])\.)?{_SPACE}*[:–—-]{_SPACE}+(?P<rest>\S.*)$",
    re.IGNORECASE,
)
_ARTICLE_WORD = re.compile(
    rf"^(?P<word>article|art\.|artículo|articulo|artigo|section|sec\.|s\.|§§?)"
    rf"{_SPACE}*(?P<num>{ARTICLE_NUMBER})(?P<rest>.*)$",
    re.IGNORECASE,
)
# "ARTICULO 2°", "Artículo único", "Article premier", "Artículo PRIMERO"
_ES_UNITS = ["primero", "segundo", "tercero", "cuarto", "quinto", "sexto", "séptimo", "octavo", "noveno"]
_ES_TENS = [
    "décimo",
    "vigésimo",
    "trigésimo",
    "cuadragésimo",
    "quincuagésimo",
    "sexagésimo",
    "septuagésimo",
    "octogésimo",
    "nonagésimo",
]
_UNIT = r"(?:primero|segundo|tercero|cuarto|quinto|sexto|s[eé]ptimo|octavo|noveno)"
_TEN = (
    r"(?:d[eé]cimo|vig[eé]simo|trig[eé]simo|cuadrag[eé]simo|quincuag[eé]simo|sexag[eé]simo|septuag[eé]simo"
    r"|octog[eé]simo|nonag[eé]simo)"
)
# "PRIMERO", "DÉCIMO", "VIGÉSIMO PRIMERO", "décimo tercero"
SPANISH_ORDINALS = rf"{_TEN}(?: {_UNIT})?|{_UNIT}"
_ARTICLE_ORDINAL = re.compile(
    rf"^(?P<word>article|artículo|articulo){_SPACE}+(?P<num>premier|1er|único|unico|unique|{SPANISH_ORDINALS})\b(?P<rest>.*)$",
    re.IGNORECASE,
)
# Bare section numbers at the start of a line, followed by a heading or text: "2. Meaning of exploitation",
# "2 Meaning of exploitation" (UK style), "279.01 (1) Every person who".
_BARE_SECTION = re.compile(
    r"^(?P<num>\d{1,4}[A-Z]{0,2}(?:\.\d{1,3})?)\.?(?P<sep>[ \t\u00a0]+|[—–-]+\s*|$)(?P<rest>.*)$"
)

_POINTS: list[tuple[str, str, re.Pattern[str]]] = [
    # (kind, style, pattern); order matters: the first that matches wins.
    (
        "paragraph",
        "(1)",
        re.compile(r"^[-–•]?\s*\((?P<num>\d{1,3}[A-Z]{0,2}(?:\.\d{1,2})?)\)(?P<rest>(?:\s|$|\(|(?=[A-Z“\"‘'])).*)$"),
    ),
    ("paragraph", "1°", re.compile(r"^(?P<num>\d{1,3})\.?\s?[°ºª](?:\)|\.|-)?(?P<rest>(?:\s|$).*)$")),
    ("paragraph", "I.", re.compile(rf"^(?P<num>{ROMAN})\s?(?:\.|\)|-|–|—)\s*(?:[-–—]\s*)?(?P<rest>(?:\S).*)$")),
    ("point", "(a)", re.compile(r"^[-–•]?\s*\((?P<num>[a-z]{1,2})\)(?P<rest>(?:\s|$|\(|(?=[A-ZÁÉÍÓÚa-z“\"‘])).*)$")),
    ("point", "(i)", re.compile(r"^[-–•]?\s*\((?P<num>[ivxl]+)\)(?P<rest>(?:\s|$).*)$")),
    ("point", "(A)", re.compile(r"^[-–•]?\s*\((?P<num>[A-Z]{1,2})\)(?P<rest>(?:\s|$).*)$")),
    ("point", "a)", re.compile(r"^(?P<num>[a-zñ]{1,2})\)(?P<rest>(?:\s|$|(?=[A-ZÁÉÍÓÚ])).*)$")),
    ("point", "i)", re.compile(r"^(?P<num>[ivxl]+)\)(?P<rest>(?:\s|$).*)$")),
    ("point", "A)", re.compile(r"^(?P<num>[A-Z])\)(?P<rest>(?:\s|$|(?=[A-ZÁÉÍÓÚ])).*)$")),
    ("point", "1)", re.compile(r"^(?P<num>\d{1,3})\)(?P<rest>(?:\s|$).*)$")),
    # "1- l'exploitation sexuelle ;": a number and a hyphen then a space (Maghreb codes).
    ("point", "1-", re.compile(r"^(?P<num>\d{1,2})-(?P<rest>\s+\S.*)$")),
    ("point", "a.", re.compile(r"^(?P<num>[a-z])\.(?P<rest>\s.*)$")),
    ("point", "A.", re.compile(r"^(?P<num>[A-Z])\.(?P<rest>\s.*)$")),
    ("point", "-", re.compile(r"^(?P<num>[-–•])\s+(?P<rest>.*)$")),
]


def _clean_number(number: str) -> str:
    number = re.sub(r"\s+", " ", number.strip()).replace("º", "°").replace("ª", "°")
    number = re.sub(r"\.\s?°", "°", number)  # "5.º" is "5°"
    number = re.sub(r"(?<=\d)o$", "°", number)  # "1o." is "1°"
    return number.rstrip(".")


def division_label(line: str) -> Label | None:
    """A Part/Chapter/Title heading ("TÍTULO VII bis. De la trata de seres humanos")."""
    m = _SECTION_DIVISION.match(line) or _DIVISION.match(line)
    if not m:
        return None
    rest = m.group("rest").strip()
    # "Part of the proceeds ..." is a sentence, not a heading: a division's rest is short or
    # introduced by punctuation.
    if rest and not re.match(r"^[\s.:–—-]", m.group("rest")) and len(rest) > 120:
        return None
    number = m.group("num") + (f" {m.group('suffix')}" if m.group("suffix") else "")
    return Label(
        "division", m.group("word").lower(), _clean_number(number), m.group("word"), rest.lstrip(".:–—- ").strip(), line
    )


_LETTER_AFTER_NUMBER = re.compile(r"^\.\s?(?-i:([A-Z]))\.\s?[-–—]\s")


def article_label(line: str) -> Label | None:
    """An article or section label with its word ("Article 225-4-1", "§ 1589.", "s. 2")."""
    m = _ARTICLE_ORDINAL.match(line) or _ARTICLE_WORD.match(line)
    if not m:
        return None
    word = m.group("word")
    rest = m.group("rest")
    # "Section 2 of the Act provides" is a sentence about a section, not its label; "S. 1 In this Act, ..."
    # (a capital: the section's first sentence) is one (a line in capitals throughout is read either way).
    flags = re.IGNORECASE if rest.upper() == rest else 0
    if re.match(r"^\s*(?:of|de|del|du|des|in|to|and|or|et|ou|y|o|shall|applies|provides)\b", rest, flags):
        return None
    if re.match(r"^\s*\(", rest) and word.lower() in {"s.", "section", "sec."} and re.match(r"^\s*\(\d", rest) is None:
        return None
    number = _clean_number(m.group("num"))
    lettered = _LETTER_AFTER_NUMBER.match(rest) if re.fullmatch(r"\d+", number) else None
    if lettered is not None:
        # "Artículo 166. A.- Formas agravadas": the letter of an inserted article ("166-A") set off by
        # the same full stop and dash that close the label.
        number, rest = f"{number}-{lettered.group(1)}", rest[lettered.end():]
    if number.replace(" ", "").isalpha():
        # "PRIMERO", "Primero" and "primero" are one article, article 1, as "1o." and "1er" are.
        number = ordinal_number(number) or number.casefold()
    elif number == "1er":
        number = "1"
    # "411 BIS" is cited "411 bis".
    number = re.sub(rf"\b{LATIN_WORDS}\b", lambda w: w.group().casefold(), number, flags=re.IGNORECASE)
    return Label("article", word.lower().rstrip("."), number, word, rest.lstrip(" .:–—-").strip(), line)


def ordinal_number(word: str) -> str | None:
    """The number a Spanish or French ordinal names ("VIGÉSIMO PRIMERO" -> "21", "premier" -> "1")."""
    text = word.casefold()
    if text in {"premier", "première"}:
        return "1"
    for plain, accented in (("septimo", "séptimo"), ("decimo", "décimo"), ("gesimo", "gésimo")):
        text = text.replace(plain, accented)
    parts = text.split()
    value = 0
    if parts and parts[0] in _ES_TENS:
        value += 10 * (_ES_TENS.index(parts[0]) + 1)
        parts = parts[1:]
    if parts and parts[0] in _ES_UNITS:
        value += _ES_UNITS.index(parts[0]) + 1
        parts = parts[1:]
    return str(value) if value and not parts else None


def bare_section_label(line: str) -> Label | None:
    """A section number without a word ("2. Meaning of exploitation", "1590. Trafficking")."""
    m = _BARE_SECTION.match(line)
    if not m or not m.group("rest").strip():
        return None
    return Label("article", "bare", _clean_number(m.group("num")), "", m.group("rest").strip(), line)


def point_label(line: str) -> Label | None:
    """A paragraph or point label ("(1)", "1°", "I. -", "(a)", "a)", "(i)", "-")."""
    for kind, style, pattern in _POINTS:
        m = pattern.match(line)
        if m:
            return Label(kind, style, _clean_number(m.group("num")), "", m.group("rest").strip(), line)
    return None


def starts_new_block(line: str) -> bool:
    """True when a line opens a new provision or heading and must not be joined to the line before."""
    stripped = line.strip()
    if not stripped:
        return True
    return bool(
        division_label(stripped)
        or article_label(stripped)
        or point_label(stripped)
        or re.match(r"^\d{1,4}[A-Z]?\.\s+\S", stripped)
    )
