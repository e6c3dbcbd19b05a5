"""The groups-and-tasks grid keeps QWidget's own methods: its cell steps have a name of their own."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from pytestqt.qtbot import QtBot

from app.ui.notes.grid import NotesGrid


def test_move_places_the_grid_and_step_moves_the_current_cell(qtbot: QtBot) -> None:
    grid = NotesGrid()
    qtbot.addWidget(grid)
    grid.setRowCount(3)
    grid.setColumnCount(2)
    grid.setCurrentCell(0, 0)
    grid.move(30, 40)  # QWidget.move: where the widget is, not which cell is current
    assert grid.pos() == QPoint(30, 40)
    assert (grid.currentRow(), grid.currentColumn()) == (0, 0)
    grid.step(5, 1)  # the notes shortcuts' step stops at the edges
    assert (grid.currentRow(), grid.currentColumn()) == (2, 1)
    assert grid.pos() == QPoint(30, 40)
