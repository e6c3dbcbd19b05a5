"""Pictures: decoded for screens at most screen-sized, drawn smoothly, full resolution in PDFs."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from app.event.model import Image, Slide
from app.render import images
from app.render.slide_painter import render_slide_image, slide_plan


def _stripes(path: Path, width: int, height: int) -> Path:
    """One-pixel stripes: any scaling without filtering shows as hard bands."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    for x in range(width):
        colour = QColor("#0a3d62") if x % 2 else QColor("#f6b93b")
        for y in range(height):
            image.setPixelColor(x, y, colour)
    image.save(str(path))
    return path


@pytest.mark.slow  # a 4000x3000 picture
def test_a_camera_sized_picture_is_decoded_screen_sized_and_kept_whole_for_pdfs(render, tmp_path) -> None:  # type: ignore[no-untyped-def]
    big = tmp_path / "photo.png"
    QImage(4000, 3000, QImage.Format.Format_RGB32).save(str(big))
    screen = render.pictures.load(big)
    assert screen is not None and (screen.width(), screen.height()) == (1440, 1080)
    original = images.load_original(big)
    assert original is not None and (original.width(), original.height()) == (4000, 3000)
    small = tmp_path / "small.png"
    QImage(300, 200, QImage.Format.Format_RGB32).save(str(small))
    assert render.pictures.load(small).size() == QSize(300, 200)  # type: ignore[union-attr]


def test_the_projector_draws_the_picture_smoothly_without_keeping_a_copy(  # type: ignore[no-untyped-def]
        make_event, tmp_path, render) -> None:
    picture = _stripes(tmp_path / "stripes.png", 120, 80)
    event = make_event(Slide("image", image=Image("stripes.png", picture)))
    slide = render_slide_image(render, event, 0, 1920)
    rect = next(item.rect for item in slide_plan(render, event, 0).items
                if isinstance(item, images.Picture))
    expected = QImage(1920, 1080, QImage.Format.Format_RGB32)
    expected.fill(QColor("white"))
    painter = QPainter(expected)
    painter.drawImage(rect, QImage(str(picture)).scaled(
        round(rect.width()), round(rect.height()), Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation))
    painter.end()
    inner = rect.adjusted(8, 8, -8, -8).toRect()
    diffs = [abs(QColor(slide.pixel(x, y)).red() - QColor(expected.pixel(x, y)).red())
             for x in range(inner.left(), inner.right(), 3) for y in range(inner.top(), inner.bottom(), 41)]
    assert sum(diffs) / len(diffs) < 12  # unfiltered (nearest) stripes differ by ~100 on average
    assert not render.pictures.reduced_images


def test_thumbnails_get_a_reduced_copy(make_event, tmp_path, render) -> None:  # type: ignore[no-untyped-def]
    picture = _stripes(tmp_path / "stripes.png", 1200, 40)
    event = make_event(Slide("image", image=Image("stripes.png", picture)))
    render_slide_image(render, event, 0, 320)
    [copy] = render.pictures.reduced_images
    assert copy.width() < 600
    render_slide_image(render, event, 0, 320)
    assert render.pictures.reduced_images == [copy]


def test_pdf_pictures_are_the_original_pixels(render, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QPdfWriter

    big = tmp_path / "photo.png"
    QImage(2400, 1600, QImage.Format.Format_RGB32).save(str(big))
    drawn: list[QSize] = []
    real = QPainter.drawImage

    def recording(painter, *args):  # type: ignore[no-untyped-def]
        drawn.append(args[1].size())
        return real(painter, *args)

    monkeypatch.setattr(QPainter, "drawImage", recording)
    writer = QPdfWriter(str(tmp_path / "deck.pdf"))
    painter = QPainter(writer)
    images.Picture(big, QRectF(0, 0, 600, 400), render.pictures).draw(painter)
    painter.end()
    assert drawn == [QSize(2400, 1600)]


def _drawn(render, event, index: int, size: tuple[int, int], ratio: float) -> QImage:  # type: ignore[no-untyped-def]
    from app.render.slide_painter import paint_slide

    image = QImage(round(size[0] * ratio), round(size[1] * ratio), QImage.Format.Format_RGB32)
    image.setDevicePixelRatio(ratio)
    painter = QPainter(image)
    paint_slide(painter, render, event, index, QRectF(0, 0, *size))
    painter.end()
    return image


@pytest.mark.parametrize("ratio", [1.25, 1.5, 2.0])
# A console view (drawn straight) and a thumbnail; the view has 16x the thumbnail's pixels,
# compared in Python, so the quick loop keeps the thumbnail.
@pytest.mark.parametrize("width", [pytest.param(960, marks=pytest.mark.slow), 240])
def test_pictures_on_scaled_screens_fill_the_same_device_pixels(  # type: ignore[no-untyped-def]
    make_event, tmp_path, ratio: float, width: int, render
) -> None:
    # A Windows laptop at 125-200 % or a Retina screen: the view's backing store has
    # ratio x its logical pixels, and must look like the same slide drawn that large.
    # A picture alone on its slide: text is hinted differently at other pixel ratios.
    picture = QImage(400, 300, QImage.Format.Format_RGB32)
    picture.fill(QColor("#0a3d62"))
    picture.save(str(tmp_path / "blue.png"))
    event = make_event(Slide("image", image=Image("blue.png", tmp_path / "blue.png"), show_footer=False))
    height = width * 9 // 16
    scaled = _drawn(render, event, 0, (width, height), ratio)
    plain = _drawn(render, event, 0, (round(width * ratio), round(height * ratio)), 1.0)
    far = sum(
        max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) > 96
        for y in range(0, scaled.height(), 3) for x in range(0, scaled.width(), 3)
        for a, b in [(QColor(scaled.pixel(x, y)), QColor(plain.pixel(x, y)))]
    )
    edges = 2 * (scaled.width() + scaled.height()) // 3  # a pixel's rounding along the picture's edges
    assert far <= edges, far
