"""Text that fits its box: laid out once, shrunk as a whole, never clipped unnoticed.

Every piece of text on a slide (and on the big group-work and summary
screens) goes through here. Text is plain apart from inline ``**bold**`` and
``*italic*`` (see ``inline``); it is laid out with ``QTextLayout`` and format
ranges, never as HTML, so ``<b>`` is drawn as ``<b>``.

Sizes are pixels on a logical canvas 1080 lines high. Fitting shrinks all
text of a screen by one factor, so the hierarchy stays, until the smallest
text reaches the legibility floor (``FLOOR_PX``); text that still does not
fit is drawn at the floor, running past its box, and reported as overflow.

For a single block of text (a task, a summary) ``TextCache.fit`` does it all
(the app's ``TextCache`` is its ``RenderContext``'s ``text``)::

    fitted = render.text.fit(summary, QRectF(120, 200, 1680, 760), size=56, color=ink)
    fitted.draw(painter)          # fitted.overflow tells whether it ran over
"""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, TypeVar

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QTextCharFormat,
    QTextLayout,
    QTextLine,
    QTextOption,
)

from app.render.fonts import load_fonts, make_font
from app.render.inline import parse_inline

if TYPE_CHECKING:
    from app.render.digits import DigitsLayout
    from app.render.large_glyphs import GlyphImages, LayoutGlyphs

FLOOR_PX = 28.0  # the smallest text a back row can read, at 1080 lines
LINE_SEPARATOR = "\u2028"  # QTextLayout's forced line break

Align = Literal["left", "center", "right"]
VAlign = Literal["top", "center", "bottom"]
Bullet = Literal["disc", "dash"]  # a marker drawn as a shape; a "label" is text
T = TypeVar("T")
K = TypeVar("K", bound=Hashable)

_ALIGN = {
    "left": Qt.AlignmentFlag.AlignLeft,
    "center": Qt.AlignmentFlag.AlignHCenter,
    "right": Qt.AlignmentFlag.AlignRight,
}


@dataclass(frozen=True)
class Marker:
    """What hangs left of a paragraph's first line: a bullet or a label like ``3.``."""

    kind: Bullet | Literal["label"]
    color: QColor
    label: str = ""


@dataclass(frozen=True)
class Para:
    """One paragraph to lay out; lengths in ``em`` are multiples of its own size."""

    text: str
    size: float
    color: QColor
    bold: bool = False
    italic: bool = False
    indent: float = 0.0  # px at scale 1, from the block's left edge to the text
    marker: Marker | None = None
    marker_width: float = 0.0  # em: the hanging space the marker sits in
    space_before: float = 0.0  # em
    line_height: float = 1.3  # em, baseline to baseline
    align: Align = "left"
    tabular: bool = False  # tabular figures, for clock times that must not jitter
    family: str = ""


@dataclass
class _Line:
    layout: QTextLayout
    origin: QPointF  # where layout.draw puts it, relative to the block's top-left
    color: QColor
    glyphs: LayoutGlyphs | None = None  # made when the text is first prepared (large_glyphs)

    def draw(self, painter: QPainter, top_left: QPointF, scale: float | None,
             store: GlyphStore) -> None:
        if scale is not None and self.glyphs is None and store.making:
            from app.render.large_glyphs import LayoutGlyphs

            self.glyphs = LayoutGlyphs(self.layout)
        if scale is not None and self.glyphs is not None and self.glyphs.is_large(scale):
            self.glyphs.draw(painter, top_left + self.origin, self.color, scale,
                             store.images, make=store.making)
        else:
            painter.setPen(self.color)
            self.layout.draw(painter, top_left + self.origin)


@dataclass
class _Shape:
    kind: Bullet
    rect: QRectF
    color: QColor


