"""Line normalisation before segmentation: the layout of a statute, read as a drafter set it out.

The segmenter sees one line per paragraph. Converted and scanned statutes break that rule in a
few recurring ways, each undone here before any label is read:

- a number or list label alone on its line, its text on the next ("3." / "—(1) Any person",
  "(a)" / "the threat ...");
- text hard-wrapped at 60-80 columns, so a line may start mid-sentence with a number
  ("... under section" / "2 of this Act") that is not a label;
- annotation markers of consolidated UK texts glued to labels ("[F11(2A)In subsections");
- a table of contents (a run of short numbered headings, or one under "Arrangement of
  sections") that would otherwise be read as empty sections;
- superseded versions kept in consolidated texts ("Texto anterior", "[Version in force
  until ...]"), of which only the version in force is law.

`normalise` returns the lines to segment and `Note`s saying what was dropped, for the reading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assessor.legislation.headings import has_verb
from assessor.legislation.labels import article_label, division_label, point_label
from assessor.legislation.model import Block

_LONE_NUMBER = re.compile(r"^(?P<num>\d{1,4}[A-Z]{0,2}(?:\.\d{1,3})?)\.?\s*(?P<dash>[—–]?)\s*$")
_LONE_POINT = re.compile(r"^(?:\(\d{1,3}[A-Z]?\)|\([a-z]{1,4}\)|\([A-Z]{1,2}\)|[a-z]{1,4}\)|[A-Z]\)|\d{1,3}\s?[°º])$")
_LEADING_DASH = re.compile(r"^[—–-]+\s*")
# An article label alone on its line, perhaps with a dash after it ("Section 3.", "S. 3", "Sec. 3 —").
_LONE_ARTICLE = re.compile(r"^(?P<label>(?:section|sec|s|article|art|artículo|articulo)\.?\s+\d{1,4}[A-Z]{0,2}"
                           r"(?:\.\d{1,3})?)\.?\s*[—–-]*\s*$", re.IGNORECASE)
_DASHED_POINT = re.compile(r"^[—–-]+\s*\(\s*1\s*\)")
# legislation.gov.uk annotation markers: "[F11(2A)In", "F12(4)", "[F3or attempted breach]".
_F_BEFORE_LABEL = re.compile(r"^\[?F\d{1,3}(?=\()")
_F_HEADING = re.compile(r"^\[F(?P<digits>\d{2,6})\s+(?P<rest>[A-Z].*)$")
_F_INLINE = re.compile(r"\[F\d{1,3}(?=\S)")

_TOC_HEADING = re.compile(
    r"^(?:arrangement of (?:sections|clauses|regulations)|table of contents|contents|índice|indice"
    r"|sommaire|table des matières|tabla de contenidos?|contenido)\s*[:.]?$",
    re.IGNORECASE,
)
_TOC_ENTRY = re.compile(
    r"^(?:\d{1,4}[A-Z]{0,2}(?:\.\d{1,3})?\.?\s+\S|(?:sections?|secs?\.|s\.|articles?|art\.|art[íi]culos?|§)\s*\S+)",
    re.IGNORECASE,
)
_RANGE_ENTRY = re.compile(
    r"^(?:sections|articles|art[íi]culos|arts?\.|ss\.)\s+\S+\s+(?:to|à|a|-|–)\s+\S+", re.IGNORECASE
)
# Dot leaders and a page number closing a table-of-contents entry: "3. Offences ........ 4".
_LEADER = re.compile(r"\s*(?:\.{2,}|…+|\s{2,}|\t)\s*\d{1,4}\s*$")

_SUPERSEDED = re.compile(
    r"(?:\[\s*version in force (?:until|from [^\]]{1,40} (?:to|until))\b|\bversion (?:no longer|not) in force\b"
    r"|\btexto anterior\b|\bversión anterior\b|\bredacción anterior\b|\bancienne rédaction\b"
    r"|\bversion antérieure\b|\bsuperseded version\b|\bprevious version\b"
    r"|\bversion en vigueur du\b.{1,40}\bau\b|^nota\b.{0,200}\btexto original\b|^texto original\s*:)",
    re.IGNORECASE,
)
# The same markers looked for in the whole text at once (one scan, in C), "^" at every line.
_SUPERSEDED_ANY_LINE = re.compile(_SUPERSEDED.pattern, re.IGNORECASE | re.MULTILINE)
# A phrase every _SUPERSEDED alternative contains (compared casefolded; a substring scan is fast).
_SUPERSEDED_WORDS = ("version in force", "version no longer", "version not in force", "texto anterior",
                     "versión anterior", "redacción anterior", "ancienne rédaction", "version antérieure",
                     "superseded version", "previous version", "version en vigueur du", "texto original")
# "Division 271.2 – Offence of ..." on a third-party page: divisions are not numbered with a
# decimal point, sections are, so this is section 271.2.
_DECIMAL_DIVISION = re.compile(r"^(?:Sub)?[Dd]ivision\s+(?P<num>\d{1,4}\.\d{1,3}[A-Z]?)\s*[-–—:]?\s*(?=\S)")
_WRAPPED_NUMBER = re.compile(r"^\d{1,4}[A-Z]?\.?\s+[a-z]")
_WRAP_END = re.compile(r"[\w,]$")
# A line ending on an article, a preposition or a conjunction stops mid-sentence, whatever the case of
# the next line ("... un Comité national de Lutte contre la" / "Traite des personnes ...").
_DANGLING = re.compile(r"(?:^|\s)(?:la|le|les|de|des|du|et|ou|à|au|aux|en|par|pour|sur|un|une|the|of|and|or|a|an|to"
                       r"|in|for|by|with|el|los|las|del|y|o|con|por|para|al|que)$", re.IGNORECASE)
# Lower-case labels the point patterns leave to context ("ii. the second case", "aa) ..."): never a
# continuation line.
_LOWER_LABEL = re.compile(r"^(?:[ivxl]{1,6}|[a-z]{1,2})[.)]\s")


@dataclass(frozen=True, slots=True)
class Note:
    """Something the layout pass did that the reading should report (`kind`: toc, superseded)."""

    kind: str
    line: int  # 1-based line of the input where it starts
    count: int  # lines dropped
    chars: int = 0  # characters dropped (read, on purpose, so not uncovered)


@dataclass(frozen=True, slots=True)
class Layout:
    """Normalised lines, the input line each starts at (1-based), and notes."""

    lines: tuple[str, ...]
    origin: tuple[int, ...]
    notes: tuple[Note, ...]


# legislation.gov.uk text converted to Markdown glues an italic subsection heading to its
# number: "*Sexual exploitation*3Something is done ..." is subsection (3).
_GLUED_SUBSECTION = re.compile(r"^\*([^*]{2,120})\*(\d{1,3}[A-Z]?)\s*(?=[A-Z“\"‘'])(.*)$")
# Consolidated texts put the amendment note before the article it amends, on the same line:
# "(Artículo sustituido por art. 11 del Decreto ...) ARTICULO 22.— ...".
_NOTE_THEN_ARTICLE = re.compile(
    r"^(\([^()]{3,400}\))\s+(?=(?:ARTICULO|ARTÍCULO|Artículo|Articulo|Article|ARTICLE|Art\.)\s*\d)"
)
# Narrow and no-break spaces ("§\u202f1589") are spaces to the label patterns.
_ODD_SPACES = re.compile(r"[\u00a0\u2000-\u200b\u202f\u205f\u3000\t]+")


_last: list[tuple[list[Block], Layout]] = []


def layout_of(blocks: list[Block]) -> Layout:
    """The layout of one file's blocks. The segmenter and then the reading ask for the same list
    of blocks in turn: the last one is kept (by identity, so a file read again is laid out again)."""
    if _last and _last[0][0] is blocks:
        return _last[0][1]
    layout = normalise([block.text for block in blocks])
    _last[:] = [(blocks, layout)]
    return layout


def normalise(raw: list[str]) -> Layout:
    """The lines of one file (one per block), ready for labelling (see the module docstring)."""
    lines: list[tuple[int, str]] = []
    for i, text in enumerate(raw):
        line = _GLUED_SUBSECTION.sub(r"(\2) \1: \3", _ODD_SPACES.sub(" ", text)).strip()
        note = _NOTE_THEN_ARTICLE.match(line)
        if note:
            lines.append((i + 1, note.group(1)))
            line = line[note.end() :].strip()
        if line:
            lines.append((i + 1, line))
    notes: list[Note] = []
    lines = _strip_annotations(lines)
    lines = [(n, _DECIMAL_DIVISION.sub(r"\g<num> ", t)) for n, t in lines]
    lines = _drop_toc(_join_toc_numbers(lines), notes)
    lines = _drop_superseded(lines, notes)
    lines = _join(lines)
    lines = [(n, piece) for n, text in lines for piece in inline_items(text)]
    lines = _unquote_inserted(lines)
    return Layout(tuple(t for _, t in lines), tuple(n for n, _ in lines), tuple(notes))


def _strip_annotations(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    if not any("[F" in t or t.startswith("F") for _, t in lines[:2000]):
        return lines
    used = _marker_counts([t for _, t in lines])
    out = []
    for n, text in lines:
        text = _F_BEFORE_LABEL.sub("", text)
        m = _F_HEADING.match(text)
        if m:
            # "[F225 Assisting ..." is marker F2 and section 25: markers are numbered once per
            # text, so the shortest marker number not used elsewhere is this one.
            digits = m.group("digits")
            for k in range(1, len(digits)):
                if used.get(digits[:k], 0) == 0:
                    text = f"{digits[k:]} {m.group('rest')}"
                    break
        text = _F_INLINE.sub("", text)
        out.append((n, text))
    return out


def _marker_counts(texts: list[str]) -> dict[str, int]:
    """How often each annotation marker number appears, markers followed by a space aside."""
    counts: dict[str, int] = {}
    for text in texts:
        for m in re.finditer(r"\[?F(\d{1,3})(?=[^\d\s])", text):
            counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    return counts


def _toc_entry(text: str, headed: bool = False) -> bool:
    """A table-of-contents line: a number or unit word and a short heading, not a sentence.

    Under an "Arrangement of sections" heading an entry may close with a full stop, as the
    section's heading does in the body ("3. Trafficking of adults.").
    """
    if headed and re.fullmatch(r"\d{1,4}[A-Z]?\.", text):
        return True  # "9." alone: its heading went to the line above or below it
    if headed and text.endswith(".") and not text.endswith("..") and len(text.split()) <= 10 \
            and ". " not in text[:-1].split(" ", 1)[-1] and not has_verb(text):
        text = text[:-1]
    return (
        len(text) <= 110
        and not text.endswith((".", ";", ",", ":"))
        and bool(_TOC_ENTRY.match(text) or division_label(text))
        and len(text.split()) <= 14
    )


def _entry_key(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", _LEADER.sub("", text).casefold())[:40]


def _drop_toc(lines: list[tuple[int, str]], notes: list[Note]) -> list[tuple[int, str]]:
    """Drop a table of contents: a run of short numbered headings whose first entry comes again."""
    i = 0
    while i < len(lines):
        headed = bool(_TOC_HEADING.match(lines[i][1]))
        if i >= 400 and not headed:
            # Deep in a file only a table under its own heading is looked for: an Act copied into a code
            # brings its "ARRANGEMENT OF SECTIONS" along.
            i += 1
            continue
        start = i + 1 if headed else i
        j = start
        entries = 0
        first_key = ""
        recurred = False
        end = j
        # Under a heading, column headers ("Section", "Page") may stand before the first entry.
        while j < len(lines) and (_toc_entry(lines[j][1], headed)
                                  or ((entries or headed) and _is_toc_filler(lines[j][1]))):
            key = _entry_key(_strip_word(lines[j][1]))
            if entries and key == first_key:
                recurred = True
                break  # the body starts with the first entry again
            if not entries and not division_label(lines[j][1]):
                first_key = key
            if _toc_entry(lines[j][1], headed) and not division_label(lines[j][1]):
                entries += 1
                end = j + 1  # headings after the last entry may be the body's own
            j += 1
        k = start
        while headed and k < len(lines) and _RANGE_ENTRY.match(lines[k][1]) and len(lines[k][1]) <= 110:
            k += 1
        if k > start and k < len(lines):
            # "Sections 1 to 53 ........ 1" under "ARRANGEMENT OF SECTIONS": a table of ranges.
            notes.append(Note("toc", lines[i][0], k - i, sum(len(t) for _, t in lines[i:k])))
            return lines[:i] + _drop_toc(lines[k:], notes)  # a file may hold two tables (two Acts)
        if entries >= (2 if headed else 4) and j < len(lines):
            # The body repeats an entry ("1. Short title" or "Section 1 Short title"), numbering
            # and heading alike, where a list of short items does not.
            probes = [
                k for _, t in lines[start:j] if not division_label(t) and len(k := _entry_key(_strip_word(t))) >= 6
            ]
            body = [_entry_key(_strip_word(t)) for _, t in lines[end : end + 5000]]
            # Under a heading, entries that are bare labels ("Section 1", "Section 2") are a table
            # when the body starts again at the first of them.
            # Under a heading, a body whose numbering starts again at the first entry's number ("1. This
            # Act may be cited ...", the marginal notes left out) follows a table too.
            restart = headed and _restarts_at_first_number(lines[start:end], lines[end:end + 5000])
            if (headed and recurred) or restart or any(b.startswith(k) for k in probes[:3] for b in body):
                notes.append(Note("toc", lines[i][0], end - i, sum(len(t) for _, t in lines[i:end])))
                return lines[:i] + _drop_toc(lines[end:], notes)
        i = j + 1 if j > i else i + 1
    return lines


def _join_toc_numbers(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """"1." alone, then "Short title and commencement.": one entry, before the table is looked for (the
    body's own lone numbers are joined so later on anyway)."""
    out: list[tuple[int, str]] = []
    for n, text in lines:
        if out and re.fullmatch(r"\d{1,4}[A-Z]?\.", out[-1][1]) and len(text.split()) <= 10 \
                and text[:1].isupper() and not (article_label(text) or division_label(text)):
            out[-1] = (out[-1][0], f"{out[-1][1]} {text}")
            continue
        out.append((n, text))
    return out


def _restarts_at_first_number(entries: list[tuple[int, str]], body: list[tuple[int, str]]) -> bool:
    """True when the body has a label with the first entry's number, followed by a sentence."""
    # (a column header such as "Section" above the entries is not the first entry)
    first = next((t for _, t in entries if not division_label(t) and _TOC_ENTRY.match(t)), "")
    m = re.match(r"^(?:(?:section|article|art\.|art[íi]culo|s\.)\s*)?(\d{1,4}[A-Z]?)\b", first, re.IGNORECASE)
    if m is None:
        return False
    label = re.compile(rf"^(?:(?:section|article|art\.|art[íi]culo|s\.)\s*)?{re.escape(m.group(1))}\b\.?\s*[—–-]?"
                       rf"\s*(?:\(1\)\s*)?[A-Z]", re.IGNORECASE)
    if any(label.match(t) and len(t.split()) >= 6 for _, t in body[:400]):
        return True
    # The label alone on its line ("1.—"), its first sentence on the next.
    alone = re.compile(rf"^(?:(?:section|article|art\.|art[íi]culo|s\.)\s*)?{re.escape(m.group(1))}\.?\s*[—–-]?\s*$",
                       re.IGNORECASE)
    pairs = zip(body[:400], body[1:401], strict=False)
    return any(alone.match(t) and len(nxt.split()) >= 6 for (_, t), (_, nxt) in pairs)


def _strip_word(text: str) -> str:
    return re.sub(r"^(?:section|sec\.|article|art\.|art[íi]culo|s\.|§)\s*", "", text, flags=re.IGNORECASE)


def _is_toc_filler(text: str) -> bool:
    """Cross-headings and page furniture inside a table of contents ("Offences", "Page")."""
    return len(text) <= 60 and not text.endswith((".", ";", ":", ",")) and len(text.split()) <= 6


def _drop_superseded(lines: list[tuple[int, str]], notes: list[Note]) -> list[tuple[int, str]]:
    """Drop superseded versions: from the marker to the next article label."""
    # Every marker holds one of these words: one substring scan of the text spares running the
    # regex on each line of a long code that has none (a fifth of reading a 700 KB code).
    folded = "\n".join(t for _, t in lines).casefold()
    if not any(word in folded for word in _SUPERSEDED_WORDS) or not _SUPERSEDED_ANY_LINE.search(folded):
        return lines
    out: list[tuple[int, str]] = []
    run: list[tuple[int, str]] = []

    def close() -> None:
        notes.append(Note("superseded", run[0][0], len(run), sum(len(t) for _, t in run)))
        run.clear()

    for n, text in lines:
        marker = _SUPERSEDED.search(text)
        label = article_label(text) or division_label(text)
        if marker and (label is not None or len(text) < 160):
            if run and label is not None:
                close()
            run.append((n, text))
            continue
        # The first label after a marker line opens the old version itself ("Texto anterior:"
        # then "Artículo 7.- ..."); the next one is the article after it.
        opens_old = len(run) == 1 and not article_label(run[0][1])
        if run and label is not None and not opens_old:
            close()
        if run:
            run.append((n, text))
            continue
        out.append((n, text))
    if run:
        close()
    return out


# A defined term alone on its line, and the line that gives its meaning.
_LONE_TERM = re.compile(r"^[“\"‘'][^”\"’'\n]{1,60}[”\"’']$")
_MEANING = re.compile(r"^(?:means|includes|has the (?:same )?meaning|shall mean|shall include|refers to)\b")


def _join(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    for n, text in lines:
        if out:
            prev_n, prev = out[-1]
            if _LONE_NUMBER.match(prev) and _joins_number(prev, text):
                # "3." then "—(1) Any person ..." or "3." then "Trafficking in persons".
                number = _LONE_NUMBER.match(prev).group("num")  # type: ignore[union-attr]
                out[-1] = (prev_n, f"{number}. {_LEADING_DASH.sub('', text)}")
                continue
            if _LEADING_DASH.match(text) and _LONE_ARTICLE.match(prev) and article_label(prev) is not None \
                    and _DASHED_POINT.match(text):
                # "Section 3." / "Sec. 3 —" then "—(1) Any person ...": the label's first subsection.
                out[-1] = (prev_n, f"{_LONE_ARTICLE.match(prev).group('label')} {_LEADING_DASH.sub('', text)}")  # type: ignore[union-attr]
                continue
            if _LONE_TERM.match(prev) and _MEANING.match(text):
                # '"child"' then 'means a person under 18 years;': a definitions list that sets each
                # defined term on a line of its own, its meaning on the next.
                out[-1] = (prev_n, f"{prev} {text}")
                continue
            if _LONE_POINT.match(prev) and not point_label(text) and not _LONE_POINT.match(text):
                out[-1] = (prev_n, f"{prev} {text}")
                continue
            if (
                (len(prev) >= 50 or (len(prev) >= 30 and _DANGLING.search(prev)))
                and _WRAP_END.search(prev)
                and not _LONE_POINT.match(prev)
                and (text[:1].islower() or _WRAPPED_NUMBER.match(text)
                     or (_DANGLING.search(prev) and not (article_label(text) or division_label(text))))
                and not point_label(text)
                and "|" not in text  # a table row ("term | meaning") starts its own line
                and not _LOWER_LABEL.match(text)
            ):
                # A hard-wrapped line: "... under section" / "2 of this Act" is one sentence.
                out[-1] = (prev_n, f"{prev} {text}")
                continue
        out.append((n, text))
    return out


_INSERTION_LEAD = re.compile(
    r"(?:is inserted|are inserted|is substituted|are substituted|following sections?|ainsi rédigée?s?"
    r"|est inséré|sont insérés|siguiente tenor|siguiente artículo|siguientes artículos|queda(?:rá)? redactado"
    r"|dispositions suivantes|articles?(?:\s+[\w-]+(?:\s+(?:à|au|et)\s+[\w-]+)?)?\s+suivants?"
    r"|est ainsi rédigée?|shall read as follows|is amended to read"
    r"|por el siguiente)"
    r"[^:]{0,40}:\s*$",
    re.IGNORECASE,
)
_OPEN_QUOTE = re.compile(r"^[«“\"‘']\s*")


def _unquote_inserted(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """'After section 41 the following section is inserted:' then '"41A Heading': the inserted
    section's label, without its opening quotation mark, so it is read as a label."""
    out: list[tuple[int, str]] = []
    quoting = False  # inside a quotation of several inserted articles, each paragraph opening with «
    for n, text in lines:
        if quoting and _OPEN_QUOTE.match(text) and text[:1] in "«“":
            # '« Article 471-2 : ...' after '« Article 471-1 : ...': the next inserted article of the
            # same quotation (French usage opens every quoted paragraph with a guillemet).
            bare = re.sub(r"\s*[»”]\s*\.?\s*$", "", _OPEN_QUOTE.sub("", text))
            if article_label(bare):
                quoting = not re.search(r"[»”]\s*\.?\s*$", text)
                out.append((n, bare))
                continue
        if quoting and re.search(r"[»”]\s*\.?\s*$", text):
            quoting = False
            text = re.sub(r"\s*[»”]\s*\.?\s*$", "", text)
        elif quoting and (article_label(text) or division_label(text)):
            quoting = False  # the amending law's own next article: the quotation had closed
        if out and _OPEN_QUOTE.match(text) and out[-1][1].endswith(":") and _INSERTION_LEAD.search(out[-1][1][-90:]):
            # The closing quotation mark of a one-line insertion goes too: "... peines. »" ends a sentence.
            bare = re.sub(r"\s*[»”\"]\s*\.?\s*$", "", _OPEN_QUOTE.sub("", text))
            lead = out[-1][1].casefold()
            if article_label(bare):
                quoting = text[:1] in "«“" and not re.search(r"[»”]\s*\.?\s*$", text)
                text = bare
            elif _INSERTED_NUMBER.match(bare) and ("section" in lead or "article" in lead or "artículo" in lead):
                # "41A Trafficking in organs" quoted after "the following section is inserted:" is
                # section 41A of the amended Act, whatever the amending Act's own numbering.
                word = "Section" if "section" in lead else "Article"
                text = f"{word} {bare}"
        out.append((n, text))
    return out


_INSERTED_NUMBER = re.compile(r"^\d{1,4}[A-Z]{0,2}(?:\.\d{1,3})?\.?\s+\S")


def _joins_number(number: str, text: str) -> bool:
    """What may follow a lone section number: "—(1) ...", a heading, or the first sentence.

    A number without a full stop joins only a dash ("3" / "—(1)"): alone, it is more often a
    page number.
    """
    if division_label(text) or article_label(text) or _LONE_NUMBER.match(text):
        return False
    if _LEADING_DASH.match(text):
        return True
    if number.endswith(("—", "–")):
        # "1.—" alone, then "(1) This Act ...": the section's first subsection.
        return text[:1] == "(" or text[:1].isupper()
    # A decimal section number ("412.01") is no page number: it joins its first sentence as "3." does.
    decimal = re.fullmatch(r"\d{1,4}\.\d{1,3}", number) is not None
    return (number.endswith(".") or decimal) and (text[:1].isupper() or text[:1] in "(“\"'‘")


# A list run onto its lead-in's line ("As used in this Act: (a) X; (b) Y; and (c) Z."), as converted PDFs and
# some gazettes print it: the first item follows the lead-in's colon or dash, each next one a semicolon or
# comma (with "and", "or"), labelled with the next label of the same style.
_INLINE_FIRST = re.compile(r"(?:[:—–]|\s-)\s*(?P<label>\((?:a|i|1)\)|(?:a|1)\)|1\s?°)\s+(?=\S)")
_ROMANS = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv")
_CONJUNCTIONS = r"(?:(?:and|or|et|ou|y|o|e|u)\s+)?"


def _next_labels(first: str) -> list[str]:
    """The labels that follow a first label of its style: "(a)" -> "(b)", "(c)" ...; "1°" -> "2°" ..."""
    first = first.replace(" ", "")
    if first == "(a)":
        return [f"({chr(c)})" for c in range(ord("b"), ord("z") + 1)]
    if first == "a)":
        return [f"{chr(c)})" for c in range(ord("b"), ord("z") + 1)]
    if first == "(i)":
        return [f"({r})" for r in _ROMANS[1:]]
    if first == "(1)":
        return [f"({n})" for n in range(2, 40)]
    if first == "1)":
        return [f"{n})" for n in range(2, 40)]
    return [f"{n}°" for n in range(2, 40)]


def inline_items(text: str) -> list[str]:
    """A line holding a lead-in and its list items run on, cut into the lead-in and one line per item (nested
    lists too); any other line as it is. Two items at least, labelled in sequence, or nothing is cut."""
    m = _INLINE_FIRST.search(text)
    if m is None:
        return [text]
    cuts = [m.start("label")]
    position = m.end()
    for label in _next_labels(m.group("label")):
        found = re.compile(rf"[;,]\s*{_CONJUNCTIONS}(?={re.escape(label)}\s+\S)").search(text, position)
        if found is None:
            break
        cuts.append(found.end())
        position = found.end() + len(label)
    if len(cuts) < 2:
        return [text]
    lead = text[:cuts[0]].rstrip()
    items = [text[a:b].strip() for a, b in zip(cuts, [*cuts[1:], len(text)], strict=True)]
    return [lead, *(piece for item in items for piece in inline_items(item))]
