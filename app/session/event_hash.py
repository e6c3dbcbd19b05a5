"""The event file's SHA-256, computed without loading OpenSSL.

A session records the hash of its event file to notice later that the file
changed. ``hashlib.sha256`` is OpenSSL's wherever Python has OpenSSL, and
importing it maps libcrypto into the process: 3.3 MiB resident in ``plenum``
for one hash of a few kilobytes when the session opens. CPython's own
SHA-256 (``_sha2`` from 3.12, ``_sha256`` before) gives the same digest, so
the hashes recorded in existing session files still match; ``hashlib`` is
the fallback for a Python built without it.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.reading import read_limited

# app.event.yamlsource.MAX_FILE_BYTES, the most an event file may hold; not imported from
# there, which would load PyYAML into every process that opens a session.
MAX_EVENT_BYTES = 10 * 1024 * 1024

_BUILTIN = ("_sha2", "_sha256")  # CPython 3.12+, 3.11


def _sha256_constructor() -> Callable[[bytes], Any]:
    for name in _BUILTIN:
        try:
            return importlib.import_module(name).sha256  # type: ignore[no-any-return]
        except (ImportError, AttributeError):
            continue
    import hashlib

    return hashlib.sha256


def file_sha256(path: Path) -> str:
    """The hex SHA-256 of the file at ``path``, or "" if it cannot be read."""
    try:
        data = read_limited(path, MAX_EVENT_BYTES)
    except OSError:
        return ""
    return str(_sha256_constructor()(data).hexdigest())
