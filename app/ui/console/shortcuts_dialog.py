"""The shortcuts help (?), drawn from the same table the keys are bound from.

The keys are listed under their mode (``keys.Section``), in two columns so
the whole table fits a laptop screen: everywhere and presentation on the
left, group work and notes on the right.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.ui.console.style import BACKGROUND
from app.ui.keys import BINDINGS, Section, describe

COLUMNS = ((Section.EVERYWHERE, Section.PRESENTATION), (Section.GROUPWORK, Section.NOTES))


class ShortcutsDialog(QDialog):
    """A non-modal list of every key, by mode; closes with Esc or ?."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        # Dark like the console (the console's style colours the labels, not a dialog's background).
        self.setStyleSheet(f"QDialog {{ background: {BACKGROUND}; }} QLabel {{ color: #e8e8e8; }}")
        self.headings: list[QLabel] = []
        layout = QVBoxLayout(self)
        # The rule of app.ui.text_fields, where the keys are looked up.
        self.typing_rule = QLabel(self.tr(
            "While a text or number field has the cursor, plain keys type in it; "
            "Ctrl keys, Esc and F-keys still work. Click the preview to give the keys back to the slides."))
        self.typing_rule.setWordWrap(True)
        self.typing_rule.setStyleSheet("color: #f2c94c;")
        layout.addWidget(self.typing_rule)
        columns = QHBoxLayout()
        columns.setSpacing(40)
        layout.addLayout(columns)
        for sections in COLUMNS:
            grid = QGridLayout()
            grid.setHorizontalSpacing(24)
            grid.setVerticalSpacing(6)
            for section in sections:
                self._add_section(grid, section)
            grid.setRowStretch(grid.rowCount(), 1)
            columns.addLayout(grid)

    def _add_section(self, grid: QGridLayout, section: Section) -> None:
        row = grid.rowCount()
        heading = QLabel(section.heading())
        heading.setStyleSheet("color: #5ccf7a; font-weight: 700; font-size: 15px; padding-top: 8px;")
        self.headings.append(heading)
        grid.addWidget(heading, row, 0, 1, 2)
        for binding in (b for b in BINDINGS if b.section is section):
            row += 1
            keys = QLabel(binding.label)
            keys.setTextFormat(Qt.TextFormat.PlainText)
            keys.setStyleSheet("font-weight: 700;")
            what = QLabel(describe(binding))
            what.setTextFormat(Qt.TextFormat.PlainText)
            grid.addWidget(keys, row, 0)
            grid.addWidget(what, row, 1)
