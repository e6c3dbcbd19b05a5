"""Projector-sized text drawn from glyph images made once, not from outlines on every paint.

Qt's raster engine keeps glyph bitmaps only up to 64 device pixels
(``QT_MAX_CACHED_GLYPH_SIZE``; raising it makes larger glyphs vanish on Qt
6.11). A slide title on a 1920x1080 projector is 80-130 px, so Qt fills
every glyph's outline again on each paint: about a tenth of a millisecond
per glyph, most of a text slide's drawing time. Here each large glyph is
rasterised once, by Qt (its outline filled with antialiasing, as Qt itself
would), into a small image kept per size, colour and quarter-pixel offset,
and later paints copy it.

Making the images costs more than one outline fill, so they are made only
while a slide is prepared ahead of being shown (``make``, see
``TextCache.making_glyph_images``); a paint that finds them missing, like the
very first frame at start-up, lets Qt fill the outlines as before.

Only raster devices with a scale-only transform use this; PDFs get real text
(selectable), and anything unusual (rotation, a bitmap colour-emoji font)
takes Qt's own path. Painting happens on the UI thread only.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from dataclasses import dataclass

from PySide6.QtCore import QPointF
from PySide6.QtGui import (
    QColor,
    QGlyphRun,
    QImage,
    QPaintEngine,
    QPainter,
    QRawFont,
    QTextLayout,
    QTransform,
)

LARGE_PX = 64.0  # Qt caches glyphs up to this device size itself
SUBPIXEL_STEPS = 4  # glyph origins are kept to a quarter pixel, as Qt's own cache does
BUDGET_BYTES = 1024 * 1024  # the current slide's large glyphs and its two prepared neighbours


@dataclass(frozen=True)
class _Glyph:
    image: QImage | None  # None: nothing to draw (a space)
    left: int  # device pixels from the glyph's rounded origin to the image's corner
    top: int


_GlyphKey = tuple[str, str, int, int, int, float, int, int, int, float]


class GlyphImages:
    """The glyph images made so far, newest last, within ``BUDGET_BYTES``.

    One belongs to each ``TextCache`` (so to each ``RenderContext``): dropping
    the context drops its images, and two contexts never share any.
    """

    def __init__(self) -> None:
        self._images: OrderedDict[_GlyphKey, _Glyph] = OrderedDict()
        self._bytes = 0

    @property
    def cached_bytes(self) -> int:
        """Bytes the images take (kept within ``BUDGET_BYTES``)."""
        return self._bytes

    def __len__(self) -> int:
        """How many glyph images are kept (spaces included: they have none to draw)."""
        return len(self._images)

    def has(self, key: _GlyphKey) -> bool:
        return key in self._images

    def glyph(self, raw: QRawFont, key: _GlyphKey) -> _Glyph:
        """The image of glyph ``key``, made now if it is not kept."""
        glyph = self._images.get(key)
        if glyph is not None:
            self._images.move_to_end(key)
            return glyph
        glyph = _rasterise(raw, key)
        self._images[key] = glyph
        self._bytes += glyph.image.sizeInBytes() if glyph.image is not None else 0
        while len(self._images) > 1 and self._bytes > BUDGET_BYTES:
            _, dropped = self._images.popitem(last=False)
            self._bytes -= dropped.image.sizeInBytes() if dropped.image is not None else 0
        return glyph


def device_scale(painter: QPainter) -> float | None:
    """Device pixels per logical pixel when large glyphs may be drawn from images, else None."""
    engine = painter.paintEngine()
    if engine is None or engine.type() != QPaintEngine.Type.Raster:
        return None
    transform = painter.combinedTransform()
    if transform.type().value > QTransform.TransformationType.TxScale.value:
        return None
    if not math.isclose(transform.m11(), transform.m22(), rel_tol=1e-6) or transform.m11() <= 0:
        return None
    return transform.m11()  # Qt's combined transform includes the device pixel ratio


class LayoutGlyphs:
    """A laid-out text's glyph runs, drawn from glyph images where they are large."""

    def __init__(self, layout: QTextLayout) -> None:
        self.runs = layout.glyphRuns()
        self.largest_px = max((run.rawFont().pixelSize() for run in self.runs), default=0.0)
        self._outlined: list[bool | None] = [None] * len(self.runs)

    def is_large(self, scale: float) -> bool:
        """Whether some glyphs are beyond what Qt caches at this device scale."""
        return self.largest_px * scale > LARGE_PX

    def draw(self, painter: QPainter, origin: QPointF, color: QColor, scale: float,
             images: GlyphImages, *, make: bool) -> None:
        """Draw the glyphs at ``origin`` in ``color``; ``scale`` from ``device_scale``;
        ``images`` the images kept so far; ``make``: make the ones that are missing
        (else Qt draws such a run).
        Small runs and bitmap fonts go to Qt, which caches them itself."""
        painter.setPen(color)
        for number, run in enumerate(self.runs):
            if run.rawFont().pixelSize() * scale > LARGE_PX and self._has_outlines(number):
                _draw_large(painter, run, origin, color, scale, images, make)
            else:
                painter.drawGlyphRun(origin, run)

    def _has_outlines(self, number: int) -> bool:
        """False for bitmap fonts (colour emoji): no outline to fill, only Qt can draw them."""
        known = self._outlined[number]
        if known is None:
            run = self.runs[number]
            raw = run.rawFont()
            known = self._outlined[number] = not any(
                raw.pathForGlyph(index).isEmpty() and not raw.boundingRect(index).isEmpty()
                for index in run.glyphIndexes())
        return known


