"""A round of group work (no Qt): the tasks chosen, the task shown, the clocks.

The console, the keys and the projector all act on one ``GroupworkRound``:
they call its methods and redraw on ``changed``. Each user action is also
announced on ``actions`` as a ``RoundAction`` (start, pause, extend, …), so
the session can log it for the report and the rundown can mark the
group-work item started or finished, without the round knowing either.

``to_state``/``restore_round`` turn the whole round (countdown, tasks,
current task, per-group timers) into a small JSON-ready dict and back, so a
restart resumes a running round at its true remaining time.

The projector shows a round through the ``GroupworkScreen`` contents: the
current task beside the countdown, the task list beside it, or the countdown
alone. They carry task ids, not tasks, so a reloaded event file shows its new
wording at once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from app.event.model import GroupWork, Task
from app.observers import Observers
from app.presenting.content import AudienceContent
from app.timing.clock import Clock
from app.timing.countdown import Countdown
from app.timing.groups import GroupTimers

if TYPE_CHECKING:
    from app.session import SessionStore

STATE_VERSION = 1
ROUND_STATE_KEY = "countdown"  # the session state the round is saved under (app.ui.groupwork.recorder)
ROUND_LABEL = "groupwork"  # the label of the round's own entries in the timer log

RoundStage = Literal["ready", "running", "paused", "ended"]
ScreenView = Literal["task", "all", "time"]
# What the countdown panel says: the round's stage, with time up told apart from running.
PanelState = Literal["ready", "running", "paused", "overtime", "ended"]


@dataclass(frozen=True)
class GroupworkScreen(AudienceContent):
    """Group work on the projector: the chosen tasks, the one shown, the round's countdown."""

    task_ids: tuple[str, ...]
    current: int
    countdown: Countdown = field(compare=False)
    ends_at: dt.datetime | None = field(default=None, compare=False)  # while running
    ended_at: dt.datetime | None = None  # once the round is ended: the room sees it is over
    view: ClassVar[ScreenView]

    @property
    def state(self) -> PanelState:
        """What the panel shows now: an ended round is over, not paused, whatever its clock says."""
        if self.ended_at is not None:
            return "ended"
        countdown = self.countdown
        if countdown.paused:
            return "paused"
        if countdown.remaining() < 0:
            return "overtime"
        return "running" if countdown.running else "ready"


@dataclass(frozen=True)
class TaskAndTime(GroupworkScreen):
    """The current task's title, prompt and points large, beside the countdown."""

    view: ClassVar[ScreenView] = "task"


@dataclass(frozen=True)
class TaskListAndTime(GroupworkScreen):
    """Every chosen task, the current one marked, beside the countdown."""

    view: ClassVar[ScreenView] = "all"


@dataclass(frozen=True)
class TimeOnly(GroupworkScreen):
    """Just the countdown, as big as the screen allows."""

    view: ClassVar[ScreenView] = "time"


SCREEN_KINDS: dict[ScreenView, type[GroupworkScreen]] = {
    "task": TaskAndTime,
    "all": TaskListAndTime,
    "time": TimeOnly,
}


@dataclass(frozen=True)
class RoundAction:
    """One thing someone did to the round; ``label`` is ``ROUND_LABEL`` or a group's name."""

    kind: Literal["start", "pause", "resume", "extend", "reset", "end", "add", "remove"]
    label: str
    detail: dict[str, Any] = field(default_factory=dict)


ActionCallback = Callable[[RoundAction], None]


