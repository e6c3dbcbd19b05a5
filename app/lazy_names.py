"""Names a package re-exports but loads from their modules only on first use (PEP 562).

A package's ``__init__`` that imports all its modules makes every user pay for
all of them: the first frame at start-up needs only the clock of
``app.timing``, and ``plenum report`` none of the notes-file modules of
``app.session``. Such a package keeps its public names (and their types, via
``TYPE_CHECKING`` imports) and sets ``__getattr__ = lazy_names(...)``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any


def lazy_names(package: str, modules: Mapping[str, str],
               namespace: dict[str, Any]) -> Callable[[str], Any]:
    """A module ``__getattr__`` for ``package``: ``modules`` maps a name to the submodule
    that defines it; a loaded name is stored in ``namespace`` (the package's globals)."""

    def __getattr__(name: str) -> Any:
        module = modules.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{package}.{module}"), name)
        namespace[name] = value
        return value

    return __getattr__
