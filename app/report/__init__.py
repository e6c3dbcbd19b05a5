"""The PDF report: what the groups concluded, ready to send to the working group.

This package is Qt-free. Importing it is cheap and does not import reportlab:
the input types live here, the builder in ``app.report.build``, imported only
when a report is asked for, so the app starts without paying for reportlab.

    from app.report import ReportInput, GroupReport, AgendaEntry, planned_agenda
    from app.report.from_session import report_input_from_session
    from app.report.build import build_report      # imports reportlab

    data = report_input_from_session(store, event, language="nb")
    build_report(data, "rapport.pdf", by_group=False, appendix=True,
                 progress=lambda fraction: ...)  # 0..1, on the calling thread

``build_report`` raises ``ReportWriteError`` (a one-line message naming the
path) when the file cannot be written, and leaves no partial file behind.
"""

from __future__ import annotations

from app.report.errors import ReportWriteError
from app.report.model import AgendaEntry, GroupReport, Language, ReportInput, planned_agenda

__all__ = [
    "AgendaEntry",
    "GroupReport",
    "Language",
    "ReportInput",
    "ReportWriteError",
    "planned_agenda",
]
