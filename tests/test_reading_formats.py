"""Each format reads to the expected blocks; format and language detection."""

from __future__ import annotations

import codecs

import pytest

from assessor.legislation.formats import detect_format, read_blocks
from assessor.legislation.formats_pdf import _join, _strip_furniture
from assessor.legislation.language import detect_language
from assessor.legislation.model import Block
from assessor.legislation.safety import Limits
from docbuild import AKN_NS, Para, akn_bytes, docx_bytes, docx_package, odt_bytes, pdf_bytes

LIMITS = Limits()
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def read(name: str, data: bytes) -> tuple[list[Block], str]:
    """What the orchestrator does: detect, then read."""
    return read_blocks(data, detect_format(name, data), name, LIMITS)


def texts(name: str, data: bytes) -> list[str]:
    return [b.text for b in read(name, data)[0]]


# ---------------------------------------------------------------- docx

ARTICLES = [
    Para("Trafficking in persons", numbering="articles"),
    Para("Any person who recruits another person", numbering="articles", level=1),
    Para("by force;", numbering="articles", level=2),
    Para("by deception,", numbering="articles", level=2),
    Para("commits an offence.", numbering="articles", level=1),
    Para("Smuggling of migrants", numbering="articles"),
    Para("Any person who procures", numbering="articles", level=1),
    Para("for a financial benefit;", numbering="articles", level=2),
    Para("by fraud:", numbering="articles", level=2),
    Para("using a document;", numbering="articles", level=3),
    Para("using a permit.", numbering="articles", level=3),
]
ARTICLES_EXPECTED = [
    "Article 1 Trafficking in persons", "(1) Any person who recruits another person", "(a) by force;",
    "(b) by deception,", "(2) commits an offence.", "Article 2 Smuggling of migrants",
    "(1) Any person who procures", "(a) for a financial benefit;", "(b) by fraud:", "(i) using a document;",
    "(ii) using a permit.",
]


def _numbering_with(extra_nums: str) -> str:
    """docbuild's numbering part (abstractNum 1 = "articles") plus hand-written <w:num> elements."""
    from docbuild import _numbering_xml

    return _numbering_xml().replace("</w:numbering>", extra_nums + "</w:numbering>")


def _doc(*paragraphs: str) -> str:
    return f'<w:document xmlns:w="{W}"><w:body>{"".join(paragraphs)}</w:body></w:document>'


def _p(text: str, num: tuple[int, int] | None = None, style: str | None = None) -> str:
    props = f'<w:pStyle w:val="{style}"/>' if style else ""
    if num:
        props += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    return f'<w:p><w:pPr>{props}</w:pPr><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


_STYLES_WITH_NUMBERED_STYLE = (
    f'<w:styles xmlns:w="{W}"><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
    '</w:style><w:style w:type="paragraph" w:styleId="ArtStyle"><w:name w:val="Article"/>'
    '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="ParaStyle"><w:name w:val="Paragraph"/><w:basedOn w:val="ArtStyle"/>'
    '<w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="T1"><w:name w:val="Titre 1"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="T2"><w:name w:val="Título 2"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Outline"><w:name w:val="My outline"/>'
    '<w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style></w:styles>'
)

