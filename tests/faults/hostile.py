"""Hostile files for the fault tests, made cheaply in the test itself."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_header_claiming(path: Path, width: int, height: int) -> Path:
    """A PNG whose header claims ``width`` x ``height`` RGBA pixels, with one row of data.

    A few hundred bytes on disk; decoding it as claimed would need width * height * 4 bytes.
    """
    row = b"\x00" + b"\x00" * (width * 4)
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    data = (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr)
            + _chunk(b"IDAT", zlib.compress(row, 9)) + _chunk(b"IEND", b""))
    path.write_bytes(data)
    return path


def small_png(path: Path, width: int = 8, height: int = 6) -> Path:
    """A valid, fully decodable RGBA PNG."""
    raw = b"".join(b"\x00" + b"\x40\x80\xc0\xff" * width for _ in range(height))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr)
                     + _chunk(b"IDAT", zlib.compress(raw)) + _chunk(b"IEND", b""))
    return path


def image_event(folder: Path, src: str, alt: str = "Kart over regionen") -> Path:
    path = folder / "event.yaml"
    path.write_text(
        "event: {title: Prøve, organiser: Plenum, date: 2021-09-01}\n"
        "slides:\n"
        "  - title: Velkommen\n"
        "  - title: Kartet\n"
        f"    image: {{src: '{src}', alt: '{alt}'}}\n",
        encoding="utf-8",
    )
    return path
