"""The rundown follows the talk and the group work when nobody marks it by hand.

No Qt. The event format has no link from slides to agenda items, so the
rules are few and predictable (the Program page's "Follow automatically"
box switches them off, and its tooltip states them):

1. The talk's first advance (its timer starts) starts the first agenda item,
   if no item has been started yet.
2. Starting the group-work round starts the group-work item, if it has not
   been started.
3. Ending the round starts the item after the group-work item (say,
   "Oppsummering i plenum"), if that has not been started; when the
   group-work item is the last one, it is just finished.

Every other move is the facilitator's: "Start next item" and the marks on
the Program page. A mark already made is never moved by a rule.
"""

from __future__ import annotations

from collections.abc import Callable

from app.presenting.groupwork import ROUND_LABEL, GroupworkRound, RoundAction
from app.presenting.talk_timer import TalkTimer
from app.ui.programme.journal import ProgrammeJournal


class RundownFollower:
    """Marks ``journal`` from the talk timer and the round's start and end."""

    def __init__(self, journal: ProgrammeJournal, talk: TalkTimer, round_: GroupworkRound) -> None:
        self._journal = journal
        self._talk = talk
        self._talking = talk.started
        self._unsubscribe: tuple[Callable[[], None], ...] = (
            talk.changed.subscribe(self._on_talk),
            round_.subscribe_actions(self._on_round),
        )

    def close(self) -> None:
        for unsubscribe in self._unsubscribe:
            unsubscribe()

    def _on_talk(self) -> None:
        started, self._talking = self._talk.started and not self._talking, self._talk.started
        entries = self._journal.rundown.log()
        if started and self._journal.follow and entries and all(e.actual_start is None for e in entries):
            self._journal.start(0)

    def _on_round(self, action: RoundAction) -> None:
        if action.label != ROUND_LABEL or not self._journal.follow:
            return
        index = self._journal.groupwork_index()
        if index is None:
            return
        entries = self._journal.rundown.log()
        if action.kind == "start" and entries[index].actual_start is None:
            self._journal.start(index)
        elif action.kind == "end" and entries[index].actual_end is None:
            following = index + 1
            if following < len(entries) and entries[following].actual_start is None:
                self._journal.start(following)  # finishes the group-work item at the same instant
            else:
                self._journal.finish(index)
