"""Fatal start-up faults, told plainly: one console line and, where a screen exists, a window.

``report_fatal(title, message)`` works before any QApplication exists and in a windowed build
where ``sys.stdout`` and ``sys.stderr`` are None. ``run_guarded()`` is the frozen app's entry
point: it runs the CLI and turns an exception that escapes it into such a report (exit code 2)
instead of a traceback dialog or a silent exit. The traceback goes to a log file for whoever
fixes the fault.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import sys
import tempfile
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path

from teachin.i18n import translate

EXIT_FATAL = 1
# Platforms with no screen: a modal window there would wait forever for a click.
_HEADLESS_PLATFORMS = {"offscreen", "minimal", "vnc"}


def report_fatal(title: str, message: str) -> None:
    """Tell the person at the laptop what stopped the app and what to do about it."""
    _to_console(f"teachin: {title}: {message}")
    if _can_show_window():
        _show_window(title, message)


def explain(exc: BaseException) -> tuple[str, str]:
    """A title and a plain message for a fault that stopped the app."""
    where = _data_dir_text()
    if type(exc).__name__ in {"StoreError", "DeckError", "StartupError"}:
        return translate("startup", "Teach-in cannot start"), str(exc)
    if isinstance(exc, OSError):
        target = exc.filename or where
        if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
            return translate("startup", "The disk is full"), translate(
                "startup",
                "There is no room left to write {target}. Free some space on that disk, or "
                "start Teach-in with --data-dir pointing to a folder on another disk.",
            ).format(target=target)
        if exc.errno == errno.EROFS:
            return translate("startup", "The disk is read-only"), translate(
                "startup",
                "{target} is on a read-only disk. Start Teach-in with --data-dir pointing to a "
                "writable folder (or set TEACHIN_DATA_DIR).",
            ).format(target=target)
        if exc.errno in (errno.EACCES, errno.EPERM):
            return translate("startup", "No permission to write"), translate(
                "startup",
                "This user may not write {target}. Start Teach-in with --data-dir pointing to a "
                "folder you can write (or set TEACHIN_DATA_DIR).",
            ).format(target=target)
        title = translate("startup", "A file could not be used")
        return title, f"{target}: {exc.strerror or exc}"
    if isinstance(exc, sqlite3.DatabaseError):
        text = str(exc)
        if "full" in text:
            return translate("startup", "The disk is full"), translate(
                "startup", "The results database in {folder} cannot grow: {error}."
            ).format(folder=where, error=text)
        if "readonly" in text or "read-only" in text or "unable to open" in text:
            return translate("startup", "The results database cannot be written"), translate(
                "startup",
                "{folder}: {error}. Start Teach-in with --data-dir pointing to a writable folder.",
            ).format(folder=where, error=text)
        return translate("startup", "The results database is damaged"), translate(
            "startup",
            "{folder}: {error}. Move the file teachin.db aside (keep it for the organiser) and "
            "start again: the newest backup in that folder can be restored.",
        ).format(folder=where, error=text)
    if isinstance(exc, (UnicodeDecodeError, ValueError, KeyError)):
        return translate("startup", "The content folder looks damaged"), translate(
            "startup",
            "{error}. Run `teachin check` to see what is wrong, or copy the app folder again.",
        ).format(error=f"{type(exc).__name__}: {exc}")
    if isinstance(exc, ImportError):
        return translate("startup", "This copy of Teach-in is incomplete"), translate(
            "startup",
            "{error}. Copy the whole app folder again (an antivirus may have removed a file).",
        ).format(error=exc)
    return translate("startup", "Teach-in stopped"), f"{type(exc).__name__}: {exc}"


def run_guarded(
    main: Callable[[Sequence[str] | None], int] | None = None,
    argv: Sequence[str] | None = None,
) -> int:
    """Run the CLI; report any fault that escapes it and return EXIT_FATAL."""
    try:
        if main is None:
            from teachin.__main__ import main
        return int(main(argv) or 0)
    except (SystemExit, KeyboardInterrupt):
        raise
    except BaseException as exc:
        title, message = explain(exc)
        crash_file = _write_log(exc)
        if crash_file:
            details = translate("startup", "Details for the organiser: {file}")
            message += "\n\n" + details.format(file=crash_file)
        _to_log_file(f"{title}: {message}", exc)
        report_fatal(title, message)
        return EXIT_FATAL


def _to_console(line: str) -> None:
    for stream in (sys.stderr, sys.stdout):  # None in a windowed build
        if stream is not None:
            try:
                print(line, file=stream, flush=True)
                return
            except (OSError, ValueError):  # closed or broken stream: try the next
                continue


def _can_show_window() -> bool:
    if os.environ.get("TEACHIN_NO_DIALOG"):
        return False
    platform = os.environ.get("QT_QPA_PLATFORM", "").split(":")[0]
    if platform in _HEADLESS_PLATFORMS:
        return False
    # Qt aborts the process when it cannot reach a display or load its X11 plugin: check
    # before creating anything (display.py; False where it finds a problem).
    try:
        from teachin import display

        return display.problem() is None
    except Exception:  # the check itself must never be the next fault
        return False


def _show_window(title: str, message: str) -> None:
    try:
        from PySide6.QtWidgets import QApplication, QMessageBox
    except ImportError:
        return  # the console line is all we can give
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "teachin"])
    if QApplication.platformName() in _HEADLESS_PLATFORMS:
        return
    try:  # Qt's own words ("Close") in the interface's language
        from teachin.ui.language import install_translators

        install_translators(app)
    except Exception:  # the report must show even if the catalogue cannot load
        pass
    box = QMessageBox(QMessageBox.Icon.Critical, f"Teach-in: {title}", title)
    box.setInformativeText(message)
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    # Room for a path and "--data-dir" on one line (the default box wraps at 25 characters).
    box.setStyleSheet("QLabel#qt_msgbox_informativelabel { min-width: 30em; }")
    box.exec()
    del app


def _write_log(exc: BaseException) -> Path | None:
    """Save the traceback where it can be written: the data folder, else the temp folder."""
    text = "".join(traceback.format_exception(exc))
    for folder in (_data_dir_or_none(), Path(tempfile.gettempdir())):
        if folder is None:
            continue
        try:
            path = folder / "teachin-crash.log"
            path.write_text(text, encoding="utf-8")
            return path
        except OSError:
            continue
    return None


def _to_log_file(text: str, exc: BaseException) -> None:
    """The app's log keeps the fault too: in a windowed build the only trace besides the
    crash file. Never a second fault from here."""
    try:
        from teachin import logs

        logs.to_file_only(text, exc)
    except Exception:
        pass


def _data_dir_or_none() -> Path | None:
    try:
        from teachin import paths

        return paths.data_dir()
    except Exception:  # the data folder itself may be the fault
        return None


def _data_dir_text() -> str:
    folder = _data_dir_or_none()
    return str(folder) if folder else "the data folder"
