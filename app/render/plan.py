"""A slide as a list of things to draw on its logical canvas, worked out once.

Laying out a slide (fitting text, placing images) is the costly part; drawing
the result is cheap. So a layout produces a ``SlidePlan`` that the painter
replays on every repaint, at any size and on any device, identically.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter

from app.event.model import Event, Slide
from app.render.fonts import family_for
from app.render.palette import Palette, palette_for
from app.render.text_fit import LaidText, Para, TextCache

if TYPE_CHECKING:
    from app.render.context import RenderContext

# Geometry on a canvas 1080 lines high (the width is 1920 or 1440).
TOP = 84.0
FOOTER_PX = 28.0  # footer and slide number: fixed, already at the legibility floor
FOOTER_BASELINE_FROM_BOTTOM = 44.0
BODY_BOTTOM_WITH_FOOTER = 124.0  # body stops this far above the canvas bottom
BODY_BOTTOM_BARE = 84.0
HEADING_PX = 68.0
RULE_W, RULE_H = 112.0, 8.0  # the accent rule under a heading


class Item(Protocol):
    def draw(self, painter: QPainter) -> None: ...


@dataclass
class Fill:
    rect: QRectF
    color: QColor

    def draw(self, painter: QPainter) -> None:
        painter.fillRect(self.rect, self.color)


@dataclass
class Disc:
    rect: QRectF
    color: QColor

    def draw(self, painter: QPainter) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.color)
        painter.drawEllipse(self.rect)


@dataclass
class Text:
    """Laid-out text at a position: real text on every device, so PDFs stay searchable.

    On screens, glyphs too large for Qt's glyph cache come from images made
    once per glyph (``large_glyphs``); caching whole blocks of text as images
    was measured and dropped: on the seed deck it cost 7 MiB of peak memory
    and made redraws slower, not faster.
    """

    laid: LaidText
    top_left: QPointF

    def draw(self, painter: QPainter) -> None:
        self.laid.draw(painter, self.top_left)

    @property
    def bottom(self) -> float:
        return self.top_left.y() + self.laid.height


@dataclass
class SlidePlan:
    """What to draw; ``overflow`` is True when text ran past its box even at the floor."""

    size: tuple[int, int]
    background: QColor
    items: list[Item] = field(default_factory=list)
    overflow: bool = False
    scale: float = 1.0

    def draw(self, painter: QPainter) -> None:
        width, height = self.size
        painter.fillRect(QRectF(0, 0, width, height), self.background)
        for item in self.items:
            item.draw(painter)


@dataclass(frozen=True)
class Frame:
    """Everything a layout needs to know about where it is drawing."""

    event: Event
    index: int
    palette: Palette
    family: str
    render: RenderContext  # where the slide's text, pictures and guest pages are kept

    @property
    def slide(self) -> Slide:
        return self.event.slides[self.index]

    @property
    def width(self) -> float:
        return float(self.event.theme.canvas_size[0])

    @property
    def height(self) -> float:
        return float(self.event.theme.canvas_size[1])

    @property
    def margin(self) -> float:
        return 128.0 if self.event.theme.aspect == "16:9" else 104.0

    @property
    def content_width(self) -> float:
        return self.width - 2 * self.margin

    @property
    def has_chrome(self) -> bool:
        return self.slide.show_footer and bool(self.footer_text or self.number_text)

    @property
    def footer_text(self) -> str:
        return (self.event.theme.footer or "") if self.slide.show_footer else ""

    @property
    def number_text(self) -> str:
        shown = self.event.theme.slide_numbers and self.slide.show_footer
        return str(self.index + 1) if shown and self.slide.layout != "title" else ""

    @property
    def body_bottom(self) -> float:
        gap = BODY_BOTTOM_WITH_FOOTER if self.has_chrome else BODY_BOTTOM_BARE
        return self.height - gap

    def lay_out(self, paras: Sequence[Para], width: float, scale: float) -> LaidText:
        """``paras`` laid out by the render context's ``TextCache`` (shared between equal ones)."""
        return self.render.text.lay_out(paras, width, scale)

    def para(self, text: str, size: float, **kwargs: object) -> Para:
        kwargs.setdefault("color", self.palette.text)
        return Para(text, size, family=self.family, **kwargs)  # type: ignore[arg-type]


