"""Summary versions as stored: a whole text now and then, the changes in between.

A row of ``summary_versions`` holds either a whole text (``base_id`` NULL)
or, with ``base_id`` naming the cell's previous version, the delta from it
(``keep_head``, the inserted ``text``, ``keep_tail``; see ``deltas``). Every
``MAX_CHAIN`` versions, and whenever a change is not much smaller than the
text, a whole text is stored again, so reading any version applies at most
``MAX_CHAIN`` deltas and a damaged row can spoil at most that many versions.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from app.session.deltas import Delta, delta
from app.session.model import SummaryVersion

COLUMNS = "id, group_id, task_id, text, saved_at, source, base_id, keep_head, keep_tail"
FORMAT_1_COLUMNS = "id, group_id, task_id, text, saved_at, source, NULL, 0, 0"
"""Format 1 files (opened read-only, so not migrated) hold whole texts only."""

MAX_CHAIN = 200


@dataclass(frozen=True)
class Stored:
    """A version with its whole text, and how many deltas lead to it from a whole text."""

    version: SummaryVersion
    chain: int


@dataclass(frozen=True)
class Row:
    """What to insert for a new text: ``text`` is the whole text when ``base_id`` is None."""

    base_id: int | None
    keep_head: int
    text: str
    keep_tail: int
    chain: int


class BrokenChain(Exception):
    """A delta whose base version is not where it should be: the file is damaged."""


def new_row(latest: Stored | None, text: str) -> Row:
    """How to store ``text`` after ``latest``: as a delta from it, unless a whole text is due."""
    if latest is None or latest.chain + 1 >= MAX_CHAIN:
        return Row(None, 0, text, 0, 0)
    change: Delta = delta(latest.version.text, text)
    if 2 * len(change.inserted) >= len(text):  # hardly smaller: store it whole
        return Row(None, 0, text, 0, 0)
    return Row(latest.version.id, change.keep_head, change.inserted, change.keep_tail,
               latest.chain + 1)


def rebuild(rows: Iterable[Sequence[Any]], after: Stored | None = None) -> list[Stored]:
    """The versions of one cell from its rows (``COLUMNS``, in id order), each with its
    whole text. The rows start at a whole text, or continue from the version ``after``."""
    built: list[Stored] = []
    previous = after
    for row in rows:
        version_id, group_id, task_id, stored, saved_at, source, base_id, head, tail = row
        if base_id is None:
            text, chain = stored, 0
        elif previous is None or previous.version.id != base_id:
            raise BrokenChain(f"summary version {version_id} is a change to version {base_id}, "
                              "which is missing")
        else:
            try:
                text = Delta(head, stored, tail).apply(previous.version.text)
            except ValueError as exc:
                raise BrokenChain(f"summary version {version_id}: {exc}") from exc
            chain = previous.chain + 1
        previous = Stored(SummaryVersion(version_id, group_id, task_id, text,
                                         dt.datetime.fromisoformat(saved_at), source), chain)
        built.append(previous)
    return built
