"""Which window lands on which screen, swapping, and projectors coming and going."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QScreen

from app.ui.keys import Command
from app.ui.presenter import PresenterApp


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
    presenter: PresenterApp, screens: tuple[QScreen, QScreen]
) -> None:
    # The offscreen plugin cannot remove a screen from Python (its
    # setConfiguration hook is C++-only), so the screenRemoved handler is
    # driven directly with the screens that would remain.
    laptop, projector = screens
    presenter.presentation.go_to(3)
    presenter.placement.on_screen_removed(projector)
    assert presenter.audience.isVisible() and not presenter.audience.isFullScreen()
    assert presenter.audience.screen() is laptop
    assert laptop.availableGeometry().contains(presenter.audience.geometry())
    assert presenter.console.isVisible() and presenter.presentation.index == 3
    presenter.placement.place(QGuiApplication.screens())  # plugged back in
    assert presenter.audience.isFullScreen() and presenter.audience.screen() is projector
