"""Layouts of real statutes, as invented examples: each case names the citations the segmenter must
produce (found) and those it must not (absent). The sentences are made up for fictional States."""

from __future__ import annotations

import pytest

from assessor.legislation.citations import citation_key
from assessor.legislation.layout import normalise
from assessor.legislation.model import Block, Kind, Provision
from assessor.legislation.reader import legislation_from_text
from assessor.legislation.segment import segment
from assessor.legislation.units import sequence_consistency


def cut(text: str, language: str = "en") -> list[Provision]:
    return segment([Block(line) for line in text.strip().splitlines()], "law.txt", language)


def keys(text: str, language: str = "en") -> set[str]:
    return {citation_key(p.citation) for p in cut(text, language) if p.kind is not Kind.PREAMBLE}


def test_definition_units_define_their_term() -> None:
    # A definition unit defines its term even when the wording puts words between term and verb.
    provisions = cut('2. In this Act—\n"abduct", in relation to a person, means to take the person away by force;')
    assert [(p.citation, p.defines) for p in provisions if p.defines] == [("s. 2 “abduct”", ("abduct",))]


def test_lead_in_after_label_is_text_not_heading() -> None:
    # A heading line above the label, and the label's rest a lead-in ending with ":": the heading
    # is the line above, the lead-in is the article's text.
    provisions = cut(
        "Explotación\nARTÍCULO 3°.- A los fines de esta ley se entiende por explotación:\na) la servidumbre.", "es"
    )
    article = provisions[0]
    assert (article.citation, article.heading) == ("art. 3", "Explotación")
    assert article.text.endswith("explotación:")


@pytest.mark.parametrize("dash", ["-", "–", "—"])
def test_lead_in_ending_with_a_dash_is_text(dash: str) -> None:
    # "81. In this Act—" opens a definitions list: the words are the article's text, not its heading.
    provisions = cut(f"Section 80\nAny text.\n81. In this Act{dash}\n“Vessel” means any ship or boat.\n")
    article = next(p for p in provisions if p.citation == "s. 81")
    assert article.heading == "" and article.text.startswith("In this Act")


def test_quoted_article_already_consolidated_is_not_doubled() -> None:
    # The file holds art. 80 bis as in force; an amending clause quoting its original wording
    # makes no second art. 80 bis, and that superseded wording is not assessed (conventions, rule 10).
    text = (
        "Artículo 80 bis.- El que capte a una persona será castigado.\n"
        "Artículo 1\n"
        '1. Incorpórase en el Código Penal: "Artículo 80 bis.- El que capte a una mujer.".'
    )
    provisions = cut(text, "es")
    assert [p.citation for p in provisions if p.citation == "art. 80 bis"] == ["art. 80 bis"]
    assert not any("capte a una mujer" in p.text for p in provisions)
    assert any(p.citation == "art. 1(1)" for p in provisions)


def test_article_labelled_twice_is_one_article() -> None:
    # The two labels of one article give one provision, not an empty one and a full one.
    provisions = cut("Artículo 301 BIS\nART. 301 bis.-\nEl que capte a una persona será castigado.", "es")
    assert [(p.citation, bool(p.text)) for p in provisions] == [("art. 301 bis", True)]


