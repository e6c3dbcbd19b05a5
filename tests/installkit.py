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

    check_serve(plenum, work, env)


def check_serve(plenum: Path, work: Path, env: dict[str, str]) -> None:
    """``plenum serve`` answers a group's link with the page and its script (aiohttp and the
    page's files are in the install), and stops cleanly on SIGTERM."""
    import signal
    import urllib.request

    command = [str(plenum), "serve", "--session", str(work / "dag.plenum"), "--bind", "127.0.0.1"]
    with subprocess.Popen(command, cwd=work, env={**env, "PYTHONUNBUFFERED": "1"}, text=True,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE) as served:
        assert served.stdout is not None
        name, url = served.stdout.readline().rstrip("\n").split("\t")
        assert name == "Gruppe 1", served.stderr.read() if served.stderr else ""
        with urllib.request.urlopen(url, timeout=30) as page:
            assert b'src="page.js"' in page.read()
        with urllib.request.urlopen(url + "page.js", timeout=30) as script:
            assert b"textContent" in script.read()
        served.send_signal(signal.SIGTERM)
        assert served.wait(timeout=30) == 0
