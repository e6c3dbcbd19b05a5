"""Time from an input event to the end of the repaint that shows its result.

Qt repaints a top-level widget when it handles ``QEvent.UpdateRequest``: it
sends ``Paint`` to every dirty child, then flushes the backing store. The
probe's event filter handles that request itself (calling the window's own
``event``) so it can stamp the moment the whole frame is done, and counts
the request only if the watched content widget was painted within it.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget


class FrameProbe(QObject):
    def __init__(self, window: QWidget, content: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._content = content
        self._armed = False
        self._content_painted = False
        self._frame_done: float | None = None
        self._loop = QEventLoop(self)
        self._timeout = QTimer(self, singleShot=True)
        self._timeout.timeout.connect(self._loop.quit)
        window.installEventFilter(self)
        content.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._content and kind == QEvent.Type.Paint:
            self._content_painted = True
        elif watched is self._window and kind == QEvent.Type.UpdateRequest and self._armed:
            self._content_painted = False
            handled = self._window.event(event)
            if self._content_painted:
                self._frame_done = time.perf_counter()
                self._armed = False
                self._loop.quit()
            return handled
        return False

    def press(self, target: QWidget, key: Qt.Key, timeout_s: float) -> float:
        """Seconds from just before the key press to the end of the frame that shows it."""
        self._frame_done = None
        self._armed = True
        start = time.perf_counter()
        QTest.keyClick(target, key)
        if self._frame_done is None:
            self._timeout.start(round(timeout_s * 1000))
            self._loop.exec()
            self._timeout.stop()
        self._armed = False
        if self._frame_done is None:
            raise RuntimeError(f"no audience repaint within {timeout_s} s of {key.name}")
        return self._frame_done - start

    def wait_idle(self, ms: int) -> None:
        QTest.qWait(ms)
