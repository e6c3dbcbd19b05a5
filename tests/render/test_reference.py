"""Every seed slide matches its checked-in reference PNG, so a layout regression fails.

After an intended change, look at the new images, then refresh them with
``PLENUM_UPDATE_REFERENCES=1 pytest tests/render/test_reference.py``.
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from app.render.slide_painter import render_slide_image

REFERENCE = Path(__file__).parent / "reference"
WIDTH = 480
SEED_SLIDES = 18
# Slides whose layout changes most between 16:9 and 4:3.
FOUR_THREE = (2, 6, 7, 9, 18)


def _difference(actual: QImage, expected: QImage) -> tuple[float, float]:
    """Mean absolute channel difference (0-255) and share of pixels off by more than 64."""
    total, bad, count = 0, 0, 0
    for y in range(0, actual.height()):
        for x in range(0, actual.width(), 2):
            a, e = actual.pixelColor(x, y), expected.pixelColor(x, y)
            delta = max(abs(a.red() - e.red()), abs(a.green() - e.green()),
                        abs(a.blue() - e.blue()))
            total += delta
            bad += delta > 64
            count += 1
    return total / count, bad / count


def _check(image: QImage, name: str, tmp_path: Path) -> None:
    path = REFERENCE / name
    if os.environ.get("PLENUM_UPDATE_REFERENCES"):
        image.save(str(path))
    expected = QImage(str(path))
    assert not expected.isNull(), f"no reference {path}; see this module's docstring"
    assert (image.width(), image.height()) == (expected.width(), expected.height())
    actual = image.convertToFormat(QImage.Format.Format_RGB32)
    expected = expected.convertToFormat(QImage.Format.Format_RGB32)
    if bytes(actual.constBits()) == bytes(expected.constBits()):
        return
    mean, bad = _difference(actual, expected)
    if mean > 1.0 or bad > 0.002:
        image.save(str(tmp_path / name))
        pytest.fail(f"{name} differs from the reference (mean {mean:.2f}, {bad:.2%} pixels); "
                    f"look at {tmp_path / name}")


@pytest.mark.parametrize("number", range(1, SEED_SLIDES + 1))
def test_seed_slide_matches_reference(seed_event, number: int, tmp_path, render) -> None:  # type: ignore[no-untyped-def]
    assert len(seed_event.slides) == SEED_SLIDES
    _check(render_slide_image(render, seed_event, number - 1, WIDTH), f"slide-{number:02d}.png",
           tmp_path)


@pytest.mark.parametrize("number", FOUR_THREE)
def test_seed_slide_4_3_matches_reference(seed_event, number: int, tmp_path, render) -> None:  # type: ignore[no-untyped-def]
    event = replace(seed_event, theme=replace(seed_event.theme, aspect="4:3"))
    _check(render_slide_image(render, event, number - 1, WIDTH), f"slide-{number:02d}-4x3.png", tmp_path)
