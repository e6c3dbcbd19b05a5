"""The room server's contract over HTTP: tokens, hosts, limits, and saves into the session."""

from __future__ import annotations

import http.client
import json
import socket
import time
from typing import Any
from urllib.parse import urlsplit

from roomkit import Room

from app.session.limits import MAX_NOTE_CHARS
from app.share.server import ASSETS, Limits


def request(room: Room, method: str, url: str, body: Any = None, *, host: str | None = None,
            headers: dict[str, str] | None = None, raw: bytes | None = None) -> tuple[int, Any, Any]:
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    sent = dict(headers or {})
    sent["Host"] = host or parts.netloc
    data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
    if data is not None:
        sent["Content-Type"] = "application/json"
    connection.request(method, parts.path, body=data, headers=sent)
    response = connection.getresponse()
    payload = response.read()
    connection.close()
    try:
        decoded = json.loads(payload)
    except ValueError:
        decoded = payload
    return response.status, decoded, response.headers


def test_the_page_is_served_under_its_token_with_a_strict_policy(room: Room) -> None:
    status, body, headers = request(room, "GET", room.url(room.group))
    assert status == 200 and b'<script src="page.js"' in body and b"<script>" not in body
    csp = headers["Content-Security-Policy"]
    assert "default-src 'none'" in csp and "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert headers["Referrer-Policy"] == "no-referrer"
    assert not [name for name in headers if name.lower().startswith("access-control")]
    for name in ASSETS:
        assert request(room, "GET", room.url(room.group, name))[0] == 200


def test_without_a_valid_token_everything_is_403(room: Room) -> None:
    base = room.server.base_url()  # type: ignore[attr-defined]
    good = room.url(room.group)
    for url in (base + "/", base + "/t/", base + "/t/nottoken/", base + "/page.js",
                good.replace("/t/", "/x/"), good[:-2] + "/", good + "../../etc/passwd",
                good + "pyproject.toml", good + "..%2f..%2fpyproject.toml", good + "sub/page.js"):
        assert request(room, "GET", url)[0] == 403, url
    wrong = {"task": "funn", "text": "x", "base": None}
    assert request(room, "POST", base + "/t/wrong/note", wrong)[0] == 403


def test_a_renewed_token_is_refused_at_once(room: Room) -> None:
    old = room.url(room.group)
    room.links.renew(room.group.id)
    assert request(room, "GET", old)[0] == 403
    assert request(room, "GET", room.url(room.group))[0] == 200


def test_a_foreign_host_or_origin_is_refused(room: Room) -> None:
    url = room.url(room.group)
    port = room.server.port  # type: ignore[attr-defined]
    for host in (f"evil.example:{port}", "evil.example", f"127.0.0.1:{port + 1}", f"0.0.0.0:{port}"):
        assert request(room, "GET", url, host=host)[0] == 403, host
    assert request(room, "GET", url, host=f"localhost:{port}")[0] == 200
    status = request(room, "POST", url + "note", {"task": "funn", "text": "x", "base": None},
                     headers={"Origin": "http://evil.example"})[0]
    assert status == 403
    assert room.store.summary(room.group.id, "funn") is None


def test_a_device_save_is_a_summary_version_from_the_device(room: Room) -> None:
    status, body, _ = request(room, "POST", room.url(room.group, "note"),
                              {"task": "funn", "text": "<b>fet</b> & 🙂", "base": None})
    assert status == 200 and body["text"] == "<b>fet</b> & 🙂" and not body["merged"]
    saved = room.store.summary(room.group.id, "funn")
    assert saved is not None and saved.text == "<b>fet</b> & 🙂" and saved.source == "device"
    assert body["version"] == saved.id


def test_saves_typed_from_the_same_version_are_merged_keeping_both(room: Room) -> None:
    url = room.url(room.group, "note")
    first = request(room, "POST", url, {"task": "funn", "text": "Felles: ", "base": None})[1]
    request(room, "POST", url, {"task": "funn", "text": "Felles: Alpha idé", "base": first["version"]})
    status, body, _ = request(room, "POST", url,
                              {"task": "funn", "text": "Felles: Beta tanke", "base": first["version"]})
    assert status == 200 and body["merged"]
    current = room.store.summary(room.group.id, "funn")
    assert current is not None and "Alpha idé" in current.text and "Beta tanke" in current.text
    texts = [v.text for v in room.store.history(room.group.id, "funn")]
    assert "Felles: Beta tanke" in texts  # the device's own words are in the history as typed


