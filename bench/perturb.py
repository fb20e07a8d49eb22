"""Layout and wording perturbations of a law's text that keep its legal content, for the
robustness benchmark (`bench/bench_layout.py`) and the metamorphic tests.

Every perturbation is a pure function `(text, language, seed) -> text`: the same input and
seed give the same output, and nothing outside the arguments is read. Each one changes only
what a drafter or a typesetter could change without changing the law: how lines are cut, how
provisions are numbered and headed, what sits around the law (a table of contents, another
Act, a whole code of decoy offences from `bench/codegen.py`), and the mood of the
offence-defining verbs where a per-language table says the swap is safe. A perturbation that
finds nothing to change returns the text as it was; the benchmark counts that file as "not
applicable" for it.

Front matter ("# key: value" lines at the top of collected statutes) is kept in place, so the
declared language still reaches the reader.

`PERTURBATIONS` lists them by name with the number of seeded variants worth running (the
renumbering styles, say); `perturb(name, text, language, seed)` applies one.
"""

from __future__ import annotations

import importlib
import importlib.util
import random
import re
from collections.abc import Callable
from dataclasses import dataclass

Perturb = Callable[[str, str, int], str]

# --------------------------------------------------------------------------- shared pieces

_FRONT = re.compile(r"^#\s*[A-Za-z][A-Za-z _-]{1,30}:.*$")


def _split_front(text: str) -> tuple[list[str], list[str]]:
    """Leading "# key: value" lines apart from the body, both as lists of lines."""
    lines = text.split("\n")
    i = 0
    while i < len(lines) and _FRONT.match(lines[i]):
        i += 1
    return lines[:i], lines[i:]


def _join(front: list[str], body: list[str]) -> str:
    return "\n".join(front + body)


# An article label at the start of a line, with optional Markdown emphasis or heading marks
# around it: "Section 3.", "§ 1589.", "Article L. 823-1", "**Article 5**", "ARTÍCULO 2°.-",
# "Artículo 177 bis.". `sep` is the punctuation after the number, `rest` what follows.
_ART_WORDS = (
    r"Section|SECTION|Sec\.|SEC\.|§|Article|ARTICLE|Art\.|ART\.|Artículo|ARTÍCULO|Articulo|ARTICULO"
)
# The number keeps its hyphen-letter ("166-A"), its decimals ("279.01", "382-1"), a letter run onto it
# ("210A") and a Latin suffix, spaced or not ("177 bis", "433quinquies"): splitting one would change
# which provision it names.
_NUM = (
    r"(?:[LRD]\.?\s?)?\d+(?:[-.]\d+|-[A-Z](?![A-Za-zÀ-ÿ]))*[A-Z]?(?:\s?[°º])?"
    r"(?:\s?(?i:bis|ter|qu[aá]ter|quinquies|sexies|septies|octies|nonies|decies)\b)?"
)
_ART = re.compile(
    # Narrow and non-breaking spaces after the word too ("§\u202f1589." in some collections).
    rf"^(?P<pre>[ \t]*(?:#{{1,6}}[ \t]+)?\*{{0,2}})(?P<word>{_ART_WORDS})[ \t\u00a0\u202f]*(?P<num>{_NUM})"
    r"(?P<post>\*{0,2})(?P<sep>[ \t]*(?:[.:]?[ \t]*[—–-]+|[.:])?)(?P<rest>.*)$"
)
# English numbered sections without a word: "3. Trafficking in persons.", "2.—(1) A person",
# "270.1 Definition of slavery" (used only in English laws that have no worded labels, where "3."
# cannot be a paragraph of an article).
_BARE = re.compile(r"^(?P<pre>[ \t]*)(?P<word>)(?P<num>\d{1,4}[A-Z]{0,2}(?:\.\d{1,3})?)(?P<post>)"
                   r"(?P<sep>\.?[ \t]*[—–]+|\.)?(?P<rest>.*)$")


def _bare_label(line: str) -> re.Match[str] | None:
    m = _BARE.match(line)
    if not m:
        return None
    sep, rest = m.group("sep") or "", m.group("rest")
    if sep and (not rest or rest[:1].isspace() or "—" in sep or "–" in sep):
        return m
    if not sep and "." in m.group("num") and re.match(r"^[ \t]+[A-Z]", rest):
        return m
    return None


# A sentence about a section ("Section 2 of the Act provides") is not a label; a capital starts
# the provision's own text ("2. In this Act...").
_NOT_A_LABEL = re.compile(r"^\s*(?:of|de|del|du|des|in|to|and|or|et|ou|y|o|shall|applies|provides|is|est|es)\b")
_PARAGRAPH = re.compile(r"^(?P<pre>[ \t]*[-–•]?[ \t]*)(?P<label>\(\d{1,3}[A-Z]?\))[ \t]+(?P<rest>\S.*)$")


@dataclass(frozen=True, slots=True)
class ArticleLine:
    """An article label found on a line of the body."""

    index: int
    pre: str
    word: str
    num: str
    post: str
    sep: str
    rest: str


