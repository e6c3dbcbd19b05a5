"""Writing fails: read-only folder, full disk, name too long, the old file open in another program.

The user is told what failed and where to save instead, no partial or
temporary file is left, an old file keeps its content, and the session the
export was made from is untouched.
"""

from __future__ import annotations

import errno
import os
import signal
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

if sys.platform != "win32":
    import resource  # POSIX only: the tests that need it skip elsewhere

from app import files
from app.cli import main
from app.event.loader import load_event
from app.paths import DEFAULT_EVENT
from app.session import SessionStore
from app.ui.faults.write_failure import show_write_failure
from app.ui.presenter import PresenterApp


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def _fail_with(code: int) -> Callable[..., None]:
    def fail(*_args: object, **_kwargs: object) -> None:
        raise OSError(code, os.strerror(code))
    return fail


def _held_by_another_program(winerror: int | None = None) -> Callable[..., None]:
    """``os.replace`` as Windows answers while Acrobat holds the target open (EACCES)."""
    def refuse(*_args: object, **_kwargs: object) -> None:
        error = PermissionError(errno.EACCES, "The process cannot access the file because "
                                "it is being used by another process")
        if winerror is not None:
            error.winerror = winerror  # type: ignore[misc]  # set by Python only on Windows
        raise error
    return refuse


IN_USE = ("the file is open in another program or read-only; "
          "close it there and try again (the old file is unchanged)")


# The shared helper ------------------------------------------------------------------------


def test_a_full_disk_at_fsync_keeps_the_old_file_and_suggests_documents(
    tmp_path: Path, documents: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "usb" / "lysbilder.pdf"
    target.parent.mkdir()
    target.write_bytes(b"old")
    monkeypatch.setattr("app.files.os.fsync", _fail_with(errno.ENOSPC))
    with pytest.raises(files.WriteFailed) as caught:
        files.write_atomically(target, b"new" * 1000)
    assert caught.value.reason == "disk_full"
    assert caught.value.save_instead == documents / "lysbilder.pdf"
    assert str(caught.value) == (f"cannot write {target}: the disk is full; "
                                 f"save it as {documents / 'lysbilder.pdf'} instead")
    assert target.read_bytes() == b"old" and _names(target.parent) == ["lysbilder.pdf"]


def test_a_disk_that_fills_in_the_middle_of_writing_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_fdopen = os.fdopen

    class FillingFile:
        """A file on a disk with 1000 bytes free."""

        def __init__(self, raw: object) -> None:
            self.raw = raw
            self.written = 0

        def __getattr__(self, name: str) -> object:
            return getattr(self.raw, name)

        def __enter__(self) -> FillingFile:
            return self

        def __exit__(self, *exc: object) -> None:
            self.raw.close()  # type: ignore[attr-defined]

        def write(self, data: bytes) -> int:
            if self.written + len(data) > 1000:
                raise OSError(errno.ENOSPC, "No space left on device")
            self.written += len(data)
            return self.raw.write(data)  # type: ignore[attr-defined,no-any-return]

    monkeypatch.setattr("app.files.os.fdopen", lambda fd, mode: FillingFile(real_fdopen(fd, mode)))
    target = tmp_path / "notater.yaml"
    with pytest.raises(files.WriteFailed, match="the disk is full"), files.atomic_output(target) as out:
        out.write(b"a" * 600)
        out.write(b"b" * 600)
    assert _names(tmp_path) == ["Dokumenter"]


@pytest.mark.parametrize(("code", "reason", "words"), [
    (errno.EROFS, "read_only", "the disk is read-only"),
    (errno.EACCES, "not_writable", "no permission to write in the folder"),
])
def test_an_unwritable_folder_is_reported_before_any_work(
    tmp_path: Path, documents: Path, monkeypatch: pytest.MonkeyPatch, code: int, reason: str, words: str
) -> None:
    # Tests may run as root, where chmod takes no right away: fail as the kernel would.
    monkeypatch.setattr("app.files.tempfile.mkstemp", _fail_with(code))
    worked = []
    with pytest.raises(files.WriteFailed) as caught, files.atomic_output(tmp_path / "r.pdf"):
        worked.append(True)
    assert worked == [] and caught.value.reason == reason
    assert str(caught.value) == (f"cannot write {tmp_path / 'r.pdf'}: {words}; "
                                 f"save it as {documents / 'r.pdf'} instead")


@pytest.mark.parametrize("winerror", [None, 32, 33, 5])
def test_a_file_open_in_another_program_is_not_blamed_on_the_folder(
    tmp_path: Path, documents: Path, monkeypatch: pytest.MonkeyPatch, winerror: int | None
) -> None:
    target = tmp_path / "usb" / "rapport.pdf"
    target.parent.mkdir()
    target.write_bytes(b"old report")
    monkeypatch.setattr("app.files.os.replace", _held_by_another_program(winerror))
    with pytest.raises(files.WriteFailed) as caught:
        files.write_atomically(target, b"new report")
    assert caught.value.reason == "in_use" and caught.value.save_instead is None
    assert isinstance(caught.value, OSError) and caught.value.errno == errno.EACCES
    assert str(caught.value) == f"cannot write {target}: {IN_USE}"  # no "save it as … instead"
    assert target.read_bytes() == b"old report" and _names(target.parent) == ["rapport.pdf"]


def test_a_refused_rename_with_no_old_file_blames_the_folder(
    tmp_path: Path, documents: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "usb" / "rapport.pdf"
    target.parent.mkdir()
    monkeypatch.setattr("app.files.os.replace", _held_by_another_program())
    with pytest.raises(files.WriteFailed) as caught:
        files.write_atomically(target, b"new report")
    assert caught.value.reason == "not_writable" and caught.value.save_instead == documents / "rapport.pdf"
    assert _names(target.parent) == []


def test_a_name_too_long_is_refused_before_any_work_with_a_shorter_name_offered(
    tmp_path: Path, documents: Path
) -> None:
    name = "Rapport fra faggruppesamlingen " * 10 + ".pdf"
    worked = []
    with pytest.raises(files.WriteFailed) as caught, files.atomic_output(tmp_path / name):
        worked.append(True)
    assert worked == [] and caught.value.reason == "name_too_long"
    suggestion = caught.value.save_instead
    assert suggestion is not None and suggestion.parent == documents
    assert suggestion.suffix == ".pdf" and len(suggestion.name) == files.MAX_SUGGESTED_NAME
    assert "the file name or path is too long" in str(caught.value)
    assert _names(tmp_path) == ["Dokumenter"]


def test_a_missing_folder_says_so_without_suggesting(tmp_path: Path) -> None:
    with pytest.raises(files.WriteFailed) as caught:
        files.write_atomically(tmp_path / "finnes-ikke" / "x.pdf", b"x")
    assert caught.value.save_instead is None
    missing = tmp_path / "finnes-ikke" / "x.pdf"
    assert str(caught.value) == f"cannot write {missing}: the folder does not exist"


def test_no_suggestion_points_back_at_the_failing_folder(
    documents: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("app.files.Path.home", lambda: documents)
    assert files.save_instead(documents / "r.pdf") is None


@pytest.mark.skipif(sys.platform == "win32", reason="Windows files have no POSIX mode")
def test_the_mode_of_a_replaced_file_is_kept(tmp_path: Path) -> None:
    target = tmp_path / "deck.pdf"
    target.write_bytes(b"old")
    target.chmod(0o640)
    files.write_atomically(target, b"new")
    assert target.read_bytes() == b"new" and target.stat().st_mode & 0o777 == 0o640


@pytest.fixture
def file_size_limit() -> Iterator[Callable[[int], None]]:
    """A real kernel refusal without root: RLIMIT_FSIZE makes writes past it fail with EFBIG."""
    if sys.platform == "win32":
        pytest.skip("needs POSIX resource limits")
    old_limit = resource.getrlimit(resource.RLIMIT_FSIZE)
    old_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)

    def limit(size: int) -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, old_limit[1]))

    yield limit
    resource.setrlimit(resource.RLIMIT_FSIZE, old_limit)
    signal.signal(signal.SIGXFSZ, old_handler)


