"""Notes files of absurd size: refused early at FILE:LINE:COL, naming the count and the limit.

Each case is generated one past a limit of ``app.session.limits`` (or the
event's ``MAX_PEOPLE`` for members), imported with the real ``plenum import``,
and must leave the session and the event folder byte for byte as they were.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from refusals import Snapshot, assert_refused, run_plenum
from sessionkit import TITLE

from app.event.limits import MAX_PEOPLE
from app.event.loader import load_event
from app.session.limits import (
    MAX_NOTE_CHARS,
    MAX_NOTES_FOLLOW_UPS,
    MAX_NOTES_NODES,
    MAX_NOTES_TEXT_CHARS,
)
from app.session.notes_file import parse_notes_file

HEAD = f"event: {TITLE}\ngroup: {{name: Gruppe 1}}\n"
LONG = "x" * (MAX_NOTES_TEXT_CHARS + 1)
NODES_BEFORE_THE_LIST = 9  # the top mapping, event, its title, group, its mapping, name, its value,
# the key follow_up (or summaries) and the list (or mapping) itself


def _points(count: int) -> str:
    return HEAD + "follow_up:\n" + "  - pkt\n" * count  # 1.2 million: 9.6 MB


def _group_field(key: str) -> str:
    return f"event: {TITLE}\ngroup:\n  name: Gruppe 1\n  {key}: {LONG}\n"


Case = tuple[Callable[[], str], int, int, str]
CASES: dict[str, Case] = {
    # name: (file text, line, column, what the message says)
    "follow-up points": (lambda: _points(MAX_NOTES_FOLLOW_UPS + 1), 4, 3,
                         f"follow_up has {MAX_NOTES_FOLLOW_UPS + 1:,} items; "
                         f"at most {MAX_NOTES_FOLLOW_UPS:,} are allowed"),
    "members": (lambda: f"event: {TITLE}\ngroup:\n  name: Gruppe 1\n  members: ["
                + ", ".join(f"P{i}" for i in range(MAX_PEOPLE + 1)) + "]\n", 4, 12,
                f"members has {MAX_PEOPLE + 1:,} items; at most {MAX_PEOPLE:,} are allowed"),
    "summary": (lambda: HEAD + "summaries:\n  funn: " + "x" * (MAX_NOTE_CHARS + 1) + "\n", 4, 9,
                f"the summary for 'funn' is {MAX_NOTE_CHARS + 1:,} characters long; "
                f"at most {MAX_NOTE_CHARS:,}"),
    "event title": (lambda: f"event: {LONG}\ngroup: {{name: Gruppe 1}}\n", 1, 8,
                    f"event is {len(LONG):,} characters long; at most {MAX_NOTES_TEXT_CHARS:,}"),
    "group name": (lambda: f"event: {TITLE}\ngroup:\n  name: {LONG}\n", 3, 9,
                   f"group name is {len(LONG):,} characters long"),
    "room": (lambda: _group_field("room"), 4, 9, f"group room is {len(LONG):,} characters long"),
    "chair": (lambda: _group_field("chair"), 4, 10, f"group chair is {len(LONG):,} characters long"),
    "note taker": (lambda: _group_field("note_taker"), 4, 15,
                   f"group note_taker is {len(LONG):,} characters long"),
    "a member": (lambda: f"event: {TITLE}\ngroup:\n  name: Gruppe 1\n  members:\n    - {LONG}\n",
                 5, 7, f"an item of members is {len(LONG):,} characters long"),
    "a follow-up point": (lambda: HEAD + f"follow_up:\n  - {LONG}\n", 4, 5,
                          f"an item of follow_up is {len(LONG):,} characters long"),
    "1.2 million follow-up points": (
        lambda: _points(1_200_000), 3 + MAX_NOTES_NODES + 1 - NODES_BEFORE_THE_LIST, 5,
        f"more than {MAX_NOTES_NODES:,} keys, values and list items"),
    "half a million summaries": (
        lambda: HEAD + "summaries:\n" + "".join(f"  t{i}: x\n" for i in range(500_000)),
        # keys and values alternate: node 50,001 is the value of entry 24,996
        3 + (MAX_NOTES_NODES + 1 - NODES_BEFORE_THE_LIST) // 2,
        len(f"  t{(MAX_NOTES_NODES + 1 - NODES_BEFORE_THE_LIST) // 2 - 1}: ") + 1,
        f"more than {MAX_NOTES_NODES:,} keys, values and list items"),
}


@pytest.mark.slow  # runs plenum in a fresh interpreter
@pytest.mark.parametrize("case", list(CASES))
def test_a_notes_file_past_a_limit_is_refused_at_its_place_and_changes_nothing(
    folder: Path, session: Path, case: str
) -> None:
    text, line, col, says = CASES[case]
    notes = folder / "gruppe-1.yaml"
    notes.write_text(text(), encoding="utf-8")
    before = Snapshot(folder)
    outcome = run_plenum("import", "--session", session, notes, cwd=folder)
    assert_refused(outcome, 1, f"{notes}:{line}:{col}: ")
    assert_refused(outcome, 1, says)
    before.assert_unchanged()


def test_a_notes_file_at_every_limit_is_accepted(folder: Path, event_path: Path) -> None:
    notes = folder / "full.yaml"
    at_limit = "y" * MAX_NOTES_TEXT_CHARS
    notes.write_text(
        f"event: {TITLE}\ngroup:\n  name: {at_limit}\n  chair: {at_limit}\n  members:\n"
        + "".join(f"    - {i}{at_limit[len(str(i)):]}\n" for i in range(MAX_PEOPLE))
        + "summaries:\n  funn: " + "z" * MAX_NOTE_CHARS + "\nfollow_up:\n"
        + "".join(f"  - {i}\n" for i in range(MAX_NOTES_FOLLOW_UPS)), encoding="utf-8")
    event = load_event(event_path).event
    assert event is not None
    parsed = parse_notes_file(notes, event)
    assert len(parsed.follow_ups) == MAX_NOTES_FOLLOW_UPS
    assert parsed.group.members is not None and len(parsed.group.members) == MAX_PEOPLE
    assert len(parsed.summaries["funn"]) == MAX_NOTE_CHARS
