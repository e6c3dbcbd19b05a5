"""A render context owns what the renderer keeps, and dropping it frees all of it at once."""

from __future__ import annotations

import gc
import weakref

from PySide6.QtCore import QSizeF

from app.collector import collector_paused
from app.event.loader import load_event
from app.event.model import Event
from app.paths import DEFAULT_EVENT
from app.render.context import RenderContext
from app.render.slide_painter import prepare_slide, render_slide_image


def test_a_dropped_context_frees_its_layouts_and_glyph_images_without_the_collector(
        qapp: object, seed_event: Event) -> None:
    """Nothing the context keeps points back at it: reference counting alone frees a
    deck's layouts and images when the presenter drops the context (a test, a CLI
    verb), however long the cyclic collector waits."""
    render = RenderContext()
    prepare_slide(render, seed_event, 0, QSizeF(1920, 1080))  # plans, layouts, glyph images
    render_slide_image(render, seed_event, 1, 960)
    assert len(render.text.glyph_images) > 10
    plan_item = next(iter(render.plans_of(seed_event).by_index.values())).items[0]
    kept = [weakref.ref(render), weakref.ref(render.text), weakref.ref(render.text.glyph_images),
            weakref.ref(plan_item)]
    with collector_paused():
        del render, plan_item
        assert [ref() for ref in kept] == [None] * len(kept)


def test_an_event_that_dies_takes_its_plans_with_it(qapp: object, render: RenderContext) -> None:
    """A hot reload replaces the event; the context stays, the old event's plans go."""
    event = load_event(DEFAULT_EVENT).event
    assert event is not None
    render_slide_image(render, event, 1, 480)
    plan = weakref.ref(render.plans_of(event).by_index[1])
    del event
    gc.collect()
    assert plan() is None
