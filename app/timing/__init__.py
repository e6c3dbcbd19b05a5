"""Time for the room (no Qt): the clock, countdowns, per-group timers, the rundown."""

from __future__ import annotations

from app.timing.clock import Clock, FakeClock, SystemClock
from app.timing.countdown import Countdown, Phase, phase_of
from app.timing.display import format_remaining, seconds_to_next_step, shown_seconds
from app.timing.groups import GroupTimers, GroupTimerStatus
from app.timing.rundown import LogEntry, Rundown, format_delay

__all__ = [
    "Clock",
    "Countdown",
    "FakeClock",
    "GroupTimerStatus",
    "GroupTimers",
    "LogEntry",
    "Phase",
    "Rundown",
    "SystemClock",
    "format_delay",
    "format_remaining",
    "phase_of",
    "seconds_to_next_step",
    "shown_seconds",
]
