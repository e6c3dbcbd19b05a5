"""The overview of a long deck draws the thumbnails in view, not every slide's.

Drawing all of them before the grid showed took seconds per thousand slides
and 187 KB each (3.7 GB for 20,000). Rows get their thumbnail when they come
into view; the most recent ``THUMBNAILS_KEPT`` are kept.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from presenter_app import close_app, deck_yaml, open_presenter
from pytestqt.qtbot import QtBot

from app.timing.clock import FakeClock
from app.ui.console import overview as overview_module
from app.ui.presenter import PresenterApp

SLIDES = 400


@pytest.fixture
def long_deck(qtbot: QtBot, screens: tuple[object, object], tmp_path: Path) -> Iterator[PresenterApp]:
    path = tmp_path / "event.yaml"
    path.write_text(deck_yaml(SLIDES), encoding="utf-8")
    app = open_presenter(qtbot, path, FakeClock(), tmp_path / "settings.ini")
    yield app
    close_app(app)


def _with_thumbnail(app: PresenterApp) -> set[int]:
    """Rows whose icon shows a slide (a row not drawn yet has a transparent one)."""
    grid, middle = app.console.overview, overview_module.THUMB / 2
    return {row for row in range(grid.count())
            if grid.item(row).icon().pixmap(overview_module.THUMB).toImage()
            .pixelColor(middle.width(), middle.height()).alpha() > 0}


def test_only_the_rows_in_view_get_a_thumbnail_and_scrolling_draws_the_rest(
        qtbot: QtBot, long_deck: PresenterApp, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(overview_module, "THUMBNAILS_KEPT", 60)
    long_deck.console.toggle_overview()
    grid = long_deck.console.overview
    qtbot.waitUntil(lambda: 0 in _with_thumbnail(long_deck), timeout=5000)
    drawn = _with_thumbnail(long_deck)
    assert grid.count() == SLIDES and 0 < len(drawn) < 40 and max(drawn) < 40
    for row in (100, 200, 300, SLIDES - 1):  # the presenter arrows along: the grid scrolls there
        grid.setCurrentRow(row)
        qtbot.waitUntil(lambda row=row: row in _with_thumbnail(long_deck), timeout=5000)
    drawn = _with_thumbnail(long_deck)
    assert 0 not in drawn and len(drawn) <= 60  # the oldest were let go
    assert all(row in drawn for row in range(SLIDES - 8, SLIDES))
