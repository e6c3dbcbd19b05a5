"""``startup_s`` vs ``startup_floor_s``: launch to first painted audience frame, two fresh processes.

``startup_one_screen_s`` vs ``startup_one_screen_floor_s``: the same on a single
screen (a laptop at rehearsal), where the first slide on screen is the console's
current slide and the bare window is fullscreen on that one screen.

Both are stamped the same way: ``time.monotonic()`` just before spawning, and
the child's own ``time.monotonic()`` printed right after its first paint has
been handled (``bench/first_frame.py``, which runs ``plenum`` and watches its
paints from outside, and ``bench/floor_window.py`` for the bare PySide6
window). The monotonic clock is system-wide on Linux, so the difference is
launch-to-frame and excludes the child's exit. Runs alternate app/floor so
both share the machine's noise; one untimed run of each first (full runs)
warms the file cache (a user's second launch, not the first after boot).

The app's bytecode is compiled before any benchmark runs (see ``bench.cli``),
as an install or a user's first launch leaves it.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from bench.context import ROOT, SEED_EVENT, Run, run_child
from bench.result import Absent, Figure

FIGURES = {
    "startup_s": "launch → first audience frame, seed event",
    "startup_floor_s": "launch → first frame, bare PySide6 window",
    "startup_one_screen_s": "one screen: launch → first slide in the console",
    "startup_one_screen_floor_s": "one screen: launch → first frame, bare window",
}
MARGIN_S = 0.15
# pdfpc's margin over the bare window on one screen, measured in issue 15.
ONE_SCREEN_MARGIN_S = 0.10
ONE_SCREEN = ROOT / "bench" / "one_screen.json"


def missing(_run: Run) -> str | None:
    return None


def stamped_launch(args: list[str], env: dict[str, str]) -> float:
    """Seconds from just before spawning ``python ARGS`` to the frame stamp it prints."""
    start = time.monotonic()
    result = run_child(args, timeout=60, **env)
    stamps = [line for line in result.stdout.splitlines() if line.startswith("first-frame ")]
    if not stamps:
        raise RuntimeError(f"{' '.join(args)} printed no first-frame stamp:\n{result.stdout[-1000:]}")
    return float(stamps[-1].split()[1]) - start


def _pair(run: Run, app: list[str], floor: list[str], app_env: dict[str, str],
          floor_env: dict[str, str]) -> tuple[list[float], list[float]]:
    """Launch times of the app and the bare window, alternating which goes first."""
    if not run.quick:
        stamped_launch(app, app_env)
        stamped_launch(floor, floor_env)
    app_samples: list[float] = []
    floor_samples: list[float] = []
    for i in range(run.reps(3, 11)):
        if i % 2:
            app_samples.append(stamped_launch(app, app_env))
            floor_samples.append(stamped_launch(floor, floor_env))
        else:
            floor_samples.append(stamped_launch(floor, floor_env))
            app_samples.append(stamped_launch(app, app_env))
    return app_samples, floor_samples


def _figures(keys: tuple[str, str], samples: tuple[list[float], list[float]], margin: float) -> list[Figure]:
    key, floor_key = keys
    floor_figure = Figure(floor_key, FIGURES[floor_key], "s", tuple(samples[1]), budget_text="baseline")
    limit = floor_figure.value + margin
    return [
        Figure(key, FIGURES[key], "s", tuple(samples[0]), budget=limit,
               budget_text=f"≤ floor + {margin} s = {limit:.3f} s", baseline=floor_key),
        floor_figure,
    ]


def measure(run: Run) -> list[Figure | Absent]:
    if ":" in str(ONE_SCREEN):
        raise RuntimeError(f"{ONE_SCREEN}: the offscreen plugin cannot read a path containing ':'")
    with tempfile.TemporaryDirectory(prefix="plenum-bench-") as folder:
        session = str(Path(folder) / "startup.plenum")
        config = {"XDG_CONFIG_HOME": folder}  # the app remembers screens; keep that out of ~/.config
        app = ["-m", "bench.first_frame", str(SEED_EVENT), "--session", session]
        floor = [str(ROOT / "bench" / "floor_window.py")]
        two = _pair(run, app, floor, config, config)
        one_screen = {**config, "QT_QPA_PLATFORM": f"offscreen:configfile={ONE_SCREEN}"}
        one = _pair(run, app, floor, one_screen, one_screen)
    return [
        *_figures(("startup_s", "startup_floor_s"), two, MARGIN_S),
        *_figures(("startup_one_screen_s", "startup_one_screen_floor_s"), one, ONE_SCREEN_MARGIN_S),
    ]