def test_the_view_link_cannot_write(room: Room) -> None:
    status = request(room, "POST", room.url(None, "note"), {"task": "funn", "text": "x", "base": None})[0]
    assert status == 403


def test_an_oversized_body_is_413_and_a_too_long_note_too(room: Room) -> None:
    url = room.url(room.group, "note")
    big = b'{"task": "funn", "text": "' + b"x" * (Limits().body_bytes + 10) + b'", "base": null}'
    assert request(room, "POST", url, raw=big)[0] == 413
    long_note = {"task": "funn", "text": "ø" * (MAX_NOTE_CHARS + 1), "base": None}
    assert request(room, "POST", url, long_note)[0] == 413
    assert room.store.summary(room.group.id, "funn") is None


def test_a_flood_of_saves_is_429(room: Room) -> None:
    from concurrent.futures import ThreadPoolExecutor

    url = room.url(room.group, "note")
    first = request(room, "POST", url, {"task": "funn", "text": "v", "base": None})[0]
    # All at once, so a slow machine cannot refill the bucket between them.
    with ThreadPoolExecutor(16) as pool:
        statuses = list(pool.map(lambda i: request(room, "POST", url, {"task": "funn", "text": f"v{i}",
                                                                         "base": None})[0],
                                 range(3 * Limits().save_burst)))
    assert first == 200 and 429 in statuses and set(statuses) <= {200, 429}


def test_follow_ups_and_done_are_written_for_the_tokens_group_only(room: Room) -> None:
    first, second = room.store.groups()
    other = room.store.add_follow_up(second.id, "andre gruppe")
    state = request(room, "POST", room.url(first, "followup"), {"op": "add", "text": "Kartlegge"})[1]
    assert [f["text"] for f in state["follow_ups"]] == ["Kartlegge"]
    status = request(room, "POST", room.url(first, "followup"), {"op": "remove", "id": other.id})[0]
    assert status == 400 and room.store.follow_ups(second.id) == (other,)
    state = request(room, "POST", room.url(first, "done"), {"done": True})[1]
    assert state["done"]
    assert request(room, "GET", room.url(second, "state"))[1]["group"]["done"] is None


def test_stop_closes_the_port(room: Room) -> None:
    port = room.server.port  # type: ignore[attr-defined]
    room.server.stop()  # type: ignore[attr-defined]
    with socket.socket() as probe:
        assert probe.connect_ex(("127.0.0.1", port)) != 0


def test_too_many_open_pages_for_one_link_is_429(room: Room) -> None:
    import asyncio

    import aiohttp

    async def open_pages() -> list[int]:
        statuses = []
        async with aiohttp.ClientSession() as session:
            sockets = []
            for _ in range(Limits().connections_per_token + 1):
                try:
                    sockets.append(await session.ws_connect(room.url(room.group, "ws")))
                    statuses.append(101)
                except aiohttp.WSServerHandshakeError as error:
                    statuses.append(error.status)
            for socket in sockets:
                await socket.close()
        return statuses

    statuses = asyncio.run(open_pages())
    assert statuses[:-1] == [101] * Limits().connections_per_token and statuses[-1] == 429
    for _ in range(200):  # the server drops a closed page as its handler returns: poll, bounded
        if room.server.connections() == {}:  # type: ignore[attr-defined]
            break
        time.sleep(0.01)
    assert room.server.connections() == {}  # type: ignore[attr-defined]


def test_a_stopped_server_starts_again_with_the_same_links(room: Room) -> None:
    url = room.url(room.group)
    room.server.stop()  # type: ignore[attr-defined]
    room.server.start()  # type: ignore[attr-defined]
    assert request(room, "GET", room.url(room.group))[0] == 200
    assert urlsplit(room.url(room.group)).path == urlsplit(url).path
    status = request(room, "POST", room.url(room.group, "note"),
                     {"task": "funn", "text": "etter omstart", "base": None})[0]
    saved = room.store.summary(room.group.id, "funn")
    assert status == 200 and saved is not None and saved.text == "etter omstart"
