"""Sharing with the groups' devices (issue 13): 50 devices, each saving once a second.

``share_save_p95_ms``: a device's save, from the POST leaving the device to
the answer, which the server sends only after the text is committed in the
session file (WAL, ``synchronous=FULL``), through ``plenum serve``'s own
pieces (RoomServer + SessionRoom) in a child process. Each device types into
its own cell (10 groups x 5 tasks) and sends its whole text, growing by a
sentence, with the version it typed from, as the page does; all 50 keep a
WebSocket open and read what the server pushes. Baseline: the same commit
(``SessionStore.save_summary``) called directly, without HTTP.

``share_memory_mib``: the child's resident memory with 50 devices connected,
each having saved a few times (read 3 s into the run), minus the same process
with its session open before sharing started: aiohttp imported, the server,
sockets, buffers. Read early so that the session's own growth over the run
(SQLite's page cache filling with the new versions, as it would with typing
on the console) is not counted as sharing's. The note gives the idle server
(started, nobody connected) too: most of the figure is importing aiohttp.
``share_page_kb``: the group page's own files, all it ever loads.
"""

from __future__ import annotations

import asyncio
import random
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from bench.context import ROOT, SEED_EVENT, Run, talking_child
from bench.result import Absent, Figure

if TYPE_CHECKING:
    from aiohttp import ClientSession, ClientWebSocketResponse

FIGURES = {
    "share_save_p95_ms": "a device's save committed in the session, 50 devices saving 1/s",
    "share_commit_p95_ms": "the same commit without the server (SessionStore.save_summary)",
    "share_memory_mib": "memory added by sharing, 50 devices connected and saving",
    "share_rss_off_mib": "the sharing process before sharing started (session open)",
    "share_page_kb": "the group page's weight (HTML, JS, CSS, icon)",
}
DEVICES = 50
MEMORY_AT_S = 3.0
GROUPS = 10  # x 5 seed tasks = 50 cells, one per device


def missing(_run: Run) -> str | None:
    if not Path("/proc/self/status").exists():
        return "needs Linux /proc"
    return None


def measure(run: Run) -> list[Figure | Absent]:
    from app.share.server import assets_size

    seconds = run.reps(8, 30)
    with tempfile.TemporaryDirectory(prefix="plenum-bench-") as folder:
        latencies, (rss_off, rss_idle, rss_on) = _run_devices(Path(folder), seconds)
        commits = _direct_commits(Path(folder), run.reps(200, 1000))
    note = f"{DEVICES} devices x {seconds} s, {len(latencies)} saves"
    memory_note = (f"the server idle, before any device: +{(rss_idle - rss_off) / 1024:.1f} MiB; "
                   f"read {MEMORY_AT_S:g} s after {DEVICES} devices connected")
    return [
        Figure("share_save_p95_ms", FIGURES["share_save_p95_ms"], "ms", tuple(latencies), statistic="p95",
               budget=100.0, budget_text="≤ 100 ms", baseline="share_commit_p95_ms", note=note),
        Figure("share_commit_p95_ms", FIGURES["share_commit_p95_ms"], "ms", tuple(commits),
               statistic="p95", budget_text="baseline"),
        Figure("share_memory_mib", FIGURES["share_memory_mib"], "MiB", ((rss_on - rss_off) / 1024,),
               budget=25.0, budget_text="≤ 25 MiB", baseline="share_rss_off_mib", note=memory_note),
        Figure("share_rss_off_mib", FIGURES["share_rss_off_mib"], "MiB", (rss_off / 1024,),
               budget_text="baseline"),
        Figure("share_page_kb", FIGURES["share_page_kb"], "KB", (assets_size() / 1000,),
               budget=100.0, budget_text="≤ 100 KB"),
    ]


def _run_devices(folder: Path, seconds: int) -> tuple[list[float], tuple[int, int, int]]:
    """Save latencies, and the child's RSS in KiB: sharing off, server idle, devices connected."""
    args = [str(ROOT / "bench" / "share_child.py"), str(SEED_EVENT), str(folder / "share.plenum"),
            str(GROUPS)]
    with talking_child(args, timeout=30) as child:
        assert child.stdin is not None and child.stdout is not None
        rss_off = int(child.stdout.readline().split()[1])
        cells: list[tuple[str, str]] = []
        for line in child.stdout:
            if line.strip() == "ready":
                break
            _, url, task = line.split()
            cells.append((url, task))
        if len(cells) < DEVICES:
            raise RuntimeError(f"the child offered {len(cells)} cells for {DEVICES} devices")

        def rss() -> int:
            assert child.stdin is not None and child.stdout is not None
            child.stdin.write("rss\n")
            child.stdin.flush()
            return int(child.stdout.readline().split()[1])

        rss_idle = rss()
        latencies, rss_on = asyncio.run(_devices(cells[:DEVICES], seconds, rss))
    return latencies, (rss_off, rss_idle, rss_on)


async def _devices(cells: list[tuple[str, str]], seconds: int,
                   rss: Callable[[], int]) -> tuple[list[float], int]:
    import aiohttp

    latencies: list[float] = []
    connector = aiohttp.TCPConnector(limit=0)
    async with aiohttp.ClientSession(connector=connector) as session:
        sockets = [await session.ws_connect(url + "ws") for url, _ in cells]
        drains = [asyncio.ensure_future(_drain(socket)) for socket in sockets]
        try:
            saving = asyncio.gather(*(_device(session, url, task, seconds, latencies, index)
                                      for index, (url, task) in enumerate(cells)))
            await asyncio.sleep(MEMORY_AT_S)
            rss_on = await asyncio.get_running_loop().run_in_executor(None, rss)
            await saving
        finally:
            for socket in sockets:
                await socket.close()
            for drain in drains:
                drain.cancel()
    return latencies, rss_on


async def _drain(socket: ClientWebSocketResponse) -> None:
    async for _message in socket:
        pass


async def _device(session: ClientSession, url: str, task: str, seconds: int, latencies: list[float],
                  index: int) -> None:
    rng = random.Random(index)
    await asyncio.sleep(rng.random())  # devices do not save in step
    text, base = "", None
    begin = time.monotonic()
    for second in range(seconds):
        text += f"Punkt {second}: gruppen mener at samarbeidet virker. "
        started = time.perf_counter()
        body = {"task": task, "text": text, "base": base}
        async with session.post(url + "note", json=body) as answer:
            if answer.status != 200:
                raise RuntimeError(f"a device's save got {answer.status}: {await answer.text()}")
            saved = await answer.json()
        latencies.append((time.perf_counter() - started) * 1000)
        if saved["text"] != text:
            raise RuntimeError("the saved text differs from the device's")
        base = saved["version"]
        await asyncio.sleep(max(0.0, begin + second + 1 - time.monotonic()))


def _direct_commits(folder: Path, count: int) -> list[float]:
    from app.event import load_event
    from app.session import DEVICE_SOURCE, SessionStore

    event = load_event(SEED_EVENT).event
    if event is None:
        raise RuntimeError(f"{SEED_EVENT} does not load")
    samples = []
    with SessionStore.create(folder / "direct.plenum", event) as store:
        group, task = store.groups()[0].id, event.groupwork.tasks[0].id
        text = ""
        for index in range(count):
            text += f"Punkt {index}. "
            started = time.perf_counter()
            store.save_summary(group, task, text, source=DEVICE_SOURCE)
            samples.append((time.perf_counter() - started) * 1000)
    return samples
