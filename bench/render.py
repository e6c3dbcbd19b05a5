"""``render_p95_ms``: one slide drawn at 1920x1080 into a QImage, for every seed slide.

Each repetition is a fresh process (fonts loaded, as the app has them). The
budgeted figure is the draw the projector makes when the presenter moves
on: the app prepares the slides next to the current one while the
presenter talks (``slide_painter.prepare_slide``: text laid out, pictures
decoded and scaled, large glyphs made), so each slide is prepared, untimed,
exactly that way, then drawn into a fresh 1920x1080 image. The first draw
of a slide nobody prepared (a jump across the deck; layout, decoding and
glyphs included) is ``render_first_p95_ms``, for information: there the
picture slides decode a 1200x800 PNG.
"""

from __future__ import annotations

import importlib.util
import time
from typing import TYPE_CHECKING

from bench.child import samples_from_child
from bench.context import SEED_EVENT, Run
from bench.result import NOT_BUILT, Absent, Figure

if TYPE_CHECKING:
    from app.event.model import Event

FIGURES = {
    "render_p95_ms": "seed slide → 1920x1080 QImage, prepared as the app does",
    "render_first_p95_ms": "seed slide → 1920x1080 QImage, first draw, unprepared",
}
WIDTH, HEIGHT = 1920, 1080


def missing(_run: Run) -> str | None:
    return None if importlib.util.find_spec("app.render.slide_painter") else NOT_BUILT


def measure(run: Run) -> list[Figure | Absent]:
    prepared: list[float] = []
    first: list[float] = []
    for _ in range(run.reps(1, 5)):
        samples = samples_from_child("render.render_every_slide", run)
        prepared.extend(samples["prepared"])
        first.extend(samples["first"])
    return [
        Figure("render_p95_ms", FIGURES["render_p95_ms"], "ms", tuple(prepared), statistic="p95",
               budget=8.0, budget_text="≤ 8 ms",
               note="each slide prepared (layout, pictures, large glyphs) before it is drawn"),
        Figure("render_first_p95_ms", FIGURES["render_first_p95_ms"], "ms", tuple(first),
               statistic="p95", budget_text="(information)",
               note="first draw of each slide in a fresh process: layout and decoding included"),
    ]


def render_every_slide(_run: Run) -> dict[str, list[float]]:
    """In a fresh process: each seed slide drawn unprepared (first), then each prepared
    and drawn. What the first pass left in the caches changes nothing in the second:
    preparing is untimed and leaves a slide the same however much was cached."""
    from PySide6.QtCore import QSizeF

    from app.event import load_event
    from app.render.fonts import load_fonts
    from app.render.slide_painter import prepare_slide
    from bench.qt import application

    application()
    load_fonts()
    event = load_event(SEED_EVENT).event
    if event is None:
        raise RuntimeError(f"{SEED_EVENT} does not load")
    samples: dict[str, list[float]] = {"first": [], "prepared": []}
    for index in range(len(event.slides)):
        samples["first"].append(_draw(event, index))
    for index in range(len(event.slides)):
        prepare_slide(event, index, QSizeF(WIDTH, HEIGHT))
        samples["prepared"].append(_draw(event, index))
    return samples


def _draw(event: Event, index: int) -> float:
    from app.render.slide_painter import render_slide_image

    start = time.perf_counter()
    image = render_slide_image(event, index, WIDTH)
    elapsed = (time.perf_counter() - start) * 1000
    if (image.width(), image.height()) != (WIDTH, HEIGHT):
        raise RuntimeError(f"slide {index + 1} rendered at {image.width()}x{image.height()}")
    return elapsed
