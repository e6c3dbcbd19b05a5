"""What a group-work round leaves in the session: its timer log and its state.

No Qt. Every round action goes into the session's timer log (for the
report), and the whole round is saved under the ``ROUND_STATE_KEY`` state on
every change (so a restart can ``GroupworkRound.resume_from`` it). A missing or read-only
session only skips the writing. The rundown marks that starting and ending
the round make are ``app.ui.programme.follow``'s.
"""

from __future__ import annotations

import logging
import sqlite3
from typing import TYPE_CHECKING, Any

from app.presenting.groupwork import ROUND_STATE_KEY, GroupworkRound, RoundAction
from app.ui.programme.journal import ProgrammeJournal

if TYPE_CHECKING:
    from app.session import SessionStore

log = logging.getLogger(__name__)


class RoundRecorder:
    """Listens to ``round`` and writes into ``journal``'s session."""

    def __init__(self, round_: GroupworkRound, journal: ProgrammeJournal) -> None:
        self._round = round_
        self._journal = journal
        self._saved: dict[str, Any] | None = None
        self._unsubscribe = (round_.subscribe_actions(self._on_action), round_.changed.subscribe(self.save))

    @property
    def session(self) -> SessionStore | None:
        return self._journal.session

    def close(self) -> None:
        for unsubscribe in self._unsubscribe:
            unsubscribe()

    def save(self) -> None:
        """Persist the round's state if it changed since the last save."""
        state = self._round.to_state()
        if state != self._saved:
            self._saved = state
            self._write(lambda store: store.set_state(ROUND_STATE_KEY, state))

    def _on_action(self, action: RoundAction) -> None:
        self._write(lambda store: store.log_timer_event(action.kind, action.label, action.detail))

    def _write(self, write: Any) -> None:
        store = self.session
        if store is None or store.read_only:
            return
        try:
            write(store)
        except (OSError, sqlite3.Error, _session_error()) as error:
            log.warning("could not record group work in %s: %s", store.path, error)


def _session_error() -> type[Exception]:
    """The session's error class, imported only once a session is open (startup stays lean)."""
    from app.session import SessionError

    return SessionError
