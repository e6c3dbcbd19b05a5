"""A real crash: Plenum presenting in a child process, killed with SIGKILL, started again.

``crash_child.py`` starts the app as ``plenum`` does, goes to slide 7, starts
the group-work round with its task and countdown on the projector and types a
summary into Notater. The test kills it at a random moment after it is ready,
starts it again with ``--resume`` and checks what the restarted app shows;
that app is killed in turn, several times. The last start is without
``--resume``: the console offers to continue instead. The countdown must be
at its true remaining time: started before the first kill, it kept running
(in the room) while Plenum was down.
"""

from __future__ import annotations

import json
import os
import queue
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TextIO

import pytest
from crash_child import SUMMARY, TYPED_ON

from app.paths import DEFAULT_EVENT, PROJECT_ROOT

CHILD = Path(__file__).with_name("crash_child.py")
HEADING = "Plenum ble ikke avsluttet normalt. Fortsett der du var?"
KILLS = 4
TOLERANCE_S = 0.25  # between reading the countdown and the wall clock in the child

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")


class Child:
    """One Plenum process; its ``WORD {json}`` lines are read on a thread, so waits time out."""

    def __init__(self, folder: Path, env: dict[str, str], role: str, *options: str,
                 screenshot: Path | None = None) -> None:
        event = folder / "event" / DEFAULT_EVENT.name
        shot = [str(screenshot)] if screenshot else []
        self.stderr = (folder / f"stderr-{time.monotonic_ns()}.txt").open("w", encoding="utf-8")
        self.process = subprocess.Popen(
            [sys.executable, str(CHILD), role, *shot, str(event), "--session",
             str(folder / "dag.plenum"), *options],
            cwd=folder, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.stderr,
            text=True, encoding="utf-8")
        self._lines: queue.Queue[str] = queue.Queue()
        assert self.process.stdout is not None
        self._reader = threading.Thread(target=self._read, args=(self.process.stdout,), daemon=True)
        self._reader.start()

    def _read(self, stream: TextIO) -> None:
        for line in stream:
            self._lines.put(line)

    def wait_for(self, word: str, timeout: float = 20.0) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while True:
            try:
                line = self._lines.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                self.kill()
                raise AssertionError(f"no {word!r} from the child; stderr:\n"
                                     + Path(self.stderr.name).read_text(encoding="utf-8")) from None
            head, _, data = line.partition(" ")
            if head == word:
                return dict(json.loads(data))

    def kill(self) -> float:
        """SIGKILL, as a crash or a pulled battery would; returns the wall time of death."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
        if not self.stderr.closed:
            self._end(10)
        return time.time()

    def quit(self) -> int:
        """Ask for a normal close (the app's ``quit`` on stdin); returns the exit code."""
        assert self.process.stdin is not None
        self.process.stdin.write("quit\n")
        self.process.stdin.flush()
        return self._end(20)

    def _end(self, timeout: float) -> int:
        code = self.process.wait(timeout=timeout)
        self._reader.join(timeout=timeout)
        for stream in (self.process.stdin, self.process.stdout, self.stderr):
            if stream is not None:
                stream.close()
        return code


@pytest.fixture
def spawn(tmp_path: Path, qapp_args: list[str]) -> Iterator[Callable[..., Child]]:
    """``spawn(role, *options)``: a child on a copy of the seed event (with its images), with
    settings and logs in ``tmp_path`` and the tests' two screens (``tests/conftest.py``)."""
    shutil.copytree(DEFAULT_EVENT.parent, tmp_path / "event")
    platform = qapp_args[qapp_args.index("-platform") + 1]
    env = dict(os.environ, PYTHONPATH=str(PROJECT_ROOT), QT_QPA_PLATFORM=platform,
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_STATE_HOME=str(tmp_path / "state"),
               XDG_DATA_HOME=str(tmp_path / "data"), XDG_CACHE_HOME=str(tmp_path / "cache"))
    started: list[Child] = []

    def start(role: str, *options: str, screenshot: Path | None = None) -> Child:
        started.append(Child(tmp_path, env, role, *options, screenshot=screenshot))
        return started[-1]

    yield start
    for child in started:
        child.kill()  # a failed test leaves no Plenum running


def _assert_where_it_was(seen: dict[str, Any], ready: dict[str, Any], killed_at: float,
                         text: str) -> None:
    assert seen["slide"] == 6  # slide 7
    assert (seen["projector"], seen["view"]) == ("TaskAndTime", "task")
    assert seen["audience_screen"] == "s1-projector" and seen["audience_fullscreen"]
    assert seen["text"] == text
    assert seen["notice"] is None  # --resume continues without asking
    assert seen["running"]
    # The countdown went on while Plenum was down: its true remaining time now.
    true_remaining = ready["remaining"] - (seen["wall"] - ready["wall"])
    assert seen["remaining"] == pytest.approx(true_remaining, abs=TOLERANCE_S)
    assert seen["wall"] > killed_at


@pytest.mark.slow
def test_killed_at_random_moments_plenum_comes_back_where_it_was(
    tmp_path: Path, spawn: Callable[..., Child]
) -> None:
    seed = random.randrange(1_000_000)
    rng = random.Random(seed)
    # The first kill comes after at least two autosaves of the text typed on after ready.
    pauses = [rng.randrange(1600, 2400), *rng.sample(range(0, 1200, 50), KILLS - 1)]
    child = spawn("present")
    ready = child.wait_for("ready")
    assert (ready["slide"], ready["view"], ready["running"]) == (6, "task", True), ready
    assert ready["text"] == SUMMARY
    downtime = []
    for number, pause_ms in enumerate(pauses):
        time.sleep(pause_ms / 1000)
        killed_at = child.kill()
        shot = tmp_path / "resumed.png" if number == 0 else None
        child = spawn("look", "--resume", screenshot=shot)
        seen = child.wait_for("seen")
        downtime.append(seen["wall"] - killed_at)
        if number == 0:
            # Killed while typing on: what was saved before ready, then a whole prefix of the rest
            # (the autosave commits every 0.75 s at most; no half-written or garbled text).
            text = seen["text"]
            assert text.startswith(SUMMARY) and TYPED_ON.startswith(text[len(SUMMARY):]), text
            assert len(text) > len(SUMMARY), "typing on for 1.6 s was saved at least once"
        try:
            _assert_where_it_was(seen, ready, killed_at, text)
        except AssertionError as error:
            raise AssertionError(f"kill {number + 1} after {pause_ms} ms (seed {seed}): {seen}") from error
        child.wait_for("ready")

    killed_at = child.kill()
    child = spawn("look")
    seen = child.wait_for("seen")
    assert seen["notice"] == HEADING
    assert not seen["modal"]
    assert seen["slide"] == 0  # nothing moves until the facilitator chooses to continue
    assert seen["text"] == text  # the notes are there either way
    assert child.quit() == 0
    assert max(downtime) < 10, downtime
