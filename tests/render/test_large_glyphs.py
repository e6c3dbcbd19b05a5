"""Projector-sized text from cached glyph images looks like Qt's own drawing of it.

``large_glyphs`` replaces Qt's per-paint outline filling for glyphs above
64 device pixels; a misplaced origin, a lost subpixel offset or a wrong
colour would show here as pixels far from Qt's, long before a reference PNG
(480 px wide, no large glyphs) noticed.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from app.render import large_glyphs
from app.render.context import RenderContext
from app.render.text_fit import LaidText, Para, TextCache

INK = QColor("#006e6a")
TEXT = "Velkommen ŋ ŧ đ č š ž <b> & 12:34"


def _laid(texts: TextCache, px: float) -> LaidText:
    return texts.lay_out([Para(TEXT, px, INK, bold=True)], 1800, 1.0)


def _draw(texts: TextCache, px: float, at: QPointF, *, scale: float = 1.0,
          ratio: float = 1.0) -> QImage:
    """The text at ``px`` drawn as a prepared slide draws it: making the glyph images
    ``texts`` lacks and drawing from them. ``scale``: the painter's (a canvas fitted
    to a screen); ``ratio``: the device's pixel ratio (a Windows laptop at 125-200 %,
    a Retina screen)."""
    image, painter = _canvas(scale, ratio)
    with texts.making_glyph_images():
        _laid(texts, px).draw(painter, at)
    painter.end()
    return image


def _draw_by_qt(px: float, at: QPointF, *, scale: float = 1.0, ratio: float = 1.0) -> QImage:
    """The same text as Qt draws it: laid out afresh and never prepared, so no glyph
    image exists and Qt fills every outline itself."""
    image, painter = _canvas(scale, ratio)
    _laid(TextCache(), px).draw(painter, at)
    painter.end()
    return image


def _canvas(scale: float, ratio: float) -> tuple[QImage, QPainter]:
    size = (round(1900 * scale * ratio), round(420 * scale * ratio))
    image = QImage(*size, QImage.Format.Format_RGB32)
    image.setDevicePixelRatio(ratio)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(scale, scale)
    return image, painter


def _difference(a: QImage, b: QImage) -> tuple[int, float]:
    """(pixels differing by more than 96 in some channel, mean absolute channel difference)."""
    far, total, count = 0, 0, 0
    for y in range(0, a.height(), 2):
        for x in range(0, a.width(), 2):
            pa, pb = QColor(a.pixel(x, y)), QColor(b.pixel(x, y))
            diffs = (abs(pa.red() - pb.red()), abs(pa.green() - pb.green()),
                     abs(pa.blue() - pb.blue()))
            far += max(diffs) > 96
            total += sum(diffs)
            count += 3
    return far, total / count


# Compared pixel by pixel in Python: the quick loop keeps the first.
@pytest.mark.parametrize(("px", "scale", "at"), [
    (120, 1.0, QPointF(40.3, 60.6)),
    pytest.param(90, 1.0, QPointF(40.0, 70.0), marks=pytest.mark.slow),
    pytest.param(60, 1.5, QPointF(10.7, 30.2), marks=pytest.mark.slow),  # 90 device px by the canvas scale
])
def test_cached_glyphs_match_qt(qapp, px: float, scale: float, at: QPointF) -> None:  # type: ignore[no-untyped-def]
    texts = TextCache()
    ours = _draw(texts, px, at, scale=scale)
    far, mean = _difference(ours, _draw_by_qt(px, at, scale=scale))
    assert far == 0 and mean < 0.5, (far, mean)
    assert texts.glyph_images.cached_bytes > 0


# Compared pixel by pixel in Python: the quick loop keeps the smallest image, 0.7 at 1.25.
@pytest.mark.parametrize("ratio", [1.25, pytest.param(1.5, marks=pytest.mark.slow),
                                   pytest.param(2.0, marks=pytest.mark.slow)])
@pytest.mark.parametrize("scale", [pytest.param(1.0, marks=pytest.mark.slow), 0.7])
def test_cached_glyphs_match_qt_on_scaled_screens(qapp, ratio: float, scale: float) -> None:  # type: ignore[no-untyped-def]
    texts = TextCache()
    at = QPointF(33.3, 50.45)
    ours = _draw(texts, 100, at, scale=scale, ratio=ratio)
    far, mean = _difference(ours, _draw_by_qt(100, at, scale=scale, ratio=ratio))
    assert far == 0 and mean < 0.5, (far, mean)
    assert texts.glyph_images.cached_bytes > 0


def test_glyphs_are_made_once_and_the_cache_stays_in_budget(qapp) -> None:  # type: ignore[no-untyped-def]
    texts = TextCache()
    _draw(texts, 110, QPointF(20, 60))
    made, size = len(texts.glyph_images), texts.glyph_images.cached_bytes
    _draw(texts, 110, QPointF(20, 60))
    assert (len(texts.glyph_images), texts.glyph_images.cached_bytes) == (made, size)
    assert made > 10
    for px in range(70, 400, 6):
        _draw(texts, px, QPointF(20, 60))
    assert 0 < texts.glyph_images.cached_bytes <= large_glyphs.BUDGET_BYTES


def test_two_render_contexts_share_no_text(qapp) -> None:  # type: ignore[no-untyped-def]
    """Each deck's context keeps its own layouts and glyph images: a hot reload, a test
    or a room server's thumbnails beside the presenter see none of another's."""
    first, second = RenderContext(), RenderContext()
    laid = _laid(first.text, 120)
    assert _laid(first.text, 120) is laid  # shared within one context
    assert _laid(second.text, 120) is not laid
    _draw(first.text, 120, QPointF(20, 60))
    assert len(first.text.glyph_images) > 10
    assert len(second.text.glyph_images) == 0


def test_glyph_images_are_made_when_a_slide_is_prepared_not_while_painting(  # type: ignore[no-untyped-def]
        seed_event, render) -> None:
    from PySide6.QtCore import QSizeF

    from app.render.slide_painter import prepare_slide, render_slide_image

    images = render.text.glyph_images
    render_slide_image(render, seed_event, 0, 1920)  # the first frame at start-up: Qt draws
    assert len(images) == 0
    prepare_slide(render, seed_event, 0, QSizeF(1920, 1080))
    made, size = len(images), images.cached_bytes
    assert made > 10
    render_slide_image(render, seed_event, 0, 1920)  # the paint uses them, makes none
    assert (len(images), images.cached_bytes) == (made, size)


def test_small_or_rotated_text_is_left_to_qt(qapp) -> None:  # type: ignore[no-untyped-def]
    texts = TextCache()
    _draw(texts, 40, QPointF(20, 60))
    image = QImage(800, 800, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    painter.rotate(10)
    with texts.making_glyph_images():
        _laid(texts, 120).draw(painter, QPointF(20, 60))
    painter.end()
    assert len(texts.glyph_images) == 0


def test_pdf_gets_real_text(qapp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QPdfWriter

    pdf = QPdfWriter(str(tmp_path / "t.pdf"))
    painter = QPainter(pdf)
    assert large_glyphs.device_scale(painter) is None
    painter.end()
    image = QImage(10, 10, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    painter.setWindow(0, 0, 20, 20)
    painter.setViewport(QRectF(0, 0, 10, 10).toRect())
    assert large_glyphs.device_scale(painter) == pytest.approx(0.5)
    painter.end()


@pytest.mark.slow  # a fresh interpreter
def test_a_first_frame_does_not_load_the_glyph_images_module() -> None:
    """Start-up draws slide 1 before anything is prepared: that paint needs nothing
    from ``large_glyphs``, so its Qt classes are not initialised before the first frame."""
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from app.event import load_event\n"
        "from app.paths import DEFAULT_EVENT\n"
        "from app.render.fonts import load_fonts\n"
        "from app.render.context import RenderContext\n"
        "from app.render.slide_painter import render_slide_image\n"
        "load_fonts()\n"
        "render_slide_image(RenderContext(), load_event(DEFAULT_EVENT).event, 0, 1920)\n"
        "print('app.render.large_glyphs' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                          check=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.stdout.strip().splitlines()[-1] == "False"


_WIDGET_CHILD = """
import sys
from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(["glyphs", "-platform", "offscreen"])
from app.event.loader import load_event
from app.paths import DEFAULT_EVENT
from app.render.fonts import load_fonts
from app.render.context import RenderContext
from app.render.slide_painter import paint_slide, prepare_slide
load_fonts()
event = load_event(DEFAULT_EVENT).event
render = RenderContext()

