"""Plenum's face on the desktop: the window icon, and the desktop entry its windows belong to.

The icon set is rendered from one drawing (resources/icons/plenum.svg, by
tools/make_icons.py). Each size is added with its size named, so Qt reads
only the file a window manager asks for, when it asks, not all at start-up.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QIcon

from app.paths import RESOURCES

ICONS = RESOURCES / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)  # the PNG set (desktop entries use 512 too)
# X11 copies every size of a window icon into a window property when the window is
# shown: the 512 one would be a megabyte decoded for nothing.
WINDOW_SIZES = SIZES[:-1]
# The reverse-DNS id of packaging/linux's .desktop file and AppStream metainfo:
# Wayland compositors match windows to the entry (and its icon) by it.
DESKTOP_ID = "no.osloregionen.plenum"


def app_icon() -> QIcon:
    icon = QIcon()
    for size in WINDOW_SIZES:
        icon.addFile(str(ICONS / f"plenum-{size}.png"), QSize(size, size))
    return icon


def show_identity(app: QGuiApplication) -> None:
    """Give every window of ``app`` Plenum's icon and desktop entry."""
    app.setWindowIcon(app_icon())
    app.setDesktopFileName(DESKTOP_ID)
