"""Which window goes on which screen, and what happens when a projector comes or goes.

Rules:

- The console goes on the primary screen (the laptop), maximized.
- With a second screen the audience window is fullscreen on it; which one is
  remembered per screen setup (the sorted names and sizes of all screens), so
  "the projector in room A" is chosen again the next time in room A.
- With one screen the audience window stays hidden until F5 presents
  fullscreen on it; Esc returns to the console.
- Unplugging the projector mid-talk moves the audience window, windowed, to a
  remaining screen; the console keeps running. Plugging it back in puts the
  audience fullscreen on it again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QSettings, QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

SETTINGS_GROUP = "audience-screen"
# Room for the title bar and borders the window manager adds around a window, which Qt
# cannot know before the window is shown (Windows 10/11 at 100 %: about 31 px and 8 px).
FRAME_ALLOWANCE = QSize(16, 48)


def setup_key(screens: Sequence[QScreen]) -> str:
    """Names a screen setup, e.g. ``HDMI-1 1920x1080|eDP-1 1366x768``."""
    return "|".join(sorted(f"{s.name()} {s.size().width()}x{s.size().height()}" for s in screens)).replace(
        "/", "_"
    )


def fitted_size(available: QSize, preferred: QSize) -> QSize:
    """``preferred`` where it fits in a screen's ``available`` area with its frame, else
    as much as fits: a 1366x768 Windows laptop has only 728 px above its taskbar."""
    return preferred.boundedTo(available - FRAME_ALLOWANCE)


def show_fullscreen_on(window: QWidget, screen: QScreen) -> None:
    """Fullscreen on ``screen``: geometry and screen set first, as Windows and X11 need."""
    if window.isFullScreen() and window.screen() is screen and window.isVisible():
        return
    if window.isFullScreen():
        window.showNormal()
    window.setScreen(screen)
    window.setGeometry(screen.geometry())
    window.showFullScreen()


def show_windowed_on(window: QWidget, screen: QScreen, fraction: float = 0.6) -> None:
    """A normal window in the middle of ``screen``, ``fraction`` of its size."""
    if window.isFullScreen():
        window.showNormal()
    area = screen.availableGeometry()
    width, height = int(area.width() * fraction), int(area.height() * fraction)
    window.setScreen(screen)
    window.setGeometry(
        area.x() + (area.width() - width) // 2, area.y() + (area.height() - height) // 2, width, height
    )
    window.showNormal()


def show_console_on(console: QWidget, screen: QScreen) -> None:
    """Maximized on ``screen`` (its available area first, for the platforms that need it)."""
    if console.screen() is screen and console.isVisible():
        return
    if console.isVisible():
        console.showNormal()  # leave maximized before moving; a first show needs no such step
    console.setScreen(screen)
    console.setGeometry(screen.availableGeometry())
    console.showMaximized()


class ScreenPlacement(QObject):
    """Places the console and the audience window, and follows screen changes."""

    def __init__(self, console: QWidget, audience: QWidget, settings: QSettings) -> None:
        super().__init__(console)
        # Which screens exist; tests replace it to act out a single-screen laptop.
        self.screens: Callable[[], list[QScreen]] = QGuiApplication.screens
        self._console = console
        self._audience = audience
        self._settings = settings
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.screenAdded.connect(self._on_screen_added)
        app.screenRemoved.connect(self.on_screen_removed)

    def place(self, screens: Sequence[QScreen] | None = None) -> None:
        """Put both windows where the rules above say, for ``screens`` (default: all)."""
        screens = list(self.screens() if screens is None else screens)
        if not screens:
            return
        primary = QGuiApplication.primaryScreen()
        if primary not in screens:
            primary = screens[0]
        if len(screens) == 1:
            show_console_on(self._console, primary)
            if self._audience.isVisible():
                show_windowed_on(self._audience, primary)
            return
        audience_screen = self._remembered(screens) or next(s for s in screens if s is not primary)
        self._put(audience_screen, screens)

    def choose_audience_screen(self, screen: QScreen) -> None:
        """The presenter picked ``screen`` for the audience (menu or swap): do it, remember it."""
        screens = self.screens()
        self._settings.setValue(f"{SETTINGS_GROUP}/{setup_key(screens)}", screen.name())
        if len(screens) == 1:
            show_fullscreen_on(self._audience, screen)
            return
        self._put(screen, screens)

    def swap(self) -> bool:
        """Exchange the two windows' screens; False with a single screen."""
        screens = self.screens()
        if len(screens) < 2:
            return False
        console_screen = self._console.screen()
        audience_screen = self._audience.screen()
        if console_screen is audience_screen:
            audience_screen = next(s for s in screens if s is not console_screen)
        self._settings.setValue(f"{SETTINGS_GROUP}/{setup_key(screens)}", console_screen.name())
        self._put(console_screen, screens, console_on=audience_screen)
        return True

    def present_on_single_screen(self) -> bool:
        """F5: with one screen, the audience fullscreen on it; False when a projector exists."""
        if len(self.screens()) > 1:
            return False
        show_fullscreen_on(self._audience, self._console.screen())
        self._audience.activateWindow()
        return True

    def leave_single_screen(self) -> bool:
        """Esc after F5: back to the console; never pulls the projector out of fullscreen."""
        if len(self.screens()) > 1 or not self._audience.isFullScreen():
            return False
        self._audience.showNormal()
        self._audience.hide()
        self._console.activateWindow()
        return True

    def on_screen_removed(self, removed: QScreen) -> None:
        self.place([s for s in self.screens() if s is not removed])

    def _on_screen_added(self, _screen: QScreen) -> None:
        self.place()

    def _put(
        self, audience_screen: QScreen, screens: Sequence[QScreen], console_on: QScreen | None = None
    ) -> None:
        if console_on is None:
            primary = QGuiApplication.primaryScreen()
            others = [s for s in screens if s is not audience_screen]
            console_on = primary if primary in others else others[0]
        show_console_on(self._console, console_on)
        show_fullscreen_on(self._audience, audience_screen)

    def _remembered(self, screens: Sequence[QScreen]) -> QScreen | None:
        name = self._settings.value(f"{SETTINGS_GROUP}/{setup_key(screens)}")
        return next((s for s in screens if s.name() == name), None)
