"""The console's own parts: notes as plain text, the guarded reset, pace, the preview."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.timing.clock import FakeClock
from app.ui.console.window import Mode
from app.ui.presenter import PresenterApp


def test_notes_are_plain_text(presenter: PresenterApp) -> None:
    notes = presenter.console.presentation_page.notes
    assert notes.toPlainText() == "Husk <b>pause</b> & kaffe ŋ ŧ đ č š ž 🎉"
    assert notes.focusPolicy() == Qt.FocusPolicy.NoFocus  # arrows must reach the slides


def test_next_slide_says_end_on_the_last_slide(presenter: PresenterApp) -> None:
    presenter.presentation.last()
    page = presenter.console.presentation_page
    assert page.next._source() is None and page.next._empty_text == "End"


def test_reset_asks_first_and_pause_stops_the_clock(
    qtbot: QtBot, presenter: PresenterApp, clock: FakeClock
) -> None:
    talk_clock = presenter.console.presentation_page.talk_clock
    presenter.presentation.next()
    clock.advance(65)
    talk_clock.refresh()
    assert talk_clock.elapsed_label.text() == "01:05"
    qtbot.mouseClick(talk_clock.pause_button, Qt.MouseButton.LeftButton)
    clock.advance(100)
    talk_clock.refresh()
    assert talk_clock.elapsed_label.text() == "01:05"
    qtbot.mouseClick(talk_clock.reset.ask_button, Qt.MouseButton.LeftButton)
    assert presenter.presentation.timer.elapsed() == 65  # not yet
    assert talk_clock.reset.confirm_button.isVisibleTo(talk_clock)
    qtbot.mouseClick(talk_clock.reset.cancel_button, Qt.MouseButton.LeftButton)
    assert presenter.presentation.timer.elapsed() == 65
    qtbot.mouseClick(talk_clock.reset.ask_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(talk_clock.reset.confirm_button, Qt.MouseButton.LeftButton)
    assert presenter.presentation.timer.elapsed() == 0 and talk_clock.elapsed_label.text() == "00:00"
    assert talk_clock.pause_button.text() == "Start"  # reset: not started again until asked


def test_the_talk_clock_button_reads_start_until_started(
    qtbot: QtBot, presenter: PresenterApp, clock: FakeClock
) -> None:
    talk_clock = presenter.console.presentation_page.talk_clock
    button = talk_clock.pause_button
    assert button.text() == "Start" and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # the talk starts without a slide change
    assert presenter.presentation.timer.running and presenter.presentation.index == 0
    assert button.text() == "Pause" and talk_clock.elapsed_label.toolTip() == ""
    clock.advance(30)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert button.text() == "Resume" and presenter.presentation.timer.elapsed() == 30
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert button.text() == "Pause"


def test_pace_badge_turns_behind(presenter: PresenterApp, clock: FakeClock) -> None:
    talk_clock = presenter.console.presentation_page.talk_clock
    presenter.presentation.next()  # slide 2 of 2-minute slides: planned 2:00-4:00
    clock.advance(8 * 60)
    talk_clock.refresh()
    assert talk_clock.pace_label.text() == "Talk: 4 min behind"


def test_mode_pages_can_be_replaced_by_features(presenter: PresenterApp) -> None:
    from PySide6.QtWidgets import QLabel

    page = QLabel("group work")
    presenter.console.set_mode_page(Mode.GROUPWORK, page)
    presenter.console.set_mode(Mode.GROUPWORK)
    assert page.isVisibleTo(presenter.console)


def test_the_notes_and_group_work_pages_are_built_when_first_shown(presenter: PresenterApp) -> None:
    sessions, groupwork = presenter.sessions, presenter.groupwork
    assert sessions._notes_page is None and groupwork._page is None  # nothing to pay for at start
    presenter.console.set_mode(Mode.NOTES)
    notes = sessions._notes_page
    assert notes is not None and notes.isVisibleTo(presenter.console)
    presenter.console.set_mode(Mode.GROUPWORK)
    page = groupwork._page
    assert page is not None and page.isVisibleTo(presenter.console)
    assert page.preview in groupwork.ticker._views  # its preview's countdown ticks
    presenter.console.set_mode(Mode.NOTES)
    assert sessions.notes_page is notes and groupwork.page is page  # built once


def test_audience_cursor_hides_when_still(qtbot: QtBot, presenter: PresenterApp) -> None:
    audience = presenter.audience
    qtbot.mouseMove(audience, audience.rect().center())
    assert not audience.cursor_hidden
    timer = audience._cursor_timer
    assert timer.isActive() and timer.interval() == 2000
    timer.timeout.emit()  # two still seconds, without sleeping
    assert audience.cursor_hidden
    qtbot.mouseMove(audience, audience.rect().topLeft() + audience.rect().center() / 2)
    assert not audience.cursor_hidden
