"""Merging two texts typed from the same version, so no one's words are lost.

Two devices (or a device and the console) may edit one group's notes for one
task at once. Each save names the version it was typed from; when that is no
longer the current one, the server merges three ways: what both started
from, what is stored now, and what this device typed (docs/grupper-paa-egne-enheter.md
says why this and not a CRDT).

The merge runs on words and the whitespace between them (``merge3``, the
three-way merge of Bazaar/Breezy), not on lines: two people adding to the
same paragraph touch the same line but rarely the same words. Where both
changed the same words, both versions are kept, the stored one first, so
nothing is lost and the referent tidies up when they read it.
"""

from __future__ import annotations

import re

import merge3

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