def _draw_large(painter: QPainter, run: QGlyphRun, origin: QPointF, color: QColor,
                scale: float, images: GlyphImages, make: bool) -> None:
    transform = painter.combinedTransform()
    ratio = painter.device().devicePixelRatioF()
    raw = run.rawFont()
    px = round(raw.pixelSize() * scale, 2)
    font_key = (raw.familyName(), raw.styleName(), raw.weight(), raw.style().value)
    placed = []
    for index, position in zip(run.glyphIndexes(), run.positions(), strict=True):
        at = transform.map(origin + position)  # device pixels
        x, fx = _split(at.x())
        y, fy = _split(at.y())
        placed.append((x, y, (*font_key, index, px, color.rgba(), fx, fy, ratio)))
    if not make and not all(images.has(key) for _, _, key in placed):
        painter.drawGlyphRun(origin, run)
        return
    painter.save()
    painter.resetTransform()  # what stays is the device pixel ratio's scale
    for x, y, key in placed:
        glyph = images.glyph(raw, key)
        if glyph.image is not None:
            painter.drawImage(QPointF((x + glyph.left) / ratio, (y + glyph.top) / ratio),
                              glyph.image)
    painter.restore()


def _split(device: float) -> tuple[int, int]:
    """A device coordinate as whole pixels and quarter-pixel steps."""
    whole = math.floor(device)
    steps = round((device - whole) * SUBPIXEL_STEPS)
    if steps == SUBPIXEL_STEPS:
        return whole + 1, 0
    return whole, steps


def _rasterise(raw: QRawFont, key: _GlyphKey) -> _Glyph:
    index, px, rgba, fx, fy, ratio = key[4:10]
    sized = QRawFont(raw)
    sized.setPixelSize(px)
    path = sized.pathForGlyph(index)
    if path.isEmpty():
        return _Glyph(None, 0, 0)
    bounds = path.boundingRect()
    left, top = math.floor(bounds.left()) - 1, math.floor(bounds.top()) - 1
    width = math.ceil(bounds.right()) + 2 - left
    height = math.ceil(bounds.bottom()) + 2 - top
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(fx / SUBPIXEL_STEPS - left, fy / SUBPIXEL_STEPS - top)
    painter.fillPath(path, QColor.fromRgba(rgba))
    painter.end()
    image.setDevicePixelRatio(ratio)
    return _Glyph(image, left, top)
