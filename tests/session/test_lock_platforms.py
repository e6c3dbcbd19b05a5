"""The writer lock on Windows, faked on Linux: msvcrt's mandatory lock must not hide who holds it."""

from __future__ import annotations

import os
import sys
import types
from pathlib import Path

import pytest

from app.session import lock


class FakeMsvcrt:
    """``msvcrt.locking`` as Windows does it: one byte at the file position, mandatory."""

    LK_NBLCK = 2

    def __init__(self) -> None:
        self.locked: set[tuple[Path, int]] = set()

    def locking(self, fd: int, mode: int, nbytes: int) -> None:
        assert mode == self.LK_NBLCK and nbytes == 1
        key = (Path(os.readlink(f"/proc/self/fd/{fd}")), os.lseek(fd, 0, os.SEEK_CUR))
        if key in self.locked:
            raise PermissionError(13, "Permission denied")
        self.locked.add(key)


@pytest.fixture
def windows(monkeypatch: pytest.MonkeyPatch) -> FakeMsvcrt:
    if not Path("/proc/self/fd").is_dir():
        pytest.skip("the fake needs /proc to name a descriptor's file")
    fake = FakeMsvcrt()
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(lock, "msvcrt", types.SimpleNamespace(LK_NBLCK=fake.LK_NBLCK, locking=fake.locking),
                        raising=False)
    return fake


def test_the_locked_byte_lies_past_the_holders_text_which_others_can_read(
    tmp_path: Path, windows: FakeMsvcrt
) -> None:
    session = tmp_path / "dag.plenum"
    first = lock.WriterLock.try_acquire(session)
    assert first is not None
    text = lock.lock_path_for(session).read_bytes()
    assert text.startswith(f"{os.getpid()} ".encode())
    assert windows.locked == {(lock.lock_path_for(session), lock.WINDOWS_LOCK_OFFSET)}
    assert len(text) < lock.WINDOWS_LOCK_OFFSET
    assert lock.WriterLock.try_acquire(session) is None  # a second writer is refused
    assert lock.holder_of(session).startswith(f"pid {os.getpid()} on ")
    first.release()
