"""Per-group timers in the console: give a group its own countdown, see them all.

Groups come from the event and, when a session is open, from the session
(renamed or added on the day); a new name can be typed too. Each row shows
the group's time in its phase colour with its own pause and +/- buttons,
independent of the round and of the other groups. The rows repaint exactly
when some shown second changes, and not at all while nothing runs.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QFont, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.presenting.groupwork import GroupworkRound
from app.timing.countdown import Phase
from app.timing.display import format_remaining, seconds_to_next_step
from app.ui.console.style import caption
from app.ui.timer.countdown_view import TimerColours

MINUTE = 60.0
PHASE_COLOURS = {phase: TimerColours().for_phase(phase).name() for phase in Phase}


def _button(text: str, action: Callable[[], None]) -> QPushButton:
    button = QPushButton(text)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.clicked.connect(lambda _checked=False: action())
    return button


class GroupTimers(QWidget):
    """The add row and one row per group timer."""

    def __init__(self, round_: GroupworkRound, group_names: Callable[[], list[str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._round = round_
        self._group_names = group_names
        self.group = QComboBox()
        self.group.setEditable(True)
        self.group.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.group.setMinimumWidth(120)
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 600)
        self.minutes.setSuffix(self.tr(" min"))
        # Follows the round's length when that changes; a length typed here stays until then.
        self._round_minutes = self._minutes_of_round()
        self.minutes.setValue(self._round_minutes)
        self.minutes.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.add_button = _button(self.tr("Add timer"), self.add_timer)
        heading = caption(self.tr("GROUP TIMERS"))
        adding = QHBoxLayout()
        adding.addWidget(self.group, 1)
        adding.addWidget(self.minutes)
        adding.addWidget(self.add_button)
        self.rows = QGridLayout()
        self.rows.setHorizontalSpacing(10)
        self.empty = QLabel(self.tr("No group has its own timer."))
        self.empty.setProperty("role", "caption")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addLayout(adding)
        layout.addWidget(self.empty)
        layout.addLayout(self.rows)
        self.time_labels: dict[str, QLabel] = {}
        self.pause_buttons: dict[str, QPushButton] = {}
        self.name_labels: dict[str, QLabel] = {}
        self._row_widgets: list[tuple[QWidget, ...]] = []
        self._buttons_under: bool | None = None  # how the rows are placed now (None: not yet)
        self._tick = QTimer(self)
        self._tick.setSingleShot(True)
        self._tick.setTimerType(Qt.TimerType.PreciseTimer)
        self._tick.timeout.connect(self.refresh_times)
        self._shown: tuple[str, ...] = ()
        unsubscribe = round_.changed.subscribe(self.refresh)
        self.destroyed.connect(lambda *_: unsubscribe())
        self.fill_groups()
        self.refresh()

    def fill_groups(self) -> None:
        """Offer the groups' names (the event's, then the session's)."""
        typed = self.group.currentText()
        self.group.clear()
        self.group.addItems(self._group_names())
        if typed:
            self.group.setCurrentText(typed)

    def add_timer(self) -> None:
        name = " ".join(self.group.currentText().split())
        if name:
            self._round.add_group_timer(name, dt.timedelta(minutes=self.minutes.value()))

    def refresh(self) -> None:
        """Rebuild the rows if the groups changed, then show the times."""
        round_minutes = self._minutes_of_round()
        if round_minutes != self._round_minutes and not self.minutes.hasFocus():
            self._round_minutes = round_minutes
            self.minutes.setValue(round_minutes)
        groups = tuple(s.group for s in self._round.groups.statuses())
        if groups != self._shown:
            self._rebuild(groups)
        self.refresh_times()

    def _minutes_of_round(self) -> int:
        return max(1, round(self._round.duration.total_seconds() / 60))

    def _rebuild(self, groups: tuple[str, ...]) -> None:
        while self.rows.count():
            item = self.rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # at once: deletion waits for the event loop
                widget.deleteLater()
        self.time_labels.clear()
        self.pause_buttons.clear()
        self.name_labels.clear()
        self._row_widgets = []
        round_ = self._round
        for group in groups:
            name = QLabel(group)
            name.setTextFormat(Qt.TextFormat.PlainText)
            time = QLabel()
            font = QFont(time.font())
            font.setPointSizeF(font.pointSizeF() * 1.4)
            font.setBold(True)
            font.setFeature(QFont.Tag("tnum"), 1)
            time.setFont(font)
            pause = _button("", partial(round_.toggle_group, group))
            widgets = (
                name, time, pause,
                _button(self.tr("+1 min"), partial(round_.add_to_group, group, MINUTE)),
                _button(self.tr("-1 min"), partial(round_.add_to_group, group, -MINUTE)),
                _button("✕", partial(round_.remove_group_timer, group)),
            )
            for widget in widgets:
                widget.setParent(self)
            self._row_widgets.append(widgets)
            self.name_labels[group] = name
            self.time_labels[group] = time
            self.pause_buttons[group] = pause
        self._shown = groups
        self._buttons_under = None
        self.empty.setVisible(not groups)
        self._arrange()

    def _arrange(self) -> None:
        """Each timer on one line where it fits, else its buttons under its name and time.

        The right column is narrow on a 1024 px laptop: on one line «Fortsett»
        and «+1 min» were cut and a long group name pushed them off. A name wider
        than its place is elided, the whole name in its tooltip.
        """
        if not self._row_widgets:
            return
        spacing = self.rows.horizontalSpacing()
        widths = [max(widgets[c].sizeHint().width() for widgets in self._row_widgets) for c in range(6)]
        names = max(self.fontMetrics().horizontalAdvance(group) for group in self._shown)
        under = names + sum(widths[1:]) + 5 * spacing > self.width()
        if under != self._buttons_under:
            self._buttons_under = under
            for row, (name, time, *buttons) in enumerate(self._row_widgets):
                if under:
                    self.rows.addWidget(name, 2 * row, 0, 1, 2)
                    self.rows.addWidget(time, 2 * row, 2, 1, 2)
                    for column, button in enumerate(buttons):
                        self.rows.addWidget(button, 2 * row + 1, column)
                else:
                    for column, widget in enumerate((name, time, *buttons)):
                        self.rows.addWidget(widget, row, column)
        beside = widths[1] + spacing if under else sum(widths[1:]) + 5 * spacing
        for group, label in self.name_labels.items():
            shown = label.fontMetrics().elidedText(group, Qt.TextElideMode.ElideRight,
                                                   max(self.width() - beside, 0))
            label.setText(shown)
            label.setToolTip(group if shown != group else "")

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            self._arrange()
        return super().event(event)

    def refresh_times(self) -> None:
        """Show every group's time in its phase colour; wake when the next shown second changes."""
        waits = []
        for status in self._round.groups.statuses():
            label = self.time_labels.get(status.group)
            if label is None:
                continue
            paused = "" if status.running else "  " + self.tr("paused")
            label.setText(format_remaining(status.remaining) + paused)
            label.setStyleSheet(f"color: {PHASE_COLOURS[status.phase]};")
            pause = self.pause_buttons[status.group]
            pause.setText(self.tr("Pause") if status.running else self.tr("Resume"))
            if status.running:
                waits.append(seconds_to_next_step(status.remaining))
        if waits and self.isVisible():
            self._tick.start(math.ceil(min(waits) * 1000) + 2)
        else:
            self._tick.stop()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fill_groups()
        self.refresh_times()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._tick.stop()
