"""The groups-and-tasks grid in a 1000 px window: a long group name never hides the tasks."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.ui.plain_text import plain_tooltip
from app.ui.presenter import PresenterApp

LONG_NAME = "Gruppe 3 \u2013 Samferdsel, areal og klima i hele Osloregionen"


def test_every_task_column_stays_in_sight_beside_a_long_group_name(
    qtbot: QtBot, notes_app: PresenterApp
) -> None:
    store = notes_app.session
    assert store is not None
    store.update_group(store.groups()[2].id, name=LONG_NAME)
    page = notes_app.sessions.notes_page
    page.reload()
    console = notes_app.console
    console.showNormal()
    console.resize(1000, 768)
    qtbot.waitUntil(lambda: console.width() == 1000)
    QApplication.processEvents()  # the layouts' posted requests
    grid = page.grid
    assert grid.columnCount() == 5
    assert not grid.horizontalScrollBar().isVisible()
    last = grid.columnCount() - 1
    assert grid.columnViewportPosition(last) + grid.columnWidth(last) <= grid.viewport().width()
    assert all(grid.columnWidth(c) >= grid.fontMetrics().horizontalAdvance("123") for c in range(5))
    name = grid.verticalHeaderItem(2)
    assert name is not None and name.text() == LONG_NAME and name.toolTip() == plain_tooltip(LONG_NAME)
