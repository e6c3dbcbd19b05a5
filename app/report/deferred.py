"""Page numbers drawn after the last page: the report is laid out in one pass.

"Side x av y" needs the page count and the contents need the page of every
heading, both known only at the end. reportlab's ``multiBuild`` gets them by
laying the whole document out twice. Here each page instead shows a PDF form
(an XObject) where the number goes: reportlab lets a page use a form before
the form is defined (``doForm``, then ``beginForm``/``endForm`` before
``save``), which is its documented way to print "page x of y" in one pass.
Nothing the numbers print changes the layout (the contents' titles wrap the
same whatever their numbers are), so one pass is exact.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas

from app.report.layout import PageCanvas
from app.report.plaintext import Line, PlainText, draw_runs, line_width

DOTS = " . "


class DeferredCanvas(PageCanvas):
    """A canvas whose pages can show what is known only once the last page is done.

    ``reserve(name)`` puts form ``name`` on the current page; ``finish(canvas)``
    runs first thing in ``save`` and draws each reserved form with ``fill``.
    Forms are drawn in page coordinates: they are placed untransformed (the
    report never moves the page's origin).
    """

    def __init__(self, *args: Any, finish: Callable[[DeferredCanvas], None],
                 **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._finish = finish
        self._unfilled: set[str] = set()

    def reserve(self, name: str) -> None:
        """Show form ``name`` on this page; it is drawn by ``fill`` before the file is saved."""
        self.doForm(name)
        self._unfilled.add(name)

    def fill(self, name: str, draw: Callable[[Canvas], None]) -> None:
        """Draw the reserved form ``name``: ``draw(canvas)`` in page coordinates."""
        self.beginForm(name)
        draw(self)
        self.endForm()
        self._unfilled.discard(name)

    def save(self) -> None:
        self._finish(self)
        for name in sorted(self._unfilled):  # a number never learnt stays blank
            self.fill(name, lambda canvas: None)
        super().save()


class EntrySpot(NamedTuple):
    """Where a contents entry's title ended, to put its dots and page number after it."""

    form: str
    origin: tuple[float, float]
    end_x: float
    baseline: float
    width: float
    style: ParagraphStyle
    key: str


class PageNumbers:
    """What the pass learnt: each heading's page, and where the contents wants them."""

    def __init__(self) -> None:
        self.heading_pages: dict[str, int] = {}
        self.spots: list[EntrySpot] = []

    def draw_contents(self, canvas: DeferredCanvas) -> None:
        """Dots and page numbers after each contents entry, as reportlab's contents draw them."""
        for spot in self.spots:
            page = self.heading_pages.get(spot.key)
            if page is not None:
                canvas.fill(spot.form, _number(spot, page))


def _number(spot: EntrySpot, page: int) -> Callable[[Canvas], None]:
    return lambda canvas: _draw_number(canvas, spot, page)


def _draw_number(canvas: Canvas, spot: EntrySpot, page: int) -> None:
    """Right-aligned page number, the gap filled with dots (reportlab's drawPageNumbers)."""
    style, text = spot.style, str(page)
    size = style.fontSize
    width = line_width([(text, style.fontName)], size)
    while width > spot.width - spot.end_x and size >= 1.0:
        size *= 0.9
        width = line_width([(text, style.fontName)], size)
    dot = line_width([(DOTS, style.fontName)], size)
    count = max(0, int((spot.width - spot.end_x - width) / dot))
    runs: Line = [(DOTS * count + text, style.fontName)]
    canvas.setFillColor(style.textColor)
    x0, y0 = spot.origin
    draw_runs(canvas, x0 + spot.width - count * dot - width, y0 + spot.baseline, runs, size)


class ContentsEntry(PlainText):
    """One line of the contents: a section, task or group title, linked to it.

    It records where its title ends (``PageNumbers.spots``); the dots and
    number are drawn when the heading's page is known.
    """

    def __init__(self, lines: Sequence[Line], style: ParagraphStyle, *, key: str,
                 numbers: PageNumbers) -> None:
        super().__init__(lines, style)
        self.key = key
        self.numbers = numbers

    def draw(self, canvas: PageCanvas, x: float, y: float) -> None:
        super().draw(canvas, x, y)
        lines = self._layout(self.width)
        end_x = self.style.leftIndent + (lines[-1][1] if lines else 0.0)
        baseline = self.height - self.style.fontSize - (len(lines) - 1) * self.style.leading
        form = f"contents{len(self.numbers.spots)}"
        assert isinstance(canvas, DeferredCanvas)
        canvas.reserve(form)
        self.numbers.spots.append(EntrySpot(
            form, (x, y), end_x, baseline, self.width, self.style, self.key,
        ))
        canvas.linkRect("", self.key, (x, y, x + self.width, y + self.height), relative=1)