def _article_lines(body: list[str], language: str) -> list[ArticleLine]:
    """The article labels of the body, worded ones first; bare "3." only in English laws without them."""
    found = []
    for i, line in enumerate(body):
        m = _ART.match(line)
        if not m or _NOT_A_LABEL.match(m.group("rest")):
            continue
        # In French codes "Section 1 : De la traite" is a division, not an article.
        if language == "fr" and m.group("word").lower().startswith("sec"):
            continue
        rest = m.group("rest")
        # "Articles" or "Section3x" is not a label; "Section 279.01 Definitions" (a space, then a capital) is.
        if rest and not (m.group("sep").strip() or rest[:1].isspace()
                         or (m.group("sep")[:1].isspace() and rest[:1].isupper())):
            continue
        found.append(ArticleLine(i, m.group("pre"), m.group("word"), m.group("num").strip(), m.group("post"),
                                 m.group("sep"), rest.strip()))
    # "§ 2." under "Art. 2.-" is a paragraph of the article (Belgian, Senegalese, German drafting); "§"
    # numbers sections only where nothing else does ("§ 1589.").
    if any(a.word != "§" for a in found):
        found = [a for a in found if a.word != "§"]
    if found or language != "en":
        return found
    for i, line in enumerate(body):
        m = _bare_label(line)
        if m and not _NOT_A_LABEL.match(m.group("rest")):
            found.append(ArticleLine(i, m.group("pre"), "", m.group("num"), "", m.group("sep") or "",
                                     m.group("rest").strip()))
    # A lone "1." list in an English law is a list, not sections: demand a run of at least two.
    return found if len(found) >= 2 else []


def _plain_number(num: str) -> str:
    """"2°" -> "2", "177 bis" stays, "L. 823-1" stays."""
    return re.sub(r"\s?[°º]$", "", num.strip())


def _family(lines: list[ArticleLine]) -> str:
    """"section" for laws numbered by sections (worded, bare or §), else "article"."""
    words = [a.word.lower() for a in lines]
    articles = sum(w.startswith("art") for w in words)
    return "article" if articles * 2 >= len(words) and articles else "section"


_HEADING_END = re.compile(r"[.:;,—–-]\s*$")
_INLINE_HEADING = re.compile(
    r"^(?P<head>[A-ZÁÉÍÓÚÑÀÂÈÊÎÔÛÇ][^.:;()\d]{2,70}?)\.(?:[ \t]*[—–-]+)?[ \t]+(?P<text>[A-ZÁÉÍÓÚÑ(«\"“].*)$"
)
_SHORT_HEADING = re.compile(r"^[A-ZÁÉÍÓÚÑÀÂÈÊÎÔÛÇ\[][^:;]{1,90}$")


_DIVISION = re.compile(
    r"^\s*(?:part|partie|parte|chapter|chapitre|capítulo|capitulo|title|titre|título|titulo|book|livre|libro|"
    r"division|subdivision|section|sección|seccion|schedule|annex|annexe|anexo)\b", re.IGNORECASE
)


def _structural(line: str, bare: bool = True) -> bool:
    """A line that opens another provision or a division: a label line above it names no text of its own.

    A bare "1." opens a provision only in a law numbered bare (`bare`); under "Artículo 166.-" it is
    the article's first paragraph.
    """
    return bool(_ART.match(line) or (bare and _bare_label(line)) or _DIVISION.match(line))


def _point(line: str) -> bool:
    """A list point or a numbered paragraph ("a)", "1°", "1.", "I."): a label above it stays on its own line."""
    return bool(_POINT_START.match(line) or re.match(r"^\s*(?:[IVXLC]+|\d{1,2})[.)°º](?:\s|$)", line))


def _heading_of(art: ArticleLine, body: list[str]) -> tuple[str, str]:
    """(heading, text left on the label line) when the label line carries a heading.

    "3. Trafficking in persons." with the text on the next lines gives the whole rest; "ARTÍCULO
    2°.- Trata de personas. Se entiende por..." gives its first short sentence. Otherwise ("").
    """
    rest = art.rest
    if not rest:
        return "", ""
    nxt = next((line for line in body[art.index + 1:] if line.strip()), "")
    # A heading is short and ends where its line ends: "145. Whoever deals in" above "slaves,
    # shall be punished" is a hard-wrapped sentence, not a heading. It is one phrase, not a sentence
    # ("Regulations may be made.", "Est puni ... quiconque recrute un mineur"), and the provision
    # it names has text of its own on the next line: an entry of an arrangement of sections, or a
    # one-line article, is followed by the next label, a division heading or a list point.
    if len(rest.split()) <= 12 and _SHORT_HEADING.match(rest) and not _HEADING_END.search(rest.rstrip(".")) \
            and nxt and not rest.endswith(("—", ":", "-")) and not nxt.strip()[:1].islower() \
            and ". " not in rest and not _structural(nxt, bare=not art.word):
        if not re.search(r"\b(?:shall|may|must|means|is|are|commits|est|sont|peut|doit|será|serán|es|se|"
                         r"puede|deberá)\b", rest, re.IGNORECASE):
            return rest.rstrip(". "), ""
    m = _INLINE_HEADING.match(rest)
    if m and len(m.group("head").split()) <= 8:
        return m.group("head").strip(), m.group("text")
    return "", ""


# --------------------------------------------------------------------------- hard wrap

