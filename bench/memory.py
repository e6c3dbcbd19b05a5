"""``peak_rss_mib``: the peak resident memory of ``plenum`` presenting every seed slide.

``bench/present_all.py`` starts the real app and goes through the deck (see
there), and prints its own high-water mark (``VmHWM`` in /proc/self/status)
as it exits. Not ``ru_maxrss``: Linux carries the parent's peak over
``execve`` into the child's ``ru_maxrss``, so a child of this (large)
benchmark process would report the benchmark's own memory. The bare PySide6
window of the startup floor, measured the same way, shows how much of it is
Qt and Python before Plenum adds anything.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from bench.context import ROOT, SEED_EVENT, Run, run_child
from bench.peak import PEAK_ENV, PREFIX
from bench.result import NOT_BUILT, Absent, Figure

FIGURES = {
    "peak_rss_mib": "peak memory, plenum presenting every seed slide",
    "peak_rss_floor_mib": "peak memory, bare PySide6 window (bench/floor_window.py)",
}
TIMEOUT_S = 120


def missing(_run: Run) -> str | None:
    if not Path("/proc/self/status").exists():
        return "needs Linux /proc"
    return None if (ROOT / "app" / "ui" / "presenter.py").exists() else NOT_BUILT


def peak_rss_mib(args: list[str], env: dict[str, str]) -> float:
    """Run ``python ARGS`` (a script that ends with ``print_peak_rss``); its peak RSS in MiB."""
    result = run_child(args, timeout=TIMEOUT_S, **env)
    peaks = [line for line in result.stdout.splitlines() if line.startswith(PREFIX)]
    if not peaks:
        raise RuntimeError(f"{' '.join(args)} printed no peak memory:\n{result.stdout[-2000:]}")
    return int(peaks[-1].split()[1]) / 1024


def measure(run: Run) -> list[Figure | Absent]:
    samples = []
    with tempfile.TemporaryDirectory(prefix="plenum-bench-") as folder:
        env = {"XDG_CONFIG_HOME": folder, PEAK_ENV: "1"}
        args = [str(ROOT / "bench" / "present_all.py"), str(SEED_EVENT),
                "--session", str(Path(folder) / "memory.plenum")]
        floor = [str(ROOT / "bench" / "floor_window.py")]
        floor_samples = []
        for _ in range(run.reps(1, 3)):
            samples.append(peak_rss_mib(args, env))
            floor_samples.append(peak_rss_mib(floor, env))
    return [
        Figure("peak_rss_mib", FIGURES["peak_rss_mib"], "MiB", tuple(samples), budget=100.0,
               budget_text="≤ 100 MiB", baseline="peak_rss_floor_mib"),
        Figure("peak_rss_floor_mib", FIGURES["peak_rss_floor_mib"], "MiB", tuple(floor_samples),
               budget_text="baseline"),
    ]
