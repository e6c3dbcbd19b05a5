"""A guest's PDF pages in the running app: clicker, go-to, overview and hot reload."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from guestkit import guest_event, write_guest_pdf
from presenter_app import close_app, open_presenter
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from test_keys import audience_shows_slide

from app.timing.clock import FakeClock
from app.ui.presenter import PresenterApp

K = Qt.Key


@pytest.fixture
def guest_presenter(qtbot: QtBot, screens: object, tmp_path: Path) -> Iterator[PresenterApp]:
    write_guest_pdf(tmp_path / "gjest.pdf")
    event = guest_event(tmp_path, "  - pdf: gjest.pdf\n    notes:\n      2: Spør om utvalget.\n")
    app = open_presenter(qtbot, event, FakeClock(), tmp_path / "settings.ini")
    yield app
    close_app(app, finish_jobs=True)


def test_the_clicker_walks_through_the_guest_pages(qtbot: QtBot, guest_presenter: PresenterApp) -> None:
    for index in (1, 2, 3, 4):
        qtbot.keyClick(guest_presenter.audience, K.Key_PageDown)
        assert guest_presenter.presentation.index == index
        assert audience_shows_slide(guest_presenter, index)
    for index in (3, 2):
        qtbot.keyClick(guest_presenter.console, K.Key_Left)
        assert audience_shows_slide(guest_presenter, index)
    assert guest_presenter.presentation.event.slides[2].notes == "Spør om utvalget."


def test_go_to_a_guest_page_by_its_number(qtbot: QtBot, guest_presenter: PresenterApp) -> None:
    qtbot.keyClicks(guest_presenter.console, "3")
    qtbot.keyClick(guest_presenter.console, K.Key_Return)
    assert guest_presenter.presentation.index == 2 and audience_shows_slide(guest_presenter, 2)


def test_the_overview_shows_and_jumps_to_guest_pages(qtbot: QtBot, guest_presenter: PresenterApp) -> None:
    qtbot.keyClick(guest_presenter.console, K.Key_Tab)
    grid = guest_presenter.console.overview
    assert grid.count() == 5
    for _ in range(3):
        qtbot.keyClick(grid, K.Key_Right)
    qtbot.keyClick(grid, K.Key_Return)
    assert guest_presenter.presentation.index == 3 and audience_shows_slide(guest_presenter, 3)


def test_replacing_the_guest_pdf_updates_the_deck(
    qtbot: QtBot, guest_presenter: PresenterApp, tmp_path: Path
) -> None:
    guest_presenter.presentation.go_to(1)
    before = guest_presenter.audience.grab().toImage()
    write_guest_pdf(tmp_path / "gjest.pdf", [("Rettet side en", ["Ny tekst"]),
                                             ("Rettet side to", ["Ny tekst"])])
    old_event = guest_presenter.presentation.event
    qtbot.waitUntil(lambda: guest_presenter.presentation.event is not old_event, timeout=5000)
    assert len(guest_presenter.presentation.event.slides) == 4  # two pages now
    assert audience_shows_slide(guest_presenter, 1)
    assert guest_presenter.audience.grab().toImage() != before
