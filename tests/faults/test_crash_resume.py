"""After an abnormal exit: offer to continue, and restore slide, projector and countdowns.

A crash is what a kill -9 leaves: the session file as last committed. The
test takes that snapshot of a running app's session (SQLite commits are
durable, so the copy is what a crash would leave) and opens it in a new app.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.paths import DEFAULT_EVENT
from app.presenting.content import Blank
from app.session import SessionStore
from app.timing.clock import FakeClock
from app.ui.presenter import PresenterApp
from app.ui.resume import AUDIENCE_KEY, RUNNING_KEY

HEADING = "Plenum ble ikke avsluttet normalt. Fortsett der du var?"


def _crash_snapshot(session: Path, crashed: Path) -> Path:
    shutil.copyfile(session, crashed)
    wal = session.with_name(session.name + "-wal")
    if wal.exists():
        shutil.copyfile(wal, crashed.with_name(crashed.name + "-wal"))
    return crashed


def _run_until_crash(qtbot: QtBot, app: PresenterApp, clock: FakeClock, session: Path,
                     *, black: bool = False) -> tuple[float, float]:
    """Slide 5, the round's countdown running for 90 s on the projector; returns (length, remaining)."""
    assert app.open_session(session)
    store = app.session
    assert store is not None
    app.presentation.go_to(4)
    app.groupwork.round.start()
    clock.advance(90)
    app.groupwork.controller.show("task")
    if black:
        app.presentation.toggle_black()
    qtbot.waitUntil(lambda: store.get_state("presenter.slide") == 4, timeout=3000)
    qtbot.waitUntil(lambda: isinstance(store.get_state("countdown"), dict), timeout=3000)
    assert store.get_state(RUNNING_KEY) is True
    countdown = app.groupwork.round.countdown
    return countdown.length(), countdown.remaining()


def test_after_a_crash_the_console_offers_to_continue_and_continuing_restores_everything(
    qtbot: QtBot, make_presenter: Callable[[Path], PresenterApp], clock: FakeClock, tmp_path: Path
) -> None:
    first = make_presenter(DEFAULT_EVENT)
    length, remaining = _run_until_crash(qtbot, first, clock, tmp_path / "dag.plenum")
    assert remaining == length - 90
    crashed = _crash_snapshot(tmp_path / "dag.plenum", tmp_path / "krasj.plenum")
    clock.advance(30)  # the restart takes half a minute; the room's countdown kept going

    second = make_presenter(DEFAULT_EVENT)
    assert second.open_session(crashed)
    notice = second.console.notices.notice("resume")
    assert notice is not None and notice.isVisible()
    assert notice.heading.text() == HEADING
    assert [b.text() for b in notice.buttons] == ["Fortsett der jeg var", "Lukk"]
    assert not second.audience.findChildren(type(notice))
    assert second.presentation.index == 0  # nothing moves until asked

    notice.buttons[0].click()
    assert second.presentation.index == 4
    assert getattr(second.presentation.content, "view", None) == "task"
    countdown = second.groupwork.round.countdown
    assert countdown.running and countdown.remaining() == length - 120  # true remaining time
    assert second.console.notices.notice("resume") is None or not notice.isVisible()


@pytest.mark.slow  # waits 0.8 s for the position to be saved
def test_resume_flag_restores_at_once_including_a_black_projector(
    qtbot: QtBot, make_presenter: Callable[[Path], PresenterApp], clock: FakeClock, tmp_path: Path
) -> None:
    first = make_presenter(DEFAULT_EVENT)
    length, _ = _run_until_crash(qtbot, first, clock, tmp_path / "dag.plenum", black=True)
    crashed = _crash_snapshot(tmp_path / "dag.plenum", tmp_path / "krasj.plenum")
    with SessionStore.open(crashed, read_only=True) as store:
        assert store.get_state(AUDIENCE_KEY) == {"blank": "black", "frozen": None, "groupwork": None}
    clock.advance(10)

    second = make_presenter(DEFAULT_EVENT)
    assert second.open_session(crashed, resume=True)
    assert second.console.notices.notice("resume") is None
    assert second.presentation.index == 4
    assert second.presentation.content == Blank("black")
    assert second.groupwork.round.countdown.remaining() == length - 100


@pytest.mark.slow  # waits 0.8 s for the position to be saved
def test_a_clean_close_means_no_offer_next_time(
    qtbot: QtBot, make_presenter: Callable[[Path], PresenterApp], clock: FakeClock, tmp_path: Path
) -> None:
    session = tmp_path / "dag.plenum"
    first = make_presenter(DEFAULT_EVENT)
    _run_until_crash(qtbot, first, clock, session)
    first.close()
    with SessionStore.open(session, read_only=True) as store:
        assert store.get_state(RUNNING_KEY) is False
    second = make_presenter(DEFAULT_EVENT)
    assert second.open_session(session)
    assert second.console.notices.notice("resume") is None
    assert second.crash_resume.crashed is False


def test_a_read_only_session_is_never_marked(
    make_presenter: Callable[[Path], PresenterApp], tmp_path: Path
) -> None:
    session = tmp_path / "dag.plenum"
    app = make_presenter(DEFAULT_EVENT)
    assert app.open_session(session)
    with SessionStore.open(session, read_only=True) as reader:
        assert reader.get_state(RUNNING_KEY) is True
