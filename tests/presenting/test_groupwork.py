"""The group-work round without Qt: tasks, the countdown's controls, group timers, state."""

from __future__ import annotations

import datetime as dt

import pytest

from app.event.model import GroupWork, Task
from app.presenting.groupwork import (
    ROUND_STATE_KEY,
    GroupworkRound,
    RoundAction,
    TaskAndTime,
    TimeOnly,
    restore_round,
)
from app.timing.clock import FakeClock
from app.timing.countdown import Phase

MIN = dt.timedelta(minutes=1)
TASKS = tuple(Task(f"t{n}", f"Oppgave {n} <b>&</b> ŋ") for n in range(1, 5))
GROUPWORK = GroupWork(duration=25 * MIN, warnings=(10 * MIN, 2 * MIN), tasks=TASKS)


def make(clock: FakeClock) -> tuple[GroupworkRound, list[RoundAction]]:
    round_ = GroupworkRound(GROUPWORK, clock)
    actions: list[RoundAction] = []
    round_.subscribe_actions(actions.append)
    return round_, actions


def test_all_tasks_by_default_and_stepping_clamps() -> None:
    round_, _ = make(FakeClock())
    assert round_.task_ids == ("t1", "t2", "t3", "t4") and round_.current == 0
    round_.previous_task()
    assert round_.current == 0
    for _ in range(6):
        round_.next_task()
    assert round_.current == 3 and round_.current_task == TASKS[3]


def test_choosing_tasks_keeps_event_order_and_the_shown_task() -> None:
    round_, _ = make(FakeClock())
    round_.show_task(2)
    round_.choose_tasks(["t4", "t3", "nope"])
    assert round_.task_ids == ("t3", "t4") and round_.current_task == TASKS[2]
    round_.choose_tasks(["t1"])
    assert round_.current == 0 and round_.current_task == TASKS[0]
    round_.choose_tasks([])
    assert round_.current_task is None and round_.screen("task").task_ids == ()


def test_start_pause_add_reset_end_with_actions() -> None:
    clock = FakeClock()
    round_, actions = make(clock)
    round_.set_duration(20 * MIN)
    round_.add(60)  # before the start: the planned length
    assert round_.duration == 21 * MIN and round_.stage == "ready"
    round_.start()
    clock.advance(90)
    round_.toggle()
    clock.advance(600)  # paused: no time passes
    assert round_.countdown.remaining() == 21 * 60 - 90 and round_.stage == "paused"
    round_.toggle()
    round_.add(-60)
    clock.advance(30)
    assert round_.countdown.remaining() == 21 * 60 - 90 - 60 - 30
    with pytest.raises(ValueError):
        round_.set_duration(5 * MIN)
    round_.end()
    clock.advance(100)
    assert round_.stage == "ended" and round_.countdown.remaining() == 21 * 60 - 180
    round_.start()  # an ended round needs a reset first
    assert round_.stage == "ended"
    round_.reset()
    assert round_.stage == "ready" and round_.countdown.remaining() == 21 * 60
    assert [a.kind for a in actions] == ["start", "pause", "resume", "extend", "end", "reset"]
    assert actions[3].detail["seconds"] == -60


def test_screen_carries_tasks_countdown_and_end_time() -> None:
    clock = FakeClock()
    round_, _ = make(clock)
    round_.next_task()
    screen = round_.screen("task")
    assert isinstance(screen, TaskAndTime) and screen.current == 1 and screen.ends_at is None
    round_.start()
    timed = round_.screen("time")
    assert isinstance(timed, TimeOnly) and timed.countdown is round_.countdown
    assert timed.ends_at == clock.now() + 25 * MIN


def test_group_timers_are_independent_of_each_other_and_the_round() -> None:
    clock = FakeClock()
    round_, actions = make(clock)
    round_.start()
    round_.add_group_timer("Gruppe 2", 10 * MIN)
    round_.add_group_timer("Gruppe 3", 15 * MIN)
    clock.advance(60)
    round_.toggle_group("Gruppe 2")
    round_.add_to_group("Gruppe 3", 120)
    clock.advance(540)
    status = {s.group: s for s in round_.groups.statuses()}
    assert status["Gruppe 2"].remaining == 540 and not status["Gruppe 2"].running
    assert status["Gruppe 3"].remaining == 15 * 60 + 120 - 600
    assert status["Gruppe 3"].phase is Phase.WARNING
    assert round_.countdown.remaining() == 25 * 60 - 600
    round_.remove_group_timer("Gruppe 2")
    assert len(round_.groups) == 1
    assert [(a.kind, a.label) for a in actions][1:] == [
        ("add", "Gruppe 2"),
        ("add", "Gruppe 3"),
        ("pause", "Gruppe 2"),
        ("extend", "Gruppe 3"),
        ("remove", "Gruppe 2"),
    ]


