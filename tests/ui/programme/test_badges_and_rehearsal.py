"""Issue 15, findings 4 and 5: the day's delay counts only on the event's day, and every badge
says what it measures. Driven through the real console with keys; the clock is a FakeClock."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from presenter_app import close_app, open_presenter
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from app.event.loader import load_event
from app.paths import DEFAULT_EVENT
from app.render.fonts import load_fonts
from app.timing.clock import FakeClock
from app.ui.console.window import Mode
from app.ui.presenter import PresenterApp

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
CEST = dt.timezone(dt.timedelta(hours=2))


def open_seed(qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> PresenterApp:
    load_fonts()
    event = load_event(Path(DEFAULT_EVENT)).event  # Faggruppesamling 2021-09-01, from 12:30
    assert event is not None
    app = PresenterApp(event, clock, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    app.show()
    qtbot.waitExposed(app.audience)
    return app


@pytest.fixture
def evening_before(qtbot: QtBot, screens: object, tmp_path: Path) -> Iterator[tuple[PresenterApp, FakeClock]]:
    """The seed event opened at 20:47 the evening before its day: a rehearsal."""
    clock = FakeClock(dt.datetime(2021, 8, 31, 20, 47, tzinfo=CEST))
    app = open_seed(qtbot, clock, tmp_path)
    yield app, clock
    close_app(app)


def test_a_rehearsal_says_so_and_counts_from_its_own_start(
    qtbot: QtBot, evening_before: tuple[PresenterApp, FakeClock]
) -> None:
    app, clock = evening_before
    summary = app.groupwork.summary
    assert summary.text() == "Rehearsal · Day: on schedule"  # not "450 min behind" before anything began
    qtbot.keyClick(app.console, K.Key_4, CTRL)
    page = app.groupwork.programme
    assert app.console.mode is Mode.PROGRAMME
    assert page.rehearsal.isVisibleTo(page) and "31.08.2021" not in page.rehearsal_note.text()
    assert "01.09.2021" in page.rehearsal_note.text() and page.rehearsal_note.isVisibleTo(page)
    assert page.projected.text() == "Projected end 17:00"  # the plan's clock, not 00:33 tonight
    qtbot.keyClick(app.audience, K.Key_PageDown)  # the talk starts: the first item, at its planned 12:30
    clock.advance(94 * 60)  # a 20-minute item run for 94 minutes
    page.refresh()
    assert page.table.item(0, 2).text() == "12:30"
    assert page.delay.text() == "Day: 1 h 14 min behind"
    assert summary.text() == "Velkommen og kort om Osloregionen · Rehearsal · Day: 1 h 14 min behind"
    started = app.groupwork.journal.rundown.log()[0].actual_start
    assert started == dt.datetime(2021, 8, 31, 20, 47, tzinfo=CEST)  # the session keeps the real instant


TIMED_DECK = "\n".join([
    "event: {title: Prøve, organiser: Plenum, date: 2021-09-01}",
    "agenda:",
    '  - {title: Velkommen, start: "12:30", duration: 20m}',
    "  - {title: Foredrag, duration: 40m}",
    "slides:",
    *[f"  - {{title: Lysbilde {n}, duration: 3m}}" for n in range(1, 9)],
]) + "\n"


def test_on_the_day_the_wall_clock_counts_and_the_two_badges_name_their_clocks(
    qtbot: QtBot, screens: object, tmp_path: Path
) -> None:
    clock = FakeClock(dt.datetime(2021, 9, 1, 12, 30, tzinfo=CEST))
    deck = tmp_path / "event.yaml"
    deck.write_text(TIMED_DECK, encoding="utf-8")
    app = open_presenter(qtbot, deck, clock, tmp_path / "s.ini")
    try:
        summary = app.groupwork.summary
        qtbot.keyClick(app.audience, K.Key_PageDown)  # 12:30: the talk and the first item start
        clock.advance(30)
        for _ in range(4):  # slides pass faster than planned: the talk runs ahead
            qtbot.keyClick(app.audience, K.Key_PageDown)
        clock.advance(11 * 60)
        qtbot.keyClick(app.console, K.Key_1, CTRL)
        talk = app.console.presentation_page.talk_clock
        talk.refresh()
        app.groupwork.programme.refresh()
        day, pace = summary.delay.text(), talk.pace_label.text()
        assert day.startswith("Day: ") and pace.startswith("Talk: ")
        assert (day, pace) == ("Day: on schedule", "Talk: 4 min ahead")
        assert not summary.rehearsal.isVisibleTo(summary)
        clock.advance(94 * 60 - 11 * 60 - 30)  # the first item (20 min) has now run 94 minutes
        app.groupwork.programme.refresh()
        assert summary.delay.text() == "Day: 1 h 14 min behind"
    finally:
        close_app(app)


def test_the_badges_in_bokmal(qapp: object) -> None:
    from app.presenting.pace import Pace
    from app.ui.console.delay_badges import day_badge, talk_badge
    from app.ui.i18n import install_translator

    translator = install_translator(qapp, "nb")  # type: ignore[arg-type]
    try:
        assert day_badge(dt.timedelta(minutes=11))[0] == "Dagen: 11 min bak"
        assert day_badge(dt.timedelta(minutes=74))[0] == "Dagen: 1 t 14 min bak"
        assert talk_badge(Pace("ahead", 125.0))[0] == "Foredraget: 2 min foran"
        assert talk_badge(Pace("on_time", 0.0))[0] == "Foredraget: i rute"
    finally:
        qapp.removeTranslator(translator)  # type: ignore[attr-defined]


def test_the_top_bar_badges_are_as_wide_as_their_words_at_1366_px(
    norwegian: None, qtbot: QtBot, screens: object, tmp_path: Path
) -> None:
    clock = FakeClock(dt.datetime(2021, 9, 1, 12, 30, tzinfo=CEST))
    app = open_seed(qtbot, clock, tmp_path)
    try:
        qtbot.keyClick(app.audience, K.Key_PageDown)  # the first item starts at 12:30
        clock.advance(50 * 60)  # a 20-minute item run for 50 minutes
        qtbot.keyClick(app.console, K.Key_1, CTRL)
        app.groupwork.programme.refresh()
        summary = app.groupwork.summary
        assert summary.delay.text() == "Dagen: 30 min bak"
        summary.note.hide()  # nothing else in the line to take the room: the badge must not
        summary.layout().activate()
        assert app.console.width() > 1300
        badge = summary.delay
        words = badge.fontMetrics().horizontalAdvance(badge.text())
        assert words <= badge.contentsRect().width() <= badge.sizeHint().width()
    finally:
        close_app(app)
