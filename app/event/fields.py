"""Typed readers over YAML nodes that record problems instead of raising.

Every reader returns a value or None and, on None, has already recorded a
problem at the node's line and column. That is how the loader reports *all*
problems of a file in one pass instead of stopping at the first.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Callable, Iterable
from typing import TypeVar

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from app.event.durations import parse_clock, parse_duration
from app.event.limits import MAX_TEXT_CHARS, too_long, too_many
from app.event.model import Problem, Severity
from app.event.yamlsource import is_null, kind_of, position

T = TypeVar("T")
_COLOUR = re.compile(r"#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})")
_TRUE = {"true", "yes", "on"}
_FALSE = {"false", "no", "off"}

Fields = dict[str, tuple[ScalarNode, Node]]


def did_you_mean(word: str, candidates: Iterable[str]) -> str:
    """``": did you mean 'title'?"`` or an empty string."""
    close = difflib.get_close_matches(word, list(candidates), n=1, cutoff=0.6)
    return f": did you mean '{close[0]}'?" if close else ""


class Reporter:
    """Collects the problems of one file."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[Problem] = []

    def at(
        self, node: Node | tuple[int, int], message: str,
        severity: Severity = "error", blocking: bool = True,
    ) -> None:
        line, col = position(node) if isinstance(node, Node) else node
        self.problems.append(Problem(self.file, line, col, message, severity, blocking))

    @property
    def blocked(self) -> bool:
        return any(p.blocking and p.severity == "error" for p in self.problems)

    # --- shapes -----------------------------------------------------------

    def mapping(self, node: Node, what: str, allowed: Iterable[str],
                required: Iterable[str] = ()) -> Fields | None:
        if not isinstance(node, MappingNode):
            self.at(node, f"{what} must be a mapping (key: value lines), not {kind_of(node)}")
            return None
        allowed = tuple(allowed)
        fields: Fields = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                self.at(key_node, f"a key in {what} must be a plain word, not {kind_of(key_node)}")
                continue
            key = key_node.value
            if key in fields:
                first = position(fields[key][0])[0]
                self.at(key_node, f"duplicate key '{key}' in {what} (first at line {first}): "
                                  "keep one of them")
                continue
            if key not in allowed:
                hint = did_you_mean(key, allowed) or f" (allowed: {', '.join(allowed)})"
                self.at(key_node, f"unknown key '{key}' in {what}{hint}")
                continue
            fields[key] = (key_node, value_node)
        for key in required:
            if key not in fields:
                self.at(node, f"{what} needs '{key}:'")
        return fields

    def sequence(self, node: Node, what: str, limit: int) -> list[Node] | None:
        """The list's items; None (and a problem) when it is not a list or has more than
        ``limit`` items (see ``limits``)."""
        if not isinstance(node, SequenceNode):
            self.at(node, f"{what} must be a list (lines starting with '- '), not {kind_of(node)}")
            return None
        if len(node.value) > limit:
            self.at(node, too_many(what, len(node.value), limit))
            return None
        return list(node.value)

    # --- scalars ----------------------------------------------------------

    def text(self, node: Node, what: str, *, allow_empty: bool = False,
             limit: int = MAX_TEXT_CHARS) -> str | None:
        """The text exactly as written: ``no`` stays "no", ``1.10`` stays "1.10".

        Longer than ``limit`` characters is a problem, and the text is not echoed.
        """
        if not isinstance(node, ScalarNode):
            self.at(node, f"{what} must be text, not {kind_of(node)}")
            return None
        if len(node.value) > limit:
            self.at(node, too_long(what, len(node.value), limit))
            return None
        if is_null(node) or (not allow_empty and not node.value.strip()):
            if allow_empty:
                return ""
            self.at(node, f"{what} is empty: write the text or remove the key")
            return None
        return str(node.value)

    def parsed(self, node: Node, what: str, parse: Callable[[str], T]) -> T | None:
        raw = self.text(node, what)
        if raw is None:
            return None
        try:
            return parse(raw)
        except ValueError as exc:
            self.at(node, f"{what}: {exc}")
            return None

    def duration(self, node: Node, what: str) -> dt.timedelta | None:
        value = self.parsed(node, what, parse_duration)
        if value is not None and value <= dt.timedelta(0):
            self.at(node, f"{what} must be longer than zero")
            return None
        return value

    def clock(self, node: Node, what: str) -> dt.time | None:
        return self.parsed(node, what, parse_clock)

    def date(self, node: Node, what: str) -> dt.date | None:
        def iso(text: str) -> dt.date:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text.strip()):
                raise ValueError(f"{text!r} is not a date: write it as 2021-09-01")
            return dt.date.fromisoformat(text.strip())
        return self.parsed(node, what, iso)

    def flag(self, node: Node, what: str) -> bool | None:
        raw = self.text(node, what)
        if raw is None:
            return None
        if raw.lower() in _TRUE:
            return True
        if raw.lower() in _FALSE:
            return False
        self.at(node, f"{what} must be true or false, not {raw!r}")
        return None

    def integer(self, node: Node, what: str, low: int, high: int) -> int | None:
        raw = self.text(node, what)
        if raw is None:
            return None
        if not re.fullmatch(r"[0-9]+", raw.strip()) or not low <= int(raw) <= high:
            self.at(node, f"{what} must be a whole number from {low} to {high}, not {raw!r}")
            return None
        return int(raw)

    def colour(self, node: Node, what: str) -> str | None:
        if is_null(node):
            self.at(node, f"{what} is empty: write the colour in quotes, like \"#006e6a\" "
                          "(an unquoted # starts a comment in YAML)")
            return None
        raw = self.text(node, what)
        if raw is not None and not _COLOUR.fullmatch(raw.strip()):
            self.at(node, f"{what} must be a colour like \"#006e6a\" (quoted), not {raw!r}")
            return None
        return raw.strip() if raw is not None else None

    def choice(self, node: Node, what: str, choices: dict[str, T]) -> T | None:
        raw = self.text(node, what)
        if raw is None:
            return None
        if raw.strip() in choices:
            return choices[raw.strip()]
        hint = did_you_mean(raw.strip(), choices) or f" (one of: {', '.join(choices)})"
        self.at(node, f"{what} cannot be {raw!r}{hint}")
        return None
