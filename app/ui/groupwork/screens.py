"""Group work on the projector: the task beside a big countdown, the task list, or time alone.

Drawn on the logical canvas (1920x1080, or 1440x1080 for 4:3) with the
slides' text fitting, so a long task (seed task 3 with its a-f list) shrinks
as a whole instead of running off the screen. The screen is dark: group work
lasts an hour or more, and a dark projector does not glare in the room while
people talk. The countdown sits in a panel of its own whose rectangle
``timer_region`` gives: once a second only that panel is repainted (see
``ticker``); the task text's layout is kept (``TextCache``), so drawing
it clipped away costs little.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

from app.event.model import Event, Point, Task
from app.presenting.content import AudienceContent
from app.presenting.groupwork import GroupworkScreen, TaskAndTime, TaskListAndTime, TimeOnly
from app.render.context import RenderContext
from app.render.digits import pattern_of
from app.render.fonts import load_fonts, make_font
from app.render.palette import contrast_ratio, palette_for
from app.render.plan import Text
from app.render.slide_painter import canvas
from app.render.text_fit import Bullet, Marker, Para, TextCache, fit_scale, min_scale
from app.timing.countdown import Phase
from app.timing.display import Flash, flash_of, format_remaining
from app.ui.screens import register_screen
from app.ui.timer.countdown_view import DIM_ALPHA, TimerColours

COLOURS = TimerColours()
BACKGROUND = QColor("#161a20")  # the task side; the timer panel is COLOURS.background
TEXT = QColor("#f4f5f7")
MUTED = QColor("#a3abb6")  # 7.4:1 on BACKGROUND: secondary, still legible at the back

MARGIN = 88.0
PANEL_SHARE = 0.36  # of the canvas width, for the timer beside the task
LABEL_PX = 34.0
TITLE_PX, PROMPT_PX, POINT_PX = 68.0, 52.0, {1: 46.0, 2: 42.0, 3: 40.0}
POINT_STEP = 56.0
LIST_PX = 50.0
CAPTION_PX = 44.0
BAR_H = 14.0

_OWN_LABEL = re.compile(r"^\s*([0-9]{1,2}[.)]|[a-zA-Z][.)])\s+(\S.*)$", re.S)



def canvas_size(event: Event) -> tuple[int, int]:
    return event.theme.canvas_size


def timer_region(content: GroupworkScreen, size: tuple[int, int]) -> QRectF:
    """The countdown's panel on the canvas: the only part that changes as time passes."""
    width, height = size
    if isinstance(content, TimeOnly):
        return QRectF(0, 0, width, height)
    panel = round(PANEL_SHARE * width)
    return QRectF(width - panel, 0, panel, height)


# -- the countdown panel -------------------------------------------------------


def _phase_colour(phase: Phase) -> QColor:
    return COLOURS.for_phase(phase)


def panel_words(content: GroupworkScreen) -> tuple[str, str]:
    """The heading over the digits and the caption under them, as drawn now."""
    return _label(content), _caption(content)[0]


def _label(content: GroupworkScreen) -> str:
    """The heading over the digits: what they count, said once (no "over time" caption under it)."""
    state = content.state
    if state == "ended":
        return QCoreApplication.translate("GroupworkScreen", "GROUP WORK")
    if state == "overtime":
        return QCoreApplication.translate("GroupworkScreen", "OVER TIME")
    return QCoreApplication.translate("GroupworkScreen", "TIME LEFT")


def _caption(content: GroupworkScreen) -> tuple[str, bool]:
    """The line under the digits, and whether it is a state the room must notice."""
    state = content.state
    if state == "ended" and content.ended_at is not None:
        ended = QCoreApplication.translate("GroupworkScreen", "ended at %1")
        return ended.replace("%1", content.ended_at.strftime("%H:%M")), False
    if state == "paused":
        return QCoreApplication.translate("GroupworkScreen", "paused"), True
    if content.ends_at is not None and state == "running":
        ends = QCoreApplication.translate("GroupworkScreen", "ends at %1")
        return ends.replace("%1", content.ends_at.strftime("%H:%M")), False
    return "", False