DOCX_CASES = [
    # Word's automatic numbering: Article N, (1), (a), (i) survive, and deeper levels restart under a new article.
    ("articles", docx_bytes(ARTICLES), ARTICLES_EXPECTED),
    # Numbered sections "1." with subsections "(1)".
    ("sections", docx_bytes([Para("Short title", numbering="sections"), Para("This Act", numbering="sections", level=1),
                             Para("Interpretation", numbering="sections"), Para("In this Act", numbering="sections",
                                                                                  level=1)]),
     ["1. Short title", "(1) This Act", "2. Interpretation", "(1) In this Act"]),
    # Spanish: "Artículo 1", "1.", "a)".
    ("articulos", docx_bytes([Para("De la trata", numbering="articulos"), Para("Será castigado", numbering="articulos",
                                                                              level=1),
                              Para("con violencia;", numbering="articulos", level=2),
                              Para("con engaño.", numbering="articulos", level=2)]),
     ["Artículo 1 De la trata", "1. Será castigado", "a) con violencia;", "b) con engaño."]),
    # French: "Article 1", "1°", "2°".
    ("fr", docx_bytes([Para("La traite", numbering="fr"), Para("le fait de recruter ;", numbering="fr", level=1),
                       Para("le fait de transporter.", numbering="fr", level=1)]),
     ["Article 1 La traite", "1° le fait de recruter ;", "2° le fait de transporter."]),
    # Numbering headings interleaved with numbered articles keeps counting (one list).
    ("headings between articles", docx_bytes([Para("PART 1", "Heading 1"), Para("First", numbering="articles"),
                                              Para("PART 2", "Heading 1"), Para("Second", numbering="articles")]),
     ["PART 1", "Article 1 First", "PART 2", "Article 2 Second"]),
    # Numbering inherited from the paragraph style (and its basedOn parent), no numPr on the paragraphs.
    ("style numbering", docx_package(_doc(_p("Offence", style="ArtStyle"), _p("Whoever", style="ParaStyle"),
                                          _p("Penalty", style="ArtStyle")), _STYLES_WITH_NUMBERED_STYLE),
     ["Article 1 Offence", "(1) Whoever", "Article 2 Penalty"]),
    # "Restart numbering": a second num with startOverride counts on its own from the override.
    ("startOverride", docx_package(
        _doc(_p("One", (1, 0)), _p("Ten", (9, 0)), _p("Eleven", (9, 0))),
        numbering_xml=_numbering_with('<w:num w:numId="9"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0">'
                                      '<w:startOverride w:val="10"/></w:lvlOverride></w:num>')),
     ["Article 1 One", "Article 10 Ten", "Article 11 Eleven"]),
    # Two nums of one abstractNum without overrides share the list (Word continues the count).
    ("shared abstractNum", docx_package(
        _doc(_p("One", (1, 0)), _p("Two", (8, 0))),
        numbering_xml=_numbering_with('<w:num w:numId="8"><w:abstractNumId w:val="1"/></w:num>')),
     ["Article 1 One", "Article 2 Two"]),
    # numId 0 switches numbering off; an unknown numId is ignored.
    ("numbering off", docx_package(_doc(_p("Plain", (0, 0)), _p("Unknown", (77, 0)))), ["Plain", "Unknown"]),
    # Tabs and breaks become spaces; runs are concatenated; table cells are read; empty paragraphs skipped.
    ("runs, tabs, tables", docx_package(_doc(
        '<w:p><w:r><w:t>Art.</w:t></w:r><w:r><w:tab/><w:t>5</w:t><w:br/><w:t>Penalty</w:t></w:r></w:p>',
        "<w:p/>",
        '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Cell one</w:t></w:r></w:p></w:tc>'
        '<w:tc><w:p><w:r><w:t>Cell two</w:t></w:r></w:p></w:tc></w:tr></w:tbl>',
        '<w:p><w:r><w:delText>deleted</w:delText></w:r><w:r><w:t>kept</w:t></w:r></w:p>')),
     ["Art. 5 Penalty", "Cell one", "Cell two", "kept"]),
    # A table of contents (content control of the "Table of Contents" gallery, or "toc N" styles) is skipped.
    ("table of contents", docx_package(_doc(
        '<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj></w:sdtPr>'
        "<w:sdtContent>" + _p("Article 1 Offence ........ 3") + "</w:sdtContent></w:sdt>",
        _p("Article 2 Penalty ........ 4", style="TOC1"), _p("Article 1 Offence")),
        f'<w:styles xmlns:w="{W}"><w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/></w:style>'
        "</w:styles>"),
     ["Article 1 Offence"]),
]


