"""The perturbations of `bench/perturb.py` keep a law's legal content: the same provisions with the
same numbers, only laid out differently.

Each perturbation runs, in each of its seeded variants, on invented snippets in many numbering
styles (`SNIPPETS`). The check (`content_kept`) compares the multiset of words and the list of
numbers before and after: a layout perturbation may move words between lines and rewrite a label's
house style ("Section 3." -> "Sec. 3 —", "Artículo 5." -> "ARTÍCULO QUINTO.-"), but it must not split
"166-A" into "166" and "A", merge two provisions, or drop a sentence. The perturbations that add text
around the law (a table of contents, another Act, a code) must leave the law itself as it was.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import perturb as pt  # noqa: E402

# Invented snippets of fictional laws, one per numbering style. (name, text, language)
SNIPPETS: list[tuple[str, str, str]] = [
    # Canadian-style decimal sections with marginal-note headings on their own lines.
    ("decimal-sections",
     "PART IV.1\nTrafficking\n\nDefinitions\n279.01 In this Part, child means a person under eighteen.\n\n"
     "Trafficking in persons\n279.02 (1) Every person who recruits a person for exploitation is guilty of an "
     "offence.\n(2) No consent is valid.\n\nSmuggling\n279.03 Every person who organizes illegal entry is guilty "
     "of an offence.", "en"),
    # Worded sections with decimals: "Section 279.01".
    ("worded-decimal-sections",
     "Section 279.01 Definitions. In this Part, child means a person under eighteen.\n"
     "Section 279.02 Trafficking in persons. Every person who recruits a person for exploitation is guilty.\n"
     "Section 279.03 Smuggling. Every person who organizes illegal entry is guilty.", "en"),
    # Belgian/Luxembourg-style hyphenated articles with "1°" points.
    ("hyphenated-articles",
     "Art. 382-1. Commet la traite quiconque enrôle une personne :\n1° par la menace ;\n"
     "2° par la tromperie.\nArt. 382-2. Est puni de dix ans quiconque recrute un mineur.\n"
     "Art. 382-3. Le consentement est indifférent.", "fr"),
    # Colombian-style lettered inserted articles: "Artículo 188A."
    ("lettered-articles",
     "Artículo 188. Tráfico de migrantes. El que facilite la entrada ilegal de una persona será castigado.\n"
     "Artículo 188A. Trata de personas. El que capte o traslade a una persona con fines de explotación será "
     "castigado.\nArtículo 188B. Circunstancias de agravación. La pena se aumenta si la víctima es menor.", "es"),
    # Peruvian-style hyphen-lettered articles with the name on the label line: "Artículo 166-A.-"
    ("hyphen-lettered-articles",
     "Artículo 166.- Trata de personas\nEl que capta a una persona con fines de explotación será reprimido.\n\n"
     "Artículo 166-A.- Formas agravadas\nLa pena es de veinte años si la víctima es menor.\n\n"
     "Artículo 166-B.- Tentativa\nSe reprime al que intenta cometer el delito.", "es"),
    # French code articles with a letter prefix: "Article L. 622-1".
    ("code-prefixed-articles",
     "Article L. 622-1\nToute personne qui facilite l'entrée irrégulière d'un étranger est punie.\n"
     "Article L. 622-2\nLa tentative est punie des mêmes peines.\nArticle L. 622-3\nLes biens sont confisqués.",
     "fr"),
    # Belgian-style Latin suffixes run onto the number: "Art. 433quinquies".
    ("latin-suffix-articles",
     "Art. 433quinquies. Constitue l'infraction de traite le fait de recruter une personne à des fins "
     "d'exploitation.\nArt. 433sexies. Le consentement de la victime est indifférent.\n"
     "Art. 433septies. La peine est aggravée si la victime est mineure.", "fr"),
    # Spanish "bis" articles: "Artículo 177 bis."
    ("bis-articles",
     "Artículo 177. Objeto. La ley castiga la trata.\nArtículo 177 bis. Trata de seres humanos. El que capte a "
     "una persona con fines de explotación será castigado.\nArtículo 177 ter. Consentimiento. El consentimiento "
     "es irrelevante.", "es"),
    # Irish-style sections with headings above and "3.—(1)" subsections.
    ("irish-sections",
     "Short title.\n1.—This Act may be cited as the Harbouring Act.\n\nTrafficking.\n2.—(1) A person who recruits "
     "a child for exploitation shall be guilty of an offence.\n(2) Consent is no defence.\n\nSmuggling.\n"
     "3.—A person who facilitates illegal entry shall be guilty of an offence.", "en"),
    # French "Article premier" then numbered articles.
    ("article-premier",
     "Article premier. La présente loi a pour objet de lutter contre la traite.\nArticle 2. Est puni de dix ans "
     "quiconque recrute une personne en vue de son exploitation.\nArticle 3. La tentative est punie.", "fr"),
    # Spanish ordinal labels: "ARTÍCULO PRIMERO.-"
    ("ordinal-articles",
     "ARTÍCULO PRIMERO.- Objeto. La presente ley previene la trata de personas.\nARTÍCULO SEGUNDO.- Trata. El que "
     "capte a una persona con fines de explotación será sancionado.\nARTÍCULO TERCERO.- Consentimiento. El "
     "consentimiento de la víctima no excluye la pena.", "es"),
    # An English Act with an arrangement of sections before the body (entries are not headings to move).
    ("arrangement-of-sections",
     "HARBOURING ACT\n\nARRANGEMENT OF SECTIONS\n1. Short title.\n2. Trafficking in persons.\n3. Smuggling.\n\n"
     "1. Short title.\nThis Act may be cited as the Harbouring Act.\n2. Trafficking in persons.\n(1) A person who "
     "recruits a child for exploitation commits an offence.\n3. Smuggling.\nA person who facilitates illegal entry "
     "commits an offence.", "en"),
    # Bare sections whose short lines are sentences or list items, not headings.
    ("bare-sections-short-lines",
     "1. Interpretation.\nIn this Act—\n(a) child means a person under eighteen;\n(b) State means Norvale.\n"
     "2. Offence.\nA person who recruits a child commits an offence.\n3. Regulations may be made.\n"
     "The Minister may make them.", "en"),
    # Belgian/Senegalese-style "§ 1er." paragraphs under "Art. 2.-": a "§" is a paragraph, not an article.
    ("paragraph-signs",
     "Article premier.- La loi réprime la traite.\nArt. 2.- § 1er. Est puni quiconque recrute une personne.\n"
     "§ 2. Le consentement de la victime est indifférent.\nArt. 3.- § 1er. La tentative est punie.\n"
     "§ 2. Les biens sont confisqués.", "fr"),
    # US-style sections numbered by "§" alone.
    ("section-signs",
     "§ 1589. Forced labor\nWhoever obtains the labor of a person by force shall be fined.\n"
     "§ 1590. Trafficking\nWhoever recruits a person for forced labor shall be fined.", "en"),
    # Spanish articles with fracciones "I.", "II." under a lead-in.
    ("fracciones",
     "Artículo 10.- Comete el delito de trata quien capte a una persona con fines de:\nI. La esclavitud;\n"
     "II. El trabajo forzoso.\nArtículo 11.- Las penas se aumentan si:\nI. La víctima es menor;\n"
     "II. El autor es servidor público.", "es"),
]

_LABEL_WORDS = {"section", "sec", "s", "article", "art", "artículo", "articulo", "articles", "sections",
                "artículos", *(w.lower() for w in pt._UNITS_ES + pt._TENS_ES if w)}
_ORDINAL = re.compile(r"\b(?:(?P<tens>" + "|".join(w for w in pt._TENS_ES if w) + r")\s?)?(?P<units>"
                      + "|".join(w for w in pt._UNITS_ES if w) + r")?\b")
_NUMBER = re.compile(
    r"(?:\b[LRD]\.\s?)?\d+(?:[-.]\d+)*(?:-?[A-Z](?![A-Za-zÀ-ÿ]))?"
    r"(?:\s?(?:bis|ter|quater|quinquies|sexies|septies|octies|nonies|decies)\b)?"
)


def _ordinals_to_numbers(text: str) -> str:
    """"ARTÍCULO VIGÉSIMO PRIMERO" -> "ARTÍCULO 21" (the renumbering's ordinal style, read back)."""
    def number(m: re.Match[str]) -> str:
        if not m.group(0).strip():
            return m.group(0)
        tens = pt._TENS_ES.index(m.group("tens")) if m.group("tens") else 0
        units = pt._UNITS_ES.index(m.group("units")) if m.group("units") else 0
        return str(tens * 10 + units)
    return re.sub(r"(?<=ARTÍCULO )[A-ZÉÍ ]+?(?=\.-)", lambda m: _ORDINAL.sub(number, m.group(0)), text)


def numbers(text: str) -> list[str]:
    """Every number of the text in order, with its suffixes ("166-A", "177 bis", "L. 622-1")."""
    return [re.sub(r"\s", "", n) for n in _NUMBER.findall(_ordinals_to_numbers(text))]


_LINE_LABEL = re.compile(
    r"^[ \t]*(?:(?:Section|SECTION|Sec\.|SEC\.|S\.|Article|ARTICLE|Art\.|ART\.|Artículo|ARTÍCULO|Articulo|ARTICULO|§)"
    r"[ \t]*(?P<worded>" + _NUMBER.pattern + r")(?!er\b)|(?P<bare>" + _NUMBER.pattern + r")(?=\.(?!\d)|[ \t]*[—–])"
    r"|(?P<decimal>\d+\.\d+)(?=[ \t]+[A-Z(]|[ \t]*$))"
)


def line_labels(text: str) -> list[str]:
    """The numbers that open a line, in order: each provision still starts its own line ("1. 2. X" is a merge)."""
    found = []
    for line in _ordinals_to_numbers(text).split("\n"):
        m = _LINE_LABEL.match(line)
        if m:
            found.append(re.sub(r"\s", "", m.group("worded") or m.group("bare") or m.group("decimal")))
    return found


def words(text: str) -> Counter[str]:
    """The multiset of words, without the label words a house style may change ("Section", "Art.")."""
    return Counter(w for w in re.findall(r"[^\W\d_]+", _ordinals_to_numbers(text).lower())
                   if w not in _LABEL_WORDS and not re.fullmatch(r"bis|ter|quater|[a-z]", w))


# Words the mood swap adds or drops around the verb: "Any person who X commits an offence" <->
# "A person commits an offence if the person X"; "le fait de recruter" <-> "quiconque recrute".
_MOOD_GLUE = {"any", "a", "who", "person", "if", "the", "commits", "an", "offence", "and", "is", "liable",
              "quiconque", "le", "fait", "de", "d", "l"}


def _mood_words(text: str) -> Counter[str]:
    canon = {**pt.SPANISH_MOODS, **pt.FRENCH_MOODS}
    return Counter(canon.get(w, w) for w in words(text).elements() if w not in _MOOD_GLUE)


def _lines_kept_in_one_block(text: str, out: str) -> bool:
    """The law's lines appear in the output in order and next to each other (text added around it only)."""
    body = "\n".join(pt._split_front(text)[1]).strip("\n")
    return body in out


def content_kept(name: str, text: str, out: str, language: str) -> str:
    """'' when `out` keeps the legal content of `text` under perturbation `name`, else what differs."""
    if name in {"two_acts", "embedded_in_code"}:
        return "" if _lines_kept_in_one_block(text, out) else "the law's text is not kept as one block"
    if name == "table_of_contents":
        before, after = text.split("\n"), out.split("\n")
        added = len(after) - len(before)
        for at in range(len(after) - added + 1):
            if after[:at] + after[at + added:] == before:
                return ""
        return "the body around the table of contents changed"
    if name == "verb_mood":
        if numbers(text) != numbers(out):
            return f"numbers {numbers(text)} -> {numbers(out)}"
        diff = (_mood_words(text) - _mood_words(out)) + (_mood_words(out) - _mood_words(text))
        return f"words differ: {dict(diff)}" if diff else ""
    if numbers(text) != numbers(out):
        return f"numbers {numbers(text)} -> {numbers(out)}"
    if line_labels(text) != line_labels(out):
        return f"labels opening a line {line_labels(text)} -> {line_labels(out)}"
    before, after = words(text), words(out)
    if before != after:
        return f"words lost {dict(before - after)}, added {dict(after - before)}"
    return ""


def _function(name: str) -> pt.Perturb:
    return pt.make_embedded(40) if name == "embedded_in_code" else pt.BY_NAME[name].function


CASES = [(p.name, seed, snippet) for p in pt.PERTURBATIONS for seed in range(p.variants) for snippet, _, _ in SNIPPETS]
_TEXTS = {name: (text, language) for name, text, language in SNIPPETS}


@pytest.mark.parametrize(("name", "seed", "snippet"), CASES, ids=[f"{n}#{s}-{x}" for n, s, x in CASES])
def test_perturbation_keeps_content(name: str, seed: int, snippet: str) -> None:
    # Every perturbation, every seed, every numbering style: the same words and the same numbers.
    text, language = _TEXTS[snippet]
    out = _function(name)(text, language, seed)
    problem = content_kept(name, text, out, language)
    assert not problem, f"{name}#{seed} on {snippet}: {problem}\n{out}"


@pytest.mark.parametrize(
    ("text", "language", "seed", "expected"),
    [
        # a hyphen-lettered inserted article keeps its letter ("166-A", not "166. A.-")
        ("Artículo 166-A.- Formas agravadas\nTexto.\nArtículo 166-B.- Tentativa\nTexto.", "es", 0,
         "Artículo 166-A. Formas agravadas\nTexto.\nArtículo 166-B. Tentativa\nTexto."),
        # ... in the degree style too
        ("Artículo 166-A.- Formas agravadas\nTexto.\nArtículo 166-B.- Tentativa\nTexto.", "es", 1,
         "Art. 166-A.- Formas agravadas\nTexto.\nArt. 166-B.- Tentativa\nTexto."),
        # a decimal section stays one number
        ("Section 279.01 Definitions.\nText.\nSection 279.02 Offence.\nText.", "en", 2,
         "S. 279.01 Definitions.\nText.\nS. 279.02 Offence.\nText."),
        # a lettered article keeps its letter; the ordinal style has no word for it
        ("Artículo 188A. Trata.\nArtículo 188B. Agravantes.", "es", 2,
         "ARTÍCULO 188A.- Trata.\nARTÍCULO 188B.- Agravantes."),
        # a Latin suffix run onto the number is part of it
        ("Art. 433quinquies. Texte.\nArt. 433sexies. Texte.", "fr", 0,
         "Article 433quinquies. Texte.\nArticle 433sexies. Texte."),
        # a code article keeps its "L." prefix and its hyphen
        ("Article L. 622-1\nTexte.\nArticle L. 622-2\nTexte.", "fr", 1,
         "Art. L. 622-1.-\nTexte.\nArt. L. 622-2.-\nTexte."),
    ],
)
def test_renumber_keeps_compound_numbers(text: str, language: str, seed: int, expected: str) -> None:
    assert pt.renumber(text, language, seed) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the entries of an arrangement of sections are not headings: nothing of them merges
        ("ARRANGEMENT OF SECTIONS\n1. Short title.\n2. Offence.\n\n1. Short title.\nThis Act is the Act.\n"
         "2. Offence.\nA person who hides a child commits an offence.",
         "ARRANGEMENT OF SECTIONS\n1. Short title.\n2. Offence.\n\nShort title\n1. This Act is the Act.\n"
         "Offence\n2. A person who hides a child commits an offence."),
        # a short sentence on the label line is text, not a heading
        ("1. Title.\nText.\n2. Regulations may be made.\nThe Minister may make them.",
         "Title\n1. Text.\n2. Regulations may be made.\nThe Minister may make them."),
        # a heading whose next line opens a Part is left on its label line
        ("1. Title.\nText.\n2. Offences.\nPART 2 - OFFENCES\nText.",
         "Title\n1. Text.\n2. Offences.\nPART 2 - OFFENCES\nText."),
    ],
)
def test_heading_above_moves_only_headings(text: str, expected: str) -> None:
    assert pt.heading_above(text, "en", 0) == expected
