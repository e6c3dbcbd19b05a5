"""The renderer's caches for one app, in one object the app makes and passes down.

Laying out a slide, shaping its text, decoding its pictures and rasterising
a guest's pages cost tens of milliseconds, so their results are kept. They are kept here,
not in module globals: the presenter, each CLI verb and each test makes its
own ``RenderContext``, so two decks in one process (a test after another, a
deck opened beside another) never see each other's entries, and dropping a
context drops everything it kept. A hot reload keeps the app's context, so
an unchanged picture is not decoded again.
"""

from __future__ import annotations

import weakref
from collections.abc import Hashable
from typing import TYPE_CHECKING

from app.event.model import Event
from app.render.images import PictureCache
from app.render.text_fit import TextCache

if TYPE_CHECKING:
    from app.render.guest_pages import GuestPageCache
    from app.render.layouts import Body
    from app.render.plan import SlidePlan


class EventPlans:
    """The plans of one event's slides, and the bodies slides with equal content share."""

    def __init__(self) -> None:
        self.by_index: dict[int, SlidePlan] = {}
        self.bodies: dict[Hashable, Body] = {}


class RenderContext:
    """Owns the slide plans, the laid-out text and its glyph images, the decoded
    pictures and the guests' rasterised pages."""

    def __init__(self) -> None:
        self.text = TextCache()
        self.pictures = PictureCache()
        self._guest_pages: GuestPageCache | None = None
        # By the identity of their event, dropped when the event dies. Not a
        # WeakKeyDictionary: that hashes its key on every lookup, and a frozen Event's
        # hash walks every slide, which made a pass over all slides quadratic.
        self._plans: dict[int, EventPlans] = {}

    def plans_of(self, event: Event) -> EventPlans:
        """The plans made so far for ``event``'s slides, kept while the event lives."""
        plans = self._plans.get(id(event))
        if plans is None:
            plans = self._plans[id(event)] = EventPlans()
            # Holding only a weak reference to this context: the event may outlive it.
            weakref.finalize(event, _forget_plans, weakref.ref(self), id(event))
        return plans

    @property
    def guest_pages(self) -> GuestPageCache:
        """Rasterised pages of guests' PDFs (made on first use: most decks have none)."""
        if self._guest_pages is None:
            from app.render.guest_pages import GuestPageCache

            self._guest_pages = GuestPageCache()
        return self._guest_pages

    def close(self) -> None:
        """Stop the guest pages' background thread and close the guests' files."""
        if self._guest_pages is not None:
            self._guest_pages.close()


def _forget_plans(context: weakref.ref[RenderContext], event_id: int) -> None:
    """An event died: its plans go too, if the context that made them is still there."""
    alive = context()
    if alive is not None:
        alive._plans.pop(event_id, None)
