"""The console's own parts: notes as plain text, the guarded reset, pace, the preview."""

from __future__ import annotations

from inkkit import shows_only_word
from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtGui import QImage, QPaintEvent
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.presenting.groupwork import GroupworkScreen
from app.timing.clock import FakeClock
from app.ui.console.window import Mode
from app.ui.groupwork.ticker import panel_in
from app.ui.presenter import PresenterApp


class PaintedRects(QObject):
    """The rectangles ``widget`` is asked to paint from now on."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.rects: list[QRect] = []
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QPaintEvent):
            self.rects.append(event.rect())
        return False


def test_notes_are_plain_text(presenter: PresenterApp) -> None:
    notes = presenter.console.presentation_page.notes
    assert notes.toPlainText() == "Husk <b>pause</b> & kaffe ŋ ŧ đ č š ž 🎉"
    assert notes.focusPolicy() == Qt.FocusPolicy.NoFocus  # arrows must reach the slides


def test_next_slide_says_end_on_the_last_slide(presenter: PresenterApp) -> None:
    presenter.presentation.last()
    assert shows_only_word(presenter.console.presentation_page.next, "End")


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


def test_the_console_draws_itself_through_qwidget_render(presenter: PresenterApp) -> None:
    """Qt's own ``render`` (an image of the window, for a screenshot or a print) is not shadowed."""
    console = presenter.console
    image = QImage(console.size(), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    console.render(image)
    assert image == console.grab().toImage().convertToFormat(image.format())


def test_mode_pages_can_be_replaced_by_features(presenter: PresenterApp) -> None:
    from PySide6.QtWidgets import QLabel

    page = QLabel("group work")
    presenter.console.set_mode_page(Mode.GROUPWORK, page)
    presenter.console.set_mode(Mode.GROUPWORK)
    assert page.isVisibleTo(presenter.console)


def test_the_notes_and_group_work_pages_are_built_when_first_shown(
    qtbot: QtBot, presenter: PresenterApp
) -> None:
    from app.ui.groupwork.page import GroupworkPage
    from app.ui.notes.page import NotesPage

    console, groupwork = presenter.console, presenter.groupwork
    # Nothing to pay for at start: neither page exists among the console's widgets.
    assert console.findChildren(NotesPage) == [] and console.findChildren(GroupworkPage) == []
    console.set_mode(Mode.NOTES)
    (notes,) = console.findChildren(NotesPage)
    assert notes.isVisibleTo(console) and console.findChildren(GroupworkPage) == []
    console.set_mode(Mode.GROUPWORK)
    (page,) = console.findChildren(GroupworkPage)
    assert page.isVisibleTo(console)
    console.set_mode(Mode.NOTES)
    assert presenter.sessions.notes_page is notes and groupwork.page is page  # built once
    assert console.findChildren(NotesPage) == [notes] and console.findChildren(GroupworkPage) == [page]

    # Its preview's countdown ticks: the ticker repaints the preview's timer panel.
    console.set_mode(Mode.GROUPWORK)
    groupwork.controller.show("time")
    groupwork.round.start()
    probe = PaintedRects(page.preview)
    qtbot.waitUntil(lambda: bool(probe.rects))  # the repaint of the change itself
    painted = PaintedRects(page.preview)
    groupwork.ticker.tick()
    qtbot.waitUntil(lambda: bool(painted.rects))  # the ticker's repaint, delivered
    content = presenter.presentation.content
    assert isinstance(content, GroupworkScreen)
    panel = panel_in(page.preview, content, presenter.presentation.event.theme.canvas_size)
    assert painted.rects == [panel.intersected(page.preview.rect())]


def test_audience_cursor_hides_when_still(qtbot: QtBot, presenter: PresenterApp) -> None:
    audience = presenter.audience
    qtbot.mouseMove(audience, audience.rect().center())
    assert not audience.cursor_hidden
    timer = audience.findChild(QTimer, "cursorhide")
    assert timer is not None and timer.isActive() and timer.interval() == 2000
    timer.timeout.emit()  # two still seconds, without sleeping
    assert audience.cursor_hidden
    qtbot.mouseMove(audience, audience.rect().topLeft() + audience.rect().center() / 2)
    assert not audience.cursor_hidden
