"""Classes 3 and 4 on real disks: a read-only disk is not damage, a full disk is said as such.

Real tmpfs mounts (root only; skipped elsewhere), because a full or read-only
disk is where SQLite's own error handling shows (a rollback that fails after
the disk filled used to hide why).
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from refusals import Snapshot, assert_refused, run_plenum
from sessionkit import TITLE

from app.session import SessionStore

pytestmark = pytest.mark.slow  # every case runs plenum in a fresh interpreter


def _remount_read_only(disk: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)


@pytest.fixture
def read_only_session(
    session: Path, notes: Path, small_disk: Callable[..., Path]
) -> tuple[Path, Path]:
    """The healthy session and a notes file, on a disk that became read-only."""
    disk = small_disk(1024)
    for path in (session, notes, session.parent / "faggruppesamling-2021.yaml"):
        shutil.copy(path, disk / path.name)
    _remount_read_only(disk)
    return disk / session.name, disk / notes.name


@pytest.mark.parametrize("event_given", [False, True])
def test_import_onto_a_read_only_disk_says_read_only_not_damaged(
    read_only_session: tuple[Path, Path], event_given: bool
) -> None:
    session, notes = read_only_session
    event = ["--event", session.parent / "faggruppesamling-2021.yaml"] if event_given else []
    before = Snapshot(session.parent)
    outcome = run_plenum("import", "--session", session, *event, notes, cwd=session.parent.parent)
    assert_refused(outcome, 1, f"{session}: the disk is read-only, so the session is open "
                               "read-only; copy it to a disk you can write to")
    assert "damaged" not in outcome.err
    before.assert_unchanged()


@pytest.mark.parametrize("verb", ["report", "export-notes"])
def test_a_session_on_a_read_only_disk_is_still_read(
    read_only_session: tuple[Path, Path], tmp_path: Path, verb: str
) -> None:
    session, _ = read_only_session
    before = Snapshot(session.parent)
    out = tmp_path / ("r.pdf" if verb == "report" else "g.yaml")
    args = ["--group", "Gruppe 1"] if verb == "export-notes" else []
    outcome = run_plenum(verb, "--session", session, *args, "--out", out, cwd=tmp_path)
    assert outcome.code == 0, outcome
    assert out.stat().st_size > 0
    before.assert_unchanged()


def test_import_onto_a_full_disk_says_the_disk_is_full(
    session: Path, small_disk: Callable[..., Path], tmp_path: Path
) -> None:
    disk = small_disk(160)
    for path in (session, session.parent / "faggruppesamling-2021.yaml"):
        shutil.copy(path, disk / path.name)
    notes = tmp_path / "g.yaml"
    summary = "".join(f"    Linje {n} " + "tekst " * 30 + "\n" for n in range(490))  # < 100,000
    notes.write_text(f"event: {TITLE}\ngroup: {{name: Gruppe 1}}\nsummaries:\n"
                     + "".join(f"  {task}: |\n{summary}" for task in ("funn", "rolle")),
                     encoding="utf-8")
    filler = disk / "fyll"
    subprocess.run(["dd", "if=/dev/zero", f"of={filler}", "bs=4k", "count=1000"],
                   capture_output=True, check=False)  # fills what is left,
    with filler.open("r+b") as fill:  # then frees room to open the session, not for the import
        fill.truncate(max(0, filler.stat().st_size - 96 * 1024))
    session_copy = disk / session.name
    before = _content(session_copy)
    outcome = run_plenum("import", "--session", session_copy, notes, cwd=tmp_path)
    assert_refused(outcome, 1, f"{session_copy}: the disk is full; nothing was imported")
    assert "rollback" not in outcome.err
    # Every row as it was (the journal mode in the header went to WAL and back: not a refusal,
    # an import that failed half-way and was rolled back).
    assert _content(session_copy) == before


def _content(path: Path) -> tuple[object, ...]:
    with SessionStore.open(path, read_only=True) as store:
        groups = store.groups()
        return groups, tuple(store.summaries(g.id) for g in groups)
