"""Right-to-left text (Hebrew, Arabic) in the report: joined letters, drawn in display order.

A PDF draws glyphs left to right in the order it is given them, and a reader
of the text layer (``pdftotext``, copy and paste, search) takes right-to-left
letters drawn that way as display order and turns them back. So the report
hands reportlab what a screen would show: Arabic letters in their joined
forms (``arabic_reshaper``; reportlab does no shaping), and each set line
reordered by the Unicode bidirectional algorithm (``python-bidi``), with the
paragraph's direction from its first strong letter. Then the page reads
right and ``pdftotext`` gives the letters back in the order they were typed.
The pieces of a line are written into the PDF in reading order, each at its
place on the line (``reading_order``), so readers that follow the content's
order (``pdftotext -raw``, some copy and paste) get the words in the order
they were typed too. Lines are still set flush left; the report's own words
are left to right.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence

# arabic_reshaper and python-bidi are imported where a text needs them (~13 ms
# that a report without right-to-left text does not pay).

Run = tuple[str, str]

# Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic and their presentation forms.
_RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\U00010800-\U00010fff"
                            "\U0001e800-\U0001efff]")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")


def joined(text: str) -> str:
    """``text`` with Arabic letters in the form their neighbours give them (initial,
    medial, final, and lam-alef as one), as the font's presentation forms."""
    if not _ARABIC.search(text):
        return text
    import arabic_reshaper

    reshaped: str = arabic_reshaper.reshape(text)
    return reshaped


def paragraph_direction(runs: Sequence[Run]) -> str | None:
    """``"R"`` or ``"L"`` for a line of runs holding right-to-left letters (from its
    first strong letter), None when it holds none and needs no reordering."""
    text = "".join(chunk for chunk, _ in runs)
    if not _RIGHT_TO_LEFT.search(text):
        return None
    from bidi.wrapper import get_base_level

    return "R" if get_base_level(text) else "L"


def display_order(runs: Sequence[Run], direction: str | None) -> list[Run]:
    """A set line's runs in the order they are drawn, left to right.

    Each character keeps its font: a line's fonts are usually one face and
    the fallbacks for the characters it lacks, so the font follows the
    character. When the same character is set in two fonts on one line
    (bold beside regular), each run is reordered by itself instead.
    """
    if direction is None:
        return list(runs)
    from bidi.algorithm import get_display

    faces: dict[str, str] = {}
    for chunk, face in runs:
        for char in chunk:
            if faces.setdefault(char, face) != face:
                return [(get_display(chunk, base_dir=direction), face) for chunk, face in runs]
    shown = get_display("".join(chunk for chunk, _ in runs), base_dir=direction)
    first = runs[0][1]
    out: list[Run] = []
    for char in shown:
        face = faces.get(char, first)  # a mirrored bracket: the font of the line's start
        if out and out[-1][1] == face:
            out[-1] = (out[-1][0] + char, face)
        else:
            out.append((char, face))
    return out


Placed = tuple[str, str, float]  # text, font, its left edge from the line's start


def reading_order(shown: Sequence[Run], advance: Callable[[str, str], float]) -> list[Placed]:
    """The pieces of a line drawn as ``shown`` (display order), each with its place,
    listed in reading order: the words of a right-to-left stretch last to first.

    ``advance(text, font)`` is a piece's width. Pieces are cut at spaces and
    font changes; a stretch runs from a right-to-left word to the last one
    before a left-to-right word, taking the spaces, digits and punctuation
    between them along.
    """
    pieces: list[Placed] = []
    x = 0.0
    for chunk, face in shown:
        for piece in _SPACES.split(chunk):
            if piece:
                pieces.append((piece, face, x))
                x += advance(piece, face)
    ordered: list[Placed] = []
    start = 0
    while start < len(pieces):
        if not _RIGHT_TO_LEFT.search(pieces[start][0]):
            ordered.append(pieces[start])
            start += 1
            continue
        end = last = start
        while end + 1 < len(pieces) and not _left_to_right(pieces[end + 1][0]):
            end += 1
            if _RIGHT_TO_LEFT.search(pieces[end][0]):
                last = end
        ordered.extend(reversed(pieces[start:last + 1]))
        start = last + 1
    return ordered


_SPACES = re.compile("([ \u00a0]+)")


def _left_to_right(text: str) -> bool:
    return any(unicodedata.bidirectional(char) == "L" for char in text)
