"""How well a file was read: parse coverage, units recognised, warnings for the user.

A reading that failed must say so: a law whose numbering was not recognised would otherwise
be reported as meeting nothing, in silence. Coverage counts only text placed in articles and
their subdivisions; lettered points hanging from a Part or Chapter ("Part 2(a)") are the mark
of a section label that was missed, so they do not count. Text dropped on purpose (a table of
contents, superseded versions) counts as read.
"""

from __future__ import annotations

import re

from assessor.legislation.labels import article_label, bare_section_label, division_label, point_label
from assessor.legislation.layout import Layout, layout_of
from assessor.legislation.model import Block, Kind, Provision, Reading

# Below this share of the text in citable provisions, the structure was not recognised.
LOW_COVERAGE = 0.5
# Unplaced text at the end of a file, past this share, means the numbering was lost there.
TRAILING_SHARE = 0.15
TRAILING_MIN_CHARS = 400
_KEY = 40  # the line ending used to find a line again in the provisions' text
_LEADING_INT = re.compile(r"^(\d+)")
# A word and a number opening a line ("Clause 4", "REGLA-5", "Sect 9 ."): a label, if numbered in sequence.
_LABEL_LIKE = re.compile(r"^[\W_]{0,2}(?P<word>[^\W\d_]{2,14}\.?)\s*[-.]?\s*(?P<num>\d{1,4})\b(?![.,]\d)")


def assess_reading(blocks: list[Block], provisions: list[Provision]) -> Reading:
    """The coverage, units and warnings of one file's segmentation."""
    total = sum(len(b.text.strip()) for b in blocks if b.text.strip())
    layout = layout_of(blocks)
    by_uid = {p.uid: p for p in provisions}
    stray = [p for p in provisions if _under_division(p, by_uid)]
    stray_ids = {p.uid for p in stray}
    placed = [p for p in provisions if p.kind not in (Kind.PREAMBLE, Kind.DIVISION) and p.uid not in stray_ids]
    dropped = sum(n.chars for n in layout.notes)
    cited = sum(len(p.text) for p in placed) + dropped
    coverage = min(1.0, cited / total) if total else 0.0
    articles = [p for p in provisions if p.kind is Kind.ARTICLE]
    units = len(articles)
    warnings: list[str] = []
    if units == 0:
        warnings.append(
            "no article or section numbering was recognised: provisions cannot be cited, "
            "and findings may be missing; check the file's layout"
        )
    elif coverage < LOW_COVERAGE:
        warnings.append(
            f"only {coverage:.0%} of the text was placed in numbered provisions: "
            "the structure was not fully recognised, and findings may be missing"
        )
    lines = _line_finder(placed)
    lost = _unrecognised_numbering(layout)
    if lost is not None:
        warnings.append(
            f"numbering not recognised after {_where(blocks, lost)}: lines numbered like it were read as "
            "plain text, so their provisions cannot be cited"
        )
    elif units:
        after = _trailing_unplaced(layout, lines, total)
        if after is not None:
            warnings.append(
                f"numbering not recognised after {_where(blocks, after)}: the text after it is not in any provision"
            )
    if stray:
        example = stray[0].citation
        warnings.append(
            f'{len(stray)} numbered points stand under a heading rather than a section ("{example}"): '
            "a section number near them was probably not recognised"
        )
    warnings.extend(_restarts(blocks, articles, layout))
    for note in layout.notes:
        if note.kind == "toc":
            warnings.append(
                f"a table of contents ({note.count} paragraphs from {_where(blocks, note.line)}) "
                "was not read as provisions"
            )
        elif note.kind == "superseded":
            warnings.append(
                f"a superseded version ({note.count} paragraphs from {_where(blocks, note.line)}) was left out: "
                "only the version in force is assessed"
            )
    return Reading(round(coverage, 3), units, tuple(warnings))


