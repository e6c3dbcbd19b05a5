"""The report's page-layout loop: blocks down one text frame per page, on a plain canvas.

reportlab's platypus (``BaseDocTemplate``, ``Frame``) costs a fifth of a
``plenum report`` run in imports alone, for far more than the report needs:
one frame per A4 page, blocks that are plain text, tables, spacers and rules.
This loop places blocks with platypus' rules, so the pages come out the same:

- a block's space before is dropped at the top of a page and overlaps the
  previous block's space after (the larger of the two separates them);
- a block that does not fit is asked to ``split``; the first part goes on
  this page, the rest starts the next; a block that cannot split starts the
  next page whole;
- ``CondPageBreak(h)`` starts a new page when less than ``h`` is left, and
  resets the space after (as platypus' does);
- ``PageBreak(template)`` ends the page; the next one uses ``template``.

Pages begin lazily, when the first block for them arrives, so a break at
the very end leaves no empty page.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Sequence
from typing import NamedTuple, Protocol

from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

from app.report.errors import ReportInputError

_FUZZ = 1e-6


class Pen:
    """A page's text object, changing font, size and colour only where they differ."""

    def __init__(self, text: PDFTextObject) -> None:
        self.text = text
        self._font: tuple[str, float, float] | None = None
        self._colour: Color | None = None

    def font(self, name: str, size: float, leading: float) -> None:
        if self._font != (name, size, leading):
            self.text.setFont(name, size, leading)
            self._font = (name, size, leading)

    def colour(self, colour: Color) -> None:
        if colour is not self._colour:
            self.text.setFillColor(colour)
            self._colour = colour


class PageCanvas(Canvas):  # type: ignore[misc]
    """A canvas that sets each page's text in one text object.

    Blocks write text with ``pen()``: a paragraph only moves the text origin
    and changes font or colour where they differ from the text before it,
    instead of opening a text object and saving the graphics state of its
    own (~10 % of the layout). ``end_text()`` draws the page's text; it runs
    before the page's last furniture and at the latest in ``showPage``. The
    text lands after the page's graphics (rules, table backgrounds), on top
    of them as before; nothing the report draws covers text.
    """

    _pen: Pen | None = None

    def pen(self) -> Pen:
        if self._pen is None:
            self._pen = Pen(self.beginText())
        return self._pen

    def end_text(self) -> None:
        if self._pen is not None:
            self.drawText(self._pen.text)
            self._pen = None

    def showPage(self) -> None:
        self.end_text()
        super().showPage()


class LayoutError(ReportInputError):
    """A block larger than a whole empty page, that cannot split: shown as one line,
    like any other report that cannot be made (no block the report builds does this)."""


class Block(Protocol):
    """What the loop places: it measures, splits and draws itself."""

    space_before: float
    space_after: float

    def wrap(self, width: float, avail: float) -> float:
        """Lay out for ``width``; the height it needs (``avail`` is what is left)."""

    def split(self, width: float, avail: float) -> Sequence[Block]:
        """Parts whose first fits ``avail``, or nothing if no useful first part fits."""

    def draw(self, canvas: PageCanvas, x: float, y: float) -> None:
        """Draw with the bottom-left corner at ``(x, y)``, after ``wrap``."""


class Spacer:
    """Fixed empty space, also at the top of a page."""

    space_before = 0.0
    space_after = 0.0

    def __init__(self, height: float) -> None:
        self.height = float(height)

    def wrap(self, width: float, avail: float) -> float:
        return self.height

    def split(self, width: float, avail: float) -> Sequence[Block]:
        return ()

    def draw(self, canvas: PageCanvas, x: float, y: float) -> None:
        return None


class Rule:
    """A horizontal rule across the frame (platypus' ``HRFlowable`` at 100 %, round caps)."""

    def __init__(self, thickness: float, color: Color, space_before: float,
                 space_after: float) -> None:
        self.thickness = thickness
        self.color = color
        self.space_before = float(space_before)
        self.space_after = float(space_after)
        self.width = 0.0

    def wrap(self, width: float, avail: float) -> float:
        self.width = width
        return self.thickness

    def split(self, width: float, avail: float) -> Sequence[Block]:
        return ()

    def draw(self, canvas: PageCanvas, x: float, y: float) -> None:
        canvas.saveState()
        canvas.setLineWidth(self.thickness)
        canvas.setLineCap(1)
        canvas.setStrokeColor(self.color)
        canvas.line(x, y, x + self.width, y)
        canvas.restoreState()


