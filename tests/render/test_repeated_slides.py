"""Slides with the same content share one layout, yet each shows its own number.

A long deck repeats slides (the agenda, a break); ``plenum check`` of 20,000
slides lays out each distinct body once. What must not leak between them is
the slide number, laid out apart when it is drawn.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QImage

from app.event.model import Point, Slide
from app.render.legibility import legibility_problems
from app.render.slide_painter import render_slide_image


def _number_corner(image: QImage) -> QImage:
    return image.copy(QRect(image.width() * 3 // 4, image.height() * 7 // 8,
                            image.width() // 4, image.height() // 8))


def _body(image: QImage) -> QImage:
    return image.copy(QRect(0, 0, image.width(), image.height() * 7 // 8))


def test_equal_slides_look_the_same_but_for_their_numbers(make_event, render) -> None:  # type: ignore[no-untyped-def]
    slide = Slide("bullets", title="Pause", bullets=(Point("Kaffe i foajeen"),), line=3)
    event = make_event(slide, Slide("section", title="Mellom"), slide, slide)
    first, third, fourth = (render_slide_image(render, event, i, 960) for i in (0, 2, 3))
    assert _body(first) == _body(third) == _body(fourth)
    corners = [_number_corner(image) for image in (first, third, fourth)]
    assert corners[0] != corners[1] and corners[1] != corners[2] and corners[0] != corners[2]


def test_a_repeated_slide_that_overflows_is_warned_at_each_place(make_event, render) -> None:  # type: ignore[no-untyped-def]
    crowded = Slide("bullets", title="For mye", bullets=tuple(Point("ord " * 40) for _ in range(30)))
    event = make_event(Slide("section", title="Start", line=1),
                       Slide(**{**crowded.__dict__, "line": 10}),  # type: ignore[arg-type]
                       Slide(**{**crowded.__dict__, "line": 20}))  # type: ignore[arg-type]
    overflows = [p for p in legibility_problems(render, event) if "does not fit" in p.message]
    assert [(p.line, p.message.split(":")[0]) for p in overflows] == [(10, "slide 2"), (20, "slide 3")]
