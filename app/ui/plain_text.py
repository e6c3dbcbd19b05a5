"""User text in places where Qt would read markup.

A tooltip is shown as rich text whenever Qt guesses the text might be HTML
(``Qt::mightBeRichText``): a summary starting with ``<b>`` would turn bold,
and ``<img src=…>`` would make Qt try to load a file. Escaping it inside a
pre-wrapped paragraph shows every character as typed, line breaks included.
"""

from __future__ import annotations

import html


def plain_tooltip(text: str) -> str:
    """A tooltip string that displays ``text`` exactly, never as markup."""
    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>"
