"""The Linux desktop entry and AppStream metainfo: valid, and naming the app as it names itself."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest

import app
from app.paths import PROJECT_ROOT
from app.ui.app_icon import DESKTOP_ID, ICONS

LINUX = PROJECT_ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{DESKTOP_ID}.desktop"
METAINFO = LINUX / f"{DESKTOP_ID}.metainfo.xml"


def _validate(*command: str) -> None:
    if shutil.which(command[0]) is None:
        pytest.skip(f"{command[0]} is not installed (.ci/run installs it)")
    done = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_desktop_entry_is_valid_and_starts_the_presenter() -> None:
    _validate("desktop-file-validate", str(DESKTOP))
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(DESKTOP, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Exec"].split()[0] == "plenum-gui"
    assert section["Icon"] == DESKTOP_ID
    assert (ICONS / "plenum-256.png").is_file()


def test_the_metainfo_is_valid_and_its_newest_release_is_this_version() -> None:
    _validate("appstreamcli", "validate", "--no-net", str(METAINFO))
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == DESKTOP_ID
    assert root.find("launchable").text == DESKTOP.name  # type: ignore[union-attr]
    assert root.find("releases/release").get("version") == app.__version__  # type: ignore[union-attr]
