"""The session's records as immutable values, so readers never hold a live row."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

DEVICE_SOURCE = "device"  # a SummaryVersion's source when typed on a group's own device (app.share)


@dataclass(frozen=True)
class SessionGroup:
    """A group as actually run on the day; ``position`` 0 is the first."""

    id: int
    name: str
    position: int
    room: str | None = None
    chair: str | None = None
    note_taker: str | None = None
    members: tuple[str, ...] = ()


@dataclass(frozen=True)
class SummaryVersion:
    """One saved text of a group's summary for a task.

    ``source`` says where it came from: ``"editor"``, ``DEVICE_SOURCE``,
    ``"import:FILE"`` or ``"restore:ID"`` (restored from the version with that id).
    """

    id: int
    group_id: int
    task_id: str
    text: str
    saved_at: dt.datetime
    source: str = "editor"


@dataclass(frozen=True)
class FollowUp:
    """A point the working group should follow up, as a group wrote it."""

    id: int
    group_id: int
    text: str
    created_at: dt.datetime


@dataclass(frozen=True)
class AgendaLogEntry:
    """An agenda item's planned and actual times; ``index`` is its place in the agenda."""

    index: int
    title: str
    planned_start: dt.time | None
    planned_end: dt.time | None
    actual_start: dt.datetime | None = None
    actual_end: dt.datetime | None = None


@dataclass(frozen=True)
class TimerEvent:
    """One thing a countdown did (``kind``: start, pause, resume, extend, stop...)."""

    id: int
    at: dt.datetime
    kind: str
    label: str
    detail: dict[str, Any] = field(default_factory=dict)
