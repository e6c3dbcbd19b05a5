"""Which window lands on which screen, swapping, and projectors coming and going."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QScreen
from pytestqt.qtbot import QtBot
from screenkit import set_screens

from app.presenting.content import SlideContent
from app.timing.clock import FakeClock
from app.ui.keys import Command
from app.ui.presenter import PresenterApp

LAPTOP = {"name": "s0-laptop", "x": 0, "y": 0, "width": 1366, "height": 768}
PROJECTOR = {"name": "s1-projector", "x": 1366, "y": 0, "width": 1920, "height": 1080}
BEAMER = {"name": "s1-beamer", "x": 1366, "y": 0, "width": 1280, "height": 720}


def test_audience_fullscreen_on_projector_console_on_laptop(
    presenter: PresenterApp, screens: tuple[QScreen, QScreen]
) -> None:
    laptop, projector = screens
    assert presenter.audience.isFullScreen()
    assert presenter.audience.screen() is projector
    assert presenter.audience.geometry() == projector.geometry()
    assert presenter.console.screen() is laptop
    assert not presenter.console.isFullScreen()


def test_swap_exchanges_screens_and_is_remembered(
    presenter: PresenterApp, screens: tuple[QScreen, QScreen]
) -> None:
    laptop, projector = screens
    assert presenter.keys.run(Command.SWAP_SCREENS)
    assert presenter.audience.screen() is laptop and presenter.audience.isFullScreen()
    assert presenter.audience.geometry() == laptop.geometry()
    assert presenter.console.screen() is projector
    # A new start in the same room puts the audience where it was chosen.
    presenter.placement.place()
    assert presenter.audience.screen() is laptop
    presenter.keys.run(Command.SWAP_SCREENS)
    assert presenter.audience.screen() is projector


def test_menu_choice_of_audience_screen(presenter: PresenterApp, screens: tuple[QScreen, QScreen]) -> None:
    laptop, _projector = screens
    menu = presenter.console.screen_menu
    menu.aboutToShow.emit()
    actions = menu.actions()
    assert [a.text().split()[0] for a in actions] == ["s0-laptop", "s1-projector"]
    assert actions[1].isChecked()
    actions[0].trigger()
    assert presenter.audience.screen() is laptop


def test_unplugging_the_projector_moves_the_audience_window_and_back(
    qtbot: QtBot, presenter: PresenterApp, screens: tuple[QScreen, QScreen], clock: FakeClock
) -> None:
    # The offscreen platform really loses and regains the projector (see screenkit),
    # so Qt's own screenRemoved/screenAdded path runs, as with a pulled cable.
    laptop, _projector = screens
    presenter.presentation.go_to(3)
    audience, console = presenter.audience, presenter.console
    try:
        set_screens([LAPTOP])
        assert [s.name() for s in QGuiApplication.screens()] == ["s0-laptop"]
        assert audience.isVisible() and not audience.isFullScreen()
        assert audience.screen() is laptop and laptop.availableGeometry().contains(audience.geometry())
        assert console.isVisible() and console.screen() is laptop and console.isMaximized()
        # The console keeps running: the clicker still moves both windows, the talk clock runs.
        clock.advance(30)
        before = audience.grab().toImage()
        qtbot.keyClick(console, Qt.Key.Key_PageDown)
        assert presenter.presentation.content == SlideContent(4) and audience.grab().toImage() != before
        assert presenter.presentation.timer.elapsed() == 30
    finally:
        set_screens([LAPTOP, PROJECTOR])
    projector = next(s for s in QGuiApplication.screens() if s.name() == "s1-projector")
    assert audience.isFullScreen() and audience.screen() is projector
    assert audience.geometry() == projector.geometry() and console.screen() is laptop
    assert presenter.presentation.content == SlideContent(4)


def test_the_audience_screen_is_remembered_per_screen_setup(
    presenter: PresenterApp, screens: tuple[QScreen, QScreen]
) -> None:
    laptop, _projector = screens
    assert presenter.keys.run(Command.SWAP_SCREENS)  # in this room: the audience on the laptop
    assert presenter.audience.screen() is laptop
    try:
        set_screens([LAPTOP, BEAMER])  # another room, another projector: the default again
        beamer = next(s for s in QGuiApplication.screens() if s.name() == "s1-beamer")
        assert presenter.audience.screen() is beamer and presenter.audience.isFullScreen()
        set_screens([LAPTOP, PROJECTOR])  # back in the first room: its choice
        assert presenter.audience.screen() is laptop and presenter.audience.isFullScreen()
    finally:
        set_screens([LAPTOP, PROJECTOR])
    presenter.placement.place()  # the next start in this room
    assert presenter.audience.screen() is laptop


def test_the_screen_removed_handler_alone(presenter: PresenterApp, screens: tuple[QScreen, QScreen]) -> None:
    # The handler with the screens that would remain, for platforms where screenkit
    # cannot change the screens (the test above then skips).
    laptop, projector = screens
    presenter.placement.on_screen_removed(projector)
    assert presenter.audience.screen() is laptop and not presenter.audience.isFullScreen()
    presenter.placement.place(QGuiApplication.screens())
    assert presenter.audience.isFullScreen() and presenter.audience.screen() is projector
