"""How a remaining time reads on a screen, and when that reading next changes.

Kept apart from the widgets so the console, the audience screen and
``plenum timer`` all show the same text and tick at the same instants.
"""

from __future__ import annotations

import math
from enum import StrEnum


def shown_seconds(remaining: float) -> int:
    """The whole seconds on the display: rounded up while counting down.

    Rounding up means the full length shows for the first second ("25:00",
    not "24:59") and zero arrives exactly when the time is up; overtime
    counts whole seconds past zero ("+00:00" for the first second).
    """
    if remaining >= 0:
        return math.ceil(remaining)
    return -math.floor(-remaining)


def minutes_and_seconds(seconds: int) -> str:
    """Every time span on a screen has one shape: ``"01:00"``, ``"25:00"``, ``"105:00"``.

    Minutes never roll over into hours, so two timers side by side always read
    alike ("105:00" beside "01:00", not "1:45:00" beside "01:00"), and "01:00"
    can only mean one minute.
    """
    minutes, rest = divmod(abs(seconds), 60)
    return f"{minutes:02d}:{rest:02d}"


def format_remaining(remaining: float) -> str:
    """``"12:34"``, ``"105:00"``, overtime ``"+02:15"`` (see ``minutes_and_seconds``)."""
    shown = shown_seconds(remaining)
    return ("+" if remaining < 0 else "") + minutes_and_seconds(shown)


def seconds_to_next_step(remaining: float, step: float = 1.0) -> float:
    """Seconds until ``remaining`` (counting down) next crosses a multiple of ``step``.

    That is when the display (``step`` 1) or a half-second flash (``step``
    0.5) changes, so a view repaints exactly then instead of on a fixed
    interval that drifts against the seconds it shows. Never zero: standing
    on a boundary means the next one is a whole step away.
    """
    into_step = remaining % step
    return into_step if into_step > 0 else step


class Flash(StrEnum):
    """How a running countdown past zero looks at one instant.

    ``LIT`` (white digits on red) and ``STEADY`` alternate for the first
    ``FLASH_STRONG_SECONDS`` of overtime; after that the digits pulse gently,
    ``DIM`` and ``STEADY``, for as long as the overtime lasts, so the room
    keeps seeing that time is up without a red screen glaring for minutes.
    """

    STEADY = "steady"
    LIT = "lit"
    DIM = "dim"


FLASH_HALF_PERIOD = 0.7  # seconds each look lasts: any two frames this far apart differ
FLASH_STRONG_SECONDS = 4 * 2 * FLASH_HALF_PERIOD  # four red flashes, then the gentle pulse


def flash_of(remaining: float, running: bool) -> Flash:
    """The look at ``remaining`` seconds: the first half of each flash period is the marked one."""
    overtime = -remaining
    if not running or overtime <= 0:
        return Flash.STEADY
    if math.floor(overtime / FLASH_HALF_PERIOD) % 2:
        return Flash.STEADY
    return Flash.LIT if overtime < FLASH_STRONG_SECONDS else Flash.DIM


def seconds_to_next_change(remaining: float, running: bool) -> float:
    """Seconds until the shown second or (in overtime) the flash next changes; a view wakes then."""
    wait = seconds_to_next_step(remaining)
    if running and remaining <= 0:
        wait = min(wait, seconds_to_next_step(remaining, FLASH_HALF_PERIOD))
    return wait