class SavedStates:
    """The session's saved states, as ``resume_from`` reads them."""

    def __init__(self, **states: object) -> None:
        self.states = states

    def get_state(self, key: str, default: object = None) -> object:
        return self.states.get(key, default)


def test_resume_from_takes_over_the_saved_round_and_refuses_an_unusable_one() -> None:
    clock = FakeClock()
    saved, _ = make(clock)
    saved.choose_tasks(["t3"])
    saved.start()
    round_, _ = make(clock)
    assert round_.resume_from(SavedStates()) is False  # type: ignore[arg-type]
    assert round_.stage == "ready" and round_.task_ids == ("t1", "t2", "t3", "t4")
    with pytest.raises(ValueError, match="group-work state"):
        round_.resume_from(SavedStates(**{ROUND_STATE_KEY: {"version": 1}}))  # type: ignore[arg-type]
    assert round_.stage == "ready"
    assert round_.resume_from(SavedStates(**{ROUND_STATE_KEY: saved.to_state()}))  # type: ignore[arg-type]
    assert round_.stage == "running" and round_.task_ids == ("t3",)


def test_state_round_trip_resumes_a_running_round_at_its_true_time() -> None:
    clock = FakeClock()
    round_, _ = make(clock)
    round_.choose_tasks(["t2", "t4"])
    round_.next_task()
    round_.start()
    round_.add_group_timer("Gruppe 1", 5 * MIN)
    clock.advance(100)
    state = round_.to_state()
    clock.advance(50)  # the app was closed for 50 s
    again = restore_round(state, GROUPWORK, clock)
    assert again.task_ids == ("t2", "t4") and again.current == 1 and again.stage == "running"
    assert again.countdown.remaining() == 25 * 60 - 150
    assert again.groups["Gruppe 1"].remaining() == 5 * 60 - 150
    notified: list[int] = []
    again.changed.subscribe(lambda: notified.append(1))
    again.toggle_group("Gruppe 1")
    assert notified


@pytest.mark.parametrize("broken", [{}, {"version": 9}, {"version": 1, "duration": "x"}])
def test_restore_refuses_what_is_not_a_state(broken: dict[str, object]) -> None:
    round_, _ = make(FakeClock())
    with pytest.raises(ValueError):
        round_.restore(broken)
    assert round_.stage == "ready"


def test_a_reloaded_event_keeps_the_chosen_tasks_that_remain() -> None:
    clock = FakeClock()
    round_, _ = make(clock)
    round_.show_task(2)
    round_.start()
    fewer = GroupWork(duration=25 * MIN, tasks=(TASKS[0], TASKS[2]))
    round_.replace_groupwork(fewer)
    assert round_.task_ids == ("t1", "t3") and round_.current_task == TASKS[2] and round_.stage == "running"


def test_a_round_until_a_clock_time_keeps_its_end_and_survives_a_restart() -> None:
    clock = FakeClock(dt.datetime(2021, 9, 1, 14, 0, tzinfo=dt.timezone(dt.timedelta(hours=2))))
    round_, actions = make(clock)
    round_.set_until(dt.time(16, 0))
    round_.add(-300)  # before the start, time given or taken moves the end
    assert round_.countdown.target is not None and round_.countdown.target.time() == dt.time(15, 55)
    round_.add(-3 * 3600)  # an end already past is refused
    assert round_.countdown.target.time() == dt.time(15, 55)
    clock.advance(900)
    round_.start()
    assert round_.countdown.remaining() == 100 * 60
    with pytest.raises(ValueError):
        round_.set_until(dt.time(16, 30))
    again = restore_round(round_.to_state(), GROUPWORK, clock)
    clock.advance(60)
    assert again.countdown.kind == "until" and again.countdown.remaining() == 99 * 60
    assert [a.kind for a in actions] == ["start"]


def test_ending_the_round_stops_every_group_and_says_so_on_the_screen() -> None:
    clock = FakeClock()
    round_, actions = make(clock)
    round_.start()
    round_.add_group_timer("Gruppe 1", 5 * MIN)
    round_.add_group_timer("Gruppe 2", 5 * MIN)
    round_.toggle_group("Gruppe 2")  # already paused by hand: stays paused, logged once
    clock.advance(400)
    assert round_.screen("task").state == "running"
    round_.end()
    ended = round_.screen("task")
    assert ended.state == "ended" and ended.ended_at == clock.now() == round_.ended_at
    assert not round_.groups["Gruppe 1"].running and round_.groups["Gruppe 1"].remaining() == 300 - 400
    assert [(a.kind, a.label) for a in actions[-2:]] == [("pause", "Gruppe 1"), ("end", "groupwork")]
    clock.advance(60)
    again = restore_round(round_.to_state(), GROUPWORK, clock)
    assert again.screen("time").state == "ended" and again.ended_at == round_.ended_at
    again.reset()
    assert again.screen("time").state == "ready" and again.ended_at is None
