"""The text layouts: title, section, bullets, tasks and agenda, on the logical canvas.

Each builder takes the slide's frame and a text scale and returns what to
draw and whether it fitted; ``build_plan`` finds the largest scale that fits
(see ``text_fit.fit_scale``) and adds the footer. Sizes are pixels at 1080
lines, chosen to be read from the back of a room: body text 52 px is what a
28-point PowerPoint body would be.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, MutableMapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRectF
from PySide6.QtGui import QColor

from app.event.model import Event, Point, Task
from app.render.images import image_slide
from app.render.people import NOTE_PX, people_slide
from app.render.plan import (
    HEADING_PX,
    RULE_H,
    RULE_W,
    TOP,
    Builder,
    Fill,
    Frame,
    Item,
    SlidePlan,
    Text,
    chrome,
    fill,
    heading,
    make_frame,
    slide_content,
)
from app.render.text_fit import Bullet, Marker, Para, fit_scale, min_scale

if TYPE_CHECKING:
    from app.render.context import RenderContext

TITLE_PX, SUBTITLE_PX = 104.0, 56.0
SECTION_PX, SECTION_SUB_PX = 84.0, 52.0
LEAD_PX = 50.0
BULLET_PX = {1: 52.0, 2: 46.0, 3: 42.0}
BULLET_STEP = 64.0  # indent per level
TASK_PX, POINT_PX = 46.0, {1: 42.0, 2: 40.0, 3: 38.0}
TASK_INDENT, POINT_STEP = 72.0, 56.0
AGENDA_PX = 46.0

# "a) text", "3. text", "iv) text": the author numbered the point, so the
# number hangs where a bullet would.
_OWN_LABEL = re.compile(r"^\s*([0-9]{1,2}[.)]|[a-zA-Z][.)]|[ivxIVX]{1,4}[.)])\s+(\S.*)$", re.S)


@dataclass(frozen=True)
class Body:
    """A slide laid out without its number: the same for every slide with the same content."""

    items: tuple[Item, ...]
    background: QColor
    overflow: bool
    scale: float


def build_plan(render: RenderContext, event: Event, index: int,
               bodies: MutableMapping[Hashable, Body] | None = None) -> SlidePlan:
    """Lay out slide ``index`` of ``event``, text fitted, on its logical canvas.

    ``bodies`` (kept per event by the caller) shares the layout between slides
    with the same content, such as an agenda or a break slide shown several
    times: only their numbers differ, and the number is laid out apart.
    """
    frame = make_frame(render, event, index)
    key = _content_key(frame)
    body = bodies.get(key) if bodies is not None else None
    if body is None:
        body = _body(frame)
        if bodies is not None:
            bodies[key] = body
    on_accent = frame.slide.layout == "title"
    chrome_items, chrome_fits = chrome(
        frame, frame.palette.on_accent if on_accent else frame.palette.muted
    )
    return SlidePlan(event.theme.canvas_size, body.background, [*body.items, *chrome_items],
                     body.overflow or not chrome_fits, body.scale)


def _content_key(frame: Frame) -> Hashable:
    """What a slide's body depends on: its content, and whether it is numbered (the
    number's digits are laid out apart)."""
    return (slide_content(frame.slide), bool(frame.number_text))


def _body(frame: Frame) -> Body:
    builder, smallest = _BUILDERS[frame.slide.layout]
    scale, (items, _), overflow = fit_scale(
        lambda s: builder(frame, s), lambda built: built[1] <= 1.0, min_scale([smallest(frame)]),
        lambda built: built[1],
    )
    on_accent = frame.slide.layout == "title"
    background = frame.palette.accent if on_accent else frame.palette.background
    return Body(tuple(items), background, overflow, scale)


def _title(frame: Frame, scale: float) -> tuple[list[Item], float]:
    ink = frame.palette.on_accent
    width = frame.content_width * 0.88
    title = frame.lay_out([frame.para(frame.slide.title or "", TITLE_PX, bold=True, color=ink,
                                       line_height=1.1)], width, scale)
    subtitle = frame.lay_out([frame.para(frame.slide.subtitle or "", SUBTITLE_PX, color=ink)],
                              width, scale) if frame.slide.subtitle else None
    gap = 44 * scale
    total = RULE_H + 64 * scale + title.height + (gap + subtitle.height if subtitle else 0)
    top = max(TOP, (frame.height - total) / 2 - 24)
    items: list[Item] = [
        Fill(QRectF(frame.margin, top, RULE_W * 1.25, RULE_H * 1.25), ink),
        Text(title, QPointF(frame.margin, top + RULE_H + 64 * scale)),
    ]
    if subtitle:
        items.append(Text(subtitle, QPointF(frame.margin, top + total - subtitle.height)))
    return items, fill(top + total, frame.body_bottom, broken=title.broken_words)


def _section(frame: Frame, scale: float) -> tuple[list[Item], float]:
    width = frame.content_width * 0.9
    title = frame.lay_out([frame.para(frame.slide.title or "", SECTION_PX, bold=True,
                                       line_height=1.12)], width, scale)
    subtitle = frame.lay_out([frame.para(frame.slide.subtitle, SECTION_SUB_PX,
                                          color=frame.palette.muted)], width, scale) \
        if frame.slide.subtitle else None
    gap = 40 * scale
    total = RULE_H + 56 * scale + title.height + (gap + subtitle.height if subtitle else 0)
    top = max(TOP, (frame.height - total) / 2 - 16)
    items: list[Item] = [
        Fill(QRectF(0, 0, 28, frame.height), frame.palette.accent),
        Fill(QRectF(frame.margin, top, RULE_W, RULE_H), frame.palette.accent),
        Text(title, QPointF(frame.margin, top + RULE_H + 56 * scale)),
    ]
    if subtitle:
        items.append(Text(subtitle, QPointF(frame.margin, top + total - subtitle.height)))
    return items, fill(top + total, frame.body_bottom, broken=title.broken_words)


