"""Draw slide N of an event onto any paint device, at any size: the one slide renderer.

The projector, the presenter's previews, the overview grid, PNG export and
the PDF deck all call ``paint_slide``, so they cannot disagree. A slide is
laid out once per event on its logical canvas (1920x1080 or 1440x1080) and
the plan is replayed, scaled and letterboxed, on every repaint.

Painting never raises: a slide that cannot be laid out is drawn as a notice
naming the slide, because an exception in a paint event must not blank the
room's screen.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QImage, QPainter

from app.event.model import Event
from app.render.context import RenderContext
from app.render.layouts import build_plan
from app.render.palette import palette_for
from app.render.plan import SlidePlan

log = logging.getLogger(__name__)


def slide_plan(render: RenderContext, event: Event, index: int) -> SlidePlan:
    """The laid-out slide, computed on first use and kept in ``render`` while ``event`` lives."""
    plans = render.plans_of(event)
    plan = plans.by_index.get(index)
    if plan is None:
        plan = plans.by_index[index] = build_plan(render, event, index, plans.bodies)
    return plan


def letterbox(target: QRectF, canvas: tuple[int, int]) -> QRectF:
    """The largest rectangle of the canvas's shape centred in ``target``."""
    width, height = canvas
    factor = min(target.width() / width, target.height() / height)
    size = QSizeF(width * factor, height * factor)
    return QRectF(target.center() - QPointF(size.width() / 2, size.height() / 2), size)


@contextmanager
def canvas(painter: QPainter, target: QRectF, size: tuple[int, int]) -> Iterator[None]:
    """Draw in logical canvas coordinates (e.g. 1920x1080) letterboxed into ``target``.

    Other full-screen views (group-work task and timer, a group's summary)
    use this with ``RenderContext.text.fit`` to match the slides' look and sizes.
    """
    box = letterbox(target, size)
    painter.save()
    try:
        painter.translate(box.topLeft())
        painter.scale(box.width() / size[0], box.height() / size[1])
        painter.setClipRect(QRectF(0, 0, *size), Qt.ClipOperation.IntersectClip)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        yield
    finally:
        painter.restore()


def paint_slide(painter: QPainter, render: RenderContext, event: Event, index: int,
                target: QRectF) -> None:
    """Draw slide ``index`` (0-based) letterboxed into ``target``; the theme background fills the rest."""
    box = letterbox(target, event.theme.canvas_size)
    background = palette_for(event.theme).background
    for bar in _bars(target, box):
        painter.fillRect(bar, background)
    with canvas(painter, box, event.theme.canvas_size):
        try:
            slide_plan(render, event, index).draw(painter)
        except Exception:  # a paint must not raise; say which slide failed instead
            log.exception("cannot draw slide %d of %s", index + 1, event.path)
            _draw_failure(painter, render, event, index)


def _bars(target: QRectF, box: QRectF) -> list[QRectF]:
    """The parts of ``target`` the letterboxed slide leaves uncovered."""
    bars = [
        QRectF(target.left(), target.top(), target.width(), box.top() - target.top()),
        QRectF(target.left(), box.bottom(), target.width(), target.bottom() - box.bottom()),
        QRectF(target.left(), box.top(), box.left() - target.left(), box.height()),
        QRectF(box.right(), box.top(), target.right() - box.right(), box.height()),
    ]
    return [bar for bar in bars if bar.width() > 0.01 and bar.height() > 0.01]


def render_slide_image(render: RenderContext, event: Event, index: int, width: int) -> QImage:
    """Slide ``index`` as an image ``width`` pixels wide, its height from the aspect."""
    canvas_w, canvas_h = event.theme.canvas_size
    height = max(1, round(width * canvas_h / canvas_w))
    image = QImage(width, height, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    try:
        paint_slide(painter, render, event, index, QRectF(0, 0, width, height))
    finally:
        painter.end()
    return image


def prepare_slide(render: RenderContext, event: Event, index: int, size: QSizeF,
                  ratio: float = 1.0) -> None:
    """Do now what the first draw of slide ``index`` at ``size`` would: lay it out, decode
    its pictures, and make the images of its large glyphs for that size.

    Drawing into a one-pixel image with the target's geometry runs the same
    code as the real paint, clipped to nothing, so the later paint only copies
    ready pixels. Windows call this for the neighbours of the current slide
    while the presenter talks.
    """
    if event.slides[index].guest is not None:
        _prefetch_guest_page(render, event, index, size, ratio)
        return
    scratch = QImage(1, 1, QImage.Format.Format_RGB32)
    scratch.setDevicePixelRatio(ratio)
    painter = QPainter(scratch)
    try:
        with render.text.making_glyph_images():
            paint_slide(painter, render, event, index,
                        QRectF(0, 0, size.width(), size.height()))
    finally:
        painter.end()


def _prefetch_guest_page(render: RenderContext, event: Event, index: int, size: QSizeF,
                         ratio: float) -> None:
    """A guest's page is rasterised on a background thread, at the size the view will draw it."""
    from app.render.guest_pages import GuestPageItem

    box = letterbox(QRectF(0, 0, size.width(), size.height()), event.theme.canvas_size)
    canvas_to_device = box.width() / event.theme.canvas_size[0] * ratio
    for item in slide_plan(render, event, index).items:
        if isinstance(item, GuestPageItem):
            item.cache.prefetch(item.page, item.device_pixels(canvas_to_device))


def _draw_failure(painter: QPainter, render: RenderContext, event: Event, index: int) -> None:
    width, height = event.theme.canvas_size
    palette = palette_for(event.theme)
    painter.fillRect(QRectF(0, 0, width, height), palette.background)
    if 0 <= index < len(event.slides):
        where = f"{event.path.name}:{event.slides[index].line}"
    else:
        where = f"{event.path.name} ({len(event.slides)} slides)"
    message = QCoreApplication.translate("slides", "Slide %1 cannot be shown").replace(
        "%1", str(index + 1)) + "\n" + where
    render.text.fit(message, QRectF(128, 400, width - 256, 280), size=48, color=palette.muted,
                    align="center", valign="center").draw(painter)
