"""Group-work mode end to end: what the projector shows, buttons, keys, chimes, the session."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from chimekit import FakeChime
from PySide6.QtCore import QRectF, Qt, QTime, QTimer
from PySide6.QtGui import QColor, QFontMetrics, QImage, QPainter
from pytestqt.qtbot import QtBot

from app.presenting.content import SlideContent
from app.presenting.groupwork import TaskAndTime, TaskListAndTime, TimeOnly, restore_round
from app.session import SessionStore
from app.timing.clock import FakeClock
from app.ui.console.window import Mode
from app.ui.groupwork.screens import COLOURS, paint_groupwork
from app.ui.notes.summary_screen import SummaryContent
from app.ui.presenter import PresenterApp

K = Qt.Key
LEFT = Qt.MouseButton.LeftButton


def rendered(app: PresenterApp, width: int, height: int) -> QImage:
    """What the projector should show now, drawn straight by the screen painter."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(COLOURS.background))
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    paint_groupwork(painter, app.console.render_context, app.presentation.event, app.presentation.content,
                    QRectF(0, 0, width, height))
    painter.end()
    return image


def differing(a: QImage, b: QImage, step: int = 6) -> int:
    """Pixels (on a grid) that differ clearly between two images of one size."""
    count = 0
    for y in range(0, a.height(), step):
        for x in range(0, a.width(), step):
            p, q = QColor(a.pixel(x, y)), QColor(b.pixel(x, y))
            if abs(p.lightness() - q.lightness()) > 60:
                count += 1
    return count


def audience_image(app: PresenterApp) -> QImage:
    return app.audience.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def test_projector_shows_the_task_and_the_time(seed: PresenterApp, clock: FakeClock) -> None:
    gw = seed.groupwork
    gw.controller.show("task")
    gw.round.start()
    clock.advance(75)
    shot = audience_image(seed)
    assert isinstance(seed.presentation.content, TaskAndTime)
    assert differing(shot, rendered(seed, shot.width(), shot.height())) < 15
    gw.round.next_task()  # task 2 on the projector: the task side changes, the panel does not
    after = audience_image(seed)
    assert differing(after, rendered(seed, after.width(), after.height())) < 15
    half = shot.width() // 2
    assert differing(shot.copy(0, 0, half, shot.height()), after.copy(0, 0, half, after.height())) > 100
    panel = int(shot.width() * 0.64)
    assert (
        differing(
            shot.copy(panel, 0, shot.width() - panel, shot.height()),
            after.copy(panel, 0, after.width() - panel, after.height()),
        )
        == 0
    )


def test_the_time_on_the_projector_moves_with_the_clock(seed: PresenterApp, clock: FakeClock) -> None:
    gw = seed.groupwork
    gw.controller.show("time")
    gw.round.start()
    before = audience_image(seed)
    clock.advance(61)
    gw.ticker.tick()
    after = audience_image(seed)
    assert differing(before, after) > 50  # 105:00 became 103:59
    assert differing(after, rendered(seed, after.width(), after.height())) < 15


def test_ticker_wakes_on_whole_seconds_and_repaints_only_the_panel(
    seed: PresenterApp, clock: FakeClock
) -> None:
    gw = seed.groupwork
    assert gw.ticker.next_tick_in() is None  # slides on the projector: nothing ticks
    gw.controller.show("task")
    assert gw.ticker.next_tick_in() is None  # not started
    gw.round.start()
    clock.advance(0.3)
    gw.ticker.schedule()
    assert 690 <= (gw.ticker.next_tick_in() or 0) <= 703
    repaints = gw.ticker.repaints
    gw.ticker.tick()
    assert gw.ticker.repaints > repaints
    gw.round.pause()
    assert gw.ticker.next_tick_in() is None