def _bullets(frame: Frame, scale: float) -> tuple[list[Item], float]:
    items, top = heading(frame, scale)
    paras: list[Para] = []
    if frame.slide.lead:
        paras.append(frame.para(frame.slide.lead, LEAD_PX))
    kinds: dict[int, Bullet] = {1: "disc", 2: "dash", 3: "disc"}
    for number, point in enumerate(frame.slide.bullets):
        level = _level(point)
        size = BULLET_PX[level]
        space = 0.9 if number == 0 else 0.5 if level == 1 else 0.28
        paras.append(frame.para(
            point.text, size, indent=BULLET_STEP * level,
            marker=Marker(kinds[level], frame.palette.accent),
            marker_width=BULLET_STEP / size,  # the marker sits where the outer level's text starts
            space_before=space if paras else 0.0,
        ))
    if not paras:
        return items, 0.0
    laid = frame.lay_out(paras, frame.content_width, scale)
    items.append(Text(laid, QPointF(frame.margin, top)))
    return items, fill(top + laid.height, frame.body_bottom, broken=laid.broken_words)


def _tasks(frame: Frame, scale: float) -> tuple[list[Item], float]:
    items, top = heading(frame, scale)
    paras: list[Para] = []
    for task in _referenced_tasks(frame):
        number = frame.event.groupwork.task_number(task.id)
        paras.append(frame.para(
            task.title, TASK_PX, bold=True, indent=TASK_INDENT,
            marker=Marker("label", frame.palette.accent, f"{number}."),
            marker_width=TASK_INDENT / TASK_PX, space_before=0.95 if paras else 0.0,
        ))
        if task.prompt:
            paras.append(frame.para(task.prompt, TASK_PX, indent=TASK_INDENT, space_before=0.2))
        paras.extend(_task_point(frame, point) for point in task.points)
    if not paras:
        return items, 0.0
    laid = frame.lay_out(paras, frame.content_width, scale)
    items.append(Text(laid, QPointF(frame.margin, top)))
    return items, fill(top + laid.height, frame.body_bottom, broken=laid.broken_words)


def _referenced_tasks(frame: Frame) -> list[Task]:
    ids = {task.id for task in frame.event.groupwork.tasks}
    return [frame.event.groupwork.task(i) for i in frame.slide.tasks if i in ids]


def _task_point(frame: Frame, point: Point) -> Para:
    level = _level(point)
    size = POINT_PX[level]
    indent = TASK_INDENT + POINT_STEP * level
    own = _OWN_LABEL.match(point.text)
    if own:
        marker = Marker("label", frame.palette.accent, own.group(1))
        text, hang = own.group(2), 1.35
    else:
        marker = Marker("dash" if level == 1 else "disc", frame.palette.accent)
        text, hang = point.text, POINT_STEP / size * 0.85
    return frame.para(text, size, indent=indent, marker=marker, marker_width=hang,
                      space_before=0.3)


def _agenda(frame: Frame, scale: float) -> tuple[list[Item], float]:
    title = frame.slide.title or QCoreApplication.translate("slides", "Program")
    items, top = heading(frame, scale, title)
    time_width = 340 * scale
    padding = 20 * scale
    y = top
    for number, item in enumerate(frame.event.agenda):
        when = frame.lay_out([frame.para(f"{item.start:%H:%M}\u2013{item.end:%H:%M}", AGENDA_PX,
                                          color=frame.palette.muted, tabular=True)],
                              time_width, scale)
        what = frame.lay_out([frame.para(item.title, AGENDA_PX, bold=item.groupwork)],
                              frame.content_width - time_width, scale)
        row = max(when.height, what.height) + 2 * padding
        if number:
            items.append(Fill(QRectF(frame.margin, y, frame.content_width, 2),
                              frame.palette.hairline))
        if item.groupwork:
            items.append(Fill(QRectF(frame.margin - 28, y + padding, 8, row - 2 * padding),
                              frame.palette.accent))
        items.append(Text(when, QPointF(frame.margin, y + padding)))
        items.append(Text(what, QPointF(frame.margin + time_width, y + padding)))
        y += row
    return items, fill(y - padding, frame.body_bottom)


def _level(point: Point) -> int:
    return min(max(point.level, 1), 3)


def _smallest_bullet(frame: Frame) -> float:
    sizes = [BULLET_PX[_level(p)] for p in frame.slide.bullets]
    return min([*sizes, *([LEAD_PX] if frame.slide.lead else []), HEADING_PX])


def _smallest_task(frame: Frame) -> float:
    sizes = [POINT_PX[_level(p)] for t in _referenced_tasks(frame) for p in t.points]
    return min([*sizes, TASK_PX, HEADING_PX])


# layout -> (builder, the smallest text size it uses: when that reaches the
# floor the slide stops shrinking)
def _guest(frame: Frame, scale: float) -> tuple[list[Item], float]:
    from app.render.guest_pages import guest_slide  # loaded only by events with a guest's PDF

    return guest_slide(frame, scale)


_BUILDERS: dict[str, tuple[Builder, Callable[[Frame], float]]] = {
    "title": (_title, lambda _: SUBTITLE_PX),
    "section": (_section, lambda _: SECTION_SUB_PX),
    "bullets": (_bullets, _smallest_bullet),
    "tasks": (_tasks, _smallest_task),
    "agenda": (_agenda, lambda _: AGENDA_PX),
    "people": (people_slide, lambda _: NOTE_PX),
    "image": (image_slide, lambda _: HEADING_PX),
    "pdf": (_guest, lambda _: HEADING_PX),
}
