"""``load_1000_s``: read, parse and validate a 1,000-slide event, as ``plenum check`` does."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from bench.context import Run
from bench.decks import write_big_event
from bench.result import Absent, Figure

SLIDES = 1000
FIGURES = {"load_1000_s": "load + validate a 1,000-slide event"}


def missing(_run: Run) -> str | None:
    return None



def measure(run: Run) -> list[Figure | Absent]:
    from app.event import load_event

    samples = []
    with tempfile.TemporaryDirectory(prefix="plenum-bench-") as folder:
        path = write_big_event(Path(folder), SLIDES)
        for _ in range(run.reps(3, 15)):
            start = time.perf_counter()
            result = load_event(path)
            samples.append(time.perf_counter() - start)
            if result.event is None or len(result.event.slides) != SLIDES or result.errors:
                raise RuntimeError(f"generated event did not load cleanly: {result.problems[:3]}")
    return [Figure("load_1000_s", FIGURES["load_1000_s"], "s", tuple(samples),
                   budget=0.3, budget_text="≤ 0.3 s")]
