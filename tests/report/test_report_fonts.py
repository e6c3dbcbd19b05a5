"""The report draws emoji, arrows and Sámi letters from the fonts Plenum ships, on any system."""

from __future__ import annotations

import inspect
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportkit import pdf_pages, words
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfgen.canvas import Canvas

from app.paths import FONTS
from app.report import fonts

TEXT = "Sámi: áčđŋšŧž ÁČĐŊŠŦŽ → ← ↑ ↓ ⇒ ✓ ✗ ★ ☐ ⚠ 🙂 🎉 👍 ❤ 📅"

# A fresh process with the system's fallback fonts hidden, as on a Mac or a bare Windows.
_BUILD = f"""
import dataclasses, datetime as dt, sys
import app.report.fonts as fonts
fonts.SYSTEM_FALLBACKS.clear()
from app.event.loader import load_event
from app.paths import DEFAULT_EVENT
from app.report import GroupReport, ReportInput, planned_agenda
from app.report.build import build_report
event = load_event(DEFAULT_EVENT).event
group = GroupReport(name="Gruppe 1", chair="Máret Ŋuolja", summaries={{"funn": {TEXT!r}}})
build_report(ReportInput(event, (group,), planned_agenda(event), dt.date(2021, 9, 2)), sys.argv[1])
"""


@pytest.fixture(scope="module")
def report_without_system_fonts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("fonts") / "rapport.pdf"
    subprocess.run([sys.executable, "-c", _BUILD, str(out)], check=True, timeout=120)
    return out


def _embedded_fonts(pdf: Path) -> set[str]:
    names: set[str] = set()
    for page in PdfReader(pdf).pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    return names


def test_every_glyph_comes_from_a_shipped_font(report_without_system_fonts: Path) -> None:
    text = " ".join(words("\n".join(pdf_pages(report_without_system_fonts))))
    assert " ".join(words(TEXT)) in text
    assert "\ufffd" not in text
    used = _embedded_fonts(report_without_system_fonts)
    assert {"NotoEmoji-Regular", "NotoSansSymbols2-Regular", "NotoSansMath-Regular"} <= used, used
    assert not [name for name in used if "DejaVu" in name or "Symbola" in name]


@pytest.mark.parametrize(("platform", "system_font"), [
    ("linux", "DejaVuSans.ttf"), ("darwin", "Arial Unicode.ttf"), ("win32", "seguisym.ttf")])
def test_shipped_fallbacks_come_before_the_systems_own(
    monkeypatch: pytest.MonkeyPatch, platform: str, system_font: str
) -> None:
    monkeypatch.setattr(sys, "platform", platform)
    files = fonts.fallback_files()
    assert files[:3] == tuple(FONTS / name for name in fonts.SHIPPED_FALLBACKS)
    assert system_font in [path.name for path in files[3:]]
    assert all(path.is_file() for path in files[:3])


def test_an_unknown_system_has_only_the_shipped_fallbacks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "freebsd14")
    assert fonts.fallback_files() == tuple(FONTS / name for name in fonts.SHIPPED_FALLBACKS)


# The ToUnicode fix in app/report/fonts.py wraps reportlab's ttfonts.makeToUnicodeCMap,
# which has no public hook: these tests fail when that stops working or is no longer needed.
EMOJI = "🎉 👍 📅"


@pytest.fixture(scope="module")
def emoji_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Emoji drawn with reportlab's public canvas API, the report's fonts module imported."""
    out = tmp_path_factory.mktemp("emoji") / "emoji.pdf"
    pdfmetrics.registerFont(ttfonts.TTFont("Test-NotoEmoji", str(FONTS / "NotoEmoji-Regular.ttf")))
    canvas = Canvas(str(out))
    canvas.setFont("Test-NotoEmoji", 20)
    canvas.drawString(72, 700, EMOJI)
    canvas.save()
    return out


def test_emoji_are_copied_and_searched_as_emoji(emoji_pdf: Path) -> None:
    assert words("".join(pdf_pages(emoji_pdf))) == EMOJI.split()
    (font,) = [font.get_object() for font in PdfReader(emoji_pdf).pages[0]["/Resources"]["/Font"].values()
               if str(font.get_object()["/BaseFont"]).endswith("NotoEmoji-Regular")]
    cmap = font["/ToUnicode"].get_object().get_data().decode("ascii")
    assert "<D83CDF89>" in cmap  # 🎉 as UTF-16, the surrogate pair the PDF spec asks for
    assert "<1F389>" not in cmap


def test_reportlab_still_writes_the_cmap_the_fix_expects() -> None:
    """reportlab's own function, under the wrapper: if this fails, re-check or drop the wrapper."""
    reportlabs = inspect.unwrap(ttfonts.makeToUnicodeCMap)
    assert reportlabs is not ttfonts.makeToUnicodeCMap, "the ToUnicode fix is not installed"
    assert list(inspect.signature(reportlabs).parameters) == ["fontname", "subset"]
    cmap = reportlabs("AAAAAA+NotoEmoji-Regular", [0, 0x1F389])
    # Still one bfchar line per code with the code point in hex: when reportlab
    # writes "<01> <D83CDF89>" itself, the fix in app/report/fonts.py can go.
    assert "<01> <1F389>" in cmap.splitlines()
