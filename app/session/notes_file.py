"""Reading a notes file: every problem as ``FILE:LINE: message``, nothing coerced.

Scalars are read from composed nodes (``node.value``), so ``no``, ``16:00`` and
``1.10`` are the text the author wrote and block literals keep every byte. The
whole file is checked before anything is returned, and all problems are
reported together, so one run tells the user everything to fix.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from app.echo import quoted
from app.event.limits import MAX_PEOPLE, too_long, too_many
from app.event.model import Event
from app.event.yamlsource import TooManyNodes, compose_counted, is_null, unsafe_constructs
from app.names import invisible_problem
from app.reading import NotRegularFile, TooLarge, read_limited, wide_encoding
from app.session.errors import SessionError
from app.session.limits import (
    MAX_NOTE_CHARS,
    MAX_NOTES_FOLLOW_UPS,
    MAX_NOTES_NODES,
    MAX_NOTES_TEXT_CHARS,
)

TOP_KEYS = ("event", "group", "summaries", "follow_up")
GROUP_KEYS = ("name", "room", "chair", "note_taker", "members")
MAX_NOTES_BYTES = 10 * 1_048_576
"""A day's notes of one group are a few kB; the limit refuses a wrong file, not long notes."""


@dataclass(frozen=True)
class NotesProblem:
    file: str
    line: int
    message: str
    col: int | None = None  # given for the limits, which point at the exact place

    def __str__(self) -> str:
        where = f"{self.line}:{self.col}" if self.col is not None else str(self.line)
        return f"{self.file}:{where}: {self.message}"


class NotesFileError(SessionError):
    """One or more notes files cannot be imported; ``problems`` says where and why."""

    def __init__(self, problems: Iterable[NotesProblem]) -> None:
        self.problems = tuple(sorted(problems, key=lambda p: (p.file, p.line)))
        super().__init__("\n".join(str(p) for p in self.problems))


@dataclass(frozen=True)
class NotesGroup:
    """The group as the file describes it; None means the file does not say."""

    name: str
    room: str | None = None
    chair: str | None = None
    note_taker: str | None = None
    members: tuple[str, ...] | None = None


@dataclass(frozen=True)
class NotesFile:
    path: Path
    event_title: str
    group: NotesGroup
    summaries: dict[str, str]  # task id -> text, in file order
    follow_ups: tuple[str, ...] = ()


class _Reader:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.problems: list[NotesProblem] = []

    def problem(self, line: int, message: str, col: int | None = None) -> None:
        self.problems.append(NotesProblem(str(self.path), line, message, col))

    def at(self, node: Node, message: str) -> None:
        self.problem(node.start_mark.line + 1, message)

    def over(self, node: Node, message: str) -> None:
        """A limit passed: said at the node's line and column."""
        self.problem(node.start_mark.line + 1, message, node.start_mark.column + 1)

    def mapping(self, node: Node, what: str, allowed: tuple[str, ...]) -> dict[str, Node]:
        if not isinstance(node, MappingNode):
            self.at(node, f"{what} must be a mapping of keys to values, not {_kind(node)}")
            return {}
        result: dict[str, Node] = {}
        keys: dict[str, Node] = {}
        for key, value in node.value:
            if not isinstance(key, ScalarNode):
                self.at(key, f"a key in {what} must be a plain name")
                continue
            if key.value in keys:
                first = keys[key.value].start_mark.line + 1
                self.at(key, f"duplicate key {quoted(key.value)} in {what} (first at line {first})")
                continue
            keys[key.value] = key
            if allowed and key.value not in allowed:
                self.at(key, f"unknown key {quoted(key.value)} in {what}{_suggest(key.value, allowed)}")
                continue
            result[key.value] = value
        return result

    def text(self, node: Node, what: str, limit: int = MAX_NOTES_TEXT_CHARS) -> str | None:
        """The scalar's text exactly as written; None for an empty/null value or one longer
        than ``limit`` characters (not echoed)."""
        if not isinstance(node, ScalarNode):
            self.at(node, f"{what} must be text, not {_kind(node)} (use | for several lines)")
            return None
        if len(node.value) > limit:
            self.over(node, too_long(what, len(node.value), limit))
            return None
        if is_null(node):
            return None
        return str(node.value)

    def texts(self, node: Node, what: str, limit: int) -> tuple[str, ...]:
        """The list's texts; none (and a problem) when it has more than ``limit`` items."""
        if not isinstance(node, SequenceNode):
            self.at(node, f"{what} must be a list (- item per line), not {_kind(node)}")
            return ()
        if len(node.value) > limit:
            self.over(node, too_many(what, len(node.value), limit))
            return ()
        items = (self.text(item, f"an item of {what}") for item in node.value)
        return tuple(item for item in items if item is not None)