class Slide(QWidget):
    def paintEvent(self, _event):
        painter = QPainter(self)
        paint_slide(painter, render, event, 0, QRectF(self.rect()))
        painter.end()

view = Slide()
view.resize(960, 540)
view.show()
ratio = view.devicePixelRatioF()
qt = view.grab().toImage()  # glyph images not made yet: Qt fills the outlines
prepare_slide(render, event, 0, QSizeF(960, 540), ratio)
ours = view.grab().toImage()
assert render.text.glyph_images.cached_bytes > 0, "the title was not drawn from glyph images"
far, total = 0, 0
for y in range(0, ours.height(), 2):
    for x in range(0, ours.width(), 2):
        a, b = QColor(ours.pixel(x, y)), QColor(qt.pixel(x, y))
        d = (abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue()))
        far += max(d) > 96
        total += sum(d)
samples = 3 * (ours.width() // 2) * (ours.height() // 2)
print("RATIO", ratio, "SIZE", ours.width(), "FAR", far, "MEAN", total / samples)
"""


@pytest.mark.slow  # a fresh interpreter
@pytest.mark.parametrize("factor", ["1.25", "1.5", "2"])
def test_a_widget_on_a_scaled_screen_draws_large_titles_as_qt_does(factor: str) -> None:
    env = dict(os.environ, QT_SCALE_FACTOR=factor, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", _WIDGET_CHILD], env=env, capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    words = done.stdout.split()
    assert float(words[words.index("RATIO") + 1]) == pytest.approx(float(factor))
    assert int(words[words.index("SIZE") + 1]) == round(960 * float(factor))
    assert int(words[words.index("FAR") + 1]) == 0, done.stdout
    assert float(words[words.index("MEAN") + 1]) < 0.5, done.stdout