# A wrapped line must not start with something a reader could take for a label or a list mark;
# a typesetter can produce that, but then no reader could tell, so the law would not be the same.
_LABEL_LIKE = re.compile(
    r"^(?:\(?[0-9A-Za-z]{1,5}[).°º]|\d|[IVXLC]+\.|§|[-–—•]|\[|\*|#|"
    r"(?:section|sec\.|s\.|article|art\.|artículo|articulo|part|partie|parte|chapter|chapitre|capítulo|capitulo|"
    r"title|titre|título|titulo|book|livre|libro|schedule|annex|annexe|anexo|explanation)\b)",
    re.IGNORECASE,
)


def hard_wrap(text: str, language: str = "en", seed: int = 0) -> str:
    """Cut every long line at a width of 60-80 columns, as a printed gazette does.

    "(1) A person who recruits another person for the purpose of exploitation commits an
    offence." becomes two or three lines; no wrapped line starts with a number or a label-like
    word, and blank lines stay where they were. The width is drawn from the seed.
    """
    width = random.Random(seed).randint(60, 80)
    front, body = _split_front(text)
    out: list[str] = []
    for line in body:
        # A Markdown heading or table row cannot run over two lines.
        if len(line) <= width or line.lstrip().startswith(("#", "|")):
            out.append(line)
            continue
        words = line.split()
        rows: list[list[str]] = [[]]
        for word in words:
            row = rows[-1]
            if row and len(" ".join(row)) + 1 + len(word) > width:
                rows.append([word])
            else:
                row.append(word)
        # Move words back down so that no continuation row starts label-like.
        for k in range(1, len(rows)):
            while _LABEL_LIKE.match(rows[k][0]) and len(rows[k - 1]) > 1:
                rows[k].insert(0, rows[k - 1].pop())
        if any(_LABEL_LIKE.match(r[0]) for r in rows[1:] if r):
            out.append(line)  # cannot be cut safely
            continue
        out.extend(" ".join(r) for r in rows if r)
    return _join(front, out)


# --------------------------------------------------------------------------- renumbering styles

_UNITS_ES = ["", "PRIMERO", "SEGUNDO", "TERCERO", "CUARTO", "QUINTO", "SEXTO", "SÉPTIMO", "OCTAVO", "NOVENO"]
_TENS_ES = ["", "DÉCIMO", "VIGÉSIMO", "TRIGÉSIMO", "CUADRAGÉSIMO", "QUINCUAGÉSIMO", "SEXAGÉSIMO",
            "SEPTUAGÉSIMO", "OCTOGÉSIMO", "NONAGÉSIMO"]


def spanish_ordinal(n: int) -> str:
    """5 -> "QUINTO", 21 -> "VIGÉSIMO PRIMERO" (1-99), as "ARTÍCULO QUINTO" is written."""
    if not 1 <= n <= 99:
        raise ValueError(n)
    tens, units = divmod(n, 10)
    return " ".join(w for w in (_TENS_ES[tens], _UNITS_ES[units]) if w)


def _style_en_section(kind: int, num: str, rest: str) -> str:
    return [f"Section {num}.", f"{num}.", f"S. {num}", f"Sec. {num} —"][kind]


def _style_article(kind: int, num: str, rest: str) -> str:
    dot = "." if rest else ""
    return [f"Article {num}{dot}", f"Art. {num}.-", f"ARTICLE {num}{dot}"][kind]


def _style_es(kind: int, num: str, rest: str) -> str:
    if kind == 0:
        return f"Artículo {num}."
    if kind == 1:
        return f"Art. {num}°.-" if num.isdigit() else f"Art. {num}.-"
    return f"ARTÍCULO {spanish_ordinal(int(num))}.-" if num.isdigit() and int(num) <= 99 else f"ARTÍCULO {num}.-"


def renumber_styles(language: str, family: str) -> int:
    """How many label styles `renumber` knows for this language and numbering family."""
    return 4 if language == "en" and family == "section" else 3


def renumber(text: str, language: str = "en", seed: int = 0) -> str:
    """Write every article label in another house style; the numbers themselves stay.

    English sections: "Section 3." / "3." / "S. 3" / "Sec. 3 —"; articles (English, French):
    "Article 5" / "Art. 5.-" / "ARTICLE 5"; Spanish: "Artículo 5." / "Art. 5°.-" /
    "ARTÍCULO QUINTO.-". The style is `seed` modulo the number of styles, so seeds 0..n-1
    cover them all: "3. Trafficking in persons." becomes "Sec. 3 — Trafficking in persons."
    """
    front, body = _split_front(text)
    arts = _article_lines(body, language)
    if not arts:
        return text
    family = _family(arts)
    kind = seed % renumber_styles(language, family)
    for art in arts:
        num = _plain_number(art.num)
        if language == "es":
            label = _style_es(kind, num, art.rest)
        elif language == "en" and family == "section":
            label = _style_en_section(kind, num, art.rest)
        else:
            label = _style_article(kind, num, art.rest)
        body[art.index] = f"{art.pre}{label}{art.post} {art.rest}".rstrip()
    return _join(front, body)


# --------------------------------------------------------------------------- number on its own line


