"""The round's tasks in the console: tick which ones this round has, see which one is shown.

The list never takes keyboard focus, so the clicker's keys keep reaching the
shared controller; a click on a row shows that task, the box chooses it.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.presenting.groupwork import GroupworkRound

_ID = Qt.ItemDataRole.UserRole
_ROW_PADDING = 6  # the console style's QListWidget::item padding
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable


class _WrappedTitles(QStyledItemDelegate):
    """Rows as tall as their title wrapped in the width left beside the tick box.

    Qt's own size hint wraps the text in the whole row's width, so a title
    that just fits there gets one line too few beside the box and is cut to "…".
    """

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        widget = item.widget
        style = widget.style() if widget is not None else QApplication.style()
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, item, widget)
        width = max(1, text_rect.width() - 2 * _ROW_PADDING)
        flags = Qt.TextFlag.TextWordWrap
        needed = item.fontMetrics.boundingRect(QRect(0, 0, width, 100_000), flags, item.text).height()
        return QSize(hint.width(), max(hint.height(), needed + 2 * _ROW_PADDING))


class TasksList(QWidget):
    """A checkable list of the event's tasks; the current one selected and bold."""

    def __init__(self, round_: GroupworkRound, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._round = round_
        self._filling = False
        self.list = QListWidget(self)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setWordWrap(True)
        # Rows are laid out again at every width, each as tall as its wrapped title.
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setItemDelegate(_WrappedTitles(self.list))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemChanged.connect(self._on_checked)
        self.list.itemClicked.connect(self._on_clicked)
        self.previous_button = QPushButton(self.tr("◀ Previous task"))
        self.next_button = QPushButton(self.tr("Next task ▶"))
        for button in (self.previous_button, self.next_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.previous_button.clicked.connect(round_.previous_task)
        self.next_button.clicked.connect(round_.next_task)
        steps = QHBoxLayout()
        steps.addWidget(self.previous_button)
        steps.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(steps)
        unsubscribe = round_.changed.subscribe(self.refresh)
        self.destroyed.connect(lambda *_: unsubscribe())
        self.refresh()

    def refresh(self) -> None:
        """Rebuild from the round: every task of the event, chosen ones ticked."""
        round_ = self._round
        chosen = round_.task_ids
        shown = chosen[round_.current] if chosen else None
        self._filling = True
        self.list.clear()
        for number, task in enumerate(round_.groupwork.tasks, start=1):
            item = QListWidgetItem(f"{number}.  {task.title}")
            item.setData(_ID, task.id)
            item.setFlags(_FLAGS)
            item.setCheckState(Qt.CheckState.Checked if task.id in chosen else Qt.CheckState.Unchecked)
            if task.id == shown:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            self.list.addItem(item)
            item.setSelected(task.id == shown)
        self._filling = False
        self.previous_button.setEnabled(round_.current > 0)
        self.next_button.setEnabled(round_.current + 1 < len(chosen))

    def task_ids_checked(self) -> list[str]:
        items = (self.list.item(row) for row in range(self.list.count()))
        return [item.data(_ID) for item in items if item.checkState() == Qt.CheckState.Checked]

    def _on_checked(self, _item: QListWidgetItem) -> None:
        if not self._filling:
            self._round.choose_tasks(self.task_ids_checked())

    def _on_clicked(self, item: QListWidgetItem) -> None:
        task_id = item.data(_ID)
        if task_id in self._round.task_ids:
            self._round.show_task(self._round.task_ids.index(task_id))
        else:
            self.refresh()  # an unchosen task cannot be shown: keep the selection on the shown one
