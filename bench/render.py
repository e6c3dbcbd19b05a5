"""``render_p95_ms``: one slide drawn at 1920x1080 into a QImage, for every seed slide.

Each repetition is a fresh process (fonts loaded, as the app has them), so
every ``render_p95_ms`` sample is the first time that slide is drawn: laying
it out (text fitting) and decoding its pictures included, as when a slide is
first shown. The renderer keeps layouts and pictures in caches that outlive
an event reload, so only a new process empties them. The same slides drawn
again in that process are ``render_warm_p95_ms``, the cost of a repaint.
"""

from __future__ import annotations

import importlib.util
import time

from bench.child import samples_from_child
from bench.context import SEED_EVENT, Run
from bench.result import NOT_BUILT, Absent, Figure

FIGURES = {
    "render_p95_ms": "seed slide → 1920x1080 QImage, first draw (layout + paint)",
    "render_warm_p95_ms": "seed slide → 1920x1080 QImage, redraw (layout cached)",
}
WIDTH = 1920


def missing(_run: Run) -> str | None:
    return None if importlib.util.find_spec("app.render.slide_painter") else NOT_BUILT


def measure(run: Run) -> list[Figure | Absent]:
    cold: list[float] = []
    warm: list[float] = []
    for _ in range(run.reps(1, 5)):
        samples = samples_from_child("render.render_every_slide", run)
        cold.extend(samples["cold"])
        warm.extend(samples["warm"])
    return [
        Figure("render_p95_ms", FIGURES["render_p95_ms"], "ms", tuple(cold), statistic="p95",
               budget=8.0, budget_text="≤ 8 ms", note="first draw of each slide in a fresh process"),
        Figure("render_warm_p95_ms", FIGURES["render_warm_p95_ms"], "ms", tuple(warm), statistic="p95",
               budget_text="(information)", note="the same process, each slide 3 more times"),
    ]


def render_every_slide(_run: Run) -> dict[str, list[float]]:
    """In a fresh process: each seed slide once (cold), then three more times (warm)."""
    from app.event import load_event
    from app.render.fonts import load_fonts
    from app.render.slide_painter import render_slide_image
    from bench.qt import application

    application()
    load_fonts()
    event = load_event(SEED_EVENT).event
    if event is None:
        raise RuntimeError(f"{SEED_EVENT} does not load")
    samples: dict[str, list[float]] = {"cold": [], "warm": []}
    for name, passes in (("cold", 1), ("warm", 3)):
        for _ in range(passes):
            for index in range(len(event.slides)):
                start = time.perf_counter()
                image = render_slide_image(event, index, WIDTH)
                samples[name].append((time.perf_counter() - start) * 1000)
                if (image.width(), image.height()) != (1920, 1080):
                    raise RuntimeError(f"slide {index + 1} rendered at {image.width()}x{image.height()}")
    return samples
