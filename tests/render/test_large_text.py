"""Large text really reaches the pixels: titles, section slides and countdown-sized digits.

The reference PNGs are small (480 px), where no glyph is large; this test draws
at projector size, where a glyph-cache setting once made every glyph above
64 px draw as nothing.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage, QPainter

from app.event import load_event
from app.paths import DEFAULT_EVENT
from app.render.fonts import load_fonts, make_font
from app.render.slide_painter import render_slide_image


def ink_in(image: QImage, rect: tuple[int, int, int, int], background: QColor) -> int:
    x0, y0, w, h = rect
    return sum(1 for x in range(x0, x0 + w, 3) for y in range(y0, y0 + h, 3)
               if QColor(image.pixel(x, y)) != background)


@pytest.mark.parametrize("px", [40, 80, 150, 300])
def test_glyphs_of_every_size_leave_ink(qapp, px: int) -> None:  # type: ignore[no-untyped-def]
    load_fonts()
    image = QImage(1400, 400, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(make_font("Noto Sans", px))
    painter.setPen(QColor("black"))
    painter.drawText(20, 350, "Ab ŋ 12:34")
    painter.end()
    assert ink_in(image, (0, 0, 1400, 400), QColor("white")) > 50


@pytest.mark.parametrize("index", [0, 2, 13])  # title slide, section slides
def test_big_titles_are_drawn_at_projector_size(qapp, index: int, render) -> None:  # type: ignore[no-untyped-def]
    event = load_event(DEFAULT_EVENT).event
    assert event is not None
    image = render_slide_image(render, event, index, 1920)
    corner = QColor(image.pixel(5, 5))
    middle_band = (100, 300, 1720, 500)
    assert ink_in(image, middle_band, corner) > 2000
