"""``peak_rss_mib``: the peak resident memory of ``plenum`` presenting every seed slide.

``bench/present_all.py`` starts the real app and goes through the deck (see
there), and prints its own high-water mark (``VmHWM`` in /proc/self/status)
as it exits. Not ``ru_maxrss``: Linux carries the parent's peak over
``execve`` into the child's ``ru_maxrss``, so a child of this (large)
benchmark process would report the benchmark's own memory. The bare PySide6
window of the startup floor, measured the same way, shows how much of it is
Qt and Python before Plenum adds anything.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from bench.context import ROOT, SEED_EVENT, Run, run_child
from bench.peak import PEAK_ENV, PREFIX
from bench.present_all import UNTUNED_ENV
from bench.result import NOT_BUILT, Absent, Figure

FIGURES = {
    "peak_rss_mib": "peak memory, plenum presenting every seed slide",
    "peak_rss_floor_mib": "peak memory, bare PySide6 window (bench/floor_window.py)",
    "peak_rss_photos_mib": "peak memory, plenum presenting 8 slides of 12-megapixel photos",
    "peak_rss_photos_untuned_mib": "the same, without app.ui.malloc_tuning (glibc's own thresholds)",
}
PHOTOS = 4  # distinct photos, each shown twice
PHOTO_SIZE = (4000, 3000)
TIMEOUT_S = 120


def missing(_run: Run) -> str | None:
    if not Path("/proc/self/status").exists():
        return "needs Linux /proc"
    return None if (ROOT / "app" / "ui" / "presenter.py").exists() else NOT_BUILT


def peak_rss_mib(args: list[str], env: dict[str, str]) -> float:
    """Run ``python ARGS`` (a script that ends with ``print_peak_rss``); its peak RSS in MiB."""
    result = run_child(args, timeout=TIMEOUT_S, **env)
    peaks = [line for line in result.stdout.splitlines() if line.startswith(PREFIX)]
    if not peaks:
        raise RuntimeError(f"{' '.join(args)} printed no peak memory:\n{result.stdout[-2000:]}")
    return int(peaks[-1].split()[1]) / 1024


def write_photo_deck(folder: Path) -> Path:
    """An event of photo slides: JPEGs of a camera's size, as a guest's slides might be."""
    from PySide6.QtCore import QPointF, QRectF
    from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QRadialGradient

    _app = QGuiApplication.instance() or QGuiApplication(["bench"])
    slides = []
    for number in range(PHOTOS):
        image = QImage(*PHOTO_SIZE, QImage.Format.Format_RGB32)
        painter = QPainter(image)
        for ring in range(40):  # smooth shapes and edges, roughly a photo's JPEG size
            gradient = QRadialGradient(QPointF(97.0 * ring * (number + 1) % PHOTO_SIZE[0],
                                               61.0 * ring % PHOTO_SIZE[1]), 900)
            gradient.setColorAt(0, QColor.fromHsv((ring * 37 + number * 90) % 360, 160, 230))
            gradient.setColorAt(1, QColor.fromHsv((ring * 11) % 360, 90, 60, 0))
            painter.fillRect(QRectF(0, 0, *PHOTO_SIZE), gradient)
        painter.end()
        # The format is a str: PySide6's stub says bytes, which save refuses.
        image.save(str(folder / f"photo-{number}.jpg"), "JPG", 85)  # type: ignore[call-overload]
        slides.append(f"  - layout: image\n    image: {{src: photo-{number}.jpg, alt: Foto {number}}}\n")
    event = folder / "photos.yaml"
    event.write_text(
        "event: {title: Bilder, organiser: Bench, date: 2021-09-01}\nslides:\n"
        + "".join(slides * 2), encoding="utf-8")
    return event


def measure(run: Run) -> list[Figure | Absent]:
    samples, photo_samples, untuned_samples = [], [], []
    with tempfile.TemporaryDirectory(prefix="plenum-bench-") as folder:
        env = {"XDG_CONFIG_HOME": folder, PEAK_ENV: "1"}
        present = str(ROOT / "bench" / "present_all.py")
        args = [present, str(SEED_EVENT), "--session", str(Path(folder) / "memory.plenum")]
        photos = [present, str(write_photo_deck(Path(folder))),
                  "--session", str(Path(folder) / "photos.plenum")]
        floor = [str(ROOT / "bench" / "floor_window.py")]
        floor_samples = []
        for _ in range(run.reps(1, 3)):
            samples.append(peak_rss_mib(args, env))
            floor_samples.append(peak_rss_mib(floor, env))
            photo_samples.append(peak_rss_mib(photos, env))
            untuned_samples.append(peak_rss_mib(photos, {**env, UNTUNED_ENV: "1"}))
    return [
        Figure("peak_rss_mib", FIGURES["peak_rss_mib"], "MiB", tuple(samples), budget=100.0,
               budget_text="≤ 100 MiB", baseline="peak_rss_floor_mib"),
        Figure("peak_rss_floor_mib", FIGURES["peak_rss_floor_mib"], "MiB", tuple(floor_samples),
               budget_text="baseline"),
        # What the malloc tuning is kept for (issue 18): no budget, the difference is the point.
        Figure("peak_rss_photos_mib", FIGURES["peak_rss_photos_mib"], "MiB", tuple(photo_samples),
               budget_text="information", baseline="peak_rss_photos_untuned_mib"),
        Figure("peak_rss_photos_untuned_mib", FIGURES["peak_rss_photos_untuned_mib"], "MiB",
               tuple(untuned_samples), budget_text="baseline"),
    ]
