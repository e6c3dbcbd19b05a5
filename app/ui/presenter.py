"""The presenting app put together: one model, two windows, screens, keys, reload.

``PresenterApp`` is the composition root ``plenum`` opens and the tests
drive. It also answers the window-level keys (overview, help, screens, modes),
which concern more than one window.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtGui import QActionGroup, QGuiApplication

from app.event.model import Event, Problem
from app.timing.clock import Clock
from app.ui.console.window import Mode, PresenterConsole
from app.ui.faults.broken_session import SessionRescue
from app.ui.faults.refused_images import RefusedImagesNotice
from app.ui.first_frame import AudienceStart
from app.ui.groupwork.controls import GroupworkControls
from app.ui.hot_reload import EventFileWatcher, Loader
from app.ui.keys import Command
from app.ui.malloc_tuning import return_large_blocks
from app.ui.resume import CrashResume
from app.ui.screen_placement import ScreenPlacement
from app.ui.session.controls import SessionControls
from app.ui.share.controls import ShareControls

if TYPE_CHECKING:
    from app.session import SessionStore

_MODES = {
    Command.MODE_1: Mode.PRESENTATION,
    Command.MODE_2: Mode.GROUPWORK,
    Command.MODE_3: Mode.NOTES,
    Command.MODE_4: Mode.PROGRAMME,
}


class PresenterApp:
    """Owns the windows for one event; ``show`` places them, ``close`` ends everything."""

    def __init__(
        self,
        event: Event,
        clock: Clock,
        settings: QSettings,
        load: Loader | None = None,
        index: int = 0,
        start: AudienceStart | None = None,
    ) -> None:
        # Before any large image is freed (none is before the first frame, which
        # ``plenum`` shows before building this; see app.ui.first_frame), and
        # after that frame: it loads ctypes.
        return_large_blocks()
        # ``plenum`` passes the audience window it already showed.
        start = start or AudienceStart(event, clock, index)
        start.shell = self
        self.presentation, self.images = start.presentation, start.images
        self.keys, self.audience = start.keys, start.audience
        # With one screen ``plenum`` shows the console first (AudienceStart.show_console).
        self.console = start.console or PresenterConsole(self.presentation, self.images, self.keys, clock)
        start.console = self.console
        self.placement = ScreenPlacement(self.console, self.audience, settings)
        self.console.screen_menu.aboutToShow.connect(self._fill_screen_menu)
        # Gruppearbeid and Program pages, the top bar's agenda line, the group-work screens.
        self.groupwork = GroupworkControls(self.presentation, self.console, self.audience, self.images, clock)
        # The session, the Notater page and the File menu; `sessions.holder.opened` tells when
        # a session opens (the group-work page logs into it).
        self.sessions = SessionControls(self.presentation, self.console, settings, clock)
        self.sessions.holder.opened.connect(self.groupwork.use_session)
        self.sessions.holder.closing.connect(lambda _store: self.groupwork.use_session(None))
        # «Del med gruppene»: the room server, off until switched on (or on again after a restart).
        self.sharing = ShareControls(self.presentation, self.console, self.sessions, self.groupwork, clock)
        # A damaged session file at start: a notice offering a read-only copy or a new session.
        self.session_rescue = SessionRescue(self.sessions, self.console.notices,
                                            lambda: self.presentation.event, clock.now)
        # After an abnormal exit: offer (or with --resume do) a return to where the talk was.
        self.crash_resume = CrashResume(self.presentation, self.sessions, self.groupwork,
                                        self.console.notices)
        # Pictures shown as a placeholder (too large, undecodable): listed after the console's first frame.
        self.refused_images = RefusedImagesNotice(self.presentation, self.console.notices, self.console)
        self.watcher: EventFileWatcher | None = None
        if load is not None:
            self.watcher = EventFileWatcher(Path(event.path), load, self.console, event)
            self.watcher.reloaded.connect(self._on_reloaded)
            self.watcher.failed.connect(self._on_reload_failed)

    @property
    def session(self) -> SessionStore | None:
        """The open session, or None (none opened yet, or it could not be opened)."""
        return self.sessions.store

    def open_session(self, path: Path, *, resume: bool = False) -> bool:
        """Open or create the session at ``path``; ``resume`` goes to its saved slide and,
        after an abnormal exit, back to the projector and countdowns as they were."""
        self.crash_resume.auto = resume
        return self.sessions.open_session(path, resume=resume)

    def show(self) -> None:
        self.placement.place()
        self.console.activateWindow()

    def close(self) -> None:
        if self.watcher is not None:
            self.watcher.stop()
        self.groupwork.stop()
        self.sharing.stop()
        self.crash_resume.stop()
        self.refused_images.stop()
        self.sessions.close()
        self.audience.close()
        self.console.close()
        self.images.render.close()  # the guest pages' thread and open files

    def run_command(self, command: Command) -> bool:
        """Window-level commands; see ``keys.Shell``."""
        console = self.console
        if self.sessions.run_command(command) or self.sharing.run_command(command):
            return True
        if console.overview_open and command in (Command.NEXT, Command.PREVIOUS):
            console.overview.move_selection(1 if command is Command.NEXT else -1)
            return True
        if self.groupwork.run_command(command):
            return True
        if command in _MODES:
            console.set_mode(_MODES[command])
            return True
        handlers: dict[Command, Callable[[], None]] = {
            Command.OVERVIEW: console.toggle_overview,
            Command.HELP: console.toggle_help,
            Command.NOTES_BIGGER: lambda: console.presentation_page.notes.zoom(1),
            Command.NOTES_SMALLER: lambda: console.presentation_page.notes.zoom(-1),
        }
        handler = handlers.get(command)
        if handler is not None:
            handler()
            return True
        if command is Command.SWAP_SCREENS:
            return self.placement.swap()
        if command is Command.PRESENT:
            return self.placement.present_on_single_screen()
        if command is Command.LEAVE_FULLSCREEN:
            if console.overview_open:
                console.close_overview()
                return True
            return self.placement.leave_single_screen()
        return False

    def show_load_warnings(self, warnings: tuple[Problem, ...]) -> None:
        """The problems the event loaded despite (warnings, a missing picture: what
        ``plenum check`` would report); ``plenum`` passes them at start."""
        self.console.banner.show_warnings(warnings)

    def _on_reloaded(self, event: Event, warnings: tuple[Problem, ...]) -> None:
        self.console.banner.show_warnings(warnings)
        self.presentation.replace_event(event)

    def _on_reload_failed(self, problems: tuple[Problem, ...]) -> None:
        self.console.banner.show_problems(problems)

    def _fill_screen_menu(self) -> None:
        menu = self.console.screen_menu
        menu.clear()
        group = QActionGroup(menu)
        current = self.audience.screen() if self.audience.isVisible() else None
        for screen in QGuiApplication.screens():
            size = screen.size()
            action = menu.addAction(f"{screen.name()}  ({size.width()}x{size.height()})")
            action.setCheckable(True)
            action.setChecked(screen is current)
            group.addAction(action)
            action.triggered.connect(
                lambda _checked=False, s=screen: self.placement.choose_audience_screen(s)
            )
