"""The secret links that let groups' own devices into the room server.

Each group has one token and the room has one read-only *view* token. A token
is 32 URL-safe characters from ``secrets`` (192 bits): unguessable on a shared
network, short enough to type from a printed card. Tokens live in the session
file (state key ``"share.links"``), so a restart of the laptop or of Plenum
resumes sharing with the same links; ``renew`` replaces one at once.

Threads: the owner of the session (the console's UI thread, or ``plenum
serve``'s main thread) creates ``ShareLinks`` and calls ``renew``; the server's
thread calls only ``access``, which reads memory under a lock and compares
tokens in constant time (``hmac.compare_digest``). Renewing calls the
``on_renewed`` listeners with the old token, so the server can drop that
token's open connections at once.

Public API::

    links = ShareLinks(store)                 # tokens for every group, made once, kept
    links.group_token(group_id) -> str        # UnknownGroupError for a group not in the session
    links.view_token() -> str
    links.renew(group_id) -> str              # a new token; the old one stops working now
    links.renew_view() -> str
    links.access(token) -> Access | None      # Access(group_id=None) is the view link
    links.on_renewed(callback)                # callback(old_token), on the renewing thread
    page_url(base, token) -> str              # "http://192.168.1.20:8765/t/TOKEN/"
    base_url(host, port) -> str               # "http://192.168.1.20:8765" (IPv6 in brackets)
    lan_addresses() -> list[str]              # this machine's LAN IPv4 addresses
    free_port(bind, preferred=DEFAULT_PORT) -> int
"""

from __future__ import annotations

import errno
import hmac
import ipaddress
import os
import secrets
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app.session import SessionStore

STATE_KEY = "share.links"
DEFAULT_PORT = 8765
PORT_ATTEMPTS = 20
TOKEN_BYTES = 24  # 192 bits; the issue asks for at least 128
_VIEW = "view"
# "In use" and "not allowed" (Windows reserves port ranges for Hyper-V) on POSIX and Windows.
_PORT_TAKEN = {errno.EADDRINUSE, errno.EACCES,
               getattr(errno, "WSAEADDRINUSE", errno.EADDRINUSE), getattr(errno, "WSAEACCES", errno.EACCES)}


@dataclass(frozen=True)
class Access:
    """What a valid token opens: one group's page (``group_id``) or the read-only view (None)."""

    group_id: int | None

    @property
    def read_only(self) -> bool:
        return self.group_id is None


def new_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


class ShareLinks:
    """Per-group and view tokens, kept in the session so links survive restarts.

    Groups added to the session later get a token on their first
    ``group_token`` call; removed groups keep theirs (re-adding them revives the
    same link) but ``access`` no longer admits them once ``forget_missing`` is
    called by the owner, e.g. after the group list changed.
    """

    def __init__(self, store: SessionStore) -> None:
        self._store = store
        self._lock = threading.Lock()
        self._listeners: list[Callable[[str], None]] = []
        saved: Any = store.get_state(STATE_KEY, {})
        saved = saved if isinstance(saved, dict) else {}
        groups = saved.get("groups") if isinstance(saved.get("groups"), dict) else {}
        self._view: str = saved.get(_VIEW) if _valid(saved.get(_VIEW)) else new_token()
        self._groups: dict[int, str] = {
            int(key): value for key, value in groups.items()
            if key.isdigit() and _valid(value)}
        self._active: set[int] = set()
        self.forget_missing()

    def forget_missing(self) -> None:
        """Re-read the session's groups: new ones get tokens, removed ones lose access."""
        ids = {group.id for group in self._store.groups()}
        with self._lock:
            for group_id in ids:
                self._groups.setdefault(group_id, new_token())
            self._active = ids
        self._save()

    def group_token(self, group_id: int) -> str:
        with self._lock:
            known = group_id in self._active
            token = self._groups.get(group_id)
        if known and token is not None:
            return token
        self._store.group(group_id)  # raises UnknownGroupError for a stranger
        self.forget_missing()
        return self._groups[group_id]

    def view_token(self) -> str:
        with self._lock:
            return self._view

    def renew(self, group_id: int) -> str:
        """Give the group a new link; the old token is refused from this call on."""
        self.group_token(group_id)
        with self._lock:
            old, self._groups[group_id] = self._groups[group_id], new_token()
            token = self._groups[group_id]
        self._save()
        self._notify(old)
        return token

    def renew_view(self) -> str:
        with self._lock:
            old, self._view = self._view, new_token()
            token = self._view
        self._save()
        self._notify(old)
        return token

    def access(self, token: str) -> Access | None:
        """What ``token`` opens, or None. Every known token is compared, in constant time."""
        candidate = token.encode("utf-8", "replace")
        found: Access | None = None
        with self._lock:
            entries = [(self._view, None), *((t, g) for g, t in self._groups.items()
                                             if g in self._active)]
        for known, group_id in entries:
            if hmac.compare_digest(candidate, known.encode("ascii")):
                found = Access(group_id)
        return found

    def on_renewed(self, callback: Callable[[str], None]) -> None:
        self._listeners.append(callback)

    def _notify(self, old_token: str) -> None:
        for callback in list(self._listeners):
            callback(old_token)

    def _save(self) -> None:
        with self._lock:
            value = {_VIEW: self._view,
                     "groups": {str(g): t for g, t in sorted(self._groups.items())}}
        if self._store.get_state(STATE_KEY) != value and not self._store.read_only:
            self._store.set_state(STATE_KEY, value)


