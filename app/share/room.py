"""What the room server reads and writes, and the one writer that does it.

The session file stays the one source of truth with one writer: the process
that holds the session. The server never touches ``SessionStore`` itself; it
calls a ``RoomBackend``:

* ``plenum serve`` (and the tests) use ``SessionRoom``, which writes to the
  store directly. The server calls it on its single worker thread, one call
  at a time, and nothing else writes to that store meanwhile.
* The console's ``ConsoleRoom`` (app/ui/share/console_room.py) runs the
  same ``SessionRoom`` methods on the server's worker thread, through the
  store's lock, after committing the console editor's pending text; the UI
  thread gets the news as queued signals and never waits for a commit (an
  fsync is milliseconds, the UI thread's budget per remote save is 2 ms).

Every method is called on the server's worker thread, never concurrently,
may block, and raises ``RoomInputError`` (the device gets 400 with the
message) for input it refuses; any other exception is a 500 and is logged.
Text limits (``MAX_NOTE_CHARS``, ``MAX_FOLLOW_UP_CHARS``) are checked with
``check_length`` by the server before a call, and by ``SessionRoom`` again;
its ``TextTooLong`` is a 413.

The room's *clock face*, what every page shows of the round, comes from the
owner too: it calls ``round_view(round_, clock)`` on its own thread after
each ``round_.changed`` and hands the dict to ``RoomServer.publish_round``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from app.event.model import Event, Task
from app.presenting.groupwork import GroupworkRound
from app.session import DEVICE_SOURCE, SessionStore, SummaryVersion, UnknownGroupError
from app.session.limits import MAX_FOLLOW_UP_CHARS, MAX_NOTE_CHARS
from app.session.merge import save_typed
from app.timing.clock import Clock
from app.timing.countdown import Countdown

DONE_KEY = "share.done"  # session state: {"<group id>": ISO time the group said it was done}
MAX_FOLLOW_UPS = 100


class RoomInputError(ValueError):
    """A device's request that the backend refuses (unknown task, text too long...)."""


class TextTooLong(RoomInputError):
    """A text over its limit: ``what`` is what the device sent (``"notes"``, ``"a follow-up point"``)."""

    def __init__(self, what: str, limit: int) -> None:
        super().__init__(f"{what} is longer than {limit} characters")


@dataclass(frozen=True)
class NoteSaved:
    """The answer to a device's save.

    ``version``/``text`` are what is current now (merged with others' edits if
    the device typed from an older version); ``own`` is the version that holds
    exactly the device's text, which the device uses as its base if the user
    typed on while the save was under way.
    """

    task_id: str
    version: int
    text: str
    saved_at: dt.datetime
    own: int
    merged: bool


@dataclass(frozen=True)
class NoteRequest:
    """One device's save: its whole text for one task, typed from version ``base`` (None: from nothing)."""

    group_id: int
    task_id: str
    text: str
    base: int | None


class RoomBackend(Protocol):
    """The server's only way into the session; see the module docstring for the threading rules."""

    def group_state(self, group_id: int) -> dict[str, Any]:
        """Name, room, current notes per task, follow-ups and "done" of one group (JSON-ready)."""
        ...

    def save_notes(self, requests: Sequence[NoteRequest]) -> list[NoteSaved | RoomInputError]:
        """Save devices' texts in one commit; one answer per request, in order.

        The server hands over every save that arrived while the previous batch
        was being written, so 50 devices cost a few commits (fsyncs) a second,
        not 50, and the console's UI thread one hop per batch. A request the
        backend refuses gets its ``RoomInputError`` in its place; the others
        are still saved.
        """
        ...

    def add_follow_up(self, group_id: int, text: str) -> None: ...

    def update_follow_up(self, group_id: int, follow_up_id: int, text: str) -> None: ...

    def remove_follow_up(self, group_id: int, follow_up_id: int) -> None: ...

    def set_done(self, group_id: int, done: bool) -> None:
        """The group's "Vi er ferdige" (or its undo)."""
        ...


