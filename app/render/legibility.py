"""Can the back row read it? The slide warnings ``plenum check`` prints.

The renderer never clips or drops anything silently; this module is where
what it had to compromise on becomes a warning with the slide's line in the
event file: text that did not fit even at the legibility floor, colours
below WCAG AA contrast, an image without alt text, a character the shipped
font cannot draw. Each judgement reuses the renderer's own layout and
colours, so the check and the projector cannot disagree.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator

from PySide6.QtGui import QColor

from app.event.model import Event, Problem, Slide
from app.render.context import RenderContext
from app.render.fonts import FAMILY, ensure_gui_application, has_family, missing_characters
from app.render.palette import AA_CONTRAST, contrast_ratio, palette_for
from app.render.plan import slide_content
from app.render.slide_painter import slide_plan
from app.render.text_fit import FLOOR_PX


def legibility_problems(render: RenderContext, event: Event) -> list[Problem]:
    """Warnings (never errors: the event can still be presented) about slide legibility."""
    ensure_gui_application()
    problems: list[Problem] = []
    warn = _warner(event, problems)
    if event.slides and not has_family(event.theme.font):
        warn(event.slides[0], f"theme font {event.theme.font!r} is not available; slides "
                              f"are set in {FAMILY}, the font Plenum ships")
    reported_pairs: set[str] = set()
    footer_checked = False
    # A long deck repeats its slides (and its kinds of slide): each distinct
    # content is laid out and judged once, each kind's contrast once.
    judged: dict[Hashable, tuple[bool, list[str]]] = {}
    contrasts: dict[tuple[str, bool], list[tuple[str, float]]] = {}
    for number, slide in enumerate(event.slides, start=1):
        # The footer's characters are judged with the first slide that shows it.
        with_footer = slide.show_footer and bool(event.theme.footer) and not footer_checked
        footer_checked |= with_footer
        content = slide_content(slide)
        verdict = None if with_footer else judged.get(content)
        if verdict is None:
            texts = [*_slide_texts(event, slide), *([event.theme.footer or ""] if with_footer else [])]
            verdict = (slide_plan(render, event, number - 1).overflow, missing_characters("".join(texts)))
            if not with_footer:
                judged[content] = verdict
        overflow, missing = verdict
        if overflow:
            warn(slide, f"slide {number}: the text does not fit even at the smallest legible "
                        f"size ({FLOOR_PX:.0f} px at 1080 lines); shorten it or split the slide")
        kind = (slide.layout, slide.show_footer)
        if kind not in contrasts:
            contrasts[kind] = list(_low_contrast(event, slide))
        for what, ratio in contrasts[kind]:
            if what not in reported_pairs:
                reported_pairs.add(what)
                warn(slide, f"slide {number}: {what} has contrast {ratio:.1f}:1, below "
                            f"{AA_CONTRAST}:1 (WCAG AA); change the theme colours")
        if slide.image is not None and not (slide.image.alt or "").strip():
            warn(slide, f"slide {number}: image {slide.image.src!r} has no alt text; add "
                        "'alt:' describing it for the handout and for screen readers")
        if missing:
            shown = ", ".join(f"{c!r} (U+{ord(c):04X})" for c in missing)
            warn(slide, f"slide {number}: {FAMILY} has no glyph for {shown}; it is drawn "
                        "with a fallback font or as a box")
    return problems


def _warner(event: Event, problems: list[Problem]) -> Callable[[Slide, str], None]:
    def warn(slide: Slide, message: str) -> None:
        problems.append(Problem(str(event.path), max(slide.line, 1), 1, message,
                                severity="warning", blocking=False))
    return warn


def _low_contrast(event: Event, slide: Slide) -> Iterator[tuple[str, float]]:
    palette = palette_for(event.theme)
    pairs: list[tuple[str, QColor, QColor]] = []
    if slide.layout == "title":
        pairs.append(("text on the accent colour (title slide)", palette.on_accent,
                      palette.accent))
    else:
        pairs.append(("text on the background", palette.text, palette.background))
        shows_footer = slide.show_footer and (event.theme.footer or event.theme.slide_numbers)
        if shows_footer or slide.layout == "section" or slide.layout == "agenda":
            pairs.append(("the footer/secondary text colour on the background",
                          palette.muted, palette.background))
    if slide.layout == "people":
        pairs.append(("initials on the accent colour", palette.on_accent, palette.accent))
    if slide.layout == "tasks":
        pairs.append(("task numbers in the accent colour", palette.accent, palette.background))
    for what, foreground, background in pairs:
        ratio = contrast_ratio(foreground, background)
        if ratio < AA_CONTRAST:
            yield what, ratio


def _slide_texts(event: Event, slide: Slide) -> Iterator[str]:
    yield from (t for t in (slide.title, slide.subtitle, slide.lead) if t)
    yield from (p.text for p in slide.bullets)
    for person in slide.people:
        yield from (t for t in (person.name, person.role, person.note) if t)
    if slide.image is not None:
        yield slide.image.alt or ""
    known = {task.id for task in event.groupwork.tasks}
    tasks = [event.groupwork.task(i) for i in slide.tasks if i in known]
    for task in tasks if slide.layout == "tasks" else ():
        yield from (t for t in (task.title, task.prompt) if t)
        yield from (p.text for p in task.points)
    if slide.layout == "agenda":
        yield from (item.title for item in event.agenda)