def number_own_line(text: str, language: str = "en", seed: int = 0) -> str:
    """Put each article label alone on its line, its text on the next (seed 1: "(1)" too).

    "Article 7. Any person who harbours a victim..." becomes "Article 7." then "Any person who
    harbours a victim..."; with seed 1 "(2) The consent of the victim is irrelevant." becomes
    "(2)" then "The consent of the victim is irrelevant.".
    """
    front, body = _split_front(text)
    arts = {a.index: a for a in _article_lines(body, language)}
    out: list[str] = []
    for i, line in enumerate(body):
        art = arts.get(i)
        if art is not None and art.rest:
            label = f"{art.pre}{art.word}{' ' if art.word else ''}{art.num}{art.post}{art.sep.strip()}"
            out.extend([label, art.rest])
            continue
        m = _PARAGRAPH.match(line) if seed % 2 else None
        if m:
            out.extend([m.group("pre") + m.group("label"), m.group("rest")])
            continue
        out.append(line)
    return _join(front, out)


# --------------------------------------------------------------------------- headings moved

_MARGINAL = re.compile(r"^\s*\[(?:marginal note|note marginale|nota marginal):\s*(?P<head>.+?)\.?\]\s*$", re.IGNORECASE)


def heading_above(text: str, language: str = "en", seed: int = 0) -> str:
    """Move each section's name from its label line (or a marginal note) to a heading line above.

    "4. Trafficking in persons." followed by "(1) A person who..." becomes "Trafficking in
    persons" then "4. (1) A person who..."; "ARTÍCULO 2°.- Trata de personas. Se entiende
    por..." becomes "Trata de personas" then "ARTÍCULO 2°.- Se entiende por..."; "[Marginal
    note: Smuggling of migrants.]" above "9. (1) Whoever..." becomes the heading line
    "Smuggling of migrants". Seed 1 writes the headings in capitals, as some gazettes do.
    """
    front, body = _split_front(text)
    arts = _article_lines(body, language)
    if not arts:
        return text
    by_index = {a.index: a for a in arts}
    out: list[str] = []
    skip: set[int] = set()
    changed = False
    for i, line in enumerate(body):
        if i in skip:
            continue
        m = _MARGINAL.match(line)
        if m and (i + 1) in by_index:
            out.append(m.group("head").upper() if seed % 2 else m.group("head"))
            changed = True
            continue
        art = by_index.get(i)
        if art is None:
            out.append(line)
            continue
        head, left = _heading_of(art, body)
        if not head:
            out.append(line)
            continue
        label = f"{art.pre}{art.word}{' ' if art.word else ''}{art.num}{art.post}{art.sep.strip()}"
        out.append(head.upper() if seed % 2 else head)
        if not left and i + 1 < len(body) and body[i + 1].strip() and not _point(body[i + 1]) \
                and not _structural(body[i + 1], bare=not art.word):
            # The heading was all the label line held: the label joins its first line of text,
            # "4 (1) A person commits...", as statutes with headings above are printed.
            skip.add(i + 1)
            left = body[i + 1].strip()
        out.append(f"{label} {left}".rstrip())
        changed = True
    return _join(front, out) if changed else text


# --------------------------------------------------------------------------- table of contents

_TOC_TITLES = {
    "en": ("ARRANGEMENT OF SECTIONS", "TABLE OF CONTENTS"),
    "fr": ("SOMMAIRE", "TABLE DES MATIÈRES"),
    "es": ("ÍNDICE", "ÍNDICE GENERAL"),
}


def table_of_contents(text: str, language: str = "en", seed: int = 0) -> str:
    """Add a table of contents listing the articles (and their names) before the body.

    "ARRANGEMENT OF SECTIONS" / "Sommaire" / "Índice", then one line per article as the law
    labels it: "3. Trafficking in persons", "ARTÍCULO 2°.- Trata de personas"; articles without
    a name as a range, "Articles 12 à 15".
    Seed 1 adds dot leaders and page numbers ("3. Trafficking in persons ........ 4"). It is
    put after the first line (the title) unless that line is itself a label.
    """
    front, body = _split_front(text)
    arts = _article_lines(body, language)
    if not arts:
        return text
    titles = _TOC_TITLES.get(language, _TOC_TITLES["en"])
    title = titles[0] if language != "en" or _family(arts) == "section" else titles[1]
    toc = [title, ""]
    # Articles without a name are listed as a range ("Articles L. 622-1 à L. 622-10"), as a
    # table of contents does, rather than as bare labels.
    ranges = {"en": ("Sections", "to"), "fr": ("Articles", "à"), "es": ("Artículos", "a")}
    plural, to = ranges.get(language, ranges["en"])
    if language == "en" and _family(arts) == "article":
        plural = "Articles"
    entries: list[str] = []
    run: list[ArticleLine] = []

    def close_run() -> None:
        if run:
            first_num, last_num = _plain_number(run[0].num), _plain_number(run[-1].num)
            single = f"{run[0].word} {first_num}".strip() if run[0].word else first_num
            entries.append(single if len(run) == 1 else f"{plural} {first_num} {to} {last_num}")
            run.clear()

    for art in arts:
        head, _ = _heading_of(art, body)
        if not head:
            run.append(art)
            continue
        close_run()
        word = f"{art.word} " if art.word else ""
        entries.append(f"{word}{art.num}{art.sep.strip()} {head}".rstrip())
    close_run()
    for k, entry in enumerate(entries):
        toc.append(f"{entry} {'.' * 8} {1 + k // 3}" if seed % 2 else entry)
    toc.append("")
    first = next((i for i, line in enumerate(body) if line.strip()), 0)
    at = first + 1 if first not in {a.index for a in arts} else first
    return _join(front, body[:at] + ([""] if at else []) + toc + body[at:])


