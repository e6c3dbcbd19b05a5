"""User text as lines to set, keeping every character the user typed.

Summaries are plain text (docs/event-format.md: no markup is ever interpreted). The
report sets them with ``PlainText``, which never parses anything; here their
shape is made explicit: line breaks stay lines, list lines become items with
their own marker, tabs and runs of spaces become no-break spaces so they stay
visible, and the event file's ``**bold**``/``*italic*`` become spans.
Pure string work, no reportlab, so it is fast to test exhaustively.
"""

from __future__ import annotations

import re
from typing import NamedTuple

# The character, not the ``&nbsp;`` entity (an entity splits a reportlab
# paragraph into fragments, a path ten times slower).
NBSP = "\u00a0"
TAB = NBSP * 4

# "- x", "• x", "* x", en dash, "1. x", "1) x", "a) x": a marker, then a space.
_LIST_LINE = re.compile(
    r"^(?P<indent>[ \t]*)(?P<marker>[-\u2022*\u2013]|\d{1,3}[.)]|[a-zA-Z]\))[ \t]+(?P<rest>.*)$"
)
_SPACE_RUN = re.compile(r"  +")
# C0 controls other than tab and line breaks, and DEL: no font draws them, so
# they would vanish from the page without a trace; each is shown as its Unicode
# control picture instead (BEL as ␇, ESC as ␛, NUL as ␀, DEL as ␡). Line-break-like
# controls (VT, FF from Word) are split on instead.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_DELETE_PICTURE = "\u2421"
_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
_ITALIC = re.compile(r"(?<![*\w])\*(?=[^\s*])([^*]+?)(?<=[^\s*])\*(?![*\w])")


class TextBlock(NamedTuple):
    """One paragraph-to-be: running text, or a list item with its own marker.

    ``lines`` are the block's lines (``plain_line``); ``marker`` is set for a
    list item, whose wrapped lines hang under its text; ``depth`` is how far
    the user indented it (0 for an outermost item).
    """

    lines: tuple[str, ...]
    marker: str | None = None
    depth: int = 0
    gap_before: bool = False


def visible_controls(text: str) -> str:
    """``text`` with each control character (but tab and line breaks) as its control picture."""
    if not _CONTROL.search(text):
        return text
    return _CONTROL.sub(lambda m: _DELETE_PICTURE if m.group() == "\x7f" else chr(0x2400 + ord(m.group())),
                        text)


def plain_line(line: str) -> str:
    """One line of user text to set: controls made visible, tabs and space runs kept visible.

    Only a single space between words stays breakable; the first of a run
    stays a space so a line can still wrap there.
    """
    text = visible_controls(line).replace("\t", TAB)
    if "  " in text:
        text = _SPACE_RUN.sub(lambda m: " " + NBSP * (len(m.group()) - 1), text)
    if text.startswith(" "):
        text = NBSP + text[1:]
    return text


def plain_lines(text: str) -> list[str]:
    """A short user string (a name, a title) as lines to set; newlines kept."""
    return [plain_line(line) for line in text.splitlines()]


# A span of event-file text: (text, bold, italic).
Span = tuple[str, bool, bool]


def emphasis(text: str) -> list[list[Span]]:
    """Event-file text as lines of spans: only ``**bold**`` and ``*italic*`` honoured.

    docs/event-format.md allows Markdown inline emphasis in the event file and
    nothing else; every other character is text.
    """
    lines: list[list[Span]] = []
    for line in plain_lines(text):
        spans: list[Span] = []
        start = 0
        for match in _BOLD.finditer(line):
            spans += _italics(line[start:match.start()], bold=False)
            spans += _italics(match.group(1), bold=True)
            start = match.end()
        spans += _italics(line[start:], bold=False)
        lines.append([span for span in spans if span[0]])
    return lines


def _italics(text: str, *, bold: bool) -> list[Span]:
    spans: list[Span] = []
    start = 0
    for match in _ITALIC.finditer(text):
        spans += [(text[start:match.start()], bold, False), (match.group(1), bold, True)]
        start = match.end()
    spans.append((text[start:], bold, False))
    return spans


def split_marker(line: str) -> tuple[str | None, str]:
    """``("a)", "Drøfte ...")`` for a line that starts with a list marker, else ``(None, line)``."""
    item = _LIST_LINE.match(line)
    return (item.group("marker"), item.group("rest")) if item else (None, line)


def text_blocks(text: str) -> list[TextBlock]:
    """Split a summary into paragraphs and list items, keeping every line.

    A blank line starts a new paragraph; other line breaks stay line breaks. A
    list line is its own block. An indented line right after a list item
    continues that item, as people type a wrapped bullet in a plain editor.
    """
    blocks: list[TextBlock] = []
    lines: list[str] = []
    marker: str | None = None
    depth = 0
    gap = False

    def flush() -> None:
        nonlocal lines, marker, gap
        if lines:
            blocks.append(TextBlock(tuple(lines), marker, depth, gap))
            gap = False
        lines, marker = [], None

    for raw in text.splitlines():
        if not raw.strip():
            flush()
            gap = bool(blocks)
            continue
        item = _LIST_LINE.match(raw)
        if item:
            flush()
            marker = item.group("marker")
            depth = _depth(item.group("indent"))
            lines = [plain_line(item.group("rest"))]
        elif marker is not None and raw[:1] in (" ", "\t"):
            lines.append(plain_line(raw.strip()))
        else:
            if marker is not None:
                flush()
            lines.append(plain_line(raw))
    flush()
    return blocks


def _depth(indent: str) -> int:
    width = sum(4 if ch == "\t" else 1 for ch in indent)
    return min(width // 2, 4)
