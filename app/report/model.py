"""What a report is made of, as plain values: no Qt, no reportlab, no SQLite.

The PDF builder reads only these objects, so it can be fed from a session file
(``from_session``), from a test fixture or from the UI's in-memory state alike,
and a report can be built on a worker thread from a snapshot that no longer
changes under it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from app.event.model import Event

Language = Literal["nb", "en"]


@dataclass(frozen=True)
class GroupReport:
    """One group as it was run on the day, with everything it wrote.

    ``summaries`` maps a task id to the group's text for it; a missing or
    blank text is reported as "(ingen notater)", never left out.
    ``from_devices`` are the tasks whose text was last saved from the group's
    own phone or laptop (sharing), which the report says under the answer.
    """

    name: str
    room: str | None = None
    chair: str | None = None
    note_taker: str | None = None
    members: tuple[str, ...] = ()
    summaries: Mapping[str, str] = field(default_factory=dict)
    follow_up: tuple[str, ...] = ()
    from_devices: frozenset[str] = frozenset()

    def summary(self, task_id: str) -> str:
        """The group's text for a task, or "" when it wrote nothing there."""
        text = self.summaries.get(task_id, "")
        return text if text.strip() else ""


@dataclass(frozen=True)
class AgendaEntry:
    """One rundown item: as planned, and as it actually ran where that was logged."""

    title: str
    planned_start: dt.time | None
    planned_end: dt.time | None
    actual_start: dt.time | None = None
    actual_end: dt.time | None = None

    @property
    def logged(self) -> bool:
        return self.actual_start is not None or self.actual_end is not None

    @property
    def start_delay(self) -> int | None:
        """Minutes the item started late (negative: early); None if unknown."""
        return minutes_late(self.planned_start, self.actual_start)

    @property
    def end_delay(self) -> int | None:
        """Minutes the item ended late (negative: early); None if unknown."""
        return minutes_late(self.planned_end, self.actual_end)


@dataclass(frozen=True)
class ReportInput:
    """Everything one report shows, frozen at the moment of export.

    ``groups`` are in running order; ``agenda`` is the rundown as run (use
    ``planned_agenda(event)`` when nothing was logged); ``language`` picks the
    report's fixed words and is the UI language, not the event's.
    """

    event: Event
    groups: tuple[GroupReport, ...]
    agenda: tuple[AgendaEntry, ...]
    exported: dt.date
    language: Language = "nb"

    @property
    def extra_task_ids(self) -> tuple[str, ...]:
        """Task ids a group has text for that the event no longer defines.

        Their text still belongs in the report (in the appendix), so nothing a
        note-taker typed disappears because the event file was edited later.
        """
        known = {task.id for task in self.event.groupwork.tasks}
        extra: list[str] = []
        for group in self.groups:
            for task_id in group.summaries:
                if task_id not in known and task_id not in extra and group.summary(task_id):
                    extra.append(task_id)
        return tuple(extra)


def planned_agenda(event: Event) -> tuple[AgendaEntry, ...]:
    """The event's agenda with nothing logged: what the report shows before the day."""
    return tuple(AgendaEntry(item.title, item.start, item.end) for item in event.agenda)


def minutes_late(planned: dt.time | None, actual: dt.time | None) -> int | None:
    """Whole minutes from ``planned`` to ``actual`` (negative when early).

    Seconds are ignored, as the report shows HH:MM and its columns must add
    up. Times of day wrap at midnight: a difference of more than twelve hours
    is read as the other way round, so 23:55 planned and 00:05 actual is 10 late.
    """
    if planned is None or actual is None:
        return None
    day = 24 * 60
    diff = (_minute_of_day(actual) - _minute_of_day(planned)) % day
    return diff - day if diff > day // 2 else diff


def _minute_of_day(t: dt.time) -> int:
    return t.hour * 60 + t.minute