def parse_notes_file(path: Path, event: Event) -> NotesFile:
    """Read and check one notes file against ``event``; raise ``NotesFileError``."""
    reader = _Reader(path)
    root = _compose(reader)
    if root is None:
        raise NotesFileError(reader.problems)
    top = reader.mapping(root, "a notes file", TOP_KEYS)
    if not isinstance(root, MappingNode):
        raise NotesFileError(reader.problems)
    for key in ("event", "group"):
        if key not in top:
            reader.at(root, f"missing '{key}' (a notes file has event, group and summaries)")
    known = len(reader.problems)
    title = reader.text(top["event"], "event") if "event" in top else None
    if "event" in top and title != event.info.title and len(reader.problems) == known:
        reader.at(top["event"], f"this notes file is for the event {quoted(title or '')}, not for "
                  f"{quoted(event.info.title)}; import it into that event's session")
    group = _group(reader, top["group"]) if "group" in top else None
    summaries = _summaries(reader, top["summaries"], event) if "summaries" in top else {}
    follow_ups = (reader.texts(top["follow_up"], "follow_up", MAX_NOTES_FOLLOW_UPS)
                  if "follow_up" in top else ())
    if reader.problems or group is None:
        raise NotesFileError(reader.problems)
    return NotesFile(path, title or "", group, summaries, follow_ups)


def _compose(reader: _Reader) -> Node | None:
    try:
        data = read_limited(reader.path, MAX_NOTES_BYTES)
    except TooLarge:
        reader.problem(1, f"the file is larger than {MAX_NOTES_BYTES // 1_048_576} MB, far more "
                          "than a group's notes; is it the right file?")
        return None
    except IsADirectoryError:
        reader.problem(1, "this is a folder, not a notes file: give a .yaml file")
        return None
    except NotRegularFile as exc:
        reader.problem(1, f"this is {exc.kind}, not a notes file: give a .yaml file")
        return None
    except OSError as exc:
        reader.problem(1, f"cannot read the file: {exc.strerror or exc}")
        return None
    wide = wide_encoding(data)
    if wide:
        reader.problem(1, f"the file is {wide} text: save it as UTF-8 and import again")
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        reader.problem(line, "the file is not UTF-8 text; save it as UTF-8 and import again")
        return None
    try:
        root = compose_counted(text.removeprefix("\ufeff"), MAX_NOTES_NODES)
    except TooManyNodes as exc:
        reader.problem(exc.line, f"the file has more than {MAX_NOTES_NODES:,} keys, values and "
                                 "list items, far more than a group's notes: is it the right file?",
                       exc.col)
        return None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        position = getattr(exc, "position", None)
        line = mark.line + 1 if mark is not None else text[: position or 0].count("\n") + 1
        what = getattr(exc, "problem", None) or getattr(exc, "reason", None) or str(exc)
        reader.problem(line, f"not valid YAML: {what}")
        return None
    if root is None:
        reader.problem(1, "the file is empty; a notes file has event, group and summaries")
        return None
    unsafe = [(p.line, p.message) for p in unsafe_constructs(root, "notes files")]
    for line, message in unsafe:
        reader.problem(line, message)
    return None if unsafe else root


def _group(reader: _Reader, node: Node) -> NotesGroup | None:
    fields = reader.mapping(node, "group", GROUP_KEYS)
    if not isinstance(node, MappingNode):
        return None
    known = len(reader.problems)
    name = reader.text(fields["name"], "group name") if "name" in fields else None
    if len(reader.problems) > known:
        return None
    if name is None or not name.strip():
        reader.at(fields.get("name", node), "the group needs a name (group: name: Gruppe 1)")
        return None
    invisible = invisible_problem(name)
    if invisible:
        reader.at(fields["name"], f"the group name {quoted(name)} {invisible}")
        return None
    values = {key: reader.text(fields[key], f"group {key}")
              for key in ("room", "chair", "note_taker") if key in fields}
    members = reader.texts(fields["members"], "members", MAX_PEOPLE) if "members" in fields else None
    return NotesGroup(name, values.get("room"), values.get("chair"), values.get("note_taker"),
                      members)


def _summaries(reader: _Reader, node: Node, event: Event) -> dict[str, str]:
    if is_null(node):
        return {}
    task_ids = tuple(task.id for task in event.groupwork.tasks)
    entries = reader.mapping(node, "summaries", ())
    result: dict[str, str] = {}
    keys = {key.value: key for key, _ in node.value} if isinstance(node, MappingNode) else {}
    for task_id, value in entries.items():
        if task_id not in task_ids:
            known = ", ".join(task_ids) or "none"
            hint = _suggest(task_id, task_ids) or f"; the event's task ids are: {known}"
            reader.at(keys[task_id], f"unknown task id {quoted(task_id)}{hint}")
            continue
        text = reader.text(value, f"the summary for '{task_id}'", MAX_NOTE_CHARS)
        if text:
            result[task_id] = text
    return result


def _suggest(word: str, options: Iterable[str]) -> str:
    close = difflib.get_close_matches(word, list(options), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _kind(node: Node) -> str:
    if isinstance(node, MappingNode):
        return "a mapping"
    if isinstance(node, SequenceNode):
        return "a list"
    return f"the text {quoted(str(node.value))}"
