"""How this run was asked to measure, and how it starts child processes.

Every child is a fresh interpreter of the same Python with the offscreen Qt
platform, so process-level figures include what a user waits for (interpreter
start, imports, fonts) and the harness never needs a display. The platform has
two virtual screens, a 1366x768 laptop and a 1920x1080 projector, so the
audience window is fullscreen at projector size as on the day.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parent.parent
SEED_EVENT = ROOT / "slides" / "faggruppesamling-2021.yaml"
SCREENS = ROOT / "bench" / "two_screens.json"
T = TypeVar("T", int, float)


def qt_platform() -> str:
    """``offscreen`` with the two screens (the plugin splits its options on ':')."""
    if ":" in str(SCREENS):
        raise RuntimeError(f"{SCREENS}: the offscreen plugin cannot read a path containing ':'")
    return f"offscreen:configfile={SCREENS}"


@dataclass(frozen=True)
class Run:
    """``quick`` cuts repetitions for CI; ``long`` adds the minute-long figures."""

    quick: bool = False
    long: bool = False

    def reps(self, quick: T, full: T) -> T:
        return quick if self.quick else full


def child_env(**extra: str) -> dict[str, str]:
    """The environment of every child: headless Qt, the project importable from anywhere."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = qt_platform()
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    env.update(extra)
    return env


def run_child(args: Sequence[str], *, timeout: float, **extra_env: str) -> subprocess.CompletedProcess[str]:
    """Run ``python ARGS`` to completion; a non-zero exit is a crash of the benchmark."""
    try:
        result = subprocess.run(
            [sys.executable, *args], cwd=ROOT, env=child_env(**extra_env),
            capture_output=True, text=True, timeout=timeout, check=False,
        )
    except subprocess.TimeoutExpired as exc:
        errors = exc.stderr.decode("utf-8", "replace") if isinstance(exc.stderr, bytes) else exc.stderr or ""
        raise RuntimeError(f"child {' '.join(args)} still running after {timeout:g} s:\n"
                           f"{errors.strip()[-2000:]}") from None
    if result.returncode != 0:
        raise RuntimeError(
            f"child {' '.join(args)} exited with {result.returncode}:\n{result.stderr.strip()[-2000:]}"
        )
    return result


@contextmanager
def talking_child(args: Sequence[str], *, timeout: float) -> Iterator[subprocess.Popen[str]]:
    """``python ARGS`` spoken to a line at a time: commands on its stdin, answers on its stdout.

    Leaving the block says ``quit`` and waits up to ``timeout`` s for the child to end; a
    non-zero exit is a crash of the benchmark. A child still running after an error is
    killed, so a failed measurement leaves no server behind to load the next one.
    """
    child = subprocess.Popen([sys.executable, *args], cwd=ROOT, env=child_env(),
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        yield child
        assert child.stdin is not None
        child.stdin.write("quit\n")
        child.stdin.flush()
        if child.wait(timeout=timeout) != 0:
            raise RuntimeError(f"child {' '.join(args)} exited with {child.returncode}")
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
