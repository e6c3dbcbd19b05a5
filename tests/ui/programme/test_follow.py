"""The rundown follows the talk and the group work; marks made before a session opens reach it."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from app.event.model import Event
from app.presenting.groupwork import GroupworkRound
from app.presenting.presentation import Presentation
from app.session import SessionStore
from app.timing.clock import FakeClock
from app.ui.programme.follow import FollowNote, RundownFollower
from app.ui.programme.journal import ProgrammeJournal

TZ = dt.timezone(dt.timedelta(hours=2))
GROUPWORK, SUMMARY = 4, 5  # the seed agenda: ... "Gruppearbeid", "Oppsummering i plenum"


class Day:
    """A talk, a round and the rundown following both, as the console wires them."""

    def __init__(self, event: Event, clock: FakeClock) -> None:
        self.presentation = Presentation(event, clock)
        self.round = GroupworkRound(event.groupwork, clock)
        self.journal = ProgrammeJournal(event, clock)
        self.follower = RundownFollower(self.journal, self.presentation.timer, self.round)

    def started(self) -> list[int]:
        return [i for i, e in enumerate(self.journal.rundown.log()) if e.actual_start is not None]


def test_the_first_advance_starts_the_first_item_once(event: Event, clock: FakeClock) -> None:
    day = Day(event, clock)
    clock.advance(240)
    day.presentation.next()
    assert day.journal.rundown.current() == 0
    assert day.journal.rundown.log()[0].actual_start == clock.now()
    clock.advance(60)
    day.presentation.timer.reset()
    day.presentation.next()  # the talk clock restarted: the rundown is not touched again
    assert day.journal.rundown.log()[0].actual_start == clock.now() - dt.timedelta(seconds=60)


def test_the_first_advance_leaves_a_hand_mark_alone(event: Event, clock: FakeClock) -> None:
    day = Day(event, clock)
    day.journal.start(2)
    day.presentation.next()
    assert day.started() == [2]


def test_the_round_starts_group_work_closing_what_came_before_and_its_end_offers_the_summary(
    event: Event, clock: FakeClock
) -> None:
    day = Day(event, clock)
    day.presentation.next()
    clock.set_wall(dt.datetime(2021, 9, 1, 14, 3, tzinfo=TZ))
    day.round.start()
    log = day.journal.rundown.log()
    assert day.journal.rundown.current() == GROUPWORK and log[0].actual_end == clock.now()
    assert all(log[i].actual_start == log[i].actual_end == clock.now() for i in range(1, GROUPWORK))
    note = day.journal.note
    assert note is not None and note.kind == "started" and note.at == clock.now()
    assert note.closed == tuple(e.title for e in log[1:GROUPWORK])
    clock.advance(2 * 3600)
    day.round.end()
    log = day.journal.rundown.log()
    assert log[GROUPWORK].actual_end == clock.now() and log[SUMMARY].actual_start is None
    assert day.journal.note == FollowNote("finished", log[GROUPWORK].title, clock.now(), offer=SUMMARY)
    day.journal.start(SUMMARY)  # by hand: the note has said its piece
    assert day.journal.note is None


def test_ending_the_round_when_group_work_is_last_finishes_it(event: Event, clock: FakeClock) -> None:
    day = Day(dataclasses.replace(event, agenda=event.agenda[: GROUPWORK + 1]), clock)
    day.round.start()
    clock.advance(600)
    day.round.end()
    assert day.journal.rundown.current() is None
    assert day.journal.rundown.log()[GROUPWORK].actual_end == clock.now()


def test_a_summary_started_by_hand_is_not_moved_by_the_round_end(event: Event, clock: FakeClock) -> None:
    day = Day(event, clock)
    day.round.start()
    clock.advance(600)
    day.journal.start(SUMMARY)
    clock.advance(60)
    day.round.end()
    assert day.journal.rundown.log()[SUMMARY].actual_start == clock.now() - dt.timedelta(seconds=60)


def test_following_switched_off_marks_nothing(event: Event, clock: FakeClock) -> None:
    day = Day(event, clock)
    day.journal.set_follow(False)
    day.presentation.next()
    day.round.start()
    day.round.end()
    assert day.started() == []
    day.follower.close()
    day.journal.set_follow(True)
    day.round.reset()
    day.round.start()  # closed: no longer listening
    assert day.started() == []


def test_marks_before_the_session_opens_are_written_into_it(
    event: Event, clock: FakeClock, tmp_path: Path
) -> None:
    day = Day(event, clock)
    day.presentation.next()  # item 0 at 12:30, before any session
    clock.advance(20 * 60)
    day.journal.start(1)
    store = SessionStore.create(tmp_path / "day.plenum", event)
    try:
        day.journal.use_session(store)
        saved = store.agenda_log()
        assert [(e.index, e.actual_start, e.actual_end) for e in saved] == [
            (0, clock.now() - dt.timedelta(minutes=20), clock.now()),
            (1, clock.now(), None),
        ]
        assert day.journal.rundown.current() == 1
    finally:
        store.close()


def test_the_sessions_own_marks_win_and_ours_fill_the_gaps(
    event: Event, clock: FakeClock, tmp_path: Path
) -> None:
    path = tmp_path / "day.plenum"
    store = SessionStore.create(path, event)
    earlier = ProgrammeJournal(event, clock, store)  # the morning's run of the app
    earlier.start(0)
    clock.advance(25 * 60)
    earlier.start(1)
    store.close()
    clock.advance(5 * 60)
    day = Day(event, clock)  # restarted without the session, marks made by hand
    day.journal.start(0)  # a wrong guess: the session knows item 0 started at 12:30
    clock.advance(10 * 60)
    day.journal.start(2)  # 13:10
    store = SessionStore.open(path)
    try:
        day.journal.use_session(store)
        log = day.journal.rundown.log()
        at = dt.datetime(2021, 9, 1, 12, 30, tzinfo=TZ)
        assert log[0].actual_start == at and log[0].actual_end == at + dt.timedelta(minutes=25)
        assert log[1].actual_end == log[2].actual_start == clock.now()  # ours ends the session's item
        assert day.journal.rundown.current() == 2
        assert [(e.index, e.actual_start, e.actual_end) for e in store.agenda_log()] == [
            (i, log[i].actual_start, log[i].actual_end) for i in range(3)
        ]
    finally:
        store.close()


def test_a_read_only_session_gets_nothing(event: Event, clock: FakeClock, tmp_path: Path) -> None:
    path = tmp_path / "day.plenum"
    SessionStore.create(path, event).close()
    day = Day(event, clock)
    day.journal.start(0)
    store = SessionStore.open(path, read_only=True)
    try:
        day.journal.use_session(store)
        assert store.agenda_log() == () and day.journal.rundown.current() == 0
    finally:
        store.close()
