"""The day's agenda against the clock: planned and actual times, the delay.

The chair marks items started and finished (or the console does, following
the slides and group-work mode); the rundown answers how late the day runs
and when it will end, and keeps every actual start and end for the report.

Two assumptions, both how a day with fixed outside times behaves: an item
keeps its planned length once started, and no item starts before its planned
start, so a gap in the agenda (a coffee break not listed) absorbs delay.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace

from app.event.model import AgendaItem
from app.observers import Observers
from app.timing.clock import Clock


@dataclass(frozen=True)
class LogEntry:
    """One agenda item as planned and as it happened (None: not yet)."""

    title: str
    planned_start: dt.datetime
    planned_end: dt.datetime
    actual_start: dt.datetime | None = None
    actual_end: dt.datetime | None = None

    @property
    def planned_length(self) -> dt.timedelta:
        return self.planned_end - self.planned_start

    @property
    def running(self) -> bool:
        return self.actual_start is not None and self.actual_end is None


def plan_day(agenda: Sequence[AgendaItem], date: dt.date, tz: dt.tzinfo | None) -> tuple[LogEntry, ...]:
    """The agenda as instants on ``date``; an item earlier than the one before is next day."""
    entries: list[LogEntry] = []
    day = date
    previous: dt.datetime | None = None
    for item in agenda:
        start = dt.datetime.combine(day, item.start, tzinfo=tz)
        if previous is not None and start < previous:
            day += dt.timedelta(days=1)
            start += dt.timedelta(days=1)
        end = start + item.duration
        entries.append(LogEntry(item.title, start, end))
        previous = start
    return tuple(entries)


class Rundown:
    """The agenda of one day with its actual times; ``changed`` fires on every mark."""

    def __init__(self, agenda: Sequence[AgendaItem], date: dt.date, clock: Clock) -> None:
        self._clock = clock
        self._entries = list(plan_day(agenda, date, clock.now().tzinfo))
        self.changed = Observers()

    def log(self) -> tuple[LogEntry, ...]:
        """Every item, planned and actual, in agenda order: what the report prints."""
        return tuple(self._entries)

    def current(self) -> int | None:
        """The index of the item running now (the latest started, unfinished), or None."""
        for index in reversed(range(len(self._entries))):
            if self._entries[index].running:
                return index
        return None

    def start(self, index: int, at: dt.datetime | None = None) -> None:
        """Mark item ``index`` started (now, unless ``at``); this finishes the running one.

        Starting again an item already started moves its start (a correction).
        """
        when = at or self._clock.now()
        running = self.current()
        if running is not None and running != index:
            self._entries[running] = replace(self._entries[running], actual_end=when)
        self._entries[index] = replace(self._entries[index], actual_start=when, actual_end=None)
        self.changed.notify()

    def finish(self, index: int, at: dt.datetime | None = None) -> None:
        """Mark item ``index`` finished; an item never started counts as started at its end."""
        when = at or self._clock.now()
        entry = self._entries[index]
        self._entries[index] = replace(entry, actual_start=entry.actual_start or when, actual_end=when)
        self.changed.notify()

    def delay(self) -> dt.timedelta:
        """How far behind the plan the day runs now (negative: ahead).

        A running item is behind by how late its planned-length end would be,
        growing once it overruns. Between items, the last finished one's end
        against plan counts, or how overdue the next start is if that is worse.
        Before the first start, only lateness counts.
        """
        now = self._clock.now()
        running = self.current()
        if running is not None:
            return self._projected_end_of(running, now) - self._entries[running].planned_end
        finished = [i for i, e in enumerate(self._entries) if e.actual_end is not None]
        if not finished:
            if not self._entries:
                return dt.timedelta(0)
            return max(dt.timedelta(0), now - self._entries[0].planned_start)
        last = max(finished, key=lambda i: self._entries[i].actual_end or now)
        entry = self._entries[last]
        assert entry.actual_end is not None
        delay = entry.actual_end - entry.planned_end
        if last + 1 < len(self._entries):
            delay = max(delay, now - self._entries[last + 1].planned_start)
        return delay

    def projected_end(self) -> dt.datetime | None:
        """When the day's last item will end at this rate (None for an empty agenda).

        Items after the current one start at their planned start or when the
        one before ends, whichever is later, and take their planned length.
        """
        if not self._entries:
            return None
        now = self._clock.now()
        running = self.current()
        if running is not None:
            end, following = self._projected_end_of(running, now), running + 1
        else:
            finished = [i for i, e in enumerate(self._entries) if e.actual_end is not None]
            following = max(finished) + 1 if finished else 0
            done = self._entries[following - 1].actual_end if finished else None
            end = max(now, done) if done else now
        for entry in self._entries[following:]:
            end = max(entry.planned_start, end) + entry.planned_length
        return end

    def _projected_end_of(self, index: int, now: dt.datetime) -> dt.datetime:
        entry = self._entries[index]
        assert entry.actual_start is not None
        return max(entry.actual_start + entry.planned_length, now)


_DELAY_WORDS = {
    "nb": ("{n} min bak skjema", "{n} min foran skjema", "i rute"),
    "en": ("{n} min behind", "{n} min ahead", "on time"),
}


def format_delay(delay: dt.timedelta, language: str = "nb") -> str:
    """``"7 min bak skjema"``, ``"3 min foran skjema"``, ``"i rute"`` (whole minutes)."""
    behind, ahead, on_time = _DELAY_WORDS[language]
    minutes = round(delay.total_seconds() / 60)
    if minutes > 0:
        return behind.format(n=minutes)
    if minutes < 0:
        return ahead.format(n=-minutes)
    return on_time