def paint_timer(painter: QPainter, texts: TextCache, region: QRectF, content: GroupworkScreen, *,
                big: bool) -> None:
    """The countdown panel: label, digits in the phase colour (or "Done"), caption, progress bar."""
    family = load_fonts()
    countdown = content.countdown
    remaining = countdown.remaining()
    ended = content.state == "ended"
    flash = Flash.STEADY if ended else flash_of(remaining, countdown.running)
    lit = flash is Flash.LIT
    painter.fillRect(region, QColor(COLOURS.flash_background) if lit else QColor(COLOURS.background))
    phase = countdown.phase()
    colour = TEXT if lit or ended else _phase_colour(phase)
    height = region.height()
    inner = region.adjusted(MARGIN * (0.75 if big else 0.6), 0, -MARGIN * (0.75 if big else 0.6), 0)

    _line(painter, _label(content), QRectF(inner.left(), MARGIN - 10, inner.width(), 60),
          LABEL_PX * (1.2 if big else 1.0), TEXT if lit else MUTED, bold=True, spaced=True)

    middle = height * (0.5 if big else 0.46)
    if ended:
        word_px = height * (0.2 if big else 0.13)
        _line(painter, QCoreApplication.translate("GroupworkScreen", "Done"),
              QRectF(inner.left(), middle - word_px, inner.width(), 2 * word_px), word_px, TEXT, bold=True)
        cap_height = word_px * 0.72
    else:
        text = format_remaining(remaining)
        box = QRectF(0, 0, inner.width(), height * (0.52 if big else 0.34))
        layout = texts.digits(family, pattern_of(text), box)
        digits = QColor(colour)
        if countdown.paused or flash is Flash.DIM:
            digits.setAlphaF(DIM_ALPHA)
        painter.setPen(digits)
        layout.draw(painter, text, QPointF(inner.center().x(), middle))
        cap_height = layout.cap_height

    caption, emphasis = _caption(content)
    if caption:
        size = CAPTION_PX * (1.35 if big else 1.0)
        top = middle + cap_height / 2 + size * 1.1
        _line(painter, caption, QRectF(inner.left(), top, inner.width(), size * 1.6), size,
              colour if emphasis else (TEXT if lit else MUTED), bold=emphasis)

    length = countdown.length()
    if length > 0 and not ended:
        share = min(1.0, max(0.0, remaining / length))
        bar = QRectF(region.left(), region.bottom() - BAR_H, region.width(), BAR_H)
        painter.fillRect(bar, QColor(COLOURS.track))
        painter.fillRect(QRectF(bar.left(), bar.top(), bar.width() * share, BAR_H), colour)


def _line(painter: QPainter, text: str, rect: QRectF, px: float, colour: QColor, *,
          bold: bool = False, spaced: bool = False) -> None:
    """One line of plain text centred in ``rect``, elided if too long."""
    font = make_font(load_fonts(), px, bold=bold)
    if spaced:
        font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 0.06 * px)
    shown = QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
    painter.setFont(font)
    painter.setPen(colour)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, shown)


# -- the task side -------------------------------------------------------------


def _tasks(event: Event, content: GroupworkScreen) -> list[Task]:
    known = {task.id for task in event.groupwork.tasks}
    return [event.groupwork.task(task_id) for task_id in content.task_ids if task_id in known]


def _point(point: Point, accent: QColor) -> Para:
    level = min(max(point.level, 1), 3)
    size = POINT_PX[level]
    indent = POINT_STEP * level
    own = _OWN_LABEL.match(point.text)
    if own:
        return Para(own.group(2), size, TEXT, indent=1.4 * size,
                    marker=Marker("label", accent, own.group(1)), marker_width=1.4,
                    space_before=0.45)
    kind: Bullet = "dash" if level == 1 else "disc"
    return Para(point.text, size, TEXT, indent=indent, marker=Marker(kind, accent),
                marker_width=POINT_STEP / size * 0.85, space_before=0.45)


