"""The colours a slide is drawn in, derived from the theme's three, and their contrast.

A theme names only background, text and accent; the quieter footer colour,
the text drawn on an accent panel and the hairlines are derived here, in one
place, so the painter and the legibility check judge the same colours.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtGui import QColor

from app.event.model import Theme

AA_CONTRAST = 4.5  # WCAG 2 level AA for body text


@dataclass(frozen=True)
class Palette:
    background: QColor
    text: QColor
    accent: QColor
    muted: QColor  # footer, slide number, roles and notes
    on_accent: QColor  # text on an accent panel (title slide, initials)
    hairline: QColor  # rules between timetable rows
    tint: QColor  # a faint accent wash (image placeholder)


@lru_cache(maxsize=8)
def palette_for(theme: Theme) -> Palette:
    """The theme's colours, worked out once per theme (every slide's layout asks).

    The colours are shared: copy one (``QColor(c)``) before changing it.
    """
    background = _color(theme.background, "#ffffff")
    text = _color(theme.text, "#1f1f1f")
    accent = _color(theme.accent, "#006e6a")
    on_accent = max((background, text), key=lambda c: contrast_ratio(c, accent))
    return Palette(
        background=background,
        text=text,
        accent=accent,
        muted=_quieter(text, background),
        on_accent=on_accent,
        hairline=mix(text, background, 0.18),
        tint=mix(accent, background, 0.08),
    )


def _quieter(text: QColor, background: QColor) -> QColor:
    """Text colour softened toward the background, but never below AA if the text itself passes."""
    for amount in (0.72, 0.8, 0.88, 0.94):
        candidate = mix(text, background, amount)
        if contrast_ratio(candidate, background) >= AA_CONTRAST:
            return candidate
    return QColor(text)


def mix(foreground: QColor, background: QColor, amount: float) -> QColor:
    """``amount`` of ``foreground`` laid over ``background`` (0 gives the background)."""
    return QColor.fromRgbF(
        *(f * amount + b * (1 - amount)
          for f, b in zip(_rgb(foreground), _rgb(background), strict=True))
    )


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio, 1.0 (none) to 21.0 (black on white)."""
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _luminance(color: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in _rgb(color))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _rgb(color: QColor) -> tuple[float, float, float]:
    return color.redF(), color.greenF(), color.blueF()


def _color(name: str, fallback: str) -> QColor:
    color = QColor(name)
    return color if color.isValid() else QColor(fallback)
