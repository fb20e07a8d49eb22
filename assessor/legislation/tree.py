"""The tree of provisions the segmenter builds, how its nodes are cited, and its flattening into `Provision`s.

`Outline` holds the tree while a file is read: every node in creation order, the innermost open
division, the open article and the stack of its open paragraphs and points, and a heading read
but not yet placed. The rules that decide what opens where live in the modules that call it
(`segment`, `points`, `definitions`, `lost_numbers`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assessor.legislation.labels import Label
from assessor.legislation.model import Kind, Provision
from assessor.legislation.units import defined_terms

DIVISION_RANK = {
    "schedule": 0,
    "annex": 0,
    "annexe": 0,
    "anexo": 0,
    "book": 1,
    "livre": 1,
    "libro": 1,
    "part": 2,
    "partie": 2,
    "parte": 2,
    "title": 3,
    "titre": 3,
    "título": 3,
    "titulo": 3,
    "chapter": 4,
    "chapitre": 4,
    "capítulo": 4,
    "capitulo": 4,
    "section": 5,
    "sección": 5,
    "seccion": 5,
    "division": 5,
    "sous-section": 6,
    "subpart": 6,
    "sub-part": 6,
}


@dataclass
class Node:
    """One provision while the tree is built: its label, citation, and its text chunks and children in order."""

    kind: Kind
    style: str
    number: str
    citation: str
    label: str
    heading: str
    parent: Node | None
    depth: int
    rank: int = 99  # divisions only
    items: list[str | Node] = field(default_factory=list)  # text chunks and children, in order
    implicit: bool = False
    restarts: bool = False  # a division whose number does not go on from the last one of its word

    def children(self) -> list[Node]:
        """The child nodes, in order."""
        return [i for i in self.items if isinstance(i, Node)]

    def texts(self) -> list[str]:
        """The node's own text chunks, in order."""
        return [i for i in self.items if isinstance(i, str)]

    def last_text(self) -> str:
        """The last text read into this node or its last descendant."""
        for item in reversed(self.items):
            if isinstance(item, str):
                return item
            return item.last_text()
        return ""


def point_citation(citation: str, label: Label) -> str:
    """The citation of a point or paragraph under `citation`: "s. 2(1)", "art. 225-4-1 I 1°", "art. 1 § 2"."""
    n = label.number
    if label.style in {"I.", "1°"}:  # French: "art. 225-4-1 I 1°"
        return f"{citation} {n}{'°' if label.style == '1°' else ''}"
    if label.style == "§":  # "art. 433quinquies § 1"
        return f"{citation} § {n}"
    return f"{citation}({n})"


def article_citation(label: Label, mode_word: str) -> str:
    """How an article label is cited: "s. 2", "art. 177 bis", "§ 1589"; a bare number takes the file's word."""
    number = label.number.rstrip("°").strip()
    word = label.word.lower().rstrip(".")
    if word in {"§", "§§"}:
        return f"§ {number}"
    if word in {"section", "sec", "s"} or (word == "" and mode_word == "s."):
        return f"s. {number}"
    return f"art. {number}"


class Outline:
    """The tree being built, with the open division, article and points where the next line goes."""

    def __init__(self) -> None:
        self.nodes: list[Node] = []
        self.division: Node | None = None  # innermost open division
        self.article: Node | None = None
        self.stack: list[Node] = []  # open paragraphs/points of the current article
        self.pending_heading: str | None = None
        self.preamble: Node | None = None
        self.last_division: dict[str, Node] = {}  # the last division opened, per division word
        # An amending clause's quotation still open: the inserted instrument's prefix and its last article.
        self.open_insert: tuple[str | None, Node | None] | None = None

    def new(
        self,
        kind: Kind,
        style: str,
        number: str,
        citation: str,
        label: str,
        heading: str,
        parent: Node | None,
        rank: int = 99,
    ) -> Node:
        """Create a node, append it to its parent's items and to the list of nodes."""
        node = Node(kind, style, number, citation, label, heading, parent, (parent.depth + 1) if parent else 0, rank)
        if parent is not None:
            parent.items.append(node)
        self.nodes.append(node)
        return node

    def innermost(self) -> Node | None:
        """The open node text goes into: the last open point, else the article, else the division."""
        if self.stack:
            return self.stack[-1]
        return self.article or self.division

    def add_text(self, text: str) -> None:
        """Add text to the innermost open node; text before any label goes to the preamble."""
        node = self.innermost()
        if node is None:
            if self.preamble is None:
                self.preamble = self.new(Kind.PREAMBLE, "", "", "preamble", "", "", None)
            node = self.preamble
        node.items.append(text)

    def start_front_matter(self, line: str) -> None:
        """Close the open divisions and article: the text from here to the next label is front matter."""
        self.division, self.article, self.stack = None, None, []
        self.preamble = self.new(Kind.PREAMBLE, "", "", "preamble", "", "", None)
        self.preamble.items.append(line)

    def open_division(self, label: Label) -> None:
        """A division label closes every division of its rank or below, and the open article."""
        rank = DIVISION_RANK.get(label.word.lower(), 5)
        parent = self.division
        while parent is not None and parent.rank >= rank:
            parent = parent.parent
        word = label.word[:1].upper() + label.word[1:].lower()
        number = label.number
        if number.isalpha() and not re.fullmatch(r"[IVXLC]+[A-H]?", number):
            number = number.capitalize()  # "BOOK TWO" is cited "Book Two", "CAPÍTULO ÚNICO" "Capítulo Único"
        key = word.casefold()
        previous = self.last_division.get(key)
        parent = _resume_sequence(previous, number, parent)
        citation = f"{word} {number}"
        node = self.new(Kind.DIVISION, label.style, number, citation, citation, label.rest, parent, rank)
        node.restarts = previous is not None and _continues(previous.number, number) is False
        self.last_division[key] = node
        self.division, self.article, self.stack = node, None, []
        self.pending_heading = None

    def open_article(self, citation: str, number: str, label: str, heading: str, implicit: bool = False) -> None:
        """Open an article under the current division; it closes the previous article's points."""
        node = self.new(Kind.ARTICLE, "article", number, citation, label, heading, self.division)
        node.implicit = implicit
        self.article, self.stack = node, []
        self.pending_heading = None


