"""The standalone build's one entry point, for both of its programs.

``plenum`` (a console program) runs the verbs and the presenter as the
installed command does; ``plenum-gui`` is the same code built without a
console (Windows), where ``sys.stdout`` is None: it starts the presenter.
"""

from __future__ import annotations

import sys

from app.cli import main, main_gui

sys.exit(main_gui() if sys.stdout is None else main())
