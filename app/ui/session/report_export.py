"""«Eksporter rapport (PDF)…»: the report built off the UI thread, with progress and «Åpne».

The session is snapshotted on the UI thread (a few queries, after the
autosave writer is flushed), then ``build_report`` runs through
``app.ui.jobs``. reportlab is imported inside the job, the first time a
report is asked for, so it never slows the app's start. A failure is shown in
the panel as one line; nothing else is disturbed.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from app.event.model import Event
from app.ui.jobs import Job, Report, run_job
from app.ui.session.style import DIALOG_STYLE

if TYPE_CHECKING:
    from app.session import SessionStore


def ui_language() -> str:
    """"nb" when the Norwegian translation is installed, else "en".

    The translation file translates the context "Language" string "en" to
    "nb", so the report follows whatever language the UI was started in.
    """
    return "nb" if QCoreApplication.translate("Language", "en") == "nb" else "en"


def default_report_path(session_path: Path) -> Path:
    return session_path.with_name(f"{session_path.stem}-rapport.pdf")


class ReportPanel(QDialog):
    """Progress, then the result with «Åpne» / «Åpne mappe», or the error."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export report (PDF)"))
        self.setModal(False)
        self.setStyleSheet(DIALOG_STYLE)
        self.out: Path | None = None
        self.job: Job | None = None
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size: 15px; font-weight: 700;")
        self.path_label = QLabel(self)
        self.path_label.setTextFormat(Qt.TextFormat.PlainText)
        self.path_label.setWordWrap(True)
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.clicked.connect(self.open_report)
        self.folder_button = QPushButton(self.tr("Open folder"), self)
        self.folder_button.clicked.connect(self.open_folder)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.open_button, self.folder_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.path_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.resize(560, 200)

    @property
    def running(self) -> bool:
        return self.job is not None and self.job.running

    def start(self, store: SessionStore, event: Event, out: Path) -> Job:
        """Snapshot ``store`` now and build the PDF at ``out`` on a worker thread."""
        from app.report.from_session import report_input_from_session

        language = ui_language()
        data = report_input_from_session(store, event, language="nb" if language == "nb" else "en")
        self.out = out
        self.heading.setText(self.tr("Writing the report…"))
        self.path_label.setText(str(out))
        self.progress.setValue(0)
        self.progress.show()
        self.message.clear()
        self.message.setStyleSheet("")
        self.open_button.setEnabled(False)
        self.folder_button.setEnabled(False)
        self.show()
        self.activateWindow()

        def work(report: Report) -> Path:
            from app.report.build import build_report

            build_report(data, out, progress=report)
            return out

        self.job = run_job(work, on_done=self._done, on_error=self._failed,
                           on_progress=lambda f: self.progress.setValue(round(100 * f)))
        return self.job

    def _done(self, out: Path) -> None:
        self.heading.setText(self.tr("The report is ready"))
        self.progress.setValue(100)
        self.open_button.setEnabled(True)
        self.folder_button.setEnabled(True)
        self.open_button.setFocus()

    def _failed(self, error: Exception) -> None:
        self.heading.setText(self.tr("The report could not be written"))
        self.progress.hide()
        self.message.setText(str(error))
        self.message.setStyleSheet("color: #ff6b6b; font-weight: 700;")

    def open_report(self) -> None:
        if self.out is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.out)))

    def open_folder(self) -> None:
        if self.out is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.out.parent)))
