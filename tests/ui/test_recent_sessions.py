"""The recent-sessions list reads what is in the settings, whatever another program left there."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from app.ui.session.recent import KEY, RecentSessions


def test_a_value_that_is_no_list_of_paths_is_skipped_not_a_crash(qapp: object, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    recent = RecentSessions(settings)
    settings.setValue(KEY, 5)  # a number, as another program may leave in the Windows registry
    assert recent.paths() == []
    settings.setValue(KEY, [5, "", str(tmp_path / "a.plenum")])
    assert recent.paths() == [tmp_path / "a.plenum"]
    settings.setValue(KEY, 5)
    recent.add(tmp_path / "b.plenum")  # opening a session still works, and mends the list
    assert recent.paths() == [(tmp_path / "b.plenum").resolve()]
