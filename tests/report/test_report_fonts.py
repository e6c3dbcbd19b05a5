"""The report draws emoji, arrows and Sámi letters from the fonts Plenum ships, on any system."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportkit import pdf_pages, words

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
