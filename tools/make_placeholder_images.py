"""Draw the placeholder pictures the seed event uses where the deck had photos.

The original deck's photos are not the project's to ship; a calm, obviously
generic picture (no text: the slide's alt text says what belongs there) keeps
the image slides honest until the facilitator drops in the real files.
Run: python tools/make_placeholder_images.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPolygonF

NAMES = ("arendalsuka", "oslofjordradet", "side-11", "side-12", "side-13")
FOLDER = Path(__file__).resolve().parent.parent / "slides" / "images"


def draw_placeholder(width: int = 1200, height: int = 800) -> QImage:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#e8eeee"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#c9d6d5"))
    painter.drawEllipse(QPointF(width * 0.72, height * 0.3), height * 0.09, height * 0.09)
    painter.setBrush(QColor("#9fb7b5"))
    painter.drawPolygon(QPolygonF([QPointF(width * 0.1, height * 0.8), QPointF(width * 0.38, height * 0.38),
                                   QPointF(width * 0.62, height * 0.8)]))
    painter.setBrush(QColor("#7f9e9b"))
    painter.drawPolygon(QPolygonF([QPointF(width * 0.42, height * 0.8), QPointF(width * 0.66, height * 0.5),
                                   QPointF(width * 0.9, height * 0.8)]))
    painter.setPen(QColor("#b4c4c3"))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(QRectF(1, 1, width - 2, height - 2))
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication(sys.argv)
    FOLDER.mkdir(parents=True, exist_ok=True)
    image = draw_placeholder()
    for name in NAMES:
        if not image.save(str(FOLDER / f"{name}.png")):
            print(f"could not write {FOLDER / name}.png", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
