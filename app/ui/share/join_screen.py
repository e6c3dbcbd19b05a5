"""«Bli med» on the projector: every group's QR code, large enough to scan from the tables.

Drawn on the 1920x1080 canvas with the app's text fitting, dark like the
group-work screens, each code on a white tile with its quiet zone. The grid
is the one that gives the largest code for the number of groups (six groups:
3x2, codes of about 330 px; twelve: 6x2 or 4x3, about 250 px); a code of 37
modules at 250 px of a 3 m wide image has 2.7 cm modules, which a phone reads
from the back of a room. The modules are whole canvas pixels, drawn as filled
runs without antialiasing, so they stay crisp and seamless.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter

from app.event.model import Event
from app.presenting.content import AudienceContent
from app.render.context import RenderContext
from app.render.slide_painter import canvas
from app.share.cards import JoinCard
from app.ui.groupwork.screens import BACKGROUND, MUTED, TEXT
from app.ui.screens import register_screen
from app.ui.share.qr_paint import paint_qr

CANVAS = (1920, 1080)
MARGIN = 64.0
HEADER = 150.0  # the title and the hint above the codes
NAME_PX, ROOM_PX = 44.0, 32.0
LABEL_H = NAME_PX * 1.3 + ROOM_PX * 1.35  # the name and room above each code
GAP = 36.0


@dataclass(frozen=True)
class JoinContent(AudienceContent):
    """The cards to show; ``title`` («Bli med») and ``hint`` are translated by whoever builds it."""

    cards: tuple[JoinCard, ...]
    title: str = "Join"
    hint: str = ""


@dataclass(frozen=True)
class JoinGrid:
    """Where the codes go: columns and rows, and the side of each code's tile."""

    columns: int
    rows: int
    tile: float


def join_grid(count: int, width: float = CANVAS[0] - 2 * MARGIN,
              height: float = CANVAS[1] - HEADER - MARGIN) -> JoinGrid:
    """The grid with the largest tile for ``count`` codes."""
    best = JoinGrid(1, 1, 0.0)
    for columns in range(1, max(1, count) + 1):
        rows = math.ceil(max(1, count) / columns)
        tile = min(width / columns - GAP, height / rows - GAP - LABEL_H)
        if tile > best.tile:
            best = JoinGrid(columns, rows, tile)
    return best


def tile_rects(count: int) -> list[QRectF]:
    """Each code's white tile on the canvas, in the cards' order (tests scan them)."""
    grid = join_grid(count)
    width, height = CANVAS[0] - 2 * MARGIN, CANVAS[1] - HEADER - MARGIN
    cell_w, cell_h = width / grid.columns, height / grid.rows
    rects = []
    for index in range(count):
        column, row = index % grid.columns, index // grid.columns
        # The last row is centred when it is not full.
        in_row = min(grid.columns, count - row * grid.columns)
        left = MARGIN + (width - in_row * cell_w) / 2 + column * cell_w
        top = HEADER + row * cell_h + (cell_h - grid.tile - LABEL_H) / 2 + LABEL_H
        rects.append(QRectF(left + (cell_w - grid.tile) / 2, top, grid.tile, grid.tile))
    return rects


def paint_join(painter: QPainter, render: RenderContext, event: Event, content: AudienceContent,
               target: QRectF) -> None:
    assert isinstance(content, JoinContent)
    fit = render.text.fit
    with canvas(painter, target, CANVAS):
        painter.fillRect(QRectF(0, 0, *CANVAS), BACKGROUND)
        fit(content.title, QRectF(MARGIN, 40, 600, 96), size=80, color=TEXT, bold=True,
            floor=48).draw(painter)
        if content.hint:
            fit(content.hint, QRectF(MARGIN + 600, 56, CANVAS[0] - 2 * MARGIN - 600, 80),
                size=40, color=MUTED, floor=28, align="right", valign="center").draw(painter)
        for card, tile in zip(content.cards, tile_rects(len(content.cards)), strict=True):
            label = QRectF(tile.center().x() - tile.width() / 2 - GAP / 2, tile.top() - LABEL_H,
                           tile.width() + GAP, LABEL_H)
            fit(card.group, QRectF(label.left(), label.top(), label.width(), NAME_PX * 1.3),
                size=NAME_PX, color=TEXT, bold=True, floor=22, align="center").draw(painter)
            if card.room:
                fit(card.room, QRectF(label.left(), label.top() + NAME_PX * 1.3, label.width(),
                                      ROOM_PX * 1.35),
                    size=ROOM_PX, color=MUTED, floor=24, align="center").draw(painter)
            paint_qr(painter, card.url, tile)


def _backdrop(_event: Event, _content: AudienceContent) -> QColor:
    return QColor(BACKGROUND)


register_screen(JoinContent, paint_join, backdrop=_backdrop)
