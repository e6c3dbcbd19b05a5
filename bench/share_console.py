"""The console with the room shared (issue 13): 50 devices saving once a second into it.

The real presenting app (``bench/share_console_child.py``: PresenterApp on the
offscreen screens, Notater shown, Gruppearbeid built, «Del med gruppene» on)
serves 50 simulated devices, each typing into its own cell (10 groups x 5
tasks) and sending its whole text once a second with the version it typed
from, as the group page does.

``share_console_shown_p95_ms``: from a device's POST leaving it to the moment
the console's UI thread has put the text in Notater (the grid, and the editor
for the cell shown there), on the system-wide monotonic clock.
``share_console_ui_p95_ms``: the UI thread's time per remote save, every slot
the save reaches (copying it into the views; the commit itself is on the
server's worker thread). Its baseline: the same slots with no device
connected, sent by the console to itself. ``share_console_deferred_ms``: the work the views
do once per burst instead of per save (the history list, Gruppearbeid's room
list), divided by the saves: also UI-thread time, spread out.
``share_console_ui_cpu_p95_ms``: the CPU time of the same slots; wall time
above it is waiting for the GIL (the server's threads run Python too; sharing
shortens the switch interval to 0.5 ms) or for a core on a busy machine.
"""

from __future__ import annotations

import asyncio
import json
import random
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.context import ROOT, SEED_EVENT, Run, talking_child
from bench.result import Absent, Figure

FIGURES = {
    "share_console_shown_p95_ms": "a device's save shown in the console's Notater, 50 devices 1/s",
    "share_console_ui_p95_ms": "UI-thread time per remote save (the console's slots), 50 devices 1/s",
    "share_console_ui_idle_p95_ms": "the same slots with no device connected (baseline)",
    "share_console_ui_cpu_p95_ms": "the UI thread's CPU time in those slots (no waits for the GIL or a core)",
    "share_console_deferred_ms": "UI-thread work done once per burst, per save (history, room list)",
}
DEVICES = 50
GROUPS = 10
IDLE = "#idle"  # the markers of the baseline's saves, made up inside the console


def missing(_run: Run) -> str | None:
    return None


def measure(run: Run) -> list[Figure | Absent]:
    seconds = run.reps(6, 30)
    with tempfile.TemporaryDirectory(prefix="plenum-bench-") as folder:
        sent, report = _run(Path(folder), seconds, run.reps(200, 1000))
    shown = {marker: (at, ui_ms, cpu_ms) for marker, at, ui_ms, cpu_ms in report["shown"]}
    latencies = [(shown[marker][0] - at) * 1000 for marker, at in sent.items() if marker in shown]
    if len(latencies) < len(sent) * 0.95:
        raise RuntimeError(f"the console showed {len(latencies)} of {len(sent)} saves")
    ui = [ui_ms for marker, (_at, ui_ms, _cpu) in shown.items() if not marker.startswith(IDLE)]
    cpu = [cpu_ms for marker, (_at, _ui, cpu_ms) in shown.items() if not marker.startswith(IDLE)]
    idle = [ui_ms for marker, (_at, ui_ms, _cpu) in shown.items() if marker.startswith(IDLE)]
    deferred = sum(sum(times) for times in report["deferred"].values())
    note = f"{DEVICES} devices x {seconds} s, {len(latencies)} saves shown"
    return [
        Figure("share_console_shown_p95_ms", FIGURES["share_console_shown_p95_ms"], "ms",
               tuple(latencies), statistic="p95", budget=1000.0, budget_text="≤ 1 s", note=note),
        Figure("share_console_ui_p95_ms", FIGURES["share_console_ui_p95_ms"], "ms", tuple(ui),
               statistic="p95", budget=2.0, budget_text="≤ 2 ms", baseline="share_console_ui_idle_p95_ms"),
        Figure("share_console_ui_idle_p95_ms", FIGURES["share_console_ui_idle_p95_ms"], "ms", tuple(idle),
               statistic="p95", budget_text="baseline"),
        Figure("share_console_ui_cpu_p95_ms", FIGURES["share_console_ui_cpu_p95_ms"], "ms", tuple(cpu),
               statistic="p95", budget_text="its CPU share"),
        Figure("share_console_deferred_ms", FIGURES["share_console_deferred_ms"], "ms",
               (deferred / max(1, len(ui)),), budget_text="spread out",
               note=", ".join(f"{name} {len(times)}x" for name, times in report["deferred"].items())),
    ]


def _run(folder: Path, seconds: int, idle: int) -> tuple[dict[str, float], dict[str, Any]]:
    args = [str(ROOT / "bench" / "share_console_child.py"), str(SEED_EVENT), str(folder / "console.plenum"),
            str(GROUPS)]
    with talking_child(args, timeout=60) as child:
        assert child.stdin is not None and child.stdout is not None
        cells: list[tuple[str, str]] = []
        for line in child.stdout:
            if line.strip() == "ready":
                break
            if line.startswith("link "):
                _, url, task = line.split()
                cells.append((url, task))
        if len(cells) < DEVICES:
            raise RuntimeError(f"the console offered {len(cells)} cells for {DEVICES} devices")
        child.stdin.write(f"idle {idle}\n")
        child.stdin.flush()
        time.sleep(1.0)
        sent = asyncio.run(_devices(cells[:DEVICES], seconds))
        time.sleep(1.5)  # the last saves reach the UI thread
        child.stdin.write("report\n")
        child.stdin.flush()
        report = json.loads(child.stdout.readline())
    return sent, report


async def _devices(cells: list[tuple[str, str]], seconds: int) -> dict[str, float]:
    """Each device's saves: marker (the text's last word) -> monotonic time the POST left."""
    import aiohttp

    sent: dict[str, float] = {}
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as session:
        await asyncio.gather(*(_device(session, _loopback(url), task, index, seconds, sent)
                               for index, (url, task) in enumerate(cells)))
    return sent


async def _device(session: object, url: str, task: str, index: int, seconds: int,
                  sent: dict[str, float]) -> None:
    import aiohttp

    assert isinstance(session, aiohttp.ClientSession)
    await asyncio.sleep(random.Random(index).random())  # devices do not save in step
    text, base = "", None
    begin = time.monotonic()
    for second in range(seconds):
        marker = f"#{index}.{second}"
        text = text.rsplit(" ", 1)[0] if text else ""
        text += f" Punkt {second}: gruppen mener at samarbeidet virker. {marker}"
        sent[marker] = time.monotonic()
        async with session.post(url + "note", json={"task": task, "text": text, "base": base}) as answer:
            if answer.status != 200:
                raise RuntimeError(f"a device's save got {answer.status}: {await answer.text()}")
            base = (await answer.json())["version"]
        await asyncio.sleep(max(0.0, begin + second + 1 - time.monotonic()))


def _loopback(url: str) -> str:
    """The link on 127.0.0.1 (it names a LAN address; the bench stays on this machine)."""
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    return f"http://127.0.0.1:{parts.port}{parts.path}"
