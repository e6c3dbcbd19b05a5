"""The few flowables the report adds to reportlab's, and user text as flowables.

``Heading`` carries what the outline and the table of contents need;
``TextParagraph`` can skip drawing during the layout-only first pass;
``PageCount`` makes ``multiBuild`` go on until "Side x av y" is right.
"""

from __future__ import annotations

import math
from typing import Any

from reportlab.lib.rl_accel import sameFrag
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Spacer, TableStyle
from reportlab.platypus.tableofcontents import TableOfContents

from app.report.styles import Styles
from app.report.text import text_blocks

LAYOUT_ONLY = "_plenum_layout_only"


class TextParagraph(Paragraph):  # type: ignore[misc]
    """A paragraph that draws nothing on a layout-only canvas.

    The first ``multiBuild`` pass exists only to learn page numbers; drawing
    its text (font subsetting, PDF string escaping) costs about a third of a
    pass and is thrown away, so it is skipped.
    """

    frags: list[Any]

    def __init__(self, text: str | None, style: Any, bulletText: Any = None,
                 frags: Any = None, **kwargs: Any) -> None:
        super().__init__(text, style, bulletText=bulletText, frags=frags, **kwargs)
        if frags is None and len(self.frags) > 1:
            self.frags = _merged(self.frags)

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        if not getattr(canvas, LAYOUT_ONLY, False):
            super().drawOn(canvas, x, y, _sW=_sW)


def _merged(frags: list[Any]) -> list[Any]:
    """Join neighbouring fragments of the same style into one.

    reportlab's parser cuts a paragraph at every entity (``&amp;``, ``&lt;``),
    and a paragraph of many fragments goes down a word-by-word line-breaking
    path about ten times slower; escaped user text is full of them. Fragments
    at a ``<br/>`` or with a callback are never joined (``sameFrag`` says so).
    """
    merged = [frags[0]]
    for frag in frags[1:]:
        last = merged[-1]
        if sameFrag(last, frag):
            joined = last.clone()
            joined.text = last.text + frag.text
            merged[-1] = joined
        else:
            merged.append(frag)
    return merged


class Heading(TextParagraph):
    """A heading that becomes a PDF outline entry, and a contents line if ``in_toc``.

    ``key`` is stable across passes so the outline and the contents' links
    point at the same destination every time.
    """

    def __init__(
        self, markup: str, style: Any, *, title: str, toc_markup: str, level: int, key: str,
        in_toc: bool, running: str | None = None,
    ) -> None:
        super().__init__(markup, style)
        self.outline_title = " ".join(title.split())
        self.outline_level = level
        self.key = key
        self.in_toc = in_toc
        self.toc_markup = toc_markup
        self.running = running

    def draw(self) -> None:
        super().draw()
        self.canv.bookmarkHorizontal(self.key, 0, self.height + self.style.leading * 0.6)


class PageCount(Flowable):  # type: ignore[misc]
    """An invisible indexing flowable: unsatisfied until the page count settles.

    The footer of a pass prints the page count of the pass before it; the
    document template reports each page here, and ``multiBuild`` runs another
    pass if the count moved, so "Side x av y" is never off by one.
    """

    _ZEROSIZE = True

    def __init__(self) -> None:
        super().__init__()
        self.width = self.height = 0
        self.seen = 0
        self.used = 0

    def isIndexing(self) -> int:
        return 1

    def isSatisfied(self) -> bool:
        return self.seen == self.used

    def beforeBuild(self) -> None:
        self.used = self.seen
        self.seen = 0

    def notify(self, kind: str, stuff: object) -> None:
        """Other indexing flowables' notifications (TOC entries) are not for it."""

    def afterBuild(self) -> None:
        """Nothing to do: ``seen`` was filled page by page."""

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        """Draws nothing; it only takes part in ``multiBuild``'s passes."""


def user_text(text: str, styles: Styles) -> list[Flowable]:
    """A summary as paragraphs and list items, or "(ingen notater)" handled by the caller."""
    flowables: list[Flowable] = []
    cover = styles.fonts.cover
    for block in text_blocks(text):
        if block.gap_before:
            flowables.append(Spacer(1, 4))
        if block.marker is None:
            flowables.append(TextParagraph(cover(block.markup), styles.body))
        else:
            style = item_style(styles, block.marker, 14 * block.depth)
            flowables.append(
                TextParagraph(cover(block.markup), style, bulletText=cover(block.marker))
            )
    return flowables


def item_style(styles: Styles, marker: str, indent: float) -> ParagraphStyle:
    """A list item's style: the marker at ``indent``, the text hanging after it.

    reportlab pushes the first line right when the marker is wider than the
    gutter (``a)``, ``10.``), which misaligns it with the wrapped lines. The
    gutter is sized for the widest marker of the same length ("m)" for "a)")
    so all items of one list line up.
    """
    base = styles.item
    widest = "m" * (len(marker) - 1) + marker[-1:]
    width = stringWidth(widest, base.bulletFontName, base.bulletFontSize)
    need = width + 0.6 * base.bulletFontSize + 1
    gutter = 14.0 if need <= 14 or len(marker) == 1 else math.ceil(need / 2) * 2
    return base.clone(f"item-{indent}-{gutter}", leftIndent=indent + gutter, bulletIndent=indent)


def contents(styles: Styles) -> TableOfContents:
    """The table of contents: sections in bold, tasks and groups indented below.

    The table's FONT is set because reportlab sets each cell's font (default
    Helvetica) even for paragraph cells, which references an unembedded font.
    """
    toc = TableOfContents(dotsMinLevel=0, tableStyle=TableStyle([
        ("FONT", (0, 0), (-1, -1), styles.fonts.regular),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ]))
    toc.levelStyles = list(styles.toc)
    return toc
