"""``plenum timer``'s window: one countdown, fullscreen, run from the keyboard.

Space pauses and resumes, + and - give or take a minute, M mutes the chime,
S moves the timer to the next screen, Esc closes. While time is running, Esc
first asks at the foot of the screen (no dialog: the room sees this screen),
and only a second Esc closes; any other key (which then does nothing else), or
a few seconds, withdraws the question. The key hints show at the foot while paused and for the first
seconds, then leave the screen to the digits.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QScreen
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.timing.countdown import Countdown
from app.ui.screen_placement import show_fullscreen_on, show_windowed_on
from app.ui.timer.chime import ChimePlayer, CountdownAlarm
from app.ui.timer.countdown_view import CountdownView

HINTS_MS = 8000
ASK_TO_CLOSE_MS = 5000
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
        # While it runs, the question "close the timer?" stands at the foot.
        self._asking_timer = QTimer(self)
        self._asking_timer.setSingleShot(True)
        self._asking_timer.timeout.connect(self._update_note)
        self._unsubscribe = countdown.changed.subscribe(self._update_note)
        self._update_note()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        asked = self._asking_timer.isActive()
        if asked:
            self._asking_timer.stop()
            self._update_note()
            if key != Key.Key_Escape:
                return  # the answer "keep it", not also a pause or a minute more
        if key == Key.Key_Escape:
            if asked or not self.countdown.running:
                self.close()
            else:
                self._asking_timer.start(ASK_TO_CLOSE_MS)
                self._update_note()
        elif key == Key.Key_Space:
            self.countdown.toggle()
        elif key in _MORE:
            self.countdown.add(MINUTE)
        elif key in _LESS:
            self.countdown.add(-MINUTE)
        elif key == Key.Key_M:
            self.alarm.muted = not self.alarm.muted
            self._update_note()
        elif key == Key.Key_S:
            self.move_to_next_screen()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._hints_timer.stop()
        self._asking_timer.stop()
        self.alarm.stop()
        self._unsubscribe()
        super().closeEvent(event)

    def show_on(self, screen: QScreen, *, fullscreen: bool = True) -> None:
        """Fullscreen (or a normal window in the middle) on ``screen``."""
        if fullscreen:
            show_fullscreen_on(self, screen)
        else:
            show_windowed_on(self, screen)

    def move_to_next_screen(self) -> None:
        """S: the next screen in the system's order, as it was shown (fullscreen or not)."""
        screens = QGuiApplication.screens()
        if len(screens) < 2:
            return
        here = screens.index(self.screen()) if self.screen() in screens else -1
        self.show_on(screens[(here + 1) % len(screens)], fullscreen=self.isFullScreen())

    def hide_hints(self) -> None:
        """Leave the foot of the screen to the digits (hints come back while paused)."""
        self._hints_timer.stop()
        self._update_note()

    def asking_to_close(self) -> bool:
        """Whether the foot asks "close the timer?" (the first Esc while time runs)."""
        return self._asking_timer.isActive()

    def _update_note(self) -> None:
        if self.asking_to_close():
            self.view.set_note(QCoreApplication.translate(
                "TimerWindow", "Close the timer? Esc again closes it · any other key keeps it"))
            return
        parts = [QCoreApplication.translate("TimerWindow", "sound off")] if self.alarm.muted else []
        if self._hints_timer.isActive() or self.countdown.paused:
            parts.append(
                QCoreApplication.translate(
                    "TimerWindow", "Space: pause · + / -: one minute · M: sound · S: screen · Esc: close"
                )
            )
        self.view.set_note("   ·   ".join(parts))
