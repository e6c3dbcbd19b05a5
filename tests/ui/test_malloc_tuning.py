"""glibc's malloc tuning runs only where there is glibc: Windows and macOS get False, not a crash."""

from __future__ import annotations

import sys

import pytest

from app.ui.malloc_tuning import return_large_blocks


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_elsewhere_than_linux_nothing_is_tuned(monkeypatch: pytest.MonkeyPatch, platform: str) -> None:
    monkeypatch.setattr(sys, "platform", platform)
    assert return_large_blocks() is False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's mallopt")
def test_on_linux_with_glibc_the_threshold_is_set() -> None:
    assert return_large_blocks() is True
