"""Quitting while work runs off the UI thread ends cleanly, not in a segmentation fault.

The picture check decodes every picture on the thread pool after the first
paint; with camera-sized photos it runs for seconds. Closing Plenum then
used to leave it running Python while the interpreter shut down (exit -11).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QRadialGradient

PROJECT_ROOT = Path(__file__).resolve().parents[2]
TWO_SCREENS = {"screens": [{"name": "s0-laptop", "x": 0, "y": 0, "width": 1366, "height": 768},
                           {"name": "s1-projector", "x": 1366, "y": 0, "width": 1920, "height": 1080}]}

_CHILD = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from app.cli import main
from app.ui import jobs

app = QApplication([sys.argv[0]])
seen = []

def quit_while_a_job_runs():
    if jobs.active_jobs():
        seen.append(True)
        app.quit()
    else:
        QTimer.singleShot(5, quit_while_a_job_runs)

QTimer.singleShot(0, quit_while_a_job_runs)
code = main(sys.argv[1:])
print("QUIT-DURING-JOB", bool(seen), flush=True)
sys.exit(code)
"""


def _photo(path: Path, hue: int) -> None:
    image = QImage(4000, 3000, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    gradient = QRadialGradient(QPointF(1000 + hue, 1500), 2500)
    gradient.setColorAt(0, QColor.fromHsv(hue, 160, 230))
    gradient.setColorAt(1, QColor.fromHsv((hue + 120) % 360, 90, 60))
    painter.fillRect(QRectF(0, 0, 4000, 3000), gradient)
    painter.end()
    assert image.save(str(path), "JPG", 85)


@pytest.mark.slow  # starts the app in a fresh interpreter
def test_quitting_while_the_pictures_are_checked_exits_cleanly(qapp: object, tmp_path: Path) -> None:
    slides = []
    for number in range(6):
        _photo(tmp_path / f"foto-{number}.jpg", number * 50)
        slides.append(f"  - layout: image\n    image: {{src: foto-{number}.jpg, alt: Foto {number}}}\n")
    event = tmp_path / "bilder.yaml"
    event.write_text("event: {title: Bilder, organiser: Test, date: 2021-09-01}\nslides:\n"
                     + "".join(slides), encoding="utf-8")
    screens = tmp_path / "screens.json"
    screens.write_text(json.dumps(TWO_SCREENS), encoding="utf-8")
    env = dict(os.environ, XDG_CONFIG_HOME=str(tmp_path), PYTHONFAULTHANDLER="1",
               QT_QPA_PLATFORM=f"offscreen:configfile={screens}")
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(event), "--session", str(tmp_path / "s.plenum")],
        cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert "QUIT-DURING-JOB True" in done.stdout, done.stdout + done.stderr
    assert done.returncode == 0, done.stderr[-2000:]
