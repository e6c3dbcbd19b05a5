"""How late a countdown's digits change, measured frame by frame on the real clock.

An event filter on the view (a top-level window here) handles each
``UpdateRequest`` itself so it can stamp the end of the frame (paint and
flush). Before the frame it reads the countdown's remaining time; from that
it knows the instant the shown second last changed, and for a frame whose
digits differ from the previous frame's, the lateness is frame end minus that
instant (plus a whole second for each second the display skipped).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QWidget

from app.timing.clock import SystemClock
from app.timing.countdown import Countdown
from app.timing.display import format_remaining, shown_seconds


def since_change(remaining: float) -> float:
    """Seconds since the shown whole second last changed, for ``remaining`` (counting down)."""
    if remaining >= 0:
        into = remaining % 1.0
        return 1.0 - into if into > 0 else 0.0
    return (-remaining) % 1.0


class _DigitsProbe(QObject):
    def __init__(self, view: QWidget, countdown: Countdown, clock: SystemClock, loop: QEventLoop) -> None:
        super().__init__(view)
        self._view = view
        self._countdown = countdown
        self._clock = clock
        self._loop = loop
        self._shown: int | None = None
        self.late_ms: list[float] = []
        self.texts: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self._view or event.type() != QEvent.Type.UpdateRequest:
            return False
        read_at = self._clock.monotonic()
        remaining = self._countdown.remaining()
        handled = self._view.event(event)
        done = self._clock.monotonic()
        shown = shown_seconds(remaining) * (1 if remaining >= 0 else -1)
        if self._shown is not None and shown != self._shown:
            skipped = abs(self._shown - shown) - 1
            changed_at = read_at - since_change(remaining) - skipped
            self.late_ms.append((done - changed_at) * 1000)
            self.texts.append(format_remaining(remaining))
        self._shown = shown
        if remaining < 0:
            self._loop.quit()
        return handled


def measure_countdown_error(seconds: float) -> list[float]:
    """Lateness in ms of each change of the digits of a ``seconds`` countdown, down to zero."""
    from bench.qt import application

    application()
    clock = SystemClock()
    countdown = Countdown(dt.timedelta(seconds=seconds), clock)
    from app.ui.timer.countdown_view import CountdownView

    view = CountdownView(countdown)
    loop = QEventLoop()
    probe = _DigitsProbe(view, countdown, clock, loop)
    view.installEventFilter(probe)
    view.resize(1920, 1080)
    view.show()
    countdown.start()
    guard = QTimer(singleShot=True)
    guard.timeout.connect(loop.quit)
    guard.start(round((seconds + 10) * 1000))
    try:
        loop.exec()
    finally:
        guard.stop()
        view.close()
        view.deleteLater()
    if len(probe.late_ms) < seconds or probe.texts[-1] != "+00:00":
        raise RuntimeError(f"the countdown showed {len(probe.late_ms)} changes, ending {probe.texts[-1:]}")
    return probe.late_ms
