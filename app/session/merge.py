"""Merging two texts typed from the same version, so no one's words are lost.

Two devices, or a device and the console's editor, may edit one group's notes
for one task at once. Each save names the version it was typed from (its
base); when that is no longer the current one, ``save_typed`` merges three
ways: what both started from, what is stored now, and what this writer typed
(docs/grupper-paa-egne-enheter.md says why this and not a CRDT). The room
server (``app.share.room``) and the editor's ``AutosaveWriter`` both save
through it, so one rule holds whoever commits last.

The merge runs on words and the whitespace between them (``merge3``, the
three-way merge of Bazaar/Breezy), not on lines: two people adding to the
same paragraph touch the same line but rarely the same words. Where both
changed the same words, both versions are kept, the stored one first, so
nothing is lost and the referent tidies up when they read it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import merge3

from app.session.model import SummaryVersion
from app.session.store import SessionStore

_WORDS = re.compile(r"\s+|[^\s]+")


def tokens(text: str) -> list[str]:
    """Words and the whitespace runs between them; ``"".join(tokens(t)) == t``."""
    return _WORDS.findall(text)


def merge_texts(base: str, stored: str, typed: str) -> str:
    """``stored`` and ``typed`` both edited from ``base``: one text with both edits.

    Changes on one side only are taken as they are; where both sides changed
    the same words differently, the stored words come first, then the typed
    ones, on their own lines if neither side ends one.
    """
    if stored == typed or typed == base:
        return stored
    if stored == base:
        return typed
    parts: list[str] = []
    for group in merge3.Merge3(tokens(base), tokens(stored), tokens(typed)).merge_groups():
        if group[0] == "conflict":
            ours, theirs = "".join(group[2]), "".join(group[3])
            parts.append(_both(ours, theirs))
        else:
            parts.append("".join(group[1]))
    return "".join(parts)


def _both(first: str, second: str) -> str:
    if not first.strip():
        return second if not second.strip() else first + second
    if not second.strip():
        return first + second
    if first.endswith("\n") or second.startswith("\n"):
        return first + second
    return first + "\n" + second.lstrip(" \t")


@dataclass(frozen=True)
class TypedSave:
    """What ``save_typed`` committed: ``own`` holds exactly the typed text, ``current``
    is the cell's text now (``own`` itself unless ``merged``)."""

    own: SummaryVersion
    current: SummaryVersion
    merged: bool


def save_typed(store: SessionStore, group_id: int, task_id: str, text: str, base: int | None,
               *, source: str) -> TypedSave:
    """Save ``text``, typed from version ``base`` (None: from an empty cell), as the current summary.

    If another save came in since ``base``, the typed text is kept whole as a
    version of its own and then merged with the current one (``merge_texts``),
    so both writers' words are in the current version and the history holds each
    as typed. Versions are only ever added.
    """
    with store.transaction():
        current = store.summary(group_id, task_id)
        if current is None or current.id == base or current.text == text:
            saved = store.save_summary(group_id, task_id, text, source=source)
            return TypedSave(saved, saved, False)
        base_text = _base_text(store, group_id, task_id, base)
        own = store.save_summary(group_id, task_id, text, source=source)
        merged = store.save_summary(group_id, task_id, merge_texts(base_text, current.text, text),
                                    source=source)
        return TypedSave(own, merged, True)


def _base_text(store: SessionStore, group_id: int, task_id: str, base: int | None) -> str:
    """The text the writer started from; empty if unknown (then both texts are kept whole)."""
    if base is None:
        return ""
    try:
        version = store.version(base)
    except KeyError:
        return ""
    return version.text if (version.group_id, version.task_id) == (group_id, task_id) else ""
