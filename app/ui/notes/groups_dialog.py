"""The groups as actually run: add, rename, reorder, and who is in each.

A non-modal window beside the console. Changes are written when the user
presses Save (or adds/moves a group), each as one short commit; removed
groups keep their text in the session, so removing is never destructive.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.session import SessionError, SessionGroup, SessionStore
from app.ui.session.style import DIALOG_STYLE


class GroupsDialog(QDialog):
    """``changed()`` after any write, so the grid can be rebuilt."""

    changed = Signal()

    def __init__(self, store: SessionStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Groups"))
        self.setModal(False)
        self.setStyleSheet(DIALOG_STYLE)
        self._store = store
        self.list = QListWidget(self)
        self.list.currentRowChanged.connect(self._load_fields)
        self.name = QLineEdit(self)
        self.room = QLineEdit(self)
        self.chair = QLineEdit(self)
        self.note_taker = QLineEdit(self)
        self.members = QPlainTextEdit(self)
        self.members.setPlaceholderText(self.tr("One name per line"))
        self.members.setFixedHeight(110)
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setStyleSheet("color: #ff8a80;")
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Room"), self.room)
        form.addRow(self.tr("Chair"), self.chair)
        form.addRow(self.tr("Note-taker"), self.note_taker)
        form.addRow(self.tr("Members"), self.members)
        buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("Add group"), self.add_group),
            (self.tr("Move up"), lambda: self.move_current(-1)),
            (self.tr("Move down"), lambda: self.move_current(1)),
            (self.tr("Remove"), self.remove_current),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save_current)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.message)
        right.addStretch(1)
        right.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        top = QHBoxLayout()
        top.addWidget(self.list, 1)
        top.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addLayout(buttons)
        self.resize(720, 420)
        self.reload()

    def reload(self, select: int | None = None) -> None:
        row = self.list.currentRow() if select is None else select
        self._groups = self._store.groups()
        self.list.blockSignals(True)
        self.list.clear()
        self.list.addItems([g.name for g in self._groups])
        self.list.blockSignals(False)
        if self._groups:
            self.list.setCurrentRow(max(0, min(row, len(self._groups) - 1)))
        self._load_fields(self.list.currentRow())

    def current(self) -> SessionGroup | None:
        row = self.list.currentRow()
        return self._groups[row] if 0 <= row < len(self._groups) else None

    def _load_fields(self, row: int) -> None:
        group = self._groups[row] if 0 <= row < len(self._groups) else None
        self.name.setText(group.name if group else "")
        self.room.setText(group.room or "" if group else "")
        self.chair.setText(group.chair or "" if group else "")
        self.note_taker.setText(group.note_taker or "" if group else "")
        self.members.setPlainText("\n".join(group.members) if group else "")
        self.message.clear()

    def _write(self, action: str, write: object) -> bool:
        assert callable(write)
        try:
            write()
        except (SessionError, ValueError) as exc:
            self.message.setText(f"{action}: {exc}")
            return False
        self.changed.emit()
        return True

    def add_group(self) -> None:
        name = self.tr("Group %1").replace("%1", str(len(self._groups) + 1))
        if self._write(self.tr("Could not add the group"), lambda: self._store.add_group(name)):
            self.reload(select=len(self._groups))
            self.name.setFocus()
            self.name.selectAll()

    def save_current(self) -> None:
        group = self.current()
        if group is None:
            return

        def write() -> None:
            self._store.update_group(
                group.id,
                name=self.name.text().strip(),
                room=self.room.text().strip() or None,
                chair=self.chair.text().strip() or None,
                note_taker=self.note_taker.text().strip() or None,
                members=tuple(m.strip() for m in self.members.toPlainText().splitlines() if m.strip()),
            )

        if self._write(self.tr("Could not save the group"), write):
            self.reload()

    def move_current(self, delta: int) -> None:
        group, row = self.current(), self.list.currentRow()
        if group is None or not 0 <= row + delta < len(self._groups):
            return
        if self._write(self.tr("Could not move the group"),
                       lambda: self._store.move_group(group.id, row + delta)):
            self.reload(select=row + delta)

    def remove_current(self) -> None:
        group = self.current()
        if group is not None and self._write(self.tr("Could not remove the group"),
                                             lambda: self._store.remove_group(group.id)):
            self.reload()
