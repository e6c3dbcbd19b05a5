"""What the audience screen shows, as a small tagged value.

The audience window does not decide anything: it draws whatever content the
model holds. Each kind of content is a frozen dataclass deriving from
``AudienceContent``; a feature that needs a new screen (group work with its
countdown, a group's summary) defines its own subclass next to its model and
registers a painter for it in ``app.ui.screens``, without touching the windows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True)
class AudienceContent:
    """Base of everything the projector can show."""


@dataclass(frozen=True)
class SlideContent(AudienceContent):
    """The live slide ``index`` (0-based), following the presenter."""

    index: int


@dataclass(frozen=True)
class Blank(AudienceContent):
    """A black or white screen, e.g. to take the room's eyes off the slide."""

    colour: Literal["black", "white"]


@dataclass(frozen=True)
class Frozen(AudienceContent):
    """Slide ``index`` held on the projector while the console moves on."""

    index: int
