"""One card per group: who it is, where it sits, and the link its devices open.

The printed handout, the projector's "Bli med" screen and the console's
sharing panel show the same cards, so they are made in one place from the
session's groups and the share links.
"""

from __future__ import annotations

from typing import NamedTuple

from app.session import SessionStore
from app.share.links import ShareLinks, page_url


class JoinCard(NamedTuple):
    """A group's name and room as the session has them, and its page's full URL."""

    group: str
    room: str | None
    url: str


def group_cards(store: SessionStore, links: ShareLinks, base: str) -> list[tuple[int, JoinCard]]:
    """The session's groups in running order (their ids), each with its card, links under ``base``."""
    return [(group.id, JoinCard(group.name, group.room, page_url(base, links.group_token(group.id))))
            for group in store.groups()]