CASES = [
    (
        # A section number alone on its line, its subsection on the next after a dash; points
        # alone on their lines with the text below.
        "lone_number_and_lone_points",
        """
        Offences
        4.
        —(1)  A person who harbours another person by means of —
        (a)
        deceit about the work offered;
        (b)
        threats against the family of that person,
        commits an offence.
        (2)  The consent of the victim is irrelevant.
        """,
        ["4", "4.1", "4.1.a", "4.1.b", "4.2"],
        ["part.a", "a"],
    ),
    (
        # Labels glued to their text and the annotation markers of a consolidated text.
        "glued_labels_and_markers",
        """
        [F27 Facilitating unlawful entry into Freedonia
        (1)Whoever helps an alien to breach entry law is guilty if she—
        (a)assists the alien [F3or attempts to assist the alien], and
        (b)knows of that breach.
        [F11(2A)In subsection (1) "entry law" means a law on the entry of aliens.
        """,
        ["7", "7.1", "7.1.a", "7.1.b", "7.2a"],
        ["27"],
    ),
    (
        # Two Acts in one file: the second's numbering restarts at 1 and is still read as sections.
        "restart_two_acts",
        """
        2.—(1) A person commits an offence if the person arranges the travel of another for exploitation.
        (2) The offence is triable on indictment.
        1 Offence of exploitation
        (1)A person commits an offence if the person takes a relevant action.
        """,
        ["2", "2.1", "2.2", "1", "1.1"],
        ["2.1.1"],
    ),
    (
        # An amending Act inserting a section: the inserted one takes its number in the amended
        # code, and the outer numbering resumes after it.
        "inserted_section",
        """
        1. Citation.
        This Act is the Criminal Law (Revision) Act of Freedonia.
        2. New section 214A.
        The Penal Code is amended by inserting after section 214 the following section:
        214A. Trafficking in minors.
        (1) Whoever transfers a minor for the purpose of exploitation commits an offence.
        3. Commencement.
        This Act comes into force on publication.
        """,
        ["1", "2", "214a", "214a.1", "3"],
        ["2.214a"],
    ),
    (
        # A bare number after a worded section continues the section numbering (a definitions
        # section of the same Act), but a "2." after a "1." inside the section is a paragraph.
        "worded_then_bare",
        """
        Section 12
        (1) Human trafficking is prohibited in the Republic.
        1. The Agency shall keep a register of victims.
        2. The register shall be confidential.
        [...]
        64. In this Act-
        "Agency" means the National Anti-Trafficking Agency;
        """,
        ["12", "12.1", "12.1.1", "12.1.2", "64"],
        ["12.1.64", "12.64"],
    ),
    (
        # Explanations are citable subdivisions of their section; the subsection after them
        # returns to the section.
        "explanations",
        """
        101. (1) Whoever, for the purpose of exploitation, recruits a person commits trafficking.
        Explanation 1.—The expression "exploitation" includes forced labour.
        Explanation 2.—The consent of the victim is immaterial.
        (2) Whoever commits trafficking shall be punished with imprisonment.
        """,
        ["101", "101.1", "101.explanation.1", "101.explanation.2", "101.2"],
        ["101.explanation.2.2"],
    ),
    (
        # "Explanation of terms" is a heading, not an Explanation subdivision.
        "explanation_heading_is_not_a_subdivision",
        """
        Section 3 Explanation of terms
        (1) In this Act "minor" means a person under eighteen.
        """,
        ["3", "3.1"],
        ["3.explanation"],
    ),
    (
        # A proviso after a subsection is its own citable part.
        "proviso",
        """
        Section 9
        (1) No victim shall be detained for an offence committed as a direct result of being trafficked:
        Provided that this subsection does not apply to offences of violence.
        (2) The court may order compensation.
        """,
        ["9", "9.1", "9.1.proviso", "9.2"],
        ["9.1.proviso.2"],
    ),
    (
        # Spanish parágrafos and upper-case letter points "A)" ... "C)" (C is not a roman numeral here).
        "paragrafo_and_upper_points",
        """
        Artículo 12
        Son derechos de las víctimas:
        A) Ser oídas en el proceso.
        B) Recibir asistencia gratuita.
        C) Obtener reparación integral.
        Parágrafo 1o. La autoridad informará a la víctima de sus derechos.
        """,
        ["12", "12.a", "12.b", "12.c", "12.paragrafo.1"],
        ["12.b.c", "12.c.paragrafo.1"],
    ),
    (
        # Inserted article suffixes: accented, glued, after a hyphen; word ordinals as numbers.
        "suffixes_and_ordinals",
        """
        Artículo PRIMERO
        Se modifica el código.
        Artículo 301 QUÁTER
        El que reclute a una persona será castigado.
        Artículo 129-A
        El que traslade a una persona será castigado.
        Artículo 88sexies
        El que acoja a una persona será castigado.
        Artículo 5o. La presente ley entra en vigor al día siguiente.
        ARTÍCULO VIGÉSIMO PRIMERO.- Se deroga la ley anterior.
        """,
        ["1", "301.quater", "129.a", "88.sexies", "5", "21"],
        ["5o", "primero"],
    ),
    (
        # Decimal subsections "(3.1)".
        "decimal_subsection",
        """
        Section 3
        (3) A person who transports another commits an offence.
        (3.1) A person who harbours another commits the same offence.
        """,
        ["3.3", "3.3.1"],
        [],
    ),
    (
        # A division numbered with a decimal point is a section quoted by a third party.
        "decimal_division_is_a_section",
        """
        40.1 Definition of servitude
        Servitude is the condition of a person who is not free to leave.
        Division 40.2 – Offence of trafficking
        (1)  A person commits an offence if the person recruits another by deceit.
        """,
        ["40.1", "40.2", "40.2.1"],
        ["division.40"],
    ),
    (
        # An amending Act quoting the section it inserts: cited by its number in the amended Act.
        "quoted_inserted_section",
        """
        Section 5
        The Penal Code is amended as follows.
        After section 41 the following section is inserted:
        "41A Trafficking in organs
        (1) A person who removes an organ for gain commits an offence."
        Section 6
        This Act comes into force on publication.
        """,
        ["5", "41a", "41a.1", "6"],
        ["5.1"],
    ),
    (
        # Articles quoted inline by a Spanish insertion clause, cited with the amended code's
        # abbreviation; the amending article's next paragraph stays in the amending article.
        "inline_inserted_articles",
        """
        Artículo 1
        Introdúcense las siguientes modificaciones en el Código Procesal Penal:
        1. Incorpórase el artículo: "Artículo 80 bis.- Protección. El fiscal actuará. Artículo 80 ter.- Reserva.".
        2. Derógase el artículo 81.
        """,
        ["1", "1.1", "1.2", "cpp.80.bis", "cpp.80.ter"],
        ["cpp.80.bis.2", "80.bis"],
    ),
    (
        # A French insertion: the quoted article on the next line opens that article.
        "french_inserted_article",
        """
        Article 2
        Il est inséré un article 225-4-9 ainsi rédigé :
        « Art. 225-4-9. - Le fait de recruter une personne en vue de l'exploiter est puni de sept ans.
        Article 3
        La présente loi entre en vigueur le lendemain de sa publication.
        """,
        ["2", "225.4.9", "3"],
        [],
    ),
    (
        # An article labelled twice (a heading line, then the code's own label) is one article.
        "article_labelled_twice",
        """
        Artículo 301 BIS
        ART. 301 bis.-
        El que capte a una persona con fines de explotación será castigado.
        """,
        ["301.bis"],
        [],
    ),
    (
        # Definitions each on their own line are units of their section, cited by the term; the
        # lettered points after one belong to it.
        "definitions_on_own_lines",
        """
        2. Unless the context requires otherwise, in this Act—
        "abduct", in relation to a person, means to take the person away by force;
        "coercion" includes—
        (a) a threat of harm; and
        (b) a threat of denunciation to the authorities;
        "minor" means a person under the age of eighteen years.
        3. Trafficking
        (1) A person who recruits a minor for exploitation commits an offence.
        """,
        ["2", "2.abduct", "2.coercion", "2.coercion.a", "2.coercion.b", "2.minor", "3.1"],
        ["2.a", "2.minor.3"],
    ),
    (
        # A scanned list of definitions whose "(a)" was lost: the first definition is "(a)".
        "definition_with_lost_first_label",
        """
        Section 4
        (3) In this section:
        "coercion" means the use of force or threats;
        (b) "forced labour" includes servitude.
        """,
        ["4.3", "4.3.a", "4.3.b"],
        ["4.3.coercion", "4.3.coercion.b"],
    ),
    (
        # A definitions table flattened to "term | meaning" rows: one unit per row, and a row
        # outside a definitions section is left as text.
        "definition_rows",
        """
        Section 2 Definitions
        alien | a person who is not a national of Freedonia
        minor | a person younger than eighteen
        Section 3 Offence
        fine | up to ten thousand crowns
        """,
        ["2", "2.alien", "2.minor", "3"],
        ["3.fine"],
    ),
    (
        # Hard-wrapped text: a line starting with a number mid-sentence is not a label.
        "hard_wrapped_number",
        """
        1. Whoever commits an offence under the provisions of section
        2 of the Immigration Act shall be punished with imprisonment for five years.
        3. Whoever harbours a trafficked person shall be punished.
        """,
        ["1", "3"],
        ["2"],
    ),
    (
        # Extracts of two Acts with decimal section numbers in the first and a plain number in the
        # second: the jump at the second Act's title is not a break in the numbering.
        "decimal_sections_then_another_act",
        """
        CRIMINAL CODE OF OSTRELIA
        Trafficking in persons
        412.01 (1) Every person who recruits or harbours a person for the purpose of exploiting them commits an offence.
        (2) No consent to the conduct is valid.
        412.011 Every person who recruits or harbours a person under eighteen years commits an offence.
        412.04 (1) For the purposes of sections 412.01 to 412.03, a person exploits another if they cause them to work.
        IMMIGRATION ACT
        131 (1) No person shall knowingly organize the coming into Ostrelia of a person without a visa.
        (2) A person who contravenes subsection (1) is liable to imprisonment for ten years.
        """,
        ["412.01", "412.01.1", "412.01.2", "412.011", "412.04.1", "131.1", "131.2"],
        [],
    ),
]


