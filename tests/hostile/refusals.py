"""Running ``plenum`` on a hostile input and asserting how it refuses.

Each case runs the real command in a subprocess under a hard timeout, so a
hang fails the case in seconds instead of stalling the suite, and a traceback
is seen exactly as the user would see it. A refusal must leave every byte of
the inputs (event folder, session, notes files) and of the output path as it
was: ``Snapshot`` records them, links and special files included, and tells
what changed.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

TIMEOUT_S = 10
MAX_LINE = 400  # a message line longer than this echoes something it should have cut


@dataclass(frozen=True)
class Outcome:
    code: int
    out: str
    err: str

    @property
    def lines(self) -> list[str]:
        return [line for line in (self.out + self.err).splitlines() if line.strip()]


def run_plenum(*args: str | Path, cwd: Path, stdin: str | None = None) -> Outcome:
    """``plenum ARGS`` as the user runs it, failed after ``TIMEOUT_S`` seconds."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONFAULTHANDLER": ""}
    try:
        done = subprocess.run([sys.executable, "-m", "app", *map(str, args)], cwd=cwd, env=env,
                              capture_output=True, text=True, timeout=TIMEOUT_S,
                              input=stdin, check=False)
    except subprocess.TimeoutExpired:
        pytest.fail(f"plenum {' '.join(map(str, args))} hung for more than {TIMEOUT_S} s")
    return Outcome(done.returncode, done.stdout, done.stderr)


class Snapshot:
    """Every path under ``roots``, with its bytes, link target or file type."""

    def __init__(self, *roots: Path) -> None:
        self.roots = roots
        self.state = self._take()

    def _take(self) -> dict[str, object]:
        state: dict[str, object] = {}
        for root in self.roots:
            state[str(root)] = _entry(root)
            if root.is_dir() and not root.is_symlink():
                for folder, dirs, files in os.walk(root):
                    for name in dirs + files:
                        path = Path(folder, name)
                        state[str(path)] = _entry(path)
        return state

    def assert_unchanged(self) -> None:
        now = self._take()
        changed = sorted(p for p in self.state.keys() | now.keys() if self.state.get(p) != now.get(p))
        assert not changed, f"changed by a refusal: {changed}"


def _entry(path: Path) -> object:
    try:
        info = path.lstat()
    except FileNotFoundError:
        return None
    if stat.S_ISLNK(info.st_mode):
        return ("link", os.readlink(path))
    if stat.S_ISREG(info.st_mode):
        return ("file", path.read_bytes())
    return ("type", stat.S_IFMT(info.st_mode))


def assert_refused(outcome: Outcome, code: int, says: str, *, lines: int | None = 1) -> None:
    """Exit ``code``; ``says`` on one line; no traceback; no line that runs on and on.

    ``lines``: how many lines the whole answer has (None: any number, e.g.
    ``check``'s warnings and summary besides the error).
    """
    text = outcome.out + outcome.err
    assert "Traceback" not in text and "Error:" not in text.replace("error:", ""), text
    assert outcome.code == code, text
    assert any(says in line for line in outcome.lines), f"{says!r} not in:\n{text}"
    assert all(len(line) <= MAX_LINE for line in outcome.lines), text
    if lines is not None:
        assert len(outcome.lines) == lines, text


posix_only = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs and devices are POSIX")
