"""What the facilitator must know when the kiosk starts is told on its first name screen and
kept in the menu: a results database restored from a backup (also at a first start, after the
PIN is set up), and problems in the quiz file (a refused `@time-limit` runs the quiz untimed)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from kiosk_driving import BEFORE_WE_START, PIN, parse_quizzes, show_kiosk, type_pin
from teachin.store import open_store
from teachin.ui.kiosk import window as kiosk
from test_present_room import answer
from test_store_damaged_ui import _damage


def set_up_pin(qtbot, window: kiosk.KioskWindow) -> None:
    screen = window.pin_screen
    qtbot.keyClicks(screen.edit, PIN)
    qtbot.keyClick(screen.edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(screen.again, PIN)
    qtbot.keyClick(screen.again, Qt.Key.Key_Return)


def test_a_restored_database_is_told_after_the_pin_is_set_up_at_a_first_start(
    qtbot, data_dir: Path
):
    with open_store() as store:  # answers, then a backup of them, then damage: no PIN yet
        answer(store, "ana", 1.0)
    open_store().close()
    _damage(data_dir / "teachin.db")
    with open_store() as store:
        assert store.recovery is not None
        window = show_kiosk(qtbot, parse_quizzes(data_dir, {"pre": BEFORE_WE_START}), store, "pre")
        try:
            assert window.stack.currentWidget() is window.pin_screen
            set_up_pin(qtbot, window)
            assert window.stack.currentWidget() is window.name_screen
            said = window.name_screen.message.text()
            assert "damaged" in said and "restored" in said
        finally:
            window.may_close = True


BAD_TIME_LIMIT = """\
// @title: Before we start
// @mode: pre
// @time-limit: ten minutes

::expect::What do you expect to learn today? {}
"""


def test_a_quiz_with_problems_is_told_at_start_and_in_the_menu(
    qtbot, qapp, data_dir: Path, tmp_path: Path, monkeypatch
):
    from teachin.__main__ import main
    from teachin.store import pin

    deck = tmp_path / "deck"
    (deck / "quizzes").mkdir(parents=True)
    (deck / "quizzes" / "pre.gift").write_text(BAD_TIME_LIMIT, encoding="utf-8")
    (deck / "quizzes" / "post.gift").write_text("::a::Done? {T}\n", encoding="utf-8")
    with open_store(data_dir / "teachin.db") as store:
        pin.set_pin(store, PIN)
    seen: dict[str, str] = {}
    real_ready = kiosk.KioskWindow.ready

    def ready(window: kiosk.KioskWindow, store, name: str) -> None:
        real_ready(window, store, name)  # as `teachin quiz` starts it, then the facilitator
        seen["name screen"] = window.name_screen.message.text()
        window.activateWindow()
        qtbot.mouseClick(window.name_screen.facilitator, Qt.MouseButton.LeftButton)
        type_pin(qtbot, window)
        seen["menu"] = window.facilitator_screen.notices.text()
        window.facilitator_flow.choose_quiz("post")  # a quiz without problems: nothing said
        seen["menu, post"] = window.facilitator_screen.notices.text()
        window.may_close = True
        window.close()
        QTimer.singleShot(0, lambda: QApplication.exit(0))

    monkeypatch.setattr(kiosk.KioskWindow, "ready", ready)
    args = ["--data-dir", str(data_dir), "--deck", str(deck), "quiz", "pre", "--windowed"]
    assert main(args) == 0
    where = f"{deck / 'quizzes' / 'pre.gift'}:3: @time-limit"
    for shown in (seen["name screen"], seen["menu"]):
        assert "“pre” has 1 problem" in shown and "teachin check" in shown
        assert where in shown
    assert seen["menu, post"] == ""