@pytest.mark.parametrize(("name", "text", "found", "absent"), CASES, ids=[c[0] for c in CASES])
def test_layout_patterns(name: str, text: str, found: list[str], absent: list[str]) -> None:
    # One layout per case (see the comment on each case above).
    language = "es" if "Artículo" in text else "fr" if "Article 2" in text else "en"
    got = keys(text, language)
    assert [k for k in found if k not in got] == []
    assert [k for k in absent if k in got] == []


def test_table_of_contents_is_dropped_and_reported() -> None:
    # A run of short numbered headings whose first entry comes again is a table of contents:
    # no empty sections, and the reading says it was dropped.
    text = """
    ARRANGEMENT OF SECTIONS
    1. Short title
    2. Interpretation
    3. Trafficking in persons
    4. Penalties
    1. Short title
    This Act may be cited as the Example Act.
    2. Interpretation
    In this Act "child" means a person under eighteen.
    3. Trafficking in persons
    (1) A person who recruits another for exploitation commits an offence.
    4. Penalties
    A person convicted is liable to imprisonment.
    """
    legislation = legislation_from_text(text.strip().replace("\n    ", "\n"))
    articles = [p for p in legislation.provisions if p.kind is Kind.ARTICLE]
    assert [p.citation for p in articles] == ["s. 1", "s. 2", "s. 3", "s. 4"]
    assert all(legislation.full_text(p) for p in articles)
    assert any("table of contents" in w for w in legislation.reading.warnings)


@pytest.mark.parametrize(
    "toc",
    [
        # Worded entries with dot leaders and page numbers, under "Índice".
        ["ÍNDICE", "ARTÍCULO 1°.- Objeto ........ 1", "ARTÍCULO 2°.- Definiciones ........ 1"],
        # One range of sections under "Arrangement of sections".
        ["ARRANGEMENT OF SECTIONS", "Sections 1 to 2 ........ 1"],
        # Bare labels without headings, the body starting again at the first of them.
        ["TABLE OF CONTENTS", "Section 1", "Section 2"],
    ],
)
def test_table_of_contents_forms(toc: list[str]) -> None:
    # The table is dropped: the body's articles are the only ones, each with its text.
    if "ÍNDICE" in toc:
        body = [
            "ARTÍCULO 1°.- Objeto. Esta ley previene la trata.",
            "ARTÍCULO 2°.- Definiciones. Víctima es toda persona explotada.",
        ]
    elif "Section 1" in toc:
        body = ["Section 1", "This Act prevents trafficking.", "Section 2", "A victim is any person exploited."]
    else:
        body = ["1. This Act prevents trafficking.", "2. A victim is any person exploited."]
    legislation = legislation_from_text("\n".join(["Law of Freedonia", *toc, *body]))
    articles = [p for p in legislation.provisions if p.kind is Kind.ARTICLE]
    assert len(articles) == 2 and all(p.text for p in articles)
    assert any("table of contents" in w for w in legislation.reading.warnings)


def test_unnumbered_act_beside_a_numbered_one() -> None:
    # An Act whose section numbers were lost (read by its headings after the enacting formula)
    # keeps its sections when a numbered Act follows it in the same file.
    lost = [
        "BE IT ENACTED by the Parliament of Freedonia as follows:",
        "Short title",
        "This Act may be called the Freedonia Anti-Exploitation Act of this year.",
        "Definitions",
        "In this Act, a victim is any person held for exploitation by another person.",
        "Trafficking in persons",
        "Any person who recruits or harbours another person for exploitation commits an offence.",
        "Penalties",
        "A person who commits an offence under this Act is liable to imprisonment for ten years.",
        "Regulations",
        "The Minister may make regulations for carrying this Act into effect in Freedonia.",
    ]
    numbered = ["LIBRARIES ACT", "1. Short title", "This Act is the Libraries Act.", "2. Books", "Books are lent free."]
    legislation = legislation_from_text("\n".join(lost + numbered))
    articles = [p for p in legislation.provisions if p.kind is Kind.ARTICLE]
    assert [p.heading for p in articles[:3]] == ["Short title", "Definitions", "Trafficking in persons"]
    assert len(articles) == 7


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # A hard-wrapped sentence: the lower-case continuation joins the line before.
        (
            ["1. Whoever recruits a person for the purpose of exploitation by any", "means shall be punished."],
            1,
        ),
        # A lower-case roman label after a long line is a new item, not a continuation.
        (["1. Whoever recruits a person for the purpose of exploitation in the cases", "ii. of a minor victim;"], 2),
        # A line after a short one (a heading) is not a continuation.
        (["Offences", "under this Act are crimes."], 2),
        # A line stopping on an article or a preposition goes on below, even before a capital.
        (["Il est créé auprès du ministre un Conseil de lutte contre la",
          "Servitude moderne, présidé par le ministre."], 1),
        # The same after a shorter line: the dangling word decides.
        (["L'étranger qui a été victime des faits prévus aux", "articles 5 à 7 n'est pas poursuivi."], 1),
        # A full stop ends the sentence: a capital after it starts a new line.
        (["Il est créé auprès du ministre un Conseil de lutte contre la servitude.", "Le Conseil se réunit."], 2),
        # A dangling word before a label: the label still starts its own line.
        (["Il est créé auprès du ministre un Conseil de lutte contre la", "Article 3"], 2),
    ],
)
def test_hard_wrap_joining(lines: list[str], expected: int) -> None:
    assert len(normalise(lines).lines) == expected


def test_numbered_list_is_not_a_table_of_contents() -> None:
    # A list of short numbered sentences inside an article is kept, even when a later article
    # repeats a number.
    layout = normalise(
        [
            "Artículo 4",
            "Son agravantes:",
            "1. El engaño.",
            "2. La violencia.",
            "3. La amenaza.",
            "4. El abuso.",
            "1. El",
        ]
    )
    assert layout.notes == () and len(layout.lines) == 7


