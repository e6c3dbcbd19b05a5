"""Plain text as a block, without reportlab's paragraph markup parser.

Everything the report prints is plain text (user text, names, titles); a
reportlab ``Paragraph`` would first escape it to markup and then parse it back
with an HTML parser, and break lines fragment by fragment: about half of the
report's time. ``PlainText`` takes lines of runs (text in one font) instead,
breaks them at spaces with C-accelerated ``stringWidth`` (words wider than the
line are cut between characters, so URLs wrap and nothing is lost), splits
across pages with reportlab's widow and orphan rules, and draws each line as
text, so copy, search and ``pdftotext`` give the original characters.

Line breaks are computed once per width and reused by every later ``wrap``
and by the parts of a split.
"""

from __future__ import annotations

import copy
from bisect import bisect_right
from collections.abc import Callable, Sequence
from functools import lru_cache
from itertools import accumulate
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.pdfgen.canvas import Canvas

from app.report.direction import display_order, paragraph_direction, reading_order
from app.report.fonts import merge_runs
from app.report.layout import Block, PageCanvas
from app.report.text import NBSP

# A run of text in one font; a line is a sequence of runs; a visual line is
# a line as set, with its natural width.
Run = tuple[str, str]
Line = Sequence[Run]
Visual = tuple[Line, float]
_FUZZ = 1e-6


# reportlab's default (rl_config.spaceShrinkage): a line may take a word that
# overflows by up to 5 % of its spaces, which are then drawn that much narrower.
SPACE_SHRINKAGE = 0.05


@lru_cache(maxsize=64)
def _measure(font: str) -> Callable[[str, float], float]:
    """The font's own (C-accelerated) width function, without pdfmetrics' lookup per call."""
    measure: Callable[[str, float], float] = getFont(font).stringWidth
    return measure


def line_width(line: Line, size: float) -> float:
    return sum(_measure(font)(text, size) for text, font in line)


def _words(line: Line) -> list[list[Run]]:
    """A line cut at its spaces into words, each word a list of runs.

    Only U+0020 breaks: tabs and runs of spaces reach here as no-break spaces
    (``text.plain_line``) and stay as visible as the user typed them.
    """
    words: list[list[Run]] = [[]]
    for text, font in line:
        parts = text.split(" ")
        words[-1].append((parts[0], font))
        words.extend([(part, font)] for part in parts[1:])
    return [word for word in words if any(text for text, _ in word)]


def _cut(word: list[Run], first: float, width: float, size: float) -> list[list[Run]]:
    """A word wider than a line, cut between characters: the first piece fits
    ``first`` (it may be empty), the others ``width``; as reportlab's splitLongWords.
    A character wider than a whole line gets a line of its own."""
    pieces: list[list[Run]] = []
    piece: list[Run] = []
    room, used = first, 0.0
    for text, font in word:
        measure = _measure(font)
        for ch in text:
            w = measure(ch, size)
            if used + w > room + _FUZZ and (piece or room < width or w <= width):
                pieces.append(merge_runs(piece))
                piece, room, used = [], width, 0.0
            piece.append((ch, font))
            used += w
    pieces.append(merge_runs(piece))
    return pieces


def break_line(line: Line, width: float, size: float) -> Sequence[Visual]:
    """One hard line as the visual lines it wraps into, each with its natural width.

    A line's natural width may exceed ``width`` by the allowed space
    shrinkage; ``PlainText`` then narrows its spaces when drawing.
    """
    if len(line) == 1:
        fast = _break_run(line[0][0], line[0][1], width, size)
        if fast is not None:
            return fast
    out: list[Visual] = []
    current: list[Run] = []
    used = 0.0
    count = 0
    for word in _words(line):
        w = line_width(word, size)
        if count:
            space = _measure(current[-1][1])(" ", size)
            if used + space + w <= width + SPACE_SHRINKAGE * space * count + _FUZZ:
                current.append((" ", current[-1][1]))
                current.extend(word)
                used += space + w
                count += 1
                continue
        if w <= width + _FUZZ:
            if count:
                out.append((merge_runs(current), used))
            current, used, count = list(word), w, 1
            continue
        start = used + _measure(current[-1][1])(" ", size) if count else 0.0
        pieces = _cut(word, width - start, width, size)
        if count:
            if pieces[0]:
                current += [(" ", current[-1][1]), *pieces[0]]
                used = start + line_width(pieces[0], size)
            out.append((merge_runs(current), used))
            pieces = pieces[1:]
        pieces = [piece for piece in pieces if piece]
        out.extend((piece, line_width(piece, size)) for piece in pieces[:-1])
        current = pieces[-1] if pieces else []
        used, count = line_width(current, size), 1 if pieces else 0
    if current or not out:
        out.append((merge_runs(current), used))
    return out


