"""Issue 15, finding 6: "Follow automatically" marks only what a chair would, and says so.

Driven through the real console (PageDown on the projector, Ctrl+2, T, the
End round button, the Start button offered on the Program page); the rundown, the top bar and
the session's report input are read back. The clock is a FakeClock.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.report.from_session import report_input_from_session
from app.timing.clock import FakeClock
from app.ui.presenter import PresenterApp

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
LEFT = Qt.MouseButton.LeftButton
TZ = dt.timezone(dt.timedelta(hours=2))
GROUPWORK, SUMMARY = 4, 5  # the seed agenda's "Gruppearbeid …" and "Oppsummering i plenum"


def test_following_the_round_closes_what_came_before_offers_the_summary_and_says_so(
    qtbot: QtBot, seed: PresenterApp, clock: FakeClock, tmp_path: Path
) -> None:
    assert seed.open_session(tmp_path / "dag.plenum")
    clock.set_wall(dt.datetime(2021, 9, 1, 12, 31, tzinfo=TZ))
    qtbot.keyClick(seed.audience, K.Key_PageDown)  # the talk starts: so does the first item
    clock.advance(91 * 60)  # 14:02, nobody marked the three items in between
    qtbot.keyClick(seed.console, K.Key_2, CTRL)
    qtbot.keyClick(seed.console, K.Key_T)  # the round starts

    rundown = seed.groupwork.journal.rundown
    log = rundown.log()
    now = clock.now()
    assert rundown.current() == GROUPWORK
    assert [e.actual_end for e in log[:GROUPWORK]] == [now] * GROUPWORK  # nothing before is left open
    top = seed.groupwork.summary.note
    assert top.isVisibleTo(seed.console) and top.text.shown_text() != ""
    assert top.text.full_text() == (
        "Followed the round: \u201cGruppearbeid (kaffepause/benstrekk underveis)\u201d started 14:02"
        "; the items before it are marked finished"
    )
    assert "NIBR-prosjekt" in top.text.toolTip()

    clock.advance(118 * 60)
    qtbot.mouseClick(seed.groupwork.page.controls.end_button, LEFT)
    log = rundown.log()
    assert log[GROUPWORK].actual_end == clock.now()
    assert log[SUMMARY].actual_start is None  # not started behind the chair's back
    assert rundown.current() is None
    assert top.text.full_text().endswith(
        "finished 16:00; start \u201cOppsummering i plenum\u201d from the Programme page")
    qtbot.keyClick(seed.console, K.Key_4, CTRL)
    offered = seed.groupwork.programme.note
    assert offered.offer_button.isVisibleTo(seed.console)
    assert offered.offer_button.text() == "Start \u201cOppsummering i plenum\u201d"
    qtbot.mouseClick(offered.offer_button, LEFT)
    assert rundown.current() == SUMMARY  # started by the chair's click, at that moment
    assert top.text.full_text() == offered.text.full_text() == ""  # a mark by hand clears the note
    assert not offered.offer_button.isVisibleTo(seed.console)

    session = seed.session
    assert session is not None
    report = report_input_from_session(session, seed.presentation.event, language="en", tz=TZ)
    assert [item.logged for item in report.agenda] == [True] * (SUMMARY + 1)  # none "not logged"
