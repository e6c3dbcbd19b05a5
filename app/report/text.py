"""User text to reportlab paragraph markup, keeping every character the user typed.

A reportlab ``Paragraph`` is markup: ``<b>`` turns bold, a lone ``&`` or
``5 < 7`` raises, newlines collapse and ``<img src=...>`` reads local files.
Summaries are plain text (deck-format.md: no markup is ever interpreted), so
every string is escaped here and its shape is rebuilt explicitly: line breaks
become ``<br/>``, list lines stay lines with their own marker, tabs and runs of
spaces become non-breaking spaces so they stay visible. Pure string work, no
reportlab, so it is fast to test exhaustively.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from xml.sax.saxutils import escape

# The character, not the ``&nbsp;`` entity: an entity splits the paragraph into
# fragments, which sends reportlab's line breaking down a path ten times slower.
NBSP = "\u00a0"
TAB = NBSP * 4

# "- x", "• x", "* x", en dash, "1. x", "1) x", "a) x": a marker, then a space.
_LIST_LINE = re.compile(
    r"^(?P<indent>[ \t]*)(?P<marker>[-\u2022*\u2013]|\d{1,3}[.)]|[a-zA-Z]\))[ \t]+(?P<rest>.*)$"
)
_SPACE_RUN = re.compile(r"  +")
# C0 controls other than tab and line breaks draw as boxes and mean nothing in
# a summary; line-break-like controls (VT, FF from Word) are split on instead.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
_ITALIC = re.compile(r"(?<![*\w])\*(?=[^\s*])([^*]+?)(?<=[^\s*])\*(?![*\w])")


@dataclass(frozen=True)
class TextBlock:
    """One paragraph-to-be: running text, or a list item with its own marker.

    ``markup`` is escaped reportlab markup; ``marker`` (escaped) is set for a
    list item, whose wrapped lines hang under its text; ``depth`` is how far
    the user indented it (0 for an outermost item).
    """

    markup: str
    marker: str | None = None
    depth: int = 0
    gap_before: bool = False


def escape_line(line: str) -> str:
    """One line of user text as markup: escaped, tabs and space runs kept visible."""
    text = escape(_CONTROL.sub("", line)).replace("\t", TAB)
    text = _SPACE_RUN.sub(lambda m: " " + NBSP * (len(m.group()) - 1), text)
    if text.startswith(" "):
        text = NBSP + text[1:]
    return text


def escape_text(text: str) -> str:
    """A short user string (a name, a title) as one line of markup; newlines kept."""
    return "<br/>".join(escape_line(line) for line in text.splitlines()) if text else ""


def inline_markup(text: str) -> str:
    """Event-file text: escaped, then only ``**bold**`` and ``*italic*`` honoured.

    deck-format.md allows Markdown inline emphasis in the event file and
    nothing else; the regexes see escaped text, so no user tag can get through.
    """
    markup = escape_text(text)
    markup = _BOLD.sub(r"<b>\1</b>", markup)
    return _ITALIC.sub(r"<i>\1</i>", markup)


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
            blocks.append(TextBlock("<br/>".join(lines), marker, depth, gap))
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
            marker = escape(item.group("marker"))
            depth = _depth(item.group("indent"))
            lines = [escape_line(item.group("rest"))]
        elif marker is not None and raw[:1] in (" ", "\t"):
            lines.append(escape_line(raw.strip()))
        else:
            if marker is not None:
                flush()
            lines.append(escape_line(raw))
    flush()
    return blocks


def _depth(indent: str) -> int:
    width = sum(4 if ch == "\t" else 1 for ch in indent)
    return min(width // 2, 4)
