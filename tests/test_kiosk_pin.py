"""The facilitator PIN and the hand-over between participants: the PIN is set before anyone gives
a name (or with `teachin pin set`) and never from a participant's screen; wrong PINs are slowed
down, across restarts; personal codes guard unfinished answers; nothing one participant typed
can be brought back by the next. Real keys and clicks."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kiosk_driving import (
    BEFORE_WE_START,
    PIN,
    enter_name,
    open_the_menu,
    parse_quizzes,
    press_facilitator_keys,
    show_kiosk,
    store_with_pin,
    visible_text,
)
from teachin.store import pin
from teachin.store.answers import attempts_for
from teachin.store.db import open_store
from teachin.ui.kiosk.window import KioskWindow

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def quizzes(tmp_path: Path):
    return parse_quizzes(tmp_path, {"pre": BEFORE_WE_START})


@pytest.fixture
def bare_store(data_dir):
    """A laptop's first start: no PIN yet."""
    with open_store() as store:
        yield store


store = pytest.fixture(store_with_pin, name="store")


@pytest.fixture
def kiosks(qtbot):
    made: list[KioskWindow] = []
    yield made
    for window in made:
        window.may_close = True


def started(qtbot, kiosks, quizzes, store) -> KioskWindow:
    kiosks.append(show_kiosk(qtbot, quizzes, store, "pre"))
    return kiosks[-1]