@pytest.mark.parametrize(
    "marker",
    [
        # Légifrance marks an old version by its dates.
        "Version en vigueur du 1 mars 1994 au 18 mars 2003",
        # A consolidated Spanish text's note introducing the original wording.
        "NOTA: el texto original de este artículo decía:",
        # An English consolidation's bracketed marker.
        "[Version in force until 1 January 2019]",
    ],
)
def test_superseded_markers(marker: str) -> None:
    # Each marker drops the old version that follows it, up to the next article.
    text = "\n".join(
        ["Article 7 The current rule punishes exploitation.", marker, "Article 7 The old rule.", "Article 8 X."]
    )
    texts = " ".join(p.text for p in legislation_from_text(text).provisions)
    assert "old rule" not in texts and "current rule" in texts


def test_superseded_version_is_dropped() -> None:
    # "Texto anterior" starts a superseded version that runs to the next article: left out, and reported.
    text = "\n".join(
        [
            "Artículo 7.- El que capte a una persona con fines de explotación será castigado con prisión.",
            "Texto anterior:",
            "Artículo 7.- El que capte a una mujer será castigado con multa.",
            "Artículo 8.- La tentativa será castigada.",
        ]
    )
    legislation = legislation_from_text(text, language="es")
    texts = " ".join(p.text for p in legislation.provisions)
    assert "multa" not in texts and "prisión" in texts and "tentativa" in texts
    assert any("superseded" in w for w in legislation.reading.warnings)


@pytest.mark.parametrize(
    ("numbers", "consistent"),
    [
        # Numbers that go up, with gaps, as in an extract.
        (["1", "2", "5", "9"], True),
        # An inserted section, then the outer numbering resumes.
        (["1", "2", "370A", "3"], True),
        # A restart at 1 (a second Act).
        (["2", "1", "2"], True),
        # Numbers that go down at random are not a section numbering.
        (["9", "4", "7", "2", "5"], False),
    ],
)
def test_sequence_consistency(numbers: list[str], consistent: bool) -> None:
    assert (sequence_consistency(numbers) >= 0.7) is consistent


@pytest.mark.parametrize(
    ("text", "warning"),
    [
        # Points hanging from a Part are a section number that was missed.
        ("PART 2\n(a) the first thing that is listed here\n(b) the second thing listed here", "under a heading"),
        # Two Acts in one file: the numbering restarts.
        (
            "1. Short title\nThis Act may be cited as the First Act.\n2. Offence\nA person who recruits commits an "
            "offence.\n1. Short title\nThis Act may be cited as the Second Act.",
            "starts again",
        ),
        # Numbering lost part-way: the rest of the file stands under a Part, in no provision.
        (
            "PART 1\n1. Offence\nA person who recruits another for exploitation commits an offence.\nPART 2\n"
            + "\n".join(["Some long unnumbered text that continues after the numbering was lost."] * 12),
            "not recognised after paragraph 3",
        ),
        # Lines numbered in sequence with a word no pattern knows: read as text, and said so.
        (
            "1. Offence\nA person who recruits another for exploitation commits an offence.\n"
            "Clausula 2 A person who harbours another commits an offence.\nClausula 3 Another rule.\n"
            "Clausula 4 Yet another rule.",
            "not recognised after paragraph 3",
        ),
    ],
)
def test_reading_warnings(text: str, warning: str) -> None:
    assert any(warning in w for w in legislation_from_text(text).reading.warnings)


def test_well_read_law_has_no_warning() -> None:
    # A plain law read well: no warning at all.
    text = (
        "1. Short title\nThis Act may be cited as the Example Act.\n"
        "2. Offence\n(1) A person who recruits commits an offence."
    )
    reading = legislation_from_text(text).reading
    assert reading.warnings == () and reading.units == 2


def test_bare_numbered_act_inside_a_worded_code() -> None:
    # An Act numbered "1.", "2." under its own Parts, inside a code whose sections say "Section": its
    # sections are read as sections (under each Part), and the code's sections around it stay the code's.
    text = ("Section 40. Theft\n(1) Whoever steals shall be punished with imprisonment for three years.\n"
            "CHAPTER IX SPECIAL ACTS\nPART I - PRELIMINARY\n1. Short title.\nThis Act may be cited as the Ports Act.\n"
            "2. Interpretation.\nIn this Act, a port means a harbour open to ships.\nPART II - OFFENCES\n"
            "3. Pilotage.\n(1) A master who enters a port without a pilot commits an offence.\n"
            "Section 41. Arson\nWhoever sets fire to a building shall be punished.\n")
    provisions = [p for p in cut(text) if p.kind is Kind.ARTICLE]
    assert [p.citation for p in provisions] == ["s. 40", "s. 1", "s. 2", "s. 3", "s. 41"]


def test_decimal_numbered_acts_inside_a_worded_code() -> None:
    # Extracts of two Acts with decimal and plain bare numbers inside a code whose articles say "Article":
    # "412.011" is inserted between "412.01" and "412.04" (decimal fractions), the second Act's title
    # closes the first, its "131" opens its own section, and the code resumes after it.
    text = ("CHAPITRE I\nDES VOLS\nArticle 1\nLe vol est puni de trois ans.\n"
            "PARTIE VIII\nInfractions contre la personne\n"
            "412.01 (1) Quiconque recrute une personne en vue de l'exploiter commet un acte criminel.\n"
            "(2) Ne constitue pas un consentement valable le consentement de la personne.\n"
            "412.011 Quiconque recrute un enfant en vue de l'exploiter commet un acte criminel.\n"
            "412.04 (1) Pour l'application des articles 412.01 à 412.03, une personne en exploite une autre si elle la "
            "force à travailler.\n(2) Le tribunal peut prendre en compte la tromperie.\n"
            "LOI SUR L'IMMIGRATION\nEntrée illégale\n"
            "131 (1) Commet une infraction quiconque organise l'entrée au pays d'une personne sans visa.\n"
            "(2) L'auteur de l'infraction est passible de dix ans.\n"
            "CHAPITRE XVII\nDES DÉLITS\nArticle 263\nLe délit est puni.\n")
    provisions = [p for p in cut(text, "fr") if p.kind is Kind.ARTICLE]
    assert [p.citation for p in provisions] == ["art. 1", "s. 412.01", "s. 412.011", "s. 412.04", "s. 131",
                                                "art. 263"]