def test_round_buttons_and_inline_reset(qtbot: QtBot, seed: PresenterApp, clock: FakeClock) -> None:
    controls = seed.groupwork.page.controls
    round_ = seed.groupwork.round
    seed.console.set_mode(Mode.GROUPWORK)
    assert controls.view.text() == "105:00"
    qtbot.mouseClick(controls.start_button, LEFT)
    clock.advance(60)
    assert round_.stage == "running" and controls.view.text() == "104:00"
    qtbot.mouseClick(controls.more_5, LEFT)
    qtbot.mouseClick(controls.more_1, LEFT)
    qtbot.mouseClick(controls.less_1, LEFT)
    assert controls.view.text() == "109:00"
    qtbot.mouseClick(controls.pause_button, LEFT)
    clock.advance(300)
    assert round_.stage == "paused" and controls.pause_button.text() == "Resume"
    qtbot.mouseClick(controls.reset.ask_button, LEFT)
    assert controls.reset.confirm_button.isVisibleTo(controls) and round_.stage == "paused"
    qtbot.mouseClick(controls.reset.cancel_button, LEFT)
    assert round_.stage == "paused"
    qtbot.mouseClick(controls.reset.ask_button, LEFT)
    qtbot.mouseClick(controls.reset.confirm_button, LEFT)
    assert round_.stage == "ready" and controls.view.text() == "105:00"
    qtbot.mouseClick(controls.start_button, LEFT)
    qtbot.mouseClick(controls.end_button, LEFT)
    assert round_.stage == "ended"


def test_view_buttons_choose_what_the_projector_shows(qtbot: QtBot, seed: PresenterApp) -> None:
    page = seed.groupwork.page
    for key, kind in (("all", TaskListAndTime), ("time", TimeOnly), ("task", TaskAndTime)):
        qtbot.mouseClick(page.button(key), LEFT)
        assert isinstance(seed.presentation.content, kind) and page.button(key).isChecked()
    qtbot.mouseClick(page.button("slides"), LEFT)
    assert seed.presentation.content == SlideContent(0)


def test_clicker_steps_tasks_only_while_group_work_is_shown(qtbot: QtBot, seed: PresenterApp) -> None:
    round_ = seed.groupwork.round
    qtbot.keyClick(seed.audience, K.Key_PageDown)
    assert seed.presentation.index == 1 and round_.current == 0  # slides shown: slides move
    qtbot.keyClick(seed.audience, K.Key_G)
    assert isinstance(seed.presentation.content, TaskAndTime)
    qtbot.keyClick(seed.audience, K.Key_PageDown)
    qtbot.keyClick(seed.audience, K.Key_Right)
    assert round_.current == 2 and seed.presentation.index == 1
    assert seed.presentation.content == TaskAndTime(round_.task_ids, 2, round_.countdown)
    qtbot.keyClick(seed.audience, K.Key_PageUp)
    assert round_.current == 1
    qtbot.keyClick(seed.audience, K.Key_V)
    assert isinstance(seed.presentation.content, TaskListAndTime)
    qtbot.keyClick(seed.audience, K.Key_G)
    assert seed.presentation.content == SlideContent(1)


def test_round_keys_act_in_group_work_mode_only(qtbot: QtBot, seed: PresenterApp, clock: FakeClock) -> None:
    round_ = seed.groupwork.round
    qtbot.keyClick(seed.console, K.Key_T)
    assert round_.stage == "ready"  # presentation mode, slides shown: T is not ours
    seed.console.set_mode(Mode.GROUPWORK)
    qtbot.keyClick(seed.console, K.Key_T)
    assert round_.stage == "running"
    qtbot.keyClick(seed.console, K.Key_Plus)
    qtbot.keyClick(seed.console, K.Key_Plus)
    qtbot.keyClick(seed.console, K.Key_Minus)
    clock.advance(10)
    assert round_.countdown.remaining() == 105 * 60 + 60 - 10
    qtbot.keyClick(seed.console, K.Key_T)
    assert round_.stage == "paused"


