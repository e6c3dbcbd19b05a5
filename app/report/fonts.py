"""The slides' font family, embedded in the report, with a fallback for odd glyphs.

reportlab's built-in Helvetica draws anything outside WinAnsi (ŋ, ŧ, emoji) as
black boxes without complaint, so the report always embeds TrueType files:
the family the event's theme names if ``resources/fonts`` has it, else the
family Plenum ships (Noto Sans). Characters that family lacks are drawn from
the fallback fonts Plenum ships (Noto Emoji, Noto Sans Symbols 2, Noto Sans
Math: emoji, check marks, arrows; Noto Sans Hebrew and Noto Sans Arabic, the
latter with the presentation forms ``direction.joined`` draws), so the report
embeds the same glyphs on every system; only what those lack is looked for in
the system's fonts. A character no font has is printed as U+FFFD (the
replacement character), so the page shows that something was there; an
invisible modifier no font has is dropped (``FontSet.runs``).
"""

from __future__ import annotations

import re
import sys
import threading
from functools import lru_cache, wraps
from pathlib import Path

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from app.paths import FONTS
from app.report.direction import joined
from app.report.text import visible_controls

STYLES = ("Regular", "Bold", "Italic", "BoldItalic")
SHIPPED_FAMILY = "NotoSans"
# Tried in order for glyphs the main family lacks: emoji first (a ❤ typed on a
# phone means the emoji), then dingbats and symbols, then arrows and maths, then
# the right-to-left scripts (each has only its own letters and marks beyond
# what Noto Sans has, so their order among the others changes nothing).
SHIPPED_FALLBACKS = ("NotoEmoji-Regular.ttf", "NotoSansSymbols2-Regular.ttf", "NotoSansMath-Regular.ttf",
                     "NotoSansHebrew-Regular.ttf", "NotoSansArabic-Regular.ttf")
# Wide-coverage fonts of each system, for what the shipped ones lack (other
# scripts: Georgian, Armenian, Canadian syllabics, ...).
SYSTEM_FALLBACKS: dict[str, tuple[Path, ...]] = {
    "linux": (Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
              Path("/usr/share/fonts/TTF/DejaVuSans.ttf")),
    "darwin": (Path("/System/Library/Fonts/Supplemental/Arial Unicode.ttf"),
               Path("/Library/Fonts/Arial Unicode.ttf")),
    "win32": (Path("C:/Windows/Fonts/seguisym.ttf"), Path("C:/Windows/Fonts/arialuni.ttf")),
}
REPLACEMENT = "\ufffd"
# Invisible modifiers (zero-width joiner, variation selectors, skin tones):
# dropped when no font has them, rather than shown as stray boxes.
_INVISIBLE = frozenset({0x200D, 0xFE0E, 0xFE0F, *range(0x1F3FB, 0x1F400)})
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


_ASTRAL_ENTRY = re.compile(r"<([0-9A-F]{2})> <([0-9A-F]{5,6})>")


def _utf16_entry(match: re.Match[str]) -> str:
    return f"<{match.group(1)}> <{chr(int(match.group(2), 16)).encode('utf-16-be').hex().upper()}>"


def _patch_to_unicode() -> None:
    """Make reportlab map emoji (beyond U+FFFF) right in the PDF's text layer.

    reportlab 4-5 writes ``<0A> <1F389>`` in a subset's ToUnicode CMap, which
    readers take as U+1F38 plus garbage: a copied or searched 🎉 comes out as
    "Ἰ" (pdftotext, pypdf). The PDF spec wants UTF-16, i.e. the
    surrogate pair ``<D83CDF89>``. reportlab has no public hook for the CMap,
    so its module function ``ttfonts.makeToUnicodeCMap``, which
    ``TTFont.addObjects`` calls for every subset, is wrapped for the whole
    process. The wrapper rewrites only such entries, which no reader takes
    right, so other PDFs made in the process only gain; it costs nothing
    measurable (85.8 ms with it, 87.1 ms without, for the benchmark's 94-page
    report in one run). Kept for correctness, not speed. It fails loudly
    (AttributeError here) if the function is gone, and
    tests/report/test_report_fonts.py fails if the emoji stop coming out of
    pdftotext, or once reportlab writes UTF-16 itself (then remove this).
    """
    original = ttfonts.makeToUnicodeCMap
    if getattr(original, "_plenum_utf16", False):
        return

    @wraps(original)
    def make_cmap(fontname: str, subset: list[int]) -> str:
        return _ASTRAL_ENTRY.sub(_utf16_entry, original(fontname, subset))

    make_cmap._plenum_utf16 = True  # type: ignore[attr-defined]
    ttfonts.makeToUnicodeCMap = make_cmap


_patch_to_unicode()


class FontNotFoundError(RuntimeError):
    """No usable TrueType family: the report cannot be built without one."""