# --------------------------------------------------------------------------- verb moods

# Spanish offence verbs: present indicative <-> future subjunctive, third person singular.
SPANISH_MOODS: dict[str, str] = {
    "capta": "captare", "transporta": "transportare", "traslada": "trasladare", "acoge": "acogiere",
    "recibe": "recibiere", "ofrece": "ofreciere", "promueve": "promoviere", "facilita": "facilitare",
    "recluta": "reclutare", "favorece": "favoreciere", "organiza": "organizare", "dirige": "dirigiere",
    "induce": "indujere", "intenta": "intentare", "explota": "explotare", "retiene": "retuviere",
    "oculta": "ocultare", "destruye": "destruyere", "financia": "financiare", "comercializa": "comercializare",
    "somete": "sometiere", "obliga": "obligare", "realiza": "realizare", "hospeda": "hospedare",
    "vende": "vendiere",
}
_SPANISH_SWAP = {**SPANISH_MOODS, **{v: k for k, v in SPANISH_MOODS.items()}}
# The offence-defining relative clause: "El que", "Quien", "Al que"... up to the penalty.
_ES_TRIGGER = re.compile(r"\b(?:[Ee]l|[Aa]l|[Ll]a) que\b|\b[Qq]uien\b")
_ES_STOP = re.compile(r"\b(?:será|serán|se le impondrá|incurrirá|sufrirá|comete)\b")

# French offence verbs: infinitive <-> present, third person singular.
FRENCH_MOODS: dict[str, str] = {
    "recruter": "recrute", "transporter": "transporte", "transférer": "transfère", "héberger": "héberge",
    "accueillir": "accueille", "faciliter": "facilite", "aider": "aide", "exploiter": "exploite",
    "organiser": "organise", "soumettre": "soumet", "contraindre": "contraint", "employer": "emploie",
    "permettre": "permet", "obtenir": "obtient", "livrer": "livre", "vendre": "vend", "acheter": "achète",
    "détenir": "détient", "retenir": "retient", "diriger": "dirige", "introduire": "introduit",
}
_FR_PRESENT = {v: k for k, v in FRENCH_MOODS.items()}
_FR_INF = "|".join(sorted(FRENCH_MOODS, key=len, reverse=True))
_FR_PRES = "|".join(sorted(_FR_PRESENT, key=len, reverse=True))
_CLITIC = r"(?:la |le |les |l'|l’|lui |leur )?"
# "le fait de recruter une personne, de la transporter ou de l'héberger" (penalty clause around it)
_FR_FAIT = re.compile(rf"\b(?P<le>[Ll]e) fait d(?:e |')(?P<cl>{_CLITIC})(?P<verb>{_FR_INF})\b")
_FR_CHAIN_INF = re.compile(rf"(?P<sep>,| ou| et) d(?:e |')(?P<cl>{_CLITIC})(?P<verb>{_FR_INF})\b")
_FR_QUI = re.compile(rf"\b(?P<q>[Qq]uiconque) (?P<cl>{_CLITIC})(?P<verb>{_FR_PRES})\b")
_FR_CHAIN_PRES = re.compile(rf"(?P<sep>,| ou| et) (?P<cl>{_CLITIC})(?P<verb>{_FR_PRES})\b")

_EN_PRE = r"^(?P<pre>[ \t]*(?:[-–•][ \t]*)?(?:\(\d{1,3}[A-Z]?\)[ \t]*)?)"
_EN_WHO = re.compile(
    _EN_PRE + r"(?:Any person who|A person who|Every person who|Whoever)"
    r"[ \t]+(?P<body>[^—:]+?),?[ \t]+(?P<verb>commits an offence|shall be guilty of an offence|is guilty of an offence)"
    r"(?P<tail>(?:[ \t]+and[ \t]+(?:is|shall be)[ \t]+liable[^;]*)?)\.$"
)
_EN_IF = re.compile(
    _EN_PRE + r"A person commits an offence if (?:the person|he or she|he|she)"
    r"[ \t]+(?P<body>[^—:]+?)\.$"
)


