"""The one model of the talk: which slide, what the audience sees, how long it has run.

Both windows observe this object and never keep their own copy, so the
console and the projector cannot disagree. Keys, menus and the other modes
only ask it to change.

Rules a presenter relies on:

- Black/white is an overlay: navigating while blank keeps the room blank (the
  presenter may line up the next slide); pressing the same key again returns.
- Freezing holds the slide the audience sees while the console moves on;
  releasing shows the console's current slide.
- Another mode may hold its own content on the projector (``hold``); slide
  navigation then only moves the console until ``follow_slides``.
- A reload keeps the position, clamped to the new deck, and leaves the talk
  timer alone.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Literal

from app.observers import Observers
from app.presenting.content import AudienceContent, Blank, Frozen, SlideContent
from app.presenting.pace import Pace, pace_of
from app.presenting.talk_timer import TalkTimer

if TYPE_CHECKING:
    from app.event.model import Event, Slide
    from app.timing.clock import Clock


class Presentation:
    """Current slide, audience content and talk time of one event.

    ``changed`` fires whenever the slide, the audience content or the event
    changes; ``timer.changed`` fires on start/pause/resume/reset.
    """

    def __init__(self, event: Event, clock: Clock, index: int = 0) -> None:
        self._event = event
        self._index = 0
        self._held: AudienceContent | None = None
        self._blank: Literal["black", "white"] | None = None
        self.timer = TalkTimer(clock)
        self.changed = Observers()
        self._index = self._clamp(index)

    @property
    def event(self) -> Event:
        return self._event

    @property
    def slide_count(self) -> int:
        return len(self._event.slides)

    @property
    def index(self) -> int:
        """The console's current slide (0-based)."""
        return self._index

    @property
    def slide(self) -> Slide | None:
        slides = self._event.slides
        return slides[self._index] if slides else None

    @property
    def next_slide(self) -> Slide | None:
        """The slide after the current one, or None at the end ("Slutt")."""
        slides = self._event.slides
        return slides[self._index + 1] if self._index + 1 < len(slides) else None

    @property
    def content(self) -> AudienceContent:
        """What the projector shows right now."""
        if self._blank is not None:
            return Blank(self._blank)
        if self._held is not None:
            return self._held
        return SlideContent(self._index)

    @property
    def frozen(self) -> bool:
        return isinstance(self._held, Frozen)

    @property
    def blank(self) -> Literal["black", "white"] | None:
        return self._blank

    def pace(self) -> Pace | None:
        """Ahead/on time/behind against the slides' durations; None before the talk starts."""
        if not self.timer.started:
            return None
        return pace_of(self._event.slides, self._index, self.timer.elapsed())

    def go_to(self, index: int) -> None:
        """Show slide ``index`` (clamped); any move starts the talk timer."""
        target = self._clamp(index)
        if target == self._index:
            return
        self._index = target
        self.timer.start()
        self.changed.notify()

    def next(self) -> None:
        self.go_to(self._index + 1)

    def previous(self) -> None:
        self.go_to(self._index - 1)

    def first(self) -> None:
        self.go_to(0)

    def last(self) -> None:
        self.go_to(self.slide_count - 1)

    def toggle_black(self) -> None:
        self._toggle_blank("black")

    def toggle_white(self) -> None:
        self._toggle_blank("white")

    def toggle_freeze(self) -> None:
        """Hold the audience on what it sees, or release it to follow the console again."""
        self._held = None if self._held is not None else Frozen(self._index)
        self.changed.notify()

    def hold(self, content: AudienceContent) -> None:
        """Show another mode's content (a task with its countdown, a summary) on the projector."""
        self._held = content
        self._blank = None
        self.changed.notify()

    def follow_slides(self) -> None:
        """Back to the live slide: no hold, no freeze, no blank."""
        self._held = None
        self._blank = None
        self.changed.notify()

    def replace_event(self, event: Event) -> None:
        """Swap in a reloaded event, keeping the position (clamped) and the timer."""
        self._event = event
        self._index = self._clamp(self._index)
        if isinstance(self._held, Frozen):
            self._held = replace(self._held, index=self._clamp(self._held.index))
        self.changed.notify()

    def _toggle_blank(self, colour: Literal["black", "white"]) -> None:
        self._blank = None if self._blank == colour else colour
        self.changed.notify()

    def _clamp(self, index: int) -> int:
        return max(0, min(index, self.slide_count - 1))
