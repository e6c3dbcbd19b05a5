"""Reading QR codes back from pictures, as a phone would: zbar's ``zbarimg``.

The handout and the "Bli med" screen are only done when their codes scan;
a test renders them to PNG and decodes them here. ``zbarimg`` comes from
Debian's ``zbar-tools`` (installed by .ci/run).
"""

from __future__ import annotations

import subprocess
from pathlib import Path


def scan(png: Path) -> list[str]:
    """Every QR code found in ``png``, in zbar's order (not the picture's)."""
    result = subprocess.run(["zbarimg", "--nodbus", "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable",
                             str(png)], capture_output=True, text=True, timeout=60, check=False)
    # Exit status 4 means "no code found": an empty list, for the test to judge.
    assert result.returncode in (0, 4), result.stderr
    return result.stdout.split()
