"""The speaker notes: plain text, scrollable, zoomable from the keyboard.

It never takes keyboard focus, so the arrow keys and Space always reach the
slide controls rather than scrolling the notes; the mouse wheel scrolls.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from app.presenting.presentation import Presentation

MIN_POINTS = 10
MAX_POINTS = 48
DEFAULT_POINTS = 18


class NotesView(QPlainTextEdit):
    """Shows the current slide's notes; ``zoom(+1/-1)`` changes the size by steps."""

    def __init__(self, presentation: Presentation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._presentation = presentation
        self.setReadOnly(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.setPlaceholderText(self.tr("No speaker notes for this slide."))
        self.set_point_size(DEFAULT_POINTS)
        unsubscribe = presentation.changed.subscribe(self._show_current)
        self.destroyed.connect(lambda *_: unsubscribe())
        self._shown: str | None = None
        self._show_current()

    @property
    def point_size(self) -> int:
        return self.font().pointSize()

    def set_point_size(self, points: int) -> None:
        font = QFont(self.font())
        font.setPointSize(max(MIN_POINTS, min(MAX_POINTS, points)))
        self.setFont(font)

    def zoom(self, steps: int) -> None:
        self.set_point_size(self.point_size + 2 * steps)

    def _show_current(self) -> None:
        slide = self._presentation.slide
        notes = slide.notes if slide is not None else ""
        if notes != self._shown:
            # setPlainText: notes are the author's text, never markup.
            self.setPlainText(notes)
            self._shown = notes
