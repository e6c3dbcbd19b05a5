"""The room server: the group pages over the local network (aiohttp, its own thread and loop).

Imported only when sharing starts, so the presenter's start-up never loads
aiohttp. ``start()`` and ``stop()`` may be called from any thread; the server
runs an asyncio loop on a thread of its own and reaches the session only
through a ``RoomBackend`` (app.share.room), on one worker thread.

Routes, all under a token (``/t/TOKEN/...``); nothing else is ever served:

    GET  /t/T/          the group page (or the read-only view page)
    GET  /t/T/tid       the "Bare tid" page: countdown and task title only
    GET  /t/T/page.js, /t/T/page.css      the page's own two assets, from memory
    GET  /t/T/state     JSON: the group, its notes and follow-ups, the round
    GET  /t/T/ws        WebSocket: the round, others' saves, clock pings
    POST /t/T/note      {"task", "text", "base"} -> the saved (maybe merged) version
    POST /t/T/followup  {"op": "add"|"update"|"remove", "id", "text"}
    POST /t/T/done      {"done": true|false}

Defences (a shared Wi-Fi is hostile, docs/grupper-paa-egne-enheter.md):
an unknown token, or a view token on a write, is 403 (tokens compared in
constant time by ``ShareLinks.access``); a Host header that is not one of this
machine's addresses is 403 (DNS rebinding), and so is a foreign Origin on a
write or a WebSocket; no CORS headers; a strict Content-Security-Policy with
no inline script; bodies over ``Limits.body_bytes`` are 413; more than
``Limits.saves_per_second`` writes per token (a burst of ``save_burst``) or
``Limits.connections_per_token`` open sockets are 429.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import errno
import ipaddress
import json
import logging
import sqlite3
import threading
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any

from aiohttp import WSMsgType, web

from app.paths import RESOURCES
from app.session import SessionError, UnknownGroupError
from app.session.limits import MAX_FOLLOW_UP_CHARS, MAX_NOTE_CHARS
from app.share.links import Access, ShareLinks, base_url, free_port, lan_addresses
from app.share.room import NoteRequest, NoteSaved, RoomBackend, RoomInputError, TextTooLong, check_length
from app.timing.clock import Clock

log = logging.getLogger(__name__)

WEB = RESOURCES / "web" / "room"
# The page's files: route name -> (file, content type). Never a path from a request.
ASSETS = {
    "": ("index.html", "text/html; charset=utf-8"),
    "tid": ("index.html", "text/html; charset=utf-8"),
    "page.js": ("page.js", "text/javascript; charset=utf-8"),
    "page.css": ("page.css", "text/css; charset=utf-8"),
    "icon.svg": ("icon.svg", "image/svg+xml"),
}
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
       "connect-src 'self' {ws}; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
LOOPBACK_NAMES = {"localhost", "127.0.0.1", "::1"}
ADDRESS_REFRESH_S = 30.0  # a laptop may get a new address (DHCP, a hotspot switched on)


@dataclass(frozen=True)
class Limits:
    """What one token may do; generous for a group of ten, tight for a script."""

    body_bytes: int = 1024 * 1024  # 100 000 characters of notes, as UTF-8 JSON, fit
    saves_per_second: float = 10.0
    save_burst: int = 20
    connections_per_token: int = 20
    ws_message_bytes: int = 4096  # the page sends only clock pings


class _Bucket:
    """A token bucket: ``take`` is False when the caller is over its rate."""

    def __init__(self, rate: float, burst: int) -> None:
        self.rate, self.burst = rate, burst
        self.level = float(burst)
        self.stamp = time.monotonic()

    def take(self) -> bool:
        now = time.monotonic()
        self.level = min(self.burst, self.level + (now - self.stamp) * self.rate)
        self.stamp = now
        if self.level < 1:
            return False
        self.level -= 1
        return True


class RoomServer:
    """Serves the group pages for ``links`` from ``backend`` on ``bind`` addresses.

    ``bind``: addresses to listen on (default: this machine's LAN addresses
    and loopback). ``port``: the port to use, or None for 8765 or the next
    free one. ``clock`` stamps the round's countdowns (the page's offset is
    measured against it).
    """

    def __init__(self, links: ShareLinks, backend: RoomBackend, *, clock: Clock,
                 bind: Sequence[str] | None = None, port: int | None = None,
                 language: str = "nb", limits: Limits = Limits()) -> None:
        self._links = links
        self._backend = backend
        self._clock = clock
        lan = lan_addresses()
        self._bind = list(bind) if bind else [*lan, "127.0.0.1"]
        self._fixed_port = port
        self._language = language
        self._limits = limits
        self._assets = {name: ((WEB / file).read_bytes(), kind) for name, (file, kind) in ASSETS.items()}
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._runner: web.AppRunner | None = None
        self._stopped: asyncio.Event | None = None
        self._worker = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="plenum-room-writer")
        self._sockets: dict[str, set[web.WebSocketResponse]] = {}
        self._buckets: dict[str, _Bucket] = {}
        self._round: dict[str, Any] = {}
        self._group_names: dict[int, str] = {}
        self._notes_waiting: list[tuple[NoteRequest, asyncio.Future[NoteSaved | RoomInputError]]] = []
        self._notes_writer: asyncio.Future[None] | None = None
        self._own_names = self._own_addresses(lan)
        self.port = 0
        links.on_renewed(self._drop_token)

    # --- life cycle (any thread) --------------------------------------------------

    @property
    def addresses(self) -> list[str]:
        """The addresses listened on, most useful first (a LAN address before loopback)."""
        return list(self._bind)

    def base_url(self) -> str:
        """The address a person on the LAN types: the first bound address that is not a wildcard."""
        host = next((a for a in self._bind if not _wildcard(a)), None)
        if host is None:
            host = next(iter(lan_addresses()), "127.0.0.1")
        return base_url(host, self.port)

    def start(self, timeout: float = 10.0) -> None:
        """Listen, or raise OSError (no free port, an address not on this machine).

        A stopped server may be started again (sharing switched off and on): it
        listens anew, on the same port if ``port`` was given, else on the first free one.
        """
        if self._thread is not None:
            return
        self._worker = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="plenum-room-writer")
        self._sockets, self._buckets = {}, {}
        ready: concurrent.futures.Future[None] = concurrent.futures.Future()
        self._thread = threading.Thread(target=self._run, args=(ready,), name="plenum-room-server",
                                        daemon=True)
        self._thread.start()
        try:
            ready.result(timeout)
        except BaseException:
            self._thread.join(timeout)
            self._thread = None
            raise

    def stop(self, timeout: float = 10.0) -> None:
        """Close every connection and the listening sockets; returns when they are closed."""
        loop, thread, stopped = self._loop, self._thread, self._stopped
        if loop is None or thread is None or stopped is None:
            return
        loop.call_soon_threadsafe(stopped.set)
        thread.join(timeout)
        self._thread = None
        self._worker.shutdown(wait=True)

    def __enter__(self) -> RoomServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # --- what the owner tells the pages (any thread) ---------------------------------

    def publish_round(self, view: dict[str, Any]) -> None:
        """The round changed (``room.round_view``): every page gets it at once."""
        self._call_soon(self._publish_round, view)

    def group_changed(self, group_id: int) -> None:
        """The console changed a group's notes, follow-ups or name: its pages reload them."""
        self._call_soon(self._push_group_later, group_id)

    def connections(self) -> dict[int | None, int]:
        """Open pages per group id (None: the view link), for the console's Gruppearbeid."""
        counts: dict[int | None, int] = {}
        for token, sockets in list(self._sockets.items()):
            access = self._links.access(token)
            if access is not None and sockets:
                counts[access.group_id] = counts.get(access.group_id, 0) + len(sockets)
        return counts

    def _call_soon(self, callback: Callable[..., Any], *args: Any) -> None:
        loop = self._loop
        if loop is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):  # the loop closed in between
                loop.call_soon_threadsafe(callback, *args)

    # --- the loop's thread ------------------------------------------------------------

    def _run(self, ready: concurrent.futures.Future[None]) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            loop.run_until_complete(self._serve(ready))
        except BaseException as error:
            if not ready.done():
                ready.set_exception(error)
            else:
                log.exception("room server stopped")
        finally:
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()
            self._loop = None

    async def _serve(self, ready: concurrent.futures.Future[None]) -> None:
        self._stopped = asyncio.Event()
        app = web.Application(client_max_size=self._limits.body_bytes)
        app.router.add_route("*", "/{tail:.*}", self._dispatch)
        runner = web.AppRunner(app, access_log=None, handle_signals=False, shutdown_timeout=1.0)
        await runner.setup()
        self._runner = runner
        try:
            await self._listen(runner)
        except BaseException:
            await runner.cleanup()
            raise
        ready.set_result(None)
        refresh = asyncio.ensure_future(self._refresh_addresses())
        await self._stopped.wait()
        refresh.cancel()
        for sockets in list(self._sockets.values()):
            for socket in list(sockets):
                await socket.close(code=1001, message=b"sharing stopped")
        await runner.cleanup()

    async def _listen(self, runner: web.AppRunner) -> None:
        try:
            await self._bind_sites(runner)
        except OSError as error:
            if error.errno == errno.EADDRNOTAVAIL:
                raise OSError(error.errno, f"{', '.join(self._bind)}: not an address of this machine "
                                           "(give one of its own with --bind, or none)") from error
            raise

    async def _bind_sites(self, runner: web.AppRunner) -> None:
        port = self._fixed_port or free_port(self._bind[0])
        for _attempt in range(20):
            sites = [web.TCPSite(runner, address, port) for address in self._bind]
            try:
                for site in sites:
                    await site.start()
            except OSError:
                for site in sites:
                    await site.stop()
                if self._fixed_port:
                    raise
                port = free_port(self._bind[0], port + 1)
                continue
            self.port = port
            return
        raise OSError(f"no free port for {', '.join(self._bind)}")

    # --- requests -----------------------------------------------------------------------

    async def _dispatch(self, request: web.Request) -> web.StreamResponse:
        if not self._host_allowed(request.host):
            return _refuse(403, "this address is not the room server's")
        parts = request.path.split("/")
        # "/t/TOKEN/NAME" splits into ["", "t", TOKEN, NAME]
        if len(parts) != 4 or parts[1] != "t":
            return _refuse(403, "no access")
        token, name = parts[2], parts[3]
        access = self._links.access(token)
        if access is None:
            return _refuse(403, "this link is not valid (any more): ask the facilitator for the new one")
        if request.method == "POST" or name == "ws":
            origin = request.headers.get("Origin")
            if origin is not None and not self._origin_allowed(origin):
                return _refuse(403, "foreign origin")
        if request.method == "GET" and name in ASSETS:
            body, kind = self._assets[name]
            response = web.Response(body=body)
            response.headers["Content-Type"] = kind
            return self._secured(response, request)
        if request.method == "GET" and name == "state":
            try:
                return self._secured(await self._state(access), request)
            except UnknownGroupError:  # removed in the console a moment ago
                return _refuse(403, "this group is no longer in the session")
        if request.method == "GET" and name == "ws":
            return await self._websocket(request, token, access)
        handler = self._writes().get(name)
        if request.method == "POST" and handler is not None:
            return self._secured(await self._write(request, token, access, handler), request)
        return _refuse(403 if request.method in ("GET", "POST") else 405, "no access")

    def _own_addresses(self, lan: Sequence[str]) -> frozenset[str]:
        """The names a Host header may carry: loopback, the bound and the ``lan`` addresses (not 0.0.0.0)."""
        names = LOOPBACK_NAMES | set(self._bind) | set(lan)
        return frozenset(name for name in names if not _wildcard(name))

    async def _refresh_addresses(self) -> None:
        """Re-read the LAN addresses now and then, off the loop (``getaddrinfo`` may be slow)."""
        while True:
            await asyncio.sleep(ADDRESS_REFRESH_S)
            lan = await asyncio.get_running_loop().run_in_executor(None, lan_addresses)
            self._own_names = self._own_addresses(lan)

    def _host_allowed(self, host: str) -> bool:
        name, _, port = host.rpartition(":") if not host.endswith("]") else (host, "", "")
        if name.startswith("[") and name.endswith("]"):
            name = name[1:-1]
        return port == str(self.port) and name.lower() in self._own_names

    def _origin_allowed(self, origin: str) -> bool:
        scheme, _, host = origin.partition("://")
        return scheme == "http" and self._host_allowed(host)

    def _secured(self, response: web.Response, request: web.Request) -> web.Response:
        headers = response.headers
        headers["Content-Security-Policy"] = CSP.format(ws=f"ws://{request.host}")
        headers["X-Content-Type-Options"] = "nosniff"
        headers["Referrer-Policy"] = "no-referrer"  # the token is in the URL
        headers["X-Frame-Options"] = "DENY"
        headers["Cross-Origin-Resource-Policy"] = "same-origin"
        headers["Cache-Control"] = "no-store"
        return response

    async def _in_worker(self, call: Callable[..., Any], *args: Any) -> Any:
        return await asyncio.get_running_loop().run_in_executor(self._worker, call, *args)

    async def _state(self, access: Access) -> web.Response:
        group = None
        if access.group_id is not None:
            group = await self._in_worker(self._backend.group_state, access.group_id)
            self._group_names[access.group_id] = group["name"]
        return web.json_response({"group": group, "round": self._round_for(access),
                                  "language": self._language, "now": self._now_ms(),
                                  "limits": {"note": MAX_NOTE_CHARS, "follow_up": MAX_FOLLOW_UP_CHARS}})

    # --- writes ---------------------------------------------------------------------------

    def _writes(self) -> dict[str, Callable[[int, dict[str, Any]], Awaitable[dict[str, Any]]]]:
        return {"note": self._save_note, "followup": self._follow_up, "done": self._done}

    async def _write(self, request: web.Request, token: str, access: Access,
                     handler: Callable[[int, dict[str, Any]], Awaitable[dict[str, Any]]]) -> web.Response:
        if access.group_id is None:
            return _refuse(403, "this link can only read")
        bucket = self._buckets.setdefault(
            token, _Bucket(self._limits.saves_per_second, self._limits.save_burst))
        if not bucket.take():
            return _refuse(429, "too many saves: slow down")
        if (request.content_length or 0) > self._limits.body_bytes:
            return _refuse(413, "too large")
        try:
            body = await request.json()
        except web.HTTPRequestEntityTooLarge:
            return _refuse(413, "too large")
        except (ValueError, UnicodeDecodeError):
            return _refuse(400, "not JSON")
        if not isinstance(body, dict):
            return _refuse(400, "not a JSON object")
        try:
            answer = await handler(access.group_id, body)
        except RoomInputError as error:
            return _refuse(413 if isinstance(error, TextTooLong) else 400, str(error))
        except (OSError, sqlite3.Error, SessionError) as error:
            # The session could not take it now (disk full, file gone): the page keeps the
            # text and sends it again.
            log.warning("room server: a device's save failed: %s", error)
            return _refuse(503, "not saved yet: the text is kept on this device and sent again")
        return web.json_response(answer)

    async def _save_note(self, group_id: int, body: dict[str, Any]) -> dict[str, Any]:
        task, text, base = body.get("task"), body.get("text"), body.get("base")
        if not isinstance(task, str) or not isinstance(text, str) or not (
                base is None or (isinstance(base, int) and not isinstance(base, bool))):
            raise RoomInputError("a note needs task (text), text (text) and base (a version or null)")
        check_length(text, MAX_NOTE_CHARS, "notes")
        saved = await self._queue_note(NoteRequest(group_id, task, text, base))
        answer = {"task": saved.task_id, "version": saved.version, "text": saved.text,
                  "saved_at": saved.saved_at.isoformat(), "own": saved.own, "merged": saved.merged}
        self._broadcast(group_id, {"type": "note", **answer})
        return answer

    async def _queue_note(self, request: NoteRequest) -> NoteSaved:
        """Save with whatever else is waiting, in one batch (see ``RoomBackend.save_notes``)."""
        answer: asyncio.Future[NoteSaved | RoomInputError] = asyncio.get_running_loop().create_future()
        self._notes_waiting.append((request, answer))
        if self._notes_writer is None or self._notes_writer.done():
            self._notes_writer = asyncio.ensure_future(self._write_notes())
        result = await answer
        if isinstance(result, RoomInputError):
            raise result
        return result

    async def _write_notes(self) -> None:
        while self._notes_waiting:
            batch, self._notes_waiting = self._notes_waiting, []
            try:
                results = await self._in_worker(self._backend.save_notes, [request for request, _ in batch])
            except Exception as error:  # every waiting device gets it (503, or 500 if unexpected)
                for _, answer in batch:
                    if not answer.done():
                        answer.set_exception(error)
                continue
            for (_, answer), result in zip(batch, results, strict=True):
                if not answer.done():  # a device that went away before the answer
                    answer.set_result(result)

    async def _follow_up(self, group_id: int, body: dict[str, Any]) -> dict[str, Any]:
        op, ident, text = body.get("op"), body.get("id"), body.get("text", "")
        if not isinstance(text, str):  # refused as before: in the words, and with the 413, of a text too long
            raise TextTooLong("a follow-up point", MAX_FOLLOW_UP_CHARS)
        check_length(text, MAX_FOLLOW_UP_CHARS, "a follow-up point")
        backend = self._backend
        if op == "add":
            await self._in_worker(backend.add_follow_up, group_id, text)
        elif op in ("update", "remove") and isinstance(ident, int):
            if op == "update":
                await self._in_worker(backend.update_follow_up, group_id, ident, text)
            else:
                await self._in_worker(backend.remove_follow_up, group_id, ident)
        else:
            raise RoomInputError("op must be add, update or remove (with an id)")
        return await self._push_group(group_id)

    async def _done(self, group_id: int, body: dict[str, Any]) -> dict[str, Any]:
        done = body.get("done")
        if not isinstance(done, bool):
            raise RoomInputError("done must be true or false")
        await self._in_worker(self._backend.set_done, group_id, done)
        return await self._push_group(group_id)

    async def _push_group(self, group_id: int) -> dict[str, Any]:
        state: dict[str, Any] = await self._in_worker(self._backend.group_state, group_id)
        self._group_names[group_id] = state["name"]
        self._broadcast(group_id, {"type": "group", "group": state,
                                   "round": self._round_for(Access(group_id))})
        return state

    def _push_group_later(self, group_id: int) -> None:
        task = asyncio.ensure_future(self._push_group(group_id))
        task.add_done_callback(_log_failure)

    # --- live updates ------------------------------------------------------------------

    async def _websocket(self, request: web.Request, token: str, access: Access) -> web.StreamResponse:
        sockets = self._sockets.setdefault(token, set())
        if len(sockets) >= self._limits.connections_per_token:
            return _refuse(429, "too many open pages for this link")
        # No per-message compression: the messages are a few hundred bytes, and each
        # compressing socket would keep its own zlib state.
        socket = web.WebSocketResponse(heartbeat=20.0, max_msg_size=self._limits.ws_message_bytes,
                                       compress=False)
        await socket.prepare(request)
        sockets.add(socket)
        try:
            await socket.send_json({"type": "round", "round": self._round_for(access), "now": self._now_ms()})
            async for message in socket:
                if message.type != WSMsgType.TEXT:
                    break
                await self._on_message(socket, message.data)
        finally:
            sockets.discard(socket)
        return socket

    async def _on_message(self, socket: web.WebSocketResponse, data: str) -> None:
        try:
            message = json.loads(data)
        except ValueError:
            return
        if isinstance(message, dict) and message.get("type") == "ping":
            await socket.send_json({"type": "pong", "t0": message.get("t0"), "now": self._now_ms()})

    def _now_ms(self) -> int:
        return round(self._clock.now().timestamp() * 1000)

    def _round_for(self, access: Access) -> dict[str, Any]:
        """The round as one page shows it: its group's own timer if it has one, else the round's."""
        view = dict(self._round)
        groups = view.pop("groups", {})
        name = self._group_names.get(access.group_id) if access.group_id is not None else None
        own = groups.get(name) if name is not None else None
        view["timer"] = own if own is not None else view.get("round")
        view["own_timer"] = own is not None
        return view

    def _publish_round(self, view: dict[str, Any]) -> None:
        self._round = view
        for token, sockets in list(self._sockets.items()):
            access = self._links.access(token)
            if access is None:
                continue
            message = {"type": "round", "round": self._round_for(access), "now": self._now_ms()}
            for socket in list(sockets):
                _send_soon(socket, message)

    def _broadcast(self, group_id: int, message: dict[str, Any]) -> None:
        for token, sockets in list(self._sockets.items()):
            access = self._links.access(token)
            if access is not None and access.group_id == group_id:
                for socket in list(sockets):
                    _send_soon(socket, message)

    def _drop_token(self, old_token: str) -> None:
        """A renewed link: its open pages are closed at once (called on the renewing thread)."""
        self._call_soon(self._close_token, old_token)

    def _close_token(self, token: str) -> None:
        for socket in self._sockets.pop(token, set()):
            task = asyncio.ensure_future(socket.close(code=4403, message=b"link renewed"))
            task.add_done_callback(_log_failure)
        self._buckets.pop(token, None)


def _wildcard(address: str) -> bool:
    """0.0.0.0 or ::, which a page can never be addressed by (a host name is not a wildcard)."""
    try:
        return ipaddress.ip_address(address).is_unspecified
    except ValueError:
        return False


def _send_soon(socket: web.WebSocketResponse, message: dict[str, Any]) -> None:
    if not socket.closed:
        task = asyncio.ensure_future(socket.send_json(message))
        task.add_done_callback(_log_failure)


def _log_failure(task: asyncio.Future[Any]) -> None:
    if not task.cancelled() and task.exception() is not None:
        error = task.exception()
        if not isinstance(error, ConnectionError):
            log.warning("room server: %s", error)


def _refuse(status: int, message: str) -> web.Response:
    response = web.json_response({"error": message}, status=status)
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Cache-Control"] = "no-store"
    return response


def assets_size() -> int:
    """Bytes of the page's own files (index.html, page.js, page.css): the page's whole weight."""
    return sum((WEB / file).stat().st_size for file in {file for file, _ in ASSETS.values()})


__all__ = ["ASSETS", "WEB", "Limits", "RoomServer", "assets_size"]
