"""Laying out big countdown digits: fixed cells, so nothing jitters or jumps.

Each character is drawn centred in a cell whose width depends only on what
kind of character it is (digit, colon, plus), never on which digit: "11:11"
and "00:00" take the same width whatever the font's figures, and the size is
chosen from the pattern alone ("00:00"), so it changes only when the number
of digits does.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFont, QFontMetricsF, QPainter

from app.render.fonts import make_font

# Cell widths in em: slightly tighter than Noto Sans' own advances (0.572 for
# figures, 0.285 for the colon), as display setting of big numerals is.
_CELL_EM = {"digit": 0.54, ":": 0.26, "+": 0.50}
# The digits' height aims at this share of the height, and never goes below
# MIN_SHARE while a slight horizontal squeeze can still keep them there.
TARGET_SHARE = 0.52
MIN_SHARE = 0.42
MAX_SQUEEZE = 0.8


def pattern_of(text: str) -> str:
    """The text with every digit as 0: all texts with one pattern share one layout."""
    return "".join("0" if c.isdigit() else c for c in text)


def _cell_em(char: str) -> float:
    return _CELL_EM["digit"] if char.isdigit() else _CELL_EM.get(char, _CELL_EM["digit"])


@dataclass(frozen=True)
class DigitsLayout:
    """A font, a horizontal squeeze and cell widths that fit one pattern in a box."""

    font: QFont
    squeeze: float
    cells: tuple[float, ...]  # pixel widths before the squeeze
    cap_height: float

    @property
    def width(self) -> float:
        return sum(self.cells) * self.squeeze

    def draw(self, painter: QPainter, text: str, centre: QPointF) -> None:
        """Draw ``text`` (of this layout's pattern) with its digits centred on ``centre``."""
        painter.save()
        painter.setFont(self.font)
        painter.translate(centre)
        painter.scale(self.squeeze, 1.0)
        metrics = QFontMetricsF(self.font)
        x = -sum(self.cells) / 2
        baseline = self.cap_height / 2
        for char, cell in zip(text, self.cells, strict=True):
            advance = metrics.horizontalAdvance(char)
            painter.drawText(QPointF(x + (cell - advance) / 2, baseline), char)
            x += cell
        painter.restore()


def fit_digits(family: str, pattern: str, box: QRectF, screen_height: float) -> DigitsLayout:
    """The largest layout of ``pattern`` that fits ``box``, digits about half the height.

    ``screen_height`` is what the share is measured against (the whole view,
    not the box left over between title and footer).
    """
    probe = make_font(family, 1000, bold=True)
    cap_per_px = QFontMetricsF(probe).capHeight() / 1000
    units = sum(_cell_em(c) for c in pattern)
    em = min(TARGET_SHARE * screen_height / cap_per_px, box.height() / cap_per_px)
    em_floor = min(MIN_SHARE * screen_height / cap_per_px, em)
    squeeze = 1.0
    if units * em > box.width():
        em = max(box.width() / units, em_floor)
        squeeze = max(MAX_SQUEEZE, box.width() / (units * em))
        em = min(em, box.width() / (units * squeeze))
    font = make_font(family, em, bold=True)
    cap_height = QFontMetricsF(font).capHeight()
    cells = tuple(_cell_em(c) * font.pixelSize() for c in pattern)
    return DigitsLayout(font, squeeze, cells, cap_height)
