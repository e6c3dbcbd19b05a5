"""``plenum import`` and ``plenum export-notes`` as a script would use them."""

from __future__ import annotations

from pathlib import Path

import pytest
from sessionkit import HOSTILE, TITLE, write_event

from app.cli import main
from app.session import SessionStore


def test_import_creates_the_session_then_export_gives_the_text_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    event = write_event(tmp_path)
    session, notes, out = tmp_path / "s.plenum", tmp_path / "g5.yaml", tmp_path / "out.yaml"
    with SessionStore.create(tmp_path / "laptop.plenum", event) as laptop:
        group = laptop.add_group("Gruppe 5", chair="Kari")
        laptop.save_summary(group.id, "funn", HOSTILE)
    assert main(["export-notes", "--session", str(tmp_path / "laptop.plenum"),
                 "--group", "gruppe 5", "--out", str(notes)]) == 0
    assert main(["import", "--session", str(session), "--event", str(event.path),
                 str(notes)]) == 0
    assert "1 saved; 0 unchanged; 0 conflicts; new groups: Gruppe 5" in capsys.readouterr().out
    assert main(["export-notes", "--session", str(session), "--group", "Gruppe 5",
                 "--out", str(out)]) == 0
    assert out.read_bytes() == notes.read_bytes()
    assert not list(tmp_path.glob(".*.tmp"))


def test_import_lists_conflicts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    event = write_event(tmp_path)
    with SessionStore.create(tmp_path / "s.plenum", event) as store:
        store.save_summary(1, "funn", "vår")
    notes = tmp_path / "g1.yaml"
    notes.write_text(f"event: {TITLE}\ngroup: {{name: Gruppe 1}}\nsummaries: {{funn: deres}}\n",
                     encoding="utf-8")
    assert main(["import", "--session", str(tmp_path / "s.plenum"), str(notes)]) == 0
    assert "conflict: g1.yaml: Gruppe 1, funn: the session had different text" in (
        capsys.readouterr().out)


def test_a_bad_file_creates_no_session(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    event = write_event(tmp_path)
    bad = tmp_path / "bad.yaml"
    bad.write_text(f"event: {TITLE}\ngroup: {{name: G}}\nsummaries: {{fun: x}}\n",
                   encoding="utf-8")
    assert main(["import", "--session", str(tmp_path / "s.plenum"), "--event", str(event.path),
                 str(bad)]) == 1
    assert f"{bad}:3: unknown task id 'fun' (did you mean 'funn'?)" in capsys.readouterr().err
    assert not (tmp_path / "s.plenum").exists()


@pytest.mark.parametrize(("args", "message"), [
    (["import", "--session", "{tmp}/none.plenum", "{tmp}/x.yaml"], "give --event EVENT"),
    (["export-notes", "--session", "{tmp}/s.plenum", "--group", "Gruppe 9", "--out",
      "{tmp}/o.yaml"], "no group called 'Gruppe 9'; the groups are: Gruppe 1, Gruppe 2"),
    (["export-notes", "--session", "{tmp}/s.plenum", "--group", "Gruppe 1", "--out",
      "{tmp}/missing/o.yaml"], "cannot write {tmp}/missing/o.yaml"),
    (["export-notes", "--session", "{tmp}/faggruppesamling-2021.yaml", "--group", "G",
      "--out", "{tmp}/o.yaml"], "not a Plenum session file"),
])
def test_errors_are_one_line_and_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    SessionStore.create(tmp_path / "s.plenum", write_event(tmp_path)).close()
    assert main([a.format(tmp=tmp_path) for a in args]) == 1
    err = capsys.readouterr().err
    assert message.format(tmp=tmp_path) in err and len(err.splitlines()) == 1
