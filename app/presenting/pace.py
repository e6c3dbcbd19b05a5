"""Pace: is the talk ahead of, on, or behind the slides' planned durations?

The plan is the running sum of the slides' ``duration``: slide k is planned
to be on screen from the sum of the durations before it until that sum plus
its own. Being on slide k inside that window (with a little grace) is on time.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from app.event.model import Slide

PaceState = Literal["ahead", "on_time", "behind"]

GRACE_SECONDS = 30.0


@dataclass(frozen=True)
class Pace:
    """``seconds`` is how far ahead or behind (0 when on time)."""

    state: PaceState
    seconds: float


def planned_window(slides: Sequence[Slide], index: int) -> tuple[float, float] | None:
    """Planned (start, end) in seconds of talk for slide ``index``; None without a plan."""
    if not any(slide.duration for slide in slides):
        return None
    start = sum(s.duration.total_seconds() for s in slides[:index] if s.duration)
    own = slides[index].duration
    return start, start + (own.total_seconds() if own else 0.0)


def pace_of(slides: Sequence[Slide], index: int, elapsed: float) -> Pace | None:
    """The pace on slide ``index`` after ``elapsed`` seconds; None if no slide has a duration."""
    if not slides:
        return None
    window = planned_window(slides, index)
    if window is None:
        return None
    start, end = window
    if elapsed > end + GRACE_SECONDS:
        return Pace("behind", elapsed - end)
    if elapsed < start - GRACE_SECONDS:
        return Pace("ahead", start - elapsed)
    return Pace("on_time", 0.0)
