"""Segmentation: statutes cut into provisions cited the way each drafting tradition cites them."""

from __future__ import annotations

import pytest

from assessor.legislation.citations import citation_key, is_within
from assessor.legislation.model import Block, Kind, Provision
from assessor.legislation.segment import defined_terms, segment


def cut(text: str, language: str = "en") -> list[Provision]:
    return segment([Block(line) for line in text.strip().splitlines()], "law.txt", language)


def citations(text: str, language: str = "en") -> list[str]:
    return [p.citation for p in cut(text, language) if p.kind is not Kind.PREAMBLE]


CASES = [
    (
        # Common-law sections with a word, subsections, paragraphs, subparagraphs.
        "section_word",
        """
        Section 2 Human trafficking
        (1) A person commits an offence if the person arranges the travel of another person.
        (a) by recruiting that person, or
        (b) by transporting that person.
        (i) within the country, or
        (ii) abroad.
        (2) It is irrelevant whether the person consents.
        """,
        ["s. 2", "s. 2(1)", "s. 2(1)(a)", "s. 2(1)(b)", "s. 2(1)(b)(i)", "s. 2(1)(b)(ii)", "s. 2(2)"],
    ),
    (
        # Bare section numbers with marginal headings, as Commonwealth acts print them.
        "bare_sections",
        """
        1. Short title
        This Act may be cited as the Anti-Trafficking Act.
        2. Interpretation
        For this Act, "child" means anyone younger than eighteen.
        3. Trafficking in persons
        (1) A person who recruits another person for exploitation commits an offence.
        """,
        ["s. 1", "s. 2", "s. 3", "s. 3(1)"],
    ),
    (
        # French code: articles with hyphenated numbers, I./II. paragraphs, 1° items, and an
        # alinéa after the list that belongs to I again.
        "french_code",
        """
        Article 225-4-1
        I. - Constitue la traite le fait d'héberger autrui dans l'un des cas suivants :
        1° Par menace ou contrainte ;
        2° Par abus de vulnérabilité.
        Cette infraction est punie de sept ans de prison.
        II. - Envers un mineur, l'infraction existe même sans ces cas.
        """,
        ["art. 225-4-1", "art. 225-4-1 I", "art. 225-4-1 I 1°", "art. 225-4-1 I 2°", "art. 225-4-1 II"],
    ),
    (
        # French code of entry of foreigners: "Art. L. 823-1" and "Article L823-3".
        "french_legislative_prefix",
        """
        Art. L. 823-1
        Est puni de cinq ans d'emprisonnement le fait de faciliter l'entrée irrégulière d'un étranger.
        Article L823-3
        Sont punies de dix ans d'emprisonnement les infractions lorsque les faits :
        1° Sont commis en bande organisée ;
        """,
        ["art. L. 823-1", "art. L823-3", "art. L823-3 1°"],
    ),
    (
        # Spanish code: "Artículo 177 bis." with numbered apartados and lettered points.
        "spanish_bis",
        """
        Artículo 177 bis.
        1. Será castigado con prisión el que captare a una persona para alguno de estos fines:
        a) Obligarla a trabajos forzados.
        b) La explotación sexual.
        2. Aun cuando no se recurra a ninguno de los medios, se considerará trata cuando se trate de menores de edad.
        Artículo 177 ter.
        Las penas se impondrán en su mitad superior.
        """,
        [
            "art. 177 bis",
            "art. 177 bis(1)",
            "art. 177 bis(1)(a)",
            "art. 177 bis(1)(b)",
            "art. 177 bis(2)",
            "art. 177 ter",
        ],
    ),
    (
        # Argentine style: "ARTICULO 2°—" with a heading word, and "Artículo 145 ter:" inserted into a code.
        "argentine",
        """
        ARTICULO 2º— Definición. Se entiende por trata de personas la captación o el traslado de víctimas.
        ARTICULO 6º— El Estado garantiza a la víctima los siguientes derechos:
        a) Recibir información sobre los derechos que le asisten;
        b) Recibir asistencia psicológica;
        Artículo 145 ter: El que captare personas menores de dieciocho años será reprimido con prisión.
        """,
        ["art. 2", "art. 6", "art. 6(a)", "art. 6(b)", "art. 145 ter"],
    ),
    (
        # United States Code: "§ 1589." with (a)(1) nesting.
        "us_code",
        """
        § 1589. Forced labor
        (a) Whoever knowingly provides or obtains the labor of a person by any one of the following means
        (1) by means of force;
        (2) by means of serious harm;
        (b) Whoever violates this section shall be fined.
        """,
        ["§ 1589", "§ 1589(a)", "§ 1589(a)(1)", "§ 1589(a)(2)", "§ 1589(b)"],
    ),
    (
        # A Canadian-style decimal section number "279.01".
        "decimal_section",
        """
        279.01 (1) Every person who recruits a person for the purpose of exploiting them is guilty of an offence.
        (2) No consent to the activity is valid.
        279.02 Every person who receives a financial benefit is guilty of an offence.
        """,
        ["s. 279.01", "s. 279.01(1)", "s. 279.01(2)", "s. 279.02"],
    ),
    (
        # "(i)" after "(h)" is the letter i; "(i)" under "(a)" starts roman numerals.
        "letter_or_roman",
        """
        Section 5
        (1) Exploitation includes—
        (a) slavery, including—
        (i) debt bondage, and
        (ii) serfdom;
        (b) servitude;
        (c) forced labour;
        (d) removal of organs;
        (e) forced marriage;
        (f) forced begging;
        (g) forced criminality;
        (h) illegal adoption;
        (i) sexual exploitation.
        """,
        [
            "s. 5",
            "s. 5(1)",
            "s. 5(1)(a)",
            "s. 5(1)(a)(i)",
            "s. 5(1)(a)(ii)",
            "s. 5(1)(b)",
            "s. 5(1)(c)",
            "s. 5(1)(d)",
            "s. 5(1)(e)",
            "s. 5(1)(f)",
            "s. 5(1)(g)",
            "s. 5(1)(h)",
            "s. 5(1)(i)",
        ],
    ),
    (
        # The Protocol's own layout: "Article 5", a heading line, "1." paragraphs, "a)" points.
        "treaty",
        """
        Article 5
        Criminalization
        1. Each State Party shall adopt such legislative and other measures as may be necessary.
        2. Each State Party shall also adopt such measures to establish as criminal offences:
        a) Subject to the basic concepts of its legal system, attempting to commit an offence;
        b) Participating as an accomplice; and
        c)Organizing or directing other persons to commit an offence.
        """,
        ["art. 5", "art. 5(1)", "art. 5(2)", "art. 5(2)(a)", "art. 5(2)(b)", "art. 5(2)(c)"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_citations(text: str, expected: list[str]) -> None:
    assert citations(text, "es" if "Artículo" in text or "ARTICULO" in text else "en") == expected


def test_divisions_nest_by_rank() -> None:
    # A Part holds Chapters; a new Part closes the Chapter; articles sit in the innermost division.
    provisions = cut(
        """
        PART I — Preliminary
        Chapter 1 General
        Article 1
        This Act applies to the whole territory.
        PART II — Offences
        Article 2
        Trafficking in persons is an offence.
        """
    )
    by = {p.citation: p for p in provisions}
    uid = {p.uid: p for p in provisions}
    assert by["Part I"].kind is Kind.DIVISION and by["Part I"].heading == "Preliminary"
    assert uid[by["Chapter 1"].parent].citation == "Part I"
    assert uid[by["art. 1"].parent].citation == "Chapter 1"
    assert uid[by["art. 2"].parent].citation == "Part II"


def test_spanish_title_with_bis_is_a_division() -> None:
    # "TÍTULO VII bis." groups articles; it is not an article.
    provisions = cut("TÍTULO VII bis. De la trata de seres humanos\nArtículo 177 bis.\n1. Será castigado.", "es")
    assert [(p.citation, p.kind) for p in provisions] == [
        ("Título VII bis", Kind.DIVISION),
        ("art. 177 bis", Kind.ARTICLE),
        ("art. 177 bis(1)", Kind.PARAGRAPH),
    ]


def test_french_section_heading_is_a_division() -> None:
    # In a French code, "Section 1 bis : De la traite" is a heading that groups articles.
    provisions = cut("Section 1 bis : De la traite des êtres humains\nArticle 225-4-1\nLa traite est punie.", "fr")
    assert [(p.citation, p.kind) for p in provisions] == [
        ("Section 1 bis", Kind.DIVISION),
        ("art. 225-4-1", Kind.ARTICLE),
    ]


HEADINGS = [
    # A cross-heading above the section label is the section's heading (UK style).
    ("Human trafficking\nSection 2\n(1) A person commits an offence.", "s. 2", "Human trafficking"),
    # A heading line after the label (treaty style).
    (
        "Article 6\nAssistance to and protection of victims\n1. Each State Party shall protect.",
        "art. 6",
        "Assistance to and protection of victims",
    ),
    # Heading on the label line.
    (
        "§ 1590. Trafficking with respect to peonage\n(a) Whoever recruits.",
        "§ 1590",
        "Trafficking with respect to peonage",
    ),
    # A short heading word before the text, Argentine style.
    ("ARTICULO 5º— No punibilidad. Las víctimas no son punibles.", "art. 5", "No punibilidad"),
]


@pytest.mark.parametrize(("text", "citation", "heading"), HEADINGS)
def test_headings(text: str, citation: str, heading: str) -> None:
    provision = next(p for p in cut(text) if p.citation == citation)
    assert provision.heading == heading


def test_text_and_parents_are_kept() -> None:
    provisions = cut("Section 3\n(1) A person who recruits.\n(a) by force;\n(b) by fraud.")
    by = {p.citation: p for p in provisions}
    assert by["s. 3(1)(b)"].text == "by fraud."
    assert by["s. 3(1)"].text == "A person who recruits."
    assert by["s. 3(1)(a)"].parent == by["s. 3(1)"].uid
    assert by["s. 3(1)(a)"].source == "law.txt" and by["s. 3(1)(a)"].language == "en"


DEFINITIONS = [
    # English: quoted term and "means".
    ('"exploitation" means, at a minimum, the exploitation of the prostitution of others', ("exploitation",)),
    # English with curly quotes and "includes".
    ("“forced labour” includes debt bondage", ("forced labour",)),
    # French: "on entend par".
    (
        "Au sens de la présente loi, on entend par exploitation le fait de mettre la victime à disposition.",
        ("exploitation",),
    ),
    # French: guillemets and "s'entend".
    ("« mineur » s'entend de toute personne âgée de moins de dix-huit ans", ("mineur",)),
    # Spanish: "se entenderá por".
    ("A los efectos de esta ley, se entenderá por explotación la reducción a servidumbre.", ("explotación",)),
    # Spanish: "Se entiende por".
    ("Se entiende por trata de personas la captación o el acogimiento.", ("trata de personas",)),
    # Not a definition: "by means of force".
    ("by means of force, threats of force, physical restraint", ()),
]


@pytest.mark.parametrize(("text", "terms"), DEFINITIONS)
def test_definitions_are_recognised(text: str, terms: tuple[str, ...]) -> None:
    assert defined_terms(text) == terms


def test_scanned_law_without_section_numbers() -> None:
    # OCR lost the numbers: headings after the enacting formula open sections 1, 2, 3 in order; a heading
    # written inline before "(1)" opens one too; a running head of the gazette is dropped; a lone "(1)"
    # followed by an unnumbered sentence paragraph gives the lost "(2)".
    text = """
    An Act to combat trafficking
    It is hereby enacted as follows:
    THE GAZETTE EXTRA, JUNE 2, 2018
    Short title and commencement:
    (1) This Act may be called the Anti-Trafficking Act.
    It shall come into force at once.
    THE GAZETTE EXTRA, JUNE 3, 2018
    Trafficking in persons
    (1) Any person who recruits another person for exploitation commits an offence.
    If the offence is committed against a child, the penalty is doubled.
    Abetment (1) Any person who aids or abets an offence under this Act is liable.
    THE GAZETTE EXTRA, JUNE 4, 2018
    """
    found = citations(text)
    assert found == ["s. 1", "s. 1(1)", "s. 1(2)", "s. 2", "s. 2(1)", "s. 2(2)", "s. 3", "s. 3(1)"]
    assert all("GAZETTE" not in p.text for p in cut(text))


def test_amendment_note_before_article_is_split() -> None:
    # Consolidated texts print the amendment note on the line of the article it amends.
    text = "(Artículo sustituido por art. 11 del Decreto N° 195/2024) ARTICULO 22.— El Comité Ejecutivo coordina."
    assert citations(text, "es") == ["art. 22"]


def test_glued_subsection_from_markdown_conversion() -> None:
    # "*Sexual exploitation*3Something is done" is subsection (3) in converted UK text.
    text = "Section 3\n(1) A person is exploited if a subsection applies.\n*Sexual exploitation*3Something is done."
    assert citations(text) == ["s. 3", "s. 3(1)", "s. 3(3)"]


KEYS = [
    # The unit word and the separators do not matter.
    ("s. 2(1)(a)", "2(1)(a)"),
    ("section 2(1)(a)", "2.1.a"),
    # Spanish gold style with a dot for the apartado.
    ("art. 177 bis(1)(a)", "177 bis.1(a)"),
    # French items keep their numbers; the degree sign does not matter.
    ("art. 225-4-1 I 1°", "225-4-1 I 1°"),
    ("§ 1589(a)(1)", "1589(a)(1)"),
]


@pytest.mark.parametrize(("ours", "theirs"), KEYS)
def test_citation_keys_match_across_styles(ours: str, theirs: str) -> None:
    assert citation_key(ours) == citation_key(theirs)


def test_is_within() -> None:
    assert is_within("s. 2(1)(a)", "s. 2") and not is_within("s. 21(1)", "s. 2")


def test_glued_latin_suffix() -> None:
    # Belgian and Latin American codes glue the suffix: "Art. 433quinquies", "Artículo 145bis".
    assert citations("Art. 433quinquies.\nConstitue l'infraction de traite le fait de recruter.", "fr") == [
        "art. 433quinquies"]
    assert citation_key("art. 145bis") == citation_key("145 bis")