def _fr_swap(line: str) -> str:
    """French: "le fait de recruter" <-> "quiconque recrute" in penalty clauses only."""
    # Definitions ("La traite est le fait de recruter") have no "quiconque" form: skip them.
    if re.search(r"\best le fait\b", line):
        return line
    m = _FR_FAIT.search(line)
    if m and re.search(r"\b(?:[Ee]st|[Ss]ont) punie?s?\b", line):
        head = "Quiconque" if m.group("le") == "Le" else "quiconque"
        out = line[:m.start()] + f"{head} {m.group('cl')}{FRENCH_MOODS[m.group('verb')]}"
        tail = line[m.end():]
        while True:
            c = _FR_CHAIN_INF.search(tail)
            if not c or c.start() > 60:
                break
            out += tail[:c.start()] + f"{c.group('sep')} {c.group('cl')}{FRENCH_MOODS[c.group('verb')]}"
            tail = tail[c.end():]
        # "Le fait de ... est puni" keeps "est puni": "Quiconque ... est puni" is as good French.
        return out + tail
    m = _FR_QUI.search(line)
    if m and re.search(r"\b(?:[Ee]st|[Ss]ont) punie?s?\b", line):
        head = "Le fait" if m.group("q") == "Quiconque" else "le fait"
        cl = m.group("cl")
        out = line[:m.start()] + f"{head} d{'' if cl.startswith(('l’', 'l' + chr(39))) else 'e '}{cl}"
        out = out if cl else line[:m.start()] + f"{head} de "
        verb = _FR_PRESENT[m.group("verb")]
        if not cl and verb[0] in "aeiouéèh":
            out = out[:-3] + "d'"
        out += verb
        tail = line[m.end():]
        while True:
            c = _FR_CHAIN_PRES.search(tail)
            if not c or c.start() > 60:
                break
            inf = _FR_PRESENT[c.group("verb")]
            de = "d'" if not c.group("cl") and inf[0] in "aeiouéèh" else "de "
            out += tail[:c.start()] + f"{c.group('sep')} {de}{c.group('cl')}{inf}"
            tail = tail[c.end():]
        return out + tail
    return line


def _es_swap(line: str) -> str:
    """Spanish: swap the mood of the table's verbs inside the "el que ..." clause."""
    m = _ES_TRIGGER.search(line)
    # "en el que", "por el que": a relative pronoun after a preposition ("the case in which"),
    # not the "whoever" that opens an offence.
    while m and re.search(r"\b(?:en|de|por|con|para|sobre|desde|hacia|sin|entre|según|bajo|ante|tras)\s+$",
                          line[:m.start()], re.IGNORECASE):
        m = _ES_TRIGGER.search(line, m.end())
    if not m:
        return line
    # The clause ends at its penalty or at the end of its sentence; a verb after that is another clause.
    stop = _ES_STOP.search(line, m.end())
    period = re.compile(r"[;.](?:\s|$)").search(line, m.end())
    if period and (stop is None or period.start() < stop.start()):
        stop = period
    end = stop.start() if stop else min(len(line), m.end() + 300)
    clause = line[m.end():end]
    # A future subjunctive the table lacks ("gestionare") would be left in the old mood beside
    # swapped ones: leave the whole clause alone.
    if any(w not in _SPANISH_SWAP for w in re.findall(r"\b\w+(?:are|ere|iere)\b", clause)):
        return line
    # After an article or a possessive the word is a noun ("la entrega", "su ayuda"): not swapped.
    clause = re.sub(r"(?<!\bla )(?<!\bel )(?<!\buna )(?<!\bun )(?<!\bsu )(?<!\bdel )(?<!\bal )\b\w+\b",
                    lambda w: _SPANISH_SWAP.get(w.group(0), w.group(0)), clause)
    return line[:m.end()] + clause + line[end:]


def _en_swap(line: str) -> str:
    """English: "Any person who X commits an offence" <-> "A person commits an offence if the person X"."""
    m = _EN_WHO.match(line)
    # "A person who attempts, or who aids, ..." coordinates several who-clauses: no "if" form.
    if m and not re.search(r"\bwho\b", m.group("body")):
        tail = m.group("tail").strip()
        tail = re.sub(r"^and\s+", "; the person ", tail) if tail else ""
        return f"{m.group('pre')}A person commits an offence if the person {m.group('body').rstrip(',')}{tail}."
    m = _EN_IF.match(line)
    if m:
        return f"{m.group('pre')}Any person who {m.group('body').rstrip(',')} commits an offence."
    return line


def verb_mood(text: str, language: str = "en", seed: int = 0) -> str:
    """Swap the mood of offence-defining verbs, only where a per-language table makes it safe.

    English: "Any person who recruits a child for exploitation commits an offence." <-> "A
    person commits an offence if the person recruits a child for exploitation." (one-line
    paragraphs only). Spanish: "El que capta o traslada a una persona" <-> "El que captare o
    trasladare a una persona" (`SPANISH_MOODS`). French, in penalty clauses: "Est puni de
    cinq ans le fait de recruter une personne" <-> "... quiconque recrute une personne"
    (`FRENCH_MOODS`); definitions ("est le fait de") are left alone.
    """
    swap = {"en": _en_swap, "es": _es_swap, "fr": _fr_swap}.get(language)
    if swap is None:
        return text
    front, body = _split_front(text)
    return _join(front, [swap(line) for line in body])


# --------------------------------------------------------------------------- lead-ins and lists

_LEAD_IN_END = re.compile(r"(?:[—:–]|\b(?:if|by|that|who|where|whether|de|que|si|par|pour)[—:–-]?)\s*$")
_POINT_START = re.compile(r"^[ \t]*(?:[-–•][ \t]*)?(?:\([a-z]{1,2}\)|[a-zñ]\)|\([ivx]+\)|\d{1,2}°|[ivx]+\))[ \t]")
# An inline item starts after punctuation or after the "or"/"and" that closes the item before it.
_INLINE_ITEM = re.compile(
    r"(?:(?<=[;:—,])|(?<=\bor)|(?<=\band)|(?<=\bet)|(?<=\bou)|(?<=\by)|(?<=\bo))[ \t]+"
    r"(?=(?:\([a-z]\)|[a-z]\)|\d{1,2}°)[ \t])"
)


