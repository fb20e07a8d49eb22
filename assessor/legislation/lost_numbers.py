"""Laws whose section numbers were lost in scanning: read by their headings, as a reader would.

After the enacting formula, a heading followed by the opening words of a provision opens the next
section, numbered in order ("s. 1", "s. 2" ...); in a scanned section with "(1)" and no "(2)", a
new sentence paragraph is the lost "(2)".
"""

from __future__ import annotations

from assessor.legislation.headings import INLINE_HEADING, MIDLINE_HEADING, is_heading_like, opens_body
from assessor.legislation.labels import point_label
from assessor.legislation.model import Kind
from assessor.legislation.points import open_point
from assessor.legislation.tree import Outline


class ImplicitSections:
    """Sections numbered in order where their numbers were lost; `count` is how many were opened."""

    def __init__(self, outline: Outline) -> None:
        self.outline = outline
        self.count = 0

    def read(self, line: str) -> bool:
        """A heading opens the next section. Returns True when the line was consumed here."""
        outline = self.outline
        m = INLINE_HEADING.match(line)
        if m and not point_label(line) and not is_heading_like(line) and m.group("rest")[:1].isupper():
            # "Abetment and criminal conspiracy (1) Any person ...", "Victims of trafficking - A victim ..."
            outline.pending_heading = None
            self.open(m.group("heading").strip())
            rest = ((m.group("label") or "") + " " + m.group("rest")).strip()
            pt = point_label(rest)
            if pt is not None:
                open_point(outline, pt)
            else:
                outline.add_text(rest)
            return True
        m = MIDLINE_HEADING.match(line)
        if m and outline.article is not None:
            # OCR interleaved a marginal note into a line: "involves: Aggravating circumstances Where ..."
            outline.add_text(m.group("before"))
            self.open(m.group("heading"))
            outline.add_text(m.group("rest"))
            return True
        if outline.pending_heading is not None:
            pt = point_label(line)
            if (pt is None and opens_body(line)) or (pt is not None and pt.style == "(1)" and pt.number == "1"):
                heading = outline.pending_heading
                outline.pending_heading = None
                self.open(heading.rstrip(":").strip())
                return False  # the line itself is processed as usual, inside the new section
            if pt is not None:
                outline.pending_heading = None  # a stray running head between two subsections
        return False

    def open(self, heading: str) -> None:
        """Open the next implicitly numbered section under `heading`."""
        self.count += 1
        number = str(self.count)
        self.outline.open_article(f"s. {number}", number, "", heading, implicit=True)


def lost_subsection(outline: Outline, line: str) -> bool:
    """In a scanned article with "(1)" and no "(2)", a new sentence paragraph is the lost "(2)".

    The caller checked that an article and a point are open. Returns True when the line was consumed.
    """
    if not outline.article or not outline.article.implicit or not line[:1].isupper():
        return False
    top = outline.stack[0]
    if top.style != "(1)":
        return False
    siblings = [c for c in outline.article.children() if c.style == "(1)"]
    last = siblings[-1]
    if not last.last_text().rstrip().endswith((".", ":")) and not last.children():
        return False
    number = str(int(last.number) + 1) if last.number.isdigit() else ""
    if not number:
        return False
    outline.stack = []
    node = outline.new(Kind.PARAGRAPH, "(1)", number, f"{outline.article.citation}({number})", "", "", outline.article)
    node.implicit = True
    node.items.append(line)
    outline.stack.append(node)
    return True
