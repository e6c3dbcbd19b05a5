"""Auto-fit: long text shrinks as a whole, never below the floor, and is never clipped silently."""

from __future__ import annotations

from PySide6.QtCore import QRectF

from app.event.model import Point, Slide
from app.render.layouts import BULLET_PX
from app.render.legibility import legibility_problems
from app.render.plan import Text, make_frame
from app.render.slide_painter import slide_plan
from app.render.text_fit import FLOOR_PX, TextCache

WORDS = ["Gruppene", "diskuterer", "funn", "fra", "rapporten", "og", "gir", "innspill", "til",
         "videre", "arbeid", "med", "regionalt", "samarbeid", "i", "Osloregionen"]


def _bullets(words: int, per_bullet: int = 15) -> tuple[Point, ...]:
    text = [WORDS[i % len(WORDS)] for i in range(words)]
    return tuple(Point(" ".join(text[i:i + per_bullet])) for i in range(0, words, per_bullet))


def _bullet_slide(words: int) -> Slide:
    return Slide("bullets", title="Oppsummering fra gruppene", bullets=_bullets(words), line=12)


def test_120_words_fit_shrunk_and_inside_the_body(make_event, render) -> None:  # type: ignore[no-untyped-def]
    event = make_event(_bullet_slide(120))
    plan = slide_plan(render, event, 0)
    frame = make_frame(render, event, 0)
    assert not plan.overflow
    assert plan.scale < 1.0  # it had to shrink...
    assert BULLET_PX[1] * plan.scale > FLOOR_PX  # ...but not down to the floor
    texts = [item for item in plan.items if isinstance(item, Text)]
    body = max(texts, key=lambda t: t.laid.line_count)
    assert body.bottom <= frame.body_bottom  # nothing runs into the footer
    assert not body.laid.broken_words
    assert legibility_problems(render, event) == []


def test_short_slides_are_not_shrunk(make_event, render) -> None:  # type: ignore[no-untyped-def]
    assert slide_plan(render, make_event(_bullet_slide(20)), 0).scale == 1.0


def test_overflow_is_reported_only_at_the_floor(make_event, render) -> None:  # type: ignore[no-untyped-def]
    fits_at_floor = make_event(_bullet_slide(200))
    too_long = make_event(_bullet_slide(600))
    assert not slide_plan(render, fits_at_floor, 0).overflow
    plan = slide_plan(render, too_long, 0)
    assert plan.overflow
    assert round(BULLET_PX[1] * plan.scale) == FLOOR_PX  # drawn at the floor, not below
    [problem] = legibility_problems(render, too_long)
    assert problem.severity == "warning" and not problem.blocking
    assert problem.line == 12 and "does not fit" in problem.message and "28 px" in problem.message


def test_whole_slide_shrinks_consistently(make_event, render) -> None:  # type: ignore[no-untyped-def]
    """Title and body share one scale, so the hierarchy survives the shrinking."""
    event = make_event(_bullet_slide(150))
    plan = slide_plan(render, event, 0)
    title, body = [item for item in plan.items if isinstance(item, Text)][:2]
    assert title.laid.max_px / body.laid.max_px == round(68 * plan.scale) / round(52 * plan.scale)


def test_fit_text_for_other_screens(qapp) -> None:  # type: ignore[no-untyped-def]
    box = QRectF(0, 0, 800, 300)
    fit_text = TextCache().fit
    short = fit_text("Gruppe 2: **ferdig** om *fem* minutter", box, size=64, color="#000")
    assert (short.scale, short.overflow) == (1.0, False)
    long = fit_text(" ".join(WORDS * 2), box, size=64, color="#000")
    assert not long.overflow and FLOOR_PX / 64 <= long.scale < 1.0
    assert long.laid.height <= box.height()
    too_long = fit_text(" ".join(WORDS * 40), box, size=64, color="#000")
    assert too_long.overflow and too_long.scale == FLOOR_PX / 64
