"""Where Plenum's own files live, found relative to the package, not the cwd."""

from __future__ import annotations

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
RESOURCES = PROJECT_ROOT / "resources"
FONTS = RESOURCES / "fonts"
DEFAULT_EVENT = PROJECT_ROOT / "slides" / "faggruppesamling-2021.yaml"