@pytest.mark.parametrize(
    ("line", "number"),
    [
        # An inserted chapter: a roman numeral with a capital letter.
        ("CHAPTER XVIIIA", "XVIIIA"),
        # An inserted Part, mixed case.
        ("Part IIA", "IIA"),
        # "PART IN FORCE" is no Part numbered "IN".
        ("PART IN FORCE", None),
    ],
)
def test_inserted_divisions(line: str, number: str | None) -> None:
    from assessor.legislation.labels import division_label

    label = division_label(line)
    assert (label.number if label else None) == number


def test_decimal_sections_among_worded_ones() -> None:
    # "Section 70.1." then bare "71.2 Heading" and "71.3 Heading": decimal section numbers go on, each its
    # own section, and a decimal after its predecessor's base ("71.3" after "71.2") too.
    text = ("Section 70.1. Definition of bondage\nFor this Division, bondage is a condition of a person.\n"
            "71.2 Offence of enslavement\n(1) A person commits an offence if the person holds another in bondage.\n"
            "71.3 Enslavement - aggravated offence\n(1) A person commits an aggravated offence if the victim is a "
            "child.\n")
    assert [p.citation for p in cut(text) if p.kind is Kind.ARTICLE] == ["s. 70.1", "s. 71.2", "s. 71.3"]


def test_marginal_heading_then_the_sentence_wrapped() -> None:
    # "Heading. El que ..." cut at the column: the heading is the article's heading, the words after it
    # open its text, which goes on below.
    text = ("ARTÍCULO 12.-\nContrabando de personas. El que con ánimo de lucro\nfacilite la entrada ilegal al país de "
            "un extranjero será castigado con prisión.\n")
    article = next(p for p in cut(text, "es") if p.kind is Kind.ARTICLE)
    assert article.heading == "Contrabando de personas"
    assert article.text.startswith("El que con ánimo de lucro") and "será castigado" in article.text


def test_paragraph_sign_inside_an_article() -> None:
    # "§ 1er." under "Art. 433quinquies.": the sign numbers the article's paragraphs, as in civil-law codes.
    text = ("Art. 433quinquies.\n§ 1er. Constitue l'infraction le fait de recruter une personne à des fins :\n"
            "1° de travail forcé ;\n2° de prélèvement d'organes.\n"
            "§ 2. Le consentement de la personne est indifférent.\n"
            "Art. 433sexies.\nL'infraction est punie de cinq ans.\n")
    assert [p.citation for p in cut(text, "fr")] == [
        "art. 433quinquies", "art. 433quinquies § 1", "art. 433quinquies § 1 1°", "art. 433quinquies § 1 2°",
        "art. 433quinquies § 2", "art. 433sexies"]


def test_arrangement_of_sections_without_headings_in_the_body() -> None:
    # A bill's "ARRANGEMENT OF SECTIONS" lists headings; its body numbers the sections again from 1 with
    # sentences and no marginal notes: the list is a table of contents, not sections.
    text = ("THE PORTS BILL\nARRANGEMENT OF SECTIONS\n1. Short title\n2. Interpretation\n3. Pilotage\n"
            "BE IT ENACTED by Parliament as follows:\n1. This Act may be cited as the Ports Act.\n"
            "2. In this Act a port means a harbour open to ships of every flag.\n"
            "3. A master who enters a port without a pilot commits an offence.\n")
    articles = [p for p in cut(text) if p.kind is Kind.ARTICLE]
    assert [p.citation for p in articles] == ["s. 1", "s. 2", "s. 3"]
    assert articles[0].text.startswith("This Act may be cited")


def test_substituted_article_is_cited_by_its_number() -> None:
    # "L'article 50 ... est remplacé par les dispositions suivantes :" then the quoted article on one line,
    # its closing quotation mark included: the article is cited art. 50, with its text.
    text = ("Article 1er\nL'article 50 du code des ports est remplacé par les dispositions suivantes :\n"
            "« Art. 50. – Le pilotage est obligatoire dans les ports de commerce. »\n")
    article = next(p for p in cut(text, "fr") if p.citation == "art. 50")
    assert article.text == "Le pilotage est obligatoire dans les ports de commerce."


DIVISION_SEQUENCE_CASES = [
    # A law's "PART 1" copied into a code between its chapters IX and X: chapter X goes on with the code's
    # numbering, so it is not the law's Part's chapter: it goes back beside chapter IX, in Part III.
    ("PART III CRIMES\nCHAPTER IX THEFT\nSection 40. Theft\nWhoever steals is punished.\n"
     "PART 1 TRAFFICKING OFFENCES\n1. Offence\nA person who traffics commits an offence.\n"
     "CHAPTER X ARSON\nSection 41. Arson\nWhoever sets fire to a building is punished.\n",
     {"Chapter X": "Part III", "Part 1": None}),
    # The same with an inserted chapter ("IXA") holding the law: its Part is closed by chapter X too.
    ("BOOK ONE\nPART III CRIMES\nCHAPTER IXA SPECIAL ACTS\nPART 1 TRAFFICKING OFFENCES\n1. Offence\n"
     "A person who traffics commits an offence.\nCHAPTER X ARSON\nSection 41. Arson\nWhoever sets fire is punished.\n",
     {"Chapter X": "Book One", "Chapter IXA": "Part III"}),
    # Chapters numbered on across a code's own Parts stay in their Parts: Part II's numbering goes on.
    ("PART I\nCHAPTER I\nArticle 1\nText.\nCHAPTER II\nArticle 2\nText.\nPART II\nCHAPTER III\nArticle 3\nText.\n",
     {"Chapter III": "Part II", "Chapter II": "Part I"}),
    # An inserted Part ("PART IX.1", another code's) after the code's Part VI does not go on from it: the code's
    # next chapter returns to Part VI.
    ("PART VI LIBERTY\nCHAPTER XXII ABDUCTION\nSection 350. Abduction\nWhoever abducts is punished.\n"
     "PART IX.1 TRAFFICKING\n412.01 Every person who recruits another for exploitation commits an offence.\n"
     "CHAPTER XXIII ARMS\nSection 357. Arms\nWhoever sells firearms is punished.\n",
     {"Chapter XXIII": "Part VI", "Part IX.1": None}),
]


