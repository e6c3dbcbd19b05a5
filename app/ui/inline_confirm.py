"""A button that asks once more, inline, before it does something that loses time.

No dialog: an accidental click must not lose the talk's or the round's time, and a
modal box would steal the clicker's keys. The talk clock and the group-work round
controls both reset this way; each passes its own (already translated) words.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget


class InlineConfirm(QWidget):
    """``ask_button`` shows ``confirm_button`` and ``cancel_button`` in its place;
    confirming calls ``on_confirm``. None of the buttons takes the keyboard focus."""

    def __init__(self, ask: str, confirm: str, cancel: str, on_confirm: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._on_confirm = on_confirm
        self.ask_button = QPushButton(ask)
        self.confirm_button = QPushButton(confirm)
        self.confirm_button.setProperty("role", "danger")
        self.cancel_button = QPushButton(cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for button in (self.ask_button, self.confirm_button, self.cancel_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            layout.addWidget(button)
        self.ask_button.clicked.connect(lambda: self._asking(True))
        self.cancel_button.clicked.connect(lambda: self._asking(False))
        self.confirm_button.clicked.connect(self._confirm)
        self._asking(False)

    def _asking(self, asking: bool) -> None:
        self.ask_button.setVisible(not asking)
        self.confirm_button.setVisible(asking)
        self.cancel_button.setVisible(asking)

    def _confirm(self) -> None:
        self._asking(False)
        self._on_confirm()
