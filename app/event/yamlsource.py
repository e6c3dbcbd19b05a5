"""Reading an event file's bytes into YAML nodes, safely, with positions.

The event model is built from *composed* nodes, never from PyYAML's
constructed objects: construction is where YAML 1.1 turns ``16:00`` into 960
and ``no`` into False, silently keeps the last of two duplicate keys, and (in
unsafe loaders) runs code. Composing keeps every scalar exactly as written,
with its line and column, so the builder decides what each value means.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from app.echo import cut
from app.event.limits import MAX_NODES
from app.reading import NotRegularFile, TooLarge, read_limited, wide_encoding

_LOADER: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
USING_LIBYAML = _LOADER is not yaml.SafeLoader

MAX_FILE_BYTES = 10 * 1024 * 1024
"""Real event files are a few kB; a larger file is a mistake or an attack."""

_STANDARD_TAGS = {
    f"tag:yaml.org,2002:{name}"
    for name in ("str", "int", "float", "bool", "null", "timestamp", "seq", "map")
}
_NULLS = {"", "~", "null", "Null", "NULL"}


@dataclass(frozen=True)
class SourceProblem:
    """A problem found before the model is built; 1-based position."""

    line: int
    col: int
    message: str


def read_nodes(path: Path) -> tuple[Node | None, list[SourceProblem]]:
    """The file's root node, or None and the problems that prevented it."""
    try:
        data = read_limited(path, MAX_FILE_BYTES)
    except TooLarge as exc:
        size = f"{exc.size // 1_048_576} MB" if exc.size > MAX_FILE_BYTES else "larger than that"
        return None, [SourceProblem(1, 1, f"file is {size}: an event file "
                                          f"should be far below {MAX_FILE_BYTES // 1_048_576} MB")]
    except IsADirectoryError:
        return None, [SourceProblem(1, 1, "this is a folder, not an event file: give a .yaml file")]
    except NotRegularFile as exc:
        return None, [SourceProblem(1, 1, f"this is {exc.kind}, not an event file: "
                                          "give a .yaml file")]
    except FileNotFoundError:
        return None, [SourceProblem(1, 1, "file not found: check the path")]
    except OSError as exc:
        return None, [SourceProblem(1, 1, f"cannot read the file: {exc.strerror or exc}")]
    return nodes_from_bytes(data)


def nodes_from_bytes(data: bytes) -> tuple[Node | None, list[SourceProblem]]:
    text, problem = _decode(data)
    if problem is not None:
        return None, [problem]
    if not text.strip():
        return None, [SourceProblem(1, 1, "the file is empty: an event file needs at least "
                                          "'event:' and 'slides:'")]
    try:
        root = compose_counted(text, MAX_NODES)
    except TooManyNodes as exc:
        return None, [SourceProblem(exc.line, exc.col, f"the file has more than {MAX_NODES:,} keys, "
                                    "values and list items, far more than any event needs: split it up")]
    except yaml.MarkedYAMLError as exc:
        return None, [_syntax_problem(exc, text)]
    except yaml.YAMLError as exc:
        return None, [SourceProblem(1, 1, f"not valid YAML: {exc}")]
    if root is None:
        return None, [SourceProblem(1, 1, "the file holds only comments: an event file needs "
                                          "at least 'event:' and 'slides:'")]
    problems = list(unsafe_constructs(root))
    return (None if problems else root), problems


class TooManyNodes(Exception):
    """The text has more than ``limit`` nodes; ``line`` and ``col`` (1-based) are where it passed."""

    def __init__(self, limit: int, line: int, col: int) -> None:
        super().__init__(f"more than {limit:,} nodes at {line}:{col}")
        self.limit, self.line, self.col = limit, line, col


class _Overflow(Exception):
    pass


def compose_counted(text: str, max_nodes: int) -> Node | None:
    """``yaml.compose`` with plain tags, stopped with ``TooManyNodes`` after ``max_nodes``
    nodes: shared by every YAML file Plenum reads (event files, notes files)."""
    loader = _CountingLoader(text, max_nodes)
    try:
        return loader.get_single_node()  # what yaml.compose does, with our loader's limit
    except _Overflow:
        line, col = _where_count_passes(text, max_nodes)
        raise TooManyNodes(max_nodes, line, col) from None
    finally:
        loader.dispose()


