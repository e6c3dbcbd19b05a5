"""What the room is doing, per group: devices connected, when they last typed, «ferdig».

Kept on the UI thread from the ``ConsoleRoom``'s signals (a save, «Vi er
ferdige») and the server's connection counts, which Gruppearbeid asks for
while it is shown. On start it reads the session once, so a restart still
knows who typed and who said they were done.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from app.session import SessionStore
    from app.share.room import NoteSaved
    from app.ui.share.console_room import ConsoleRoom


class RoomActivity(QObject):
    """``changed()`` after a group typed or said it was done (or undid it)."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.last_typed: dict[int, dt.datetime] = {}
        self.done: dict[int, dt.datetime] = {}

    def follow(self, store: SessionStore, room: ConsoleRoom) -> None:
        """Start from what the session says, then follow ``room``'s news."""
        from app.session import DEVICE_SOURCE
        from app.share.room import DONE_KEY

        self.last_typed.clear()
        self.done.clear()
        for group in store.groups():
            current = store.summaries(group.id).values()
            device_saves = [v.saved_at for v in current if v.source == DEVICE_SOURCE]
            if device_saves:
                self.last_typed[group.id] = max(device_saves)
        marks: Any = store.get_state(DONE_KEY, {})
        for key, at in (marks.items() if isinstance(marks, dict) else ()):
            try:
                self.done[int(key)] = dt.datetime.fromisoformat(str(at))
            except ValueError:
                continue
        room.notes_saved.connect(self._typed)
        room.done_changed.connect(self._done)
        self.changed.emit()

    def _typed(self, batch: list[tuple[int, NoteSaved]]) -> None:
        for group_id, saved in batch:
            self.last_typed[group_id] = saved.saved_at
        self.changed.emit()

    def _done(self, group_id: int, at: dt.datetime | None) -> None:
        if at is None:
            self.done.pop(group_id, None)
        else:
            self.done[group_id] = at
        self.changed.emit()
