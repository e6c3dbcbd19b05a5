"""The look of the session's windows (report, import, groups): the console's dark theme.

They are children of the console and inherit its style sheet, whose light text
needs the dark background set here too.
"""

from __future__ import annotations

DIALOG_STYLE = """
QDialog { background: #17191c; }
QLineEdit { background: #1e2124; color: #f1f1f1; border: 1px solid #2e3237; border-radius: 4px;
    padding: 4px; }
QPushButton:disabled { color: #6b7075; }
QProgressBar { background: #1e2124; color: #f1f1f1; border: 1px solid #2e3237; border-radius: 4px;
    text-align: center; height: 22px; }
QProgressBar::chunk { background: #006e6a; border-radius: 3px; }
"""
