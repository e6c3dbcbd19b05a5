"""Stop PySide6 from reading the source of every module imported after it.

PySide6 supports ``from __feature__ import snake_case``; to know which modules
might use it, its import hook (``shibokensupport.feature._mod_uses_pyside``)
calls ``inspect.getsource`` on every module imported after PySide6 and
searches the text for "PySide6". For Plenum that is about 150 modules: some
25 ms of start-up on a slow laptop, and 6 MB of source lines left in
``linecache`` for the life of the process. Plenum never selects a feature, so
the answer only has to be cheap and harmless.

If a PySide6 version moves this hook, ``skip_source_scan`` does nothing and
start-up is merely slower.
"""

from __future__ import annotations

import linecache
import sys
from types import ModuleType


def _uses_pyside(_module: ModuleType) -> bool:
    """Every module counts as a PySide6 user: its feature selection is then "none",
    which is what every module has, since Plenum never selects a feature."""
    return True


def skip_source_scan() -> bool:
    """Replace PySide6's source scan with ``_uses_pyside``; True if the hook was found.

    Call right after importing PySide6, before the application's own modules.
    Called before PySide6 is imported, it returns False and changes nothing: the hook
    is installed by PySide6's import, and this function never imports PySide6 itself
    (that would cost the start-up it is meant to save, at the wrong moment).
    """
    if "PySide6" not in sys.modules:
        return False
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = _uses_pyside  # type: ignore[attr-defined]
    linecache.clearcache()  # what the scan read so far
    return True
