"""Writing one group's work as a notes file (docs/event-format.md, "The notes file").

The file must give back every summary byte for byte when read from composed
YAML nodes, and stay pleasant to read and edit by hand. So a summary is a
block literal (``|``) whenever a literal can hold it exactly, with explicit
chomping (``|-`` no final newline, ``|+`` several) and an explicit indentation
indicator when the text starts with a space, tab or empty line; anything a
literal cannot carry (``\\r``, control characters, YAML's extra line breaks
U+0085/U+2028/U+2029, a BOM) makes it a double-quoted string with escapes.
Names and follow-ups are plain when unambiguous, else double-quoted, so that
``no``, ``16:00`` and ``1.10`` stay text for any YAML reader.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import yaml

from app.session.store import SessionStore

_LITERAL_UNSAFE = set("\r\x85\u2028\u2029\ufeff")
_PLAIN = re.compile("[^\\W_][\\w .,()/'\u2019\u2013+-]*")
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\0": "\\0"}
_STR_TAG = "tag:yaml.org,2002:str"


def export_notes(store: SessionStore, group_id: int, task_order: Sequence[str] = ()) -> str:
    """The notes-file YAML for one group; tasks in ``task_order`` first, then by id."""
    group = store.group(group_id)
    lines = [f"event: {inline_scalar(store.event_title)}", "group:",
             f"  name: {inline_scalar(group.name)}"]
    for key, value in (("room", group.room), ("chair", group.chair),
                       ("note_taker", group.note_taker)):
        if value:
            lines.append(f"  {key}: {inline_scalar(value)}")
    if group.members:
        lines.append("  members:")
        lines.extend(f"    - {inline_scalar(member)}" for member in group.members)
    summaries = {task: v.text for task, v in store.summaries(group_id).items() if v.text}
    rank = {task: i for i, task in enumerate(task_order)}
    ordered = sorted(summaries, key=lambda task: (rank.get(task, len(rank)), task))
    if ordered:
        lines.append("summaries:")
        for task in ordered:
            lines.append(f"  {inline_scalar(task)}: {summary_scalar(summaries[task], indent=4)}")
    else:
        lines.append("summaries: {}")
    follow_ups = [f.text for f in store.follow_ups(group_id)]
    if follow_ups:
        lines.append("follow_up:")
        lines.extend(f"  - {inline_scalar(text)}" for text in follow_ups)
    return "\n".join(lines) + "\n"


def summary_scalar(text: str, indent: int) -> str:
    """``text`` as a block literal at ``indent`` spaces if exact, else double-quoted."""
    if not text or not all(_literal_safe(ch) for ch in text):
        return double_quoted(text)
    indicator = "2" if text[0] in " \t\n" else ""
    if not text.endswith("\n"):
        chomp, body = "-", text
    elif text.endswith("\n\n") or not text.strip("\n"):
        chomp, body = "+", text[:-1]
    else:
        chomp, body = "", text[:-1]
    pad = " " * indent
    content = "\n".join(pad + line if line else "" for line in body.split("\n"))
    return f"|{indicator}{chomp}\n{content}"


def inline_scalar(text: str) -> str:
    """A one-line scalar: plain if every YAML reader sees this exact string, else quoted."""
    resolved = yaml.resolver.Resolver().resolve(yaml.ScalarNode, text, (True, False))
    if _PLAIN.fullmatch(text) and not text.endswith(" ") and resolved == _STR_TAG:
        return text
    return double_quoted(text)


def double_quoted(text: str) -> str:
    return '"' + "".join(_escape(ch) for ch in text) + '"'


def _escape(ch: str) -> str:
    if ch in _ESCAPES:
        return _ESCAPES[ch]
    if _printable(ch) and ch not in _LITERAL_UNSAFE:
        return ch
    code = ord(ch)
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def _printable(ch: str) -> bool:
    """YAML 1.1's printable set (what a reader accepts in the stream)."""
    code = ord(ch)
    return (0x20 <= code <= 0x7E or 0xA0 <= code <= 0xD7FF or 0xE000 <= code <= 0xFFFD
            or 0x10000 <= code <= 0x10FFFF)


def _literal_safe(ch: str) -> bool:
    return ch in "\n\t" or (_printable(ch) and ch not in _LITERAL_UNSAFE)
