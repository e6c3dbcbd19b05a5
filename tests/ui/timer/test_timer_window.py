"""``plenum timer``: keys, the chime at zero, and the command line."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import types
from collections.abc import Callable

import pytest
from chimekit import FakeChime
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.cli import timer as timer_cli
from app.event.model import GroupWork
from app.timing import Countdown, FakeClock
from app.ui.timer.chime import CHIME_WAV, CountdownAlarm, SystemChime
from app.ui.timer.countdown_view import TimerColours
from app.ui.timer.window import TimerWindow

Keep = Callable[[QWidget], QWidget]
COLOURS = TimerColours()


@pytest.fixture
def window(qtbot: QtBot, keep: Keep, countdown: Countdown) -> TimerWindow:
    window = TimerWindow(countdown, FakeChime(), title="Gruppe 2")
    keep(window)
    qtbot.addWidget(window)
    countdown.start()
    window.resize(960, 540)
    window.show()
    return window


def test_space_pauses_and_resumes(qtbot: QtBot, window: TimerWindow, clock: FakeClock) -> None:
    clock.advance(60)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    clock.advance(600)
    assert window.view.text() == "24:00" and window.view.caption() == "paused"
    assert window.view.next_repaint_in() is None
    qtbot.keyClick(window, Qt.Key.Key_Space)
    clock.advance(60)
    assert window.view.text() == "23:00"


def test_plus_and_minus_give_and_take_a_minute(qtbot: QtBot, window: TimerWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_Plus)
    qtbot.keyClick(window, Qt.Key.Key_Plus)
    assert window.view.text() == "27:00"
    qtbot.keyClick(window, Qt.Key.Key_Minus)
    assert window.view.text() == "26:00"


def test_m_mutes_and_says_so(qtbot: QtBot, window: TimerWindow) -> None:
    assert "sound off" not in window.view.note()
    qtbot.keyClick(window, Qt.Key.Key_M)
    assert window.alarm.muted and "sound off" in window.view.note()
    qtbot.keyClick(window, Qt.Key.Key_M)
    assert not window.alarm.muted


def test_key_hints_show_at_first_and_while_paused(qtbot: QtBot, window: TimerWindow) -> None:
    assert "Space" in window.view.note()
    window.hide_hints()
    assert window.view.note() == ""
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert "Space" in window.view.note()


def test_escape_closes_a_paused_window_at_once(qtbot: QtBot, window: TimerWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_Space)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_escape_while_time_runs_asks_first(qtbot: QtBot, window: TimerWindow, clock: FakeClock) -> None:
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.isVisible() and window.view.note().startswith("Close the timer?")
    qtbot.keyClick(window, Qt.Key.Key_Space)  # "keep it": withdraws the question, does not pause
    assert window.isVisible() and window.countdown.running and not window.asking_to_close()
    assert not window.view.note().startswith("Close")
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_the_alarm_rings_once_when_zero_passes(qtbot: QtBot, clock: FakeClock) -> None:
    countdown = Countdown(dt.timedelta(seconds=10), clock)
    chime = FakeChime()
    alarm = CountdownAlarm(countdown, chime)
    countdown.start()
    clock.advance(9.5)
    alarm.check()
    assert chime.played == 0
    clock.advance(1)
    alarm.check()
    alarm.check()
    assert chime.played == 1
    countdown.add(60)  # back above zero: armed again
    clock.advance(60)
    alarm.check()
    assert chime.played == 2
    alarm.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_a_muted_alarm_stays_silent_and_a_late_start_does_not_ring(qtbot: QtBot, clock: FakeClock) -> None:
    countdown = Countdown(dt.timedelta(seconds=10), clock)
    chime = FakeChime()
    alarm = CountdownAlarm(countdown, chime)
    alarm.muted = True
    countdown.start()
    clock.advance(11)
    alarm.check()
    restored = Countdown.from_state(countdown.to_state(), clock)  # restarted in overtime
    late = CountdownAlarm(restored, chime)
    late.check()
    assert chime.played == 0
    for each in (alarm, late):
        each.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_the_alarm_looks_again_within_ten_seconds(qtbot: QtBot, countdown: Countdown) -> None:
    alarm = CountdownAlarm(countdown, FakeChime())
    countdown.start()
    assert 0 < alarm.next_check_in() <= 10_000  # a suspend cannot make it minutes late
    countdown.pause()
    assert alarm.next_check_in() is None
    alarm.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_the_system_chime_uses_the_first_player_found_or_stays_silent(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    assert CHIME_WAV.stat().st_size < 100_000
    found = SystemChime(which=lambda name: "/bin/true" if name == "aplay" else None)
    assert found.command == "/bin/true"
    found.play()
    silent = SystemChime(which=lambda name: None)
    assert silent.command is None
    silent.play()  # no player, no error


def test_on_macos_the_chime_is_afplay_whatever_else_is_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "darwin")
    assert SystemChime(which=lambda name: f"/usr/bin/{name}").command == "/usr/bin/afplay"


def test_on_windows_the_chime_is_winsound_without_a_player(monkeypatch: pytest.MonkeyPatch) -> None:
    played: list[tuple[str, int]] = []
    winsound = types.SimpleNamespace(SND_FILENAME=0x20000, SND_ASYNC=0x1,
                                     PlaySound=lambda sound, flags: played.append((sound, flags)))
    monkeypatch.setitem(sys.modules, "winsound", winsound)
    monkeypatch.setattr(sys, "platform", "win32")
    chime = SystemChime(which=lambda name: f"C:/tools/{name}.exe")
    assert chime.command is None
    chime.play()
    assert played == [(str(CHIME_WAV), 0x20001)]


def cli_args(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    timer_cli.add_arguments(parser)
    return parser.parse_args(list(argv))


def test_the_cli_builds_a_duration_or_until_countdown() -> None:
    clock = FakeClock()
    countdown = timer_cli.build_countdown(cli_args("1h30m", "--title", "Gruppe 2"), clock)
    assert countdown.remaining() == 5400 and countdown.warnings == (600, 120)
    short = timer_cli.build_countdown(cli_args("5m"), clock)
    # The 10- and 2-minute marks are fitted to 5 minutes: amber from 2:30, red from 0:30.
    assert [short.phase_at(s).value for s in (151, 150, 31, 30)] == ["normal", "warning", "warning", "danger"]
    until = timer_cli.build_countdown(cli_args("--until", "15:30", "--warnings", "5m"), clock)
    assert until.remaining() == 2.5 * 3600 and until.warnings == (300,)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        ((), "either a duration"),
        (("25m", "--until", "15:30"), "either a duration"),
        (("25",), "'25' is not a duration"),
        (("1h3Om",), "'1h3Om' is not a duration"),
        (("--until", "25:00"), "'25:00' is not a clock time"),
        (("0s",), "no time at all"),
        (("10m", "--warnings", "5m,x"), "'x' is not a duration"),
    ],
)
def test_bad_cli_input_is_one_line_and_exit_2(
    argv: tuple[str, ...], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert timer_cli.run(cli_args(*argv)) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("plenum timer: ") and message in err


def test_screen_chooses_by_number_or_name_and_names_the_choices(screens: tuple[object, object]) -> None:
    laptop, projector = screens
    assert timer_cli.choose_screen(None, [laptop, projector]) is laptop
    assert timer_cli.choose_screen("2", [laptop, projector]) is projector
    assert timer_cli.choose_screen("s1-projector", [laptop, projector]) is projector
    listed = r"no screen '3'; the screens are 1 \(s0-laptop\), 2 \(s1-projector\)"
    with pytest.raises(ValueError, match=listed):
        timer_cli.choose_screen("3", [laptop, projector])


def test_s_moves_the_timer_to_the_next_screen(
    qtbot: QtBot, keep: Keep, countdown: Countdown, screens: tuple[QScreen, QScreen]
) -> None:
    laptop, projector = screens
    window = TimerWindow(countdown, FakeChime())
    keep(window)
    window.show_on(laptop)
    qtbot.waitExposed(window)
    assert window.screen() is laptop and window.isFullScreen()
    qtbot.keyClick(window, Qt.Key.Key_S)
    assert window.screen() is projector and window.isFullScreen()
    assert window.geometry() == projector.geometry()
    qtbot.keyClick(window, Qt.Key.Key_S)
    assert window.screen() is laptop and window.geometry() == laptop.geometry()


def test_a_one_minute_timer_warns_as_the_consoles_round_does(
    qtbot: QtBot, keep: Keep, clock: FakeClock
) -> None:
    """Finding 8: `plenum timer 1m` stayed white at 00:10; the console's round of a minute is coloured."""
    countdown = timer_cli.build_countdown(cli_args("1m"), clock)
    round_of_a_minute = Countdown(dt.timedelta(minutes=1), clock, GroupWork().warnings)
    window = TimerWindow(countdown, FakeChime())
    keep(window)
    window.resize(960, 540)
    window.show()
    qtbot.waitExposed(window)
    countdown.start()
    round_of_a_minute.start()
    seen = []
    for left in (45, 10, 3):
        clock.advance(countdown.remaining() - left)
        image = window.grab().toImage()
        digit_colours = {image.pixelColor(x, image.height() // 2).name() for x in range(0, image.width(), 2)}
        seen.append(window.view.digit_colour().name())
        assert window.view.digit_colour().name() in digit_colours  # drawn, not only computed
        assert countdown.phase() is round_of_a_minute.phase()
    assert seen == [COLOURS.text, COLOURS.warning, COLOURS.danger]
