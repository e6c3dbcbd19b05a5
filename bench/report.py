"""``report_s``: the PDF report of 12 groups x 5 tasks x 300 words; and the ``plenum report`` process.

``report_s`` is what the export button costs in the running app: a snapshot
of the session (``report_input_from_session``) and ``build_report`` to a
file, reportlab already imported. ``report_process_s`` is the whole
``plenum report`` command in a fresh process (interpreter, imports, fonts,
session, PDF), compared with LibreOffice converting the same words as plain
text, when LibreOffice is installed (it is never installed for this).
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from bench.context import ROOT, SEED_EVENT, Run, child_env, run_child
from bench.result import NOT_BUILT, Absent, Figure

GROUPS, WORDS = 12, 300
FIGURES = {
    "report_s": f"PDF report, {GROUPS} groups x 5 tasks x {WORDS} words, in the app",
    "report_process_s": "`plenum report` of that session, whole process",
    "report_libreoffice_s": "LibreOffice: the same words as plain text → PDF",
}


def missing(_run: Run) -> str | None:
    return None if importlib.util.find_spec("app.report.build") else NOT_BUILT


def measure(run: Run) -> list[Figure | Absent]:
    from app.event import load_event
    from app.report.build import build_report
    from app.report.from_session import report_input_from_session
    from app.session import SessionStore
    from bench.notes import write_report_session

    event = load_event(SEED_EVENT).event
    if event is None or len(event.groupwork.tasks) != 5:
        raise RuntimeError(f"{SEED_EVENT}: expected an event with 5 tasks")
    figures: list[Figure | Absent] = []
    with tempfile.TemporaryDirectory(prefix="plenum-bench-") as name:
        folder = Path(name)
        session = folder / "report.plenum"
        write_report_session(session, event, GROUPS, WORDS)
        out = folder / "rapport.pdf"
        samples = []
        with SessionStore.open(session) as store:
            for _ in range(run.reps(1, 7)):
                start = time.perf_counter()
                build_report(report_input_from_session(store, event), out)
                samples.append(time.perf_counter() - start)
                _check_pdf(out)
        figures.append(Figure("report_s", FIGURES["report_s"], "s", tuple(samples), budget=0.5,
                              budget_text="≤ 0.5 s"))
        figures.extend(_process_figures(run, session, folder))
    return figures


def _process_figures(run: Run, session: Path, folder: Path) -> list[Figure | Absent]:
    if not (ROOT / "app" / "cli" / "report.py").exists():
        return [Absent(key, FIGURES[key], NOT_BUILT) for key in ("report_process_s", "report_libreoffice_s")]
    out = folder / "cli.pdf"
    samples = []
    for _ in range(run.reps(1, 5)):
        start = time.perf_counter()
        run_child(["-m", "app", "report", "--session", str(session), "--out", str(out)], timeout=120)
        samples.append(time.perf_counter() - start)
        _check_pdf(out)
    # A once-a-day export (issue 18): a second for the whole command, whatever LibreOffice takes.
    figures: list[Figure | Absent] = [Figure(
        "report_process_s", FIGURES["report_process_s"], "s", tuple(samples), budget=1.0,
        budget_text="≤ 1 s")]
    office = shutil.which("libreoffice") or shutil.which("soffice")
    if office is None:
        figures.append(Absent("report_libreoffice_s", FIGURES["report_libreoffice_s"],
                              "LibreOffice not installed"))
        return figures
    text = folder / "rapport.txt"
    text.write_text(_plain_text(session), encoding="utf-8")
    convert = [office, "--headless", "--convert-to", "pdf", "--outdir", str(folder), str(text)]
    # One untimed run first: LibreOffice's first start creates its user profile.
    subprocess.run(convert, env=child_env(), capture_output=True, timeout=300, check=True)
    office_samples = []
    for _ in range(run.reps(1, 5)):
        start = time.perf_counter()
        subprocess.run(convert, env=child_env(), capture_output=True, timeout=300, check=True)
        office_samples.append(time.perf_counter() - start)
        _check_pdf(folder / "rapport.pdf")
    figures[0] = Figure("report_process_s", FIGURES["report_process_s"], "s", tuple(samples),
                        budget=1.0, budget_text="≤ 1 s", baseline="report_libreoffice_s")
    figures.append(Figure("report_libreoffice_s", FIGURES["report_libreoffice_s"], "s",
                          tuple(office_samples), budget_text="baseline"))
    return figures


def _plain_text(session: Path) -> str:
    from app.session import SessionStore

    with SessionStore.open(session, read_only=True) as store:
        parts = []
        for group in store.groups():
            parts.append(group.name)
            parts.extend(version.text for version in store.summaries(group.id).values())
        return "\n\n".join(parts)


def _check_pdf(path: Path) -> None:
    with path.open("rb") as handle:
        if handle.read(5) != b"%PDF-":
            raise RuntimeError(f"{path} is not a PDF")
