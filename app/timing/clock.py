"""The time source every timer reads, passed in so that tests never sleep.

Two readings, because a countdown needs both:

* ``monotonic()`` — seconds that never go back, for durations. ``SystemClock``
  reads ``CLOCK_BOOTTIME`` on Linux, which keeps counting while the laptop is
  suspended; plain ``time.monotonic()`` on Linux stops during suspend, so a
  25-minute group-work countdown would be five minutes wrong after the lid was
  closed for five. On macOS ``time.monotonic()`` stops during sleep too, but
  ``CLOCK_MONOTONIC`` counts it (clock_gettime(3)). Windows (and anything
  else) gets ``time.monotonic()``, whose behaviour across sleep varies;
  ``Countdown`` covers that by also anchoring to the wall clock (see
  ``app.timing.countdown``).
* ``now()`` — the local wall clock as a timezone-aware datetime (the system's
  local offset). Aware, so subtracting two readings across a daylight-saving
  change gives the real elapsed time, and "until 15:30" means 15:30 on the
  clock on the wall.
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from typing import Protocol

# The clock_gettime clock that counts suspend, per system (sys.platform prefix).
_SUSPEND_COUNTING = {"linux": "CLOCK_BOOTTIME", "darwin": "CLOCK_MONOTONIC"}


def suspend_counting_clock() -> int | None:
    """The ``time.clock_gettime`` id that keeps counting in suspend, or None (then ``time.monotonic``)."""
    name = next((clock for prefix, clock in _SUSPEND_COUNTING.items() if sys.platform.startswith(prefix)),
                None)
    return getattr(time, name, None) if name else None


class Clock(Protocol):
    """What timers read; see the module docstring for what each reading promises."""

    def monotonic(self) -> float: ...

    def now(self) -> dt.datetime: ...


class SystemClock:
    """The real clocks: suspend-counting monotonic where the OS has one, local wall time."""

    def __init__(self) -> None:
        self._clock_id = suspend_counting_clock()

    def monotonic(self) -> float:
        if sys.platform != "win32" and self._clock_id is not None:  # Windows has no clock_gettime
            return time.clock_gettime(self._clock_id)
        return time.monotonic()

    def now(self) -> dt.datetime:
        return dt.datetime.now().astimezone()


DEFAULT_FAKE_START = dt.datetime(2021, 9, 1, 13, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))


class FakeClock:
    """A clock that moves only when told to, for tests of anything that reads time.

    ``advance`` moves both readings together (time passing normally);
    ``suspend`` models a closed lid: the wall clock jumps, and the monotonic
    reading jumps too only if the platform's monotonic clock counts suspend;
    ``set_wall`` models someone (or NTP) setting the wall clock.
    """

    def __init__(self, start: dt.datetime = DEFAULT_FAKE_START, monotonic: float = 1000.0) -> None:
        if start.tzinfo is None:
            raise ValueError("FakeClock needs a timezone-aware start, as SystemClock.now() is")
        self._wall = start
        self._monotonic = monotonic

    def monotonic(self) -> float:
        return self._monotonic

    def now(self) -> dt.datetime:
        return self._wall

    def advance(self, seconds: float) -> None:
        """Let ``seconds`` pass on both clocks (negative is refused: time does not go back)."""
        if seconds < 0:
            raise ValueError("time does not go back; use set_wall to move the wall clock")
        self._monotonic += seconds
        self._wall += dt.timedelta(seconds=seconds)

    def suspend(self, seconds: float, *, monotonic_counts: bool = False) -> None:
        """Sleep the machine for ``seconds``: the wall clock always moves on."""
        self._wall += dt.timedelta(seconds=seconds)
        if monotonic_counts:
            self._monotonic += seconds

    def set_wall(self, wall: dt.datetime) -> None:
        """Set the wall clock (a user or NTP correcting it); monotonic time is untouched."""
        if wall.tzinfo is None:
            raise ValueError("set_wall needs a timezone-aware datetime")
        self._wall = wall