class FontSet:
    """Registered reportlab font names for one family, and its glyph coverage.

    ``bold_italic`` is registered the first time ``variant`` gives it: only
    bold inside an italic prompt needs it, and parsing a face takes ~10 ms.
    """

    def __init__(self, regular: str, bold: str, italic: str, bold_italic: str,
                 covered: frozenset[int]) -> None:
        self.regular = regular
        self.bold = bold
        self.italic = italic
        self.bold_italic = bold_italic
        self.covered = covered
        self._covered_chars = frozenset(map(chr, covered))

    def variant(self, font: str, *, bold: bool = False, italic: bool = False) -> str:
        """``font`` (one of the set) made bold and/or italic as well."""
        bold = bold or font in (self.bold, self.bold_italic)
        italic = italic or font in (self.italic, self.bold_italic)
        if bold and italic:
            _load(self.bold_italic)
            return self.bold_italic
        return self.bold if bold else self.italic if italic else self.regular

    def runs(self, text: str, font: str) -> list[tuple[str, str]]:
        """Plain text as runs ``(text, font)``: ``font``, or a fallback where it lacks a glyph.

        A character no font has becomes U+FFFD, an invisible modifier no font
        has is dropped. A
        control character is shown as its control picture, Arabic letters in
        their joined forms (``direction.joined``).
        """
        text = joined(visible_controls(text))
        if text.isascii() or self._covered_chars.issuperset(text):
            return [(text, font)]
        out: list[tuple[str, str]] = []
        start = 0
        for match in _NON_ASCII.finditer(text):
            for index, ch in enumerate(match.group(), match.start()):
                code = ord(ch)
                if code in self.covered:
                    continue
                face = _FALLBACKS.font_for(code)
                out.append((text[start:index], font))
                if face is not None:
                    out.append((ch, face))
                elif code not in _INVISIBLE:
                    out.append((REPLACEMENT, font))
                start = index + 1
        out.append((text[start:], font))
        return merge_runs(out)


def merge_runs(runs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Runs without empty ones, neighbours in one font joined (one string to draw each)."""
    merged: list[tuple[str, str]] = []
    for text, font in runs:
        if merged and merged[-1][1] == font:
            merged[-1] = (merged[-1][0] + text, font)
        elif text:
            merged.append((text, font))
    return merged


def family_files(family: str, folder: Path) -> dict[str, Path] | None:
    """The four style files of ``family`` in ``folder``, or None if any is missing.

    "Source Sans 3" is looked for as ``SourceSans3-Regular.ttf`` and so on,
    the naming every Google/Adobe font release uses.
    """
    stem = family.replace(" ", "")
    files = {style: folder / f"{stem}-{style}.ttf" for style in STYLES}
    return files if all(path.is_file() for path in files.values()) else None


def resolve_family(theme_font: str, folder: Path = FONTS) -> dict[str, Path]:
    """The files to embed: the theme's family, else the shipped one, else any."""
    for family in (theme_font, SHIPPED_FAMILY):
        files = family_files(family, folder)
        if files:
            return files
    for regular in sorted(folder.glob("*-Regular.ttf")) if folder.is_dir() else []:
        files = family_files(regular.name.removesuffix("-Regular.ttf"), folder)
        if files:
            return files
    raise FontNotFoundError(f"{folder}: no TrueType font family (NAME-Regular.ttf, -Bold, ...)")


def register_fonts(theme_font: str, folder: Path = FONTS) -> FontSet:
    """Register the family with reportlab (once per process) and describe it."""
    files = resolve_family(theme_font, folder)
    return _register(tuple(str(files[style]) for style in STYLES))


@lru_cache(maxsize=4)
def _register(paths: tuple[str, ...]) -> FontSet:
    names = [f"Plenum-{Path(p).stem}" for p in paths]
    _unloaded.update(zip(names, paths, strict=True))
    for name in names[:3]:
        _load(name)
    regular, bold, italic, bold_italic = names
    covered = frozenset(pdfmetrics.getFont(regular).face.charToGlyph)
    return FontSet(regular, bold, italic, bold_italic, covered)


# Faces named by a FontSet but not parsed yet: name -> file. Reports may be
# built on worker threads, so a face is registered before anyone sees it gone.
_unloaded: dict[str, str] = {}
_loading = threading.Lock()


def _load(name: str) -> None:
    """Parse and register the face ``name`` if that has not happened yet."""
    with _loading:
        path = _unloaded.get(name)
        if path is not None:
            pdfmetrics.registerFont(TTFont(name, path))
            del _unloaded[name]


def fallback_files() -> tuple[Path, ...]:
    """The fonts tried for glyphs the family lacks: the shipped ones, then this system's."""
    system = next((paths for prefix, paths in SYSTEM_FALLBACKS.items()
                   if sys.platform.startswith(prefix)), ())
    return (*(FONTS / name for name in SHIPPED_FALLBACKS), *system)


class _FallbackChain:
    """The fallback fonts in the order tried, each read and registered the first
    time a character gets that far down the list.

    Reading a font costs 0.3 ms (Noto Sans Hebrew) to 4 ms (Noto Sans Math),
    10 ms for DejaVu Sans: a report with one emoji reads Noto Emoji alone, one
    with Hebrew the fonts before Noto Sans Hebrew and that one. Only a
    character no font has reads them all. Reports may be built on worker
    threads, hence the lock.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._read: list[tuple[str, frozenset[int]]] = []
        self._unread: list[Path] | None = None  # fallback_files(), once a character needs one

    def font_for(self, code: int) -> str | None:
        """The first fallback font that has ``code``, or None."""
        with self._lock:
            found = next((name for name, has in self._read if code in has), None)
            if self._unread is None:
                self._unread = list(fallback_files())
            while found is None and self._unread:
                face = _read_fallback(self._unread.pop(0))
                if face is not None:
                    self._read.append(face)
                    found = face[0] if code in face[1] else None
            return found


def _read_fallback(path: Path) -> tuple[str, frozenset[int]] | None:
    """The registered name of the font at ``path`` and the characters it has, or None
    if it is missing or unreadable (a system font then only costs coverage)."""
    if not path.is_file():
        return None
    name = f"Plenum-Fallback-{path.stem.replace(' ', '')}"
    try:
        font = TTFont(name, str(path))
    except (OSError, TTFError):
        return None
    pdfmetrics.registerFont(font)
    return name, frozenset(font.face.charToGlyph)


_FALLBACKS = _FallbackChain()
