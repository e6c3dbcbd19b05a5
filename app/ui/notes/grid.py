"""Groups by tasks at a glance: which summaries have text, and how much.

Rows are the groups in running order, columns the event's tasks; a filled
cell shows its word count on a tinted background, an empty one a dash. The
current cell is the summary in the editor.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from app.event.model import Task
from app.ui.notes.editor import word_count
from app.ui.plain_text import plain_tooltip

if TYPE_CHECKING:
    from app.session import SessionGroup

NO_TEXT = "\u2013"  # an en dash in an empty cell
FILLED = QColor("#1f4d4a")
EMPTY = QColor("#1e2124")
TASK_COLUMN_MIN = 40  # a three-digit word count, centred
NAME_COLUMN_MIN = 60


class NotesGrid(QTableWidget):
    """``cell_chosen(row, column)`` when the current cell changes."""

    cell_chosen = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)  # see _fit_names
        self.setStyleSheet(
            "QTableWidget { background: #17191c; color: #e8e8e8; gridline-color: #2e3237; }"
            " QHeaderView { background: #17191c; }"
            " QHeaderView::section { background: #202327; color: #c8ccd0; border: none;"
            " padding: 4px 8px; } QTableCornerButton::section { background: #202327; border: none; }"
            " QTableWidget::item:selected { background: #006e6a; color: white; }"
        )
        self.currentCellChanged.connect(self._current_changed)

    def set_layout(self, groups: Sequence[SessionGroup], tasks: Sequence[Task]) -> None:
        """Rebuild for these rows and columns, keeping the current cell if it still exists."""
        row, column = self.currentRow(), self.currentColumn()
        self.blockSignals(True)
        self.clear()
        self.setRowCount(len(groups))
        self.setColumnCount(len(tasks))
        self.setVerticalHeaderLabels([g.name for g in groups])
        for number, group in enumerate(groups):
            name = self.verticalHeaderItem(number)
            if name is not None:
                name.setToolTip(plain_tooltip(group.name))  # the whole name, where it is elided
        # Tasks by number (the header above the editor says "task 2 of 5"); ids are too
        # long for a narrow column, and the title is the tooltip.
        self.setHorizontalHeaderLabels([str(number) for number in range(1, len(tasks) + 1)])
        for number, task in enumerate(tasks):
            header = self.horizontalHeaderItem(number)
            if header is not None:
                header.setToolTip(plain_tooltip(f"{task.id}: {task.title}"))
        for r in range(len(groups)):
            for c in range(len(tasks)):
                self.setItem(r, c, QTableWidgetItem())
                self.set_text_of(r, c, "")
        self.blockSignals(False)
        self._fit_names()
        if groups and tasks:
            self.setCurrentCell(max(0, min(row, len(groups) - 1)), max(0, min(column, len(tasks) - 1)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_names()

    def _fit_names(self) -> None:
        """The group names take what the task columns leave them: a long name is elided
        rather than pushing the tasks out of sight (a 1024 px laptop)."""
        room = self.width() - 2 * self.frameWidth() - self.columnCount() * TASK_COLUMN_MIN
        self.verticalHeader().setMaximumWidth(max(room, NAME_COLUMN_MIN))

    def set_text_of(self, row: int, column: int, text: str) -> None:
        item = self.item(row, column)
        if item is None:
            return
        words = word_count(text)
        item.setText(str(words) if words else NO_TEXT)
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        item.setBackground(QBrush(FILLED if words else EMPTY))
        item.setToolTip(self.tr("%n word(s)", "", words) if words else self.tr("No notes yet"))

    def is_filled(self, row: int, column: int) -> bool:
        item = self.item(row, column)
        return item is not None and item.text() != NO_TEXT

    def step(self, rows: int, columns: int) -> None:
        """Step the current cell (the notes shortcuts); stays at the edges.

        Not ``move``: that is QWidget's, placing the widget.
        """
        if not self.rowCount() or not self.columnCount():
            return
        row = max(0, min(self.currentRow() + rows, self.rowCount() - 1))
        column = max(0, min(self.currentColumn() + columns, self.columnCount() - 1))
        self.setCurrentCell(row, column)

    def _current_changed(self, row: int, column: int, _old_row: int, _old_column: int) -> None:
        if row >= 0 and column >= 0:
            self.cell_chosen.emit(row, column)
