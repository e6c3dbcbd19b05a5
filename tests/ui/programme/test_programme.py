"""The Program mode: marks, the delay in words, the projected end, the session log, the summary."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.event.model import Event
from app.session import SessionStore
from app.timing.clock import FakeClock
from app.ui.plain_text import plain_tooltip
from app.ui.programme.journal import ProgrammeJournal
from app.ui.programme.page import CELL_PADDING, AgendaSummary, ProgrammePage

TZ = dt.timezone(dt.timedelta(hours=2))
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def journal(event: Event, clock: FakeClock) -> ProgrammeJournal:
    return ProgrammeJournal(event, clock)


@pytest.fixture
def summary(qapp: QApplication, journal: ProgrammeJournal) -> AgendaSummary:
    return AgendaSummary(journal)


@pytest.fixture
def page(journal: ProgrammeJournal, summary: AgendaSummary) -> Iterator[ProgrammePage]:
    widget = ProgrammePage(journal, summary)
    widget.show()
    yield widget
    widget.stop()
    assert not any(timer.isActive() for timer in widget.findChildren(QTimer))  # stop() stops its ticking
    for w in (widget, summary):
        w.close()
        w.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_table_lists_the_agenda_as_planned(page: ProgrammePage) -> None:
    table = page.table
    assert table.rowCount() == 6
    assert table.item(0, 0).text() == "12:30\u201312:50"
    assert table.item(4, 0).text() == "14:00\u201316:00" and table.item(4, 1).text().startswith(
        "Gruppearbeid"
    )
    assert page.delay.text() == "Day: on schedule" and page.projected.text() == "Projected end 17:00"


def test_delay_and_projected_end_follow_the_marks(
    qtbot: QtBot, page: ProgrammePage, clock: FakeClock, journal: ProgrammeJournal, summary: AgendaSummary
) -> None:
    clock.advance(7 * 60)
    qtbot.mouseClick(page.next_button, LEFT)  # the first item starts 7 minutes late
    assert page.table.item(0, 2).text() == "12:37"
    assert page.delay.text() == "Day: 7 min behind"
    assert page.projected.text() == "Projected end 17:07"  # no gap in the seed agenda absorbs it
    assert summary.text() == "Velkommen og kort om Osloregionen · Day: 7 min behind"
    clock.advance(10 * 60)
    page.table.selectRow(0)
    qtbot.mouseClick(page.finish_button, LEFT)  # finished after 10 of its 20 minutes
    assert page.table.item(0, 4).text() == "-3 min" and page.delay.text() == "Day: 3 min ahead"
    page.table.selectRow(1)
    qtbot.mouseClick(page.start_button, LEFT)
    assert journal.rundown.current() == 1 and page.table.item(1, 2).text() == "12:47"


def test_overrunning_group_work_moves_the_end_of_the_day(
    page: ProgrammePage, clock: FakeClock, journal: ProgrammeJournal
) -> None:
    clock.set_wall(dt.datetime(2021, 9, 1, 14, 0, tzinfo=TZ))
    journal.start(4)
    clock.advance(2 * 3600 + 15 * 60)
    page.refresh()
    assert page.delay.text() == "Day: 15 min behind"
    assert page.projected.text() == "Projected end 17:15"
    assert page.table.item(4, 4).text() == "+15 min"


def test_marks_are_logged_in_the_session_and_replayed(event: Event, clock: FakeClock, tmp_path: Path) -> None:
    store = SessionStore.create(tmp_path / "day.plenum", event)
    try:
        journal = ProgrammeJournal(event, clock, store)
        clock.advance(120)
        journal.start(0)
        clock.advance(1200)
        journal.start(1)  # finishes item 0 too
        log = store.agenda_log()
        assert [(e.index, e.actual_end is not None) for e in log] == [(0, True), (1, False)]
        assert log[0].planned_start == dt.time(12, 30) and log[0].actual_end == clock.now()
        again = ProgrammeJournal(event, clock, store)  # the app restarted
        assert again.rundown.log() == journal.rundown.log() and again.rundown.current() == 1
    finally:
        store.close()


def test_rows_are_one_line_and_time_columns_fit_their_text(
    page: ProgrammePage, clock: FakeClock, journal: ProgrammeJournal
) -> None:
    page.resize(1300, 700)  # far taller than six rows: rows must not stretch to fill it
    journal.start(0)
    clock.advance(185 * 60)
    journal.finish(0)  # "+165 min": the widest deviation text a long day gives
    page.refresh()
    table = page.table
    line = QFontMetrics(table.font()).height()
    heights = {table.rowHeight(row) for row in range(table.rowCount())}
    assert len(heights) == 1 and line < heights.pop() <= 2 * line
    assert not table.wordWrap()
    metrics = QFontMetrics(table.font())
    for column in (2, 3, 4):
        text = table.item(0, column).text()
        header = table.horizontalHeaderItem(column).text()
        needed = max(metrics.horizontalAdvance(text), metrics.horizontalAdvance(header))
        assert table.columnWidth(column) >= needed + 2 * CELL_PADDING, (column, text)
    assert table.item(0, 4).text() == "+165 min"
    assert table.item(1, 1).toolTip() == plain_tooltip(table.item(1, 1).text())  # whole, as text


def test_follow_box_switches_the_rules_and_states_them(
    qtbot: QtBot, page: ProgrammePage, journal: ProgrammeJournal
) -> None:
    assert page.follow.isChecked() and journal.follow
    assert "group-work" in page.follow.toolTip() and "first slide" in page.follow.toolTip()
    qtbot.mouseClick(page.follow, LEFT)
    assert not journal.follow
    journal.set_follow(True)
    assert page.follow.isChecked()
