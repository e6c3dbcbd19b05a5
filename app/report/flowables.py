"""The report's text blocks: user text as ``PlainText``, and headings.

``Texts`` turns strings into ``PlainText`` (no markup parser); ``Heading``
carries what the outline and the table of contents need.
"""

from __future__ import annotations

import math

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.report.fonts import FontSet
from app.report.layout import Block, PageCanvas, Spacer
from app.report.plaintext import PlainText, Run
from app.report.styles import Styles
from app.report.text import emphasis, plain_lines, text_blocks


class Texts:
    """Plain strings to ``PlainText`` blocks in the report's fonts, fallbacks included."""

    def __init__(self, fonts: FontSet) -> None:
        self.fonts = fonts

    def lines(self, text: str, font: str) -> list[list[Run]]:
        return [self.fonts.runs(line, font) for line in plain_lines(text)]

    def plain(self, text: str, style: ParagraphStyle) -> PlainText:
        """A user string (name, title, fixed word) exactly as typed, newlines kept."""
        return PlainText(self.lines(text, style.fontName), style)

    def emphasised(self, text: str, style: ParagraphStyle) -> list[list[Run]]:
        """Event-file text with its ``**bold**`` and ``*italic*`` in the family's faces."""
        fonts, base = self.fonts, style.fontName
        return [
            [run for text, bold, italic in spans
             for run in fonts.runs(text, fonts.variant(base, bold=bold, italic=italic))]
            for spans in emphasis(text)
        ]

    def item(self, lines: list[list[Run]], marker: str, style: ParagraphStyle) -> PlainText:
        return PlainText(lines, style, bullet=self.fonts.runs(marker, style.bulletFontName))


class Heading(PlainText):
    """A heading that becomes a PDF outline entry, and a contents line if ``in_toc``.

    ``key`` names the destination the outline and the contents' links point at.
    """

    def __init__(
        self, lines: list[list[Run]], style: ParagraphStyle, *, title: str,
        level: int, key: str, in_toc: bool, running: str | None = None,
    ) -> None:
        super().__init__(lines, style)
        self.title = title
        self.outline_title = " ".join(title.split())
        self.outline_level = level
        self.key = key
        self.in_toc = in_toc
        self.running = running

    def draw(self, canvas: PageCanvas, x: float, y: float) -> None:
        super().draw(canvas, x, y)
        canvas.bookmarkHorizontal(self.key, x, y + self.height + self.style.leading * 0.6)


def user_text(text: str, styles: Styles, texts: Texts) -> list[Block]:
    """A summary as paragraphs and list items, or "(ingen notater)" handled by the caller."""
    blocks: list[Block] = []
    fonts = styles.fonts
    for block in text_blocks(text):
        if block.gap_before:
            blocks.append(Spacer(4))
        if block.marker is None:
            lines = [fonts.runs(line, styles.body.fontName) for line in block.lines]
            blocks.append(PlainText(lines, styles.body))
        else:
            style = item_style(styles, block.marker, 14 * block.depth)
            lines = [fonts.runs(line, style.fontName) for line in block.lines]
            blocks.append(texts.item(lines, block.marker, style))
    return blocks


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
