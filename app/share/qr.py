"""A link as a QR code: the dark modules of the symbol, for any painter to draw.

segno makes the symbol; it is imported on the first code made, so only a
facilitator who shares the room loads it. The console (``QPainter``), the
projector's "Bli med" screen and the printed handout (reportlab) all draw the
same ``QrCode`` as filled squares, so each draws crisp at its own scale
instead of scaling a bitmap.

Error correction "M" (15 % of the symbol may be lost) with segno's boost: a
projector's glare or a crumpled table card still scans, and the room's links
(about 60 characters) stay at version 5, 37 modules a side, large enough per
module to read from the back of the room.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

QUIET_ZONE = 4  # modules of light margin the standard asks for around the symbol


@dataclass(frozen=True)
class QrCode:
    """``rows[y][x]`` is True for a dark module; the quiet zone is not included.

    ``runs``: the dark modules merged into horizontal runs ``(x, y, length)``,
    found once when the code is made (the console and the projector draw them
    on every paint). Drawing runs instead of single squares leaves no hairline
    seams between neighbours when a painter antialiases, and is ~4x fewer shapes.
    """

    text: str
    rows: tuple[tuple[bool, ...], ...]
    runs: tuple[tuple[int, int, int], ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "runs", _dark_runs(self.rows))

    @property
    def size(self) -> int:
        """Modules per side, without the quiet zone."""
        return len(self.rows)


def _dark_runs(rows: tuple[tuple[bool, ...], ...]) -> tuple[tuple[int, int, int], ...]:
    found: list[tuple[int, int, int]] = []
    for y, row in enumerate(rows):
        x = 0
        while x < len(row):
            if row[x]:
                start = x
                while x < len(row) and row[x]:
                    x += 1
                found.append((start, y, x - start))
            else:
                x += 1
    return tuple(found)


@lru_cache(maxsize=64)
def qr_code(text: str) -> QrCode:
    """The QR code for ``text`` (a link), cached: the same links are drawn every repaint."""
    import segno

    symbol = segno.make(text, error="m", micro=False)
    rows = tuple(tuple(bool(module) for module in row) for row in symbol.matrix)
    return QrCode(text, rows)
