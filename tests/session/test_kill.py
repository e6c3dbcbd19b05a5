"""Never lose a word: SIGKILL a process that is typing into a session, 20 times.

Each child types through the real ``AutosaveWriter`` and prints, after each
keystroke is handed over, how much text it had and when (CLOCK_MONOTONIC is
system-wide, so the parent can compare). After the kill the session must open
cleanly (the open runs quick_check, and here also integrity_check) and hold
every keystroke handed over more than one second before the kill.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from sessionkit import HOSTILE

from app.event.model import Event
from app.session import SessionStore

TEXT = (HOSTILE * 40)[:4000]
KILLS, AT_ONCE = 20, 5

_TYPIST = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from app.session import AutosaveWriter, SessionStore
    sys.path.insert(0, sys.argv[2])
    from sessionkit import HOSTILE
    text = (HOSTILE * 40)[:4000]
    store = SessionStore.open(Path(sys.argv[1]))
    writer = AutosaveWriter(store)
    print("ready", flush=True)
    for n in range(1, len(text) + 1):
        writer.submit(1, "funn", text[:n], base=None)
        print(n, time.monotonic(), flush=True)
        time.sleep(0.005)
""")

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")


def _start(path: Path) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", _TYPIST, str(path), str(Path(__file__).parents[1])],
        stdout=subprocess.PIPE, text=True, cwd=Path(__file__).parents[2])
    assert child.stdout is not None and child.stdout.readline() == "ready\n"
    return child


@pytest.mark.slow
def test_sigkill_while_typing_loses_at_most_the_last_second(
    tmp_path: Path, event: Event
) -> None:
    rng = random.Random(20210901)
    checked = 0
    for batch in range(KILLS // AT_ONCE):
        paths = [tmp_path / f"kill-{batch}-{i}.plenum" for i in range(AT_ONCE)]
        for path in paths:
            SessionStore.create(path, event).close()
        children = [_start(path) for path in paths]
        deadline = time.monotonic() + rng.uniform(1.2, 2.0)
        killed_at = []
        for child in children:
            time.sleep(max(0.0, deadline - time.monotonic()) + rng.uniform(0, 0.2))
            os.kill(child.pid, signal.SIGKILL)
            killed_at.append(time.monotonic())
        for child, path, kill_time in zip(children, paths, killed_at, strict=True):
            out, _ = child.communicate(timeout=10)
            assert child.returncode == -signal.SIGKILL
            # The kill can cut the last line short: only lines the child finished count.
            finished = out.split("\n")[:-1]
            typed = [fields for line in finished if len(fields := line.split()) == 2]
            safe = max((int(n) for n, t in typed if float(t) < kill_time - 1.0), default=0)
            assert safe > 0, "the child typed nothing a second before the kill"
            with SessionStore.open(path) as store:
                assert not store.read_only  # the dead writer's lock died with it
                current = store.summary(1, "funn")
                assert current is not None and TEXT.startswith(current.text)
                assert len(current.text) >= safe, (len(current.text), safe)
            with sqlite3.connect(path) as conn:
                assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            conn.close()
            checked += 1
    assert checked == KILLS
