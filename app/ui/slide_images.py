"""Rendered slides kept as pixmaps, so a key press costs a blit, not a layout.

Slides are rendered at the exact device-pixel size they are shown at, so the
cache never scales an image and stays crisp. It serves the console's small
views (the projector and the console's current slide paint directly, see
``content_view``): the current, next and previous slide at each view's size
fit in the budget, and anything older is dropped, least recently used
first. The cache is dropped whole when the event is reloaded.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPainter, QPixmap

from app.event.model import Event
from app.render.context import RenderContext
from app.render.palette import palette_for
from app.render.slide_painter import paint_slide

# On a 1366x768 laptop the console's next-slide view is about 0.3 MiB and the projector
# preview 0.07 MiB: the slides around the current one fit; older go. (The current view
# paints directly, see ``content_view``.)
DEFAULT_BUDGET = 1024 * 1024

_Key = tuple[int, int, int, float]


class SlideImages:
    """A least-recently-used store of slide pixmaps for one event at a time, drawn with
    ``render``, the app's render context, which the views that paint slides directly use too."""

    def __init__(self, render: RenderContext, budget_bytes: int = DEFAULT_BUDGET) -> None:
        self.render = render
        self._budget = budget_bytes
        self._event: Event | None = None
        self._pixmaps: OrderedDict[_Key, QPixmap] = OrderedDict()
        self._bytes = 0

    def pixmap(self, event: Event, index: int, size: QSize, ratio: float) -> QPixmap:
        """Slide ``index`` drawn at ``size`` logical pixels on a ``ratio`` device."""
        if event is not self._event:
            self.clear()
            self._event = event
        key = (index, size.width(), size.height(), ratio)
        cached = self._pixmaps.get(key)
        if cached is not None:
            self._pixmaps.move_to_end(key)
            return cached
        pixmap = _render(self.render, event, index, size, ratio)
        self._pixmaps[key] = pixmap
        self._bytes += _cost(pixmap)
        while self._bytes > self._budget and len(self._pixmaps) > 1:
            _, dropped = self._pixmaps.popitem(last=False)
            self._bytes -= _cost(dropped)
        return pixmap

    @property
    def bytes_held(self) -> int:
        """Bytes of the pixmaps kept; at most the budget, or the one latest pixmap if larger."""
        return self._bytes

    def clear(self) -> None:
        self._pixmaps.clear()
        self._bytes = 0
        self._event = None


def _cost(pixmap: QPixmap) -> int:
    return pixmap.width() * pixmap.height() * 4


def _render(render: RenderContext, event: Event, index: int, size: QSize,
            ratio: float) -> QPixmap:
    pixmap = QPixmap(max(1, round(size.width() * ratio)), max(1, round(size.height() * ratio)))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(palette_for(event.theme).background)
    painter = QPainter(pixmap)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    paint_slide(painter, render, event, index, QRectF(0, 0, size.width(), size.height()))
    painter.end()
    return pixmap
