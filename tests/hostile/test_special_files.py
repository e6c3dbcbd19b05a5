"""Class 2: no hang and no unbounded read, whatever file is given.

A FIFO, a device or a socket in every place a file is read (the event, a
picture, a notes file, the session) is refused at once, by every verb that
reads that place; a file larger than its limit is refused even when
``stat()`` says it is empty.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from faults.hostile import image_event
from refusals import Snapshot, assert_refused, posix_only, run_plenum

from app.event.loader import load_event
from app.event.yamlsource import MAX_FILE_BYTES
from app.reading import NotRegularFile, TooLarge, read_limited

pytestmark = posix_only


def _fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


def _device(path: Path) -> Path:
    path.symlink_to("/dev/zero")  # only where the path is given directly: a link is judged by target
    return path


@pytest.fixture
def sockets() -> Iterator[list[socket.socket]]:
    made: list[socket.socket] = []
    yield made
    for sock in made:
        sock.close()


SPECIALS: dict[str, tuple[Callable[[Path], Path], str]] = {
    "fifo": (_fifo, "a pipe (FIFO)"),
    "dev-zero": (lambda _path: Path("/dev/zero"), "a device"),
    "dev-urandom": (lambda _path: Path("/dev/urandom"), "a device"),
    "link-to-dev-zero": (_device, "a device"),
}


def _special(kind: str, path: Path, sockets: list[socket.socket]) -> tuple[Path, str]:
    if kind == "socket":
        sock = socket.socket(socket.AF_UNIX)
        sock.bind(str(path))
        sockets.append(sock)
        return path, "a socket"
    make, says = SPECIALS[kind]
    return make(path), says


KINDS = [*SPECIALS, "socket"]


@pytest.mark.slow  # runs plenum in a fresh interpreter
@pytest.mark.parametrize("verb", ["check", "render", "export-deck", "present"])
@pytest.mark.parametrize("kind", KINDS)
def test_a_special_file_as_the_event(
    folder: Path, tmp_path: Path, sockets: list[socket.socket], kind: str, verb: str
) -> None:
    event, says = _special(kind, folder / "s.yaml", sockets)
    out = tmp_path / "ut"
    before = Snapshot(folder, out)
    args = {"check": ["check", event], "present": [event]}.get(verb, [verb, event, "--out", out])
    outcome = run_plenum(*args, cwd=folder)
    assert_refused(outcome, 1, f"{event}:1:1: error: this is {says}, not an event file", lines=None)
    before.assert_unchanged()


@pytest.mark.slow  # runs plenum in a fresh interpreter
@pytest.mark.parametrize("kind", ["fifo", "socket"])
def test_a_special_file_as_a_picture(
    folder: Path, sockets: list[socket.socket], kind: str
) -> None:
    _, says = _special(kind, folder / "kart.png", sockets)
    event = image_event(folder, "kart.png")
    before = Snapshot(folder)
    outcome = run_plenum("check", event, cwd=folder)
    assert_refused(outcome, 1, f"error: image 'kart.png': is {says}, not an image file", lines=None)
    before.assert_unchanged()


@pytest.mark.slow  # runs plenum in a fresh interpreter
@pytest.mark.parametrize("kind", KINDS)
def test_a_special_file_as_a_notes_file(
    folder: Path, session: Path, sockets: list[socket.socket], kind: str
) -> None:
    notes, says = _special(kind, folder / "g.yaml", sockets)
    before = Snapshot(folder)
    outcome = run_plenum("import", "--session", session, notes, cwd=folder)
    assert_refused(outcome, 1, f"{notes}:1: this is {says}, not a notes file", lines=None)
    before.assert_unchanged()


SESSION_VERBS: dict[str, Callable[[Path, Path, Path], list[str | Path]]] = {
    "import": lambda session, notes, _out: ["import", "--session", session, notes],
    "report": lambda session, _notes, out: ["report", "--session", session, "--out", out],
    "export-notes": lambda session, _notes, out: ["export-notes", "--session", session,
                                                  "--group", "Gruppe 1", "--out", out],
}


@pytest.mark.slow  # runs plenum in a fresh interpreter
@pytest.mark.parametrize("verb", list(SESSION_VERBS))
@pytest.mark.parametrize("kind", KINDS)
def test_a_special_file_as_the_session(
    folder: Path, notes: Path, tmp_path: Path, sockets: list[socket.socket], kind: str, verb: str
) -> None:
    session, says = _special(kind, folder / "s.plenum", sockets)
    out = tmp_path / "ut.pdf"
    before = Snapshot(folder, out)
    outcome = run_plenum(*SESSION_VERBS[verb](session, notes, out), cwd=folder)
    assert_refused(outcome, 1, f"{session}: this is {says}, not a Plenum session file")
    before.assert_unchanged()


@pytest.fixture
def stat_says_empty(monkeypatch: pytest.MonkeyPatch) -> None:
    """``stat()`` answers 0 bytes for every file, as /proc and some FUSE file systems do."""
    real = os.fstat

    def lying(fd: int) -> os.stat_result:
        values = list(real(fd))
        values[6] = 0  # st_size
        return os.stat_result(values)

    monkeypatch.setattr(os, "fstat", lying)


def _sparse(path: Path, size: int, head: bytes = b"event: {title: x}\n") -> Path:
    with path.open("wb") as out:
        out.write(head)
        out.truncate(size)
    return path


def test_a_file_larger_than_its_stat_says_is_read_only_to_the_limit(
    tmp_path: Path, stat_says_empty: None
) -> None:
    big = _sparse(tmp_path / "big", 5_000)
    with pytest.raises(TooLarge):
        read_limited(big, 4_096)
    assert len(read_limited(big, 4_096, head=True)) == 4_096
    assert len(read_limited(big, 5_000)) == 5_000


def test_an_event_larger_than_its_stat_says_is_refused(
    tmp_path: Path, stat_says_empty: None
) -> None:
    big = _sparse(tmp_path / "big.yaml", MAX_FILE_BYTES + 1)
    assert [p.message for p in load_event(big).problems] == [
        "file is larger than that: an event file should be far below 10 MB"]


def test_a_fifo_is_refused_without_opening_it_for_a_writer(tmp_path: Path) -> None:
    with pytest.raises(NotRegularFile) as refused:
        read_limited(_fifo(tmp_path / "p"), 100)
    assert refused.value.kind == "a pipe (FIFO)"
