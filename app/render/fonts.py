"""The fonts Plenum ships, registered once, and what they can draw.

Without a registered font an offscreen or freshly installed machine draws no
text at all, and a system font may lack the Sámi letters the facilitator
typed. So every slide, screen and PDF is set in the shipped family (Noto Sans,
OFL, see resources/fonts/README.md), and ``missing_characters`` lets
``plenum check`` name a character that would fall back to another font or to
a box, instead of letting it surprise someone on the projector.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QRawFont

from app.paths import FONTS

FAMILY = "Noto Sans"
FILES = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf",
         "NotoSans-BoldItalic.ttf")


_registered: list[str] = []
_headless: list[QGuiApplication] = []


def ensure_gui_application() -> QGuiApplication:
    """The running Qt application, or a headless one for command-line verbs.

    ``plenum render``, ``export-deck`` and ``check`` need fonts and painting
    but no screen, and must work over SSH or in CI where there is none.
    """
    app = QGuiApplication.instance()
    if app is None:
        _headless.append(QGuiApplication(["plenum", "-platform", "offscreen"]))
        app = _headless[0]
    assert isinstance(app, QGuiApplication)
    return app


def load_fonts() -> str:
    """Register the shipped fonts with Qt (once per process) and return the family name.

    Needs a QGuiApplication; later calls cost a list lookup.
    """
    if _registered:
        return _registered[0]
    if QGuiApplication.instance() is None:
        raise RuntimeError("load_fonts() needs a QGuiApplication to exist first")
    for name in FILES:
        path = FONTS / name
        if QFontDatabase.addApplicationFont(str(path)) < 0:
            raise RuntimeError(f"{path}: cannot load the font; is the file there and intact?")
    _registered.append(FAMILY)
    return FAMILY


def family_for(requested: str) -> str:
    """The family a theme asks for if Qt has it, else the shipped one."""
    load_fonts()
    return requested if requested in QFontDatabase.families() else FAMILY


def has_family(requested: str) -> bool:
    load_fonts()
    return requested in QFontDatabase.families()


def make_font(family: str, px: float, *, bold: bool = False, italic: bool = False) -> QFont:
    """A pixel-sized font for the logical canvas.

    Hinting is off so that glyph advances, and so line breaks, are the same
    whatever size the canvas is finally drawn at (projector, preview, PDF).
    """
    font = QFont(family)
    font.setPixelSize(max(1, round(px)))
    font.setBold(bold)
    font.setItalic(italic)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setKerning(True)
    # No "fi"/"fl" ligatures: a PDF would then hold U+FB01 and a search for
    # "profilering" in the handout would not find it.
    font.setFeature(QFont.Tag("liga"), 0)
    return font


def missing_characters(text: str) -> list[str]:
    """Characters of ``text`` the shipped regular face cannot draw, in first-seen order.

    All four shipped faces cover the same characters, so the regular one
    answers for them. Whitespace and control characters are not drawn and are
    skipped.
    """
    # Each distinct character is asked about once per text and once per process:
    # ``plenum check`` asks this of every slide, and a deck repeats its letters.
    return [char for char in dict.fromkeys(text) if not _drawn_or_skipped(char)]


@cache
def _drawn_or_skipped(char: str) -> bool:
    if char.isspace() or not char.isprintable():
        return True
    # supportsCharacter(str) goes through QChar and fails for non-Latin-1:
    # pass the code point.
    return _regular_raw_font().supportsCharacter(ord(char))


@cache
def _regular_raw_font() -> QRawFont:
    load_fonts()
    return QRawFont(str(FONTS / FILES[0]), 32)
