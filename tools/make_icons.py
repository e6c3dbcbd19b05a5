"""Render Plenum's icon set from its one source drawing, resources/icons/plenum.svg.

Writes beside it the PNGs Linux desktops and the window icon use (16 to 512
pixels), ``plenum.ico`` (Windows, several sizes in one file) and
``plenum.icns`` (macOS). QtSvg draws the pixels, Pillow packs .ico and .icns.
Run after changing the drawing: python tools/make_icons.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from io import BytesIO

from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

FOLDER = Path(__file__).resolve().parent.parent / "resources" / "icons"
SOURCE = FOLDER / "plenum.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def to_pillow(image: QImage) -> Image.Image:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stub wants bytes; PySide6 takes str
    return Image.open(BytesIO(buffer.data().data())).convert("RGBA")


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"{SOURCE}: not a drawing Qt can read", file=sys.stderr)
        return 1
    for size in PNG_SIZES:
        render(renderer, size).save(str(FOLDER / f"plenum-{size}.png"))
    largest = to_pillow(render(renderer, 1024))
    largest.save(FOLDER / "plenum.ico", sizes=[(s, s) for s in ICO_SIZES])
    largest.save(FOLDER / "plenum.icns")
    print(f"{FOLDER}: {len(PNG_SIZES)} PNGs, plenum.ico, plenum.icns")
    return 0


if __name__ == "__main__":
    sys.exit(main())
