"""The presenter console: top bar, problems banner, and one page per mode.

It is a composition: each mode is a page in a stack, so the group-work,
notes and programme features drop their pages in with ``set_mode_page``
(or ``set_mode_page_builder``, built when first shown) without touching the
presentation page or the key handling.

Focus stays where the person was typing. The window itself takes no focus
from a click (a click on a button or on a page's background leaves the
cursor in the editor); each mode remembers the field that had focus when it
was left and gives it back when it is shown again. Keys pressed in a text
field are sorted by ``TextFieldKeys``; the others reach ``event`` below.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QStackedWidget, QVBoxLayout, QWidget

from app.presenting.presentation import Presentation
from app.timing.clock import Clock
from app.ui.console.placeholder_page import PlaceholderPage
from app.ui.console.presentation_page import PresentationPage
from app.ui.console.problems_banner import ProblemsBanner
from app.ui.console.style import CONSOLE_STYLE
from app.ui.console.top_bar import TopBar
from app.ui.faults.notices import NoticeArea
from app.ui.keys import Command, KeyboardController
from app.ui.slide_images import SlideImages
from app.ui.text_fields import TextFieldKeys

if TYPE_CHECKING:
    from app.ui.console.overview import OverviewGrid
    from app.ui.console.shortcuts_dialog import ShortcutsDialog


class Mode(IntEnum):
    PRESENTATION = 0
    GROUPWORK = 1
    NOTES = 2
    PROGRAMME = 3


class PresenterConsole(QMainWindow):
    """The laptop's window. Keys it does not consume go to the shared controller."""

    def __init__(
        self,
        presentation: Presentation,
        images: SlideImages,
        keys: KeyboardController,
        clock: Clock,
    ) -> None:
        super().__init__()
        self._keys = keys
        # The app's render context (laid-out text, pictures); ``render`` is QWidget's own method.
        self.render_context = images.render
        self.setWindowTitle(self.tr("Plenum: presenter console"))
        self.setStyleSheet(CONSOLE_STYLE)
        # Keys reach the window when no widget has focus; setFocus() still works.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.text_field_keys = TextFieldKeys(self, keys)
        names = [self.tr("Presentation"), self.tr("Group work"), self.tr("Notes"), self.tr("Programme")]
        self.top_bar = TopBar(presentation, images, clock, names, self)
        self.top_bar.mode_requested.connect(lambda number: self.set_mode(Mode(number)))
        self.banner = ProblemsBanner(self)
        self.notices = NoticeArea(self)
        self.presentation_page = PresentationPage(presentation, images, keys, self)
        self._overview: OverviewGrid | None = None  # built when first opened (not before the first frame)
        self._presentation = presentation
        self._pages = QStackedWidget(self)
        self._pages.addWidget(self.presentation_page)
        for mode in (Mode.GROUPWORK, Mode.NOTES, Mode.PROGRAMME):
            self._pages.addWidget(PlaceholderPage(names[mode], self))
        self._mode = Mode.PRESENTATION
        self._builders: dict[Mode, Callable[[], QWidget]] = {}
        self._typing_in: dict[Mode, QWidget] = {}  # the field each mode had focus in

        central = QWidget(self)
        central.setObjectName("console")
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.top_bar)
        layout.addWidget(self.banner)
        layout.addWidget(self.notices)
        layout.addWidget(self._pages, 1)
        self.setCentralWidget(central)
        self._help: ShortcutsDialog | None = None  # built when first asked for (not before the first frame)
        self.screen_menu = self._build_menus()

        self._tick = QTimer(self, interval=1000)
        self._tick.timeout.connect(self._refresh_clocks)
        self._tick.start()
        self.set_mode(Mode.PRESENTATION)

    @property
    def mode(self) -> Mode:
        return self._mode

    @property
    def overview(self) -> OverviewGrid:
        """The overview grid (Tab), built when first asked for."""
        if self._overview is None:
            from app.ui.console.overview import OverviewGrid

            self._overview = OverviewGrid(self._presentation, self.render_context, self)
            self._overview.chosen.connect(self._jump_from_overview)
            self._pages.addWidget(self._overview)
        return self._overview

    @property
    def overview_open(self) -> bool:
        return self._overview is not None and self._pages.currentWidget() is self._overview

    def set_mode(self, mode: Mode) -> None:
        self._remember_focus()
        self.mode_page(mode)
        self._mode = mode
        self._pages.setCurrentIndex(int(mode))
        self.top_bar.set_mode(int(mode))
        field = self._typing_in.get(mode)
        if field is not None and shiboken6.isValid(field) and field.isVisible() and field.isEnabled():
            field.setFocus()
        else:
            self.setFocus()

    def _remember_focus(self) -> None:
        """Note the field the current mode's page has focus in, to give it back later."""
        page = self._pages.widget(int(self._mode))
        focused = QApplication.focusWidget()
        assert page is not None  # every mode has a page from the start
        if self._pages.currentWidget() is page and focused is not None and page.isAncestorOf(focused):
            self._typing_in[self._mode] = focused
        elif self._pages.currentWidget() is page:
            self._typing_in.pop(self._mode, None)

    def set_mode_page(self, mode: Mode, page: QWidget) -> None:
        """Put a feature's page in place of a placeholder."""
        self._builders.pop(mode, None)
        self._replace_page(mode, page)
        self.set_mode(self._mode)

    def set_mode_page_builder(self, mode: Mode, build: Callable[[], QWidget]) -> None:
        """Have ``build`` make the mode's page when it is first shown or asked for (``mode_page``).

        A page the presenter may never open then costs no memory: the Notater and
        Gruppearbeid pages are some 1.5 MiB of widgets and styles.
        """
        self._builders[mode] = build

    def mode_page(self, mode: Mode) -> QWidget:
        """The mode's page, built now if it has a builder and was not built yet."""
        build = self._builders.pop(mode, None)
        if build is not None:
            self._replace_page(mode, build())
        page = self._pages.widget(int(mode))
        assert page is not None
        return page

    def _replace_page(self, mode: Mode, page: QWidget) -> None:
        old = self._pages.widget(int(mode))
        assert old is not None  # every mode has a page from the start
        self._pages.insertWidget(int(mode), page)
        self._pages.removeWidget(old)
        old.deleteLater()

    def toggle_overview(self) -> None:
        if self.overview_open:
            self.close_overview()
        else:
            self._remember_focus()
            self._pages.setCurrentWidget(self.overview)
            self.overview.open_at_current()

    def close_overview(self) -> None:
        self.set_mode(self._mode)

    def toggle_help(self) -> None:
        if self._help is None:
            from app.ui.console.shortcuts_dialog import ShortcutsDialog

            self._help = ShortcutsDialog(self)
        self._help.setVisible(not self._help.isVisible())

    @property
    def help_dialog(self) -> ShortcutsDialog | None:
        """The shortcuts help, once it has been asked for."""
        return self._help

    def event(self, event: QEvent) -> bool:
        # Before QWidget::event turns Tab into a focus move.
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and self._keys.handle(event):
            return True
        return super().event(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._tick.stop()
        self.text_field_keys.stop()
        if self._help is not None:
            self._help.close()
        super().closeEvent(event)

    def _refresh_clocks(self) -> None:
        self.top_bar.refresh()
        self.presentation_page.talk_clock.refresh()

    def _jump_from_overview(self, index: int) -> None:
        self._presentation.go_to(index)
        self.close_overview()

    def _build_menus(self) -> QMenu:
        def add(menu: QMenu, text: str, keys: str, command: Command) -> None:
            # The key is shown, not bound here: the controller owns every key.
            action = menu.addAction(f"{text}\t{keys}")
            action.triggered.connect(lambda: self._keys.run(command))

        view = self.menuBar().addMenu(self.tr("&View"))
        add(view, self.tr("Overview"), "Tab", Command.OVERVIEW)
        add(view, self.tr("Black screen"), "B", Command.BLACK)
        add(view, self.tr("White screen"), "W", Command.WHITE)
        add(view, self.tr("Freeze the projector"), "F", Command.FREEZE)
        add(view, self.tr("Keyboard shortcuts"), "?", Command.HELP)
        screens = self.menuBar().addMenu(self.tr("&Screens"))
        add(screens, self.tr("Swap screens"), "S", Command.SWAP_SCREENS)
        add(screens, self.tr("Present fullscreen"), "F5", Command.PRESENT)
        screens.addSeparator()
        return screens.addMenu(self.tr("Projector"))
