"""The standalone build (packaging/plenum.spec) runs every verb from a folder outside the checkout.

PyInstaller is not a test dependency (a build takes about a minute of both
cores), so this test skips without it; ``.ci/run`` installs it and runs
this file as its own step.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from installkit import check_every_verb, clean_env, run

from app.paths import PROJECT_ROOT

pytestmark = pytest.mark.slow


def test_the_one_folder_build_checks_renders_and_reports(tmp_path: Path) -> None:
    pytest.importorskip("PyInstaller", reason="the standalone build needs PyInstaller (.ci/run installs it)")
    env = clean_env()
    run(sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
        "--distpath", tmp_path / "dist", "--workpath", tmp_path / "build",
        PROJECT_ROOT / "packaging" / "plenum.spec", cwd=tmp_path, env=env)
    folder = tmp_path / "dist" / "plenum"
    assert (folder / ("plenum-gui.exe" if sys.platform == "win32" else "plenum-gui")).is_file()
    work = tmp_path / "work"
    work.mkdir()
    check_every_verb(folder / "plenum", work, env, home=folder)
