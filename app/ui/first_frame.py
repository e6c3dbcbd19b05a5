"""The first slide on screen before everything else.

The room sees the audience window; the facilitator can wait a moment for the
console. So ``plenum`` builds ``AudienceStart`` (the model, the keys and the
audience window, which import only the renderer) and shows it on the
projector; the console, group work, the session and the crash log are
imported and built in the event-loop turn after that window's first paint
(see ``app.cli.present``), and ``PresenterApp`` takes the started parts over.

With a single screen (a rehearsal on the laptop) the audience window stays
hidden and the first slide on screen is the console's current slide: then
``AudienceStart.show_console`` builds and shows the console alone, and group
work, the session, the crash notice and the Notater/Program pages follow in
the turn after its first paint, as they follow the projector's with two.
(``bench/first_frame.py`` stamps that first slide from outside the app.)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

from app.event.model import Event
from app.presenting.presentation import Presentation
from app.render.context import RenderContext
from app.timing.clock import Clock
from app.ui.audience_window import AudienceWindow
from app.ui.keys import Command, KeyboardController, Shell
from app.ui.screen_placement import SETTINGS_GROUP, setup_key, show_console_on, show_fullscreen_on
from app.ui.slide_images import SlideImages

if TYPE_CHECKING:
    from app.ui.console.window import PresenterConsole


class AudienceStart:
    """The model, the keys and the audience window: all the first frame needs.

    Keys for window matters (overview, screens, modes) go to ``shell`` once
    the rest of the app has taken over; before that they do nothing.
    """

    def __init__(self, event: Event, clock: Clock, index: int = 0) -> None:
        self.presentation = Presentation(event, clock, index)
        self.images = SlideImages(RenderContext())
        self.keys = KeyboardController(self.presentation, self)
        self.audience = AudienceWindow(self.presentation, self.images, self.keys)
        self.console: PresenterConsole | None = None
        self.shell: Shell | None = None

    def run_command(self, command: Command) -> bool:
        return self.shell is not None and self.shell.run_command(command)

    def show(self, settings: QSettings) -> bool:
        """Fullscreen on the projector the presenter last chose for these screens (as
        ``ScreenPlacement`` will place it); False with a single screen, where it stays hidden."""
        screen = audience_screen(settings)
        if screen is None:
            return False
        show_fullscreen_on(self.audience, screen)
        return True

    def show_console(self, clock: Clock) -> QWidget:
        """Build the console and show it on the primary screen, as ``ScreenPlacement`` will;
        returns its current-slide view, the first slide on a single screen."""
        from app.ui.console.window import PresenterConsole

        self.console = PresenterConsole(self.presentation, self.images, self.keys, clock)
        show_console_on(self.console, QGuiApplication.primaryScreen())
        return self.console.presentation_page.current


def audience_screen(settings: QSettings) -> QScreen | None:
    """The screen ``ScreenPlacement.place`` gives the audience, or None with one screen."""
    screens = QGuiApplication.screens()
    if len(screens) < 2:
        return None
    primary = QGuiApplication.primaryScreen()
    name = settings.value(f"{SETTINGS_GROUP}/{setup_key(screens)}")
    remembered = next((s for s in screens if s.name() == name), None)
    return remembered or next(s for s in screens if s is not primary)


class AfterFirstPaint(QObject):
    """Calls ``callback`` once, in the event-loop turn after the first paint of ``widget``
    or of any of ``others`` (whichever window shows first)."""

    def __init__(self, widget: QWidget, callback: Callable[[], object], *others: QWidget) -> None:
        super().__init__(widget)
        self._callback: Callable[[], object] | None = callback
        self._widgets = (widget, *others)
        for watched in self._widgets:
            watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._callback is not None:
            callback, self._callback = self._callback, None
            for widget in self._widgets:
                widget.removeEventFilter(self)
            # A zero timer runs right after this paint event has been handled.
            QTimer.singleShot(0, callback)
        return False

