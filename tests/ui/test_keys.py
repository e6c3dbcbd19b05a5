"""Every key does what the help says, from either window, judged by what the audience sees."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from app.presenting import Blank, Frozen, SlideContent
from app.render.slide_painter import render_slide_image
from app.ui.console.window import Mode
from app.ui.keys import BINDINGS, describe
from app.ui.presenter import PresenterApp

K = Qt.Key
NEXT_KEYS = [K.Key_Right, K.Key_Down, K.Key_PageDown, K.Key_Space, K.Key_Return, K.Key_Enter, K.Key_N]
PREVIOUS_KEYS = [K.Key_Left, K.Key_Up, K.Key_PageUp, K.Key_Backspace, K.Key_P]
WINDOWS = ["console", "audience"]


def first_quick(keys: list[K]) -> list[object]:
    """The quick loop presses the first key of a kind; the full run presses every one."""
    return [keys[0], *(pytest.param(key, marks=pytest.mark.slow) for key in keys[1:])]


def window(app: PresenterApp, name: str) -> QWidget:
    return app.console if name == "console" else app.audience


def grey(image: QImage, width: int = 320, height: int = 180) -> bytes:
    scaled = image.scaled(
        width, height, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
    grey = scaled.convertToFormat(QImage.Format.Format_Grayscale8)
    line = grey.bytesPerLine()
    data = bytes(grey.constBits())
    return b"".join(data[y * line : y * line + width] for y in range(height))


def looks_alike(a: QImage, b: QImage) -> bool:
    """Every pixel of a 640x360 grey copy within a small tolerance: the projector and the
    renderer draw the same pixels, while "Lysbilde 5" and "Lysbilde 6" differ in a few."""
    small_a, small_b = grey(a, 640, 360), grey(b, 640, 360)
    if small_a == small_b:  # the usual case: 14 ms of Python loop saved
        return True
    differing = sum(1 for p, q in zip(small_a, small_b, strict=True) if abs(p - q) > 48)
    return differing <= 2


def audience_shows_slide(app: PresenterApp, index: int) -> bool:
    screen = app.audience.grab().toImage()
    expected = render_slide_image(app.images.render, app.presentation.event, index, screen.width())
    return looks_alike(screen, expected)


def audience_is_uniform(app: PresenterApp, level: int) -> bool:
    return set(grey(app.audience.grab().toImage(), 96, 54)) == {level}


@pytest.mark.parametrize("where", WINDOWS)
@pytest.mark.parametrize("key", first_quick(NEXT_KEYS), ids=lambda k: k.name)
def test_next_keys(qtbot: QtBot, presenter: PresenterApp, where: str, key: K) -> None:
    presenter.presentation.go_to(4)
    qtbot.keyClick(window(presenter, where), key)
    assert presenter.presentation.content == SlideContent(5)
    assert audience_shows_slide(presenter, 5)


@pytest.mark.parametrize("where", WINDOWS)
@pytest.mark.parametrize("key", first_quick(PREVIOUS_KEYS), ids=lambda k: k.name)
def test_previous_keys(qtbot: QtBot, presenter: PresenterApp, where: str, key: K) -> None:
    presenter.presentation.go_to(4)
    qtbot.keyClick(window(presenter, where), key)
    assert presenter.presentation.content == SlideContent(3)
    assert audience_shows_slide(presenter, 3)


@pytest.mark.parametrize("where", WINDOWS)
def test_home_end_and_typed_number(qtbot: QtBot, presenter: PresenterApp, where: str) -> None:
    target = window(presenter, where)
    qtbot.keyClick(target, K.Key_End)
    assert presenter.presentation.index == 11 and audience_shows_slide(presenter, 11)
    qtbot.keyClick(target, K.Key_Home)
    assert presenter.presentation.index == 0
    qtbot.keyClicks(target, "10")
    assert presenter.keys.typed_number == "10"
    assert presenter.console.presentation_page.typed_number.isVisibleTo(presenter.console)
    assert presenter.presentation.index == 0  # nothing moves before Enter
    qtbot.keyClick(target, K.Key_Return)
    assert presenter.presentation.index == 9 and audience_shows_slide(presenter, 9)
    assert presenter.keys.typed_number == ""


@pytest.mark.parametrize("where", WINDOWS)
@pytest.mark.parametrize(
    ("key", "colour"),
    [(K.Key_B, "black"), (K.Key_Period, "black"), (K.Key_W, "white"), (K.Key_Comma, "white")],
    ids=["B", "period", "W", "comma"],
)
def test_blank_keys_toggle(qtbot: QtBot, presenter: PresenterApp, where: str, key: K, colour: str) -> None:
    presenter.presentation.go_to(2)
    qtbot.keyClick(window(presenter, where), key)
    assert presenter.presentation.content == Blank(colour)  # type: ignore[arg-type]
    assert audience_is_uniform(presenter, 0 if colour == "black" else 255)
    qtbot.keyClick(window(presenter, where), key)
    assert audience_shows_slide(presenter, 2)


@pytest.mark.parametrize("where", WINDOWS)
def test_freeze_keeps_the_audience_while_the_console_moves(
    qtbot: QtBot, presenter: PresenterApp, where: str
) -> None:
    target = window(presenter, where)
    presenter.presentation.go_to(2)
    qtbot.keyClick(target, K.Key_F)
    qtbot.keyClick(target, K.Key_Right)
    qtbot.keyClick(target, K.Key_Right)
    assert presenter.presentation.index == 4
    assert presenter.presentation.content == Frozen(2) and audience_shows_slide(presenter, 2)
    assert presenter.console.top_bar.audience_state.text() == "Frozen"
    qtbot.keyClick(target, K.Key_F)
    assert audience_shows_slide(presenter, 4)


@pytest.mark.parametrize("where", WINDOWS)
@pytest.mark.parametrize("key", [K.Key_Tab, K.Key_O], ids=["Tab", "O"])
def test_overview_jumps_with_arrows_and_enter(
    qtbot: QtBot, presenter: PresenterApp, where: str, key: K
) -> None:
    qtbot.keyClick(window(presenter, where), key)
    assert presenter.console.overview_open
    grid = presenter.console.overview
    assert grid.count() == 12 and grid.currentRow() == 0
    qtbot.keyClick(grid, K.Key_Right)
    qtbot.keyClick(grid, K.Key_Right)
    assert presenter.presentation.index == 0  # browsing does not move the talk
    qtbot.keyClick(grid, K.Key_Return)
    assert not presenter.console.overview_open
    assert presenter.presentation.index == 2 and audience_shows_slide(presenter, 2)


def test_overview_click_jumps_and_escape_closes(qtbot: QtBot, presenter: PresenterApp) -> None:
    presenter.console.toggle_overview()
    grid = presenter.console.overview
    rect = grid.visualItemRect(grid.item(5))
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert presenter.presentation.index == 5 and not presenter.console.overview_open
    qtbot.keyClick(presenter.console, K.Key_Tab)
    qtbot.keyClick(presenter.console.overview, K.Key_Escape)
    assert not presenter.console.overview_open and presenter.presentation.index == 5


def test_clicker_on_the_audience_moves_the_open_overview(qtbot: QtBot, presenter: PresenterApp) -> None:
    qtbot.keyClick(presenter.audience, K.Key_Tab)
    qtbot.keyClick(presenter.audience, K.Key_PageDown)
    assert presenter.console.overview.currentRow() == 1 and presenter.presentation.index == 0


@pytest.mark.parametrize("where", WINDOWS)
def test_question_mark_shows_shortcuts(qtbot: QtBot, presenter: PresenterApp, where: str) -> None:
    assert presenter.console.help_dialog is None  # built when first asked for
    qtbot.keyClicks(window(presenter, where), "?")
    assert presenter.console.help_dialog is not None and presenter.console.help_dialog.isVisible()
    qtbot.keyClicks(window(presenter, where), "?")
    assert not presenter.console.help_dialog.isVisible()


def test_the_help_lists_every_key_by_mode_with_the_notes_keys(presenter: PresenterApp) -> None:
    presenter.console.toggle_help()
    help_ = presenter.console.help_dialog
    assert help_ is not None
    presenter.console.toggle_help()
    assert [h.text() for h in help_.headings] == ["Everywhere", "Presentation", "Group work", "Notes"]
    assert help_.typing_rule.text().startswith("While a text or number field has the cursor, plain keys type")
    labels = [label.text() for label in help_.findChildren(QLabel)]
    for binding in BINDINGS:
        assert binding.label in labels and describe(binding) in labels
    notes = labels[labels.index("Notes"):]
    for keys, what in [("Ctrl+↑", "Previous group"), ("Ctrl+↓", "Next group"), ("Ctrl+PgUp", "Previous task"),
                       ("Ctrl+PgDn", "Next task"), ("Ctrl+Enter", "Show the summary in plenary"),
                       ("Esc", "Summary off the projector, back to the slides")]:
        assert notes[notes.index(keys) + 1] == what
    assert "→ ↓ PgDn Space N" in notes and "← ↑ PgUp P" in notes  # a summary's pages


def test_the_notes_keys_act_only_while_the_notes_page_is_shown(qtbot: QtBot, presenter: PresenterApp) -> None:
    page = presenter.sessions.notes_page
    page.grid.set_layout([], [])  # no session: a grid of one row and two columns to step in
    page.grid.setRowCount(2)
    page.grid.setColumnCount(2)
    page.grid.setCurrentCell(0, 0)
    presenter.console.set_mode(Mode.PRESENTATION)
    qtbot.keyClick(presenter.console, K.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert (page.grid.currentRow(), page.grid.currentColumn()) == (0, 0)
    presenter.console.set_mode(Mode.NOTES)
    qtbot.keyClick(presenter.console, K.Key_Down, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(presenter.console, K.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert (page.grid.currentRow(), page.grid.currentColumn()) == (1, 1)
    assert presenter.presentation.index == 0


@pytest.mark.parametrize("where", WINDOWS)
def test_ctrl_digits_switch_modes(qtbot: QtBot, presenter: PresenterApp, where: str) -> None:
    for key, mode in zip(
        [K.Key_2, K.Key_3, K.Key_4, K.Key_1],
        [Mode.GROUPWORK, Mode.NOTES, Mode.PROGRAMME, Mode.PRESENTATION],
        strict=True,
    ):
        qtbot.keyClick(window(presenter, where), key, Qt.KeyboardModifier.ControlModifier)
        assert presenter.console.mode is mode
    assert presenter.presentation.index == 0  # Ctrl+digit is not "go to slide"


def test_ctrl_plus_minus_zoom_the_notes(qtbot: QtBot, presenter: PresenterApp) -> None:
    notes = presenter.console.presentation_page.notes
    before = notes.point_size
    qtbot.keyClick(presenter.console, K.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert notes.point_size > before
    qtbot.keyClick(presenter.console, K.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(presenter.console, K.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert notes.point_size < before


def test_f5_and_escape_with_one_screen(qtbot: QtBot, presenter: PresenterApp, screens) -> None:  # type: ignore[no-untyped-def]
    laptop, _projector = screens
    presenter.placement.screens = lambda: [laptop]  # the projector is gone
    presenter.placement.place()
    presenter.audience.hide()
    qtbot.keyClick(presenter.console, K.Key_F5)
    assert presenter.audience.isFullScreen() and presenter.audience.screen() is laptop
    qtbot.keyClick(presenter.audience, K.Key_Escape)
    assert not presenter.audience.isVisible() and presenter.console.isVisible()


def test_escape_never_pulls_the_projector_out_of_fullscreen(qtbot: QtBot, presenter: PresenterApp) -> None:
    qtbot.keyClick(presenter.audience, K.Key_Escape)
    assert presenter.audience.isFullScreen()


def test_the_pixel_check_tells_neighbouring_slides_apart(presenter: PresenterApp) -> None:
    presenter.presentation.go_to(5)
    assert audience_shows_slide(presenter, 5)
    assert not audience_shows_slide(presenter, 6)
    assert not audience_shows_slide(presenter, 4)
