"""Class 4: the message names what is really wrong, in English, on one line.

Text saved as UTF-16 or UTF-32 is not "binary"; a ``!!python`` tag is not a
type error; a megabyte-long name is cut, not echoed; an unreadable notes
file is at line 1, not 0; ``report`` answers in English like every verb.
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from refusals import MAX_LINE, Snapshot, assert_refused, run_plenum
from sessionkit import TITLE

pytestmark = pytest.mark.slow  # every case runs plenum in a fresh interpreter

ENCODINGS = {"utf-16": "UTF-16", "utf-16-le": "UTF-16", "utf-16-be": "UTF-16",
             "utf-32": "UTF-32", "utf-32-le": "UTF-32", "utf-32-be": "UTF-32"}


@pytest.mark.parametrize("encoding", list(ENCODINGS))
def test_an_event_saved_as_utf16_or_32_says_so(folder: Path, encoding: str) -> None:
    event = folder / "event.yaml"
    event.write_bytes("event: {title: Prøve, date: 2021-09-01}\nslides:\n  - title: x\n".encode(encoding))
    before = Snapshot(folder)
    outcome = run_plenum("check", event, cwd=folder)
    assert_refused(outcome, 1, f"{event}:1:1: error: the file is {ENCODINGS[encoding]} text: "
                               "save it with UTF-8 encoding", lines=2)
    before.assert_unchanged()


@pytest.mark.parametrize("encoding", list(ENCODINGS))
def test_a_notes_file_saved_as_utf16_or_32_says_so(
    folder: Path, session: Path, encoding: str
) -> None:
    notes = folder / "g.yaml"
    notes.write_bytes(f"event: {TITLE}\ngroup: {{name: Gruppe 1}}\n".encode(encoding))
    before = Snapshot(folder)
    outcome = run_plenum("import", "--session", session, notes, cwd=folder)
    assert_refused(outcome, 1, f"{notes}:1: the file is {ENCODINGS[encoding]} text: save it as "
                               "UTF-8 and import again")
    before.assert_unchanged()


PYTHON_TAGS = {
    "summary": ("summaries: {funn: !!python/object/apply:os.system [ls]}\n", 3),
    "group": ("group: !!python/object:app.Group {name: G}\n", 2),
    "group name": ("group: {name: !!python/name:os.system G}\n", 2),
    "follow-up": ("follow_up: [!!python/object/new:str [x]]\n", 3),
    "top level": ("!!python/object:dict\n", 1),
    "alias": ("summaries: {funn: &svar Ja, rolle: *svar}\n", 3),
}


@pytest.mark.parametrize("where", list(PYTHON_TAGS))
def test_a_python_tag_or_alias_in_a_notes_file_is_refused_as_such(
    folder: Path, session: Path, where: str
) -> None:
    body, line = PYTHON_TAGS[where]
    notes = folder / "g.yaml"
    group = "" if where.startswith("group") else "group: {name: Gruppe 1}\n"
    notes.write_text(("" if where == "top level" else f"event: {TITLE}\n") + group + body
                     if where != "top level" else body, encoding="utf-8")
    before = Snapshot(folder)
    outcome = run_plenum("import", "--session", session, notes, cwd=folder)
    says = ("anchors and aliases (& and *) are not supported" if where == "alias"
            else "is not allowed: notes files are plain data, remove the tag")
    assert_refused(outcome, 1, f"{notes}:{line}: ", lines=None)
    assert_refused(outcome, 1, says, lines=None)
    assert "type" not in outcome.err and "must be text" not in outcome.err
    before.assert_unchanged()


MEGA = "G" * 1_048_576
LONG_FIELD = MEGA[:4_900]  # under the event file's field limit, so the message must cut it


def _long_group_notes(folder: Path) -> list[str | Path]:
    notes = folder / "g.yaml"
    notes.write_text(f"event: {TITLE}\ngroup: {{name: {MEGA}}}\nsummaries: {{fun: x}}\n",
                     encoding="utf-8")
    return ["import", "--session", folder / "dag.plenum", notes]


def _long_event_group(folder: Path) -> list[str | Path]:
    event = folder / "event.yaml"
    event.write_text("event: {title: x, date: 2021-09-01}\ngroupwork:\n  groups:\n"
                     f"    - {LONG_FIELD}\n    - {LONG_FIELD}\nslides:\n  - title: x\n", encoding="utf-8")
    return ["check", event]


def _long_export_group(folder: Path) -> list[str | Path]:
    return ["export-notes", "--session", folder / "dag.plenum", "--group", MEGA[:100_000],  # argv limit
            "--out", folder / "ut.yaml"]


def _long_picture(folder: Path) -> list[str | Path]:
    event = folder / "event.yaml"
    event.write_text("event: {title: x, date: 2021-09-01}\nslides:\n"
                     f"  - image: {{src: '/{MEGA[:4000]}.png', alt: x}}\n", encoding="utf-8")
    return ["check", event]


LONG: dict[str, tuple[Callable[[Path], list[str | Path]], int, str]] = {
    "group name in a notes file": (_long_group_notes, 1, "unknown task id 'fun'"),
    "two groups in the event": (_long_event_group, 1, "two groups are called 'GGGG"),
    "export of an unknown group": (_long_export_group, 1, "no group called 'GGGG"),
    "picture path": (_long_picture, 1, "is an absolute path"),
}


@pytest.mark.parametrize("case", list(LONG))
def test_a_megabyte_name_is_cut_in_the_message(
    folder: Path, session: Path, tmp_path: Path, case: str
) -> None:
    make, code, says = LONG[case]
    args = make(folder)
    before = Snapshot(folder)
    outcome = run_plenum(*args, cwd=tmp_path)
    assert_refused(outcome, code, says, lines=None)  # also: every line at most MAX_LINE long
    assert len(outcome.out + outcome.err) < 4 * MAX_LINE
    before.assert_unchanged()


def test_an_unreadable_notes_file_is_at_line_one(folder: Path, session: Path) -> None:
    notes = folder / "notater.yaml"
    notes.mkdir()
    before = Snapshot(folder)
    outcome = run_plenum("import", "--session", session, notes, cwd=folder)
    assert_refused(outcome, 1, f"{notes}:1: this is a folder, not a notes file")
    assert ":0:" not in outcome.err
    before.assert_unchanged()


@pytest.mark.parametrize("lang", ["nb", "en"])
@pytest.mark.parametrize("failure", ["no folder", "a folder", "full disk"])
def test_report_answers_in_english_whatever_the_reports_language(
    session: Path, tmp_path: Path, small_disk: Callable[..., Path], lang: str, failure: str
) -> None:
    if failure == "full disk":
        disk = small_disk(32)
        subprocess.run(["dd", "if=/dev/zero", f"of={disk / 'fyll'}", "bs=1k", "count=32"],
                       capture_output=True, check=False)
        out = disk / "rapport.pdf"
    elif failure == "a folder":
        out = tmp_path / "rapport.pdf"
        out.mkdir()
    else:
        out = tmp_path / "finnes-ikke" / "rapport.pdf"
    says = {"no folder": "the folder does not exist", "a folder": "it is a folder",
            "full disk": "the disk is full"}[failure]
    before = Snapshot(session.parent, out)
    outcome = run_plenum("report", "--session", session, "--out", out, "--lang", lang, cwd=tmp_path)
    assert_refused(outcome, 1, says)
    assert "disken" not in outcome.err and "mappen" not in outcome.err
    before.assert_unchanged()
