"""Talking to the console's room server as a group's device would, over loopback."""

from __future__ import annotations

import http.client
import json
from typing import Any
from urllib.parse import urlsplit


def loopback(url: str) -> str:
    """The same page on 127.0.0.1: tests never leave the machine (the link names a LAN address)."""
    parts = urlsplit(url)
    return f"http://127.0.0.1:{parts.port}{parts.path}"


def request(method: str, url: str, body: Any = None) -> tuple[int, Any]:
    """``(status, decoded JSON or bytes)``; an ``OSError`` when nothing listens."""
    parts = urlsplit(loopback(url))
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    headers = {"Content-Type": "application/json"} if body is not None else {}
    try:
        connection.request(method, parts.path, body=json.dumps(body).encode() if body is not None else None,
                           headers=headers)
        response = connection.getresponse()
        payload = response.read()
    finally:
        connection.close()
    try:
        return response.status, json.loads(payload)
    except ValueError:
        return response.status, payload


def save_note(group_url: str, task: str, text: str, base: int | None = None) -> dict[str, Any]:
    status, body = request("POST", group_url + "note", {"task": task, "text": text, "base": base})
    assert status == 200, body
    assert isinstance(body, dict)
    return body