def test_group_timers_are_independent_in_the_console(
    qtbot: QtBot, seed: PresenterApp, clock: FakeClock
) -> None:
    seed.console.set_mode(Mode.GROUPWORK)
    timers = seed.groupwork.page.groups
    assert [timers.group.itemText(i) for i in range(timers.group.count())][:2] == ["Gruppe 1", "Gruppe 2"]
    seed.groupwork.round.start()
    for name, minutes in (("Gruppe 2", 10), ("Gruppe 4", 3)):
        timers.group.setCurrentText(name)
        timers.minutes.setValue(minutes)
        qtbot.mouseClick(timers.add_button, LEFT)
    qtbot.mouseClick(timers.pause_buttons["Gruppe 2"], LEFT)
    clock.advance(120)
    timers.refresh_times()
    assert timers.time_labels["Gruppe 2"].text() == "10:00  paused"
    assert timers.time_labels["Gruppe 4"].text() == "01:00"
    # The 10- and 2-minute marks fitted to 3 minutes (app.timing.countdown.fitted_marks): amber from 1:30.
    assert "#ffb627" in timers.time_labels["Gruppe 4"].styleSheet()
    assert seed.groupwork.round.countdown.remaining() == 105 * 60 - 120
    # The rows wake when the next shown second comes, at most a second away, and show it.
    waking = [t for t in timers.findChildren(QTimer) if t.isActive() and t.remainingTime() <= 1002]
    assert waking
    clock.advance(1)
    for timer in waking:
        timer.timeout.emit()  # that second, without waiting for it
    assert timers.time_labels["Gruppe 4"].text() == "00:59"


def test_chime_at_zero_once_and_mute(seed: PresenterApp, clock: FakeClock, chime: FakeChime) -> None:
    controller = seed.groupwork.controller
    round_ = seed.groupwork.round
    round_.set_duration(dt.timedelta(minutes=1))
    round_.start()
    round_.add_group_timer("Gruppe 1", dt.timedelta(minutes=2))
    clock.advance(61)
    controller.alarm_for().check()
    controller.alarm_for().check()
    assert chime.played == 1
    controller.set_muted(True)
    clock.advance(60)
    controller.alarm_for("Gruppe 1").check()
    assert chime.played == 1


def test_round_is_logged_and_saved_in_the_session(
    seed: PresenterApp, clock: FakeClock, tmp_path: Path
) -> None:
    store = SessionStore.create(tmp_path / "day.plenum", seed.presentation.event)
    try:
        seed.groupwork.use_session(store)
        round_ = seed.groupwork.round
        round_.next_task()
        round_.start()
        clock.advance(600)
        round_.add(300)
        round_.end()
        log = {entry.index: entry for entry in store.agenda_log()}
        assert log[4].title.startswith("Gruppearbeid") and log[4].actual_start == clock.now() - dt.timedelta(
            seconds=600
        )
        assert log[4].actual_end == clock.now()
        assert [e.kind for e in store.timer_events()] == ["start", "extend", "end"]
        state = store.get_state("countdown")
        assert state["current"] == 1 and state["ended"] is True
        again = restore_round(state, seed.presentation.event.groupwork, clock)
        assert again.stage == "ended" and again.current == 1
        assert again.countdown.remaining() == round_.countdown.remaining() == 105 * 60 - 600 + 300
        round_.reset()
        assert store.get_state("countdown")["ended"] is False
        store.set_state("countdown", state)
        assert seed.groupwork.resume(store) and round_.stage == "ended"
    finally:
        seed.groupwork.use_session(None)
        store.close()


def test_a_read_only_or_missing_session_is_no_error(seed: PresenterApp, tmp_path: Path) -> None:
    path = tmp_path / "day.plenum"
    SessionStore.create(path, seed.presentation.event).close()
    store = SessionStore.open(path, read_only=True)
    try:
        seed.groupwork.use_session(store)
        seed.groupwork.round.start()
        seed.groupwork.round.end()
        assert store.agenda_log() == () and store.timer_events() == ()
    finally:
        seed.groupwork.use_session(None)
        store.close()


