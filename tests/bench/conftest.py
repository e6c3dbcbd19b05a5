"""Make the repository's ``bench`` package importable from these tests.

The project installs only ``app``; ``bench`` is found from the checkout. The
repository root goes first on ``sys.path``: ``python -m pytest`` has it there
already, plain ``pytest`` does not, and ``tests/`` on the path would otherwise
offer this very folder as a ``bench`` namespace package.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = str(Path(__file__).resolve().parents[2])
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)