def _valid(value: Any) -> bool:
    """A stored token we accept back: long enough and URL-safe (a hand-edited file may hold anything)."""
    return (isinstance(value, str) and len(value) >= 22  # 22 base64 chars = 132 bits
            and all(c.isalnum() or c in "-_" for c in value) and value.isascii())


def base_url(host: str, port: int) -> str:
    """``http://HOST:PORT``; an IPv6 address goes in brackets."""
    if ":" in host:
        host = f"[{host}]"
    return f"http://{host}:{port}"


def page_url(base: str, token: str) -> str:
    """The group (or view) page under ``base``, e.g. ``http://10.0.0.5:8765/t/TOKEN/``."""
    return f"{base.rstrip('/')}/t/{token}/"


def lan_addresses() -> list[str]:
    """This machine's IPv4 addresses other devices on the LAN may reach, most likely first.

    Two portable stdlib sources: the address of the interface that routes
    outwards (a UDP ``connect`` sends no packet), then whatever the host name
    resolves to. Loopback and link-local addresses are left out; an empty list
    means no network (use a hotspot, docs/grupper-paa-egne-enheter.md).
    """
    found: list[str] = []
    for probe in ("192.0.2.1", "10.255.255.255"):  # TEST-NET-1 and a private address: never contacted
        try:
            with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp:
                udp.connect((probe, 9))
                found.append(udp.getsockname()[0])
        except OSError:
            continue
    try:
        infos = socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)
    except OSError:
        infos = []
    found.extend(str(info[4][0]) for info in infos)
    result: list[str] = []
    for text in found:
        address = ipaddress.ip_address(text)
        if address.is_loopback or address.is_link_local or address.is_unspecified:
            continue
        if text not in result:
            result.append(text)
    return result


def free_port(bind: str, preferred: int = DEFAULT_PORT, attempts: int = PORT_ATTEMPTS) -> int:
    """``preferred`` if it can be bound on ``bind``, else the next free one (OSError if none).

    The check binds and closes at once; the server binds the same port right
    after, and if someone took it in between, the server asks again. On POSIX
    the probe sets SO_REUSEADDR as the server (aiohttp) does, so a port whose
    last connections are in TIME_WAIT counts as free, while one with a
    listener does not; on Windows that option would let it share a port in
    use, and TIME_WAIT does not block a bind there anyway.
    """
    family = socket.AF_INET6 if ":" in bind else socket.AF_INET
    last: OSError | None = None
    for port in range(preferred, preferred + attempts):
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            if os.name != "nt":
                probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                probe.bind((bind, port))
            except OSError as error:
                if error.errno not in _PORT_TAKEN:
                    raise
                last = error
                continue
            return port
    raise OSError(errno.EADDRINUSE, f"no free port in {preferred}-{preferred + attempts - 1} on {bind}"
                  ) from last
