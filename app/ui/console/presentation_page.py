"""The Presentasjon mode: current slide large, next slide, notes, position and time."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.presenting.presentation import Presentation
from app.ui.console.notes_view import NotesView
from app.ui.console.style import BACKGROUND, caption
from app.ui.console.talk_clock import TalkClock
from app.ui.content_view import ContentView, current_slide, next_slide
from app.ui.keys import KeyboardController
from app.ui.slide_images import SlideImages


class PresentationPage(QWidget):
    """Left: the current slide and the talk's status; right: next slide and notes."""

    def __init__(
        self,
        presentation: Presentation,
        images: SlideImages,
        keys: KeyboardController,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._presentation = presentation
        self._keys = keys
        self.current = ContentView(
            presentation,
            images,
            current_slide(presentation),
            self,
            surround=QColor(BACKGROUND),
            prewarm_next=True,
            direct=True,
        )
        self.next = ContentView(
            presentation,
            images,
            next_slide(presentation),
            self,
            surround=QColor(BACKGROUND),
            empty_text=self.tr("End"),
            after_first_frame=True,  # the current slide first
        )
        self.notes = NotesView(presentation, self)
        self.position = QLabel()
        self.position.setProperty("role", "big-number")
        self.typed_number = QLabel()
        self.typed_number.setProperty("role", "badge")
        self.typed_number.setStyleSheet("background: #f2c94c; color: #101214;")
        self.talk_clock = TalkClock(presentation, self)

        status = QHBoxLayout()
        status.addWidget(self.position)
        status.addWidget(self.typed_number)
        status.addSpacing(24)
        status.addWidget(self.talk_clock, 1)

        left = QVBoxLayout()
        left.addWidget(caption(self.tr("CURRENT SLIDE")))
        left.addWidget(self.current, 1)
        left.addLayout(status)

        right = QVBoxLayout()
        right.addWidget(caption(self.tr("NEXT")))
        right.addWidget(self.next, 2)
        right.addSpacing(8)
        right.addWidget(caption(self.tr("SPEAKER NOTES  (Ctrl+plus / Ctrl+minus)")))
        right.addWidget(self.notes, 3)

        grid = QGridLayout(self)
        grid.setContentsMargins(12, 8, 12, 12)
        grid.setHorizontalSpacing(16)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)

        unsubscribe = presentation.changed.subscribe(self._show_position)
        unsubscribe_keys = keys.typed_number_changed.subscribe(self._show_typed_number)
        self.destroyed.connect(lambda *_: (unsubscribe(), unsubscribe_keys()))
        self._show_position()
        self._show_typed_number()

    def _show_position(self) -> None:
        count = self._presentation.slide_count
        number = self._presentation.index + 1 if count else 0
        self.position.setText(self.tr("Slide %1 / %2").replace("%1", str(number)).replace("%2", str(count)))

    def _show_typed_number(self) -> None:
        typed = self._keys.typed_number
        self.typed_number.setVisible(bool(typed))
        self.typed_number.setText(self.tr("Go to %1 ↵").replace("%1", typed))
        self.typed_number.setAlignment(Qt.AlignmentFlag.AlignCenter)
