"""Is a path a usable image? Checked by its bytes, without decoding it.

Decoding belongs to the renderer (Qt); the loader only needs to tell the
author, with a line number, that ``images/logo.png`` is missing or is in fact
a Word document, before the day rather than on the projector.

SVG pictures that refer to other files are refused, not rendered with the
references left out. Qt's SVG renderer loads what ``<image href="/…">``
names from anywhere on the disk and has no switch to stop it, so an event
folder from a stranger could copy any picture of the facilitator's into the
exported deck. Leaving the references out instead would show a picture with
silent holes; refusing says what to do (embed the picture, or save as PNG).
Only the event file's own folder is read; see ``app.reading``.
"""

from __future__ import annotations

import re
import xml.parsers.expat
from pathlib import Path

from app.echo import quoted
from app.reading import NotRegularFile, TooLarge, read_limited

MAX_IMAGE_BYTES = 64 * 1_048_576
"""A 4K photo is a few MB; a picture file larger than this is a mistake or an attack."""
MAX_SVG_BYTES = 10 * 1_048_576
HEAD_BYTES = 1024
NOT_AN_IMAGE = "is not a PNG, JPEG, GIF, BMP, WebP or SVG image"

_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"GIF87a", "gif"),
    (b"GIF89a", "gif"),
    (b"BM", "bmp"),
)
# Pictures an SVG may embed as data: URLs: never an SVG, which could refer further.
_EMBEDDABLE = re.compile(r"data:image/(png|jpeg|jpg|gif|bmp|webp)[;,]", re.IGNORECASE)
_URL = re.compile(r"url\(\s*['\"]?\s*([^'\")\s]*)", re.IGNORECASE)


def image_kind(head: bytes) -> str | None:
    for signature, kind in _SIGNATURES:
        if head.startswith(signature):
            return kind
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    if b"<svg" in head[:HEAD_BYTES].lower():
        return "svg"
    return None


def image_problem(path: Path) -> str | None:
    """Why the file cannot be shown, or None when it looks like an image."""
    try:
        head = read_limited(path, HEAD_BYTES, head=True)
        kind = image_kind(head)
        if kind == "svg":
            return svg_problem(read_limited(path, MAX_SVG_BYTES))
        size = path.stat().st_size
    except OSError as exc:
        return unreadable(path, exc)
    if kind is None:
        return NOT_AN_IMAGE
    if size > MAX_IMAGE_BYTES:
        return unreadable(path, TooLarge(path, MAX_IMAGE_BYTES, size))
    return None


def unreadable(path: Path, exc: OSError) -> str:
    """Why the picture at ``path`` could not be read, for the loader and the renderer alike."""
    if isinstance(exc, FileNotFoundError):
        return f"file not found (looked for {path}): check the name and that it is next to the event file"
    if isinstance(exc, IsADirectoryError):
        return "is a folder, not an image file"
    if isinstance(exc, NotRegularFile):
        return f"is {exc.kind}, not an image file"
    if isinstance(exc, TooLarge):
        size = f"{exc.size // 1_048_576} MB" if exc.size > exc.limit else "larger than that"
        return (f"is {size}, more than the {exc.limit // 1_048_576} MB a picture may be: "
                "save it smaller, e.g. as a JPEG 3840 px wide")
    return f"cannot be read: {exc.strerror or exc}"


class _Refused(Exception):
    pass


def svg_problem(data: bytes) -> str | None:
    """Why an SVG may not be shown (it refers to other files, or is not XML); None if it may.

    Read with expat, so character references (``&#47;``) are seen as what they
    mean; a DOCTYPE is refused outright, as its entities could spell a path.
    """
    parser = xml.parsers.expat.ParserCreate(namespace_separator=" ")
    in_style = False

    def refuse(what: str) -> None:
        raise _Refused(f"is an SVG that {what} (line {parser.CurrentLineNumber}); SVGs may not "
                       "refer to other files: embed the picture or save the slide as PNG")

    def check_value(value: str) -> None:
        for target in _URL.findall(value):
            if target and not target.startswith("#") and not _EMBEDDABLE.match(target):
                refuse(f"refers to {quoted(target)}")
        if "@import" in value:
            refuse("imports a style sheet")

    def start(name: str, attrs: dict[str, str]) -> None:
        nonlocal in_style
        in_style = name.rpartition(" ")[2] == "style"
        for key, value in attrs.items():
            local = key.rpartition(" ")[2]
            target = value.strip()
            if local in ("href", "src") and not (target.startswith("#")
                                                 or _EMBEDDABLE.match(target)):
                refuse(f"refers to {quoted(target)}")
            check_value(value)

    def text(data: str) -> None:
        if in_style:
            check_value(data)

    def end(_name: str) -> None:
        nonlocal in_style
        in_style = False

    parser.StartDoctypeDeclHandler = lambda *_: refuse("declares a DOCTYPE")
    parser.EntityDeclHandler = lambda *_: refuse("declares an entity")
    parser.ProcessingInstructionHandler = lambda target, _data: (
        None if target.lower() == "xml" else refuse(f"holds the instruction {quoted(target)}"))
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = text
    try:
        parser.Parse(data, True)
    except _Refused as refused:
        return str(refused)
    except xml.parsers.expat.ExpatError as exc:
        return (f"is not a valid SVG file (line {exc.lineno}: "
                f"{xml.parsers.expat.ErrorString(exc.code)}); save it again")
    return None
