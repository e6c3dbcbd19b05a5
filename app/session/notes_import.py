"""Merging notes files into a session: all files checked first, then one commit.

A task whose text in the session differs from the file's is never overwritten
silently: the imported text becomes a new version (so both stay in the
history), becomes current, and is listed as a conflict for the user.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.echo import cut, quoted
from app.event.model import Event
from app.session.errors import ReadOnlySessionError
from app.session.model import SessionGroup, SummaryVersion
from app.session.notes_file import NotesFile, NotesFileError, NotesProblem, parse_notes_file
from app.session.store import SessionStore


@dataclass(frozen=True)
class Conflict:
    """A task for which the session and a notes file had different text."""

    file: Path
    group: str
    task_id: str
    previous: SummaryVersion
    imported: SummaryVersion

    def __str__(self) -> str:
        return (f"{cut(self.file.name)}: {cut(self.group)}, {cut(self.task_id)}: the session had different "
                f"text; both are kept, the imported text is now current (the earlier one is "
                f"version {self.previous.id} in the history)")


@dataclass(frozen=True)
class ImportResult:
    files: tuple[Path, ...]
    added_groups: tuple[str, ...] = ()
    saved: tuple[SummaryVersion, ...] = ()  # new versions, conflicts included
    unchanged: int = 0  # summaries the session already had, word for word
    conflicts: tuple[Conflict, ...] = ()
    group_changes: tuple[str, ...] = ()  # "Gruppe 1: chair 'A' -> 'B'"
    follow_ups_added: int = 0


def import_notes(store: SessionStore, paths: Path | Sequence[Path], event: Event) -> ImportResult:
    """Merge notes files into ``store``; on any problem raise and change nothing."""
    files = (paths,) if isinstance(paths, Path) else tuple(paths)
    problems: list[NotesProblem] = []
    parsed: list[NotesFile] = []
    for path in files:
        try:
            parsed.append(parse_notes_file(path, event))
        except NotesFileError as exc:
            problems.extend(exc.problems)
    if problems:
        raise NotesFileError(problems)
    if store.read_only:
        raise ReadOnlySessionError(f"{store.path}: {store.read_only_reason}")
    merge = _Merge(store)
    with store.transaction():
        for notes in parsed:
            merge.apply(notes)
    return ImportResult(files, tuple(merge.added_groups), tuple(merge.saved), merge.unchanged,
                        tuple(merge.conflicts), tuple(merge.group_changes),
                        merge.follow_ups_added)


class _Merge:
    def __init__(self, store: SessionStore) -> None:
        self.store = store
        self.added_groups: list[str] = []
        self.saved: list[SummaryVersion] = []
        self.unchanged = 0
        self.conflicts: list[Conflict] = []
        self.group_changes: list[str] = []
        self.follow_ups_added = 0

    def apply(self, notes: NotesFile) -> None:
        group = self._group(notes)
        source = f"import:{notes.path.name}"
        for task_id, text in notes.summaries.items():
            current = self.store.summary(group.id, task_id)
            if current is not None and current.text == text:
                self.unchanged += 1
                continue
            version = self.store.save_summary(group.id, task_id, text, source=source)
            self.saved.append(version)
            if current is not None:
                self.conflicts.append(Conflict(notes.path, group.name, task_id, current, version))
        known = {f.text for f in self.store.follow_ups(group.id)}
        new = [text for text in dict.fromkeys(notes.follow_ups) if text not in known]
        if new:
            self.store.add_follow_ups(group.id, new)
            self.follow_ups_added += len(new)

    def _group(self, notes: NotesFile) -> SessionGroup:
        wanted = notes.group
        group = self.store.group_by_name(wanted.name)
        if group is None:
            self.added_groups.append(wanted.name)
            return self.store.add_group(wanted.name, room=wanted.room, chair=wanted.chair,
                                        note_taker=wanted.note_taker, members=wanted.members or ())
        changes: dict[str, Any] = {}
        for field in ("room", "chair", "note_taker"):
            new, old = getattr(wanted, field), getattr(group, field)
            if new is not None and new != old:
                changes[field] = new
                if old:
                    self.group_changes.append(f"{cut(group.name)}: {field} {quoted(old)} -> "
                                              f"{quoted(new)}")
        if wanted.members is not None and wanted.members != group.members:
            changes["members"] = wanted.members
            if group.members:
                self.group_changes.append(f"{cut(group.name)}: members "
                                          f"{cut(', '.join(group.members))} -> "
                                          f"{cut(', '.join(wanted.members))}")
        return self.store.update_group(group.id, **changes) if changes else group
