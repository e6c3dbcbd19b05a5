"""The room server's way into the console's session (``RoomBackend``), and the news it brings.

The server calls these methods on its one worker thread, one call at a time.
Each write goes through ``SessionRoom`` into the console's ``SessionStore``,
whose lock makes every transaction whole, so the process holding the session
stays its one writer. The write runs on the worker thread, not the UI
thread: a commit waits for fsync (4 ms median on the CI machine, tens of ms on a
busy disk), and the projector and the editor share the UI thread. What the
UI thread gets is the news, as queued signals: ``notes_saved`` (one per batch of
saves the server commits together), ``follow_ups_changed``,
``done_changed``. Their slots only copy the saved text into the views, well
under the 2 ms a remote save may cost the UI thread (``python -m bench``).

A device and the console's editor typing into the same cell: before a
device's save the editor's pending text is committed (``AutosaveWriter.flush``),
so ``SessionRoom`` sees it as the current version and merges the device's
text with it instead of replacing it. Keystrokes typed after that flush are
committed naming the version they were typed from, and the writer merges them
with the device's save in the same way (``app.session.merge.save_typed``).

``close`` (sharing stops) makes every later call fail at once, so stopping
the server never waits for a call that waits for the console.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from app.event.model import Event
from app.share.room import NoteRequest, RoomInputError, SessionRoom

if TYPE_CHECKING:
    from app.session import AutosaveWriter, SessionStore
    from app.share.room import NoteSaved


class ConsoleRoom(QObject):
    """``RoomBackend`` for the console. Signals arrive on the UI thread:
    ``notes_saved(list[tuple[group_id, NoteSaved]])`` once per batch the server
    hands over, ``follow_ups_changed(group_id)``,
    ``done_changed(group_id, at)`` with ``at`` the time the group said it was done, or None."""

    notes_saved = Signal(object)
    follow_ups_changed = Signal(int)
    done_changed = Signal(int, object)

    def __init__(self, store: SessionStore, event: Event, writer: AutosaveWriter | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._room = SessionRoom(store, event)
        self._writer = writer
        self._closed = threading.Event()

    def close(self) -> None:
        """Refuse every call from now on (sharing stopped)."""
        self._closed.set()

    def _check_open(self) -> None:
        if self._closed.is_set():
            raise RoomInputError("sharing has stopped")

    # --- RoomBackend, on the server's worker thread ------------------------------------

    def group_state(self, group_id: int) -> dict[str, Any]:
        self._check_open()
        return self._room.group_state(group_id)

    def save_notes(self, requests: Sequence[NoteRequest]) -> list[NoteSaved | RoomInputError]:
        self._check_open()
        if self._writer is not None:
            self._writer.flush()  # the editor's text becomes a version the devices' merge with
        answers = self._room.save_notes(requests)
        saved = [(request.group_id, answer) for request, answer in zip(requests, answers, strict=True)
                 if not isinstance(answer, RoomInputError)]
        if saved:
            self.notes_saved.emit(saved)  # one hop to the UI thread per batch
        return answers

    def add_follow_up(self, group_id: int, text: str) -> None:
        self._check_open()
        self._room.add_follow_up(group_id, text)
        self.follow_ups_changed.emit(group_id)

    def update_follow_up(self, group_id: int, follow_up_id: int, text: str) -> None:
        self._check_open()
        self._room.update_follow_up(group_id, follow_up_id, text)
        self.follow_ups_changed.emit(group_id)

    def remove_follow_up(self, group_id: int, follow_up_id: int) -> None:
        self._check_open()
        self._room.remove_follow_up(group_id, follow_up_id)
        self.follow_ups_changed.emit(group_id)

    def set_done(self, group_id: int, done: bool) -> None:
        self._check_open()
        self._room.set_done(group_id, done)
        self.done_changed.emit(group_id, dt.datetime.now(dt.UTC) if done else None)