def slide_content(slide: Slide) -> tuple[object, ...]:
    """What a slide's layout and text depend on within one event (theme, tasks and agenda
    are the event's): everything but its place, line, notes and timing."""
    return (slide.layout, slide.title, slide.subtitle, slide.lead, slide.bullets, slide.people,
            slide.image, slide.guest, slide.tasks, slide.show_footer)


def make_frame(render: RenderContext, event: Event, index: int) -> Frame:
    return Frame(event, index, palette_for(event.theme), family_for(event.theme.font), render)


def chrome(frame: Frame, color: QColor) -> tuple[list[Item], bool]:
    """Footer text bottom left, slide number bottom right, both at the floor size.

    Returns the items and whether the footer fitted on its one line. The
    number is right-aligned across the whole content width, so it always fits
    (an event has at most ``limits.MAX_SLIDES`` slides, five digits).
    """
    items: list[Item] = []
    fits = True
    baseline = frame.height - FOOTER_BASELINE_FROM_BOTTOM
    if frame.footer_text:
        number_room = 160.0 if frame.number_text else 0.0
        laid = frame.lay_out([frame.para(frame.footer_text, FOOTER_PX, color=color, align="left",
                                          tabular=True)], frame.content_width - number_room, 1.0)
        fits = laid.line_count == 1
        items.append(Text(laid, QPointF(frame.margin, baseline - laid.first_baseline)))
    if frame.number_text:
        items.append(SlideNumber(frame.para(frame.number_text, FOOTER_PX, color=color,
                                            align="right", tabular=True),
                                 frame.content_width, QPointF(frame.margin, baseline),
                                 frame.render.text))
    return items, fits


@dataclass
class SlideNumber:
    """The slide number, laid out when it is first drawn.

    ``plenum check`` plans every slide and draws none; laying out 20,000
    different numbers would be most of its work. The ``TextCache`` keeps the
    layouts of recently drawn numbers.
    """

    para: Para
    width: float
    baseline_left: QPointF  # the left end of the content width, on the baseline
    texts: TextCache

    def draw(self, painter: QPainter) -> None:
        laid = self.texts.lay_out([self.para], self.width, 1.0)
        laid.draw(painter, self.baseline_left - QPointF(0, laid.first_baseline))


def heading(frame: Frame, scale: float, title: str | None = None) -> tuple[list[Item], float]:
    """The title of a content slide and the accent rule under it; returns where the body starts."""
    title = frame.slide.title if title is None else title
    if not title:
        return [], TOP
    laid = frame.lay_out([frame.para(title, HEADING_PX, bold=True, line_height=1.12)],
                         frame.content_width, scale)
    rule_top = TOP + laid.height + 28 * scale
    items: list[Item] = [
        Text(laid, QPointF(frame.margin, TOP)),
        Fill(QRectF(frame.margin, rule_top, RULE_W, RULE_H), frame.palette.accent),
    ]
    return items, rule_top + RULE_H + 56 * scale


def fill(bottom: float, limit: float, *, top: float = TOP, broken: bool = False) -> float:
    """How many times content from ``top`` down to ``bottom`` exceeds the room down to
    ``limit``: at most 1 fits. A broken word does not fit whatever the height (``inf``).

    Builders return it, so that ``text_fit.fit_scale`` can guess the scale that fits
    from how far off a layout is, instead of searching blindly.
    """
    if broken:
        return math.inf
    return (bottom - top) / max(1.0, limit - top)


# A layout: (frame, scale) -> (what to draw, its fill; see ``fill``).
Builder = Callable[[Frame, float], tuple[list[Item], float]]
