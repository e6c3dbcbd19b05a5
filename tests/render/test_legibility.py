"""The slide warnings plenum check prints: contrast, alt text, missing glyphs, font."""

from __future__ import annotations

from pathlib import Path

from app.event.model import Image, Person, Slide, Theme
from app.render.legibility import legibility_problems


def test_seed_event_is_legible(seed_event, render) -> None:  # type: ignore[no-untyped-def]
    assert legibility_problems(render, seed_event) == []


def test_low_contrast_theme_is_warned_once_with_the_slide_line(make_event, render) -> None:  # type: ignore[no-untyped-def]
    event = make_event(Slide("bullets", title="Grå", line=40), Slide("section", title="Også", line=50),
                       theme=Theme(text="#aaaaaa", background="#ffffff"))
    problems = legibility_problems(render, event)
    text_warnings = [p for p in problems if "text on the background" in p.message]
    assert len(text_warnings) == 1
    [warning] = text_warnings
    assert warning.line == 40 and warning.severity == "warning" and not warning.blocking
    assert "2.3:1" in warning.message and "4.5:1" in warning.message
    assert str(warning).startswith("/tmp/test-event.yaml:40:1: warning:")


def test_good_contrast_gives_no_warning(make_event, render) -> None:  # type: ignore[no-untyped-def]
    event = make_event(Slide("bullets", title="Mørk", line=3),
                       theme=Theme(text="#595959", background="#ffffff"))  # 7.0:1
    assert legibility_problems(render, event) == []


def test_title_slide_contrast_uses_the_accent(make_event, render) -> None:  # type: ignore[no-untyped-def]
    event = make_event(Slide("title", title="Velkommen", line=7),
                       theme=Theme(accent="#9a9a9a", text="#5a5a5a", background="#ffffff"))
    [problem] = legibility_problems(render, event)
    assert "accent" in problem.message and problem.line == 7


def test_image_without_alt_text(make_event, render) -> None:  # type: ignore[no-untyped-def]
    event = make_event(Slide("image", image=Image("a.png", Path("/nope/a.png")), line=9))
    [problem] = legibility_problems(render, event)
    assert problem.line == 9 and "'a.png' has no alt text" in problem.message


def test_character_missing_from_the_font(make_event, render) -> None:  # type: ignore[no-untyped-def]
    event = make_event(Slide("people", title="Folk", line=21,
                             people=(Person("Åsa 漢", role="ŋ ŧ đ č š ž"),)))
    [problem] = legibility_problems(render, event)
    assert problem.line == 21 and "U+6F22" in problem.message and "'漢'" in problem.message


def test_unavailable_theme_font(make_event, render) -> None:  # type: ignore[no-untyped-def]
    event = make_event(Slide("section", title="Hei", line=5), theme=Theme(font="Comic Serif 9"))
    [problem] = legibility_problems(render, event)
    assert "'Comic Serif 9' is not available" in problem.message and "Noto Sans" in problem.message