@pytest.mark.parametrize(("case", "data", "expected"), DOCX_CASES, ids=[c[0] for c in DOCX_CASES])
def test_docx_blocks(case: str, data: bytes, expected: list[str]) -> None:
    assert texts("law.docx", data) == expected


def test_docx_headings_and_title() -> None:
    # Heading levels from style names in English, French and Spanish and from an outline level; core title.
    data = docx_bytes([Para("Chapter I", "Heading 1"), Para("Offences", "Heading 2"), Para("Body text."),
                       Para("Titre premier", "Titre 1"), Para("Capítulo", "Título 2")], title="Anti-Trafficking Bill")
    blocks, title = read("bill.docx", data)
    assert title == "Anti-Trafficking Bill"
    assert [(b.text, b.heading_level) for b in blocks] == [
        ("Chapter I", 1), ("Offences", 2), ("Body text.", None), ("Titre premier", 1), ("Capítulo", 2)]
    styled = docx_package(_doc(_p("Level three", style="Outline"), _p("Titre", style="T1")),
                          _STYLES_WITH_NUMBERED_STYLE)
    assert [(b.text, b.heading_level) for b in read("x.docx", styled)[0]] == [("Level three", 3), ("Titre", 1)]


def test_docx_lvl_restart_never() -> None:
    # w:lvlRestart 0 on level 1: "(n)" keeps counting across articles.
    numbering = _numbering_with("").replace(
        '<w:lvl w:ilvl="1"><w:start w:val="1"/>', '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:lvlRestart w:val="0"/>', 1)
    data = docx_package(_doc(_p("A", (1, 0)), _p("x", (1, 1)), _p("B", (1, 0)), _p("y", (1, 1))),
                        numbering_xml=numbering)
    assert texts("x.docx", data) == ["Article 1 A", "(1) x", "Article 2 B", "(2) y"]


# ---------------------------------------------------------------- odt

ODT_CASES = [
    # The same schemes as Word, written as ODF list styles (prefix, format, suffix): same labels.
    ("articles", odt_bytes(ARTICLES), ARTICLES_EXPECTED),
    # Headings between articles: the next list continues the numbering (text:continue-numbering).
    ("continued", odt_bytes([Para("Chapter 1", "Heading 1"), Para("First", numbering="articles"),
                             Para("Chapter 2", "Heading 1"), Para("Second", numbering="articles"),
                             Para("Para", numbering="articles", level=1)]),
     ["Chapter 1", "Article 1 First", "Chapter 2", "Article 2 Second", "(1) Para"]),
    # Spanish scheme.
    ("articulos", odt_bytes([Para("Trata", numbering="articulos"), Para("Será", numbering="articulos", level=1),
                             Para("con violencia", numbering="articulos", level=2)]),
     ["Artículo 1 Trata", "1. Será", "a) con violencia"]),
]


@pytest.mark.parametrize(("case", "data", "expected"), ODT_CASES, ids=[c[0] for c in ODT_CASES])
def test_odt_blocks(case: str, data: bytes, expected: list[str]) -> None:
    assert texts("law.odt", data) == expected