class GroupworkRound:
    """The round's tasks, current task, countdown and per-group timers.

    ``changed`` fires after anything a view shows changed (not as time
    passes); ``countdown.changed`` fires too when the round's time is touched.
    ``set_duration`` replaces ``countdown`` (only before the start), so views
    re-read ``round.countdown`` on ``changed``.
    """

    def __init__(
        self,
        groupwork: GroupWork,
        clock: Clock,
        *,
        duration: dt.timedelta | None = None,
        task_ids: Sequence[str] | None = None,
    ) -> None:
        self._groupwork = groupwork
        self._clock = clock
        self._ended_at: dt.datetime | None = None
        self._current = 0
        self._listeners: list[ActionCallback] = []
        self.changed = Observers()
        self._task_ids = self._known(task_ids if task_ids is not None else [t.id for t in groupwork.tasks])
        self._duration = duration or groupwork.duration
        self.countdown = Countdown(self._duration, clock, groupwork.warnings)
        self.groups = GroupTimers(clock, groupwork.warnings)
        self.groups.changed.subscribe(self.changed.notify)

    # -- reading -------------------------------------------------------------

    @property
    def groupwork(self) -> GroupWork:
        return self._groupwork

    @property
    def duration(self) -> dt.timedelta:
        """The planned length of the round (before any time given or taken during it)."""
        return self._duration

    @property
    def task_ids(self) -> tuple[str, ...]:
        """The tasks chosen for this round, in the event's order."""
        return self._task_ids

    @property
    def tasks(self) -> tuple[Task, ...]:
        return tuple(self._groupwork.task(task_id) for task_id in self._task_ids)

    @property
    def current(self) -> int:
        """Index into ``task_ids`` of the task shown (0 when none are chosen)."""
        return self._current

    @property
    def current_task(self) -> Task | None:
        return self._groupwork.task(self._task_ids[self._current]) if self._task_ids else None

    @property
    def stage(self) -> RoundStage:
        if self._ended:
            return "ended"
        if self.countdown.running:
            return "running"
        return "paused" if self.countdown.started else "ready"

    def screen(self, view: ScreenView) -> GroupworkScreen:
        """What the projector shows for ``view`` right now."""
        ends_at = None
        if self.countdown.running and not self._ended:
            ends_at = self._clock.now() + dt.timedelta(seconds=self.countdown.remaining())
        return SCREEN_KINDS[view](self._task_ids, self._current, self.countdown, ends_at, self.ended_at)

    @property
    def ended_at(self) -> dt.datetime | None:
        """When the round was ended (None while it is not)."""
        return self._ended_at

    @property
    def _ended(self) -> bool:
        return self._ended_at is not None

    # -- tasks ---------------------------------------------------------------

    def choose_tasks(self, task_ids: Sequence[str]) -> None:
        """Run the round on these tasks (kept in the event's order); the shown one stays if chosen."""
        shown = self._task_ids[self._current] if self._task_ids else None
        self._task_ids = self._known(task_ids)
        self._current = self._task_ids.index(shown) if shown in self._task_ids else 0
        self.changed.notify()

    def show_task(self, index: int) -> None:
        """Show chosen task ``index`` (clamped)."""
        target = max(0, min(index, len(self._task_ids) - 1))
        if target != self._current:
            self._current = target
            self.changed.notify()

    def next_task(self) -> None:
        self.show_task(self._current + 1)

    def previous_task(self) -> None:
        self.show_task(self._current - 1)

    def replace_groupwork(self, groupwork: GroupWork) -> None:
        """A reloaded event: keep the chosen tasks that still exist, and the clocks."""
        shown = self._task_ids[self._current] if self._task_ids else None
        self._groupwork = groupwork
        self._task_ids = self._known(self._task_ids)
        self._current = self._task_ids.index(shown) if shown in self._task_ids else 0
        self.changed.notify()

    def _known(self, task_ids: Sequence[str]) -> tuple[str, ...]:
        wanted = set(task_ids)
        return tuple(t.id for t in self._groupwork.tasks if t.id in wanted)

    # -- the round's countdown -----------------------------------------------

    def set_duration(self, duration: dt.timedelta) -> None:
        """Change the planned length; only before the start (afterwards use ``add``)."""
        if self.countdown.started:
            raise ValueError("the round has started: give or take time with add()")
        self._duration = duration
        self.countdown = Countdown(duration, self._clock, self._groupwork.warnings)
        self.changed.notify()

    def set_until(self, at: dt.time) -> None:
        """Run the round until ``at`` on the wall clock (the next ``at``); only before the start."""
        if self.countdown.started:
            raise ValueError("the round has started: give or take time with add()")
        self.countdown = Countdown.until(at, self._clock, self._groupwork.warnings)
        self.changed.notify()

    def start(self) -> None:
        """Start the round, or resume it when paused (an ended round starts again only after reset)."""
        if self._ended:
            return
        if not self.countdown.started:
            self.countdown.start()
            self._announce(RoundAction("start", ROUND_LABEL, self._detail()))
        elif not self.countdown.running:
            self.countdown.resume()
            self._announce(RoundAction("resume", ROUND_LABEL, self._detail()))
        self.changed.notify()

    def pause(self) -> None:
        if self.countdown.running:
            self.countdown.pause()
            self._announce(RoundAction("pause", ROUND_LABEL, self._detail()))
            self.changed.notify()

    def toggle(self) -> None:
        """Start, pause or resume: what one key does."""
        if self.countdown.running:
            self.pause()
        else:
            self.start()

    def add(self, seconds: float) -> None:
        """Give (or take, negative) time; before the start this changes the planned length (or end)."""
        if self._ended:
            return
        target = self.countdown.target
        if not self.countdown.started and target is not None:
            moved = target + dt.timedelta(seconds=seconds)
            if moved > self._clock.now():
                self.set_until(moved.time())
            return
        if not self.countdown.started:
            planned = self._duration + dt.timedelta(seconds=seconds)
            if planned > dt.timedelta(0):
                self.set_duration(planned)
            return
        self.countdown.add(seconds)
        self._announce(RoundAction("extend", ROUND_LABEL, {"seconds": seconds, **self._detail()}))
        self.changed.notify()

    def reset(self) -> None:
        """Back to the planned length, not running, not ended: ready for another start."""
        self._ended_at = None
        self.countdown.reset()
        self._announce(RoundAction("reset", ROUND_LABEL, self._detail()))
        self.changed.notify()

    def end(self) -> None:
        """End the round: its countdown and every group's stop where they were, and the rundown hears of it.

        The groups' timers stop too: the round is over for every group, and a
        timer counting on into overtime would tell a room it is late for
        something that has ended.
        """
        if self._ended:
            return
        detail = self._detail()
        self.countdown.pause()
        for status in self.groups.statuses():
            if status.running:
                self.toggle_group(status.group)
        self._ended_at = self._clock.now()
        self._announce(RoundAction("end", ROUND_LABEL, detail))
        self.changed.notify()

    def _detail(self) -> dict[str, Any]:
        return {"remaining": round(self.countdown.remaining(), 3)}

    # -- per-group timers ----------------------------------------------------

    def add_group_timer(self, group: str, duration: dt.timedelta) -> Countdown:
        """Give ``group`` its own countdown, started now (replacing any it had)."""
        countdown = self.groups.add(group, duration)
        self._announce(RoundAction("add", group, {"duration": duration.total_seconds()}))
        countdown.changed.subscribe(self.changed.notify)
        self.changed.notify()
        return countdown

    def toggle_group(self, group: str) -> None:
        countdown = self.groups[group]
        kind: Literal["pause", "resume"] = "pause" if countdown.running else "resume"
        countdown.toggle()
        self._announce(RoundAction(kind, group, {"remaining": round(countdown.remaining(), 3)}))

    def add_to_group(self, group: str, seconds: float) -> None:
        countdown = self.groups[group]
        countdown.add(seconds)
        self._announce(RoundAction("extend", group, {"seconds": seconds}))

    def remove_group_timer(self, group: str) -> None:
        self.groups.remove(group)
        self._announce(RoundAction("remove", group))

    # -- announcing and persisting -------------------------------------------

    def subscribe_actions(self, callback: ActionCallback) -> Callable[[], None]:
        """Call ``callback(action)`` after every user action; returns the unsubscribe function."""
        self._listeners.append(callback)
        return lambda: self._listeners.remove(callback) if callback in self._listeners else None

    def _announce(self, action: RoundAction) -> None:
        for callback in list(self._listeners):
            callback(action)

    def restore(self, state: dict[str, Any]) -> None:
        """Take over a round saved by ``to_state``; a running countdown keeps running.

        Tasks no longer in the event are dropped. Raises ValueError naming
        what is wrong (and changes nothing) if ``state`` is not such a state.
        """
        try:
            if state["version"] != STATE_VERSION:
                raise ValueError(f"group-work state has unknown version {state['version']!r}")
            duration = dt.timedelta(seconds=float(state["duration"]))
            if duration <= dt.timedelta(0):
                raise ValueError("group-work state has a duration of zero or less")
            task_ids = self._known([str(task_id) for task_id in state["tasks"]])
            countdown = Countdown.from_state(state["countdown"], self._clock)
            groups = GroupTimers(self._clock, self._groupwork.warnings)
            groups.restore(state["groups"])
            ended = bool(state["ended"])
            ended_at = _ended_at(state.get("ended_at"), self._clock) if ended else None
            current = max(0, min(int(state["current"]), len(task_ids) - 1))
        except (KeyError, TypeError, AttributeError) as error:
            raise ValueError(f"not a group-work state: {error!r}") from None
        self._duration, self._task_ids, self._current, self._ended_at = duration, task_ids, current, ended_at
        self.countdown = countdown
        self.groups.restore(groups.to_state())
        for status in self.groups.statuses():
            self.groups[status.group].changed.subscribe(self.changed.notify)
        self.changed.notify()

    def resume_from(self, store: SessionStore) -> bool:
        """Take over the round saved in ``store`` (its ``ROUND_STATE_KEY`` state); False if none is saved.

        Raises ValueError naming what is wrong (and changes nothing) if the saved round is not usable.
        """
        state = store.get_state(ROUND_STATE_KEY)
        if not isinstance(state, dict):
            return False
        self.restore(state)
        return True

    def to_state(self) -> dict[str, Any]:
        """A JSON-ready dict from which ``restore`` (or ``restore_round``) rebuilds this round."""
        return {
            "version": STATE_VERSION,
            "duration": self._duration.total_seconds(),
            "tasks": list(self._task_ids),
            "current": self._current,
            "ended": self._ended_at is not None,
            "ended_at": self._ended_at.isoformat() if self._ended_at else None,
            "countdown": self.countdown.to_state(),
            "groups": self.groups.to_state(),
        }


def _ended_at(saved: object, clock: Clock) -> dt.datetime:
    """The saved end of an ended round; a state from before it was saved ends "now"."""
    if isinstance(saved, str):
        value = dt.datetime.fromisoformat(saved)
        if value.tzinfo is not None:
            return value
    return clock.now()


def restore_round(state: dict[str, Any], groupwork: GroupWork, clock: Clock) -> GroupworkRound:
    """A new round rebuilt from ``GroupworkRound.to_state`` (see ``GroupworkRound.restore``)."""
    restored = GroupworkRound(groupwork, clock)
    restored.restore(state)
    return restored