def test_the_rundown_follows_the_talk_and_the_round(seed: PresenterApp, clock: FakeClock) -> None:
    rundown = seed.groupwork.journal.rundown
    seed.presentation.next()
    assert rundown.current() == 0
    seed.groupwork.round.start()
    assert rundown.current() == 4 and rundown.log()[4].title.startswith("Gruppearbeid")
    clock.advance(600)
    seed.groupwork.round.end()  # finishes group work; the summary waits for the chair
    assert rundown.current() is None and rundown.log()[4].actual_end == clock.now()
    assert seed.groupwork.journal.note is not None and seed.groupwork.journal.note.offer == 5


def test_the_round_can_run_until_a_clock_time(qtbot: QtBot, seed: PresenterApp, clock: FakeClock) -> None:
    seed.console.set_mode(Mode.GROUPWORK)
    controls = seed.groupwork.page.controls
    round_ = seed.groupwork.round
    clock.set_wall(dt.datetime(2021, 9, 1, 14, 3, tzinfo=clock.now().tzinfo))
    controls.refresh()
    assert controls.by_length.isChecked() and controls.until.time() == QTime(16, 0)  # the item's end
    qtbot.mouseClick(controls.by_clock, LEFT)
    assert round_.countdown.target == dt.datetime(2021, 9, 1, 16, 0, tzinfo=clock.now().tzinfo)
    assert round_.countdown.remaining() == 117 * 60 and controls.view.text() == "117:00"
    controls.until.setTime(QTime(15, 30))  # typed into the field
    controls.until.editingFinished.emit()
    assert round_.countdown.remaining() == 87 * 60 and controls.by_clock.isChecked()
    clock.advance(120)  # the room gathers late: the end does not move
    qtbot.mouseClick(controls.start_button, LEFT)
    clock.advance(600)
    assert round_.countdown.remaining() == 75 * 60 and controls.view.caption() == "until 15:30"
    assert not controls.until.isEnabled() and not controls.by_length.isEnabled()
    qtbot.mouseClick(controls.more_5, LEFT)
    assert round_.countdown.remaining() == 80 * 60
    round_.end()
    round_.reset()
    qtbot.mouseClick(controls.by_length, LEFT)  # back to a length: the box's 105 minutes
    assert round_.countdown.target is None and round_.countdown.remaining() == 105 * 60


def test_the_top_bar_names_what_the_projector_shows_in_full(qtbot: QtBot, seed: PresenterApp) -> None:
    badge = seed.console.top_bar.audience_state
    page = seed.groupwork.page
    presentation = seed.presentation

    def shown() -> str:
        seed.console.top_bar.layout().activate()
        metrics = QFontMetrics(badge.font())
        room = badge.contentsRect()
        longest = max(metrics.horizontalAdvance(word) for word in badge.text().split())
        assert longest <= room.width() and badge.heightForWidth(badge.width()) <= badge.height(), badge.text()
        return badge.text()

    def checked() -> list[str]:
        return [key for key in ("task", "all", "time", "slides") if page.button(key).isChecked()]

    assert shown() == "Live" and checked() == ["slides"]
    seed.groupwork.controller.show("all")
    assert shown() == "Group work" and checked() == ["all"]
    presentation.toggle_black()
    assert shown() == "Black" and checked() == []
    presentation.toggle_white()
    assert shown() == "White" and checked() == []
    presentation.follow_slides()
    presentation.toggle_freeze()
    assert shown() == "Frozen" and checked() == []
    group = "Gruppe 2 \u2013 Viken, Innlandet og <b>Oslo</b> ŋ"
    presentation.hold(SummaryContent(group, ()))
    assert shown() == f"Summary: {group}" and checked() == []
    assert badge.textFormat() == Qt.TextFormat.PlainText
    presentation.follow_slides()
    assert shown() == "Live" and checked() == ["slides"]
