"""A table of blocks that splits between rows and repeats its header row.

What the report's tables need of platypus' ``Table``, drawn the same way:
fixed column widths, cells padded and set at the top of their row, a row as
tall as its tallest cell, an optional tinted header row with a rule below
it, hairlines below the other rows, and a split between rows that carries
the header row onto the next page. As platypus does, a continued part also
draws the hairline of the row the split cut under, over its header's rule.

Unlike platypus, a row taller than a whole page (a group of 700 members)
is not an error: given ``page_room``, such a row is split inside, each cell
at a line boundary, and continues under the header row on the next page;
the cells that fitted whole (the group's name, room, chair) are repeated
there, so a reader of that page knows whose list goes on.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from reportlab.lib.colors import Color

from app.report.layout import Block, PageCanvas

# platypus measures a cell as if it had (nearly) unlimited height.
_CELL_ROOM = 72000.0


class GridStyle(NamedTuple):
    """Padding of every cell, and the header row's and other rows' look (None: none)."""

    left: float = 6.0
    right: float = 6.0
    top: float = 3.0
    bottom: float = 3.0
    header_fill: Color | None = None
    header_rule: tuple[float, Color] | None = None
    row_rule: tuple[float, Color] | None = None


class Grid:
    """Rows of blocks in columns of fixed width; ``header`` is 1 if the first row repeats."""

    space_before = 0.0
    space_after = 0.0

    def __init__(self, rows: Sequence[Sequence[Block]], widths: Sequence[float],
                 style: GridStyle, *, header: int = 0,
                 heights: Sequence[float] | None = None, continued: bool = False,
                 page_room: float | None = None) -> None:
        self.rows = [list(row) for row in rows]
        self.widths = list(widths)
        self.style = style
        self.header = header
        self.continued = continued
        self.page_room = page_room
        self._heights = list(heights) if heights is not None else None

    def _row_heights(self) -> list[float]:
        if self._heights is None:
            s = self.style
            pad = s.top + s.bottom
            self._heights = [
                max((cell.wrap(width - s.left - s.right, _CELL_ROOM - pad) + pad
                     for cell, width in zip(row, self.widths, strict=True)), default=0.0)
                for row in self.rows
            ]
        return self._heights

    def wrap(self, width: float, avail: float) -> float:
        return sum(self._row_heights())

    def split(self, width: float, avail: float) -> Sequence[Block]:
        """The rows that fit, and the rest under a copy of the header row; or nothing
        if not even one row besides the header fits."""
        heights = self._row_heights()
        used, fit = 0.0, 0
        for height in heights:
            if used + height > avail:
                break
            used += height
            fit += 1
        if fit <= self.header:
            return self._split_row(avail - used)
        if fit == len(heights):
            return (self,)
        head = self.rows[:self.header]
        first = Grid(self.rows[:fit], self.widths, self.style, header=self.header,
                     heights=heights[:fit], continued=self.continued, page_room=self.page_room)
        rest = Grid(head + self.rows[fit:], self.widths, self.style, header=self.header,
                    heights=heights[:self.header] + heights[fit:], continued=True,
                    page_room=self.page_room)
        return (first, rest)

    def _split_row(self, room: float) -> Sequence[Block]:
        """The first body row cut where ``room`` ends, if it could not fit on any page."""
        heights = self._row_heights()
        if (self.page_room is None or len(heights) <= self.header
                or sum(heights[:self.header + 1]) <= self.page_room):
            return ()
        s = self.style
        cell_room = room - s.top - s.bottom
        first: list[Block] = []
        rest: list[Block] = []
        for cell, width in zip(self.rows[self.header], self.widths, strict=True):
            inner = width - s.left - s.right
            if cell.wrap(inner, cell_room) <= cell_room:
                first.append(cell)
                rest.append(cell)
                continue
            parts = cell.split(inner, cell_room)
            if len(parts) != 2:
                return ()
            first.append(parts[0])
            rest.append(parts[1])
        head = self.rows[:self.header]
        return (Grid([*head, first], self.widths, self.style, header=self.header,
                     continued=self.continued, page_room=self.page_room),
                Grid([*head, rest, *self.rows[self.header + 1:]], self.widths, self.style,
                     header=self.header, continued=True, page_room=self.page_room))

    def draw(self, canvas: PageCanvas, x: float, y: float) -> None:
        s = self.style
        heights = self._row_heights()
        right = x + sum(self.widths)
        tops = [y + sum(heights)]
        for height in heights:
            tops.append(tops[-1] - height)
        canvas.saveState()
        if self.header and s.header_fill is not None:
            canvas.setFillColor(s.header_fill)
            canvas.rect(x, tops[0], right - x, tops[self.header] - tops[0], stroke=0, fill=1)
        for row, top in zip(self.rows, tops, strict=False):
            left = x
            for cell, width in zip(row, self.widths, strict=True):
                height = cell.wrap(width - s.left - s.right, _CELL_ROOM - s.top - s.bottom)
                cell.draw(canvas, left + s.left, top - s.top - height)
                left += width
        canvas.saveState()
        canvas.setLineCap(1)
        canvas.setLineJoin(1)
        cut = tops[self.header:self.header + 1] if self.continued else []
        rules = [(s.header_rule, tops[1:self.header + 1]), (s.row_rule, cut),
                 (s.row_rule, tops[self.header + 1:])]
        for rule, ys in rules:
            if rule is None or not ys:
                continue
            canvas.setStrokeColor(rule[1])
            canvas.setLineWidth(rule[0])
            for line_y in ys:
                canvas.line(x, line_y, right, line_y)
        canvas.restoreState()
        canvas.restoreState()
