"""Names that tell things apart (groups, task ids): nothing invisible, compared as they look.

Two groups called "Gruppe 1" and "Gruppe 1" with a zero-width space, or a
right-to-left mark, inside look identical on the projector, in the console
and in the report, yet are two groups: answers typed into one never reach
the other. Such characters are refused where the name is written, with the
place to delete them, not stripped silently: a notes file or a session made
with the name must match it exactly, and a name cleaned in one place but not
another would split one group into two. Names are also compared in Unicode
NFC, so an "é" typed as one character and as "e" plus an accent are the same.
"""

from __future__ import annotations

import unicodedata

# Joiners that belong inside emoji sequences (👩🏽‍💻) after a symbol or modifier.
_JOINER_AFTER = frozenset({"So", "Sk", "Mn", "Me"})
# Filler letters that render as nothing, though Unicode does not class them as format characters.
_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0")


def invisible_problem(name: str) -> str | None:
    """Why ``name`` may not be used as a name: the first invisible character in it, or None."""
    for index, char in enumerate(name):
        if char == "\u200d" and index and unicodedata.category(name[index - 1]) in _JOINER_AFTER:
            continue
        if unicodedata.category(char) == "Cf" or char in _BLANK_LETTERS:
            what = unicodedata.name(char, "a format character")
            return (f"holds an invisible character (U+{ord(char):04X} {what}) at character "
                    f"{index + 1}: delete it; names that look the same must be the same")
    return None


def same_name(a: str, b: str) -> bool:
    """Whether two names look the same (in NFC), so they may not name two things."""
    return unicodedata.normalize("NFC", a) == unicodedata.normalize("NFC", b)