def _division_number(number: str) -> int | None:
    """A division's number as an integer: "XVIII" -> 18, "XVIIA" -> 17, "4" -> 4, a word -> None."""
    m = re.match(r"^(\d+)", number)
    if m:
        return int(m.group(1))
    m = re.match(r"^([IVXLC]+)", number)
    if not m:
        return None
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    total = 0
    digits = [values[c] for c in m.group(1)]
    for i, d in enumerate(digits):
        total += -d if i + 1 < len(digits) and digits[i + 1] > d else d
    return total


def _continues(previous: str, number: str) -> bool | None:
    """Whether a division number goes on from the previous one of its word (None: not numbers)."""
    a, b = _division_number(previous), _division_number(number)
    if a is None or b is None:
        return None
    if re.search(r"[.-]\d+$", number):
        # An inserted division ("PART IX.1") follows its base ("PART IX") or another insert of it, nothing else:
        # after "PART VI" it is another instrument's Part.
        return b == a and previous != number
    return 0 <= b - a <= 3 and previous != number


def _resume_sequence(previous: Node | None, number: str, parent: Node | None) -> Node | None:
    """Where a division goes on with the numbering of an earlier one of its word ("CHAPTER XVIIA" then
    "CHAPTER XVIII"), the higher divisions opened between them whose own numbering restarted (a law's
    "PART 1" copied into a code after its Part III) are closed: the code's chapter does not belong to
    the law's Part. It goes back under their nearest common division, or beside its predecessor."""
    if previous is None or _continues(previous.number, number) is not True:
        return parent
    node = parent
    while node is not None and node is not previous.parent and node.restarts:
        node = node.parent
    if node is parent:
        return parent
    ancestors, up = set(), previous.parent
    while up is not None:
        ancestors.add(id(up))
        up = up.parent
    if node is not None and id(node) in ancestors:
        return node
    # Past every division the foreign numbering opened: the chapter goes back beside its predecessor.
    return previous.parent if node is None or node.restarts else parent


def _defines(node: Node, text: str) -> tuple[str, ...]:
    """The terms a provision defines; a definition unit defines its own term, however worded."""
    terms = defined_terms(text)
    if node.style == "definition":
        own = " ".join(node.number.split()).casefold()
        terms = (own, *(t for t in terms if t != own))
    return terms


def to_provisions(nodes: list[Node], source: str, language: str, prefix: str) -> list[Provision]:
    """The tree's nodes as provisions in reading order (depth first); uids follow creation order."""
    uids = {id(node): f"{prefix}{i}" for i, node in enumerate(nodes)}
    ordered: list[Node] = []

    def walk(node: Node) -> None:
        ordered.append(node)
        for child in node.children():
            walk(child)

    for node in nodes:
        if node.parent is None:
            walk(node)
    out = []
    for node in ordered:
        text = "\n".join(node.texts())
        out.append(
            Provision(
                uid=uids[id(node)],
                citation=node.citation,
                kind=node.kind,
                label=node.label,
                heading=node.heading,
                text=text,
                source=source,
                language=language,
                parent=uids[id(node.parent)] if node.parent is not None else None,
                depth=node.depth,
                defines=_defines(node, text),
            )
        )
    return out