class _CountingLoader(_LOADER):  # type: ignore[misc]
    """The safe loader, stopping once the file has more than ``max_nodes`` nodes.

    The composer asks ``resolve`` for the tag of every node it makes (every
    node without an explicit tag; the 10 MB file limit bounds the tagged
    ones), so counting there stops a file of millions of tiny items after
    ``max_nodes`` of them instead of after all of them. Overriding
    ``resolve`` is PyYAML's documented way to change tag resolution;
    ``tests/event/test_limits.py`` fails if the composer stops calling it.

    It gives every untagged node its kind's plain tag (str, seq, map), as
    PyYAML's ``BaseLoader`` does: the reader reads what was written, never a
    resolved type, so the safe loader's matching of every scalar against
    YAML 1.1's patterns (a fifth of composing) bought nothing.
    """

    def __init__(self, stream: str, max_nodes: int) -> None:
        super().__init__(stream)
        self.nodes = 0
        self.max_nodes = max_nodes

    def resolve(self, kind: type[Node], value: object, implicit: object) -> str:
        self.nodes += 1
        if self.nodes > self.max_nodes:
            raise _Overflow
        if kind is ScalarNode:
            return str(self.DEFAULT_SCALAR_TAG)
        return str(self.DEFAULT_SEQUENCE_TAG if kind is SequenceNode else self.DEFAULT_MAPPING_TAG)


def _where_count_passes(text: str, max_nodes: int) -> tuple[int, int]:
    """Where the file passed the limit: found again by counting parse events, which only a
    refused file pays for."""
    count = 0
    for event in yaml.parse(text, Loader=_LOADER):
        if isinstance(event, (yaml.ScalarEvent, yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            count += 1
            if count > max_nodes:
                return event.start_mark.line + 1, event.start_mark.column + 1
    return 1, 1


def _decode(data: bytes) -> tuple[str, SourceProblem | None]:
    wide = wide_encoding(data)
    if wide:
        return "", SourceProblem(1, 1, f"the file is {wide} text: save it with UTF-8 encoding")
    if b"\x00" in data[:8192]:
        return "", SourceProblem(1, 1, "this is a binary file, not a YAML text file")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        col = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        return "", SourceProblem(
            line, col,
            f"not UTF-8 text (byte 0x{data[exc.start]:02x}): save the file with UTF-8 encoding",
        )


def _syntax_problem(exc: yaml.MarkedYAMLError, text: str) -> SourceProblem:
    problem = exc.problem or "syntax error"
    unclosed = "expected ',' or ']'" in problem or "expected ',' or '}'" in problem
    mark = exc.context_mark if unclosed and exc.context_mark else exc.problem_mark
    if mark is None:
        return SourceProblem(1, 1, f"YAML syntax: {problem}")
    line, col = mark.line + 1, mark.column + 1
    lines = text.splitlines()
    at = lines[mark.line][mark.column:mark.column + 1] if mark.line < len(lines) else ""
    if at == "\t":
        message = "a tab character: YAML indents with spaces only; replace the tab with spaces"
    elif unclosed:
        opening = "[" if "]" in problem else "{"
        closing = "]" if opening == "[" else "}"
        message = f"the '{opening}' opened here is never closed: add '{closing}' or check the commas"
    elif "mapping values are not allowed" in problem:
        message = "a ': ' inside a value: put the whole text in quotes, like footer: \"Dato: 9/3/2021\""
    elif "another document" in problem:
        message = "a second document ('---') in the file: an event file holds one document"
    elif exc.context:
        message = f"YAML syntax: {exc.context}, {problem}"
    else:
        message = f"YAML syntax: {problem}"
    return SourceProblem(line, col, message)


def unsafe_constructs(root: Node, files: str = "event files") -> Iterator[SourceProblem]:
    """Tags and aliases: refused, because nothing in the file may construct or expand."""
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            yield SourceProblem(*position(node), "anchors and aliases (& and *) are not "
                                                 "supported: write the content out")
            continue
        seen.add(id(node))
        if node.tag not in _STANDARD_TAGS:
            tag = cut(node.tag.replace("tag:yaml.org,2002:", "!!"))
            yield SourceProblem(*position(node), f"the tag {tag} is not allowed: {files} are "
                                                 "plain data, remove the tag")
            continue
        if isinstance(node, MappingNode):
            for key, value in node.value:
                stack.extend((value, key))
        elif isinstance(node, SequenceNode):
            stack.extend(reversed(node.value))


def position(node: Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def is_null(node: Node) -> bool:
    # Plain (unquoted) scalars have style None in PyYAML's composer and "" in libyaml's.
    return isinstance(node, ScalarNode) and not node.style and node.value in _NULLS


def kind_of(node: Node) -> str:
    """How to name a node's shape to a person who wrote YAML by hand."""
    if isinstance(node, MappingNode):
        return "a mapping (key: value)"
    if isinstance(node, SequenceNode):
        return "a list"
    return "nothing" if is_null(node) else f"the text {node.value!r}"