def split_lead_in(text: str, language: str = "en", seed: int = 0) -> str:
    """Put each list's lead-in on a line of its own, apart from its label and its items.

    "(1) A person commits an offence if— (a) the person recruits a child; or (b) ..." becomes
    "(1)", "A person commits an offence if—", "(a) the person recruits a child; or", "(b) ...";
    "Article 4. Penalties. The penalty is doubled where:" above "(a) ..." becomes "Article 4.
    Penalties." then "The penalty is doubled where:" (the label keeps its heading).
    """
    front, body = _split_front(text)
    arts = {a.index: a for a in _article_lines(body, language)}
    out: list[str] = []
    changed = False
    for i, line in enumerate(body):
        parts = _INLINE_ITEM.split(line)
        if len(parts) >= 3 and _LEAD_IN_END.search(parts[0]):
            lines = parts
            changed = True
        else:
            lines = [line]
        nxt = next((b for b in body[i + 1:] if b.strip()), "")
        head = lines[0]
        listed = len(lines) > 1 or bool(_POINT_START.match(nxt))
        m = _PARAGRAPH.match(head)
        art = arts.get(i)
        if m and _LEAD_IN_END.search(head) and listed:
            lines = [m.group("pre") + m.group("label"), m.group("rest"), *lines[1:]]
            changed = True
        elif art is not None and art.rest and _LEAD_IN_END.search(head) and listed:
            heading, left = _heading_of(art, body)
            label = f"{art.pre}{art.word}{' ' if art.word else ''}{art.num}{art.post}{art.sep.strip()}"
            lead = left if heading else art.rest
            if heading:
                label = f"{label} {heading}."
            tail = lines[1:]
            lines = [label, _INLINE_ITEM.split(lead)[0] if tail else lead, *tail]
            changed = True
        out.extend(lines)
    return _join(front, out) if changed else text


def inline_list(text: str, language: str = "en", seed: int = 0) -> str:
    """Run each list's items onto its lead-in line, as a single paragraph.

    "A person commits an offence if—" followed by "(a) the person recruits a child; or" and
    "(b) the person harbours a child," becomes "A person commits an offence if— (a) the person
    recruits a child; or (b) the person harbours a child,". Nested lists are joined with
    their items; the text after the list keeps its own line.
    """
    front, body = _split_front(text)
    out: list[str] = []
    changed = False
    i = 0
    while i < len(body):
        line = body[i]
        j = i + 1
        items: list[str] = []
        if line.strip() and _LEAD_IN_END.search(line):
            while j < len(body):
                if not body[j].strip():
                    k = j
                    while k < len(body) and not body[k].strip():
                        k += 1
                    if k < len(body) and _POINT_START.match(body[k]):
                        j = k
                        continue
                    break
                if not _POINT_START.match(body[j]):
                    break
                items.append(re.sub(r"^[-–•][ \t]*", "", body[j].strip()))  # a bullet mark is layout too
                j += 1
        if len(items) >= 2:
            out.append(" ".join([line.rstrip(), *items]))
            changed = True
            i = j
        else:
            out.append(line)
            i += 1
    return _join(front, out) if changed else text


# --------------------------------------------------------------------------- two Acts in one file

_OTHER_ACT = {
    "en": ("PUBLIC LIBRARIES ACT", [
        ("Short title", "This Act may be cited as the Public Libraries Act."),
        ("Interpretation", "In this Act, \"library authority\" means a council that maintains a public library."),
        ("Duty to provide libraries", "Every library authority shall provide a comprehensive library service."),
        ("Lending of books", "A library authority may lend books, recordings and other materials to any person "
                             "who resides in its area."),
        ("Transport of materials", "A library authority may arrange the transport of books between its branches."),
        ("Damage to library property", "Any person who wilfully damages a book belonging to a library authority "
                                       "commits an offence and is liable on conviction to a fine not exceeding "
                                       "level 2 on the standard scale."),
        ("Charges", "No charge shall be made for the lending of books to children."),
        ("Regulations", "The Minister may make regulations for the better carrying out of this Act."),
    ]),
    "fr": ("LOI RELATIVE AUX BIBLIOTHÈQUES PUBLIQUES", [
        ("Objet", "La présente loi organise le service public des bibliothèques."),
        ("Définitions", "Au sens de la présente loi, une bibliothèque publique est un service de lecture "
                        "ouvert à tous."),
        ("Missions", "Les bibliothèques publiques garantissent l'accès de tous à la culture et à l'information."),
        ("Prêt", "Le prêt des documents est gratuit pour les mineurs."),
        ("Transport des collections", "Les communes peuvent organiser le transport des livres entre leurs annexes."),
        ("Dégradations", "La dégradation volontaire d'un document appartenant à une bibliothèque publique est punie "
                         "d'une amende de 500 euros."),
        ("Horaires", "Les horaires d'ouverture sont fixés par le conseil municipal."),
        ("Application", "Un décret précise les modalités d'application de la présente loi."),
    ]),
    "es": ("LEY DE BIBLIOTECAS PÚBLICAS", [
        ("Objeto", "La presente ley regula el servicio público de bibliotecas."),
        ("Definiciones", "A los efectos de esta ley, se entiende por biblioteca pública todo servicio de lectura "
                         "abierto al público."),
        ("Funciones", "Las bibliotecas públicas garantizan el acceso de todas las personas a la lectura."),
        ("Préstamo", "El préstamo de libros será gratuito para los menores de edad."),
        ("Transporte de fondos", "Los municipios podrán organizar el transporte de libros entre sus sedes."),
        ("Daños", "El que dañare un libro perteneciente a una biblioteca pública será sancionado con multa."),
        ("Horarios", "Los horarios de apertura serán fijados por la autoridad municipal."),
        ("Reglamentación", "El Poder Ejecutivo reglamentará la presente ley."),
    ]),
}


