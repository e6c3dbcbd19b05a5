"""Inline emphasis in slide text: ``**bold**`` and ``*italic*``, nothing else.

The event format promises that text is shown exactly as written apart from
these two marks, so this parser is the only interpretation text ever gets:
``<b>``, ``&amp;``, ``# heading`` and a lone ``*`` all stay literal. A mark
counts only when it hugs its words (``*word*``, not ``5 * 3 * 2``) and is
closed on the same text; an unmatched mark is kept as a character.

Pure Python on purpose, so that the (Qt-free) report can emphasise the same
runs the slides do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# An opener must be followed by a non-space, a closer preceded by one.
# ``***x***`` is both; a bold body may hold italic marks; an italic body
# holds no asterisk.
_EMPHASIS = re.compile(
    r"\*\*\*(?P<both>(?=[^\s*])[^*]+?(?<=[^\s*]))\*\*\*"
    r"|\*\*(?P<bold>(?=\S)(?:[^*]|\*(?!\*))+?(?<=\S))\*\*"
    r"|\*(?P<italic>(?=[^\s*])[^*]+?(?<=[^\s*]))\*"
)


@dataclass(frozen=True)
class Run:
    """A stretch of text drawn in one style."""

    text: str
    bold: bool = False
    italic: bool = False


def parse_inline(text: str) -> tuple[Run, ...]:
    """Split ``text`` into styled runs; joining the runs' text drops only the marks."""
    runs: list[Run] = []
    _parse(text, bold=False, out=runs)
    return tuple(_merge(runs))


def plain_text(text: str) -> str:
    """The text a reader sees: the marks removed, everything else kept."""
    return "".join(run.text for run in parse_inline(text))


def _parse(text: str, *, bold: bool, out: list[Run]) -> None:
    position = 0
    for match in _EMPHASIS.finditer(text):
        if match.start() > position:
            out.append(Run(text[position : match.start()], bold=bold))
        if match.group("both") is not None:
            out.append(Run(match.group("both"), bold=True, italic=True))
        elif match.group("bold") is not None and not bold:
            _parse(match.group("bold"), bold=True, out=out)
        elif match.group("bold") is not None:
            out.append(Run(match.group(0), bold=True))
        else:
            out.append(Run(match.group("italic"), bold=bold, italic=True))
        position = match.end()
    if position < len(text):
        out.append(Run(text[position:], bold=bold))


def _merge(runs: list[Run]) -> list[Run]:
    merged: list[Run] = []
    for run in runs:
        if merged and (merged[-1].bold, merged[-1].italic) == (run.bold, run.italic):
            merged[-1] = Run(merged[-1].text + run.text, run.bold, run.italic)
        elif run.text:
            merged.append(run)
    return merged
