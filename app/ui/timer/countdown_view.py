"""One countdown, huge: the digits a whole room reads, in the colour of its phase.

The view keeps no time of its own. It reads ``Countdown.remaining()`` when it
paints and wakes up exactly when the shown second or, in overtime, the
flash changes (``app.timing.display.flash_of``), computed afresh at every
wake-up from the remaining time, so a late wake-up is never carried into the next one. It
repaints only itself, and not at all while paused or hidden.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFontMetricsF, QHideEvent, QPainter, QPaintEvent, QShowEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.render.digits import DigitsLayout, fit_digits, pattern_of
from app.render.fonts import load_fonts, make_font
from app.timing.countdown import Countdown, Phase
from app.timing.display import Flash, flash_of, format_remaining, seconds_to_next_change

_SLACK_MS = 2  # wake just after the boundary, never just before it
DIM_ALPHA = 0.55  # paused digits, and the dim beat of the overtime pulse


@dataclass(frozen=True)
class TimerColours:
    """The view's colours (any QColor name); the defaults are for a dark room screen.

    Warning amber and danger red both keep a contrast above 7:1 on the
    background, so the digits stay legible from the back row in every phase.
    """

    background: str = "#0f1216"
    text: str = "#f4f5f7"
    muted: str = "#8a929e"
    warning: str = "#ffb627"
    danger: str = "#ff5a4e"
    flash_background: str = "#d7261e"
    track: str = "#262b33"

    def for_phase(self, phase: Phase) -> QColor:
        if phase is Phase.WARNING:
            return QColor(self.warning)
        if phase in (Phase.DANGER, Phase.OVERTIME):
            return QColor(self.danger)
        return QColor(self.text)


class CountdownView(QWidget):
    """Shows a ``Countdown`` as big as the widget allows; embeddable anywhere."""

    def __init__(
        self,
        countdown: Countdown,
        parent: QWidget | None = None,
        *,
        title: str = "",
        colours: TimerColours | None = None,
    ) -> None:
        super().__init__(parent)
        self._family = load_fonts()
        self._colours = colours or TimerColours()
        self._title = title
        self._note = ""
        self._state_caption: str | None = None
        self._layout: tuple[str, DigitsLayout] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.refresh)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._unsubscribe: Callable[[], None] = lambda: None
        self._countdown = countdown
        self.set_countdown(countdown)
        # The countdown may outlive the view: stop notifying it once it is gone.
        self.destroyed.connect(lambda: self._unsubscribe())

    # -- what it shows -------------------------------------------------------

    @property
    def countdown(self) -> Countdown:
        return self._countdown

    def set_countdown(self, countdown: Countdown) -> None:
        """Show another countdown (the console switching rounds or groups)."""
        self._unsubscribe()
        self._countdown = countdown
        self._unsubscribe = countdown.changed.subscribe(self.refresh)
        self.refresh()

    def set_title(self, title: str) -> None:
        """A line above the digits ("Gruppe 2"), drawn as plain text."""
        self._title = title
        self.update()

    def set_note(self, note: str) -> None:
        """A small line at the foot (key hints, "sound off"), drawn as plain text."""
        self._note = note
        self.update()

    def set_state_caption(self, caption: str | None) -> None:
        """Words that say more than the countdown knows ("Round ended 15:58"); None: the countdown's own."""
        self._state_caption = caption
        self.update()

    def text(self) -> str:
        """The digits as shown now: "12:34", "1:02:03", "+02:15"."""
        return format_remaining(self._countdown.remaining())

    def digit_colour(self) -> QColor:
        """The colour the digits are drawn in now (white on red while the flash is lit)."""
        remaining = self._countdown.remaining()
        return self._digit_colour(remaining, flash_of(remaining, self._countdown.running))

    def _digit_colour(self, remaining: float, flash: Flash) -> QColor:
        if flash is Flash.LIT:
            return QColor(self._colours.text)
        colour = self._colours.for_phase(self._countdown.phase_at(remaining))
        if flash is Flash.DIM:
            colour.setAlphaF(DIM_ALPHA)
        return colour

    def title(self) -> str:
        return self._title

    def note(self) -> str:
        return self._note

    def caption(self) -> str:
        """The words under the digits now ("paused", "over time", "until 15:30"), or ""."""
        return self._shown_caption()[0]

    def next_repaint_in(self) -> int | None:
        """Milliseconds to the next scheduled repaint; None when none is (paused or hidden)."""
        return self._timer.remainingTime() if self._timer.isActive() else None

    # -- ticking -------------------------------------------------------------

    def refresh(self) -> None:
        """Repaint now and schedule the next repaint for when the display changes."""
        self.update()
        countdown = self._countdown
        if not (countdown.running and self.isVisible()):
            self._timer.stop()
            return
        wait = seconds_to_next_change(countdown.remaining(), countdown.running)
        self._timer.start(math.ceil(wait * 1000) + _SLACK_MS)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._timer.stop()

    # -- painting ------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        countdown = self._countdown
        remaining = countdown.remaining()
        colours = self._colours
        flash = flash_of(remaining, countdown.running)
        lit = flash is Flash.LIT
        width, height = float(self.width()), float(self.height())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(self.rect(), QColor(colours.flash_background if lit else colours.background))
        margin = 0.04 * height
        foreground = self._digit_colour(remaining, flash)
        secondary = QColor(colours.text if lit else colours.muted)

        if self._title:
            title_box = QRectF(margin, margin, width - 2 * margin, 0.1 * height)
            self._draw_line(painter, self._title, title_box, 0.075 * height, QColor(colours.text), bold=True)

        text = format_remaining(remaining)
        layout = self._digits_layout(text, width, height)
        digits = QColor(foreground)
        if countdown.paused:
            digits.setAlphaF(DIM_ALPHA)
        painter.setPen(digits)
        layout.draw(painter, text, QPointF(width / 2, 0.52 * height))

        caption, emphasis = self._shown_caption()
        if caption:
            caption_box = QRectF(margin, 0.8 * height, width - 2 * margin, 0.085 * height)
            colour = foreground if emphasis else secondary
            self._draw_line(painter, caption, caption_box, 0.06 * height, colour, bold=emphasis)
        if self._note:
            note_box = QRectF(margin, 0.895 * height, width - 2 * margin, 0.06 * height)
            self._draw_line(painter, self._note, note_box, 0.03 * height, secondary)
        self._draw_progress(painter, remaining, foreground, width, height)
        painter.end()

    def _shown_caption(self) -> tuple[str, bool]:
        if self._state_caption is not None:
            return self._state_caption, False
        return self._caption(self._countdown)

    @staticmethod
    def _caption(countdown: Countdown) -> tuple[str, bool]:
        """The words under the digits (paused, over time, or the clock time counted to).

        The second value says whether they are a state to emphasise, so the
        room does not rely on the colour alone to see that time is up.
        """
        if countdown.paused:
            return QCoreApplication.translate("CountdownView", "paused"), True
        if countdown.phase() is Phase.OVERTIME:
            return QCoreApplication.translate("CountdownView", "over time"), True
        if countdown.target is not None:
            return QCoreApplication.translate("CountdownView", "until %1").replace(
                "%1", countdown.target.strftime("%H:%M")
            ), False
        return "", False

    def _digits_layout(self, text: str, width: float, height: float) -> DigitsLayout:
        key = f"{pattern_of(text)}@{width:.0f}x{height:.0f}"
        if self._layout is None or self._layout[0] != key:
            box = QRectF(0, 0, 0.94 * width, 0.6 * height)
            self._layout = (key, fit_digits(self._family, pattern_of(text), box, height))
        return self._layout[1]

    def _draw_line(
        self, painter: QPainter, text: str, rect: QRectF, px: float, colour: QColor, *, bold: bool = False
    ) -> None:
        font = make_font(self._family, px, bold=bold)
        elided = QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        painter.setFont(font)
        painter.setPen(colour)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, elided)

    def _draw_progress(
        self, painter: QPainter, remaining: float, colour: QColor, width: float, height: float
    ) -> None:
        length = self._countdown.length()
        if length <= 0:
            return
        bar = max(4.0, 0.012 * height)
        share = min(1.0, max(0.0, remaining / length))
        painter.fillRect(QRectF(0, height - bar, width, bar), QColor(self._colours.track))
        painter.fillRect(QRectF(0, height - bar, width * share, bar), colour)
