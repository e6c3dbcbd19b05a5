"""The shortcuts help (?), drawn from the same table the keys are bound from."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QGridLayout, QLabel, QWidget

from app.ui.keys import BINDINGS, describe


class ShortcutsDialog(QDialog):
    """A non-modal list of every key; closes with Esc or ?."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(6)
        for row, binding in enumerate(BINDINGS):
            keys = QLabel(binding.label)
            keys.setTextFormat(Qt.TextFormat.PlainText)
            keys.setStyleSheet("font-weight: 700;")
            what = QLabel(describe(binding))
            what.setTextFormat(Qt.TextFormat.PlainText)
            grid.addWidget(keys, row, 0)
            grid.addWidget(what, row, 1)
