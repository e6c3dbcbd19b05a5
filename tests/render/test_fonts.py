"""The shipped fonts load, cover Norwegian and Northern Sámi, and really draw those letters."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QRawFont

from app.paths import FONTS
from app.render.fonts import FAMILY, FILES, load_fonts, missing_characters
from app.render.text_fit import TextCache

LETTERS = "æøåÆØÅáÁčČđĐŋŊšŠŧŦžŽ"


def test_every_face_covers_norwegian_and_sami(qapp) -> None:  # type: ignore[no-untyped-def]
    for name in FILES:
        raw = QRawFont(str(FONTS / name), 32)
        assert raw.isValid(), name
        assert [c for c in LETTERS if not raw.supportsCharacter(ord(c))] == [], name


def test_licence_ships_with_the_fonts() -> None:
    assert "SIL Open Font License" in (FONTS / "OFL.txt").read_text(encoding="utf-8")


def test_load_fonts_is_idempotent(qapp) -> None:  # type: ignore[no-untyped-def]
    assert load_fonts() == load_fonts() == FAMILY


def test_missing_characters_names_only_what_the_font_lacks(qapp) -> None:  # type: ignore[no-untyped-def]
    assert missing_characters(LETTERS + " <b>&") == []
    assert missing_characters("ok 漢 🎉 漢") == ["漢", "🎉"]


def _glyph(char: str) -> QImage:
    image = QImage(120, 120, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    TextCache().fit(char, QRectF(10, 10, 100, 100), size=80, color="#000000").draw(painter)
    painter.end()
    return image


def test_sami_letters_are_drawn_as_letters_not_boxes(qapp) -> None:  # type: ignore[no-untyped-def]
    box = _glyph("\ue000")  # a private-use code point: the font's "missing" glyph
    drawn = {c: _glyph(c) for c in "ŋŧđčšžŊŦĐČŠŽ"}
    for char, image in drawn.items():
        assert image != box, f"{char} is drawn as the missing-glyph box"
    assert len({bytes(image.constBits()) for image in drawn.values()}) == len(drawn)
