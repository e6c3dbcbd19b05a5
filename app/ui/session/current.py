"""The open session and its autosave writer, seen from the UI thread.

``app.session`` is imported only when a session is opened (about 70 ms of
imports), so it stays off the path to the first audience frame.

Why ``CurrentSession``: the notes page, the group-work page and the menus all
need "the session, if one is open", and must hear when it opens or closes. The
``AutosaveWriter`` calls back on its own thread; ``CurrentSession`` re-emits those
calls as queued signals, so every slot runs on the UI thread.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

from app.event.model import Event
from app.timing.clock import Clock

if TYPE_CHECKING:
    from app.session import AutosaveWriter, SessionStore, SummaryVersion


class CurrentSession(QObject):
    """The session open in the app, if any: at most one.

    Signals (all on the UI thread): ``opened(store)`` after a session opens,
    ``closing(store)`` just before it closes, ``pending()`` when the editor
    hands over unsaved text, ``saved(list[SummaryVersion])`` after a commit,
    ``save_failed(str)`` with a one-line message when a commit failed (the
    text stays pending and is retried).

    Sharing adds two (``app.ui.share``): ``remote_saved(group_id, task_id, text,
    saved_at, version_id)`` when a group's device saved a summary, and
    ``remote_changed(group_id)`` when one changed the group's follow-up points.
    """

    opened = Signal(object)
    closing = Signal(object)
    pending = Signal()
    saved = Signal(object)
    save_failed = Signal(str)
    remote_saved = Signal(int, str, str, object, int)
    remote_changed = Signal(int)
    _saved_on_writer = Signal(object)
    _failed_on_writer = Signal(str)

    def __init__(self, parent: QObject | None = None, *, max_delay: float = 0.75,
                 clock: Clock | None = None) -> None:
        """``clock`` stamps saved versions (its ``now``) and times the autosave (its
        ``monotonic``; a test moves a fake one and calls ``writer.wake()``); the system
        clock by default."""
        super().__init__(parent)
        self._max_delay = max_delay
        self._clock = clock
        self.store: SessionStore | None = None
        self.writer: AutosaveWriter | None = None
        self._saved_on_writer.connect(self._forward_saved)
        self._failed_on_writer.connect(self._forward_failed)

    @property
    def read_only(self) -> bool:
        return self.store is not None and self.store.read_only

    def open(self, path: Path, event: Event, *, read_only: bool = False) -> SessionStore:
        """Open (or create) ``path`` for ``event``, closing any open session first.

        Raises the store's ``SessionError`` family or ``OSError``; the
        previous session is closed only once the new one has opened.
        ``read_only`` opens an existing file for reading only (a rescued copy).
        """
        from app.session import AutosaveWriter, SessionStore

        if read_only:
            store = SessionStore.open(path, read_only=True)
        elif self._clock is None:
            store = SessionStore.open_or_create(path, event)
        else:
            store = SessionStore.open_or_create(path, event, clock=self._clock.now)
        self.close()
        self.store = store
        if not store.read_only:
            self.writer = AutosaveWriter(
                store,
                max_delay=self._max_delay,
                monotonic=self._clock.monotonic if self._clock is not None else time.monotonic,
                on_saved=self._saved_on_writer.emit,
                on_error=lambda exc: self._failed_on_writer.emit(str(exc)),
            )
        self.opened.emit(store)
        return store

    def submit(self, group_id: int, task_id: str, text: str, *, base: int | None) -> None:
        """Hand the editor's text, typed from version ``base``, to the writer; costs
        microseconds on the UI thread."""
        if self.writer is None:
            return
        self.writer.submit(group_id, task_id, text, base=base)
        self.pending.emit()

    def flush(self) -> None:
        """Commit everything handed over; a failure is reported through ``save_failed``."""
        if self.writer is None:
            return
        try:
            self.writer.flush()
        except Exception as exc:  # shown in the editor's status, the text stays pending
            self.save_failed.emit(str(exc))

    def close(self) -> None:
        """Flush, stop the writer and close the file (closing the app calls this)."""
        store = self.store
        if store is None:
            return
        self.closing.emit(store)
        if self.writer is not None:
            try:
                self.writer.close()
            except Exception as exc:  # the last text could not be written: say so
                self.save_failed.emit(str(exc))
            self.writer = None
        self.store = None
        store.close()

    @Slot(object)
    def _forward_saved(self, versions: list[SummaryVersion]) -> None:
        self.saved.emit(versions)

    @Slot(str)
    def _forward_failed(self, message: str) -> None:
        self.save_failed.emit(message)
