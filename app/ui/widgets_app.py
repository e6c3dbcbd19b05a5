"""The process's QApplication, for the verbs that open windows (``plenum``, ``plenum timer``).

Qt allows one application object per process, and only a QApplication can
show widgets. The verbs that only paint (``check``, ``render``,
``export-deck``) make a windowless QGuiApplication (``app.render.fonts``); run
through ``app.cli.main`` earlier in the same process, it would stay, and Qt
would abort the whole process at the first widget. This says why instead.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def widgets_application(argv: list[str]) -> QApplication:
    """The running QApplication, else a new one made from ``argv``.

    Raises RuntimeError if the process already has an application without widgets.
    """
    app = QApplication.instance() or QApplication(argv)
    if not isinstance(app, QApplication):
        raise RuntimeError(f"this process already has a {type(app).__name__}, which cannot open "
                           "windows; run this command in a process of its own")
    return app
