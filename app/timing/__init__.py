"""Time for the room (no Qt): the clock, countdowns, per-group timers, the rundown.

Names are loaded from their modules on first use (PEP 562): the first frame
at start-up needs only the clock, not the countdown, group and rundown
modules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.lazy_names import lazy_names

if TYPE_CHECKING:
    from app.timing.clock import Clock, FakeClock, SystemClock
    from app.timing.countdown import Countdown, Phase, phase_of
    from app.timing.display import format_remaining, seconds_to_next_step, shown_seconds
    from app.timing.groups import GroupTimers, GroupTimerStatus
    from app.timing.rundown import LogEntry, Rundown, format_delay

_MODULES = {
    "Clock": "clock",
    "FakeClock": "clock",
    "SystemClock": "clock",
    "Countdown": "countdown",
    "Phase": "countdown",
    "phase_of": "countdown",
    "format_remaining": "display",
    "seconds_to_next_step": "display",
    "shown_seconds": "display",
    "GroupTimers": "groups",
    "GroupTimerStatus": "groups",
    "LogEntry": "rundown",
    "Rundown": "rundown",
    "format_delay": "rundown",
}


__getattr__ = lazy_names(__name__, _MODULES, globals())


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
