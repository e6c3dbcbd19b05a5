"""What a view has painted, read from its pixels (imported by name: the tests folder is no package)."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QFontMetrics, QImage
from PySide6.QtWidgets import QWidget


def ink_box(image: QImage) -> QRect:
    """The smallest rectangle holding every pixel that differs from the top-left one (the
    background); an empty rectangle when nothing is drawn on it."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    line, width = image.bytesPerLine(), image.width() * 4
    data = bytes(image.constBits())
    blank = data[:4] * image.width()
    rows = [y for y in range(image.height()) if data[y * line:y * line + width] != blank]
    if not rows:
        return QRect()
    columns = [x for x in range(image.width())
               if any(data[y * line + 4 * x:y * line + 4 * x + 4] != blank[:4] for y in rows)]
    return QRect(columns[0], rows[0], columns[-1] - columns[0] + 1, rows[-1] - rows[0] + 1)


def shows_only_word(view: QWidget, word: str) -> bool:
    """Whether ``view`` paints nothing but ``word``, in its own font, in its middle: the ink is
    the size of the word's glyphs, give or take the pixel that antialiasing at a fractional
    position adds (a slide would fill the view; another word is wider or narrower)."""
    box = ink_box(view.grab().toImage())
    glyphs = QFontMetrics(view.font()).tightBoundingRect(word)
    offset = box.center() - view.rect().center()
    return (abs(box.width() - glyphs.width()) <= 1 and abs(box.height() - glyphs.height()) <= 1
            and abs(offset.x()) <= 2 and abs(offset.y()) <= 2)