@pytest.mark.parametrize(("text", "parents"), DIVISION_SEQUENCE_CASES)
def test_division_numbering_resumes_across_a_foreign_part(text: str, parents: dict[str, str | None]) -> None:
    provisions = cut(text)
    by_uid = {p.uid: p for p in provisions}
    divisions = {p.citation: p for p in provisions if p.kind is Kind.DIVISION}
    got = {name: (by_uid[divisions[name].parent].citation if divisions[name].parent else None) for name in parents}
    assert got == parents


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        # A short capitalised line is a heading.
        ("Prévention de la servitude", True),
        # A line stopping on a preposition is a sentence cut at the column, not a heading.
        ("L'étranger qui a été victime des faits prévus aux", False),
        # Nor on an article.
        ("Il est institué un Conseil national de lutte contre la", False),
        # A heading ending on a capital letter ("Schedule A") stays one.
        ("Forms in Schedule A", True),
    ],
)
def test_heading_does_not_stop_on_a_function_word(line: str, heading: bool) -> None:
    from assessor.legislation.headings import is_heading_like

    assert is_heading_like(line) is heading


@pytest.mark.parametrize(
    ("label", "article"),
    [
        # A worded label alone, its first subsection on the next line after a dash.
        ("Section 3.", "s. 3"),
        # The abbreviated word.
        ("S. 3", "s. 3"),
        # A dash already after the label.
        ("Sec. 3 —", "s. 3"),
        # An article in a civil-law style.
        ("Article 3", "art. 3"),
    ],
)
def test_label_alone_then_dashed_first_subsection(label: str, article: str) -> None:
    text = (f"{label}\n—(1) Any person who recruits another person for exploitation commits an offence.\n"
            "(2) Any person who harbours a child for exploitation commits an offence.\n")
    cited = [p.citation for p in cut(text) if p.kind is not Kind.DIVISION]
    assert cited == [article, f"{article}(1)", f"{article}(2)"]


def test_repealed_sections_note_keeps_a_bare_numbering_inside_a_worded_code() -> None:
    # An Act numbered bare inside a code whose sections say "Section": after "[Sections 4 to 19 repealed ...]"
    # the Act's "20." under its next Part is its next section, not text of section 3.
    text = ("Section 40. Theft\n(1) Whoever steals shall be punished with imprisonment for three years.\n"
            "CHAPTER IX SPECIAL ACTS\nPART I - PRELIMINARY\n1. Short title.\nThis Act may be cited as the Ports Act.\n"
            "2. Interpretation.\nIn this Act, a port means a harbour open to ships.\n3. Harbour masters.\n"
            "The Minister appoints harbour masters.\n[Sections 4 to 19 repealed by the Ports (Amendment) Act.]\n"
            "PART II - OFFENCES\n20. Pilotage.\n(1) A master who enters a port without a pilot commits an offence.\n"
            "Section 41. Arson\nWhoever sets fire to a building shall be punished.\n")
    provisions = [p for p in cut(text) if p.kind is Kind.ARTICLE]
    assert [p.citation for p in provisions] == ["s. 40", "s. 1", "s. 2", "s. 3", "s. 20", "s. 41"]


def test_act_with_lost_numbers_inside_a_worded_code() -> None:
    # A scanned Act whose section numbers were lost, copied between two sections of a worded code: after its
    # enacting formula it is read by its headings (s. 1, s. 2, s. 3), and the code's next section is the code's.
    text = ("Section 40. Theft\n(1) Whoever steals shall be punished with imprisonment for three years.\n"
            "CHAPTER IXA SPECIAL ACTS\nACT NO. 7 OF 2020\nAn Act to protect harbours\n"
            "It is hereby enacted as follows:\n"
            "Short title\n(1) This Act may be called the Harbours Act.\n(2) It comes into force at once.\n"
            "Definitions\nIn this Act, a harbour means a port open to ships.\n"
            "Pilotage offence\n(1) A master who enters a harbour without a pilot commits an offence.\n"
            "(2) The offence is punished with a fine.\n"
            "Power to make rules\nThe Minister may make rules under this Act.\n"
            "CHAPTER X ARSON\nSection 41. Arson\nWhoever sets fire to a building shall be punished.\n")
    provisions = [p for p in cut(text) if p.kind is Kind.ARTICLE]
    assert [(p.citation, p.heading) for p in provisions] == [
        ("s. 40", "Theft"), ("s. 1", "Short title"), ("s. 2", "Definitions"), ("s. 3", "Pilotage offence"),
        ("s. 4", "Power to make rules"), ("s. 41", "Arson")]


# An amending clause quoting the articles it inserts, as one line and hard-wrapped at the column.
_AMENDING = ('Artículo 1.- Introdúcense las siguientes modificaciones en el Código Penal:\n1. Derógase el artículo '
             '298.\n2. Derógase el artículo 299.\n3. Intercálase, en el '
             'Título IX, el siguiente párrafo, con los artículos que se indican: "7 bis. De la trata de personas '
             '"Artículo 300 bis.- Trata de personas. El que capte o acoja personas para su explotación será castigado '
             'con presidio. Si la víctima fuere menor de edad, la pena se aumentará en un grado. Artículo 300 ter.- '
             'El que financie las conductas del artículo anterior será sancionado como autor. Las penas se '
             'agravarán si el autor es funcionario público.".\nArtículo 2.- Esta ley rige desde su publicación.\n')


def _wrapped(text: str, width: int) -> str:
    import textwrap

    return "\n".join(w for line in text.splitlines() for w in textwrap.wrap(line, width))


@pytest.mark.parametrize("width", [0, 60, 70, 80])
def test_amending_clause_inserts_survive_hard_wrap(width: int) -> None:
    # The inserted articles are cited by the numbers they take in the code, their text complete and apart
    # from the amending clause, whether the clause is one line (0) or wrapped at 60-80 columns.
    text = _wrapped(_AMENDING, width) if width else _AMENDING
    provisions = {p.citation: p for p in cut(text, "es") if p.kind is Kind.ARTICLE}
    assert sorted(provisions) == ["art. 1", "art. 2", "art. 300 bis", "art. 300 ter"]
    assert any(p.citation == "art. 1(3)" for p in cut(text, "es"))
    assert provisions["art. 300 ter"].text.endswith("funcionario público.")
    assert "capte" not in provisions["art. 1"].text and "capte" in provisions["art. 300 bis"].text


def test_second_act_after_a_definition_in_a_worded_file() -> None:
    # A worded section, a bare "81." definitions section, then another Act titled in capitals and numbered
    # from "1.": its sections are its own, not points of the last definition.
    text = ("Section 13\n(1) Any person who harbours another for exploitation commits an offence.\n"
            "81. In this Act-\n“Agency” means the agency established under section 2.\n"
            "“Carrier” means any person who carries passengers.\n"
            "MUSEUMS ACT\n1. Short title.\nThis Act may be cited as the Museums Act.\n"
            "2. Fees.\nNo fee shall be charged to children.\n")
    cited = [p.citation for p in cut(text) if p.kind is Kind.ARTICLE]
    assert cited == ["s. 13", "s. 81", "s. 1", "s. 2"]