def test_a_real_write_refused_by_the_kernel_leaves_nothing(
    tmp_path: Path, file_size_limit: Callable[[int], None]
) -> None:
    target = tmp_path / "deck.pdf"
    target.write_bytes(b"old")
    file_size_limit(64 * 1024)
    with pytest.raises(files.WriteFailed, match="the disk is full"):
        files.write_atomically(target, b"x" * (1024 * 1024))
    file_size_limit(resource.RLIM_INFINITY)
    assert target.read_bytes() == b"old" and _names(tmp_path) == ["Dokumenter", "deck.pdf"]


def test_a_real_full_tmpfs(tmp_path: Path, small_disk: Callable[..., Path]) -> None:
    disk = small_disk(64)
    (disk / "rapport.pdf").write_bytes(b"old")
    with pytest.raises(files.WriteFailed, match="the disk is full"):
        files.write_atomically(disk / "rapport.pdf", os.urandom(256 * 1024))
    assert (disk / "rapport.pdf").read_bytes() == b"old" and _names(disk) == ["rapport.pdf"]


def test_a_real_read_only_tmpfs(small_disk: Callable[..., Path], documents: Path) -> None:
    disk = small_disk(64, read_only=True)
    with pytest.raises(files.WriteFailed) as caught:
        files.write_atomically(disk / "rapport.pdf", b"x")
    assert caught.value.reason == "read_only" and caught.value.save_instead == documents / "rapport.pdf"


# Through the CLI ----------------------------------------------------------------------------


@pytest.fixture
def session(tmp_path: Path) -> Path:
    event = load_event(DEFAULT_EVENT).event
    assert event is not None
    path = tmp_path / "dag.plenum"
    with SessionStore.create(path, event) as store:
        group = store.group_by_name("Gruppe 1")  # the event's groups come with the session
        assert group is not None
        store.save_summary(group.id, "funn", "Viktig funn <b>&</b> ŋ ŧ đ")
    return path


