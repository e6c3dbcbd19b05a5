"""``render_p95_ms``: one slide drawn at 1920x1080 into a QImage, for every seed slide.

Each repetition loads the event afresh, so the renderer's per-event layout
cache is empty and every sample includes laying the slide out (text fitting,
image decoding), as the first showing of a slide or a hot reload does. The
same slides drawn again from the cached layout are reported beside it as
``render_warm_p95_ms``, the cost of a repaint.
"""

from __future__ import annotations

import importlib.util
import time

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
    from app.event import load_event
    from app.render.fonts import load_fonts
    from app.render.slide_painter import render_slide_image
    from bench.qt import application

    application()
    load_fonts()
    cold: list[float] = []
    warm: list[float] = []
    for _ in range(run.reps(1, 10)):
        event = load_event(SEED_EVENT).event
        if event is None:
            raise RuntimeError(f"{SEED_EVENT} does not load")
        for samples in (cold, warm):
            for index in range(len(event.slides)):
                start = time.perf_counter()
                image = render_slide_image(event, index, WIDTH)
                samples.append((time.perf_counter() - start) * 1000)
                if (image.width(), image.height()) != (1920, 1080):
                    raise RuntimeError(f"slide {index + 1} rendered at {image.width()}x{image.height()}")
    return [
        Figure("render_p95_ms", FIGURES["render_p95_ms"], "ms", tuple(cold), statistic="p95",
               budget=8.0, budget_text="≤ 8 ms"),
        Figure("render_warm_p95_ms", FIGURES["render_warm_p95_ms"], "ms", tuple(warm), statistic="p95",
               budget_text="(information)"),
    ]
