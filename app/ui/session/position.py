"""The presenter's slide, remembered in the session so a restart can resume there.

Writing on every key press would put a commit (an fsync) on the navigation
path; instead the position is written once navigation has rested for
``DELAY_MS``, and on close. The write is one small row.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from app.presenting.presentation import Presentation
from app.session import SessionError, SessionStore

STATE_KEY = "presenter.slide"
DELAY_MS = 800


class PositionKeeper(QObject):
    """Writes ``presenter.slide`` into ``store`` after the slide changes."""

    def __init__(self, presentation: Presentation, store: SessionStore,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._presentation = presentation
        self._store = store
        self._written: int | None = store.get_state(STATE_KEY)
        self._timer = QTimer(self, singleShot=True, interval=DELAY_MS)
        self._timer.timeout.connect(self.write)
        self._unsubscribe: Callable[[], None] = presentation.changed.subscribe(self._on_changed)

    def _on_changed(self) -> None:
        if self._presentation.index != self._written:
            self._timer.start()

    def write(self) -> None:
        self._timer.stop()
        index = self._presentation.index
        if index == self._written or self._store.read_only:
            return
        try:
            self._store.set_state(STATE_KEY, index)
        except (SessionError, sqlite3.Error):
            return  # the position is a convenience; the notes' errors are shown elsewhere
        self._written = index

    def stop(self) -> None:
        """Write what is pending and stop watching (before the store closes)."""
        self._unsubscribe()
        self.write()


def saved_position(store: SessionStore) -> int | None:
    value = store.get_state(STATE_KEY)
    return value if isinstance(value, int) else None
