"""The report's typography: one calm text face, the event's accent for structure.

A secretariat forwards this document to politicians, so it reads like a
well-set memo: 10.5 pt text on a 15 pt leading, generous margins, headings in
the theme's accent colour (darkened when a bright slide accent would be
unreadable on white paper), tables with a tinted header row and hairlines.
"""

from __future__ import annotations

from typing import NamedTuple

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from app.event.model import Theme
from app.report.fonts import FontSet

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT = MARGIN_RIGHT = 24 * mm
MARGIN_TOP = 26 * mm
MARGIN_BOTTOM = 22 * mm
TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
TEXT_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
BODY_SIZE = 10.5
BODY_LEADING = 15
MUTED = "#6b6b6b"
RULE = "#c9c9c9"


class Palette(NamedTuple):
    accent: colors.Color
    tint: colors.Color
    ink: colors.Color
    muted: colors.Color
    rule: colors.Color


class Styles(NamedTuple):
    """Every paragraph style the report uses, built from one font set and palette."""

    fonts: FontSet
    palette: Palette
    body: ParagraphStyle
    item: ParagraphStyle
    empty: ParagraphStyle
    prompt: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    kicker: ParagraphStyle
    meta: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    cover_title: ParagraphStyle
    cover_line: ParagraphStyle
    cover_kind: ParagraphStyle
    toc: tuple[ParagraphStyle, ParagraphStyle]


def _rgb(hex_colour: str) -> tuple[float, float, float]:
    value = hex_colour.lstrip("#")
    if len(value) == 3:
        value = "".join(ch * 2 for ch in value)
    if len(value) != 6:
        return (0.0, 0.43, 0.42)
    try:
        r, g, b = (int(value[i : i + 2], 16) / 255 for i in (0, 2, 4))
    except ValueError:
        return (0.0, 0.43, 0.42)
    return (r, g, b)


def _luminance(rgb: tuple[float, float, float]) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def readable_on_white(hex_colour: str, min_contrast: float = 4.5) -> tuple[float, float, float]:
    """The colour, darkened just enough to reach WCAG AA contrast on white paper."""
    rgb = _rgb(hex_colour)
    while (1.05 / (_luminance(rgb) + 0.05)) < min_contrast:
        rgb = (rgb[0] * 0.92, rgb[1] * 0.92, rgb[2] * 0.92)
    return rgb


def palette(theme: Theme) -> Palette:
    accent = readable_on_white(theme.accent)
    text = readable_on_white(theme.text, 10.0)
    tint = tuple(1 - (1 - c) * 0.12 for c in accent)
    return Palette(
        accent=colors.Color(*accent),
        tint=colors.Color(*tint),
        ink=colors.Color(*text),
        muted=colors.HexColor(MUTED),
        rule=colors.HexColor(RULE),
    )


def make_styles(fonts: FontSet, theme: Theme) -> Styles:
    pal = palette(theme)
    body = ParagraphStyle(
        "body",
        fontName=fonts.regular,
        fontSize=BODY_SIZE,
        leading=BODY_LEADING,
        textColor=pal.ink,
        alignment=TA_LEFT,
        spaceAfter=5,
        splitLongWords=True,
        allowWidows=0,
        allowOrphans=0,
    )

    def derive(name: str, **changes: object) -> ParagraphStyle:
        return ParagraphStyle(name, parent=body, **changes)

    return Styles(
        fonts=fonts,
        palette=pal,
        body=body,
        item=derive("item", leftIndent=14, bulletIndent=0, spaceAfter=2, bulletFontName=fonts.regular),
        empty=derive("empty", fontName=fonts.italic, textColor=pal.muted),
        prompt=derive("prompt", fontName=fonts.italic, spaceAfter=4),
        h1=derive(
            "h1", fontName=fonts.bold, fontSize=20, leading=25, textColor=pal.accent, spaceAfter=14
        ),
        h2=derive(
            "h2", fontName=fonts.bold, fontSize=14.5, leading=19, spaceBefore=4, spaceAfter=8
        ),
        h3=derive(
            "h3", fontName=fonts.bold, fontSize=11.5, leading=15, textColor=pal.accent,
            spaceBefore=10, spaceAfter=4,
        ),
        kicker=derive(
            "kicker", fontName=fonts.bold, fontSize=8.5, leading=11, textColor=pal.accent,
            spaceBefore=12, spaceAfter=2,
        ),
        meta=derive("meta", fontSize=9.5, leading=13, textColor=pal.muted, spaceAfter=8),
        cell=derive("cell", fontSize=9.5, leading=12.5, spaceAfter=0),
        cell_head=derive("cell_head", fontName=fonts.bold, fontSize=9, leading=12, spaceAfter=0),
        cover_title=derive(
            "cover_title", fontName=fonts.bold, fontSize=30, leading=36, spaceAfter=18
        ),
        cover_line=derive("cover_line", fontSize=13, leading=19, spaceAfter=2),
        cover_kind=derive(
            "cover_kind", fontName=fonts.bold, fontSize=15, leading=20, textColor=pal.accent,
            spaceAfter=6,
        ),
        toc=(
            derive("toc0", fontName=fonts.bold, fontSize=11, leading=15, spaceBefore=8,
                   spaceAfter=0, leftIndent=0, firstLineIndent=0, rightIndent=12),
            derive("toc1", fontSize=10, leading=14, spaceAfter=0, leftIndent=14,
                   firstLineIndent=0, rightIndent=12),
        ),
    )
