"""Give the memory of large images back to the system when they go (glibc's malloc).

glibc serves a large block from a mapping of its own and unmaps it on free,
but after the first such free it raises that threshold to the freed block's
size (up to 32 MB). From then on the presenter's images (a slide's scaled
picture, a decoded photo, a console view: 1 to 8 MB) come from the heap,
and freed in another order than they were made, they leave holes the
process keeps: about 5 MB more at the end of the seed deck, and more with
photos. A fixed threshold keeps every block of ``THRESHOLD`` or more in its
own mapping, returned to the system as soon as the image is dropped.

Measured by ``python -m bench --only memory`` (``peak_rss_photos_mib`` against
``peak_rss_photos_untuned_mib``, the same run without this): 8 slides of
12-megapixel photos peak at 161.6 MiB with it and 168.1 without (-6.4 MiB);
the seed deck at 98.0 and 101.7 (-3.7 MiB). Elsewhere than Linux with glibc
it does nothing: other allocators return large blocks on their own terms.
"""

from __future__ import annotations

import ctypes
import sys

M_MMAP_THRESHOLD = -3  # mallopt parameter number, from glibc's malloc.h
THRESHOLD = 1024 * 1024


def return_large_blocks() -> bool:
    """Fix glibc's mmap threshold at ``THRESHOLD``; False where there is nothing to tune
    (not Linux, or a C library without ``mallopt``)."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    mallopt.restype = ctypes.c_int
    return bool(mallopt(M_MMAP_THRESHOLD, THRESHOLD))
