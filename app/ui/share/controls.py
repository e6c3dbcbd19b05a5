"""Sharing put into the console: the File menu, the window, Gruppearbeid's room, «Bli med».

``PresenterApp`` creates one ``ShareControls``. «Del med gruppene» in the File
menu and on the Gruppearbeid page switch sharing on and off (opening the
window with the links when it goes on); «Lenker og QR-koder…» opens that
window again. The projector's «Bli med» is held like a summary: Esc, or the
window's button, returns to the slides, and it follows renewed links. The
news from devices reaches the Notater page through the ``CurrentSession``
(``remote_saved``, ``remote_changed``), and Gruppearbeid's room list through
``RoomActivity``. Only this module's small classes load at start; the
window, the projector screen and the server load when first used.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction

from app.presenting.presentation import Presentation
from app.timing.clock import Clock
from app.ui.console.window import PresenterConsole
from app.ui.groupwork.controls import GroupworkControls
from app.ui.keys import Command
from app.ui.session.controls import SessionControls
from app.ui.session.report_export import ui_language
from app.ui.share.sharing import Sharing

if TYPE_CHECKING:
    from pathlib import Path

    from app.ui.groupwork.page import GroupworkPage
    from app.ui.share.panel import SharePanel
    from app.ui.share.room_list import RoomList


class ShareControls(QObject):
    """Owns ``Sharing`` and its window; ``stop`` ends sharing when the app closes."""

    def __init__(self, presentation: Presentation, console: PresenterConsole, sessions: SessionControls,
                 groupwork: GroupworkControls, clock: Clock) -> None:
        super().__init__(console)
        self._presentation = presentation
        self._console = console
        self._sessions = sessions
        self.sharing = Sharing(sessions.holder, lambda: presentation.event, groupwork.round, clock,
                               ui_language, parent=self)
        self.sharing.changed.connect(self._on_changed)
        self.sharing.failed.connect(lambda message: sessions.banner.set_message("share", message))
        self.panel: SharePanel | None = None
        self.room_list: RoomList | None = None
        menu = sessions.file_menu
        menu.addSeparator()
        self.share_action = QAction(self.tr("Share with the groups"), menu)
        self.share_action.setCheckable(True)
        self.share_action.triggered.connect(self.set_on)
        menu.addAction(self.share_action)
        self.links_action = menu.addAction(self.tr("Links and QR codes…"))
        self.links_action.triggered.connect(self.open_panel)
        groupwork.add_page_part(self._add_room_list)
        unsubscribe = presentation.changed.subscribe(self._projector_changed)
        self.destroyed.connect(lambda *_: unsubscribe())
        self._on_changed()

    # --- on and off ------------------------------------------------------------------

    def set_on(self, on: bool) -> None:
        """Switch sharing on (and show the links) or off."""
        if on and self.sharing.start():
            self._sessions.banner.set_message("share", None)
            self.open_panel()
        elif not on:
            self.sharing.stop()
        self._on_changed()

    def stop(self) -> None:
        """The app is closing: every device is disconnected; the session still says it was on."""
        self.sharing.stop(remember=False)
        if self.panel is not None:
            self.panel.close()

    def open_panel(self) -> SharePanel:
        if self.panel is None:
            from app.ui.share.panel import SharePanel

            self.panel = SharePanel(self.sharing, self.print_handout, self.toggle_join,
                                    lambda: self.join_shown, self._console)
        if self.panel.isVisible():
            self.panel.refresh()  # showing it again re-reads the groups too (showEvent)
        self.panel.show()
        self.panel.activateWindow()
        return self.panel

    def _on_changed(self) -> None:
        running = self.sharing.running
        self.share_action.setChecked(running)
        self.links_action.setEnabled(running)
        if self.join_shown:
            if running:
                self.show_join()  # renewed links, renamed groups
            else:
                self._presentation.follow_slides()

    # --- the projector's «Bli med» -------------------------------------------------------

    @property
    def join_shown(self) -> bool:
        # Asked on every projector change: looked up, never imported (no «Bli med» yet, none shown).
        join_screen = sys.modules.get("app.ui.share.join_screen")
        return join_screen is not None and isinstance(self._presentation.content, join_screen.JoinContent)

    def show_join(self) -> None:
        from app.ui.share.join_screen import JoinContent

        self._presentation.hold(JoinContent(
            tuple(self.sharing.cards()),
            QCoreApplication.translate("JoinScreen", "Join"),
            QCoreApplication.translate("JoinScreen", "Scan your group's code with the phone's camera"),
        ))

    def toggle_join(self) -> None:
        if self.join_shown:
            self._presentation.follow_slides()
        elif self.sharing.running:
            self.show_join()

    def _projector_changed(self) -> None:
        if self.panel is not None:
            self.panel.update_join_button()

    def run_command(self, command: Command) -> bool:
        """Esc while «Bli med» is on the projector returns to the slides."""
        if command is Command.LEAVE_FULLSCREEN and self.join_shown:
            self._presentation.follow_slides()
            return True
        return False

    # --- the handout -----------------------------------------------------------------------

    def print_handout(self) -> None:
        """Ask where, then write the A4 handout off the UI thread; the window offers to open it."""
        store = self._sessions.store
        if store is None or not self.sharing.running:
            return
        out = self._sessions.dialogs.save_handout(store.path.with_name(f"{store.path.stem}-lenker.pdf"))
        if out is None:
            return
        from app.share.handout import HandoutWords, write_handout
        from app.ui.jobs import Report, run_job

        cards = self.sharing.cards()
        event = self._presentation.event
        words = HandoutWords(
            event=event.info.title,
            scan=self.tr("Scan the code, or type the address into the browser:"),
            pdf_title=self.tr("Links for the groups"),
            language=ui_language(),
        )

        def work(_report: Report) -> Path:
            return write_handout(cards, out, words, event.theme.font)

        panel = self.open_panel()
        run_job(work, on_done=panel.handout_written, on_error=lambda error: panel.show_error(str(error)))

    # --- Gruppearbeid ------------------------------------------------------------------------

    def _add_room_list(self, page: GroupworkPage) -> None:
        from app.ui.share.room_list import RoomList

        self.room_list = RoomList(self.sharing, self._sessions.holder, self.set_on, self.open_panel, page)
        page.add_part(self.room_list)