@lru_cache(maxsize=4096)
def _break_run(text: str, font: str, width: float, size: float) -> tuple[Visual, ...] | None:
    """``break_line`` for a line in one font (nearly every line); None when a word
    is wider than the line.

    The same greedy breaks, found per line instead of per word. A word's
    advance is its width plus ``(1 - SPACE_SHRINKAGE)`` of a space; a line of
    words ``i..j-1`` fits when their advances, less one gap, stay within the
    width, so with running sums of advances the line's end is one ``bisect``
    away (advances come from a cache). Results are cached too: the appendix
    sets every answer a second time, at the same width.
    """
    advances = _advances(font, size)
    words = list(filter(None, text.split(" ")))
    if not words:
        return (((), 0.0),)
    each = list(map(advances.__getitem__, words))
    gap, space = advances.gap, advances.space
    limit = width + _FUZZ + gap
    if max(each) > limit:
        return None
    sums = list(accumulate(each, initial=0.0))
    out: list[Visual] = []
    start, count = 0, len(words)
    while start < count:
        end = bisect_right(sums, sums[start] + limit, start + 1) - 1
        n = end - start
        out.append((((" ".join(words[start:end]), font),),
                    sums[end] - sums[start] - n * gap + (n - 1) * space))
        start = end
    if len(advances) > _WORD_CACHE_SIZE:
        advances.clear()
    return tuple(out)


_WORD_CACHE_SIZE = 20000


class _Advances(dict[str, float]):
    """Word advances in one font and size, measured the first time a word is looked up."""

    def __init__(self, font: str, size: float) -> None:
        super().__init__()
        self._measure = _measure(font)
        self._size = size
        self.space = self._measure(" ", size)
        self.gap = (1 - SPACE_SHRINKAGE) * self.space

    def __missing__(self, word: str) -> float:
        advance = self[word] = self._measure(word, self._size) + self.gap
        return advance


@lru_cache(maxsize=64)
def _advances(font: str, size: float) -> _Advances:
    """Advances of words already measured in ``font`` at ``size``: text repeats its words."""
    return _Advances(font, size)


def draw_runs(canvas: Canvas, x: float, y: float, runs: Line, size: float) -> None:
    """One line of runs at baseline ``(x, y)``, in the canvas's fill colour."""
    text = canvas.beginText(x, y)
    _put(text, display_order(runs, paragraph_direction(runs)), size, "")
    canvas.drawText(text)


def _put(text: Any, runs: Line, size: float, font: str) -> str:
    """Runs into a text object, switching fonts only where they change; the last font."""
    for chunk, face in runs:
        if face != font:
            text.setFont(face, size)
            font = face
        text.textOut(chunk)
    return font