def _unrecognised_numbering(layout: Layout) -> int | None:
    """The first of three or more lines numbered alike ("Clause 4", "Clause 5") that no label pattern read."""
    runs: dict[str, list[tuple[int, int]]] = {}
    for line, origin in zip(layout.lines, layout.origin, strict=True):
        m = _LABEL_LIKE.match(line)
        if m is None or article_label(line) or division_label(line) or point_label(line) or bare_section_label(line):
            continue
        runs.setdefault(m.group("word").casefold(), []).append((int(m.group("num")), origin))
    found = [
        run[0][1]
        for run in runs.values()
        if len(run) >= 3 and sum(b > a for (a, _), (b, _) in zip(run, run[1:], strict=False)) >= len(run) - 2
    ]
    return min(found) if found else None


def _under_division(provision: Provision, by_uid: dict[str, Provision]) -> bool:
    if provision.kind not in (Kind.PARAGRAPH, Kind.POINT):
        return False
    current = by_uid.get(provision.parent) if provision.parent else None
    while current is not None and current.kind in (Kind.PARAGRAPH, Kind.POINT):
        current = by_uid.get(current.parent) if current.parent else None
    return current is not None and current.kind is Kind.DIVISION


def _line_finder(placed: list[Provision]) -> set[str]:
    """Endings of the lines placed in provisions (a label is cut from a line's start, never its end)."""
    return {line.strip()[-_KEY:] for p in placed for line in p.text.split("\n") if line.strip()}


def _trailing_unplaced(layout: Layout, placed: set[str], total: int) -> int | None:
    """The input line after which nothing was placed, when what follows is a large share of the text."""
    last = -1
    for i, line in enumerate(layout.lines):
        # A short line may keep its label ("(a) by force;"), which the provision's text drops.
        if line[-_KEY:] in placed or (len(line) < 2 * _KEY and line.split(" ", 1)[-1] in placed):
            last = i
    rest = sum(len(line) for line in layout.lines[last + 1 :])
    if last < 0 or last + 1 >= len(layout.lines) or rest < TRAILING_MIN_CHARS or rest < TRAILING_SHARE * total:
        return None
    return layout.origin[last]


def _where(blocks: list[Block], number: int) -> str:
    """A place in the file a user can find: the paragraph's number and its opening words."""
    text = blocks[number - 1].text.strip() if 0 < number <= len(blocks) else ""
    excerpt = text[:40] + ("…" if len(text) > 40 else "")
    return f"paragraph {number} (“{excerpt}”)" if excerpt else f"paragraph {number}"


def _restarts(blocks: list[Block], articles: list[Provision], layout: Layout) -> list[str]:
    """A numbering that starts again at 1 (two Acts in one file): citations may be ambiguous."""
    out: list[str] = []
    previous: Provision | None = None
    for article in articles:
        number = _LEADING_INT.match(article.citation.split(" ", 1)[-1])
        before = _LEADING_INT.match(previous.citation.split(" ", 1)[-1]) if previous else None
        same_unit = previous is not None and article.citation.split(" ")[0] == previous.citation.split(" ")[0]
        if number and before and same_unit and int(number.group(1)) == 1 and int(before.group(1)) > 1:
            where = _line_of(article, layout)
            at = f" at {_where(blocks, where)}" if where else ""
            out.append(
                f"the numbering starts again{at} ({article.citation} after {previous.citation}): "  # type: ignore[union-attr]
                "the file may hold more than one law, and a citation may name two provisions"
            )
        if number:
            previous = article
    return out


def _line_of(article: Provision, layout: Layout) -> int | None:
    first = next((line.strip() for line in article.text.split("\n") if line.strip()), "")
    key = first[-_KEY:]
    pairs = list(zip(layout.lines, layout.origin, strict=True))
    found = next((origin for line, origin in pairs if key and line.endswith(key)), None)
    if found is None and article.label:
        found = next((origin for line, origin in pairs if line.startswith(article.label)), None)
    return found