def _act_label(language: str, family: str, n: int, head: str) -> str:
    if language == "es":
        return f"ARTÍCULO {n}°.- {head}."
    if language == "fr" or family == "article":
        return f"Article {n}. {head}"
    return f"{n}. {head}."


def other_act(language: str = "en", family: str = "section") -> list[str]:
    """An unrelated generated Act, numbered from 1, in the law's numbering family."""
    title, sections = _OTHER_ACT.get(language, _OTHER_ACT["en"])
    lines = [title, ""]
    for n, (head, body) in enumerate(sections, start=1):
        lines += [_act_label(language, family, n, head), body, ""]
    return lines


def two_acts(text: str, language: str = "en", seed: int = 0) -> str:
    """The law followed (seed 1: preceded) by an unrelated Act whose numbering restarts at 1.

    After a trafficking Act ending at "12. Regulations" comes "PUBLIC LIBRARIES ACT", "1.
    Short title.", ...: the same numbers mean other provisions, and its offence (damaging a
    library book) and its "transport of books" must supply nothing.
    """
    front, body = _split_front(text)
    arts = _article_lines(body, language)
    act = other_act(language, _family(arts) if arts else "section")
    if seed % 2:
        return _join(front, act + [""] + body)
    return _join(front, body + ["", ""] + act)


# --------------------------------------------------------------------------- embedded in a whole code

CODE_ARTICLES = 600


def _codegen():  # noqa: ANN202 - a module
    """bench/codegen.py (decoy_code, embed), or the fallback bench/decoys.py; None if neither exists."""
    for name in ("bench.codegen", "bench.decoys"):
        if importlib.util.find_spec(name) is not None:
            return importlib.import_module(name)
    return None


def make_embedded(articles: int = CODE_ARTICLES) -> Perturb:
    """The `embedded_in_code` perturbation with a code of `articles` articles (tests use a small one)."""

    def embedded_in_code(text: str, language: str = "en", seed: int = 0) -> str:
        """The law inside a generated penal code of unrelated offences full of decoy words.

        A trafficking Act becomes a chapter somewhere in a ~600-article code where "Any person
        who, by force or threat, abducts another person to obtain a ransom" and "the transport
        of goods" and "receiving stolen property" abound; the law's own numbers stay, the code
        keeps its own around it. Where it goes (20-80 % of the code) is drawn from the seed and
        the law's length. Front matter stays on top.
        """
        module = _codegen()
        if module is None or language not in ("en", "fr", "es"):
            return text
        front, body = _split_front(text)
        at = 0.2 + 0.6 * ((seed * 7919 + len(text)) % 100) / 100
        code = module.decoy_code(articles=articles, language=language, seed=seed)
        return _join(front, module.embed("\n".join(body), code, at=at, language=language).split("\n"))

    return embedded_in_code


embedded_in_code = make_embedded()


# --------------------------------------------------------------------------- the catalogue


@dataclass(frozen=True, slots=True)
class Perturbation:
    """A named perturbation, with how many seeded variants are worth running."""

    name: str
    function: Perturb
    variants: int
    description: str


PERTURBATIONS: tuple[Perturbation, ...] = (
    Perturbation("hard_wrap", hard_wrap, 2, "lines cut at 60-80 columns"),
    Perturbation("renumber", renumber, 4, "article labels in another house style"),
    Perturbation("number_own_line", number_own_line, 2, "label alone on its line"),
    Perturbation("heading_above", heading_above, 2, "section names moved to a heading line above"),
    Perturbation("table_of_contents", table_of_contents, 2, "a table of contents before the body"),
    Perturbation("verb_mood", verb_mood, 1, "offence verbs in the other mood (per-language table)"),
    Perturbation("split_lead_in", split_lead_in, 1, "list lead-ins on their own line"),
    Perturbation("inline_list", inline_list, 1, "list items run onto the lead-in line"),
    Perturbation("two_acts", two_acts, 2, "an unrelated Act with restarting numbering in the same file"),
    Perturbation("embedded_in_code", embedded_in_code, 1, f"inside a generated {CODE_ARTICLES}-article decoy code"),
)
BY_NAME = {p.name: p for p in PERTURBATIONS}


def perturb(name: str, text: str, language: str = "en", seed: int = 0) -> str:
    """Apply the named perturbation."""
    return BY_NAME[name].function(text, language, seed)
