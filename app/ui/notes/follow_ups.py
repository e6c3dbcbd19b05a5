"""Follow-up points of the selected group: what the working group should take further."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QListWidget, QPushButton, QVBoxLayout, QWidget

from app.ui.console.style import caption

if TYPE_CHECKING:
    from app.session import SessionStore


class FollowUpsPanel(QWidget):
    """Lists, adds and removes one group's follow-up points; ``failed(str)`` on a write error."""

    failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store: SessionStore | None = None
        self._group_id: int | None = None
        heading = caption(self.tr("FOLLOW-UP POINTS"))
        self.list = QListWidget(self)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setWordWrap(True)
        self.entry = QLineEdit(self)
        self.entry.setPlaceholderText(self.tr("New point, Enter to add"))
        self.entry.returnPressed.connect(self.add_point)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.remove_button.clicked.connect(self.remove_point)
        row = QHBoxLayout()
        row.addWidget(self.entry, 1)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)

    def show_group(self, store: SessionStore | None, group_id: int | None) -> None:
        self._store, self._group_id = store, group_id
        self.list.clear()
        writable = store is not None and group_id is not None and not store.read_only
        self.entry.setEnabled(writable)
        self.remove_button.setEnabled(writable)
        if store is None or group_id is None:
            return
        for point in store.follow_ups(group_id):
            self.list.addItem(point.text)
            self.list.item(self.list.count() - 1).setData(Qt.ItemDataRole.UserRole, point.id)

    def add_point(self) -> None:
        from app.session import SessionError

        text = self.entry.text().strip()
        if not text or self._store is None or self._group_id is None:
            return
        try:
            self._store.add_follow_up(self._group_id, text)
        except SessionError as exc:
            self.failed.emit(str(exc))
            return
        self.entry.clear()
        self.show_group(self._store, self._group_id)

    def remove_point(self) -> None:
        from app.session import SessionError

        item = self.list.currentItem()
        if item is None or self._store is None:
            return
        try:
            self._store.remove_follow_up(int(item.data(Qt.ItemDataRole.UserRole)))
        except SessionError as exc:
            self.failed.emit(str(exc))
            return
        self.show_group(self._store, self._group_id)
