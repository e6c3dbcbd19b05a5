"""Group work put together: the round, the projector, the chimes, the keys, the log.

``GroupworkController`` is what the console page, the keys and the
composition root talk to. It owns the ``GroupworkRound`` and decides, in one
place, what group work puts on the projector: ``show(view)`` holds a
group-work screen, and every change to the round re-holds it so the room sees
the new task at once; ``show_slides`` gives the projector back to the slides.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject

from app.presenting.groupwork import SCREEN_KINDS, GroupworkRound, GroupworkScreen, ScreenView
from app.presenting.presentation import Presentation
from app.timing.clock import Clock
from app.timing.countdown import Countdown
from app.ui.groupwork.recorder import RoundRecorder
from app.ui.keys import Command
from app.ui.programme.journal import ProgrammeJournal
from app.ui.timer.chime import ChimePlayer, CountdownAlarm

MINUTE = 60.0
VIEWS: tuple[ScreenView, ...] = tuple(SCREEN_KINDS)


class GroupworkController(QObject):
    """One round of group work and everything that follows from it.

    ``in_groupwork_mode`` tells whether the console shows the group-work
    page: the round's keys (T, +, -) act there or while group work is on the
    projector, and are left alone otherwise.
    """

    def __init__(
        self,
        presentation: Presentation,
        clock: Clock,
        journal: ProgrammeJournal,
        player: ChimePlayer,
        *,
        round_: GroupworkRound | None = None,
        in_groupwork_mode: Callable[[], bool] = lambda: False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.presentation = presentation
        self.journal = journal
        self.round = round_ or GroupworkRound(presentation.event.groupwork, clock)
        self._event = presentation.event
        self._player = player
        self._in_mode = in_groupwork_mode
        self._muted = False
        self._last_view: ScreenView = "task"
        self._alarms: dict[str, tuple[Countdown, CountdownAlarm]] = {}
        self.recorder = RoundRecorder(self.round, journal)
        self._unsubscribe = (
            self.round.changed.subscribe(self._on_round_changed),
            presentation.changed.subscribe(self._on_presentation_changed),
        )
        self._sync_alarms()

    # -- the projector -------------------------------------------------------

    @property
    def on_projector(self) -> ScreenView | None:
        """The group-work view the projector shows, or None (slides, black, …)."""
        content = self.presentation.content
        return content.view if isinstance(content, GroupworkScreen) else None

    def show(self, view: ScreenView) -> None:
        """Put the round on the projector as ``view`` ("task", "all" or "time")."""
        self._last_view = view
        self.presentation.hold(self.round.screen(view))

    def show_slides(self) -> None:
        self.presentation.follow_slides()

    def toggle_screen(self) -> None:
        if self.on_projector is None:
            self.show(self._last_view)
        else:
            self.show_slides()

    def cycle_view(self) -> None:
        current = self.on_projector
        following = VIEWS[(VIEWS.index(current) + 1) % len(VIEWS)] if current else self._last_view
        self.show(following)

    # -- the chime -----------------------------------------------------------

    @property
    def muted(self) -> bool:
        return self._muted

    def set_muted(self, muted: bool) -> None:
        """Silence (or not) every chime: the round's and each group's."""
        self._muted = muted
        for _countdown, alarm in self._alarms.values():
            alarm.muted = muted

    def set_player(self, player: ChimePlayer) -> None:
        """Chime through ``player`` from now on (tests give a fake one)."""
        self._player = player
        for _countdown, alarm in self._alarms.values():
            _retire(alarm)
        self._alarms.clear()
        self._sync_alarms()

    def alarm_for(self, group: str = "") -> CountdownAlarm:
        """The alarm of a group's timer, or of the round (``""``)."""
        return self._alarms[group][1]

    def _sync_alarms(self) -> None:
        """One alarm per live countdown: the round's may be replaced, groups come and go."""
        wanted: dict[str, Countdown] = {"": self.round.countdown}
        wanted.update({s.group: self.round.groups[s.group] for s in self.round.groups.statuses()})
        for key in list(self._alarms):
            countdown, alarm = self._alarms[key]
            if wanted.get(key) is not countdown:
                _retire(alarm)
                del self._alarms[key]
        for key, countdown in wanted.items():
            if key not in self._alarms:
                alarm = CountdownAlarm(countdown, self._player, self)
                alarm.muted = self._muted
                self._alarms[key] = (countdown, alarm)

    # -- keys ----------------------------------------------------------------

    def run_command(self, command: Command) -> bool:
        """The group-work keys; False leaves the key to the slides (see keys.BINDINGS)."""
        showing = self.on_projector is not None
        steps = {
            Command.NEXT: self.round.next_task,
            Command.PREVIOUS: self.round.previous_task,
            Command.TASK_NEXT: self.round.next_task,
            Command.TASK_PREVIOUS: self.round.previous_task,
        }
        if command in steps and (showing or command in (Command.TASK_NEXT, Command.TASK_PREVIOUS)):
            steps[command]()
            return True
        if command is Command.GROUPWORK_SCREEN:
            self.toggle_screen()
            return True
        if command is Command.GROUPWORK_VIEW:
            self.cycle_view()
            return True
        round_keys: dict[Command, Callable[[], None]] = {
            Command.ROUND_TOGGLE: self.round.toggle,
            Command.ROUND_MORE: lambda: self.round.add(MINUTE),
            Command.ROUND_LESS: lambda: self.round.add(-MINUTE),
        }
        if command in round_keys and (showing or self._in_mode()):
            round_keys[command]()
            return True
        return False

    # -- following the model -------------------------------------------------

    def _on_round_changed(self) -> None:
        self._sync_alarms()
        view = self.on_projector
        if view is not None:
            self.presentation.hold(self.round.screen(view))

    def _on_presentation_changed(self) -> None:
        event = self.presentation.event
        if event is not self._event:
            self._event = event
            self.round.replace_groupwork(event.groupwork)

    def stop(self) -> None:
        """Stop every alarm's timer and stop listening (the app is closing)."""
        for _countdown, alarm in self._alarms.values():
            alarm.stop()
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        self.recorder.close()


def _retire(alarm: CountdownAlarm) -> None:
    """Stop and delete an alarm now: deleted later, it would still answer its countdown."""
    alarm.stop()
    shiboken6.delete(alarm)
