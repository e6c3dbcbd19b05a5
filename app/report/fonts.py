"""The slides' font family, embedded in the report, with a fallback for odd glyphs.

reportlab's built-in Helvetica draws anything outside WinAnsi (ŋ, ŧ, emoji) as
black boxes without complaint, so the report always embeds TrueType files:
the family the event's theme names if ``resources/fonts`` has it, else the
family Plenum ships (Noto Sans). Characters that family lacks are drawn from
a fallback font when one on the system has them; otherwise they stay in the
text (copy and search still find them) and show as the font's empty box.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from app.paths import FONTS

STYLES = ("Regular", "Bold", "Italic", "BoldItalic")
SHIPPED_FAMILY = "NotoSans"
# Wide-coverage fonts found on most Linux desktops, tried for glyphs the
# main family lacks (arrows, check marks, dingbats, some emoji).
SYSTEM_FALLBACKS = (
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/TTF/DejaVuSans.ttf"),
    Path("/Library/Fonts/Arial Unicode.ttf"),
    Path("C:/Windows/Fonts/seguisym.ttf"),
)
# Invisible presentation hints (variation selectors, zero-width joiner) that
# would otherwise show as boxes between the emoji they modify.
_INVISIBLE = frozenset({0x200D, 0xFE0E, 0xFE0F})
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


class FontNotFoundError(RuntimeError):
    """No usable TrueType family: the report cannot be built without one."""


@dataclass(frozen=True)
class FontSet:
    """Registered reportlab font names for one family, and its glyph coverage."""

    regular: str
    bold: str
    italic: str
    bold_italic: str
    covered: frozenset[int]

    def cover(self, markup: str) -> str:
        """Route characters the family lacks to the fallback font.

        Works on escaped markup: only non-ASCII characters are touched, and
        every tag and entity is ASCII, so the markup stays well-formed.
        """
        if markup.isascii():
            return markup
        return _NON_ASCII.sub(self._cover_run, markup)

    def _cover_run(self, match: re.Match[str]) -> str:
        out: list[str] = []
        for ch in match.group():
            code = ord(ch)
            if code in self.covered:
                out.append(ch)
            elif code in _INVISIBLE:
                continue
            else:
                fallback, fallback_covered = _fallback()
                if fallback is not None and code in fallback_covered:
                    out.append(f'<font face="{fallback}">{ch}</font>')
                else:
                    out.append(ch)
        return "".join(out)


def family_files(family: str, folder: Path) -> dict[str, Path] | None:
    """The four style files of ``family`` in ``folder``, or None if any is missing.

    "Source Sans 3" is looked for as ``SourceSans3-Regular.ttf`` and so on,
    the naming every Google/Adobe font release uses.
    """
    stem = family.replace(" ", "")
    files = {style: folder / f"{stem}-{style}.ttf" for style in STYLES}
    return files if all(path.is_file() for path in files.values()) else None


def resolve_family(theme_font: str, folder: Path = FONTS) -> dict[str, Path]:
    """The files to embed: the theme's family, else the shipped one, else any."""
    for family in (theme_font, SHIPPED_FAMILY):
        files = family_files(family, folder)
        if files:
            return files
    for regular in sorted(folder.glob("*-Regular.ttf")) if folder.is_dir() else []:
        files = family_files(regular.name.removesuffix("-Regular.ttf"), folder)
        if files:
            return files
    raise FontNotFoundError(f"{folder}: no TrueType font family (NAME-Regular.ttf, -Bold, ...)")


def register_fonts(theme_font: str, folder: Path = FONTS) -> FontSet:
    """Register the family with reportlab (once per process) and describe it."""
    files = resolve_family(theme_font, folder)
    return _register(tuple(str(files[style]) for style in STYLES))


@lru_cache(maxsize=4)
def _register(paths: tuple[str, ...]) -> FontSet:
    names = [f"Plenum-{Path(p).stem}" for p in paths]
    fonts = [TTFont(name, path) for name, path in zip(names, paths, strict=True)]
    for font in fonts:
        pdfmetrics.registerFont(font)
    regular, bold, italic, bold_italic = names
    pdfmetrics.registerFontFamily(
        regular, normal=regular, bold=bold, italic=italic, boldItalic=bold_italic
    )
    return FontSet(regular, bold, italic, bold_italic, frozenset(fonts[0].face.charToGlyph))


@lru_cache(maxsize=1)
def _fallback() -> tuple[str | None, frozenset[int]]:
    """The first system fallback font, registered the first time a glyph is missing."""
    for path in SYSTEM_FALLBACKS:
        if path.is_file():
            name = f"Plenum-Fallback-{path.stem}"
            try:
                font = TTFont(name, str(path))
            except (OSError, TTFError):
                continue  # an unreadable system font only costs coverage
            pdfmetrics.registerFont(font)
            return name, frozenset(font.face.charToGlyph)
    return None, frozenset()
