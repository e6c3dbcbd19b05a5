"""The groups a sharing benchmark's devices stand for, added to its session.

Imports nothing but what the caller has: the children measure their own memory.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.session import SessionStore


def add_groups_up_to(store: SessionStore, count: int) -> None:
    """Add groups named «Gruppe N» (N their place) until ``store`` has ``count`` of them."""
    while len(store.groups()) < count:
        store.add_group(f"Gruppe {len(store.groups()) + 1}")
