"""Fatal start-up faults: a plain message on the console and in a window, never a traceback."""

from __future__ import annotations

import errno
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from teachin import startup_errors


@pytest.mark.parametrize(
    ("exc", "title", "hint"),
    [
        (
            OSError(errno.ENOSPC, "No space left on device", "/data/teachin.db"),
            "disk is full",
            "/data/teachin.db",
        ),
        (OSError(errno.EROFS, "Read-only file system", "/media/usb/x"), "read-only", "--data-dir"),
        (
            PermissionError(errno.EACCES, "Permission denied", "/home/x"),
            "No permission",
            "TEACHIN_DATA_DIR",
        ),
        (sqlite3.OperationalError("database or disk is full"), "disk is full", "cannot grow"),
        (
            sqlite3.OperationalError("attempt to write a readonly database"),
            "cannot be written",
            "--data-dir",
        ),
        (sqlite3.DatabaseError("file is not a database"), "damaged", "backup"),
        (
            UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"),
            "content folder",
            "teachin check",
        ),
        (ImportError("No module named 'teachin.ui'"), "incomplete", "Copy the whole app folder"),
    ],
)
def test_each_fault_gets_a_plain_title_and_what_to_do(
    exc: BaseException, title: str, hint: str
) -> None:
    got_title, message = startup_errors.explain(exc)
    assert title in got_title
    assert hint in message
    assert "Traceback" not in message


def test_a_store_error_message_is_passed_through() -> None:
    class StoreError(Exception):
        pass

    assert startup_errors.explain(StoreError("The data folder /x is not writable.")) == (
        "Teach-in cannot start",
        "The data folder /x is not writable.",
    )


def test_run_guarded_reports_logs_and_exits_1(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    def main(argv):
        raise OSError(errno.EROFS, "Read-only file system", str(data_dir / "teachin.db"))

    assert startup_errors.run_guarded(main, []) == startup_errors.EXIT_FATAL
    err = capsys.readouterr().err
    assert err.startswith("teachin: The disk is read-only: ")
    assert "Traceback" not in err
    log = data_dir / "teachin-crash.log"
    assert "Traceback" in log.read_text(encoding="utf-8")  # the details are kept for the organiser
    assert str(log) in err


def test_run_guarded_passes_exit_codes_and_system_exit_through() -> None:
    assert startup_errors.run_guarded(lambda argv: 0, []) == 0
    assert startup_errors.run_guarded(lambda argv: 5, []) == 5
    with pytest.raises(SystemExit):
        startup_errors.run_guarded(lambda argv: sys.exit(1), [])


def test_windowed_build_without_console_streams_still_reports(tmp_path: Path) -> None:
    """A windowed Windows build has sys.stdout = sys.stderr = None: no crash, exit code 1."""
    script = textwrap.dedent(
        f"""
        import errno, sys
        from teachin import startup_errors
        sys.stdout = sys.stderr = None
        def main(argv):
            raise OSError(errno.ENOSPC, "No space left on device", {str(tmp_path)!r})
        code = startup_errors.run_guarded(main, [])
        open({str(tmp_path / "code.txt")!r}, "w").write(str(code))
        """
    )
    env = {"QT_QPA_PLATFORM": "offscreen", "TEACHIN_DATA_DIR": str(tmp_path), "PATH": ""}
    result = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "code.txt").read_text() == "1"
    assert (tmp_path / "teachin-crash.log").exists()


def test_no_window_when_there_is_no_screen(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert not startup_errors._can_show_window()
    monkeypatch.delenv("QT_QPA_PLATFORM")
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("TEACHIN_NO_DIALOG", raising=False)
    if sys.platform.startswith("linux"):  # Qt would abort the process with no display
        assert not startup_errors._can_show_window()
    from teachin import display

    monkeypatch.setenv("DISPLAY", ":0")
    if sys.platform.startswith("linux"):  # a display nobody answers on: Qt would abort too
        monkeypatch.setattr(display, "can_connect", lambda name: False)
        assert not startup_errors._can_show_window()
        monkeypatch.setattr(display, "can_connect", lambda name: True)
        monkeypatch.setattr(display, "plugin_libraries_missing", lambda: [])
    assert startup_errors._can_show_window()
    monkeypatch.setenv("TEACHIN_NO_DIALOG", "1")
    assert not startup_errors._can_show_window()


def test_the_window_shows_title_and_message_and_closes(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With a screen, the person sees a critical message box holding the explanation."""
    monkeypatch.setattr(startup_errors, "_HEADLESS_PLATFORMS", set())
    monkeypatch.setattr(startup_errors, "_can_show_window", lambda: True)
    seen: list[tuple[str, str, str]] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append((box.windowTitle(), box.text(), box.informativeText()))
        box.button(QMessageBox.StandardButton.Close).click()

    QTimer.singleShot(200, read_and_close)
    startup_errors.report_fatal("The disk is full", "Free some space on D:.")
    assert seen == [("Teach-in: The disk is full", "The disk is full", "Free some space on D:.")]


def test_every_command_uses_the_same_data_folder(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A QApplication named after the executable (as the kiosk makes it) must not move the
    data folder: the kiosk's answers must be where `teachin results bundle` looks."""
    from teachin import paths

    monkeypatch.delenv(paths.DATA_DIR_ENV)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    qapp.setApplicationName("teachin")
    qapp.setOrganizationName("")
    first = paths.data_dir()
    qapp.setApplicationName("python3")
    assert paths.data_dir() == first
    assert first == tmp_path / ".local" / "share" / "Teach-in"  # not Teach-in/Teach-in
