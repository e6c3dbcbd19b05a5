"""The people layout: a grid of cards, each with an initials badge, name, role and note.

Any number of people: the grid picks its columns so that cards stay wide
enough for a role of a few words, and centres a short last row.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF

from app.event.model import Person
from app.render.plan import Disc, Frame, Item, Text, fill, heading
from app.render.text_fit import LaidText, Para

NAME_PX, ROLE_PX, NOTE_PX = 46.0, 36.0, 32.0
BADGE = 128.0  # diameter at scale 1
GUTTER = 48.0
MIN_CARD = 480.0  # badge plus "Kommunikasjon," at full size


def columns_for(count: int, width: float) -> int:
    """Three across at most for up to nine people, then roughly square; never cards
    too narrow for a role of a few words (so two across on a 4:3 canvas)."""
    if count <= 3:
        wanted = max(count, 1)
    elif count == 4:
        wanted = 2
    elif count <= 9:
        wanted = 3
    else:
        wanted = math.ceil(math.sqrt(count))
    room = max(1, int((width + GUTTER) // (MIN_CARD + GUTTER)))
    return min(wanted, room) if count <= 9 else wanted


def initials(name: str) -> str:
    letters = [word[0] for word in name.split() if word[:1].isalpha()]
    return "".join(letters[:1] + letters[1:][-1:]).upper() or "?"


def people_slide(frame: Frame, scale: float) -> tuple[list[Item], float]:
    items, top = heading(frame, scale)
    people = frame.slide.people
    if not people:
        return items, 0.0
    cols = columns_for(len(people), frame.content_width)
    rows = math.ceil(len(people) / cols)
    cell_w = (frame.content_width - GUTTER * (cols - 1)) / cols
    badge = BADGE * scale
    text_w = cell_w - badge - 32 * scale
    cards = [_card(frame, person, text_w, scale) for person in people]
    row_heights = [max(max(badge, c.height) for c in cards[r * cols:(r + 1) * cols])
                   for r in range(rows)]
    row_gap = 64 * scale
    total = sum(row_heights) + row_gap * (rows - 1)
    available = frame.body_bottom - top
    y = top + max(0.0, (available - total) / 3)
    for r in range(rows):
        row = list(zip(people[r * cols:(r + 1) * cols], cards[r * cols:(r + 1) * cols],
                       strict=True))
        row_w = len(row) * cell_w + (len(row) - 1) * GUTTER
        x = frame.margin + (frame.content_width - row_w) / 2
        for person, card in row:
            items.extend(_badge(frame, person, QRectF(x, y, badge, badge)))
            items.append(Text(card, QPointF(x + badge + 32 * scale, y + 10 * scale)))
            x += cell_w + GUTTER
        y += row_heights[r] + row_gap
    broken = any(card.broken_words for card in cards)
    return items, fill(top + total, frame.body_bottom, broken=broken)


def _card(frame: Frame, person: Person, width: float, scale: float) -> LaidText:
    paras: list[Para] = [frame.para(person.name, NAME_PX, bold=True, line_height=1.15)]
    if person.role:
        paras.append(frame.para(person.role, ROLE_PX, line_height=1.2, space_before=0.25))
    if person.note:
        paras.append(frame.para(person.note, NOTE_PX, italic=True, color=frame.palette.muted,
                                line_height=1.2, space_before=0.35))
    return frame.lay_out(paras, width, scale)


def _badge(frame: Frame, person: Person, rect: QRectF) -> list[Item]:
    size = rect.height() * 0.4
    letters = frame.lay_out([frame.para(initials(person.name), size, bold=True,
                                         color=frame.palette.on_accent, align="center")],
                             rect.width(), 1.0)
    top = rect.center().y() - letters.first_baseline / 2  # caps centred
    return [Disc(rect, frame.palette.accent), Text(letters, QPointF(rect.left(), top))]
