"""How each kind of audience content is drawn: a registry, so new modes plug in.

The audience window and the console's preview look up the painter for the
model's current content here. A feature with its own screen (group work's
task + countdown, a group's summary) calls ``register_screen`` for its content
class; the windows need no change. ``live`` screens (a running countdown) are
repainted by the view every ``live_ms``; others only when the model changes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter

from app.event.model import Event
from app.presenting.content import AudienceContent, Blank, Frozen, SlideContent
from app.render.context import RenderContext
from app.render.palette import palette_for

# (painter, the view's render context, event, content, letterboxed target)
ScreenPainter = Callable[[QPainter, RenderContext, Event, AudienceContent, QRectF], None]


@dataclass(frozen=True)
class Screen:
    """``paint`` draws into the letterboxed target; ``backdrop`` fills the rest."""

    paint: ScreenPainter
    backdrop: Callable[[Event, AudienceContent], QColor]
    live_ms: int | None = None


def _theme_backdrop(event: Event, _content: AudienceContent) -> QColor:
    return palette_for(event.theme).background


_SCREENS: dict[type[AudienceContent], Screen] = {}


def register_screen(
    kind: type[AudienceContent],
    paint: ScreenPainter,
    *,
    backdrop: Callable[[Event, AudienceContent], QColor] = _theme_backdrop,
    live_ms: int | None = None,
) -> None:
    """Teach the audience window to show ``kind``; the last registration wins."""
    _SCREENS[kind] = Screen(paint, backdrop, live_ms)


def screen_for(content: AudienceContent) -> Screen:
    for kind in type(content).__mro__:
        if kind in _SCREENS:
            return _SCREENS[kind]
    raise LookupError(f"no screen registered for {type(content).__name__}")


def slide_index_of(content: AudienceContent) -> int | None:
    """The slide a content shows, for the pixmap cache; None for non-slide content."""
    if isinstance(content, SlideContent | Frozen):
        return content.index
    return None


def _blank_colour(_event: Event, content: AudienceContent) -> QColor:
    assert isinstance(content, Blank)
    return QColor("#000000" if content.colour == "black" else "#ffffff")


def _paint_nothing(_painter: QPainter, _render: RenderContext, _event: Event, _content: AudienceContent,
                   _target: QRectF) -> None:
    """A blank screen (and a deck without slides) is all backdrop."""


# Slides are drawn by the view itself (``ContentView``, with the app's render context);
# what is left for their screen is an event without slides: the theme's background.
register_screen(SlideContent, _paint_nothing)
register_screen(Frozen, _paint_nothing)
register_screen(Blank, _paint_nothing, backdrop=_blank_colour)
