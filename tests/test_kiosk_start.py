"""`teachin quiz` start-up: the name screen is painted first, the database is opened right
after, and Start takes no name until the database is open and checked."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from teachin.store import db
from teachin.ui.kiosk import start as kiosk_start
from teachin.ui.kiosk import window as kiosk
from teachin.ui.kiosk.screens import NameScreen


class PaintSpy(QObject):
    def __init__(self, events: list) -> None:
        super().__init__()
        self.events = events

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        painted = isinstance(watched, NameScreen) and event.type() == QEvent.Type.Paint
        if painted and "painted" not in self.events:
            self.events.append("painted")
        return False


def test_the_name_screen_is_painted_before_the_database_is_opened(
    qapp, data_dir: Path, monkeypatch
):
    from teachin.__main__ import main

    events: list = []
    windows: list[kiosk.KioskWindow] = []
    real_open, real_ready = db.open_store, kiosk.KioskWindow.ready
    real_get_ready = kiosk_start._get_ready_once_shown

    def get_ready_once_shown(window, requested):
        windows.append(window)  # the window run_quiz made
        real_get_ready(window, requested)

    def open_store(*args, **kwargs):
        events.append(("open", windows[0].name_screen.start.isEnabled()))
        return real_open(*args, **kwargs)

    def ready(window, store, name):
        real_ready(window, store, name)
        events.append(("ready", window.name_screen.start.isEnabled(), name))
        window.may_close = True
        QTimer.singleShot(0, lambda: QApplication.exit(0))  # quit() would ask every window

    monkeypatch.setattr(kiosk_start, "_get_ready_once_shown", get_ready_once_shown)
    monkeypatch.setattr(db, "open_store", open_store)
    monkeypatch.setattr(kiosk.KioskWindow, "ready", ready)
    spy = PaintSpy(events)
    qapp.installEventFilter(spy)
    try:
        assert main(["--data-dir", str(data_dir), "quiz", "--windowed"]) == 0
    finally:
        qapp.removeEventFilter(spy)
    assert events == ["painted", ("open", False), ("ready", True, "pre")]
    assert (data_dir / "teachin.db").exists()
    windows[0].close()


def test_quizzes_are_read_when_asked_for_and_an_unreadable_file_is_left_out(tmp_path: Path):
    from teachin.ui.kiosk.start import QuizFolder

    (tmp_path / "pre.gift").write_text("::a::Ready? {T}\n", encoding="utf-8")
    (tmp_path / "post.gift").write_text("::a::Done? {T}\n", encoding="utf-8")
    (tmp_path / "broken.gift").write_bytes(b"::a::Caf\xe9? {T}\n")  # not UTF-8
    folder = QuizFolder(tmp_path)
    assert folder.names == ["broken", "post", "pre"]
    assert folder["pre"].questions[0].text == "Ready?"
    assert list(folder._read) == ["pre"]  # the kiosk's quiz alone was read
    assert "broken" not in folder and "nothing" not in folder
    assert list(folder) == ["post", "pre"]