def test_odt_headings_spaces_start_value_and_title() -> None:
    # text:h outline levels; text:s, text:tab, text:line-break as spaces; a list starting at 4; bullets; notes skipped.
    import io
    import zipfile

    data = odt_bytes([Para("Part One", "Heading 1"), Para("x")], title="Loi n° 2024-1")
    body = ('<text:h text:outline-level="2">Offences</text:h>'
            '<text:p>Art.<text:s text:c="3"/>5<text:tab/>Penalty<text:line-break/>next'
            '<text:note><text:note-body><text:p>footnote</text:p></text:note-body></text:note></text:p>'
            '<text:list text:style-name="fr"><text:list-item text:start-value="4"><text:p>quatre</text:p>'
            "</text:list-item><text:list-item><text:p>cinq</text:p></text:list-item></text:list>"
            '<text:list text:style-name="B"><text:list-item><text:p>bullet</text:p></text:list-item></text:list>')
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == "content.xml":
                content = content.replace(b"<text:p text:style-name=\"Standard\">x</text:p>", body.encode())
                content = content.replace(b"<office:automatic-styles/>", (
                    b'<office:automatic-styles><text:list-style style:name="B"><text:list-level-style-bullet '
                    b'text:level="1" text:bullet-char="\xe2\x80\xa2"/></text:list-style></office:automatic-styles>'))
            zf.writestr(info, content)
    blocks, title = read("loi.odt", out.getvalue())
    assert title == "Loi n° 2024-1"
    assert [(b.text, b.heading_level) for b in blocks] == [
        ("Part One", 1), ("Offences", 2), ("Art. 5 Penalty next", None), ("Article 4 quatre", None),
        ("Article 5 cinq", None), ("- bullet", None)]


# ---------------------------------------------------------------- pdf

# Every paragraph starts with a label or is a heading, as in a statute, so blocks must equal paragraphs.
PDF_PAGES = [
    ["CHAPTER 1 PRELIMINARY",
     "Article 1 Short title",
     "This Act may be cited as the Prevention of Trafficking in Persons Act and shall come into force on the "
     "date fixed by the Minister by notice published in the Gazette.",
     "Article 2 Interpretation",
     "(1) In this Act, unless the context otherwise requires:",
     "(a) \"exploitation\" includes, among other things, the exploitation of the prostitution of others or other forms "
     "of sexual exploitation, forced labour or services, slavery or practices similar to slavery, servitude or "
     "the removal of organs;",
     "(b) \"child\" means any person under eighteen years of age;"],
    ["Article 3 Trafficking in persons",
     "(1) Whoever recruits, transports, transfers, harbours or receives someone else by means of the "
     "threat or use of force or other forms of coercion, of abduction, of fraud, of deception, of the abuse of "
     "power or of a position of vulnerability, for the purpose of exploitation, commits an offence.",
     "(2) The consent of a victim of trafficking in persons to the intended exploitation shall be irrelevant "
     "where any of the means set forth in subsection (1) have been used."],
    ["Article 4 Penalties",
     "(1) A person convicted of an offence under article 3 shall be liable to imprisonment for a term of not "
     "less than eight years and not more than twenty years, and to a fine.",
     "(2) Where the offence is committed against a child, the penalty shall be imprisonment for a term of not "
     "less than twelve years."],
    ["Article 5 Protection of victims",
     "(1) The competent authorities shall identify victims, refer them to assistance and protect their privacy "
     "and identity, including by making legal proceedings relating to trafficking confidential."],
]
PDF_PARAGRAPHS = [p for page in PDF_PAGES for p in page]


@pytest.mark.parametrize("hyphenate", [False, True], ids=["wrapped", "hyphenated"])
def test_pdf_paragraphs_rebuilt(hyphenate: bool) -> None:
    # Header, "Page N" footers removed; wrapped lines joined; hyphenation repaired; labels start blocks.
    data = pdf_bytes(PDF_PAGES, header="OFFICIAL GAZETTE OF RURITANIA - No. 14 of 2 May 2024", width_chars=70,
                     hyphenate=hyphenate)
    blocks = read("act.pdf", data)[0]
    assert [b.text for b in blocks] == PDF_PARAGRAPHS
    assert [b.page for b in blocks][:7] == [1] * 7 and blocks[-1].page == 4


def test_pdf_without_furniture_on_few_pages() -> None:
    # Two pages: too few to call a line a running header, but page numbers still go.
    data = pdf_bytes(PDF_PAGES[:2], header=None)
    assert [b.text for b in read("act.pdf", data)[0]] == PDF_PAGES[0] + PDF_PAGES[1]