def test_act_title_in_capitals_closes_the_article_before() -> None:
    # An Act, then another Act's capital title and its front matter: the title is not text of the last
    # article of the first Act.
    text = ("Artículo 7.- Reglamentación. El Poder Ejecutivo reglamentará la presente ley.\n"
            "LEY GENERAL SOBRE LA PROTECCIÓN DE LAS VÍCTIMAS DE DELITOS\n"
            "Publicada en el Diario Oficial el 3 de mayo.\n"
            "Artículo 1.- Objeto. Esta ley protege a las víctimas.\n")
    provisions = cut(text, "es")
    article_7 = next(p for p in provisions if p.citation == "art. 7")
    assert "VÍCTIMAS" not in article_7.text
    assert any(p.kind is Kind.PREAMBLE and "LEY GENERAL" in p.text for p in provisions)
    # A heading in capitals that is no Act title stays in its article.
    text = ("Artículo 7.- Daños. El que dañare un libro será sancionado.\nPENAS ACCESORIAS DE LOS DELITOS\n"
            "El juez podrá imponer la inhabilitación.\n")
    assert not any(p.kind is Kind.PREAMBLE for p in cut(text, "es"))


# Drafting patterns of other legislative traditions (each case invented; see tests/invented_laws.py).
TRADITION_CASES = [
    # An arrangement of sections whose entries close with a full stop, under a "Section" column header.
    ("toc_entries_with_stops",
     "ARRANGEMENT OF SECTIONS\nSection\n1. Short title.\n2. Offence of harbouring.\nBe it enacted as follows:\n"
     "Short title.\n1.—This Act may be cited as the Harbouring Act of Norvale.\nOffence of harbouring.\n"
     "2.—(1) A person who hides a victim shall be guilty of an offence.",
     "en", {"1", "2", "2.1"}, set()),
    # A heading closed by a full stop above "3.—(1)": the section's heading, not the text of the one before.
    ("heading_with_stop_above_label",
     "1.—(1) This Act applies in Norvale.\nProtection of witnesses.\n2.—(1) A court may hear a witness by video.",
     "en", {"1.1", "2", "2.1"}, set()),
    # A short sentence closed by a full stop above a label is still text (negative: it has a verb).
    ("sentence_above_label_is_text",
     "1.—(1) This Act applies in Norvale.\nIt binds the State.\n2.—(1) A court may hear a witness by video.",
     "en", {"1.1", "2.1"}, set()),
    # A decimal section number alone on its line, its sentence below.
    ("lone_decimal_number", "Definitions\n318.01\nThe following definitions apply in this Part.\n"
     "Harbouring\n318.02 (1) Every person who hides a victim is guilty of an offence.",
     "en", {"318.01", "318.02", "318.02.1"}, set()),
    # A bare decimal section "318.02 (1) Every ..." after a worded "Section 318.01.": the numbering goes on.
    ("bare_decimal_after_worded",
     "Section 318.01. The following definitions apply in this Part.\n"
     "318.02 (1) Every person who hides a victim is guilty of an offence.\n(2) The penalty is a fine.",
     "en", {"318.01", "318.02", "318.02.1", "318.02.2"}, {"318.01.2"}),
    # A bare section "1.—" alone on its line, its first subsection on the next.
    ("lone_dashed_number", "1.—\n(1) This Act may be cited as the Harbouring Act.\n(2) It applies at once.\n"
     "2.—\n(1) A person who hides a victim shall be guilty of an offence.",
     "en", {"1", "1.1", "1.2", "2", "2.1"}, set()),
    # A division numbered with a hyphen or a decimal after its Roman number, and a French "Section II.–".
    ("hyphenated_and_decimal_divisions",
     "Chapitre IV-2. – Des atteintes à la liberté\nSection I.– Du recel de personnes\nArt. 290-1.\n"
     "Le fait de cacher une victime est puni d'un an d'emprisonnement.",
     "fr", {"chapitre.iv.2", "i", "290.1"}, {"chapitre.iv"}),
    # Quoted articles inserted by an amending law, each paragraph opening with a guillemet.
    ("guillemet_inserts",
     "Article premier\nLe code pénal est complété par les articles suivants :\n"
     "« Article 305-1 : Le fait de cacher une victime est puni de deux ans d'emprisonnement.\n"
     "« Article 305-2 : La tentative est punie des mêmes peines. »\nArticle 2\nLa présente loi entre en vigueur.",
     "fr", {"1", "305.1", "305.2", "2"}, set()),
    # "1-", "2-" points (Maghreb codes).
    ("hyphen_points",
     "Article 12 : La peine est doublée lorsque :\n1- la victime est blessée ;\n2- l'auteur est un agent public.",
     "fr", {"12", "12.1", "12.2"}, set()),
    # An inserted article's letter set off from its number: "Artículo 40. B.-" is article 40-B.
    ("letter_after_number",
     "Artículo 40.- Ocultación\nEl que oculta a una víctima será reprimido.\n"
     "Artículo 40. B.- Forma agravada\nLa pena se duplica si la víctima es menor.",
     "es", {"40", "40.b"}, set()),
    # A section's name, a dash and its first lettered point on the label line (Philippine Republic Acts):
    # "SEC. 10. Penalties. – (a) Any person ..." opens point (a) of section 10 under the heading.
    ("heading_then_first_point",
     "SEC. 9. Scope. – This Act applies everywhere.\nSEC. 10. Penalties and Sanctions. – (a) Any person who "
     "hides a victim shall suffer imprisonment;\n(b) Any person who aids shall suffer a fine.",
     "en", {"9", "10", "10.a", "10.b"}, set()),
]


@pytest.mark.parametrize(("name", "text", "language", "found", "absent"), TRADITION_CASES,
                         ids=[c[0] for c in TRADITION_CASES])
