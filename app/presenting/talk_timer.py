"""The elapsed talk time: started by the first advance, pausable, resettable.

Elapsed time is derived from the clock on every read (start, pause instants
and the time banked before the last resume), never counted per tick, so a
slow or skipped repaint cannot make it drift.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.observers import Observers

if TYPE_CHECKING:
    from app.timing.clock import Clock


class TalkTimer:
    """How long the talk has been going; ``changed`` fires on start/pause/resume/reset."""

    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self._running_since: float | None = None
        self._banked = 0.0
        self._started = False
        self.changed = Observers()

    @property
    def started(self) -> bool:
        return self._started

    @property
    def running(self) -> bool:
        return self._running_since is not None

    def elapsed(self) -> float:
        """Seconds of talk so far, pauses excluded."""
        if self._running_since is None:
            return self._banked
        return self._banked + self._clock.monotonic() - self._running_since

    def start(self) -> None:
        """Start on the first advance; later calls do nothing (a pause stays a pause)."""
        if self._started:
            return
        self._started = True
        self._running_since = self._clock.monotonic()
        self.changed.notify()

    def pause(self) -> None:
        if self._running_since is None:
            return
        self._banked = self.elapsed()
        self._running_since = None
        self.changed.notify()

    def resume(self) -> None:
        if self._running_since is not None:
            return
        self._started = True
        self._running_since = self._clock.monotonic()
        self.changed.notify()

    def toggle_pause(self) -> None:
        if self.running:
            self.pause()
        else:
            self.resume()

    def reset(self) -> None:
        """Back to zero and not started: the next advance starts it again."""
        self._running_since = None
        self._banked = 0.0
        self._started = False
        self.changed.notify()
