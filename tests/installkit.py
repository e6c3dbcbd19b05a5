"""What an installed Plenum (the wheel in a venv, the standalone build) must do from any folder."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import app

NOTES = (
    "event: Faggruppesamling september 2021\n"
    "group: {name: Gruppe 1, chair: Máret Ŋuolja}\n"
    "summaries:\n"
    "  funn: |\n"
    "    Sámi: áčđŋšŧž ÁČĐŊŠŦŽ → ← ↑ ✓ ★ 🙂 🎉\n"
)


def clean_env() -> dict[str, str]:
    """This environment without anything that points Python at the checkout; Qt offscreen."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def run(*command: str | Path, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([str(part) for part in command], cwd=cwd, env=env, capture_output=True,
                          text=True, encoding="utf-8", timeout=600, check=False)
    assert done.returncode == 0, f"{command}: exit {done.returncode}\n{done.stdout}\n{done.stderr}"
    return done


def check_every_verb(plenum: Path, work: Path, env: dict[str, str], home: Path) -> None:
    """``plenum`` (installed under ``home``) runs each verb from ``work`` and writes its files."""
    assert run(plenum, "--version", cwd=work, env=env).stdout.strip() == f"plenum {app.__version__}"

    checked = run(plenum, "check", cwd=work, env=env).stdout
    assert "faggruppesamling-2021.yaml: 18 slides, 5 tasks, no problems" in checked
    event = Path(checked.split(": ")[0])
    assert home.resolve() in event.resolve().parents, event

    run(plenum, "render", event, "--out", work / "slides", cwd=work, env=env)
    assert len(list((work / "slides").glob("*.png"))) == 18

    run(plenum, "export-deck", event, "--out", work / "deck.pdf", cwd=work, env=env)
    assert (work / "deck.pdf").read_bytes().startswith(b"%PDF")

    notes = work / "gruppe1.yaml"
    notes.write_text(NOTES, encoding="utf-8")
    imported = run(plenum, "import", "--session", work / "dag.plenum", "--event", event, notes,
                   cwd=work, env=env).stdout
    assert "1 saved" in imported

    run(plenum, "report", "--session", work / "dag.plenum", "--out", work / "rapport.pdf",
        cwd=work, env=env)
    assert (work / "rapport.pdf").read_bytes().startswith(b"%PDF")
    assert not list(work.glob("*.tmp")) and not list(work.glob(".*.tmp"))
