"""A link's QR code drawn with ``QPainter``: on the projector's «Bli med» and in the console.

The modules are whole pixels of the painter's coordinates, drawn as filled
runs without antialiasing, so they stay crisp and seamless: on a 1920x1080
projector every module is the same number of pixels wide, which scanners
like best. The white tile carries the quiet zone the standard asks for.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.share.qr import QUIET_ZONE, qr_code

TILE = QColor("#ffffff")
INK = QColor("#000000")


def paint_qr(painter: QPainter, url: str, tile: QRectF) -> None:
    """``url``'s code filling the square ``tile``: white, with the quiet zone, modules in black."""
    code = qr_code(url)
    painter.fillRect(tile, TILE)
    across = code.size + 2 * QUIET_ZONE
    module = max(1.0, math.floor(tile.width() / across))
    offset = (tile.width() - module * code.size) / 2
    left, top = round(tile.left() + offset), round(tile.top() + offset)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    for x, y, length in code.runs:
        painter.fillRect(QRectF(left + x * module, top + y * module, length * module, module), INK)
    painter.restore()


class QrWidget(QWidget):
    """One link's code at a fixed size, for the console's sharing panel."""

    def __init__(self, side: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._url = ""
        self._side = side
        self.setFixedSize(QSize(side, side))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    @property
    def url(self) -> str:
        return self._url

    def set_url(self, url: str) -> None:
        if url != self._url:
            self._url = url
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._url:
            return
        painter = QPainter(self)
        paint_qr(painter, self._url, QRectF(0, 0, self._side, self._side))
        painter.end()
