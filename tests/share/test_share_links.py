"""The secret links: unguessable, kept across restarts, renewable at once."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from app.event.model import Event
from app.session import SessionStore, UnknownGroupError
from app.share.links import (
    DEFAULT_PORT,
    STATE_KEY,
    Access,
    ShareLinks,
    base_url,
    free_port,
    lan_addresses,
    page_url,
)


def test_every_group_and_the_view_get_distinct_long_tokens(store: SessionStore) -> None:
    links = ShareLinks(store)
    tokens = [links.group_token(g.id) for g in store.groups()] + [links.view_token()]
    assert len(set(tokens)) == len(tokens) == 3
    for token in tokens:
        assert len(token) >= 22 and token.isascii()  # >= 128 bits of URL-safe base64


def test_access_tells_which_group_a_token_opens(store: SessionStore) -> None:
    links = ShareLinks(store)
    first, second = store.groups()
    assert links.access(links.group_token(first.id)) == Access(first.id)
    assert links.access(links.group_token(second.id)) == Access(second.id)
    assert links.access(links.view_token()) == Access(None)
    assert links.access(links.view_token()).read_only  # type: ignore[union-attr]
    for wrong in ("", "x", links.view_token()[:-1], links.view_token() + "x", "æøå" * 10):
        assert links.access(wrong) is None


def test_tokens_are_the_same_after_a_restart(tmp_path: Path, event: Event) -> None:
    path = tmp_path / "day.plenum"
    with SessionStore.create(path, event) as store:
        links = ShareLinks(store)
        before = ([links.group_token(g.id) for g in store.groups()], links.view_token())
    with SessionStore.open(path) as store:
        links = ShareLinks(store)
        after = ([links.group_token(g.id) for g in store.groups()], links.view_token())
    assert before == after


def test_renew_refuses_the_old_token_at_once_and_tells_listeners(store: SessionStore) -> None:
    links = ShareLinks(store)
    group = store.groups()[0]
    old = links.group_token(group.id)
    dropped: list[str] = []
    links.on_renewed(dropped.append)
    new = links.renew(group.id)
    assert new != old
    assert links.access(old) is None
    assert links.access(new) == Access(group.id)
    assert dropped == [old]
    assert ShareLinks(store).group_token(group.id) == new  # stored too
    old_view = links.view_token()
    assert links.access(links.renew_view()) == Access(None)
    assert links.access(old_view) is None


def test_added_groups_get_tokens_and_removed_groups_lose_access(store: SessionStore) -> None:
    links = ShareLinks(store)
    added = store.add_group("Gruppe 3")
    assert links.access(links.group_token(added.id)) == Access(added.id)
    removed = store.groups()[0]
    token = links.group_token(removed.id)
    store.remove_group(removed.id)
    links.forget_missing()
    assert links.access(token) is None
    with pytest.raises(UnknownGroupError):
        links.group_token(9999)


def test_a_hand_edited_token_that_is_too_short_is_replaced(store: SessionStore) -> None:
    store.set_state(STATE_KEY, {"view": "abc", "groups": {"1": "<script>", "x": 5}})
    links = ShareLinks(store)
    assert links.access("abc") is None and links.access("<script>") is None
    assert len(links.view_token()) >= 22


def test_urls() -> None:
    assert base_url("192.168.1.20", 8765) == "http://192.168.1.20:8765"
    assert base_url("fe80::1", 80) == "http://[fe80::1]:80"
    assert page_url("http://10.0.0.5:8765/", "TOK") == "http://10.0.0.5:8765/t/TOK/"


def test_lan_addresses_are_reachable_ipv4_never_loopback() -> None:
    for address in lan_addresses():
        assert not address.startswith(("127.", "169.254.")) and address.count(".") == 3


def test_free_port_skips_a_taken_port() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert free_port("127.0.0.1", port) != port
    assert DEFAULT_PORT == 8765


@pytest.mark.slow  # a fresh interpreter
def test_aiohttp_loads_only_when_sharing_starts() -> None:
    """The presenter's start-up must not pay for the server: only app.share.server imports aiohttp."""
    code = ("import sys, app.share.links, app.share.room, app.cli.serve, app.ui.presenter\n"
            "assert 'aiohttp' not in sys.modules, 'aiohttp imported before sharing started'\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
