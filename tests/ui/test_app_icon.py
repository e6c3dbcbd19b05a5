"""The icon set rendered from the one drawing, on the windows and in the Windows/macOS files."""

from __future__ import annotations

from PIL import Image
from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication

from app.ui.app_icon import DESKTOP_ID, ICONS, SIZES, app_icon, show_identity


def test_every_size_is_a_png_of_that_size_drawn_not_blank(qapp: QGuiApplication) -> None:
    for size in SIZES:
        with Image.open(ICONS / f"plenum-{size}.png") as image:
            assert image.size == (size, size)
            assert len(image.convert("RGBA").getcolors(1 << 20) or []) > 3  # the drawing, not one colour
    assert app_icon().actualSize(QSize(256, 256)) == QSize(256, 256)


def test_windows_get_the_icon_and_the_desktop_entry(qapp: QGuiApplication) -> None:
    show_identity(qapp)
    assert not qapp.windowIcon().isNull()
    assert qapp.desktopFileName() == DESKTOP_ID


def test_the_ico_and_icns_hold_the_sizes_their_systems_ask_for() -> None:
    with Image.open(ICONS / "plenum.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    with Image.open(ICONS / "plenum.icns") as icns:
        assert {(16, 16, 2), (128, 128, 1), (512, 512, 2)} <= set(icns.info["sizes"])