class CondPageBreak(NamedTuple):
    """A new page if less than ``height`` is left on this one."""

    height: float


class PageBreak(NamedTuple):
    """End the page; the next page uses ``template`` if given, else the same as this one."""

    template: str | None = None


Item = Block | CondPageBreak | PageBreak


class Frame(NamedTuple):
    """The text area of every page, in points from the page's bottom-left corner."""

    x: float
    bottom: float
    width: float
    top: float


class PageLayout:
    """Places items page by page; the caller draws the pages' furniture.

    ``begin_page(page, template)`` runs when a page starts, before any of its
    blocks; ``end_page(page, template)`` before the page is shown;
    ``placed(block, y)`` after a block is drawn, ``y`` being where the next
    one would start; ``progress(done)`` after each item, 0..1.
    """

    def __init__(self, canvas: PageCanvas, frame: Frame, template: str, *,
                 begin_page: Callable[[int, str], None],
                 end_page: Callable[[int, str], None],
                 placed: Callable[[Block, float], None],
                 progress: Callable[[float], None] | None = None) -> None:
        self.canvas = canvas
        self.frame = frame
        self.template = template
        self.page = 0
        self._next_template = template
        self._begin_page = begin_page
        self._end_page = end_page
        self._placed = placed
        self._progress = progress
        self._open = False
        self._y = frame.top
        self._at_top = True
        self._prev_after = 0.0

    def run(self, items: Iterable[Item]) -> None:
        queue: deque[Item] = deque(items)
        total = max(1, len(queue))
        done = 0
        moved: Item | None = None  # the block last moved whole to a new page
        while queue:
            item = queue.popleft()
            if not self._open:
                self._begin()
            if isinstance(item, PageBreak):
                if item.template:
                    self._next_template = item.template
                self._end()
            elif isinstance(item, CondPageBreak):
                if self._y - self.frame.bottom < item.height:
                    self._end()
                else:
                    self._prev_after = 0.0
            elif not self._add(item):
                parts = self._split(item)
                if parts:
                    if not self._add(parts[0]):
                        raise LayoutError(f"page {self.page}: part of a {type(item).__name__} "
                                          "does not fit the page it was split for")
                    queue.extendleft(reversed(parts[1:]))
                elif item is moved:
                    raise LayoutError(f"page {self.page}: a {type(item).__name__} is larger than "
                                      "a whole page and cannot be split")
                else:
                    moved = item
                    self._end()
                    queue.appendleft(item)
                    continue
            done += 1
            if self._progress is not None:
                self._progress(min(1.0, done / total))
        if self._open:
            self._end()

    @property
    def y(self) -> float:
        """Where the next block would start on the current page."""
        return self._y

    def _space(self, block: Block) -> float:
        return 0.0 if self._at_top else max(block.space_before - self._prev_after, 0.0)

    def _add(self, block: Block) -> bool:
        space = self._space(block)
        avail = self._y - self.frame.bottom - space
        if avail <= 0:
            return False
        height = block.wrap(self.frame.width, avail)
        y = self._y - space - height
        if y < self.frame.bottom - _FUZZ:
            return False
        block.draw(self.canvas, self.frame.x, y)
        after = block.space_after
        y -= after
        self._prev_after = after
        if y != self._y:
            self._at_top = False
        self._y = y
        self._placed(block, y)
        return True

    def _split(self, block: Block) -> Sequence[Block]:
        avail = self._y - self.frame.bottom - self._space(block)
        return block.split(self.frame.width, avail) if avail > 0 else ()

    def _begin(self) -> None:
        self.page += 1
        self.template = self._next_template
        self._open = True
        self._y = self.frame.top
        self._at_top = True
        self._prev_after = 0.0
        self._begin_page(self.page, self.template)

    def _end(self) -> None:
        self._end_page(self.page, self.template)
        self.canvas.showPage()
        self._open = False