class PlainText:
    """Lines of plain runs set in a ``ParagraphStyle``'s font, size, leading and indents.

    ``bullet`` (runs) hangs at ``style.bulletIndent`` on the first line, for
    list items; the text hangs at ``style.leftIndent``. Lines are set flush
    left, the only alignment the report uses.
    """

    def __init__(self, lines: Sequence[Line], style: ParagraphStyle,
                 bullet: Line | None = None) -> None:
        self.lines = lines
        self.style = style
        self.bullet = bullet
        self._broken: Sequence[Visual] | None = None
        self._directions: Sequence[str | None] = ()  # per set line: its paragraph's, see direction
        self._broken_for = -1.0
        self.space_before: float = style.spaceBefore
        self.space_after: float = style.spaceAfter
        self.width = 0.0
        self.height = 0.0

    # -- layout --------------------------------------------------------------

    def _layout(self, width: float) -> Sequence[Visual]:
        if self._broken is None or abs(width - self._broken_for) > _FUZZ:
            style = self.style
            room = width - style.leftIndent - style.rightIndent
            broken: list[Visual] = []
            directions: list[str | None] = []
            for line in self.lines:
                set_lines = break_line(line, room, style.fontSize)
                broken.extend(set_lines)
                directions.extend([paragraph_direction(line)] * len(set_lines))
            self._broken, self._directions = broken, directions
            self._broken_for = width
        return self._broken

    def wrap(self, width: float, avail: float) -> float:
        self.width = width
        self.height = len(self._layout(width)) * self.style.leading
        return self.height

    def split(self, width: float, avail: float) -> Sequence[Block]:
        """Two parts at a line boundary, or none: never one line alone on a page.

        The same rules as reportlab's paragraphs with ``allowOrphans=0`` and
        ``allowWidows=0``: a first part of one line moves the whole text on;
        a last part of one line takes a second line with it.
        """
        lines = self._layout(width)
        fit = int((avail + _FUZZ) / self.style.leading)
        n = len(lines)
        if fit <= 1:
            return ()
        if n <= fit:
            return (self,)
        if n == fit + 1:
            if n <= 3:
                return ()
            fit -= 1
        directions = self._directions
        return (self._part(lines[:fit], directions[:fit], width, self.bullet, after=0.0),
                self._part(lines[fit:], directions[fit:], width, None, before=0.0))

    def _part(self, lines: Sequence[Visual], directions: Sequence[str | None], width: float,
              bullet: Line | None, before: float | None = None,
              after: float | None = None) -> PlainText:
        # The first part is still what it was (a heading keeps its outline
        # entry); the rest is only text.
        part = copy.copy(self) if after is not None else PlainText([], self.style)
        part.lines = [runs for runs, _ in lines]
        part.bullet = bullet
        part._broken, part._directions, part._broken_for = lines, directions, width
        if before is not None:
            part.space_before = before
        if after is not None:
            part.space_after = after
        return part

    # -- drawing -------------------------------------------------------------

    def draw(self, canvas: PageCanvas, x: float, y: float) -> None:
        style = self.style
        lines = self._layout(self.width)
        if not lines:
            return
        size, leading = style.fontSize, style.leading
        y += self.height - size
        pen = canvas.pen()
        text = pen.text
        pen.colour(style.textColor)
        if self.bullet:
            text.setTextOrigin(x + style.bulletIndent, y)
            for chunk, face in self.bullet:
                pen.font(face, style.bulletFontSize, leading)
                text.textOut(chunk)
        room = self.width - style.leftIndent - style.rightIndent
        # A text origin, then one line after another (T*, by the leading): no
        # position to format and no width to measure per line. An empty line
        # draws nothing (so sets no leading): the next line gets an origin.
        left, moved = x + style.leftIndent, True
        for (runs, width), direction in zip(lines, self._directions, strict=True):
            if not runs:
                y -= leading
                moved = True
                continue
            if direction is not None:
                self._draw_in_reading_order(pen, display_order(runs, direction), left, y,
                                            (room - width) if width > room + _FUZZ else 0.0)
                y -= leading
                moved = True
                continue
            if moved:
                text.setTextOrigin(left, y)
                moved = False
            y -= leading
            spaces = 0
            if width > room + _FUZZ:
                spaces = sum(chunk.count(" ") + chunk.count(NBSP) for chunk, _ in runs)
            if spaces:
                text.setWordSpace((room - width) / spaces)
            for chunk, face in runs[:-1]:
                pen.font(face, size, leading)
                text.textOut(chunk)
            chunk, face = runs[-1]
            pen.font(face, size, leading)
            text.textLine(chunk)
            if spaces:
                text.setWordSpace(0)

    def _draw_in_reading_order(self, pen: Any, shown: Line, left: float, y: float,
                               shrink: float) -> None:
        """A line holding right-to-left text: its pieces placed one by one, in reading
        order (``direction.reading_order``); ``shrink`` (negative) is taken from its spaces."""
        size, leading = self.style.fontSize, self.style.leading
        spaces = sum(chunk.count(" ") + chunk.count(NBSP) for chunk, _ in shown)
        per_space = shrink / spaces if spaces else 0.0

        def advance(piece: str, face: str) -> float:
            return _measure(face)(piece, size) + per_space * (piece.count(" ") + piece.count(NBSP))

        for piece, face, offset in reading_order(shown, advance):
            pen.text.setTextOrigin(left + offset, y)
            pen.font(face, size, leading)
            pen.text.textOut(piece)