class LaidText:
    """A block of paragraphs laid out at one scale, ready to draw at any position.

    ``height`` runs from the cap height of the first line to the descenders of
    the last, so stacking blocks by their heights spaces them by design, not
    by font padding. ``broken_words`` is True when a word longer than the
    line had to be split.
    """

    def __init__(self, paras: Sequence[Para], width: float, scale: float,
                 glyphs: GlyphStore) -> None:
        self.width = width
        self.scale = scale
        self.height = 0.0
        self.broken_words = False
        self.first_baseline = 0.0
        self.line_count = 0
        self.max_px = 0.0
        self._glyphs = glyphs  # its TextCache's, which large text is drawn from
        self._lines: list[_Line] = []
        self._shapes: list[_Shape] = []
        self._last_descent = 0.0
        family = load_fonts()
        baseline = 0.0
        for number, para in enumerate(paras):
            px = max(1.0, round(para.size * scale))
            self.max_px = max(self.max_px, px)
            font = make_font(para.family or family, px, bold=para.bold, italic=para.italic)
            if para.tabular:
                font.setFeature(QFont.Tag("tnum"), 1)
            metrics = QFontMetricsF(font)
            indent = para.indent * scale
            text_width = max(px, width - indent)
            layout = _layout(para, font, text_width)
            lines = [layout.lineAt(i) for i in range(layout.lineCount())]
            self.line_count += len(lines)
            if number == 0:
                baseline = metrics.capHeight()
                self.first_baseline = baseline
            else:
                baseline += para.space_before * px + metrics.capHeight() + self._last_descent
            first = baseline
            for line in lines:
                line.setPosition(QPointF(0, baseline - line.ascent()))
                baseline += para.line_height * px
            baseline -= para.line_height * px
            self._last_descent = metrics.descent()
            self.broken_words |= _has_broken_word(layout, lines)
            self._lines.append(_Line(layout, QPointF(indent, 0), para.color))
            if para.marker is not None:
                self._add_marker(para, font, metrics, indent, first)
        self.height = baseline + (self._last_descent if paras else 0.0)

    def _add_marker(self, para: Para, font: QFont, metrics: QFontMetricsF, indent: float,
                    baseline: float) -> None:
        assert para.marker is not None
        px = font.pixelSize()
        left = indent - para.marker_width * px
        middle = baseline - metrics.xHeight() / 2
        if para.marker.kind == "disc":
            radius = 0.16 * px
            rect = QRectF(left, middle - radius, 2 * radius, 2 * radius)
            self._shapes.append(_Shape("disc", rect, para.marker.color))
        elif para.marker.kind == "dash":
            thickness = max(1.0, 0.08 * px)
            rect = QRectF(left, middle - thickness / 2, 0.42 * px, thickness)
            self._shapes.append(_Shape("dash", rect, para.marker.color))
        else:
            label = Para(para.marker.label, para.size, para.marker.color, bold=True,
                         family=para.family)
            layout = _layout(label, make_font(font.family(), px, bold=True),
                             para.marker_width * px * 2)
            line = layout.lineAt(0)
            line.setPosition(QPointF(0, baseline - line.ascent()))
            self._lines.append(_Line(layout, QPointF(left, 0), para.marker.color))

    @property
    def text(self) -> str:
        """The characters laid out, a line per paragraph (a list marker after its item's):
        what the screen shows, as plain text. Inline marks are gone; markup typed as text
        (``<b>``) is still there, since it is never parsed."""
        return "\n".join(line.layout.text() for line in self._lines)

    def draw(self, painter: QPainter, top_left: QPointF) -> None:
        for shape in self._shapes:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(shape.color)
            rect = shape.rect.translated(top_left)
            if shape.kind == "disc":
                painter.drawEllipse(rect)
            else:
                painter.drawRect(rect)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        scale = None
        if self._glyphs.making or any(line.glyphs is not None for line in self._lines):
            from app.render.large_glyphs import device_scale

            scale = device_scale(painter)
        for line in self._lines:
            line.draw(painter, top_left, scale, self._glyphs)


def _para_key(para: Para) -> tuple[object, ...]:
    marker = para.marker
    return (para.text, para.size, para.color.rgba(), para.bold, para.italic, para.indent,
            marker and (marker.kind, marker.color.rgba(), marker.label), para.marker_width,
            para.space_before, para.line_height, para.align, para.tabular, para.family)


