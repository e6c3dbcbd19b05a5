"""Writing the report: whole or not at all, with a one-line message naming the path."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from seed_notes import seed_report

from app.report import ReportWriteError
from app.report.build import build_report


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_missing_folder(tmp_path: Path) -> None:
    out = tmp_path / "finnes-ikke" / "rapport.pdf"
    with pytest.raises(ReportWriteError) as caught:
        build_report(seed_report(), out)
    message = str(caught.value)
    assert message == f"Kan ikke skrive rapporten til {out}: mappen finnes ikke"
    assert "\n" not in message


def test_target_is_a_folder(tmp_path: Path) -> None:
    with pytest.raises(ReportWriteError, match="det er en mappe"):
        build_report(seed_report(), tmp_path)


def test_unwritable_folder_fails_before_building(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Tests run as root in CI, where chmod cannot take the right away: make
    # creating the temporary file fail the way a read-only folder does.
    def denied(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr("app.files.tempfile.mkstemp", denied)
    built: list[float] = []
    with pytest.raises(ReportWriteError) as caught:
        build_report(seed_report(language="en"), tmp_path / "r.pdf", progress=built.append)
    assert str(caught.value) == (
        f"Cannot write the report to {tmp_path / 'r.pdf'}: no permission to write in the folder"
        f"; save it as {caught.value.save_instead} instead"
    )
    assert caught.value.save_instead is not None and caught.value.save_instead.parent != tmp_path
    assert built == []
    assert _files(tmp_path) == []


def test_full_disk_keeps_the_old_report_and_leaves_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "rapport.pdf"
    out.write_bytes(b"old report")

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("app.files.os.fsync", full)
    with pytest.raises(ReportWriteError, match="disken er full"):
        build_report(seed_report(), out)
    assert out.read_bytes() == b"old report"
    assert _files(tmp_path) == ["rapport.pdf"]


def test_a_report_open_in_another_program_is_kept_and_the_message_says_close_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "rapport.pdf"
    out.write_bytes(b"old report")

    def held(*_args: object, **_kwargs: object) -> None:  # Windows, while Acrobat has it open
        raise PermissionError(errno.EACCES, "The process cannot access the file")

    monkeypatch.setattr("app.files.os.replace", held)
    with pytest.raises(ReportWriteError) as caught:
        build_report(seed_report(), out)
    assert str(caught.value) == (
        f"Kan ikke skrive rapporten til {out}: filen er åpen i et annet program eller "
        "skrivebeskyttet; lukk den der og prøv igjen (den gamle filen er uendret)"
    )
    assert caught.value.save_instead is None
    assert out.read_bytes() == b"old report"
    assert _files(tmp_path) == ["rapport.pdf"]


def test_a_failed_build_leaves_no_temp_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("layout failed")

    monkeypatch.setattr("app.report.build.ReportDocument.build", broken)
    with pytest.raises(RuntimeError):
        build_report(seed_report(), tmp_path / "rapport.pdf")
    assert _files(tmp_path) == []


def test_success_replaces_the_file_whole(tmp_path: Path) -> None:
    out = tmp_path / "rapport.pdf"
    out.write_bytes(b"old report")
    build_report(seed_report(), out)
    data = out.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    assert _files(tmp_path) == ["rapport.pdf"]
    assert os.stat(out).st_size == len(data)