def _session_content(path: Path) -> tuple[object, ...]:
    with SessionStore.open(path, read_only=True) as store:
        groups = store.groups()
        return groups, tuple(store.summaries(g.id) for g in groups)


VERBS = ["export-deck", "render", "report", "export-notes"]


def _old_target_and_args(verb: str, out_dir: Path, session: Path) -> tuple[Path, list[str]]:
    """The file ``verb`` writes in ``out_dir`` (already there, holding b"old") and its command line."""
    out_dir.mkdir()
    target = {"export-deck": out_dir / "deck.pdf", "render": out_dir / "slide-01.png",
              "report": out_dir / "rapport.pdf", "export-notes": out_dir / "gruppe1.yaml"}[verb]
    target.write_bytes(b"old")
    args = {
        "export-deck": ["export-deck", str(DEFAULT_EVENT), "--out", str(target)],
        "render": ["render", str(DEFAULT_EVENT), "--out", str(out_dir), "--slides", "1"],
        "report": ["report", "--session", str(session), "--out", str(target)],
        "export-notes": ["export-notes", "--session", str(session), "--group", "Gruppe 1",
                         "--out", str(target)],
    }[verb]
    return target, args


def _refused_in_one_line(args: list[str], target: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """Run ``args``: exit 1 with one line naming ``target``, no traceback, the old file alone and kept."""
    assert main(args) == 1
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and "Traceback" not in err and str(target) in err
    assert target.read_bytes() == b"old" and _names(target.parent) == [target.name]
    return err


@pytest.mark.parametrize("verb", VERBS)
def test_a_full_disk_through_the_cli(
    verb: str, tmp_path: Path, session: Path, documents: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch, qapp: object,
) -> None:
    target, args = _old_target_and_args(verb, tmp_path / "usb", session)
    before = _session_content(session)
    monkeypatch.setattr("app.files.os.fsync", _fail_with(errno.ENOSPC))
    err = _refused_in_one_line(args, target, capsys)
    assert str(documents / target.name) in err  # where to save instead
    assert "the disk is full" in err  # every verb answers in English, the report too
    monkeypatch.undo()
    assert _session_content(session) == before


@pytest.mark.parametrize("verb", VERBS)
def test_a_file_open_in_another_program_through_the_cli(
    verb: str, tmp_path: Path, session: Path, documents: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch, qapp: object,
) -> None:
    """The secretariat exports again while the last rapport.pdf is open in Acrobat on Windows."""
    target, args = _old_target_and_args(verb, tmp_path / "usb", session)
    monkeypatch.setattr("app.files.os.replace", _held_by_another_program(32))
    err = _refused_in_one_line(args, target, capsys)
    assert err.rstrip().endswith(IN_USE)  # in English, the report too
    assert "save it as" not in err and str(documents) not in err


# In the app --------------------------------------------------------------------------------


def test_the_console_says_what_failed_and_saves_elsewhere_in_one_click(
    tmp_path: Path, documents: Path, monkeypatch: pytest.MonkeyPatch, presenter: PresenterApp
) -> None:
    target = tmp_path / "usb" / "rapport.pdf"
    target.parent.mkdir()
    with monkeypatch.context() as patch:
        patch.setattr("app.files.os.fsync", _fail_with(errno.ENOSPC))
        with pytest.raises(files.WriteFailed) as caught:
            files.write_atomically(target, b"%PDF")
    saved: list[Path] = []

    def save_to(path: Path) -> None:
        saved.append(files.write_atomically(path, b"%PDF"))

    notice = show_write_failure(presenter.console.notices, target, caught.value, save_to)
    assert notice.isVisible() and not presenter.audience.findChildren(type(notice))
    assert notice.heading.text() == f"Kunne ikke lagre {target}: disken er full."
    assert notice.details.text() == ("Ingenting ble endret på disken. Du kan lagre den som "
                                     f"{documents / 'rapport.pdf'} i stedet.")
    assert [b.text() for b in notice.buttons] == ["Lagre i Dokumenter", "Lukk"]
    notice.buttons[0].click()
    assert saved == [documents / "rapport.pdf"] and saved[0].read_bytes() == b"%PDF"
    assert not notice.isVisible()
    assert _names(target.parent) == []


def test_the_console_says_to_close_a_file_open_in_another_program(
    tmp_path: Path, documents: Path, monkeypatch: pytest.MonkeyPatch, presenter: PresenterApp
) -> None:
    target = tmp_path / "rapport.pdf"
    target.write_bytes(b"old")
    with monkeypatch.context() as patch:
        patch.setattr("app.files.os.replace", _held_by_another_program(32))
        with pytest.raises(files.WriteFailed) as caught:
            files.write_atomically(target, b"%PDF")
    notice = show_write_failure(presenter.console.notices, target, caught.value,
                                save_to=lambda path: None)
    assert notice.heading.text() == (f"Kunne ikke lagre {target}: filen er åpen i et annet program "
                                     "eller skrivebeskyttet; lukk den der og prøv igjen.")
    assert notice.details.text() == "Ingenting ble endret på disken."  # nothing about Documents
    assert [b.text() for b in notice.buttons] == ["Lukk"]
    assert target.read_bytes() == b"old"
