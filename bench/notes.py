"""Generated note-taking: summaries of a given length, and a session full of them.

The words are Norwegian with Northern Sámi names and the characters that
break naive code (``&``, ``<b>``), so the report and the editor do the work
real notes make them do (escaping, font fallback, line breaking).
"""

from __future__ import annotations

import itertools
from pathlib import Path

from app.event.model import Event

_WORDS = (
    "kommunene", "samarbeid", "regionen", "bør", "styrke", "kunnskapsgrunnlaget", "om", "areal",
    "og", "transport", "på", "tvers", "av", "grensene", "Áltá", "Guovdageaidnu", "ŋ", "ŧ",
    "møteplasser", "for", "erfaringsoverføring", "næringsliv", "&", "klima", "miljø", "<b>",
    "interessepolitisk", "arbeid", "gir", "effekt", "når", "flere", "deltar", "tidlig", "i",
    "prosessen", "Čáhcesuolu", "đ", "š", "ž", "mobilitet", "logistikk", "identitet", "felles",
)


def summary_text(words: int, seed: int) -> str:
    """``words`` words in paragraphs of about 60, different for every ``seed``."""
    stream = itertools.islice(itertools.cycle(_WORDS), seed * 7, seed * 7 + words)
    chosen = list(stream)
    paragraphs = [" ".join(chosen[i:i + 60]) + "." for i in range(0, len(chosen), 60)]
    paragraphs = [p[0].upper() + p[1:] for p in paragraphs]
    return "\n\n".join(paragraphs)


def write_report_session(path: Path, event: Event, groups: int, words: int) -> None:
    """A session with ``groups`` groups, each with ``words`` words on every task of ``event``."""
    from app.session import SessionStore

    with SessionStore.create(path, event) as store, store.transaction():
        existing = store.groups()
        for number in range(len(existing) + 1, groups + 1):
            store.add_group(f"Gruppe {number}", room=f"Rom {number}")
        for group_number, group in enumerate(store.groups()):
            for task_number, task in enumerate(event.groupwork.tasks):
                store.save_summary(group.id, task.id, summary_text(words, group_number * 10 + task_number))
            store.add_follow_up(group.id, f"Følge opp {group.name} & <b>referat</b> innen fredag")
