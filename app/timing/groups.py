"""A countdown for each group that needs its own (started late, given extra time).

Each group's countdown is independent: pausing or adding time to one never
touches another. ``changed`` fires when a timer is added or removed; each
countdown's own ``changed`` fires when it is adjusted.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from app.observers import Observers
from app.timing.clock import Clock
from app.timing.countdown import Countdown, Phase


@dataclass(frozen=True)
class GroupTimerStatus:
    """One row of the console's timer list."""

    group: str
    remaining: float
    phase: Phase
    running: bool


class GroupTimers:
    """Named per-group countdowns, in the order they were added."""

    def __init__(self, clock: Clock, warnings: Sequence[dt.timedelta] = ()) -> None:
        self._clock = clock
        self._warnings = tuple(warnings)
        self._timers: dict[str, Countdown] = {}
        self.changed = Observers()

    def add(self, group: str, duration: dt.timedelta, *, start: bool = True) -> Countdown:
        """Give ``group`` its own countdown (replacing any it had), started unless told not."""
        countdown = Countdown(duration, self._clock, self._warnings)
        if start:
            countdown.start()
        self._timers[group] = countdown
        self.changed.notify()
        return countdown

    def remove(self, group: str) -> None:
        del self._timers[group]
        self.changed.notify()

    def __getitem__(self, group: str) -> Countdown:
        return self._timers[group]

    def __contains__(self, group: object) -> bool:
        return group in self._timers

    def __len__(self) -> int:
        return len(self._timers)

    def statuses(self) -> list[GroupTimerStatus]:
        """Every group's timer as it stands now, read from the clock at this call."""
        return [
            GroupTimerStatus(group, c.remaining(), c.phase(), c.running) for group, c in self._timers.items()
        ]

    def to_state(self) -> dict[str, Any]:
        return {group: c.to_state() for group, c in self._timers.items()}

    def restore(self, state: dict[str, Any]) -> None:
        """Replace all timers with those saved by ``to_state`` (running ones keep running)."""
        self._timers = {group: Countdown.from_state(saved, self._clock) for group, saved in state.items()}
        self.changed.notify()
