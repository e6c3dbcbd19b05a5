"""An empty mode page, kept in place until its feature fills it.

The console's mode switch and Ctrl+1…4 already work for every mode; the
group-work, notes and programme features replace these pages through
``PresenterConsole.set_mode_page``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlaceholderPage(QWidget):
    def __init__(self, mode_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        label = QLabel(self.tr("%1 is not available in this version yet.").replace("%1", mode_name))
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setProperty("role", "placeholder")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