class SessionRoom:
    """``RoomBackend`` writing straight to ``store``: for ``plenum serve``, the tests, ``ConsoleRoom``."""

    def __init__(self, store: SessionStore, event: Event) -> None:
        self._store = store
        self._task_ids = {task.id for task in event.groupwork.tasks}

    def group_state(self, group_id: int) -> dict[str, Any]:
        group = self._store.group(group_id)
        done = self._done().get(str(group_id))
        return {
            "id": group.id,
            "name": group.name,
            "room": group.room,
            "notes": {task_id: _note(version)
                      for task_id, version in self._store.summaries(group_id).items()},
            "follow_ups": [{"id": f.id, "text": f.text} for f in self._store.follow_ups(group_id)],
            "done": done,
        }

    def save_notes(self, requests: Sequence[NoteRequest]) -> list[NoteSaved | RoomInputError]:
        answers: list[NoteSaved | RoomInputError] = []
        with self._store.transaction():
            for request in requests:
                try:
                    answers.append(self.save_note(request))
                except RoomInputError as error:
                    answers.append(error)
                except UnknownGroupError:
                    answers.append(RoomInputError("this group is no longer in the session"))
        return answers

    def save_note(self, request: NoteRequest) -> NoteSaved:
        """One save (``save_notes`` without the batch): merged if typed from an older version."""
        if request.task_id not in self._task_ids:
            raise RoomInputError(f"no task '{request.task_id}' in this event")
        check_length(request.text, MAX_NOTE_CHARS, "notes")
        saved = save_typed(self._store, request.group_id, request.task_id, request.text,
                           request.base, source=DEVICE_SOURCE)
        current = saved.current
        return NoteSaved(request.task_id, current.id, current.text, current.saved_at, saved.own.id,
                         saved.merged)

    def add_follow_up(self, group_id: int, text: str) -> None:
        check_length(text, MAX_FOLLOW_UP_CHARS, "a follow-up point")
        if not text.strip():
            raise RoomInputError("an empty follow-up point")
        if len(self._store.follow_ups(group_id)) >= MAX_FOLLOW_UPS:
            raise RoomInputError(f"at most {MAX_FOLLOW_UPS} follow-up points per group")
        self._store.add_follow_up(group_id, text)

    def update_follow_up(self, group_id: int, follow_up_id: int, text: str) -> None:
        check_length(text, MAX_FOLLOW_UP_CHARS, "a follow-up point")
        self._own_follow_up(group_id, follow_up_id)
        self._store.update_follow_up(follow_up_id, text)

    def remove_follow_up(self, group_id: int, follow_up_id: int) -> None:
        self._own_follow_up(group_id, follow_up_id)
        self._store.remove_follow_up(follow_up_id)

    def _own_follow_up(self, group_id: int, follow_up_id: int) -> None:
        """A device may touch its own group's points only."""
        if all(f.id != follow_up_id for f in self._store.follow_ups(group_id)):
            raise RoomInputError(f"no follow-up point {follow_up_id} in this group")

    def set_done(self, group_id: int, done: bool) -> None:
        self._store.group(group_id)
        marks = self._done()
        if done:
            marks[str(group_id)] = self._store_now()
        else:
            marks.pop(str(group_id), None)
        self._store.set_state(DONE_KEY, marks)

    def _done(self) -> dict[str, str]:
        saved = self._store.get_state(DONE_KEY, {})
        return {str(k): str(v) for k, v in saved.items()} if isinstance(saved, dict) else {}

    @staticmethod
    def _store_now() -> str:
        return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def check_length(text: str, limit: int, what: str) -> None:
    """``TextTooLong`` if ``text`` has more than ``limit`` characters."""
    if len(text) > limit:
        raise TextTooLong(what, limit)


def _note(version: SummaryVersion) -> dict[str, Any]:
    return {"version": version.id, "text": version.text,
            "saved_at": version.saved_at.isoformat(), "source": version.source}


# --- the clock face -----------------------------------------------------------------


def countdown_view(countdown: Countdown, clock: Clock) -> dict[str, Any]:
    """One countdown as a page ticks it: remaining seconds at instant ``at`` (ms since the epoch).

    The page adds its measured offset to the server's clock and counts down
    from ``at`` on its own (Ontime's method), so a slow network delays a
    change but never makes the digits jump.
    """
    now = clock.now()
    remaining = countdown.remaining()
    ends = now + dt.timedelta(seconds=remaining) if countdown.running else None
    return {
        "remaining": round(remaining, 3),
        "at": round(now.timestamp() * 1000),
        "running": countdown.running,
        "started": countdown.started,
        "paused": countdown.paused,
        "warnings": list(countdown.fitted_warnings()),
        "ends_at": ends.strftime("%H:%M") if ends is not None else None,
        "until": countdown.target.strftime("%H:%M") if countdown.target is not None else None,
    }


def task_view(task: Task) -> dict[str, Any]:
    return {"id": task.id, "title": task.title, "prompt": task.prompt,
            "points": [{"text": p.text, "level": p.level} for p in task.points]}


def round_view(round_: GroupworkRound, clock: Clock) -> dict[str, Any]:
    """What every page shows of the round right now (JSON-ready); group timers keyed by group name."""
    ended_at = round_.ended_at
    return {
        "tasks": [task_view(task) for task in round_.tasks],
        "current": round_.current,
        "stage": round_.stage,
        "ended_at": ended_at.astimezone().strftime("%H:%M") if ended_at is not None else None,
        "round": countdown_view(round_.countdown, clock),
        "groups": {status.group: countdown_view(round_.groups[status.group], clock)
                   for status in round_.groups.statuses()},
    }


class RoundPublisher(Protocol):
    def publish_round(self, view: dict[str, Any]) -> None: ...


def follow_round(round_: GroupworkRound, clock: Clock, server: RoundPublisher) -> Callable[[], None]:
    """Publish the round now and after every change (on the owner's thread); returns the unsubscribe."""

    def publish() -> None:
        server.publish_round(round_view(round_, clock))

    publish()
    return round_.changed.subscribe(publish)
