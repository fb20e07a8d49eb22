"""Builders of law files for tests, samples and the benchmark: .docx, .odt, .pdf and Akoma Ntoso.

The .docx and .odt are written with zipfile from the minimal parts Word and LibreOffice need,
with real automatic numbering (numbering.xml / list styles), so the readers are exercised on
numbers that are not in the text. PDFs are written with fpdf2's core Helvetica font.
"""

from __future__ import annotations

import io
import textwrap
import zipfile
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr


@dataclass(frozen=True)
class Para:
    """One paragraph: its text, paragraph style, numbering scheme (see SCHEMES) and list level."""

    text: str
    style: str = "Normal"
    numbering: str | None = None
    level: int = 0


# scheme -> levels (lvlText with %N, Word numFmt)
SCHEMES: dict[str, list[tuple[str, str]]] = {
    "articles": [("Article %1", "decimal"), ("(%2)", "decimal"), ("(%3)", "lowerLetter"), ("(%4)", "lowerRoman")],
    "sections": [("%1.", "decimal"), ("(%2)", "decimal"), ("(%3)", "lowerLetter"), ("(%4)", "lowerRoman")],
    "articulos": [("Artículo %1", "decimal"), ("%2.", "decimal"), ("%3)", "lowerLetter")],
    "fr": [("Article %1", "decimal"), ("%2°", "decimal")],
}
_ODF_FORMATS = {"decimal": "1", "lowerLetter": "a", "upperLetter": "A", "lowerRoman": "i", "upperRoman": "I"}

# ---------------------------------------------------------------- docx

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_CONTENT_TYPES = (
    _XML_DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/styles.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
    '<Override PartName="/word/numbering.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    "</Types>"
)
_ROOT_RELS = (
    _XML_DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/>'
    '<Relationship Id="rId2" '
    'Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" '
    'Target="docProps/core.xml"/>'
    "</Relationships>"
)
_DOC_RELS = (
    _XML_DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" '
    'Target="styles.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" '
    'Target="numbering.xml"/>'
    "</Relationships>"
)
_SECT_PR = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" '
            'w:gutter="0"/></w:sectPr>')


def _style_id(style: str) -> str:
    return "".join(ch for ch in style if ch.isalnum()) or "Normal"


def _styles_xml(extra: list[str]) -> str:
    styles = ['<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>'
              "</w:style>",
              '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>'
              "<w:qFormat/></w:style>"]
    for level in (1, 2, 3):
        styles.append(
            f'<w:style w:type="paragraph" w:styleId="Heading{level}"><w:name w:val="heading {level}"/>'
            f'<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>'
            f'<w:pPr><w:keepNext/><w:outlineLvl w:val="{level - 1}"/></w:pPr>'
            f'<w:rPr><w:b/></w:rPr></w:style>'
        )
    known = {"Normal", "Title", "Heading1", "Heading2", "Heading3"}
    for name in extra:
        sid = _style_id(name)
        if sid not in known:
            known.add(sid)
            styles.append(f'<w:style w:type="paragraph" w:customStyle="1" w:styleId="{sid}">'
                          f'<w:name w:val={quoteattr(name)}/><w:basedOn w:val="Normal"/><w:qFormat/></w:style>')
    return (_XML_DECL + f'<w:styles xmlns:w="{_W}">'
            '<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="22"/></w:rPr></w:rPrDefault></w:docDefaults>'
            + "".join(styles) + "</w:styles>")


def _numbering_xml() -> str:
    abstracts, nums = [], []
    for index, (_scheme, levels) in enumerate(SCHEMES.items(), start=1):
        lvls = "".join(
            f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val={quoteattr(text)}/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{720 * (ilvl + 1)}" w:hanging="720"/></w:pPr></w:lvl>'
            for ilvl, (text, fmt) in enumerate(levels)
        )
        abstracts.append(f'<w:abstractNum w:abstractNumId="{index}"><w:multiLevelType w:val="multilevel"/>'
                         f"{lvls}</w:abstractNum>")
        nums.append(f'<w:num w:numId="{index}"><w:abstractNumId w:val="{index}"/></w:num>')
    return _XML_DECL + f'<w:numbering xmlns:w="{_W}">' + "".join(abstracts + nums) + "</w:numbering>"


