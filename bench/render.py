"""``render_p95_ms``: one slide drawn at 1920x1080 into a QImage, for every seed slide.

Each repetition is a fresh process (fonts loaded, as the app has them). Both
figures are for information: what users feel is ``nav_p95_ms``, a key press
to the projector's frame (issue 18 retired the 8 ms budget here).
``render_p95_ms`` is the draw the projector makes when the presenter moves
on: the app prepares the slides next to the current one while the
presenter talks (``slide_painter.prepare_slide``: text laid out, pictures
decoded and scaled, large glyphs made), so each slide is prepared, untimed,
exactly that way, then drawn. The first draw of a slide nobody prepared (a
jump across the deck; layout, decoding and glyphs included) is
``render_first_p95_ms``, for information: there the picture slides decode a
1200x800 PNG.

Slides are drawn into one 1920x1080 image made once per process, as the
projector window paints into the same backing store every time. A fresh
8 MB image per sample would time the kernel handing out zeroed pages
(about 6 ms whenever malloc maps new memory for it), not the renderer.
"""

from __future__ import annotations

import importlib.util
import time
from typing import TYPE_CHECKING

from bench.child import samples_from_child
from bench.context import SEED_EVENT, Run
from bench.result import NOT_BUILT, Absent, Figure

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

    from app.event.model import Event
    from app.render.context import RenderContext

FIGURES = {
    "render_p95_ms": "seed slide drawn at 1920x1080, prepared as the app does",
    "render_first_p95_ms": "seed slide drawn at 1920x1080, first draw, unprepared",
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
               budget_text="(information)",
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
    from PySide6.QtGui import QImage

    from app.event import load_event
    from app.render.context import RenderContext
    from app.render.fonts import load_fonts
    from app.render.slide_painter import prepare_slide
    from bench.qt import application

    application()
    load_fonts()
    event = load_event(SEED_EVENT).event
    if event is None:
        raise RuntimeError(f"{SEED_EVENT} does not load")
    target = QImage(WIDTH, HEIGHT, QImage.Format.Format_RGB32)
    render = RenderContext()
    samples: dict[str, list[float]] = {"first": [], "prepared": []}
    for index in range(len(event.slides)):
        samples["first"].append(_draw(target, render, event, index))
    for index in range(len(event.slides)):
        prepare_slide(render, event, index, QSizeF(WIDTH, HEIGHT))
        samples["prepared"].append(_draw(target, render, event, index))
    return samples


def _draw(target: QImage, render: RenderContext, event: Event, index: int) -> float:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QPainter

    from app.render.slide_painter import paint_slide

    target.fill(0xFF00FF)
    start = time.perf_counter()
    painter = QPainter(target)
    paint_slide(painter, render, event, index, QRectF(0, 0, WIDTH, HEIGHT))
    painter.end()
    elapsed = (time.perf_counter() - start) * 1000
    if target.pixel(WIDTH // 2, 2) & 0xFFFFFF == 0xFF00FF:
        raise RuntimeError(f"slide {index + 1} left the image unpainted")
    return elapsed
