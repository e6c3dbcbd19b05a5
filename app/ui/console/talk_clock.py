"""The talk's elapsed time with pause, a guarded reset, and the pace ("Foredraget: 2 min foran").

Reset asks for confirmation inline (``InlineConfirm``): an accidental click must
not lose the talk's time.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from app.presenting.pace import Pace
from app.presenting.presentation import Presentation
from app.timing.display import minutes_and_seconds
from app.ui.console.delay_badges import talk_badge, talk_tooltip
from app.ui.inline_confirm import InlineConfirm


class TalkClock(QWidget):
    """Elapsed talk time; ``refresh`` is called by the console's one-second tick."""

    def __init__(self, presentation: Presentation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._presentation = presentation
        self.elapsed_label = QLabel()
        self.elapsed_label.setProperty("role", "big-number")
        font = QFont(self.elapsed_label.font())
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setFeature(QFont.Tag("tnum"), 1)
        self.elapsed_label.setFont(font)
        self.pace_label = QLabel()
        self.pace_label.setProperty("role", "badge")
        self.pause_button = QPushButton()
        self.pause_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.reset = InlineConfirm(self.tr("Reset"), self.tr("Yes, reset the time"), self.tr("Cancel"),
                                   presentation.timer.reset)
        self.pause_button.clicked.connect(presentation.timer.toggle_pause)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.elapsed_label, self.pace_label):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.pause_button)
        layout.addWidget(self.reset)
        unsubscribe = presentation.timer.changed.subscribe(self.refresh)
        unsubscribe_slides = presentation.changed.subscribe(self.refresh)
        self.destroyed.connect(lambda *_: (unsubscribe(), unsubscribe_slides()))
        self.refresh()

    def refresh(self) -> None:
        timer = self._presentation.timer
        self.elapsed_label.setText(minutes_and_seconds(max(0, int(timer.elapsed()))))
        self.elapsed_label.setToolTip("" if timer.started else self.tr("Starts at the first slide change"))
        # Before the talk starts the button starts it (as the first slide change would).
        if not timer.started:
            self.pause_button.setText(self.tr("Start"))
        else:
            self.pause_button.setText(self.tr("Pause") if timer.running else self.tr("Resume"))
        self._show_pace(self._presentation.pace())

    def _show_pace(self, pace: Pace | None) -> None:
        self.pace_label.setVisible(pace is not None)
        if pace is None:
            return
        text, colour = talk_badge(pace)
        self.pace_label.setText(text)
        self.pace_label.setToolTip(talk_tooltip())
        self.pace_label.setStyleSheet(f"background: {colour}; color: #101214;")
