"""Where Plenum's own files are found, and where the session of an installed event goes."""

from __future__ import annotations

from pathlib import Path

import platformdirs

from app.paths import DEFAULT_EVENT, FONTS, PACKAGE, default_session_path


def test_the_data_folders_are_found_from_the_package() -> None:
    assert DEFAULT_EVENT.is_file() and (FONTS / "NotoSans-Regular.ttf").is_file()
    assert (PACKAGE / "paths.py").is_file()


def test_a_users_event_keeps_its_session_beside_it(tmp_path: Path) -> None:
    assert default_session_path(tmp_path / "dag.yaml") == tmp_path / "dag.plenum"


def test_an_event_installed_with_plenum_keeps_its_session_in_the_users_data_folder() -> None:
    installed = PACKAGE / "slides" / "faggruppesamling-2021.yaml"  # where the wheel puts the seed
    session = default_session_path(installed)
    data = Path(platformdirs.user_data_dir("Plenum", appauthor=False))
    assert session == data / "faggruppesamling-2021.plenum"
