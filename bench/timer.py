"""The countdown a room watches: ``timer_cpu_pct`` and, with ``--long``, ``timer_error_ms``.

``timer_cpu_pct``: ``plenum timer 25m`` runs as its own process (fullscreen on
the laptop screen); after it has started, its CPU time is read from the
kernel's per-thread scheduler statistics (nanoseconds, all threads) over
one-second windows. A countdown that repaints only when its digits change
should cost next to nothing; a polling one shows here.

``timer_error_ms``: a real 60-second ``Countdown`` on the system clock shown
by a ``CountdownView`` at 1920x1080 while a busy loop keeps the other core
occupied. For each of the 60 changes of the digits, the error is how long
after the true instant (the countdown crossing the second) the frame showing
the new digits was finished (painted and flushed). The figure is the worst.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.context import ROOT, Run, child_env
from bench.result import NOT_BUILT, Absent, Figure

FIGURES = {
    "timer_cpu_pct": "CPU of `plenum timer 25m` while it counts down",
    "timer_error_ms": "60 s countdown: digits late vs true time, other core busy",
}


def missing(_run: Run) -> str | None:
    built = (ROOT / "app" / "cli" / "timer.py").exists() and (
        ROOT / "app" / "ui" / "timer" / "countdown_view.py").exists()
    return None if built else NOT_BUILT


def measure(run: Run) -> list[Figure | Absent]:
    figures: list[Figure | Absent] = [_cpu(run)]
    if run.long:
        figures.append(_error())
    else:
        figures.append(Absent("timer_error_ms", FIGURES["timer_error_ms"], "only with --long"))
    return figures


def _cpu_seconds(pid: int) -> float:
    """CPU time of every thread of ``pid`` so far, from /proc/PID/task/*/schedstat (ns)."""
    total = 0
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            total += int((task / "schedstat").read_text().split()[0])
        except (OSError, IndexError, ValueError):
            continue  # the thread ended between listing and reading
    return total / 1e9


def _cpu(run: Run) -> Figure | Absent:
    if not Path("/proc/self/task").is_dir():
        return Absent("timer_cpu_pct", FIGURES["timer_cpu_pct"], "needs Linux /proc")
    samples = []
    # stderr to a file, not a pipe: a pipe nobody reads would stall a chatty child.
    with tempfile.TemporaryFile() as errors:
        child = subprocess.Popen([sys.executable, "-m", "app", "timer", "25m", "--mute"], cwd=ROOT,
                                 env=child_env(), stdout=subprocess.DEVNULL, stderr=errors)
        try:
            time.sleep(run.reps(1.5, 3.0))
            for _ in range(run.reps(2, 15)):
                cpu, wall = _cpu_seconds(child.pid), time.monotonic()
                time.sleep(1.0)
                cpu_delta, wall_delta = _cpu_seconds(child.pid) - cpu, time.monotonic() - wall
                samples.append(100 * cpu_delta / wall_delta)
            exited = child.poll()
        finally:
            child.terminate()
            child.wait(timeout=10)
        if exited is not None:
            errors.seek(0)
            raise RuntimeError(f"plenum timer exited with {exited} while measured: "
                               f"{errors.read().decode('utf-8', 'replace')[-2000:]}")
    return Figure("timer_cpu_pct", FIGURES["timer_cpu_pct"], "%", tuple(samples), budget=2.0,
                  budget_text="≤ 2 % of a core", note="1 s windows")


def _error() -> Figure:
    from bench.countdown_error import measure_countdown_error

    busy = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    try:
        samples = measure_countdown_error(60.0)
    finally:
        busy.kill()
        busy.wait()
    busy_note = f"busy loop on the other core of {os.cpu_count()}"
    return Figure("timer_error_ms", FIGURES["timer_error_ms"], "ms", tuple(samples), statistic="max",
                  budget=50.0, budget_text="≤ 50 ms", note=busy_note)
