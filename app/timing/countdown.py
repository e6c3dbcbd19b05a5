"""A countdown the room can trust: to a length of time, or until a clock time.

Remaining time is derived from timestamps on every read (the remaining time
at the last start/resume/add, minus the time since), never by counting ticks,
so a late or skipped repaint cannot make it drift and a pause cannot lose a
second.

Suspend: a running countdown is anchored to both clocks at once. Elapsed time
is the larger of the monotonic and the wall-clock elapsed time, so a laptop
whose monotonic clock stops during suspend (``time.monotonic`` on Linux and
macOS) still counts the five minutes the lid was closed, through the wall
clock; a wall clock set backwards cannot add time, through the monotonic one.
The price is that a wall clock set *forwards* during a round shortens it,
which cannot be told apart from a suspend on such a machine. A countdown
``until`` a clock time reads the wall clock only: 15:30 is whatever the wall
says 15:30 is, even after the clock is corrected.

``to_state``/``from_state`` turn a countdown into a small JSON-ready dict and
back; the running anchor is stored as a wall-clock instant, so a restart (or
a reboot) resumes at the true remaining time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from enum import StrEnum
from typing import Any, Literal

from app.observers import Observers
from app.timing.clock import Clock

Kind = Literal["duration", "until"]
STATE_VERSION = 1


class Phase(StrEnum):
    """How urgent the countdown looks; the view picks a colour for each."""

    NORMAL = "normal"
    WARNING = "warning"
    DANGER = "danger"
    OVERTIME = "overtime"


def phase_of(remaining: float, marks: Sequence[float]) -> Phase:
    """The phase at ``remaining`` seconds, given warning marks in seconds.

    The largest mark starts the warning, the smallest (if there are two or
    more) the danger; both include the mark itself, so the digits change
    colour exactly when they show the mark ("10:00"). Below zero is overtime.
    """
    if remaining < 0:
        return Phase.OVERTIME
    if len(marks) >= 2 and remaining <= min(marks):
        return Phase.DANGER
    if marks and remaining <= max(marks):
        return Phase.WARNING
    return Phase.NORMAL


def fitted_marks(length: float, marks: Sequence[float]) -> tuple[float, ...]:
    """The warning marks for a countdown ``length`` seconds long.

    Marks that all fall inside the length stand as given. When one does not
    (a 10-minute warning on a 1-minute timer), the whole set is scaled so the
    largest falls at half the length: a short timer then still turns amber
    and red before zero, instead of staying white (its marks dropped) or
    starting red (its marks kept). The console's round, the group timers and
    ``plenum timer`` all colour by this one rule.
    """
    if not marks or length <= 0 or max(marks) < length:
        return tuple(marks)
    scale = length / 2 / max(marks)
    return tuple(mark * scale for mark in marks)


def next_occurrence(at: dt.time, now: dt.datetime) -> dt.datetime:
    """The first ``at`` on the wall clock strictly after ``now``: today, else tomorrow.

    Uses ``now``'s timezone; with a fixed-offset zone (what ``SystemClock``
    gives) a target across a night-time daylight-saving change is an hour off.
    """
    candidate = dt.datetime.combine(now.date(), at, tzinfo=now.tzinfo)
    return candidate if candidate > now else candidate + dt.timedelta(days=1)


class Countdown:
    """Start/pause/resume/add/reset a countdown; read ``remaining()`` any time.

    ``changed`` notifies subscribers after every change a user made (not as
    time passes: views schedule their own repaints from ``remaining()``).
    """

    def __init__(
        self,
        duration: dt.timedelta,
        clock: Clock,
        warnings: Sequence[dt.timedelta] = (),
    ) -> None:
        if duration <= dt.timedelta(0):
            raise ValueError("a countdown needs a duration above zero")
        self._init(clock, "duration", duration.total_seconds(), None, warnings)

    @classmethod
    def until(cls, at: dt.time, clock: Clock, warnings: Sequence[dt.timedelta] = ()) -> Countdown:
        """A countdown to the next ``at`` on the local wall clock (tomorrow if passed)."""
        countdown = cls.__new__(cls)
        countdown._init(clock, "until", None, next_occurrence(at, clock.now()), warnings)
        return countdown

    def _init(
        self,
        clock: Clock,
        kind: Kind,
        duration: float | None,
        target: dt.datetime | None,
        warnings: Sequence[dt.timedelta],
    ) -> None:
        self._clock = clock
        self._kind: Kind = kind
        self._duration = duration
        self._target = target
        self._marks = tuple(w.total_seconds() for w in warnings)
        self._added = 0.0
        # Remaining seconds at the last anchor; None until started.
        self._base: float | None = None
        # (monotonic, wall) when last started or resumed; None while stopped.
        self._anchor: tuple[float, dt.datetime] | None = None
        self._length = 0.0
        self.changed = Observers()

    # -- reading -------------------------------------------------------------

    @property
    def kind(self) -> Kind:
        return self._kind

    @property
    def target(self) -> dt.datetime | None:
        """The wall-clock instant an ``until`` countdown counts to (None for a duration)."""
        return self._target

    @property
    def warnings(self) -> tuple[float, ...]:
        """The warning marks in seconds, as given."""
        return self._marks

    @property
    def started(self) -> bool:
        return self._base is not None

    @property
    def running(self) -> bool:
        return self._anchor is not None

    @property
    def paused(self) -> bool:
        return self.started and not self.running

    def remaining(self) -> float:
        """Seconds left; negative is overtime. Derived from the clocks on every call."""
        if self._base is None:
            return self._planned() + self._added
        if self._anchor is None:
            return self._base
        return self._base - self._elapsed_since(self._anchor)

    def length(self) -> float:
        """Seconds from the start to zero, adjustments included (for a progress bar)."""
        return self._length if self.started else self.remaining()

    def phase(self) -> Phase:
        return self.phase_at(self.remaining())

    def phase_at(self, remaining: float) -> Phase:
        """The phase at ``remaining`` seconds, by the marks fitted to this countdown's length."""
        return phase_of(remaining, self.fitted_warnings())

    def fitted_warnings(self) -> tuple[float, ...]:
        """The marks, in seconds, where the colour changes now (``fitted_marks``): what a
        page that computes the phase itself (the group room's) must be given."""
        return fitted_marks(self.length(), self._marks)

    def _planned(self) -> float:
        if self._target is not None:
            return (self._target - self._clock.now()).total_seconds()
        assert self._duration is not None
        return self._duration

    def _elapsed_since(self, anchor: tuple[float, dt.datetime]) -> float:
        monotonic0, wall0 = anchor
        wall = (self._clock.now() - wall0).total_seconds()
        if self._kind == "until":
            return wall
        return max(self._clock.monotonic() - monotonic0, wall)

    def _now_anchor(self) -> tuple[float, dt.datetime]:
        return (self._clock.monotonic(), self._clock.now())

    # -- changing ------------------------------------------------------------

    def start(self) -> None:
        """Start counting; does nothing once started (``reset`` starts over)."""
        if self.started:
            return
        self._base = self._length = self.remaining()
        self._anchor = self._now_anchor()
        self.changed.notify()

    def pause(self) -> None:
        if self._anchor is None:
            return
        self._base = self.remaining()
        self._anchor = None
        self.changed.notify()

    def resume(self) -> None:
        """Go on from where the pause left off (starts a countdown not yet started)."""
        if not self.started:
            self.start()
            return
        if self._anchor is not None:
            return
        self._anchor = self._now_anchor()
        self.changed.notify()

    def toggle(self) -> None:
        """Pause if running, else resume: what a single Space key does."""
        if self.running:
            self.pause()
        else:
            self.resume()

    def add(self, seconds: float) -> None:
        """Give (or, negative, take) time; overtime may follow from taking too much."""
        self._added += seconds
        if self._base is not None:
            self._base += seconds
            self._length += seconds
        self.changed.notify()

    def reset(self) -> None:
        """Back to the planned length (or the target), not running, adjustments dropped."""
        self._added = 0.0
        self._base = None
        self._anchor = None
        self._length = 0.0
        self.changed.notify()

    # -- persisting ----------------------------------------------------------

    def to_state(self) -> dict[str, Any]:
        """A small JSON-ready dict from which ``from_state`` rebuilds this countdown."""
        return {
            "version": STATE_VERSION,
            "kind": self._kind,
            "duration": self._duration,
            "target": self._target.isoformat() if self._target else None,
            "warnings": list(self._marks),
            "added": self._added,
            "base": self._base,
            "length": self._length,
            "anchor": self._anchor[1].isoformat() if self._anchor else None,
        }

    @classmethod
    def from_state(cls, state: dict[str, Any], clock: Clock) -> Countdown:
        """Rebuild a countdown saved by ``to_state``; a running one keeps running.

        Raises ValueError naming what is wrong if the dict is not such a state.
        """
        try:
            if state["version"] != STATE_VERSION:
                raise ValueError(f"countdown state has unknown version {state['version']!r}")
            kind = state["kind"]
            if kind not in ("duration", "until"):
                raise ValueError(f"countdown state has unknown kind {kind!r}")
            warnings = [dt.timedelta(seconds=float(w)) for w in state["warnings"]]
            countdown = cls.__new__(cls)
            countdown._init(
                clock,
                kind,
                None if state["duration"] is None else float(state["duration"]),
                None if state["target"] is None else _aware(state["target"]),
                warnings,
            )
            if (kind == "duration") != (countdown._duration is not None):
                raise ValueError(f"a {kind} countdown state needs exactly one of duration/target")
            countdown._added = float(state["added"])
            countdown._length = float(state["length"])
            countdown._base = None if state["base"] is None else float(state["base"])
            if state["anchor"] is not None:
                if countdown._base is None:
                    raise ValueError("a running countdown state needs its remaining time (base)")
                wall0 = _aware(state["anchor"])
                since = max(0.0, (clock.now() - wall0).total_seconds())
                countdown._anchor = (clock.monotonic() - since, wall0)
        except (KeyError, TypeError) as error:
            raise ValueError(f"not a countdown state: {error!r}") from None
        return countdown


def _aware(text: object) -> dt.datetime:
    if not isinstance(text, str):
        raise ValueError(f"countdown state needs an ISO date-time string, got {text!r}")
    value = dt.datetime.fromisoformat(text)
    if value.tzinfo is None:
        raise ValueError(f"countdown state time {text!r} has no timezone")
    return value
