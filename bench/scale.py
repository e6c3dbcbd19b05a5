"""Cost that grows linearly: 20,000 slides and 20,000 follow-up points, each beside 2,000.

Each large figure has the same operation at a tenth of the size as its
baseline, measured in the same run: linear cost shows as about x10, the
quadratic cost these figures were made to catch as about x100.

- ``check_20000_s``: ``plenum check`` of a 20,000-slide event, the whole
  process (the seed's slides repeated, as ``bench.decks`` makes them).
- ``present_load_20000_s``: the presenter's load of that event in a fresh
  process: read and check the file, build the console and the audience
  window, show both and handle the events that paint them.
- ``import_followups_20000_s``: ``plenum import`` of a notes file with
  20,000 follow-up points into a new session, the whole process.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

from bench.context import SEED_EVENT, Run, run_child
from bench.decks import write_big_event
from bench.result import Absent, Figure

LARGE, SMALL = 20_000, 2_000
BUDGET_S = 2.0
FIGURES = {
    "check_20000_s": "`plenum check` of a 20,000-slide event, whole process",
    "check_2000_s": "`plenum check` of a 2,000-slide event, whole process",
    "present_load_20000_s": "presenter: load a 20,000-slide event, both windows shown",
    "present_load_2000_s": "presenter: load a 2,000-slide event, both windows shown",
    "import_followups_20000_s": "`plenum import` of 20,000 follow-up points, whole process",
    "import_followups_2000_s": "`plenum import` of 2,000 follow-up points, whole process",
}
_LOAD_MARK = "present-load "


def missing(_run: Run) -> str | None:
    return None


def _timed(args: list[str]) -> float:
    start = time.perf_counter()
    run_child(args, timeout=300)
    return time.perf_counter() - start


def _present_load(event: Path) -> float:
    result = run_child(["-m", "bench.scale", str(event)], timeout=300)
    lines = [line for line in result.stdout.splitlines() if line.startswith(_LOAD_MARK)]
    if not lines:
        raise RuntimeError(f"bench.scale {event} printed no time:\n{result.stdout[-1000:]}")
    return float(lines[-1].removeprefix(_LOAD_MARK))


def write_follow_ups(folder: Path, count: int) -> Path:
    """A notes file for the seed event's first group with ``count`` different follow-up points."""
    lines = ["event: Faggruppesamling september 2021", "group:", "  name: Gruppe 1", "follow_up:"]
    lines += [f"  - Følge opp punkt {i} & <b>referat</b> innen fredag" for i in range(count)]
    path = folder / f"notes-{count}.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def measure(run: Run) -> list[Figure | Absent]:
    samples: dict[str, list[float]] = {key: [] for key in FIGURES}
    with tempfile.TemporaryDirectory(prefix="plenum-bench-") as name:
        folder = Path(name)
        events = {size: write_big_event(folder, size) for size in (SMALL, LARGE)}
        notes = {size: write_follow_ups(folder, size) for size in (SMALL, LARGE)}
        for rep in range(run.reps(1, 5)):
            for size in (SMALL, LARGE):  # alternating, so both share the machine's noise
                samples[f"check_{size}_s"].append(_timed(["-m", "app", "check", str(events[size])]))
                samples[f"present_load_{size}_s"].append(_present_load(events[size]))
                session = folder / f"import-{size}-{rep}.plenum"
                samples[f"import_followups_{size}_s"].append(_timed(
                    ["-m", "app", "import", "--session", str(session), "--event", str(SEED_EVENT),
                     str(notes[size])]))
    figures: list[Figure | Absent] = []
    for kind in ("check", "present_load", "import_followups"):
        large, small = f"{kind}_{LARGE}_s", f"{kind}_{SMALL}_s"
        figures.append(Figure(large, FIGURES[large], "s", tuple(samples[large]), budget=BUDGET_S,
                              budget_text=f"≤ {BUDGET_S:g} s", baseline=small))
        figures.append(Figure(small, FIGURES[small], "s", tuple(samples[small]),
                              budget_text="baseline (linear: x10)"))
    return figures


def _load_in_this_process(event_path: Path) -> float:
    """Seconds from reading the file to both windows shown and painted, in a fresh process."""
    from app.event import load_event
    from app.render.fonts import load_fonts
    from app.timing.clock import SystemClock
    from app.ui.presenter import PresenterApp
    from bench.qt import application, close_presenter, loaded_event, temporary_settings

    qapp = application()
    load_fonts()
    with temporary_settings() as settings:
        start = time.perf_counter()
        event = loaded_event(event_path)
        presenter = PresenterApp(event, SystemClock(), settings, load=load_event)
        presenter.show()
        qapp.processEvents()
        elapsed = time.perf_counter() - start
        if not (presenter.console.isVisible() and presenter.audience.isVisible()):
            raise RuntimeError("the presenter's windows are not shown")
        close_presenter(presenter)
    return elapsed


if __name__ == "__main__":
    import importlib
    import os

    from bench.context import qt_platform

    os.environ["QT_QPA_PLATFORM"] = qt_platform()
    importlib.import_module("app")  # its workaround for PySide6 6.12 must come before any Qt call
    print(_LOAD_MARK + json.dumps(_load_in_this_process(Path(sys.argv[1]))), flush=True)