@dataclass
class FittedText:
    """Text fitted into a rectangle: draw it, and know whether it ran over."""

    laid: LaidText
    rect: QRectF
    valign: VAlign
    overflow: bool

    @property
    def scale(self) -> float:
        return self.laid.scale

    def draw(self, painter: QPainter) -> None:
        spare = self.rect.height() - self.laid.height
        offset = {"top": 0.0, "center": spare / 2, "bottom": spare}[self.valign]
        self.laid.draw(painter, QPointF(self.rect.left(), self.rect.top() + max(0.0, offset)))


class GlyphStore:
    """The glyph images a ``TextCache``'s text is drawn from, and whether drawing may
    make the ones it lacks (see ``TextCache.making_glyph_images``).

    Every text the cache lays out keeps this, not the cache: it refers to nothing
    else, so dropping a context frees its layouts and images at once, without
    waiting for the cyclic collector.
    """

    def __init__(self) -> None:
        self.making = False
        self._images: GlyphImages | None = None

    @property
    def images(self) -> GlyphImages:
        """Made on first use: ``large_glyphs`` is not loaded before the first frame."""
        if self._images is None:
            from app.render.large_glyphs import GlyphImages

            self._images = GlyphImages()
        return self._images


class _Recent(OrderedDict[K, T]):
    """At most ``limit`` entries; the least recently used goes first."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit

    def kept(self, key: K, make: Callable[[], T]) -> T:
        """The entry for ``key``, made now if it is not kept."""
        if key in self:
            self.move_to_end(key)
            return self[key]
        value = self[key] = make()
        while len(self) > self.limit:
            self.popitem(last=False)
        return value


class TextCache:
    """Laid-out text, fitted blocks and large glyph images, kept for one ``RenderContext``.

    Shaping a paragraph costs far more than drawing it, so equal requests share
    one layout: reloading an event, fitting a slide a second time or repainting
    a screen reuses the layouts, and the glyph images cached for them, instead
    of shaping and rasterising the same words again. Everything is bounded,
    oldest dropped first, and dropped with the context that owns it.
    """

    LAYOUTS = 2048
    FITTED = 256
    DIGITS = 32

    def __init__(self) -> None:
        self._layouts: _Recent[tuple[object, ...], LaidText] = _Recent(self.LAYOUTS)
        self._fitted: _Recent[tuple[object, ...], FittedText] = _Recent(self.FITTED)
        self._digits: _Recent[tuple[str, str, float, float], DigitsLayout] = _Recent(self.DIGITS)
        self._glyphs = GlyphStore()

    @property
    def glyph_images(self) -> GlyphImages:
        """The images of projector-sized glyphs (``large_glyphs``) made so far."""
        return self._glyphs.images

    @contextmanager
    def making_glyph_images(self) -> Iterator[None]:
        """Within this, drawing projector-sized text makes the glyph images it lacks
        (``large_glyphs``). Making them costs more than one outline fill, so it is done
        while a slide is prepared ahead of being shown; a paint that finds them missing,
        like the very first frame at start-up, lets Qt fill the outlines as before, and
        never loads ``large_glyphs`` at all."""
        before, self._glyphs.making = self._glyphs.making, True
        try:
            yield
        finally:
            self._glyphs.making = before

    def lay_out(self, paras: Sequence[Para], width: float, scale: float) -> LaidText:
        """``paras`` laid out ``width`` wide at ``scale``, shared between equal requests."""
        key = (tuple(_para_key(p) for p in paras), width, scale)
        return self._layouts.kept(key, lambda: LaidText(paras, width, scale, self._glyphs))

    def fit(self, text: str, rect: QRectF, *, size: float, color: QColor | str,
            floor: float = FLOOR_PX, bold: bool = False, align: Align = "left",
            valign: VAlign = "top", family: str = "", lists: bool = False) -> FittedText:
        """Fit plain text (``**bold**``/``*italic*`` only, one paragraph per line) into ``rect``.

        Shrinks from ``size`` down to ``floor``; past that ``overflow`` is True
        and the text is drawn at the floor, running past the bottom. Results are
        kept, so calling this on every repaint is cheap. With ``lists`` a typed
        list line ("- punkt", "1. punkt") is set as the report sets it
        (``app.report.text.text_blocks``): its marker hangs, its wrapped lines
        line up after it.
        """
        ink = QColor(color).name(QColor.NameFormat.HexArgb)
        key = (text, rect.x(), rect.y(), rect.width(), rect.height(), size, ink, floor, bold,
               align, valign, family, lists)

        def fitted() -> FittedText:
            box = QRectF(rect)
            make = list_paragraphs if lists else paragraphs
            paras = make(text, size=size, color=QColor(ink), bold=bold, align=align, family=family)
            _, laid, overflow = fit_scale(
                lambda s: self.lay_out(paras, box.width(), s),
                lambda laid: laid.height <= box.height() and not laid.broken_words,
                min_scale([size], floor),
                lambda laid: math.inf if laid.broken_words else laid.height / max(1.0, box.height()),
            )
            return FittedText(laid, box, valign, overflow)

        return self._fitted.kept(key, fitted)

    def digits(self, family: str, pattern: str, box: QRectF) -> DigitsLayout:
        """A countdown's digits of ``pattern`` ("00:00", see ``digits.pattern_of``) fitted
        to ``box``: laid out once per pattern, not once a second."""
        from app.render.digits import fit_digits

        return self._digits.kept((family, pattern, box.width(), box.height()),
                                 lambda: fit_digits(family, pattern, box, box.height() / 0.8))


def paragraphs(text: str, *, size: float, color: QColor, bold: bool = False,
               align: Align = "left", family: str = "") -> list[Para]:
    """One ``Para`` per line of ``text``; a blank line adds space instead of a paragraph."""
    paras: list[Para] = []
    gap = 0.0
    for line in text.split("\n"):
        if not line.strip():
            gap = 0.6 if paras else 0.0
            continue
        paras.append(Para(line, size, color, bold=bold, align=align, family=family,
                          space_before=(0.35 + gap) if paras else 0.0))
        gap = 0.0
    return paras


def list_paragraphs(text: str, *, size: float, color: QColor, bold: bool = False,
                    align: Align = "left", family: str = "") -> list[Para]:
    """As ``paragraphs``, with list lines as hanging items (the report's ``text_blocks``)."""
    from app.report.text import text_blocks

    paras: list[Para] = []
    for block in text_blocks(text):
        gap = 0.6 if block.gap_before else 0.0
        marker_width = 0.6 * len(block.marker) + 0.6 if block.marker else 0.0
        indent = (1.2 * block.depth + marker_width) * size if block.marker else 0.0
        for number, line in enumerate(block.lines):
            marker = Marker("label", color, block.marker) if block.marker and number == 0 else None
            paras.append(Para(line, size, color, bold=bold, align=align, family=family, indent=indent,
                              marker=marker, marker_width=marker_width if marker else 0.0,
                              space_before=(0.35 + (gap if number == 0 else 0.0)) if paras else 0.0))
    return paras


def min_scale(sizes: Sequence[float], floor: float = FLOOR_PX) -> float:
    """The scale at which the smallest of ``sizes`` reaches the floor (at most 1)."""
    return min(1.0, floor / min(sizes)) if sizes else 1.0


def fit_scale(build: Callable[[float], T], fits: Callable[[T], bool], lowest: float,
              fill: Callable[[T], float] | None = None) -> tuple[float, T, bool]:
    """The largest scale in [lowest, 1] at which ``build(scale)`` fits.

    Returns (scale, built, overflow); overflow means even ``lowest`` did not
    fit and ``built`` is the layout at ``lowest``. Most text fits at 1, which
    costs one build. Otherwise the answer is the largest fitting point of a
    grid of scales at most ``PRECISION`` apart (the points a bisection of
    [lowest, 1] would visit, so the result is the bisection's). With
    ``fill`` (how many times the built content exceeds its room: at most 1
    fits, ``inf`` does not fit whatever its height, e.g. a broken word) each
    point tried is interpolated from how far off the builds so far were,
    usually two to four builds; without it, bisection (about eight).
    """
    built = build(1.0)
    if fits(built) or lowest >= 1.0:
        return 1.0, built, not fits(built)
    grid = _Grid(lowest, fill(built) if fill is not None else math.inf)
    known: dict[int, T] = {}
    while grid.high - grid.low > 1:
        index = grid.next_index() if fill is not None else grid.middle()
        candidate = known[index] = build(grid.scale(index))
        grid.record(index, fits(candidate), fill(candidate) if fill is not None else math.inf)
    if grid.low < 0:
        return lowest, known[0], True
    return grid.scale(grid.low), known[grid.low], False


PRECISION = 0.01  # scales closer than this look the same: a 52 px text changes by half a pixel


class _Grid:
    """Scales ``lowest + i * step`` for i in [0, points), step = (1 - lowest) / 2**n <= PRECISION,
    and what the builds so far said: ``low`` is the largest index known to fit (-1: none
    yet), ``high`` the smallest known not to (``points`` stands for scale 1)."""

    def __init__(self, lowest: float, fill_at_one: float) -> None:
        self.lowest = lowest
        self.points = 1
        while (1.0 - lowest) / self.points > PRECISION:
            self.points *= 2
        self.step = (1.0 - lowest) / self.points
        self.low, self.high = -1, self.points
        self._fill = {self.points: fill_at_one}
        self._failed_above_fit = False

    def scale(self, index: int) -> float:
        return self.lowest + index * self.step

    def middle(self) -> int:
        return (self.low + self.high + 1) // 2

    def record(self, index: int, fits: bool, fill: float) -> None:
        if fits:
            self.low = index
        else:
            self.high = index
            self._failed_above_fit = self.low >= 0
        self._fill[index] = fill

    def next_index(self) -> int:
        """The index to build next, strictly inside (low, high).

        Before anything fits, a guess from the smallest scale that did not:
        from scale 1, where wrapped text shrinks with about the square of the
        scale and a list of one-line points with the scale itself, exponent
        1.5; from a nearer miss, whose line breaks mostly hold a little below
        it, the height in proportion to the scale. Once something fits, the
        same holds a little above it: the next guess is where that height
        would reach the room. When the fill says nothing (infinite), or a
        guess above a fit failed, the middle.
        """
        if self.low >= 0:
            low_fill = self._fill[self.low]
            if self._failed_above_fit or not 0 < low_fill < math.inf:
                return self.middle()
            target = self.scale(self.low) / low_fill
        else:
            high_fill = self._fill[self.high]
            if not 0 < high_fill < math.inf:
                return self.middle()
            # From scale 1 (far off) the area rule; from a nearer miss the
            # proportional one, as its line breaks mostly hold just below it.
            exponent = 1.5 if self.high == self.points else 1.0
            target = self.scale(self.high) * high_fill ** (-1.0 / exponent)
        index = math.floor((target - self.lowest) / self.step)
        return min(self.high - 1, max(self.low + 1, index))


def _layout(para: Para, font: QFont, width: float) -> QTextLayout:
    runs = parse_inline(para.text)
    text = "".join(run.text for run in runs).replace("\n", LINE_SEPARATOR)
    layout = QTextLayout(text, font)
    option = QTextOption(_ALIGN[para.align])
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    option.setUseDesignMetrics(True)
    layout.setTextOption(option)
    layout.setCacheEnabled(True)
    formats = []
    start = 0
    for run in runs:
        bold, italic = para.bold or run.bold, para.italic or run.italic
        if (bold, italic) != (para.bold, para.italic):
            char_format = QTextCharFormat()
            char_format.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
            char_format.setFontItalic(italic)
            span = QTextLayout.FormatRange()
            span.start, span.length, span.format = start, len(run.text), char_format
            formats.append(span)
        start += len(run.text)
    layout.setFormats(formats)
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
    layout.endLayout()
    return layout


def _has_broken_word(layout: QTextLayout, lines: Sequence[QTextLine]) -> bool:
    text = layout.text()
    for line in lines[:-1]:
        end = line.textStart() + line.textLength()
        if 0 < end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
            return True
    return False
