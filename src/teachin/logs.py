"""The app's log: what it would say on a console, also kept in a file in the data folder.

The windowed Windows executable has no console, so deck problems, start-up faults and store
warnings would otherwise be lost. Modules log to ``logging.getLogger("teachin....")``; before
``start()`` (in tests, or a module used on its own) logging's last-resort handler prints
warnings to standard error as before. ``start()`` adds the file (``logs/teachin.log``, rotated
at LOG_BYTES, LOG_BACKUPS old files kept) and the console line. No Qt here: the facilitator's
"Open the log folder" imports it only when clicked.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

from teachin import __version__, paths

LOG_FOLDER = "logs"
LOG_NAME = "teachin.log"
LOG_BYTES = 256 * 1024  # a workshop day writes a few kB; a broken loop cannot fill the disk
LOG_BACKUPS = 2

log = logging.getLogger("teachin")


class _Console(logging.StreamHandler):
    """Standard error as it is when a record is written (tests swap it; a windowed build has
    None), the message alone, as the app printed it before."""

    def __init__(self) -> None:
        super().__init__()

    @property
    def stream(self):  # type: ignore[override]
        return sys.stderr

    @stream.setter
    def stream(self, _value: object) -> None:
        pass

    def emit(self, record: logging.LogRecord) -> None:
        if sys.stderr is not None:
            super().emit(record)


class _File(logging.handlers.RotatingFileHandler):
    """The log file, made (with its folder) on the first record, so a command that logs
    nothing writes nothing. A folder that cannot be written turns the file off quietly:
    the console still has the message, and start-up never fails for want of a log."""

    def _open(self):  # type: ignore[no-untyped-def]
        Path(self.baseFilename).parent.mkdir(parents=True, exist_ok=True)
        return super()._open()

    def handleError(self, record: logging.LogRecord) -> None:
        self.close()
        log.removeHandler(self)


def _file_handler(path: Path) -> _File:
    file = _File(path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8", delay=True)
    file.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    return file


def log_folder() -> Path:
    return paths.data_dir() / LOG_FOLDER


def log_file() -> Path:
    return log_folder() / LOG_NAME


def start(command: str | None = None) -> Path:
    """Log to the console and to the file in the data folder (again after the data folder
    changed: each call replaces what the previous one set up)."""
    for handler in [h for h in log.handlers if isinstance(h, (_Console, _File))]:
        log.removeHandler(handler)
        handler.close()
    log.setLevel(logging.INFO)
    log.propagate = False  # ours alone: no second copy through the root logger
    console = _Console()
    console.setLevel(logging.WARNING)
    log.addHandler(console)
    path = log_file()
    log.addHandler(_file_handler(path))
    if command:
        frozen = "bundle" if getattr(sys, "frozen", False) else "source"
        log.info(f"teachin {__version__} ({frozen}) {command} started in {paths.data_dir()}")
    return path


def to_file_only(text: str, exc: BaseException | None = None) -> None:
    """Write an error with its traceback to the log file only (the console has been told
    in plain words already)."""
    record = log.makeRecord(
        "teachin.startup",
        logging.ERROR,
        __file__,
        0,
        text,
        None,
        (type(exc), exc, exc.__traceback__) if exc else None,
    )
    started = [h for h in log.handlers if isinstance(h, _File)]
    for handler in started or [_file_handler(log_file())]:  # or for this record alone
        handler.handle(record)
        if handler not in started:
            handler.close()


def open_log_folder() -> bool:
    """Show the log folder in the system's file manager (the facilitator's "Open the log
    folder"); False if there is no such folder yet or nothing could open it."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    folder = log_folder()
    if not folder.is_dir():
        return False
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