def _task_paras(task: Task, accent: QColor) -> list[Para]:
    paras = [Para(task.title, TITLE_PX, TEXT, bold=True, line_height=1.22)]
    if task.prompt:
        paras.append(Para(task.prompt, PROMPT_PX, TEXT, space_before=0.7))
    ink = _on_dark(accent)
    paras.extend(_point(point, ink) for point in task.points)
    return paras


def _on_dark(accent: QColor) -> QColor:
    """The theme's accent, lightened until it reads on the dark screen (4.5:1 and up)."""
    colour = QColor(accent)
    for _ in range(12):
        if contrast_ratio(colour, BACKGROUND) >= 4.5:
            break
        colour = colour.lighter(118)
    return colour


def _fitted(texts: TextCache, paras: list[Para], box: QRectF, smallest: float) -> Text:
    _, laid, _ = fit_scale(
        lambda s: texts.lay_out(paras, box.width(), s),
        lambda laid: laid.height <= box.height() and not laid.broken_words,
        min_scale([smallest]),
    )
    return Text(laid, box.topLeft())


def _pill(painter: QPainter, text: str, top_left: QPointF, fill: QColor, ink: QColor) -> float:
    """A rounded label ("OPPGAVE 2 AV 5"); returns its height."""
    font = make_font(load_fonts(), LABEL_PX, bold=True)
    font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 2.0)
    metrics = QFontMetricsF(font)
    pad_x, height = 26.0, LABEL_PX * 1.75
    rect = QRectF(top_left, QPointF(top_left.x() + metrics.horizontalAdvance(text) + 2 * pad_x,
                                    top_left.y() + height))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    painter.drawRoundedRect(rect, height / 2, height / 2)
    painter.setFont(font)
    painter.setPen(ink)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
    return height


def _paint_task(painter: QPainter, texts: TextCache, event: Event, content: GroupworkScreen,
                size: tuple[int, int]) -> None:
    height = size[1]
    panel = timer_region(content, size)
    painter.fillRect(QRectF(0, 0, panel.left(), height), BACKGROUND)
    palette = palette_for(event.theme)
    tasks = _tasks(event, content)
    area = QRectF(MARGIN, MARGIN, panel.left() - 2 * MARGIN, height - 2 * MARGIN)
    if not tasks:
        _line(painter, QCoreApplication.translate("GroupworkScreen", "No task chosen"), area, TITLE_PX, MUTED)
        return
    task = tasks[min(content.current, len(tasks) - 1)]
    number = event.groupwork.task_number(task.id)
    label = QCoreApplication.translate("GroupworkScreen", "TASK %1").replace("%1", str(number))
    pill = _pill(painter, label, area.topLeft(), palette.accent, palette.on_accent)
    if len(tasks) > 1:
        position = QCoreApplication.translate("GroupworkScreen", "%1 of %2")
        position = position.replace("%1", str(content.current + 1)).replace("%2", str(len(tasks)))
        _dots(painter, len(tasks), content.current, QPointF(area.right(), area.top() + pill / 2),
              palette.accent, position)
    body = area.adjusted(0, pill + 56, 0, 0)
    paras = _task_paras(task, palette.accent)
    _fitted(texts, paras, body, min(p.size for p in paras)).draw(painter)


