"""Coming back after a crash: the same slide, projector, countdowns and notes.

While a session is open for writing, its state holds ``app.running = True``
and the projector's state (``app.audience``: black/white, frozen slide or
group-work view); a normal close sets ``app.running`` to False. Finding it
still True on the next open means Plenum did not exit normally (a crash, a
kill, a flat battery): the console offers to continue where it was, and
``plenum --resume`` does so at once. The slide is the session's
``presenter.slide``, the countdowns come back at their true remaining time
(the group-work round's ``countdown`` state, derived from timestamps), and
the note-taker's text is already in the session, saved as it was typed.
"""

from __future__ import annotations

import contextlib
import sqlite3
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from app.presenting.content import Blank, Frozen
from app.presenting.presentation import Presentation
from app.ui.faults.notices import NoticeArea

if TYPE_CHECKING:
    from app.session import SessionStore
    from app.ui.groupwork.controls import GroupworkControls
    from app.ui.session.controls import SessionControls

RUNNING_KEY = "app.running"
AUDIENCE_KEY = "app.audience"


def audience_state(presentation: Presentation) -> dict[str, Any]:
    """What the projector shows, beyond the slide: enough to put it back after a restart."""
    content = presentation.content
    return {
        "blank": content.colour if isinstance(content, Blank) else None,
        "frozen": content.index if isinstance(content, Frozen) else None,
        "groupwork": getattr(content, "view", None),
    }


class CrashResume(QObject):
    """Marks the open session as running, and offers (or, with ``auto``, does) the resume."""

    def __init__(self, presentation: Presentation, sessions: SessionControls,
                 groupwork: GroupworkControls, notices: NoticeArea) -> None:
        super().__init__(notices)
        self.auto = False
        self.crashed = False
        self._presentation = presentation
        self._sessions = sessions
        self._groupwork = groupwork
        self._notices = notices
        self._store: SessionStore | None = None
        self._written: dict[str, Any] | None = None
        self._unsubscribe = presentation.changed.subscribe(self._record_audience)
        sessions.holder.opened.connect(self._on_opened)
        sessions.holder.closing.connect(self._on_closing)

    def _on_opened(self, store: SessionStore) -> None:
        if store.read_only:
            return
        self.crashed = store.get_state(RUNNING_KEY) is True
        self._store = store
        self._written = store.get_state(AUDIENCE_KEY)
        saved = self._written
        self._write(RUNNING_KEY, True)
        if not self.crashed:
            return
        if self.auto:
            self.resume(store, saved)
            return
        self._notices.show_notice(
            "resume", self.tr("Plenum did not shut down normally. Continue where you were?"),
            self.tr("The notes are saved. Continuing goes back to the slide, the projector and the "
                    "countdowns as they were."),
            [(self.tr("Continue where I was"), lambda: self.resume(store, saved))], tone="info")

    def resume(self, store: SessionStore, audience: dict[str, Any] | None) -> None:
        """Put the slide, the group-work round and the projector back as they were."""
        from app.ui.session.position import saved_position

        presentation = self._presentation
        index = saved_position(store)
        self._groupwork.resume(store)
        audience = audience or {}
        frozen = audience.get("frozen")
        if isinstance(frozen, int):
            presentation.go_to(frozen)
            presentation.toggle_freeze()
        if index is not None:
            presentation.go_to(index)
        view = audience.get("groupwork")
        if view in ("task", "all", "time"):
            self._groupwork.controller.show(view)
        blank = audience.get("blank")
        if blank == "black":
            presentation.toggle_black()
        elif blank == "white":
            presentation.toggle_white()
        self._notices.dismiss("resume")

    def stop(self) -> None:
        self._unsubscribe()

    def _on_closing(self, store: SessionStore) -> None:
        if store is self._store:
            self._record_audience()
            self._write(RUNNING_KEY, False)  # a clean shutdown
            self._store = None

    def _record_audience(self) -> None:
        if self._store is None:
            return
        state = audience_state(self._presentation)
        if state != self._written:
            self._written = state
            self._write(AUDIENCE_KEY, state)

    def _write(self, key: str, value: Any) -> None:
        from app.session import SessionError

        store = self._store
        if store is None:
            return
        # Resuming is a convenience; a failing session is reported by the notes page.
        with contextlib.suppress(SessionError, sqlite3.Error):
            store.set_state(key, value)
