"""«Bli med» on the projector: every group's code scans, in its own place, from a distance."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from qr_scan import scan

from app.event.loader import load_event
from app.paths import DEFAULT_EVENT
from app.render.context import RenderContext
from app.render.fonts import load_fonts
from app.share.cards import JoinCard
from app.ui.share.join_screen import JoinContent, paint_join, tile_rects

# A phone that sees the whole 3 m wide picture from about 6 m gets it at ~40 % of 1920 px.
FROM_THE_BACK = 0.4


def cards(count: int) -> tuple[JoinCard, ...]:
    return tuple(JoinCard(f"Gruppe {i + 1}", "Møterom Tana" if i % 2 else None,
                          f"http://192.168.1.20:8765/t/{i:02d}Abcdefghijklmnop-qrstuv_wxyz01/")
                 for i in range(count))


def render(count: int) -> QImage:
    load_fonts()
    event = load_event(DEFAULT_EVENT).event
    assert event is not None
    image = QImage(1920, 1080, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    paint_join(painter, RenderContext(), event, JoinContent(cards(count), "Bli med", "Skann koden"),
               QRectF(0, 0, 1920, 1080))
    painter.end()
    return image


@pytest.mark.parametrize("count", [1, 6, 12])
@pytest.mark.parametrize("factor", [1.0, FROM_THE_BACK])
def test_each_tile_scans_to_its_groups_link(qapp: object, tmp_path: Path, count: int,
                                            factor: float) -> None:
    image = render(count)
    if factor != 1.0:
        image = image.scaledToWidth(round(1920 * factor), Qt.TransformationMode.SmoothTransformation)
    found = []
    for index, tile in enumerate(tile_rects(count)):
        margin = 8
        crop = image.copy(round(tile.left() * factor) - margin, round(tile.top() * factor) - margin,
                          round(tile.width() * factor) + 2 * margin,
                          round(tile.height() * factor) + 2 * margin)
        path = tmp_path / f"tile{index}.png"
        assert crop.save(str(path))
        found += scan(path)
    assert found == [card.url for card in cards(count)]


@pytest.mark.parametrize("count", [6, 12])
def test_tiles_are_large_and_stay_on_the_screen(count: int) -> None:
    tiles = tile_rects(count)
    screen = QRectF(0, 0, 1920, 1080)
    assert all(screen.contains(tile) for tile in tiles)
    assert min(tile.width() for tile in tiles) >= (280 if count == 6 else 240)
    assert not any(a.intersects(b) for i, a in enumerate(tiles) for b in tiles[i + 1:])
