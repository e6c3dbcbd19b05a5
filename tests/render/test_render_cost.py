"""Guards for the first draw of a slide that do not depend on timing.

``python -m bench`` times ``render_p95_ms``; these pin down what keeps it
low: fitting text lays a slide out a handful of times, not a bisection's
eight, and lands where the bisection would; the same picture in several
files is decoded once. (Large glyphs: ``test_large_glyphs``.)
"""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from app.event.model import Image, Slide
from app.render import images, layouts, text_fit
from app.render.slide_painter import render_slide_image

SEED_IMAGES = Path(__file__).resolve().parents[2] / "slides" / "images"


def _count_builds(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    scales: list[float] = []
    real = text_fit.fit_scale

    def counting(build, fits, lowest, fill=None):  # type: ignore[no-untyped-def]
        def counted(scale: float):  # type: ignore[no-untyped-def]
            scales.append(scale)
            return build(scale)
        return real(counted, fits, lowest, fill)

    monkeypatch.setattr(layouts, "fit_scale", counting)
    return scales


@pytest.mark.parametrize("aspect", ["16:9", "4:3"])
def test_seed_slides_are_fitted_in_few_layouts(seed_event, monkeypatch, aspect, render) -> None:  # type: ignore[no-untyped-def]
    event = replace(seed_event, theme=replace(seed_event.theme, aspect=aspect))
    scales = _count_builds(monkeypatch)
    worst = 0
    for index in range(len(event.slides)):
        scales.clear()
        layouts.build_plan(render, event, index)
        worst = max(worst, len(scales))
    # The bisection this replaced built every shrunk slide 8 times.
    assert worst <= (4 if aspect == "16:9" else 7)


@pytest.mark.parametrize("aspect", ["16:9", "4:3"])
def test_guessing_lands_where_the_bisection_does(seed_event, monkeypatch, aspect, render) -> None:  # type: ignore[no-untyped-def]
    """The guesses only save builds: the chosen scale is the bisection's, so slides look
    as before (the reference images check that too, at a small size)."""
    event = replace(seed_event, theme=replace(seed_event.theme, aspect=aspect))
    real = text_fit.fit_scale

    def bisecting(build, fits, lowest, _fill=None):  # type: ignore[no-untyped-def]
        return real(build, fits, lowest)

    for index in range(len(event.slides)):
        guessed = layouts.build_plan(render, event, index)
        with monkeypatch.context() as patch:
            patch.setattr(layouts, "fit_scale", bisecting)
            bisected = layouts.build_plan(render, event, index)
        assert guessed.scale == pytest.approx(bisected.scale, abs=1e-9), index + 1
        assert guessed.overflow == bisected.overflow


def test_fit_scale_without_fill_bisects_and_reports_overflow() -> None:
    calls: list[float] = []

    def build(scale: float) -> float:
        calls.append(scale)
        return scale

    scale, built, overflow = text_fit.fit_scale(build, lambda s: s <= 0.7, 0.5)
    assert 0.69 <= scale <= 0.7 and built == scale and not overflow
    scale, built, overflow = text_fit.fit_scale(build, lambda s: False, 0.5)
    assert (scale, built, overflow) == (0.5, 0.5, True)


def test_a_picture_in_several_files_is_decoded_once(make_event, monkeypatch, tmp_path, render) -> None:  # type: ignore[no-untyped-def]
    decoded: list[Path] = []
    real = images.decode_image

    def counting(path: Path, within=None):  # type: ignore[no-untyped-def]
        decoded.append(path)
        return real(path, within)

    monkeypatch.setattr(images, "decode_image", counting)
    slides = []
    for name in ("a.png", "b.png", "c.png"):
        shutil.copy(SEED_IMAGES / "side-11.png", tmp_path / name)
        slides.append(Slide("image", title=name, image=Image(name, tmp_path / name)))
    event = make_event(*slides)
    for index in range(len(slides)):
        render_slide_image(render, event, index, 1920)
    assert len(decoded) == 1 and render.pictures.decoded_count == 1
    assert not render.pictures.reduced_images  # a projector draws the picture itself, scaled as it draws
    render_slide_image(render, event, 0, 480)  # a small view: a reduced copy, from the same decoding
    assert len(decoded) == 1 and len(render.pictures.reduced_images) == 1
    # A changed file is a different picture.
    QImage(40, 30, QImage.Format.Format_RGB32).save(str(tmp_path / "b.png"))
    assert render.pictures.load(tmp_path / "b.png").width() == 40  # type: ignore[union-attr]
    assert render.pictures.load(tmp_path / "a.png").width() == 1200  # type: ignore[union-attr]
