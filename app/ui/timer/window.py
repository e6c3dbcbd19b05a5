"""``plenum timer``'s window: one countdown, fullscreen, run from the keyboard.

Space pauses and resumes, + and - give or take a minute, M mutes the chime,
Esc closes. The key hints show at the foot while paused and for the first
seconds, then leave the screen to the digits.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.timing.countdown import Countdown
from app.ui.timer.chime import ChimePlayer, CountdownAlarm
from app.ui.timer.countdown_view import CountdownView

HINTS_MS = 8000
MINUTE = 60.0

Key = Qt.Key
_MORE = (Key.Key_Plus, Key.Key_Equal, Key.Key_Up)
_LESS = (Key.Key_Minus, Key.Key_Underscore, Key.Key_Down)


class TimerWindow(QWidget):
    """A top-level window holding one ``CountdownView`` and its alarm."""

    def __init__(self, countdown: Countdown, player: ChimePlayer, *, title: str = "") -> None:
        super().__init__()
        self.setWindowTitle(title or QCoreApplication.translate("TimerWindow", "Timer"))
        self.countdown = countdown
        self.view = CountdownView(countdown, self, title=title)
        self.alarm = CountdownAlarm(countdown, player, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self._hints_timer = QTimer(self)
        self._hints_timer.setSingleShot(True)
        self._hints_timer.timeout.connect(self.hide_hints)
        self._hints_timer.start(HINTS_MS)
        self._unsubscribe = countdown.changed.subscribe(self._update_note)
        self._update_note()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Key.Key_Space:
            self.countdown.toggle()
        elif key in _MORE:
            self.countdown.add(MINUTE)
        elif key in _LESS:
            self.countdown.add(-MINUTE)
        elif key == Key.Key_M:
            self.alarm.muted = not self.alarm.muted
            self._update_note()
        elif key == Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._hints_timer.stop()
        self.alarm.stop()
        self._unsubscribe()
        super().closeEvent(event)

    def hide_hints(self) -> None:
        """Leave the foot of the screen to the digits (hints come back while paused)."""
        self._hints_timer.stop()
        self._update_note()

    def _update_note(self) -> None:
        parts = [QCoreApplication.translate("TimerWindow", "sound off")] if self.alarm.muted else []
        if self._hints_timer.isActive() or self.countdown.paused:
            parts.append(
                QCoreApplication.translate(
                    "TimerWindow", "Space: pause · + / -: one minute · M: sound · Esc: close"
                )
            )
        self.view.set_note("   ·   ".join(parts))
