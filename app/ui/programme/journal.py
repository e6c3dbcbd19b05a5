"""The day's rundown with its marks written into the session, for the report.

No Qt: the programme page, the group-work round and the tests mark items
through ``ProgrammeJournal``, which keeps the ``Rundown`` and, when a session
is open and writable, logs every actual start and end there (an item started
while another runs finishes that one, and both are logged). Opening the app
again replays the session's log into the rundown, so the delay survives a
restart; marks made before a session was opened are written into it when it
opens (the session's own marks win for the items it has).
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from dataclasses import replace
from typing import TYPE_CHECKING

from app.event.model import Event
from app.timing.clock import Clock
from app.timing.rundown import LogEntry, Rundown, is_event_day

if TYPE_CHECKING:
    from app.session import SessionStore
    from app.ui.programme.follow import FollowNote

log = logging.getLogger(__name__)


class ProgrammeJournal:
    """One ``Rundown`` for today, logged into ``session`` (None: no session open).

    Today is the event's day, or a rehearsal of it (``Rundown.rehearsal``).
    """

    def __init__(self, event: Event, clock: Clock, session: SessionStore | None = None) -> None:
        self._event = event
        self._clock = clock
        self.session = session
        today = clock.now().date()
        rehearsal = not is_event_day(today, event.info.date, event.info.end_date)
        self.rundown = Rundown(event.agenda, today, clock, rehearsal=rehearsal)
        self.changed = self.rundown.changed
        self.follow = True  # whether RundownFollower's rules mark items (the Program page's box)
        self.note: FollowNote | None = None  # what a follow rule last marked, until a mark by hand
        self._replay()

    @property
    def event(self) -> Event:
        return self._event

    def use_session(self, session: SessionStore | None) -> None:
        """Log into ``session`` from now on (None: stop logging), merging its marks with ours.

        The session's marks are replayed; the marks made here before it opened,
        for items it has none of, are kept and written into it.
        """
        self.session = session
        self._replay()

    def set_follow(self, follow: bool) -> None:
        self.follow = follow
        self.changed.notify()

    def set_note(self, note: FollowNote | None) -> None:
        """Say what a follow rule just marked (None: nothing to say)."""
        self.note = note
        self.changed.notify()

    def start(self, index: int) -> None:
        """Mark item ``index`` started now (the running item, if another, finishes)."""
        self.note = None
        before = self.rundown.log()
        self.rundown.start(index)
        self._record(before)

    def finish(self, index: int) -> None:
        self.note = None
        before = self.rundown.log()
        self.rundown.finish(index)
        self._record(before)

    def next_index(self) -> int | None:
        """The item a "start next" button means: after the running or last finished one."""
        entries = self.rundown.log()
        current = self.rundown.current()
        if current is not None:
            return current + 1 if current + 1 < len(entries) else None
        finished = [i for i, e in enumerate(entries) if e.actual_end is not None]
        following = max(finished) + 1 if finished else 0
        return following if following < len(entries) else None

    def groupwork_index(self) -> int | None:
        """The group-work agenda item a round belongs to: the first not yet finished."""
        marked = [i for i, item in enumerate(self._event.agenda) if item.groupwork]
        entries = self.rundown.log()
        for index in marked:
            if entries[index].actual_end is None:
                return index
        return marked[0] if marked else None

    def _record(self, before: tuple[LogEntry, ...]) -> None:
        store = self.session
        if store is None or store.read_only:
            return
        after = self.rundown.log()
        try:
            with store.transaction():
                for index, (old, new) in enumerate(zip(before, after, strict=True)):
                    if new.actual_start is not None and new.actual_start != old.actual_start:
                        store.log_agenda_start(index, new.title, _time(new.planned_start),
                                               _time(new.planned_end), at=new.actual_start)
                    if new.actual_end is not None and new.actual_end != old.actual_end:
                        store.log_agenda_end(index, at=new.actual_end)
        except (OSError, sqlite3.Error, _session_error()) as error:
            # The rundown on screen is still right; the report will miss this mark.
            log.warning("could not log the rundown into %s: %s", store.path, error)

    def _replay(self) -> None:
        if self.session is None:
            return
        entries = self.rundown.log()
        saved = {e.index: e for e in self.session.agenda_log()
                 if e.index < len(entries) and e.actual_start is not None}
        tz = _tz(self._clock)
        marks: dict[int, tuple[dt.datetime, dt.datetime | None]] = {
            index: (entry.actual_start, entry.actual_end)
            for index, entry in enumerate(entries)
            if entry.actual_start is not None
        }
        for index, entry in saved.items():
            assert entry.actual_start is not None
            end = entry.actual_end.astimezone(tz) if entry.actual_end else None
            marks[index] = (entry.actual_start.astimezone(tz), end)
        for index, (start, end) in sorted(marks.items(), key=lambda mark: mark[1][0]):
            self.rundown.start(index, at=start)
            if end is not None:
                self.rundown.finish(index, at=end)
        as_saved = tuple(
            replace(entry, actual_start=saved[i].actual_start, actual_end=saved[i].actual_end)
            if i in saved else replace(entry, actual_start=None, actual_end=None)
            for i, entry in enumerate(entries)
        )
        self._record(as_saved)  # writes what the session lacks: the marks made before it opened


def _time(moment: dt.datetime) -> dt.time:
    return moment.time().replace(tzinfo=None)


def _tz(clock: Clock) -> dt.tzinfo | None:
    return clock.now().tzinfo


def _session_error() -> type[Exception]:
    """The session's error class, imported only once a session is open (startup stays lean)."""
    from app.session import SessionError

    return SessionError
