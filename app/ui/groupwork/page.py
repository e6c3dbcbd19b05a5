"""The Gruppearbeid mode: tasks, the round's countdown, the projector, per-group timers.

Left, the round's tasks (tick which, click to show); middle, the round's
countdown and its buttons; right, what the projector shows (task + time, all
tasks + time, time only, or the slides) with a live preview of it; below,
the per-group timers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Final, Literal

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFrame,
    QGridLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.presenting.content import SlideContent
from app.presenting.groupwork import ScreenView
from app.ui.console.style import BACKGROUND, caption
from app.ui.content_view import ContentView, audience
from app.ui.groupwork.controller import GroupworkController
from app.ui.groupwork.group_timers import GroupTimers
from app.ui.groupwork.round_controls import RoundControls
from app.ui.groupwork.tasks_list import TasksList
from app.ui.slide_images import SlideImages

SLIDES: Final = "slides"
Choice = ScreenView | Literal["slides"]  # what a view button puts on the projector


def _column(content: QVBoxLayout) -> QWidget:
    """A column whose width the stretch factors alone decide.

    Its contents' widths change with the round (a longer stage or button
    text, a group timer added); were they to push the column, the page would
    jump sideways at every start, pause and end.
    """
    column = QWidget()
    content.setContentsMargins(0, 0, 0, 0)
    column.setLayout(content)
    policy = column.sizePolicy()
    policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
    column.setSizePolicy(policy)
    return column


class ViewChooser(QWidget):
    """The projector's view buttons: one row where they fit, two rows of two where they do not.

    The right column's width is set by the stretch factors alone (``_column``),
    so on a 1024 px laptop the four Norwegian buttons in one row would be cut.
    """

    def __init__(self, buttons: list[QPushButton], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._buttons = buttons
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._columns = 0
        self._place(len(buttons))

    def _place(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for column in range(len(self._buttons)):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)
        for index, button in enumerate(self._buttons):
            self._grid.addWidget(button, index // columns, index % columns)

    def one_row_width(self) -> int:
        """The width the buttons need side by side."""
        spacing = self._grid.horizontalSpacing()
        return sum(b.sizeHint().width() for b in self._buttons) + spacing * (len(self._buttons) - 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        fits = self.one_row_width() <= event.size().width()
        self._place(len(self._buttons) if fits else (len(self._buttons) + 1) // 2)


class GroupworkPage(QWidget):
    """The console page of group-work mode; every control calls the controller or the round."""

    def __init__(
        self,
        controller: GroupworkController,
        images: SlideImages,
        group_names: Callable[[], list[str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        round_ = controller.round
        presentation = controller.presentation
        self.tasks = TasksList(round_, self)
        self.controls = RoundControls(round_, self, default_until=self._groupwork_end)
        self.groups = GroupTimers(round_, group_names, self)
        self.preview = ContentView(presentation, images, audience(presentation), self,
                                   surround=QColor(BACKGROUND))
        self.preview.setFixedHeight(250)

        self.view_buttons = QButtonGroup(self)
        views: list[tuple[Choice, str]] = [
            ("task", self.tr("Task + time")),
            ("all", self.tr("All tasks + time")),
            ("time", self.tr("Time only")),
            (SLIDES, self.tr("Slides")),
        ]
        self._buttons: dict[Choice, QPushButton] = {}
        for key, text in views:
            button = QPushButton(text)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _checked=False, k=key: self._choose(k))
            self.view_buttons.addButton(button)
            self._buttons[key] = button
        self.mute = QCheckBox(self.tr("Chime muted"))
        self.mute.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.mute.toggled.connect(controller.set_muted)

        left = QVBoxLayout()
        left.addWidget(caption(self.tr("TASKS THIS ROUND")))
        left.addWidget(self.tasks, 1)
        self._parts = left
        middle = QVBoxLayout()
        middle.addWidget(caption(self.tr("ROUND")))
        middle.addWidget(self.controls, 1)
        middle.addWidget(self.mute)
        right = QVBoxLayout()
        right.addWidget(caption(self.tr("ON THE PROJECTOR")))
        right.addWidget(self.preview)
        self.chooser = ViewChooser(list(self._buttons.values()))
        right.addWidget(self.chooser)
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setStyleSheet("color: #2e3237;")
        right.addSpacing(6)
        right.addWidget(rule)
        right.addWidget(self.groups)
        right.addStretch(1)
        grid = QGridLayout(self)
        grid.setContentsMargins(16, 12, 16, 12)
        grid.setHorizontalSpacing(20)
        for column, content in enumerate((left, middle, right)):
            grid.addWidget(_column(content), 0, column)
        grid.setColumnStretch(0, 4)
        grid.setColumnStretch(1, 4)
        grid.setColumnStretch(2, 5)
        unsubscribe = presentation.changed.subscribe(self._show_choice)
        self.destroyed.connect(lambda *_: unsubscribe())
        self._show_choice()

    def add_part(self, part: QWidget) -> None:
        """Another feature's part, under the tasks (sharing's list of the groups' devices)."""
        self._parts.addWidget(part)

    def _groupwork_end(self) -> dt.time | None:
        """The planned end of the group-work agenda item: when the groups are due back."""
        journal = self.controller.journal
        index = journal.groupwork_index()
        return journal.rundown.log()[index].planned_end.time() if index is not None else None

    def button(self, key: Choice) -> QPushButton:
        """The chooser's button for a view ("task", "all", "time") or "slides"."""
        return self._buttons[key]

    def _choose(self, key: Choice) -> None:
        if key == SLIDES:
            self.controller.show_slides()
        else:
            self.controller.show(key)

    def _show_choice(self) -> None:
        """Check the button of what the projector shows; none for black, white, frozen or a summary."""
        shown: Choice | None = self.controller.on_projector
        if shown is None and isinstance(self.controller.presentation.content, SlideContent):
            shown = SLIDES
        self.view_buttons.setExclusive(False)  # an exclusive group cannot have none checked
        for key, button in self._buttons.items():
            button.setChecked(key == shown)
        self.view_buttons.setExclusive(True)
