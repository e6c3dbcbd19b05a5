"""The printed handout: one A4 page of table cards, one per group, to cut apart.

Each card has the group's name and room, its link as a QR code, and the
link typed out for a device whose camera will not scan. Everything on the
card is plain text drawn as text (``pdftotext`` finds the names and links),
never reportlab markup: a group called "<b>" or "AT&T" is printed as typed.
Names and rooms use the report's embedded family with its fallbacks (Sámi,
emoji); the link uses Courier, whose 0/O and 1/l/I differ, for typing by hand.

Up to ``PER_PAGE`` cards share a page, in the grid that gives the largest QR
code; more groups than that continue on further pages. The file is written
through ``app.files`` (temporary file, fsync, rename), so a failed write
leaves the old handout and a ``WriteFailed`` that says why.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from app.files import atomic_output
from app.report.fonts import FontSet, register_fonts
from app.report.plaintext import break_line, draw_runs
from app.share.cards import JoinCard
from app.share.qr import QUIET_ZONE, qr_code

PAGE: tuple[float, float] = A4
PER_PAGE = 12
# A card narrower than a third of the page would break the typed link inside its token.
MAX_COLUMNS = 3
MAX_ENLARGE = 1.5
MARGIN: float = 10 * mm
PADDING: float = 5 * mm
GAP: float = 1.5 * mm  # between the words and the code
LINK_FONT = "Courier-Bold"
LINK_PX = (10.5, 7.0)  # largest and smallest size of the typed link
NAME_PX = (22.0, 11.0)
ROOM_PX = 11.0
SMALL_PX = 7.5
INK = (0.07, 0.08, 0.1)
MUTED = (0.38, 0.41, 0.45)
CUT = (0.72, 0.74, 0.77)
LANG_TAGS = {"nb": "nb-NO", "en": "en"}


@dataclass(frozen=True)
class HandoutWords:
    """The handout's fixed words in the UI's language (the caller translates them).

    ``event`` is the event's title, printed small on each card so a card
    found later says what it was for; ``scan`` tells what to do with the code.
    """

    event: str
    scan: str
    pdf_title: str
    language: str = "nb"


def write_handout(cards: Sequence[JoinCard], out: Path, words: HandoutWords,
                  theme_font: str = "") -> Path:
    """Write the handout PDF to ``out`` atomically; raises ``app.files.WriteFailed``."""
    fonts = register_fonts(theme_font)
    with atomic_output(out) as file:
        canvas = Canvas(file, pagesize=PAGE, pageCompression=1,
                        lang=LANG_TAGS.get(words.language, words.language),
                        initialFontName=fonts.regular, initialFontSize=10)
        canvas.setTitle(words.pdf_title)
        canvas.setSubject(words.event)
        canvas.setCreator("Plenum")
        pages = [cards[i:i + PER_PAGE] for i in range(0, len(cards), PER_PAGE)] or [[]]
        for page in pages:
            _draw_page(canvas, fonts, page, words)
            canvas.showPage()
        canvas.save()
    return out


def grid_for(count: int) -> tuple[int, int, float]:
    """Columns, rows and enlargement for ``count`` cards on one page.

    The grid with the largest code wins, but one with fewer (wider) columns
    is kept unless another gives a code a tenth larger: wider cards fit the
    typed link on fewer lines and their words larger.
    """
    width, height = PAGE[0] - 2 * MARGIN, PAGE[1] - 2 * MARGIN
    best: tuple[float, int, int, float] = (-1.0, 1, 1, 1.0)
    for columns in range(1, MAX_COLUMNS + 1):
        rows = max(1, math.ceil(count / columns))
        scale = _enlargement(width / columns)
        side = _qr_side(width / columns / scale, height / rows / scale) * scale
        if side > best[0] * 1.1:
            best = (side, columns, rows, scale)
    return best[1], best[2], best[3]


def _enlargement(card_width: float) -> float:
    """Large cards (four or fewer groups) get larger words, as if a smaller card were enlarged."""
    return min(MAX_ENLARGE, max(1.0, card_width / (PAGE[0] - 2 * MARGIN) * MAX_COLUMNS))


def _text_height() -> float:
    """Room the card's words take besides the code, with a two-line link at a small size."""
    return (SMALL_PX * 1.3 + NAME_PX[0] * 0.8 * 1.35 + ROOM_PX * 1.3 + SMALL_PX * 1.3
            + 2 * LINK_PX[1] * 1.3 + 2 * GAP)


def _qr_side(card_width: float, card_height: float) -> float:
    return max(0.0, min(card_width - 2 * PADDING, card_height - 2 * PADDING - _text_height()))


def _draw_page(canvas: Canvas, fonts: FontSet, cards: Sequence[JoinCard], words: HandoutWords) -> None:
    width, height = PAGE[0] - 2 * MARGIN, PAGE[1] - 2 * MARGIN
    columns, rows, scale = grid_for(len(cards))
    card_w, card_h = width / columns, height / rows
    canvas.setStrokeColorRGB(*CUT)
    canvas.setLineWidth(0.5)
    canvas.setDash(3, 3)
    for column in range(1, columns):
        x = MARGIN + column * card_w
        canvas.line(x, MARGIN, x, MARGIN + height)
    for row in range(1, rows):
        y = MARGIN + row * card_h
        canvas.line(MARGIN, y, MARGIN + width, y)
    canvas.setDash()
    card_w, card_h = card_w / scale, card_h / scale
    inner = card_w - 2 * PADDING
    texts = [_card_text(fonts, card, words, inner) for card in cards]
    side = max(0.0, min([inner, *(card_h - 2 * PADDING - text.height for text in texts)]))
    for index, (card, text) in enumerate(zip(cards, texts, strict=True)):
        column, row = index % columns, index // columns
        canvas.saveState()
        canvas.translate(MARGIN + column * card_w * scale, MARGIN + height - row * card_h * scale)
        canvas.scale(scale, scale)
        _draw_card(canvas, text, card.url, side, 0.0, 0.0, card_w, card_h)
        canvas.restoreState()


