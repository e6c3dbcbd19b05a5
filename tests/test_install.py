"""The wheel is the product: built, installed into a fresh venv outside the checkout, used from there.

The venv gets the wheel itself (a real ``pip install``, without its
dependencies) and sees the test venv's dependencies (PySide6, reportlab, …)
through a ``.pth`` file, so the test takes seconds, not a download of Qt.
``.pth`` lines are added after the venv's own site-packages and the test
venv's own ``.pth`` files (the editable install) are not read through them,
so ``app`` is the installed copy; the test checks that it is.
"""

from __future__ import annotations

import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest
from installkit import check_every_verb, clean_env, run

from app.paths import PROJECT_ROOT
from app.report.fonts import SHIPPED_FALLBACKS

pytestmark = pytest.mark.slow


def _python(scripts: Path) -> Path:
    return scripts / ("python.exe" if sys.platform == "win32" else "python")


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict[str, str]]:
    """(the venv's scripts folder, a work folder outside the checkout, the environment)."""
    root = tmp_path_factory.mktemp("install")
    assert PROJECT_ROOT not in root.parents
    env = clean_env()
    dist = root / "dist"
    run(sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", dist, PROJECT_ROOT,
        cwd=root, env=env)
    wheel = next(dist.glob("plenum-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "app/resources/fonts/NotoSans-Regular.ttf" in names
    assert [name for name in SHIPPED_FALLBACKS if f"app/resources/fonts/{name}" not in names] == []
    assert "app/slides/faggruppesamling-2021.yaml" in names

    venv = root / "venv"
    run(sys.executable, "-m", "venv", "--without-pip", venv, cwd=root, env=env)
    scripts = venv / ("Scripts" if sys.platform == "win32" else "bin")
    python = _python(scripts)
    run(sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--no-index", "-q",
        wheel, cwd=root, env=env)
    site = Path(run(python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))",
                    cwd=root, env=env).stdout.strip())
    ours = {sysconfig.get_path("purelib"), sysconfig.get_path("platlib")}
    (site / "test_dependencies.pth").write_text("\n".join(sorted(ours)) + "\n", encoding="utf-8")
    work = root / "work"
    work.mkdir()
    return scripts, work, env


def test_the_installed_app_is_the_wheel_with_its_files(installed: tuple[Path, Path, dict[str, str]]) -> None:
    scripts, work, env = installed
    where = run(_python(scripts), "-c", "import app.paths as p; print(p.PACKAGE); print(p.RESOURCES); "
                "print(p.DEFAULT_EVENT)", cwd=work, env=env).stdout.split()
    venv = scripts.parent.resolve()
    assert all(venv in Path(line).parents for line in where), where
    assert Path(where[1]).name == "resources"
    session = run(_python(scripts), "-c", "import app.paths as p; "
                  "print(p.default_session_path(p.DEFAULT_EVENT))", cwd=work, env=env).stdout.strip()
    assert venv not in Path(session).parents and Path(session).name == "faggruppesamling-2021.plenum"


def test_every_verb_works_from_a_folder_outside_the_checkout(
    installed: tuple[Path, Path, dict[str, str]],
) -> None:
    scripts, work, env = installed
    check_every_verb(scripts / "plenum", work, env, home=scripts.parent)


def test_the_gui_entry_point_is_installed(installed: tuple[Path, Path, dict[str, str]]) -> None:
    scripts, _, _ = installed
    assert list(scripts.glob("plenum-gui*"))