def test_tradition_layouts(name: str, text: str, language: str, found: set[str], absent: set[str]) -> None:
    got = keys(text, language)
    assert found <= got, f"{name}: missing {found - got} in {sorted(got)}"
    assert not (absent & got), f"{name}: unexpected {absent & got}"


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        # an unquoted lower-case term under "The following definitions apply" is a definition unit
        ("Section 12. The following definitions apply in this Part.\nvictim means a person who is harboured.\n"
         "shelter includes any dwelling.", {"victim", "shelter"}),
        # a term alone on its line in quotation marks, its meaning on the next
        ('1. In this Act—\n"victim"\nmeans a person who is harboured;\n"shelter"\nincludes any dwelling.',
         {"victim", "shelter"}),
        # outside a definitions section an unquoted "x means" line is text (negative)
        ("Section 12. A court may hear a witness.\nvictim means nothing here.", set()),
    ],
)
def test_definition_layouts(text: str, terms: set[str]) -> None:
    assert {t for p in cut(text) for t in p.defines} == terms


@pytest.mark.parametrize(
    ("line", "pieces"),
    [
        # Definitions run onto their lead-in: one line per definition, citable as s. 3(a), (b), (c).
        ("3. As used in this Act: (a) child refers to X; (b) minor refers to Y; and (c) ward refers to Z.",
         ["3. As used in this Act:", "(a) child refers to X;", "(b) minor refers to Y; and", "(c) ward refers to Z."]),
        # A French list of purposes with "1°" labels after "en vue :".
        ("Le fait de recruter en vue : 1° de la prostitution ; 2° du travail forcé.",
         ["Le fait de recruter en vue :", "1° de la prostitution ;", "2° du travail forcé."]),
        # A nested list: the items of item (a) are cut too.
        ("The offences are: (a) theft, including: (i) of cattle; (ii) of goods; (b) arson.",
         ["The offences are:", "(a) theft, including:", "(i) of cattle;", "(ii) of goods;", "(b) arson."]),
        # Negative: references to points, not a list ("section 3(a) and (b)").
        ("within the meaning of section 3(a) and (b) of the Act",
         ["within the meaning of section 3(a) and (b) of the Act"]),
        # Negative: one item only after the colon is not cut (it may be a reference: "as follows: (a) above").
        ("The penalty is as follows: (a) above applies.", ["The penalty is as follows: (a) above applies."]),
        # Negative: labels out of sequence are not a list.
        ("It includes: (a) one thing; (c) another thing.", ["It includes: (a) one thing; (c) another thing."]),
    ],
)
def test_inline_list_items(line: str, pieces: list[str]) -> None:
    from assessor.legislation.layout import inline_items

    assert inline_items(line) == pieces


@pytest.mark.parametrize(
    ("line", "article"),
    [
        # "S. 1 In this Act, ...": a capital after the number opens the section's first sentence.
        ("S. 1 In this Act, unless the context indicates otherwise—", "1"),
        # "Section 2 of the Act provides ...": a sentence about a section, not its label.
        ("Section 2 of the Act provides for a fine.", None),
        # "section 4 in the Schedule": lower case, a reference.
        ("Section 4 in the Schedule is repealed.", None),
    ],
)
def test_section_label_before_a_capitalised_sentence(line: str, article: str | None) -> None:
    from assessor.legislation.labels import article_label

    label = article_label(line)
    assert (label.number if label else None) == article


def test_arrangement_of_sections_with_s_dot_entries() -> None:
    # A table of contents whose entries say "S. 1 Definitions" is dropped; the body's "S. 1 In this Act" is
    # the section.
    text = ("ARRANGEMENT OF SECTIONS\nS. 1 Definitions\nS. 2 Offence\nBE IT ENACTED as follows:\n"
            "S. 1 In this Act, \"child\" means a person under eighteen.\n"
            "S. 2 Any person who recruits a child for exploitation commits an offence.\n")
    provisions = [p for p in cut(text) if p.kind is Kind.ARTICLE]
    assert [(p.citation, p.text[:10]) for p in provisions] == [("s. 1", "In this Ac"), ("s. 2", "Any person")]


def test_act_with_its_arrangement_deep_inside_a_worded_code() -> None:
    # An Act copied into a code several hundred lines down brings its own "ARRANGEMENT OF SECTIONS" (set
    # aside), marginal headings with a full stop above "1.—(1)", "2.—In this Act—" and "6.—A person ..."
    # sections (each its own section, its heading kept off the section before).
    code = "".join(f"Section {n}. Arson.\nWhoever sets fire to a barn shall be punished.\n" for n in range(1, 260))
    act = ("CHAPTER XVIA\nSPECIAL PROVISIONS\nEXAMPLE ACT 2031\nARRANGEMENT OF SECTIONS\nSection\n"
           "1. Short title.\n2. Interpretation.\n3. Offence.\n"
           "Short title.\n1.—(1) This Act may be cited as the Example Act 2031.\n"
           "Interpretation.\n2.—In this Act, \"child\" means a person under eighteen.\n"
           "Offence.\n3.—A person who recruits a child for exploitation shall be guilty of an offence.\n"
           "CHAPTER XVII\nOTHER OFFENCES\nSection 260. Theft.\nWhoever steals shall be punished.\n")
    provisions = cut(code + act)
    articles = [(p.citation, p.heading) for p in provisions if p.kind is Kind.ARTICLE][-4:-1]
    assert articles == [("s. 1", "Short title"), ("s. 2", "Interpretation"), ("s. 3", "Offence")]
    assert [p.citation for p in provisions if p.kind is Kind.ARTICLE][-1] == "s. 260"
    assert not any("Offence." in p.text for p in provisions if p.citation == "s. 2")


def test_two_tables_of_contents_are_both_set_aside() -> None:
    # A file holding a table of ranges and then the Act's own arrangement: both are set aside.
    text = ("ARRANGEMENT OF SECTIONS\nSections 1 to 2\nEXAMPLE ACT\nARRANGEMENT OF SECTIONS\n1. Short title.\n"
            "2. Offence.\nBe it enacted as follows:\n1. This Act is the Example Act.\n"
            "2. A person who recruits a child for exploitation commits an offence.\n")
    provisions = [p for p in cut(text) if p.kind is Kind.ARTICLE]
    assert [(p.citation, p.text[:9]) for p in provisions] == [("s. 1", "This Act "), ("s. 2", "A person ")]


@pytest.mark.parametrize(
    ("line", "number"),
    [
        # The article "A" opening the section's sentence is no suffix.
        ("S. 6 A person who attempts an offence is guilty of an offence.", "6"),
        # A suffix letter before a heading is one.
        ("Article 5 A. Trafficking of organs", "5 A"),
    ],
)
def test_single_letter_after_a_section_number(line: str, number: str) -> None:
    from assessor.legislation.labels import article_label

    label = article_label(line)
    assert label is not None and label.number == number