JOIN_CASES = [
    # "traf-" + lower case: a word hyphenated at the line end is repaired.
    ([["(1) Any person who commits the offence of traf-", "ficking in persons shall be punished."]],
     ["(1) Any person who commits the offence of trafficking in persons shall be punished."]),
    # A hyphen before a digit belongs to the number: "225-4-" + "1" keeps it, without a space.
    ([["La traite des êtres humains est réprimée par l'article 225-4-", "1 du code pénal et ses suivants ici."]],
     ["La traite des êtres humains est réprimée par l'article 225-4-1 du code pénal et ses suivants ici."]),
    # A short line ending with ":" ends a paragraph; labels "(a)" start blocks.
    ([["(1) In this Act:", "(a) child means a person;", "(b) State means Ruritania."]],
     ["(1) In this Act:", "(a) child means a person;", "(b) State means Ruritania."]),
    # A long line ending with "." inside a paragraph is joined to the next.
    ([["Whoever recruits a person for exploitation shall be punished. The court may also order the",
       "forfeiture of the proceeds."]],
     ["Whoever recruits a person for exploitation shall be punished. The court may also order the forfeiture "
      "of the proceeds."]),
]


@pytest.mark.parametrize(("pages", "expected"), JOIN_CASES)
def test_pdf_line_joining(pages: list[list[str]], expected: list[str]) -> None:
    assert [b.text for b in _join(pages)] == expected


FURNITURE_CASES = [
    # Running header (digits vary) and page-number footers in several styles, on 4 pages.
    ([[f"Gazette No. {n} of 2024", word, f"- {n} -"] for n, word in enumerate(["One.", "Two.", "Three.", "Four."], 1)],
     [["One."], ["Two."], ["Three."], ["Four."]]),
    ([[f"Page {n} of 40", word, f"{n}/40"] for n, word in enumerate(["One.", "Two.", "Three.", "Four."], 1)],
     [["One."], ["Two."], ["Three."], ["Four."]]),
    ([["p. 3", "Text.", "12"], ["Text two.", "Página 4"], ["Text three."]],
     [["Text."], ["Text two."], ["Text three."]]),
    # A line recurring on fewer than half of the pages stays.
    ([["Chapter heading", "a"], ["b"], ["c"], ["d"], ["e"], ["Chapter heading", "f"]],
     [["Chapter heading", "a"], ["b"], ["c"], ["d"], ["e"], ["Chapter heading", "f"]]),
]


@pytest.mark.parametrize(("pages", "expected"), FURNITURE_CASES)
def test_pdf_furniture_removed(pages: list[list[str]], expected: list[list[str]]) -> None:
    assert _strip_furniture(pages) == expected


def test_pdf_empty_password_is_read() -> None:
    # Encrypted with an empty user password (print/copy restrictions only): it opens, so it is read.
    from docbuild import encrypted_pdf_bytes

    assert texts("gazette.pdf", encrypted_pdf_bytes(user_password="")) == ["Article 1 A confidential provision."]


# ---------------------------------------------------------------- html

HTML = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Penal Code &amp; Procedure</title>
<style>p { color: red }</style><script>document.write("<p>not law</p>")</script></head>
<body><nav><a href="/">Home</a> | <a href="/laws">Laws</a></nav><header>National Legislation Portal</header>
<h1>Penal Code</h1><h2>Chapter&nbsp;II &ndash; Offences</h2>
<p>Article 5.   Trafficking   in
 persons &eacute;</p>
