"""The presenting model (no Qt): what the audience sees and where the talk is."""

from __future__ import annotations

from app.presenting.content import AudienceContent, Blank, Frozen, SlideContent
from app.presenting.pace import Pace, pace_of
from app.presenting.presentation import Presentation
from app.presenting.talk_timer import TalkTimer

__all__ = [
    "AudienceContent",
    "Blank",
    "Frozen",
    "Pace",
    "Presentation",
    "SlideContent",
    "TalkTimer",
    "pace_of",
]
