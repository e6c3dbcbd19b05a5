"""Generated event files of a given size, made from the seed event's own slides.

The 1,000-slide event repeats the seed's slides (every layout, real Norwegian
text, the real images) so loading it exercises the same paths as the day's
file, only more of them.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from bench.context import SEED_EVENT

_SLIDE_START = re.compile(r"^  - ", re.MULTILINE)


def seed_slide_blocks() -> tuple[str, list[str]]:
    """The seed file's text before ``slides:`` and each slide's YAML block."""
    text = SEED_EVENT.read_text(encoding="utf-8")
    head, marker, body = text.partition("\nslides:\n")
    if not marker:
        raise RuntimeError(f"{SEED_EVENT}: no top-level 'slides:' list")
    starts = [m.start() for m in _SLIDE_START.finditer(body)]
    blocks = [body[a:b].rstrip() + "\n" for a, b in zip(starts, [*starts[1:], len(body)], strict=True)]
    return head, blocks


def write_big_event(folder: Path, slide_count: int) -> Path:
    """Write an event of ``slide_count`` slides into ``folder``, with the seed's images beside it."""
    head, blocks = seed_slide_blocks()
    slides = [blocks[i % len(blocks)] for i in range(slide_count)]
    path = folder / f"generated-{slide_count}.yaml"
    path.write_text(head + "\nslides:\n" + "\n".join(slides), encoding="utf-8")
    images = folder / "images"
    if not images.exists():  # a copy: an event reads no picture from outside its folder
        shutil.copytree(SEED_EVENT.parent / "images", images)
    return path
