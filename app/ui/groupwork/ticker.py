"""Once a second, repaint only the countdown panel of a group-work screen.

The screens are registered without ``live_ms``, so the views do not repaint
the whole projector on an interval; this ticker wakes exactly when the shown
second changes (and, in overtime, when the flash changes), computed
afresh from the remaining time at every wake-up, and asks each view to
repaint just the rectangle of the timer panel. Task text is laid out and
drawn only when the model changes.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QObject, QRect, QRectF, Qt, QTimer
from PySide6.QtWidgets import QWidget

from app.presenting.groupwork import GroupworkScreen
from app.presenting.presentation import Presentation
from app.render.slide_painter import letterbox
from app.timing.display import seconds_to_next_change
from app.ui.groupwork.screens import timer_region

_SLACK_MS = 2  # wake just after the boundary, never just before it


class AudienceTicker(QObject):
    """Repaints the timer panel of ``views`` (the projector and its previews) on the second."""

    def __init__(
        self, presentation: Presentation, views: Sequence[QWidget], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._presentation = presentation
        self._views = list(views)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.tick)
        self.repaints = 0  # timer-panel repaints asked for, for tests and the benchmark
        unsubscribe = presentation.changed.subscribe(self.schedule)
        self.destroyed.connect(lambda *_: unsubscribe())
        self.schedule()

    def add_view(self, view: QWidget) -> None:
        """Repaint ``view``'s timer panel too (a console page built after the ticker)."""
        self._views.append(view)

    def next_tick_in(self) -> int | None:
        """Milliseconds to the next repaint; None while nothing is counting on the projector."""
        return self._timer.remainingTime() if self._timer.isActive() else None

    def schedule(self) -> None:
        """Arm the next wake-up for when the projector's digits next change."""
        content = self._presentation.content
        if not isinstance(content, GroupworkScreen) or not content.countdown.running:
            self._timer.stop()
            return
        wait = seconds_to_next_change(content.countdown.remaining(), running=True)
        self._timer.start(math.ceil(wait * 1000) + _SLACK_MS)

    def tick(self) -> None:
        """Repaint the timer panel in every visible view, then arm the next wake-up."""
        content = self._presentation.content
        if isinstance(content, GroupworkScreen):
            size = self._presentation.event.theme.canvas_size
            for view in self._views:
                if view.isVisible():
                    view.update(panel_in(view, content, size))
                    self.repaints += 1
        self.schedule()

    def stop(self) -> None:
        self._timer.stop()


def panel_in(view: QWidget, content: GroupworkScreen, size: tuple[int, int]) -> QRect:
    """The timer panel's rectangle in ``view``'s pixels, a pixel wider all round."""
    box = letterbox(QRectF(view.rect()), size)
    factor = box.width() / size[0]
    region = timer_region(content, size)
    mapped = QRectF(box.left() + region.left() * factor, box.top() + region.top() * factor,
                    region.width() * factor, region.height() * factor)
    return mapped.toAlignedRect().adjusted(-2, -2, 2, 2)
