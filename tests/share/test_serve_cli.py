"""``plenum serve`` as a user runs it: one link per group, then the view link, until SIGTERM."""

from __future__ import annotations

import http.client
import os
import signal
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest


@pytest.mark.slow  # runs plenum in a fresh interpreter
def test_serve_prints_working_links_and_stops_on_sigterm(tmp_path: Path) -> None:
    from sessionkit import write_event

    event = write_event(tmp_path)
    with subprocess.Popen(
        [sys.executable, "-m", "app", "serve", str(event.path), "--bind", "127.0.0.1"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"}) as process:
        assert process.stdout is not None
        lines = [process.stdout.readline().rstrip("\n") for _ in range(3)]
        names = [line.split("\t")[0] for line in lines]
        assert names == ["Gruppe 1", "Gruppe 2", "view"]
        for line in lines:
            url = urlsplit(line.split("\t")[1])
            assert url.hostname == "127.0.0.1" and url.path.startswith("/t/") and len(url.path) > 30
            connection = http.client.HTTPConnection(url.hostname, url.port, timeout=10)
            connection.request("GET", url.path)
            assert connection.getresponse().status == 200
            connection.close()
        process.send_signal(signal.SIGTERM if sys.platform != "win32" else signal.CTRL_BREAK_EVENT)
        assert process.wait(timeout=15) == 0
    assert (tmp_path / "faggruppesamling-2021.plenum").exists()


def test_serve_explains_a_session_held_elsewhere(tmp_path: Path) -> None:
    from sessionkit import write_event

    from app.session import SessionStore

    event = write_event(tmp_path)
    with SessionStore.create(tmp_path / "held.plenum", event):
        done = subprocess.run([sys.executable, "-m", "app", "serve", str(event.path), "--session",
                               str(tmp_path / "held.plenum"), "--bind", "127.0.0.1"],
                              capture_output=True, text=True, timeout=60)
    assert done.returncode == 1 and done.stdout == ""
    assert "plenum serve:" in done.stderr and "Traceback" not in done.stderr


@pytest.mark.parametrize("port", ["99999", "0"])
def test_a_bad_port_is_one_line(tmp_path: Path, port: str) -> None:
    from sessionkit import write_event

    event = write_event(tmp_path)
    done = subprocess.run([sys.executable, "-m", "app", "serve", str(event.path), "--bind", "127.0.0.1",
                           "--port", port], capture_output=True, text=True, timeout=60)
    assert done.returncode == 1 and "Traceback" not in done.stderr and done.stderr.count("\n") == 1


@pytest.mark.slow  # runs plenum in a fresh interpreter
def test_a_bind_address_not_on_this_machine_is_one_line(tmp_path: Path) -> None:
    from sessionkit import write_event

    event = write_event(tmp_path)
    done = subprocess.run([sys.executable, "-m", "app", "serve", str(event.path), "--bind", "192.0.2.1"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 1 and done.stdout == ""
    assert "not an address of this machine" in done.stderr and done.stderr.count("\n") == 1