def _core_xml(title: str) -> str:
    return (_XML_DECL + '<cp:coreProperties '
            'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"<dc:title>{escape(title)}</dc:title><dc:creator>docbuild</dc:creator></cp:coreProperties>")


def _docx_paragraph(para: Para) -> str:
    num_ids = {scheme: index for index, scheme in enumerate(SCHEMES, start=1)}
    ppr = []
    if para.style != "Normal":
        ppr.append(f'<w:pStyle w:val="{_style_id(para.style)}"/>')
    if para.numbering:
        ppr.append(f'<w:numPr><w:ilvl w:val="{para.level}"/><w:numId w:val="{num_ids[para.numbering]}"/></w:numPr>')
    props = f"<w:pPr>{''.join(ppr)}</w:pPr>" if ppr else ""
    return f'<w:p>{props}<w:r><w:t xml:space="preserve">{escape(para.text)}</w:t></w:r></w:p>'


def docx_document_xml(paras: list[Para]) -> str:
    """word/document.xml for these paragraphs."""
    body = "".join(_docx_paragraph(p) for p in paras)
    return _XML_DECL + f'<w:document xmlns:w="{_W}"><w:body>{body}{_SECT_PR}</w:body></w:document>'


def docx_package(document_xml: str | bytes, styles_xml: str | None = None, numbering_xml: str | None = None,
                 title: str = "", extra: dict[str, bytes] | None = None) -> bytes:
    """A .docx around a given document.xml (for tests that need hand-written WordprocessingML)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", _CONTENT_TYPES)
        zf.writestr("_rels/.rels", _ROOT_RELS)
        zf.writestr("word/_rels/document.xml.rels", _DOC_RELS)
        zf.writestr("word/document.xml", document_xml)
        zf.writestr("word/styles.xml", styles_xml if styles_xml is not None else _styles_xml([]))
        zf.writestr("word/numbering.xml", numbering_xml if numbering_xml is not None else _numbering_xml())
        zf.writestr("docProps/core.xml", _core_xml(title))
        for name, data in (extra or {}).items():
            zf.writestr(name, data)
    return buffer.getvalue()


def docx_bytes(paras: list[Para], title: str = "") -> bytes:
    """A minimal valid .docx: styles Normal/Title/Heading 1-3 (+ any other style used) and the SCHEMES numbering."""
    return docx_package(docx_document_xml(paras), _styles_xml([p.style for p in paras]), _numbering_xml(), title)


def zip_bomb_docx(expanded_mb: int) -> bytes:
    """A .docx whose document.xml is `expanded_mb` MB of spaces (compresses about 1000:1).

    Streamed into the archive in chunks, so building it never holds the payload in memory.
    """
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", _CONTENT_TYPES)
        zf.writestr("_rels/.rels", _ROOT_RELS)
        with zf.open("word/document.xml", "w", force_zip64=True) as stream:
            stream.write(f'<w:document xmlns:w="{_W}"><w:body><w:p><w:r><w:t>'.encode())
            chunk = b" " * (1024 * 1024)
            for _ in range(expanded_mb):
                stream.write(chunk)
            stream.write(b"</w:t></w:r></w:p></w:body></w:document>")
    return buffer.getvalue()


# ---------------------------------------------------------------- odt

_ODF_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"'
)
_ODT_MIME = "application/vnd.oasis.opendocument.text"


def _odf_level(text: str, fmt: str, level: int) -> str:
    """A list-level-style-number from a Word-like lvlText ("(%2)" -> prefix "(", suffix ")")."""
    marker = f"%{level}"
    prefix, _, suffix = text.partition(marker)
    return (f'<text:list-level-style-number text:level="{level}" style:num-format="{_ODF_FORMATS[fmt]}" '
            f"style:num-prefix={quoteattr(prefix)} style:num-suffix={quoteattr(suffix)}>"
            '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
            f'<style:list-level-label-alignment text:label-followed-by="space" fo:margin-left="{0.5 * level:.1f}in"/>'
            "</style:list-level-properties></text:list-level-style-number>")


def _odt_styles_xml() -> str:
    headings = "".join(
        f'<style:style style:name="Heading_20_{n}" style:display-name="Heading {n}" style:family="paragraph" '
        f'style:parent-style-name="Standard" style:default-outline-level="{n}" style:class="text">'
        f'<style:text-properties fo:font-weight="bold"/></style:style>'
        for n in (1, 2, 3)
    )
    lists = "".join(
        f'<text:list-style style:name="{scheme}">'
        + "".join(_odf_level(text, fmt, i) for i, (text, fmt) in enumerate(levels, start=1))
        + "</text:list-style>"
        for scheme, levels in SCHEMES.items()
    )
    return (_XML_DECL + f"<office:document-styles {_ODF_NS}><office:styles>"
            '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>'
            f"{headings}{lists}</office:styles></office:document-styles>")


def _odt_element(para: Para) -> str:
    text = escape(para.text)
    if para.style.startswith("Heading "):
        level = para.style.split()[-1]
        return (f'<text:h text:style-name="Heading_20_{level}" text:outline-level="{level}">{text}</text:h>')
    style = "Standard" if para.style == "Normal" else para.style.replace(" ", "_20_")
    return f'<text:p text:style-name="{style}">{text}</text:p>'


def _odt_body(paras: list[Para]) -> str:
    out: list[str] = []
    depth = 0  # open text:list elements (each with one open text:list-item)
    fresh = False  # the innermost open item has no paragraph yet
    scheme: str | None = None
    used: set[str] = set()

    def close_to(level: int) -> None:
        nonlocal depth, fresh
        while depth > level:
            out.append("</text:list-item></text:list>")
            depth -= 1
            fresh = False

    for para in paras:
        if para.numbering is None or (scheme is not None and para.numbering != scheme):
            close_to(0)
            scheme = None
        if para.numbering is None:
            out.append(_odt_element(para))
            continue
        target = para.level + 1
        if depth == 0:
            # Later lists of a scheme continue its numbering (articles interrupted by headings).
            continued = ' text:continue-numbering="true"' if para.numbering in used else ""
            out.append(f'<text:list text:style-name="{para.numbering}"{continued}><text:list-item>')
            depth, fresh, scheme = 1, True, para.numbering
            used.add(para.numbering)
        close_to(target)
        if depth == target and not fresh:
            out.append("</text:list-item><text:list-item>")
        while depth < target:
            out.append("<text:list><text:list-item>")
            depth += 1
        out.append(_odt_element(para))
        fresh = False
    close_to(0)
    return "".join(out)


def odt_bytes(paras: list[Para], title: str = "") -> bytes:
    """A minimal valid .odt: headings (style "Heading N") and numbered lists for the SCHEMES."""
    body = _odt_body(paras)
    content = (_XML_DECL + f"<office:document-content {_ODF_NS}><office:automatic-styles/>"
               f"<office:body><office:text>{body}</office:text></office:body></office:document-content>")
    meta = (_XML_DECL + f"<office:document-meta {_ODF_NS}><office:meta><dc:title>{escape(title)}</dc:title>"
            "<meta:generator>docbuild</meta:generator></office:meta></office:document-meta>")
    manifest = (
        _XML_DECL + '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.3">'
        f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{_ODT_MIME}" manifest:version="1.3"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        # ODF: "mimetype" first, stored (not compressed), so tools can sniff the type at a fixed offset.
        zf.writestr(zipfile.ZipInfo("mimetype"), _ODT_MIME, compress_type=zipfile.ZIP_STORED)
        zf.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
        zf.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        zf.writestr("styles.xml", _odt_styles_xml(), compress_type=zipfile.ZIP_DEFLATED)
        zf.writestr("meta.xml", meta, compress_type=zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


# ---------------------------------------------------------------- pdf

_LATIN1 = str.maketrans({"œ": "oe", "Œ": "OE", "—": "-", "–": "-", "“": '"', "”": '"', "„": '"', "‘": "'",
                         "’": "'", "…": "...", "€": "EUR", "\u00a0": " ", "•": "-"})


def _latin1(text: str) -> str:
    return text.translate(_LATIN1).encode("latin-1", errors="replace").decode("latin-1")


def _wrap(text: str, width: int, hyphenate: bool) -> list[str]:
    if not hyphenate:
        return textwrap.wrap(text, width, break_on_hyphens=False) or [""]
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if len(candidate) <= width:
            line = candidate
            continue
        room = width - len(line) - (2 if line else 1)  # a space and the hyphen
        if word.isalpha() and len(word) >= 8 and room >= 3 and len(word) - room >= 3:
            lines.append(f"{line} {word[:room]}-" if line else f"{word[:room]}-")
            line = word[room:]
        else:
            if line:
                lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines or [""]


def pdf_bytes(pages: list[list[str]], header: str | None = None, page_numbers: bool = True, font_size: int = 11,
              width_chars: int = 90, hyphenate: bool = False, title: str = "") -> bytes:
    """A text PDF: each inner list is a page of paragraphs, wrapped at `width_chars`.

    Every physical page gets the `header` line at its top and a "Page N" footer; a page whose
    paragraphs do not fit continues on the next physical page.
    """
    from fpdf import FPDF  # a dev dependency: imported when a PDF is built

    pdf = FPDF(format="A4", unit="pt")
    pdf.set_title(_latin1(title))
    pdf.set_auto_page_break(False)
    pdf.set_margins(56, 56, 40)
    line_height = font_size * 1.35
    top, bottom = 56 + line_height * 2, pdf.h - 56 - line_height * 2
    state = {"page": 0}

    def new_page() -> None:
        pdf.add_page()
        state["page"] += 1
        pdf.set_font("Helvetica", size=font_size - 2)
        if header:
            pdf.set_xy(56, 56)
            pdf.cell(0, line_height, _latin1(header))
        if page_numbers:
            pdf.set_xy(56, pdf.h - 56 - line_height)
            pdf.cell(0, line_height, f"Page {state['page']}", align="C")
        pdf.set_font("Helvetica", size=font_size)
        pdf.set_xy(56, top)

    for paragraphs in pages:
        new_page()
        for paragraph in paragraphs:
            for line in _wrap(_latin1(paragraph), width_chars, hyphenate):
                if pdf.get_y() + line_height > bottom:
                    new_page()
                pdf.set_x(56)
                pdf.cell(0, line_height, line)
                pdf.ln(line_height)
            pdf.ln(line_height * 0.4)
    return bytes(pdf.output())


def encrypted_pdf_bytes(user_password: str = "secret") -> bytes:  # noqa: S107 - a test fixture's password
    """A text PDF encrypted with a user password (an empty one opens without asking)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_bytes([["Article 1 A confidential provision."]]))))
    writer.encrypt(user_password=user_password, owner_password="owner-secret")  # noqa: S106
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def scanned_pdf_bytes(pages: int = 2) -> bytes:
    """A PDF whose pages carry only drawings (as a scan carries only images): no text layer."""
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="pt")
    for _ in range(pages):
        pdf.add_page()
        for row in range(30):
            pdf.set_fill_color(40, 40, 40)
            pdf.rect(60, 80 + row * 22, 300 + (row * 37) % 160, 9, style="F")
    return bytes(pdf.output())


# ---------------------------------------------------------------- Akoma Ntoso

AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"


def akn_bytes(body: str, title: str = "", preface: str = "", language: str = "eng", namespace: str = AKN_NS,
              doctype: str = "act") -> bytes:
    """An Akoma Ntoso document around a hand-written <body> content (and optional preface XML)."""
    title_xml = f'<p class="title"><docTitle>{escape(title)}</docTitle></p>' if title else ""
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<akomaNtoso xmlns="{namespace}"><{doctype} name="act">'
        "<meta><identification source=\"#docbuild\"><FRBRWork><FRBRthis value=\"/akn/xx/act/2024/1/main\"/>"
        f'<FRBRalias value={quoteattr(title or "Untitled")} name="short"/></FRBRWork>'
        f'<FRBRExpression><FRBRlanguage language="{language}"/></FRBRExpression></identification></meta>'
        f"<preface>{title_xml}{preface}</preface><body>{body}</body></{doctype}></akomaNtoso>"
    ).encode()
