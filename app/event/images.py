"""Is a path a usable image? Checked by its first bytes, without decoding it.

Decoding belongs to the renderer (Qt); the loader only needs to tell the
author, with a line number, that ``images/logo.png`` is missing or is in fact
a Word document, before the day rather than on the projector.
"""

from __future__ import annotations

from pathlib import Path

_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"GIF87a", "gif"),
    (b"GIF89a", "gif"),
    (b"BM", "bmp"),
)


def image_kind(head: bytes) -> str | None:
    for signature, kind in _SIGNATURES:
        if head.startswith(signature):
            return kind
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    if b"<svg" in head[:1024].lower():
        return "svg"
    return None


def image_problem(path: Path) -> str | None:
    """Why the file cannot be shown, or None when it looks like an image."""
    try:
        if path.is_dir():
            return "is a folder, not an image file"
        with path.open("rb") as handle:
            head = handle.read(1024)
    except FileNotFoundError:
        return f"file not found (looked for {path}): check the name and that it is next to the event file"
    except OSError as exc:
        return f"cannot be read: {exc.strerror or exc}"
    if image_kind(head) is None:
        return "is not a PNG, JPEG, GIF, BMP, WebP or SVG image"
    return None