Runs = list[tuple[str, str]]


@dataclass(frozen=True)
class _CardText:
    """A card's words, wrapped for its width, and the height they take."""

    title: list[Runs]
    name_size: float
    name: list[Runs]
    room: list[Runs]
    hint: list[Runs]
    link_size: float
    link: list[str]

    @property
    def height(self) -> float:
        return (len(self.title) * SMALL_PX * 1.3 + self.name_size * (0.15 + 1.2 * len(self.name))
                + len(self.room) * ROOM_PX * 1.3 + len(self.hint) * SMALL_PX * 1.3
                + len(self.link) * self.link_size * 1.3 + 2 * GAP)


def _card_text(fonts: FontSet, card: JoinCard, words: HandoutWords, width: float) -> _CardText:
    name_size, name = _fit_name(fonts, card.group, width)
    link_size, link = _fit_link(card.url, width)
    return _CardText(
        title=_wrapped(fonts, words.event, fonts.regular, SMALL_PX, width)[:1],
        name_size=name_size, name=name,
        room=_wrapped(fonts, card.room, fonts.regular, ROOM_PX, width)[:2] if card.room else [],
        hint=_wrapped(fonts, words.scan, fonts.regular, SMALL_PX, width)[:2],
        link_size=link_size, link=link,
    )


def _draw_card(canvas: Canvas, text: _CardText, url: str, side: float,
               left: float, top: float, width: float, height: float) -> None:
    """Title, name, room, code, hint and link, centred on the card as one column.

    Every code on a page has the same ``side``; ``y`` is always the top of
    the space left, each line's baseline one size below it.
    """
    x = left + PADDING
    y = top - (height - text.height - side) / 2
    canvas.setFillColorRGB(*MUTED)
    y = _draw_lines(canvas, text.title, x, y, SMALL_PX)
    canvas.setFillColorRGB(*INK)
    y = _draw_lines(canvas, text.name, x, y - text.name_size * 0.15, text.name_size, leading=1.2)
    canvas.setFillColorRGB(*MUTED)
    y = _draw_lines(canvas, text.room, x, y, ROOM_PX) - GAP
    _draw_qr(canvas, url, left + (width - side) / 2, y - side, side)
    y = _draw_lines(canvas, text.hint, x, y - side - GAP, SMALL_PX)
    canvas.setFillColorRGB(*INK)
    canvas.setFont(LINK_FONT, text.link_size)
    for line in text.link:
        canvas.drawString(x, y - text.link_size, line)
        y -= text.link_size * 1.3


def _wrapped(fonts: FontSet, text: str, font: str, size: float, width: float) -> list[Runs]:
    """Plain ``text`` (spaces and line breaks collapsed) as the lines it wraps into at ``width``."""
    return [list(runs) for runs, _ in break_line(fonts.runs(" ".join(text.split()), font), width, size)]


def _draw_lines(canvas: Canvas, lines: list[Runs], x: float, y: float, size: float,
                leading: float = 1.3) -> float:
    """Lines below ``y``; returns the top of the space left under them."""
    for runs in lines:
        draw_runs(canvas, x, y - size, runs, size)
        y -= size * leading
    return y


def _fit_name(fonts: FontSet, name: str, width: float) -> tuple[float, list[Runs]]:
    """The group's name on one line down to a middle size, else on two, else three small ones."""
    size, middle = NAME_PX[0], (NAME_PX[0] + NAME_PX[1]) / 2
    while True:
        lines = _wrapped(fonts, name, fonts.bold, size, width)
        if len(lines) == 1 or (len(lines) == 2 and size <= middle) or size <= NAME_PX[1]:
            return size, lines[:3]
        size -= 1.0


def _fit_link(url: str, width: float) -> tuple[float, list[str]]:
    """The link on one line if it fits at a readable size, else broken after a "/"."""
    for lines in ([url], _split_url(url)):
        longest = max(stringWidth(line, LINK_FONT, 1.0) for line in lines)
        size = min(LINK_PX[0], width / longest)
        if size >= LINK_PX[1]:
            return size, lines
    return LINK_PX[1], _wrap_chars(url, int(width / stringWidth("M", LINK_FONT, LINK_PX[1])))


def _split_url(url: str) -> list[str]:
    """Two lines, broken after the "/" nearest the middle (the token stays whole)."""
    cuts = [i + 1 for i, ch in enumerate(url.rstrip("/")) if ch == "/" and i > url.find("//") + 1]
    if not cuts:
        return [url]
    cut = min(cuts, key=lambda i: abs(i - len(url) / 2))
    return [url[:cut], url[cut:]]


def _wrap_chars(text: str, per_line: int) -> list[str]:
    per_line = max(1, per_line)
    return [text[i:i + per_line] for i in range(0, len(text), per_line)]


def _draw_qr(canvas: Canvas, url: str, x: float, y: float, side: float) -> None:
    """The code as filled squares, its quiet zone inside ``side`` (white paper is the light)."""
    code = qr_code(url)
    module = side / (code.size + 2 * QUIET_ZONE)
    origin_x = x + QUIET_ZONE * module
    origin_top = y + side - QUIET_ZONE * module
    canvas.setFillColorRGB(0, 0, 0)
    path = canvas.beginPath()
    for column, row, length in code.runs:
        path.rect(origin_x + column * module, origin_top - (row + 1) * module, length * module, module)
    canvas.drawPath(path, stroke=0, fill=1)
