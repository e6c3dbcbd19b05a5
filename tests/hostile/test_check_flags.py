"""Class 9: what loads but is wrong is flagged by ``check`` (and refused where it would mislead).

Agenda items that end before they start or run past midnight; group names
and task ids that differ only by characters no one can see; a report made
with another event's file.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from refusals import Snapshot, assert_refused, run_plenum
from sessionkit import TITLE

pytestmark = pytest.mark.slow  # every case runs plenum in a fresh interpreter

HEAD = "event: {title: Prøve, date: 2021-09-01}\n"
SLIDES = "slides:\n  - title: x\n"
AGENDA = {
    "ends before it starts": ("{title: Lunsj, start: '12:00', end: '11:30'}", 41,
                              "the item ends at 11:30, not after it starts at 12:00"),
    "ends as it starts": ("{title: Lunsj, start: '12:00', end: '12:00'}", 41,
                          "the item ends at 12:00, not after it starts at 12:00"),
    "runs past midnight": ("{title: Fest, start: '20:00', duration: 5h}", 45,
                           "starts at 20:00 and lasts 5h, past midnight"),
    "lasts 23 hours": ("{title: Maraton, start: '09:00', duration: 23h}", 48,
                       "starts at 09:00 and lasts 23h, past midnight"),
    "lasts 30 hours": ("{title: Maraton, start: '09:00', duration: 30h}", 48,
                       "'30h' is longer than a day (24h)"),
    "follows an item that ended late": ("{title: Neste, end: '08:00'}", 25,
                                        "the item ends at 08:00, not after it starts at 10:00"),
}


@pytest.mark.parametrize("case", list(AGENDA))
def test_an_impossible_agenda_item_is_an_error_at_its_place(folder: Path, case: str) -> None:
    item, col, says = AGENDA[case]
    first = "  - {title: Start, start: '09:00', end: '10:00'}\n"
    event = folder / "event.yaml"
    event.write_text(HEAD + "agenda:\n" + first + f"  - {item}\n" + SLIDES, encoding="utf-8")
    before = Snapshot(folder)
    outcome = run_plenum("check", event, cwd=folder)
    assert_refused(outcome, 1, f"{event}:4:{col}: error: ", lines=None)
    assert_refused(outcome, 1, says, lines=None)
    before.assert_unchanged()


INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202e", "\u2066", "\u2068",
             "\ufeff", "\u00ad", "\u2060", "\u3164"]


def _name(char: str) -> str:
    return unicodedata.name(char, f"U+{ord(char):04X}")


@pytest.mark.parametrize("char", INVISIBLE, ids=_name)
@pytest.mark.parametrize("what", ["group name", "task id"])
def test_a_name_with_an_invisible_character_is_refused_where_it_is(
    folder: Path, what: str, char: str
) -> None:
    event = folder / "event.yaml"
    if what == "group name":
        body = f"groupwork:\n  groups:\n    - Gruppe 1\n    - \"Gruppe{char} 1\"\n"
        line, col = 5, 7
    else:
        body = (f"groupwork:\n  tasks:\n    - {{id: funn, title: A}}\n"
                f"    - {{id: \"fu{char}nn\", title: B}}\n")
        line, col = 5, 12
    event.write_text(HEAD + body + SLIDES, encoding="utf-8")
    before = Snapshot(folder)
    outcome = run_plenum("check", event, cwd=folder)
    assert_refused(outcome, 1, f"{event}:{line}:{col}: error: the {what} ", lines=None)
    assert_refused(outcome, 1, f"holds an invisible character (U+{ord(char):04X}", lines=None)
    before.assert_unchanged()


def test_names_that_differ_only_in_unicode_composition_are_the_same(folder: Path) -> None:
    event = folder / "event.yaml"
    composed, decomposed = "Gruppe Å", unicodedata.normalize("NFD", "Gruppe Å")
    assert composed != decomposed
    event.write_text(HEAD + f"groupwork:\n  groups:\n    - {composed}\n    - {decomposed}\n" + SLIDES,
                     encoding="utf-8")
    outcome = run_plenum("check", event, cwd=folder)
    assert_refused(outcome, 1, f"{event}:5:7: error: two groups are called", lines=None)


@pytest.mark.parametrize("char", ["\u200b", "\u202e", "\ufeff"], ids=_name)
def test_a_notes_file_cannot_bring_a_look_alike_group(
    folder: Path, session: Path, char: str
) -> None:
    notes = folder / "g.yaml"
    notes.write_text(f"event: {TITLE}\ngroup: {{name: \"Gruppe{char} 1\"}}\n"
                     "summaries: {funn: Nytt}\n", encoding="utf-8")
    before = Snapshot(folder)
    outcome = run_plenum("import", "--session", session, notes, cwd=folder)
    assert_refused(outcome, 1, f"{notes}:2: the group name ", lines=None)
    assert_refused(outcome, 1, f"holds an invisible character (U+{ord(char):04X}", lines=None)
    before.assert_unchanged()


@pytest.mark.parametrize("verb", ["report", "import"])
def test_another_events_file_is_refused_for_a_session(
    folder: Path, session: Path, notes: Path, tmp_path: Path, verb: str
) -> None:
    other = tmp_path / "annen.yaml"
    other.write_text("event: {title: Årsmøtet 2022, date: 2022-03-01}\n" + SLIDES, encoding="utf-8")
    out = tmp_path / "rapport.pdf"
    before = Snapshot(folder, out)
    args = (["report", "--session", session, "--event", other, "--out", out] if verb == "report"
            else ["import", "--session", session, "--event", other, notes])
    outcome = run_plenum(*args, cwd=tmp_path)
    assert_refused(outcome, 1, f"{session}: the session is for the event '{TITLE}', but {other} "
                               "is 'Årsmøtet 2022'; give that event's file, or leave out --event")
    before.assert_unchanged()
