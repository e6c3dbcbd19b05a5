"""The Presentasjon mode: current slide large, next slide, notes, position and time."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QBoxLayout, QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from app.presenting.presentation import Presentation
from app.ui.console.notes_view import NotesView
from app.ui.console.style import BACKGROUND, caption
from app.ui.console.talk_clock import TalkClock
from app.ui.content_view import ContentView, current_slide, next_slide
from app.ui.keys import KeyboardController
from app.ui.slide_images import SlideImages

ROW_SPACING = 24


class StatusLine(QWidget):
    """The slide's position, then the talk's clock: on one line where they fit, else the
    clock under the position.

    Its width is what the column gives it (it never widens the console): in a
    1024 px window «Lysbilde 12 / 18», the pace and «Ja, nullstill tiden» pushed
    the console past the screen's edge. Decided again whenever its parts'
    sizes change (the pace badge appearing, the reset question), not only on a resize.
    """

    def __init__(self, position: QWidget, typed_number: QWidget, talk_clock: QWidget,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._talk_clock = talk_clock
        self._first = QHBoxLayout()
        self._first.addWidget(position)
        self._first.addWidget(typed_number)
        self._first.addStretch(1)
        self._box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._box.setSpacing(ROW_SPACING)
        self._box.addLayout(self._first, 0)
        self._box.addWidget(talk_clock, 1)
        policy = self.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
        self.setSizePolicy(policy)

    def one_line(self) -> bool:
        return self._box.direction() == QBoxLayout.Direction.LeftToRight

    def _arrange(self) -> None:
        needed = self._first.sizeHint().width() + ROW_SPACING + self._talk_clock.sizeHint().width()
        fits = needed <= self.width()
        if fits != self.one_line():
            self._box.setDirection(QBoxLayout.Direction.LeftToRight if fits
                                   else QBoxLayout.Direction.TopToBottom)
            self._box.setSpacing(ROW_SPACING if fits else 4)

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            self._arrange()
        return super().event(event)


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

        self.status = StatusLine(self.position, self.typed_number, self.talk_clock, self)

        left = QVBoxLayout()
        left.addWidget(caption(self.tr("CURRENT SLIDE")))
        left.addWidget(self.current, 1)
        left.addWidget(self.status)

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