<ol><li>recruitment;</li><li><p>transport;</p></li></ol>
<ol type="a"><li>force</li><li>fraud<ol type="i" start="2"><li>deep</li></ol></li></ol>
<ol type="A" start="3"><li>third</li></ol><ol type="I"><li>one</li></ol><ul><li>bullet</li></ul>
<table><tr><th>Offence</th><td>Penalty</td></tr></table>Line one<br>Line two
<aside>Related laws</aside><footer>&copy; Ministry of Justice</footer><noscript>enable JS</noscript></body></html>"""


def test_html_blocks() -> None:
    # Skipped: head, script, style, nav, header, footer, aside, noscript; h1-h6 levels; <ol> numbers; entities.
    blocks, title = read("code.html", HTML.encode())
    assert title == "Penal Code & Procedure"
    assert [(b.text, b.heading_level) for b in blocks] == [
        ("Penal Code", 1), ("Chapter II – Offences", 2), ("Article 5. Trafficking in persons é", None),
        ("1. recruitment;", None), ("2. transport;", None), ("a) force", None), ("b) fraud", None),
        ("(ii) deep", None), ("C. third", None), ("I. one", None), ("bullet", None), ("Offence", None),
        ("Penalty", None), ("Line one", None), ("Line two", None)]


def test_html_declared_charset() -> None:
    # A legacy page in windows-1252 that says so in its <meta>.
    page = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>' \
           "<body><p>Artículo 1. Será castigado — con prisión</p></body></html>"
    assert texts("ley.htm", page.encode("cp1252")) == ["Artículo 1. Será castigado — con prisión"]


# ---------------------------------------------------------------- akn

AKN_BODY = """
<chapter eId="chp_1"><num>1</num><heading>Preliminary</heading>
  <section eId="sec_1"><num>1.</num><heading>Short title</heading>
    <content><p>This Act may be cited as the Trafficking in Persons Act.</p></content></section>
  <section eId="sec_2"><num>2</num>
    <subsection><num>(1)</num><intro><p>In this Act<authorialNote><p>A footnote.</p></authorialNote>—</p></intro>
      <paragraph><num>(a)</num><content><p>"child" means a person under 18;</p></content></paragraph>
      <paragraph><num>(b)</num><content><p>"exploitation" includes<br/>forced labour.</p></content></paragraph>
    </subsection></section></chapter>
