"""The event file's problems, in the console: a save that cannot be loaded, or warnings.

When a saved event file cannot be loaded, the projector keeps the last good
version; the banner says so. When it loads with warnings (a missing picture,
an unknown key), at start or on a save, the banner lists them too: the
facilitator at the laptop never sees the terminal. Each problem is shown as
``FILE:LINE:COL: message`` (plain text: it quotes the author's file).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.event.model import Problem
from app.ui.text_fields import selectable_without_focus


class ProblemsBanner(QFrame):
    """Hidden until ``show_problems``; the close button or a good reload hides it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: 700;")
        self.details = QLabel()
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        selectable_without_focus(self.details)
        self.details.setWordWrap(True)
        close = QPushButton(self.tr("Dismiss"))
        close.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        close.clicked.connect(self.hide)
        text = QVBoxLayout()
        text.addWidget(self.heading)
        text.addWidget(self.details)
        layout = QHBoxLayout(self)
        layout.addLayout(text, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_problems(self, problems: Sequence[Problem]) -> None:
        """A save that could not be loaded: the projector still shows the last good version."""
        self.heading.setText(
            self.tr("The event file has problems. Still showing the last version that loaded."))
        self._show(problems)

    def show_warnings(self, warnings: Sequence[Problem]) -> None:
        """The event loaded, but ``plenum check`` would warn; hidden when there are none."""
        if not warnings:
            self.hide()
            return
        self.heading.setText(self.tr("The event file loaded, but has problems to fix:"))
        self._show(warnings)

    def _show(self, problems: Sequence[Problem]) -> None:
        self.details.setText("\n".join(str(problem) for problem in problems))
        self.show()
