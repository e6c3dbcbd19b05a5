"""The projector's window: the content and nothing else.

No frame, no menus, no dialogs; the mouse cursor disappears after two seconds
without movement. It draws whatever the model says the audience sees and
passes every key to the shared keyboard controller (a clicker may be talking
to this window).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QCursor, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.presenting.presentation import Presentation
from app.ui.content_view import ContentView, audience
from app.ui.keys import KeyboardController
from app.ui.slide_images import SlideImages

CURSOR_HIDE_MS = 2000


class AudienceWindow(QWidget):
    """Fullscreen on the projector; placement is decided by ``ScreenPlacement``."""

    def __init__(self, presentation: Presentation, images: SlideImages, keys: KeyboardController) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self._keys = keys
        self.setWindowTitle(self.tr("Plenum: projector"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.view = ContentView(
            presentation, images, audience(presentation), self, prewarm_next=True, direct=True,
            immediate=True,
        )
        self.view.setMouseTracking(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self._cursor_timer = QTimer(self, singleShot=True, interval=CURSOR_HIDE_MS)
        # Named: a report of timers left running says which, and tests find it to play out
        # the two still seconds without waiting for them.
        self._cursor_timer.setObjectName("cursorhide")
        self._cursor_timer.timeout.connect(self._hide_cursor)
        self._cursor_timer.start()

    @property
    def cursor_hidden(self) -> bool:
        return self.cursor().shape() == Qt.CursorShape.BlankCursor

    def event(self, event: QEvent) -> bool:
        # Tab would otherwise move focus before keyPressEvent sees it.
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and self._keys.handle(event):
            return True
        return super().event(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self.unsetCursor()
        self._cursor_timer.start()
        super().mouseMoveEvent(event)

    def _hide_cursor(self) -> None:
        self.setCursor(QCursor(Qt.CursorShape.BlankCursor))

    def closeEvent(self, event: QCloseEvent) -> None:
        self._cursor_timer.stop()
        self.view.stop_timers()
        super().closeEvent(event)
