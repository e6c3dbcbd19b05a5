"""``startup_s`` vs ``startup_floor_s``: launch to first painted audience frame, two fresh processes.

Both are stamped the same way: ``time.monotonic()`` just before spawning, and
the child's own ``time.monotonic()`` printed right after its first paint has
been handled (``PLENUM_BENCH_FIRST_FRAME`` in the app, ``bench/floor_window.py``
for the bare PySide6 window). The monotonic clock is system-wide on Linux, so
the difference is launch-to-frame and excludes the child's exit. Runs
alternate app/floor so both share the machine's noise; one untimed run of each
first (full runs) warms the file cache (a user's second launch, not the first after boot).

The app's bytecode is compiled before any benchmark runs (see ``bench.cli``),
as an install or a user's first launch leaves it.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from bench.context import ROOT, SEED_EVENT, Run, run_child
from bench.result import NOT_BUILT, Absent, Figure

FIGURES = {
    "startup_s": "launch → first audience frame, seed event",
    "startup_floor_s": "launch → first frame, bare PySide6 window",
}
MARGIN_S = 0.15
_HOOK = "PLENUM_BENCH_FIRST_FRAME"


def missing(_run: Run) -> str | None:
    present = ROOT / "app" / "cli" / "present.py"
    return None if _HOOK in present.read_text(encoding="utf-8") else NOT_BUILT


def stamped_launch(args: list[str], env: dict[str, str]) -> float:
    """Seconds from just before spawning ``python ARGS`` to the frame stamp it prints."""
    start = time.monotonic()
    result = run_child(args, timeout=60, **env)
    stamps = [line for line in result.stdout.splitlines() if line.startswith("first-frame ")]
    if not stamps:
        raise RuntimeError(f"{' '.join(args)} printed no first-frame stamp:\n{result.stdout[-1000:]}")
    return float(stamps[-1].split()[1]) - start


def measure(run: Run) -> list[Figure | Absent]:
    with tempfile.TemporaryDirectory(prefix="plenum-bench-") as folder:
        session = str(Path(folder) / "startup.plenum")
        config = {"XDG_CONFIG_HOME": folder}  # the app remembers screens; keep that out of ~/.config
        app = ["-m", "app", str(SEED_EVENT), "--session", session]
        floor = [str(ROOT / "bench" / "floor_window.py")]
        app_env, floor_env = {**config, _HOOK: "1"}, config
        if not run.quick:
            stamped_launch(app, app_env)
            stamped_launch(floor, floor_env)
        app_samples, floor_samples = [], []
        for i in range(run.reps(3, 11)):
            if i % 2:
                app_samples.append(stamped_launch(app, app_env))
                floor_samples.append(stamped_launch(floor, floor_env))
            else:
                floor_samples.append(stamped_launch(floor, floor_env))
                app_samples.append(stamped_launch(app, app_env))
    floor_figure = Figure("startup_floor_s", FIGURES["startup_floor_s"], "s", tuple(floor_samples),
                          budget_text="baseline")
    limit = floor_figure.value + MARGIN_S
    return [
        Figure("startup_s", FIGURES["startup_s"], "s", tuple(app_samples), budget=limit,
               budget_text=f"≤ floor + {MARGIN_S} s = {limit:.3f} s", baseline="startup_floor_s"),
        floor_figure,
    ]
