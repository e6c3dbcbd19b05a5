"""The round's countdown in the console, with its buttons.

Start, Pause/Resume, +1, +5 and -1 minute, Reset and End round. Reset asks
inline (no dialog: a modal box would steal the clicker's keys). Before the
start the round runs either for a length ("Length 105 min") or until a clock
time ("until 16:00", by default the planned end of the group-work agenda
item, the time the groups must be back); afterwards the buttons give or
take time. Once ended, the round offers only Reset: nothing to resume or end again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.presenting.groupwork import GroupworkRound
from app.ui.inline_confirm import InlineConfirm
from app.ui.timer.countdown_view import CountdownView

MINUTE = 60.0
FALLBACK_UNTIL = dt.time(16, 0)  # with no group-work item in the agenda


class RoundControls(QWidget):
    """A ``CountdownView`` of the round and the buttons that change it."""

    def __init__(
        self,
        round_: GroupworkRound,
        parent: QWidget | None = None,
        default_until: Callable[[], dt.time | None] = lambda: None,
    ) -> None:
        super().__init__(parent)
        self._round = round_
        self._default_until = default_until
        self.view = CountdownView(round_.countdown, self)
        self.view.setMinimumHeight(150)
        self.stage = QLabel()
        self.stage.setProperty("role", "badge")
        self.duration = QSpinBox()
        self.duration.setRange(1, 600)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.duration.editingFinished.connect(self._set_duration)
        self.until = QTimeEdit()
        self.until.setDisplayFormat("HH:mm")
        self.until.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.until.editingFinished.connect(self._set_until)
        self.by_length = QRadioButton(self.tr("Length"))
        self.by_clock = QRadioButton(self.tr("until"))
        self.by_clock.setToolTip(self.tr("The round ends at this time of day, whenever it starts."))
        self.length_or_clock = QButtonGroup(self)
        for choice in (self.by_length, self.by_clock):
            choice.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            choice.setStyleSheet("QRadioButton { color: #9aa0a6; font-weight: 600; }")
            self.length_or_clock.addButton(choice)
        self.by_length.clicked.connect(self._set_duration)
        self.by_clock.clicked.connect(self._set_until)
        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.setProperty("role", "primary")
        self.pause_button = QPushButton()
        self.more_1 = QPushButton(self.tr("+1 min"))
        self.more_5 = QPushButton(self.tr("+5 min"))
        self.less_1 = QPushButton(self.tr("-1 min"))
        self.reset = InlineConfirm(self.tr("Reset"), self.tr("Yes, reset the round"), self.tr("Cancel"),
                                   round_.reset)
        self.end_button = QPushButton(self.tr("End round"))
        buttons = (self.start_button, self.pause_button, self.more_1, self.more_5, self.less_1,
                   self.end_button)
        for button in buttons:
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.start_button.clicked.connect(round_.start)
        self.pause_button.clicked.connect(round_.toggle)
        self.more_1.clicked.connect(lambda: round_.add(MINUTE))
        self.more_5.clicked.connect(lambda: round_.add(5 * MINUTE))
        self.less_1.clicked.connect(lambda: round_.add(-MINUTE))
        self.end_button.clicked.connect(round_.end)

        top = QHBoxLayout()
        top.addWidget(self.by_length)
        top.addWidget(self.duration)
        top.addSpacing(8)
        top.addWidget(self.by_clock)
        top.addWidget(self.until)
        top.addStretch(1)
        grid = QGridLayout()
        grid.addWidget(self.start_button, 0, 0)
        grid.addWidget(self.pause_button, 0, 0)
        grid.addWidget(self.more_1, 0, 1)
        grid.addWidget(self.more_5, 0, 2)
        grid.addWidget(self.less_1, 0, 3)
        reset_row = QHBoxLayout()
        reset_row.addWidget(self.reset)
        reset_row.addStretch(1)
        reset_row.addWidget(self.stage)
        reset_row.addWidget(self.end_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(grid)
        layout.addLayout(reset_row)
        unsubscribe = round_.changed.subscribe(self.refresh)
        self.destroyed.connect(lambda *_: unsubscribe())
        self.refresh()

    def refresh(self) -> None:
        round_ = self._round
        if self.view.countdown is not round_.countdown:
            self.view.set_countdown(round_.countdown)
        stage = round_.stage
        started = stage != "ready"
        ended = stage == "ended"
        self.start_button.setVisible(not started)
        self.pause_button.setVisible(started and not ended)
        self.pause_button.setText(self.tr("Pause") if stage == "running" else self.tr("Resume"))
        for button in (self.more_1, self.more_5, self.less_1):
            button.setEnabled(not ended)
        self.end_button.setVisible(not ended)
        self.end_button.setEnabled(started)
        ended_at = round_.ended_at
        self.view.set_state_caption(
            self.tr("Round ended %1").replace("%1", ended_at.strftime("%H:%M")) if ended_at else None)
        target = round_.countdown.target
        (self.by_clock if target is not None else self.by_length).setChecked(True)
        for field in (self.duration, self.until, self.by_length, self.by_clock):
            field.setEnabled(not started)
        if not self.duration.hasFocus():
            self.duration.setValue(round(round_.duration.total_seconds() / 60))
        if not self.until.hasFocus():
            at = target.time() if target is not None else self._default_until() or FALLBACK_UNTIL
            self.until.setTime(QTime(at.hour, at.minute))
        texts = {"ready": self.tr("Ready"), "running": self.tr("Running"),
                 "paused": self.tr("Paused"), "ended": self.tr("Round ended")}
        colours = {"ready": "#9aa0a6", "running": "#5ccf7a", "paused": "#f2c94c", "ended": "#5fb0ff"}
        self.stage.setText(texts[stage])
        self.stage.setStyleSheet(f"background: {colours[stage]}; color: #101214;")

    def _set_duration(self) -> None:
        """The round runs for the length in the box (typed, or chosen over "until")."""
        countdown = self._round.countdown
        duration = dt.timedelta(minutes=self.duration.value())
        if not countdown.started and (countdown.target is not None or duration != self._round.duration):
            self._round.set_duration(duration)

    def _set_until(self) -> None:
        """The round runs until the time in the box (typed, or chosen over the length)."""
        countdown = self._round.countdown
        time = self.until.time()
        at = dt.time(time.hour(), time.minute())
        if not countdown.started and (countdown.target is None or countdown.target.time() != at):
            self._round.set_until(at)