def _dots(painter: QPainter, count: int, current: int, right_middle: QPointF, accent: QColor,
          position: str) -> None:
    """Where this task sits in the round: "2 av 5" and a dot per task, right-aligned."""
    radius, gap = 9.0, 30.0
    x = right_middle.x() - radius
    for index in reversed(range(count)):
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_on_dark(accent) if index == current else QColor("#3a424d"))
        r = radius * (1.35 if index == current else 1.0)
        painter.drawEllipse(QPointF(x, right_middle.y()), r, r)
        x -= gap
    font = make_font(load_fonts(), LABEL_PX * 0.9)
    text_width = QFontMetricsF(font).horizontalAdvance(position)
    painter.setFont(font)
    painter.setPen(MUTED)
    painter.drawText(QRectF(x - text_width - 8, right_middle.y() - LABEL_PX, text_width, 2 * LABEL_PX),
                     Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, position)


def _paint_list(painter: QPainter, texts: TextCache, event: Event, content: GroupworkScreen,
                size: tuple[int, int]) -> None:
    height = size[1]
    panel = timer_region(content, size)
    painter.fillRect(QRectF(0, 0, panel.left(), height), BACKGROUND)
    palette = palette_for(event.theme)
    area = QRectF(MARGIN, MARGIN, panel.left() - 2 * MARGIN, height - 2 * MARGIN)
    heading = QCoreApplication.translate("GroupworkScreen", "TASKS")
    pill = _pill(painter, heading, area.topLeft(), palette.accent, palette.on_accent)
    tasks = _tasks(event, content)
    if not tasks:
        _line(painter, QCoreApplication.translate("GroupworkScreen", "No task chosen"), area, TITLE_PX, MUTED)
        return
    hang = 1.6
    paras = [
        Para(task.title, LIST_PX, TEXT if i == content.current else MUTED, bold=i == content.current,
             indent=hang * LIST_PX, marker_width=hang,
             marker=Marker("label", _on_dark(palette.accent) if i == content.current else MUTED,
                           f"{event.groupwork.task_number(task.id)}."))
        for i, task in enumerate(tasks)
    ]
    body = area.adjusted(0, pill + 64, 0, 0)
    gap = 0.9 * LIST_PX

    def build(scale: float) -> tuple[list[float], list[Text], float]:
        tops, blocks, y = [], [], body.top()
        for para in paras:
            laid = texts.lay_out([para], body.width(), scale)
            tops.append(y)
            blocks.append(Text(laid, QPointF(body.left(), y)))
            y += laid.height + gap * scale
        return tops, blocks, y - gap * scale - body.top()

    _, (tops, blocks, _height), _ = fit_scale(
        build,
        lambda built: built[2] <= body.height() and not any(b.laid.broken_words for b in built[1]),
        min_scale([LIST_PX]),
    )
    current = min(content.current, len(blocks) - 1)
    bar = QRectF(body.left() - 44, tops[current] - 6, 10, blocks[current].laid.height + 12)
    painter.fillRect(bar, _on_dark(palette.accent))
    for block in blocks:
        block.draw(painter)


# -- the three screens ---------------------------------------------------------


def paint_groupwork(painter: QPainter, render: RenderContext, event: Event, content: AudienceContent,
                    target: QRectF) -> None:
    """Draw any ``GroupworkScreen`` letterboxed into ``target``."""
    assert isinstance(content, GroupworkScreen)
    size = canvas_size(event)
    with canvas(painter, target, size):
        if isinstance(content, TaskAndTime):
            _paint_task(painter, render.text, event, content, size)
        elif isinstance(content, TaskListAndTime):
            _paint_list(painter, render.text, event, content, size)
        region = timer_region(content, size)
        paint_timer(painter, render.text, region, content, big=isinstance(content, TimeOnly))


def _backdrop(_event: Event, _content: AudienceContent) -> QColor:
    return QColor(COLOURS.background)


def register_groupwork_screens() -> None:
    """Teach the audience window and the previews the three group-work screens.

    No ``live_ms``: the ``ticker`` repaints only the timer panel, on the second.
    """
    for kind in (TaskAndTime, TaskListAndTime, TimeOnly):
        register_screen(kind, paint_groupwork, backdrop=_backdrop)