def test_at_first_start_the_facilitator_sets_the_pin_before_any_name_is_taken(
    qtbot, kiosks, quizzes, bare_store
):
    kiosk = started(qtbot, kiosks, quizzes, bare_store)
    screen = kiosk.pin_screen
    assert kiosk.stack.currentWidget() is screen
    assert screen.again.isVisible() and not screen.cancel.isVisible()  # no way round it
    assert "Set the facilitator PIN" in screen.title.text()
    press_facilitator_keys(qtbot, screen.edit)  # no other screen can be reached from here
    qtbot.keyClick(screen, Qt.Key.Key_Escape)
    assert kiosk.stack.currentWidget() is screen
    kiosk.begin()  # nor can a name be given
    assert attempts_for(bare_store, "") == [] and kiosk.session is None

    qtbot.keyClicks(screen.edit, "1357")
    qtbot.keyClick(screen.edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(screen.again, "1358")
    qtbot.keyClick(screen.again, Qt.Key.Key_Return)
    assert "differ" in screen.message.text() and not pin.has_pin(bare_store)
    screen.again.selectAll()
    qtbot.keyClicks(screen.again, "1357")
    qtbot.keyClick(screen.again, Qt.Key.Key_Return)
    assert pin.check_pin(bare_store, "1357")
    assert kiosk.stack.currentWidget() is kiosk.name_screen
    plain = bare_store.db.execute("select count(*) from settings where value like '%1357%'")
    assert plain.fetchone()[0] == 0


def test_a_participant_is_only_ever_asked_for_the_pin_never_to_choose_one(
    qtbot, kiosks, quizzes, store
):
    kiosk = started(qtbot, kiosks, quizzes, store)
    for way_in in (
        lambda: qtbot.mouseClick(kiosk.name_screen.facilitator, Qt.MouseButton.LeftButton),
        lambda: press_facilitator_keys(qtbot, kiosk.name_screen.edit),
        kiosk.close,
    ):
        kiosk.show_name_screen()
        way_in()
        assert kiosk.stack.currentWidget() is kiosk.pin_screen
        assert not kiosk.pin_screen.again.isVisible()
        assert "Set" not in kiosk.pin_screen.title.text()
        qtbot.keyClicks(kiosk.pin_screen.edit, "0000")
        qtbot.keyClick(kiosk.pin_screen.edit, Qt.Key.Key_Return)
        assert "not right" in kiosk.pin_screen.message.text()
    assert pin.check_pin(store, PIN)


def wrong_pin(qtbot, kiosk: KioskWindow) -> str:
    screen = kiosk.pin_screen
    qtbot.keyClicks(screen.edit, "9999")
    qtbot.keyClick(screen.edit, Qt.Key.Key_Return)
    return screen.message.text()


def test_wrong_pins_are_slowed_down_even_across_a_restart(
    qtbot, kiosks, quizzes, store, monkeypatch
):
    now = [1_000_000.0]
    monkeypatch.setattr(pin.time, "time", lambda: now[0])
    kiosk = started(qtbot, kiosks, quizzes, store)
    press_facilitator_keys(qtbot, kiosk.name_screen.edit)
    for _ in range(pin.FREE_TRIES):
        assert "not right" in wrong_pin(qtbot, kiosk)
    assert "Try again in 5 seconds" in wrong_pin(qtbot, kiosk)  # the right one is not even tried

    kiosk.may_close = True  # the laptop restarts: the count is in the database
    kiosk.close()
    again = started(qtbot, kiosks, quizzes, store)
    press_facilitator_keys(qtbot, again.name_screen.edit)
    qtbot.keyClicks(again.pin_screen.edit, PIN)
    qtbot.keyClick(again.pin_screen.edit, Qt.Key.Key_Return)
    assert "Try again in 5 seconds" in again.pin_screen.message.text()
    now[0] += 5
    assert "not right" in wrong_pin(qtbot, again)
    assert "Try again in 10 seconds" in wrong_pin(qtbot, again)  # each wait twice the last
    now[0] += 10
    qtbot.keyClicks(again.pin_screen.edit, PIN)
    qtbot.keyClick(again.pin_screen.edit, Qt.Key.Key_Return)
    assert again.stack.currentWidget() is again.facilitator_screen
    assert pin.wait_before_next_try(store) == 0  # the right PIN starts the count afresh


def test_pin_set_reads_the_pin_twice_unseen(data_dir, monkeypatch, capsys):
    from teachin.__main__ import main

    typed = iter(["4321", "4321", "4321", "1234"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(typed))
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    assert main(["pin", "set"]) == 0
    assert "PIN is set" in capsys.readouterr().out
    assert main(["pin", "set"]) == 1  # two different PINs: nothing changed
    assert "differ" in capsys.readouterr().err
    with open_store() as store:
        assert pin.check_pin(store, "4321")


def test_nothing_the_last_participant_typed_comes_back(qtbot, kiosks, quizzes, store):
    kiosk = started(qtbot, kiosks, quizzes, store)
    edit = kiosk.name_screen.edit
    qtbot.keyClicks(edit, "Amina Yusuf")
    qtbot.keyClick(edit, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(edit, Qt.Key.Key_C, CTRL)  # she copies her name
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert kiosk.session.nickname == "Amina Yusuf"
    kiosk.session.submit()
    kiosk.show_done()
    qtbot.keyClick(kiosk.done_screen, Qt.Key.Key_Return)
    qtbot.keyClick(kiosk.hand_on_screen, Qt.Key.Key_Return)

    edit = kiosk.name_screen.edit  # the next person
    assert edit.text() == "" and kiosk.focusWidget() is edit
    for keys in (Qt.Key.Key_Z, Qt.Key.Key_Y):  # undo, redo
        qtbot.keyClick(edit, keys, CTRL)
        assert edit.text() == ""
    qtbot.keyClick(edit, Qt.Key.Key_V, CTRL)  # paste
    assert edit.text() == ""
    assert QApplication.clipboard().text() == ""
    assert "Amina" not in visible_text(kiosk)


def test_with_personal_codes_only_the_code_opens_unfinished_answers(qtbot, kiosks, quizzes, store):
    kiosk = started(qtbot, kiosks, quizzes, store)
    open_the_menu(qtbot, kiosk)
    menu = kiosk.facilitator_screen
    assert not menu.codes.isChecked()  # off by default: turned on
    menu.codes.setFocus()
    qtbot.keyClick(menu.codes, Qt.Key.Key_Space)
    qtbot.keyClick(menu.back, Qt.Key.Key_Return)
    name = kiosk.name_screen
    assert name.code.isVisible()

    enter_name(qtbot, kiosk, "Ana")  # no code: asked to choose one, nothing started
    assert "Choose a personal code" in name.message.text()
    assert attempts_for(store, "Ana") == []
    qtbot.keyClicks(name.code, "owl7")
    qtbot.keyClick(name.code, Qt.Key.Key_Return)
    assert kiosk.stack.currentWidget() is kiosk.question_screen
    qtbot.keyClicks(kiosk.question_screen.answer.edit, "my own words")
    qtbot.mouseClick(kiosk.question_screen.next, Qt.MouseButton.LeftButton)
    kiosk.show_name_screen()  # Ana walks away; the next person tries her name

    enter_name(qtbot, kiosk, "Ana")
    qtbot.keyClicks(name.code, "cat1")
    qtbot.keyClick(name.code, Qt.Key.Key_Return)
    assert kiosk.stack.currentWidget() is name
    assert "does not match" in name.message.text()
    assert "my own words" not in visible_text(kiosk)

    name.edit.setText("")
    enter_name(qtbot, kiosk, "Ana")
    qtbot.keyClicks(name.code, "owl7")
    qtbot.keyClick(name.code, Qt.Key.Key_Return)
    assert kiosk.stack.currentWidget() is kiosk.question_screen  # straight back to her quiz
    assert kiosk.session.progress == (1, 3)
    plain = store.db.execute("select count(*) from settings where value like '%owl7%'")
    assert plain.fetchone()[0] == 0


def test_high_contrast_and_text_size_are_kept_for_the_laptop(qtbot, kiosks, quizzes, store):
    kiosk = started(qtbot, kiosks, quizzes, store)
    edit = kiosk.name_screen.edit
    normal = kiosk.name_screen.prompt.font().pixelSize()
    qtbot.keyClick(edit, Qt.Key.Key_H, CTRL)
    qtbot.keyClick(edit, Qt.Key.Key_Plus, CTRL)
    qtbot.keyClick(edit, Qt.Key.Key_Plus, CTRL)
    qtbot.wait(10)
    assert kiosk.name_screen.prompt.font().pixelSize() > normal
    assert "background: #000000" in kiosk.styleSheet()
    assert edit.text() == ""  # the keys typed nothing

    kiosk.may_close = True
    kiosk.close()
    again = started(qtbot, kiosks, quizzes, store)  # the next morning
    assert "background: #000000" in again.styleSheet()
    assert again.name_screen.prompt.font().pixelSize() > normal
    qtbot.keyClick(again.name_screen.edit, Qt.Key.Key_0, CTRL)
    qtbot.keyClick(again.name_screen.edit, Qt.Key.Key_H, CTRL)
    qtbot.wait(10)
    assert again.name_screen.prompt.font().pixelSize() == normal
    assert "background: #000000" not in again.styleSheet()


def test_the_menu_opens_the_log_folder_and_says_when_it_cannot(
    qtbot, kiosks, quizzes, store, monkeypatch
):
    import sys
    import types

    opened = []
    answers = iter([True, False])
    logs = types.ModuleType("teachin.logs")  # the installer's module (on main), stood in for
    logs.open_log_folder = lambda: opened.append(True) or next(answers)
    monkeypatch.setitem(sys.modules, "teachin.logs", logs)
    kiosk = started(qtbot, kiosks, quizzes, store)
    open_the_menu(qtbot, kiosk)
    menu = kiosk.facilitator_screen
    menu.open_logs.setFocus()
    qtbot.keyClick(menu.open_logs, Qt.Key.Key_Return)
    assert opened == [True] and not menu.logs_message.isVisible()
    qtbot.keyClick(menu.open_logs, Qt.Key.Key_Return)
    assert "could not be opened" in menu.logs_message.text()


def turn_on_codes(qtbot, kiosk: KioskWindow) -> None:
    open_the_menu(qtbot, kiosk)
    menu = kiosk.facilitator_screen
    menu.codes.setFocus()
    qtbot.keyClick(menu.codes, Qt.Key.Key_Space)
    qtbot.keyClick(menu.back, Qt.Key.Key_Return)


def give_code(qtbot, kiosk: KioskWindow, name: str, code: str) -> str:
    screen = kiosk.name_screen
    screen.edit.setText("")
    enter_name(qtbot, kiosk, name)
    qtbot.keyClicks(screen.code, code)
    qtbot.keyClick(screen.code, Qt.Key.Key_Return)
    return screen.message.text()


def test_wrong_personal_codes_are_slowed_down_per_name_even_across_a_restart(
    qtbot, kiosks, quizzes, store, monkeypatch
):
    now = [2_000_000.0]
    monkeypatch.setattr(pin.time, "time", lambda: now[0])
    kiosk = started(qtbot, kiosks, quizzes, store)
    turn_on_codes(qtbot, kiosk)
    for name, code in (("Ana", "owl7"), ("Bo", "fox2")):  # two people walk away mid-quiz
        give_code(qtbot, kiosk, name, code)
        assert kiosk.stack.currentWidget() is kiosk.question_screen
        kiosk.show_name_screen()

    for _ in range(pin.FREE_TRIES):
        assert "does not match" in give_code(qtbot, kiosk, "Ana", "cat1")
    assert "Try again in 5 seconds" in give_code(qtbot, kiosk, "Ana", "owl7")  # not even tried
    assert kiosk.stack.currentWidget() is kiosk.name_screen
    give_code(qtbot, kiosk, "Bo", "fox2")  # someone else's name is not held up
    assert kiosk.stack.currentWidget() is kiosk.question_screen
    kiosk.show_name_screen()

    kiosk.may_close = True  # the laptop restarts: the count is in the database
    kiosk.close()
    again = started(qtbot, kiosks, quizzes, store)
    assert "Try again in 5 seconds" in give_code(qtbot, again, "Ana", "owl7")
    now[0] += 5
    assert "does not match" in give_code(qtbot, again, "Ana", "cat2")
    assert "Try again in 10 seconds" in give_code(qtbot, again, "Ana", "owl7")  # twice as long
    now[0] += 10
    give_code(qtbot, again, "Ana", "owl7")
    assert again.stack.currentWidget() is again.question_screen
    assert again.session.nickname == "Ana"
