"""The day's agenda against the clock: planned and actual times, the delay.

The chair marks items started and finished (or the console does, following
the slides and group-work mode); the rundown answers how late the day runs
and when it will end, and keeps every actual start and end for the report.

Two assumptions, both how a day with fixed outside times behaves: an item
keeps its planned length once started, and no item starts before its planned
start, so a gap in the agenda (a coffee break not listed) absorbs delay.

The wall clock counts only on the event's day. On any other day the rundown
is a rehearsal (``is_event_day``): the first item started counts as begun at
its planned start, and everything after is read on the plan's clock from
there (``shift``), so a run-through the evening before shows how its pace
compares with the plan instead of "450 min behind" before anything started.
The log keeps the real instants (the session stores them); ``shown_log``,
``delay`` and ``projected_end`` read them on the plan.
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


def is_event_day(today: dt.date, first: dt.date, last: dt.date | None) -> bool:
    """Whether ``today`` is one of the event's days (``first`` to ``last``, or ``first`` alone)."""
    return first <= today <= (last or first)


class Rundown:
    """The agenda of one day with its actual times; ``changed`` fires on every mark.

    ``rehearsal``: not the event's day, so times are read on the plan from the
    first start (see the module docstring).
    """

    def __init__(
        self, agenda: Sequence[AgendaItem], date: dt.date, clock: Clock, *, rehearsal: bool = False
    ) -> None:
        self._clock = clock
        self._rehearsal = rehearsal
        self._entries = list(plan_day(agenda, date, clock.now().tzinfo))
        self.changed = Observers()

    @property
    def rehearsal(self) -> bool:
        return self._rehearsal

    def log(self) -> tuple[LogEntry, ...]:
        """Every item, planned and actual, in agenda order: what the report prints."""
        return tuple(self._entries)

    def shift(self) -> dt.timedelta:
        """What to add to a wall-clock instant to read it on the plan (zero on the event's day).

        In a rehearsal, the earliest start counts as its item's planned start;
        before any start, now is the first item's planned start.
        """
        if not self._rehearsal or not self._entries:
            return dt.timedelta(0)
        started = [(e.actual_start, e.planned_start) for e in self._entries if e.actual_start is not None]
        if not started:
            return self._entries[0].planned_start - self._clock.now()
        actual, planned = min(started, key=lambda pair: pair[0])
        return planned - actual

    def shown_log(self) -> tuple[LogEntry, ...]:
        """The log with its actual times read on the plan: the log itself on the event's day."""
        return self._shown_log(self.shift())

    def _shown_log(self, shift: dt.timedelta) -> tuple[LogEntry, ...]:
        if not shift:
            return self.log()
        return tuple(
            replace(
                entry,
                actual_start=entry.actual_start + shift if entry.actual_start else None,
                actual_end=entry.actual_end + shift if entry.actual_end else None,
            )
            for entry in self._entries
        )

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
        shift = self.shift()
        entries, now = self._shown_log(shift), self._plan_now(shift)
        running = self.current()
        if running is not None:
            return _projected_end_of(entries[running], now) - entries[running].planned_end
        finished = [i for i, e in enumerate(entries) if e.actual_end is not None]
        if not finished:
            if not entries:
                return dt.timedelta(0)
            return max(dt.timedelta(0), now - entries[0].planned_start)
        last = max(finished, key=lambda i: entries[i].actual_end or now)
        entry = entries[last]
        assert entry.actual_end is not None
        delay = entry.actual_end - entry.planned_end
        if last + 1 < len(entries):
            delay = max(delay, now - entries[last + 1].planned_start)
        return delay

    def projected_end(self) -> dt.datetime | None:
        """When the day's last item will end at this rate (None for an empty agenda).

        Items after the current one start at their planned start or when the
        one before ends, whichever is later, and take their planned length.
        In a rehearsal the answer is on the plan's clock.
        """
        shift = self.shift()
        entries, now = self._shown_log(shift), self._plan_now(shift)
        if not entries:
            return None
        running = self.current()
        if running is not None:
            end, following = _projected_end_of(entries[running], now), running + 1
        else:
            finished = [i for i, e in enumerate(entries) if e.actual_end is not None]
            following = max(finished) + 1 if finished else 0
            done = entries[following - 1].actual_end if finished else None
            end = max(now, done) if done else now
        for entry in entries[following:]:
            end = max(entry.planned_start, end) + entry.planned_length
        return end

    def _plan_now(self, shift: dt.timedelta) -> dt.datetime:
        return self._clock.now() + shift


def _projected_end_of(entry: LogEntry, now: dt.datetime) -> dt.datetime:
    assert entry.actual_start is not None
    return max(entry.actual_start + entry.planned_length, now)


def hours_and_minutes(delay: dt.timedelta) -> tuple[int, int]:
    """A delay's size in whole minutes as (hours, minutes): 74 min is (1, 14), so it reads "1 t 14 min"."""
    return divmod(abs(round(delay.total_seconds() / 60)), 60)


_DELAY_WORDS = {
    "nb": ("{n} bak skjema", "{n} foran skjema", "i rute", "{h} t", "{h} t {m} min", "{m} min"),
    "en": ("{n} behind", "{n} ahead", "on time", "{h} h", "{h} h {m} min", "{m} min"),
}


def format_delay(delay: dt.timedelta, language: str = "nb") -> str:
    """``"7 min bak skjema"``, ``"1 t 14 min foran skjema"``, ``"i rute"`` (whole minutes)."""
    behind, ahead, on_time, hours_only, hours_minutes, minutes_only = _DELAY_WORDS[language]
    hours, minutes = hours_and_minutes(delay)
    if not hours and not minutes:
        return on_time
    size = (hours_only if not minutes else hours_minutes) if hours else minutes_only
    words = behind if delay > dt.timedelta(0) else ahead
    return words.format(n=size.format(h=hours, m=minutes))
