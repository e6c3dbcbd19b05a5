"""app/files.py's Windows paths, faked on Linux: no os.fchmod (Python 3.11), MAX_PATH, UTF-16 names."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from app import files


def test_without_fchmod_an_export_is_still_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(os, "fchmod", raising=False)
    target = tmp_path / "rapport.pdf"
    target.write_bytes(b"old")
    assert files.write_atomically(target, b"new") == target
    assert target.read_bytes() == b"new"
    assert not list(tmp_path.glob(".*.tmp"))


def test_on_windows_a_path_past_max_path_is_refused_before_any_work(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    name = "r" * (260 - len(str(tmp_path)) - 5) + ".pdf"  # 259 units: no room for the NUL
    worked = []
    with pytest.raises(files.WriteFailed) as caught, files.atomic_output(tmp_path / name):
        worked.append(True)
    assert worked == [] and caught.value.reason == "name_too_long"
    assert not list(tmp_path.glob(".*.tmp"))


def test_on_windows_names_are_measured_in_utf16_units_not_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.chdir(tmp_path)
    worked = []
    # 100 ø: 200 bytes in UTF-8 but 100 units on Windows; the short relative path stays under MAX_PATH.
    with files.atomic_output(Path("ø" * 100 + ".pdf")) as out:
        worked.append(True)
        out.write(b"x")
    assert worked == [True]
    with pytest.raises(files.WriteFailed) as caught, files.atomic_output(Path("ø" * 252 + ".pdf")):
        worked.append(True)
    assert worked == [True] and caught.value.reason == "name_too_long"
