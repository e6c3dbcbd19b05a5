"""The rundown follows the talk and the group work when nobody marks it by hand.

No Qt. The event format has no link from slides to agenda items, so the
rules are few and predictable (the Program page's "Follow automatically"
box switches them off, and its tooltip states them). They do what a chair
with a pen would do, never more, and each says what it did (``FollowNote``,
shown in the console's top bar and on the Program page):

1. The talk's first advance (its timer starts) starts the first agenda item,
   if no item has been started yet.
2. Starting the group-work round starts the group-work item, if it has not
   been started. Everything before group work is over by then: the item
   running finishes, and items never marked are marked finished at the same
   instant (no start of their own is made up), so the report lists them as
   held, not "not logged", and the note names how many were closed.
3. Ending the round finishes the group-work item. The item after it (say,
   "Oppsummering i plenum") is not started behind the chair's back: the
   note offers to start it, as does "Start next item".

Every other move is the facilitator's. A mark already made is never moved
by a rule, and any mark by hand clears the note.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from app.presenting.groupwork import ROUND_LABEL, GroupworkRound, RoundAction
from app.presenting.talk_timer import TalkTimer
from app.ui.programme.journal import ProgrammeJournal


@dataclass(frozen=True)
class FollowNote:
    """What a rule just marked: ``title`` started or finished ``at``.

    ``closed`` are the earlier items marked finished with it (rule 2);
    ``offer`` is the index of the item the chair may start next (rule 3).
    """

    kind: Literal["started", "finished"]
    title: str
    at: dt.datetime
    closed: tuple[str, ...] = ()
    offer: int | None = None


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
        journal = self._journal
        entries = journal.rundown.log()
        if action.kind == "start" and entries[index].actual_start is None:
            never = [i for i in range(index) if entries[i].actual_start is None]
            for earlier in never:
                journal.finish(earlier)
            journal.start(index)  # finishes the item running
            at = journal.rundown.log()[index].actual_start
            assert at is not None
            closed = tuple(entries[i].title for i in never)
            journal.set_note(FollowNote("started", entries[index].title, at, closed))
        elif action.kind == "end" and entries[index].actual_end is None:
            journal.finish(index)
            following = index + 1
            waiting = following < len(entries) and entries[following].actual_start is None
            offer = following if waiting else None
            at = journal.rundown.log()[index].actual_end
            assert at is not None
            journal.set_note(FollowNote("finished", entries[index].title, at, offer=offer))