<part><num>II</num><heading>Offences</heading>
  <article><num>225-4-1</num><paragraph><num>I.</num><intro><p>La traite est le fait :</p></intro>
    <point><num>1°</num><content><p>de recruter ;</p></content></point></paragraph></article>
  <article><num>Article 5</num><heading>Penalty</heading><content><p>Imprisonment.</p>
    <blockList><listIntroduction>Namely:</listIntroduction><item><num>(a)</num><p>ten years;</p></item>
    </blockList></content></article></part>"""
AKN_EXPECTED = [
    ("Trafficking in Persons Act", None), ("An Act to prevent trafficking", None), ("Chapter 1 Preliminary", 1),
    ("Section 1 Short title", 2), ("This Act may be cited as the Trafficking in Persons Act.", None),
    ("Section 2", None), ("(1) In this Act—", None), ('(a) "child" means a person under 18;', None),
    ('(b) "exploitation" includes forced labour.', None), ("Part II Offences", 1), ("Article 225-4-1", None),
    ("I. La traite est le fait :", None), ("1° de recruter ;", None), ("Article 5 Penalty", 2),
    ("Imprisonment.", None), ("Namely:", None), ("(a) ten years;", None),
]


@pytest.mark.parametrize("namespace", [AKN_NS, "http://docs.oasis-open.org/legaldocml/ns/akn/3.0/CSD13"])
def test_akn_blocks(namespace: str) -> None:
    # Hierarchy numbers and headings become text; bare numbers get their unit's word; notes are skipped.
    data = akn_bytes(AKN_BODY, title="Trafficking in Persons Act", preface="<p>An Act to prevent trafficking</p>",
                     namespace=namespace)
    blocks, title = read("act.xml", data)
    assert title == "Trafficking in Persons Act"
    assert [(b.text, b.heading_level) for b in blocks] == AKN_EXPECTED


def test_akn_french_words_and_alias_title() -> None:
    # A French expression: "Chapitre", "Article"; no docTitle, so the FRBRalias is the title.
    data = akn_bytes('<chapter><num>II</num><heading>De la traite</heading><article><num>3</num>'
                     "<content><p>Texte.</p></content></article></chapter>", language="fra")
    blocks, title = read("loi.akn", data)
    assert title == "Untitled"
    assert [b.text for b in blocks] == ["Chapitre II De la traite", "Article 3 Texte."]


# ---------------------------------------------------------------- txt / md

ACCENTED = "Artículo 177 bis. Será castigado — n° 5, é ñ °\nSegunda línea"
TXT_CASES = [
    # UTF-8 without BOM.
    ("utf-8", ACCENTED.encode("utf-8")),
    # UTF-8 with BOM (Notepad).
    ("utf-8-sig", ACCENTED.encode("utf-8-sig")),
    # UTF-16 LE with BOM (Word's "Unicode text").
    ("utf-16 with BOM", codecs.BOM_UTF16_LE + ACCENTED.encode("utf-16-le")),
    # UTF-16 BE with BOM.
    ("utf-16-be with BOM", codecs.BOM_UTF16_BE + ACCENTED.encode("utf-16-be")),
    # Windows-1252 (the em dash is a cp1252-only character).
    ("cp1252", ACCENTED.encode("cp1252")),
    # Windows line endings.
    ("crlf", ACCENTED.replace("\n", "\r\n").encode("utf-8")),
]


@pytest.mark.parametrize(("case", "data"), TXT_CASES, ids=[c[0] for c in TXT_CASES])
def test_txt_encodings(case: str, data: bytes) -> None:
    assert texts("law.txt", data) == ["Artículo 177 bis. Será castigado — n° 5, é ñ °", "Segunda línea"]


def test_txt_latin1() -> None:
    # ISO-8859-1 with accents: read as Western text, not mistaken for Central European.
    text = "Article 1er. La traite des êtres humains est punie. é ñ ° à ç"
    assert texts("loi.txt", text.encode("latin-1")) == [text]


def test_txt_cleaning() -> None:
    # NFC composition, control characters removed, tabs collapsed, "# " not special, blank lines dropped.
    data = "# Not a heading\n\nCafe\u0301\x07 law\tone\n\n\n  Article 2  \n".encode()
    blocks = read("law.txt", data)[0]
    assert [(b.text, b.heading_level) for b in blocks] == [("# Not a heading", None), ("Café law one", None),
                                                           ("Article 2", None)]


def test_markdown() -> None:
    # "#" headings give levels; emphasis marks and link targets go; snake_case survives.
    data = (b"# Penal Code\n\n## Chapter 1\n\n**Article 1.** The _offence_ of *trafficking* in [persons](http://x).\n"
            b"* bullet item\n\nfile_name stays\n")
    blocks = read("code.md", data)[0]
    assert [(b.text, b.heading_level) for b in blocks] == [
        ("Penal Code", 1), ("Chapter 1", 2), ("Article 1. The offence of trafficking in persons.", None),
        ("- bullet item", None), ("file_name stays", None)]


# ---------------------------------------------------------------- detect_format

DETECT_CASES = [
    # A PDF is a PDF whatever its name.
    ("law.txt", pdf_bytes([["Article 1 Text."]]), "pdf"),
    # Zip with word/document.xml: docx, even under another name.
    ("download", docx_bytes([Para("x")]), "docx"),
    # Zip with content.xml and the ODF text mimetype: odt.
    ("law.zip", odt_bytes([Para("x")]), "odt"),
    # Akoma Ntoso by namespace, whatever the extension, also the older CSD13 namespace.
    ("act.txt", akn_bytes("<section><num>1</num></section>"), "akn"),
    ("act", akn_bytes("<section/>", namespace="http://docs.oasis-open.org/legaldocml/ns/akn/3.0/CSD13"), "akn"),
    # HTML by doctype or <html>, also without extension.
    ("page", b"<!DOCTYPE html><html><body><p>x</p></body></html>", "html"),
    ("page.xml", b"\n  <html><body>x</body></html>", "html"),
    # A fragment of HTML named .htm.
    ("page.htm", b"<p>Article 1</p>", "html"),
    # Text by extension.
    ("notes.md", b"# Title\ntext", "md"),
    ("law.txt", b"<p> in a text file stays text", "txt"),
    # Text without a known extension.
    ("LAW", "Article 1. Texte accentué".encode("cp1252"), "txt"),
    ("law.txt", codecs.BOM_UTF16_LE + "Article 1".encode("utf-16-le"), "txt"),
]


@pytest.mark.parametrize(("name", "data", "expected"), DETECT_CASES)
def test_detect_format(name: str, data: bytes, expected: str) -> None:
    assert detect_format(name, data) == expected


# ---------------------------------------------------------------- language

LANGUAGE_CASES = [
    # English statute sentence.
    ("Any person who recruits, transports, transfers, harbours or receives a person for the purpose of "
     "exploitation shall be guilty of an offence and liable on conviction to imprisonment.", "en"),
    # French: "le", "des", "est", "dans", "les" decide over the shared "de", "la".
    ("Constitue la traite des êtres humains le fait de recruter une personne puis de la déplacer ou de la loger "
     "afin de l'exploiter, dans l'un des cas énumérés ci-après.", "fr"),
    # Spanish: "el", "los", "del", "con", "será" decide over the shared "de", "la", "que".
    ("Será castigado con prisión de cuatro a nueve años el que, dentro del país o con destino al extranjero, "
     "captare, transportare o recibiere a una persona.", "es"),
    # German.
    ("Wer eine andere Person unter Ausnutzung ihrer persönlichen oder wirtschaftlichen Zwangslage anwirbt, "
     "befördert oder beherbergt, wird mit Freiheitsstrafe von sechs Monaten bis zu zehn Jahren bestraft.", "de"),
    # Portuguese.
    ("Quem oferecer, entregar, recrutar, aliciar, aceitar, transportar, alojar ou acolher pessoa para fins de "
     "exploração, incluindo a exploração sexual, é punido com pena de prisão de três a dez anos.", "pt"),
    # Too short to tell.
    ("Article 1", "und"),
    # Half English, half French: no clear winner.
    ("The offence of trafficking. La traite des personnes est punie.", "und"),
    # Numbers and punctuation only.
    ("12345 - 67 (89)", "und"),
    # Not one of our languages (Swahili).
    ("Mtu yeyote atakayesafirisha binadamu kwa madhumuni ya unyonyaji atakuwa ametenda kosa na atahukumiwa "
     "kifungo cha miaka kumi.", "und"),
    ("", "und"),
]


@pytest.mark.parametrize(("text", "expected"), LANGUAGE_CASES)
def test_detect_language(text: str, expected: str) -> None:
    assert detect_language(text) == expected


def test_detect_language_reads_a_prefix_only() -> None:
    # A long English text with French after 20,000 characters is English; the call stays fast.
    import time

    text = LANGUAGE_CASES[0][0] * 200 + LANGUAGE_CASES[1][0] * 2000
    start = time.perf_counter()
    assert detect_language(text) == "en"
    assert time.perf_counter() - start < 0.5


# ---------------------------------------------------------------- one code, four formats


def test_same_code_reads_the_same_in_every_format() -> None:
    # The benchmark's synthetic penal code (60 articles): the txt, the docx (automatic numbering), the odt
    # (list styles) and the gazette PDF (header, page numbers, wrapped and hyphenated lines) give the same blocks.
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    from generate import docx_code, generate_code, pdf_code, txt_bytes

    code = generate_code(60, seed=3)
    expected = texts("code.txt", txt_bytes(code))
    assert len(expected) > 500
    assert texts("code.docx", docx_code(code)) == expected
    assert texts("code.odt", odt_bytes(code)) == expected
    assert texts("code.pdf", pdf_code(code)) == expected
