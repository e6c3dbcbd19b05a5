"""The session wired into the presenting app: File menu, banner, title, notes page, position.

``PresenterApp`` creates one ``SessionControls``; it owns the ``CurrentSession``,
puts the Notater page in the console (built, and its module imported, when
first shown), adds the File menu (open, recent sessions, import/export
notes, export the report) and shows the session's state: its path in the
title bar, a banner when it is read-only or the event file changed since the
session was made, and any error opening it (the presentation goes on without
a session).

Opening is deferred until the first frame has been painted
(``open_after_first_paint``): importing and opening the session costs about
60 ms, which the room should not wait for. With ``resume`` the session is
opened before the first frame instead, so the first frame is already the
resumed slide.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QMenu, QVBoxLayout, QWidget

from app.presenting.presentation import Presentation
from app.timing.clock import Clock
from app.ui.console.window import Mode, PresenterConsole
from app.ui.faults.session_problem import session_problem
from app.ui.faults.write_failure import show_write_failure
from app.ui.first_frame import AfterFirstPaint
from app.ui.keys import Command
from app.ui.notes.in_plenum import SummaryShow
from app.ui.session.banner import SessionBanner
from app.ui.session.current import CurrentSession
from app.ui.session.dialogs import FileDialogs
from app.ui.session.notes_transfer import ImportPanel, export_group_notes, start_import
from app.ui.session.recent import RecentSessions
from app.ui.session.report_export import ReportPanel, default_report_path

if TYPE_CHECKING:
    from app.session import SessionGroup, SessionStore
    from app.ui.notes.page import NotesPage
    from app.ui.session.position import PositionKeeper


class SessionControls(QObject):
    """The console's controls for the session file: the open session (``holder``, a
    ``CurrentSession``), opening and creating one (File menu, recent list, dialogs), its
    banner, the Notater page, imports, reports and summaries on the projector.
    ``holder.opened`` tells when one opens, ``open_failed(path, exception)`` when one
    could not be opened."""

    open_failed = Signal(object, object)

    def __init__(self, presentation: Presentation, console: PresenterConsole, settings: QSettings,
                 clock: Clock, dialogs: FileDialogs | None = None) -> None:
        super().__init__(console)
        self._presentation = presentation
        self._console = console
        self.holder = CurrentSession(self, clock=clock)
        self.recent = RecentSessions(settings)
        self.dialogs = dialogs or FileDialogs(console)
        self.summary_show = SummaryShow(presentation, console.render_context.text)
        self._notes_page: NotesPage | None = None  # built when first shown: see ``notes_page``
        console.set_mode_page_builder(Mode.NOTES, self._build_notes_page)
        self.banner = SessionBanner(console)
        central = console.centralWidget()
        layout = central.layout() if central is not None else None
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.count() - 1, self.banner)  # just above the mode pages
        self.import_panel = ImportPanel(console)
        self.report_panel = ReportPanel(console)
        self._position: PositionKeeper | None = None
        self._base_title = console.windowTitle()
        self.holder.opened.connect(self._on_opened)
        self.holder.closing.connect(self._on_closing)
        self._build_menu()

    @property
    def store(self) -> SessionStore | None:
        return self.holder.store

    @property
    def notes_page(self) -> NotesPage:
        """The Notater page, built the first time it is shown or asked for."""
        self._console.mode_page(Mode.NOTES)
        assert self._notes_page is not None
        return self._notes_page

    def _build_notes_page(self) -> NotesPage:
        from app.ui.notes.page import NotesPage

        presentation = self._presentation
        self._notes_page = NotesPage(self.holder, lambda: presentation.event, self.summary_show,
                                     parent=self._console)
        return self._notes_page

    # --- opening -----------------------------------------------------------------

    def open_session(self, path: Path, *, resume: bool = False) -> bool:
        """Open (or create) ``path``; on failure say so in the banner and go on without one."""
        from app.session import SessionError
        from app.ui.session.position import saved_position

        try:
            self.holder.open(path, self._presentation.event)
        except (SessionError, OSError) as exc:
            self.banner.set_message("open", self.tr("The session could not be opened: %1").replace(
                "%1", session_problem(exc)))
            self.open_failed.emit(path, exc)
            return False
        store = self.holder.store
        if resume and store is not None:
            index = saved_position(store)
            if index is not None:
                self._presentation.go_to(index)
        return True

    def open_after_first_paint(self, path: Path, windows: list[QWidget]) -> None:
        first, *others = windows
        AfterFirstPaint(first, lambda: self.open_session(path), *others)

    def _on_opened(self, store: SessionStore) -> None:
        from app.ui.session.position import PositionKeeper

        self.banner.set_message("open", None)
        self._console.setWindowTitle(f"{self._base_title} — {store.path}")
        self.recent.add(store.path)
        if store.read_only and store.on_unwritable_disk:
            self.banner.set_message("read-only", self.tr(
                "Read-only: the session's disk or folder cannot be written to (%1). Notes cannot be "
                "edited here; copy the session to a disk you can write to, to go on writing.").replace(
                "%1", str(store.path)))
        elif store.read_only:
            self.banner.set_message("read-only", self.tr(
                "Read-only: %1. Notes cannot be edited here; they are shown as the other "
                "Plenum saves them.").replace("%1", store.read_only_reason or str(store.path)))
        else:
            self.banner.set_message("read-only", None)
        event = self._presentation.event
        if store.event_changed and not store.read_only:
            store.record_event(event)
            self.banner.set_message("event-changed", self.tr(
                "The event file has changed since this session was made: %1. The notes are kept; "
                "the session now refers to the new version.").replace("%1", str(event.path)))
        else:
            self.banner.set_message("event-changed", None)
        self._position = PositionKeeper(self._presentation, store, self) if not store.read_only else None

    def _on_closing(self, _store: SessionStore) -> None:
        if self._position is not None:
            self._position.stop()
            self._position.deleteLater()
            self._position = None
        self._console.setWindowTitle(self._base_title)

    def close(self) -> None:
        """Flush and close the session (the app is closing)."""
        self.report_panel.close()
        self.import_panel.close()
        self.holder.close()

    def run_command(self, command: Command) -> bool:
        """Keys that mean something else while a summary is on the projector, and the
        Notater page's own keys while it is shown."""
        if self.summary_show.run_command(command):
            return True
        page = self._notes_page
        return page is not None and self._console.mode is Mode.NOTES and page.run_command(command)

    # --- the File menu -----------------------------------------------------------------

    def _build_menu(self) -> None:
        bar = self._console.menuBar()
        menu = QMenu(self.tr("&File"), bar)
        first = bar.actions()[0] if bar.actions() else None
        if first is not None:
            bar.insertMenu(first, menu)
        else:
            bar.addMenu(menu)
        menu.addAction(self.tr("Open session…")).triggered.connect(self.choose_session)
        self.recent_menu = menu.addMenu(self.tr("Recent sessions"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        menu.addSeparator()
        self.import_action = menu.addAction(self.tr("Import notes…"))
        self.import_action.triggered.connect(self.import_notes)
        self.export_action = menu.addAction(self.tr("Export notes for group…"))
        self.export_action.triggered.connect(self.export_notes)
        menu.addSeparator()
        self.report_action = menu.addAction(self.tr("Export report (PDF)…"))
        self.report_action.triggered.connect(self.export_report)
        self.file_menu = menu

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        paths = self.recent.paths()
        if not paths:
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)
        for path in paths:
            action = self.recent_menu.addAction(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.open_session(p))

    def _folder(self) -> Path:
        store = self.store
        return (store.path if store else self._presentation.event.path).parent

    def choose_session(self) -> None:
        path = self.dialogs.open_session(self._folder())
        if path is not None:
            self.open_session(path)

    def import_notes(self) -> None:
        store = self.store
        if store is None or store.read_only:
            self.banner.set_message("action", self.tr("Open a session you can write to before importing."))
            return
        files = self.dialogs.import_notes(self._folder())
        if files:
            self.holder.flush()
            start_import(store, files, self._presentation.event, self.import_panel, self._reload_notes)

    def _reload_notes(self) -> None:
        if self._notes_page is not None:  # a page built later reads the session itself
            self._notes_page.reload()

    def export_notes(self) -> None:
        store = self.store
        if store is None:
            self.banner.set_message("action", self.tr("Open a session first."))
            return
        groups = store.groups()
        current = self._notes_page.current_group() if self._notes_page is not None else None
        chosen = self.dialogs.choose_group([g.name for g in groups],
                                           groups.index(current) if current in groups else 0)
        if chosen is None:
            return
        group = groups[chosen]
        out = self.dialogs.save_notes(self._folder() / f"{store.path.stem}-{group.name}.yaml")
        if out is None:
            return
        self.holder.flush()
        self._write_notes(store, group, out)

    def _write_notes(self, store: SessionStore, group: SessionGroup, out: Path) -> None:
        """Write ``group``'s notes file; a failure is told in a notice offering a folder that works."""
        try:
            export_group_notes(store, group.id, self._presentation.event, out)
        except OSError as exc:
            show_write_failure(self._console.notices, out, exc,
                               save_to=lambda instead: self._write_notes(store, group, instead))
            return
        self.banner.set_message("action", self.tr("Notes for %1 written to %2").replace(
            "%1", group.name).replace("%2", str(out)))

    def export_report(self) -> None:
        store = self.store
        if store is None:
            self.banner.set_message("action", self.tr("Open a session first."))
            return
        if self.report_panel.running:
            self.report_panel.activateWindow()
            return
        out = self.dialogs.save_report(default_report_path(store.path))
        if out is None:
            return
        self.holder.flush()
        self.report_panel.start(store, self._presentation.event, out)
