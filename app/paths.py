"""Where Plenum's own files live, found through the package, never the cwd.

The repository keeps ``resources/`` and ``slides/`` beside ``app/``; the wheel
(and the standalone build) ships them inside the package, as ``app/resources``
and ``app/slides`` (pyproject.toml). ``importlib.resources`` finds the package
wherever it was installed; when the folder is not inside it, this is the
checkout (an editable install, or ``PYTHONPATH`` pointing at it) and the
folder is the checkout's own.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

PACKAGE = Path(str(files("app"))).resolve()
PROJECT_ROOT = PACKAGE.parent  # the checkout, when running from one (tests, tools)


def _data_folder(name: str) -> Path:
    inside = PACKAGE / name
    return inside if inside.is_dir() else PROJECT_ROOT / name


RESOURCES = _data_folder("resources")
FONTS = RESOURCES / "fonts"
SLIDES = _data_folder("slides")
DEFAULT_EVENT = SLIDES / "faggruppesamling-2021.yaml"


def default_session_path(event_path: Path) -> Path:
    """``<event stem>.plenum`` beside the event, unless the event was installed with Plenum.

    An event inside the installed package (the seed event of a wheel or the
    standalone build) may sit in a read-only folder, and an upgrade or
    uninstall would delete a session beside it: that session goes in the
    user's data folder instead. In a checkout it stays beside the event.
    """
    session = event_path.with_suffix(".plenum")
    if not event_path.resolve().is_relative_to(PACKAGE):
        return session
    import platformdirs  # only for this case: start-up pays nothing for it otherwise

    return Path(platformdirs.user_data_dir("Plenum", appauthor=False)) / session.name
