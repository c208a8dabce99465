"""A retake for one person: the facilitator picks, from the people who handed in this quiz, the
one who may take it again; that name's next start is a new attempt, once, and the answers they
handed in before stay stored. Real keys and clicks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from kiosk_driving import (
    BEFORE_WE_START,
    open_the_menu,
    parse_quizzes,
    running_kiosk,
    start_and_answer,
    store_with_pin,
)
from teachin.store.answers import answers_for_attempt, attempts_for
from teachin.store.settings import KIOSK_RETAKE_FOR, get_setting, retakes_allowed, use_retake
from teachin.ui.kiosk.window import KioskWindow

store = pytest.fixture(store_with_pin, name="store")


def hand_in(qtbot, kiosk: KioskWindow, name: str, answers: list[str]) -> None:
    """``name`` types ``answers`` to the two open questions, picks the first option of the
    last, and hands in."""
    start_and_answer(qtbot, kiosk, name, answers)
    qtbot.keyClick(kiosk.question_screen, Qt.Key.Key_1)
    qtbot.mouseClick(kiosk.question_screen.next, Qt.MouseButton.LeftButton)
    qtbot.keyClick(kiosk.review_screen.submit, Qt.Key.Key_Return)
    assert kiosk.stack.currentWidget() is kiosk.done_screen
    qtbot.keyClick(kiosk.done_screen, Qt.Key.Key_Return)  # hand the laptop on
    qtbot.keyClick(kiosk.hand_on_screen, Qt.Key.Key_Return)
    assert kiosk.stack.currentWidget() is kiosk.name_screen


def give_name(qtbot, kiosk: KioskWindow, name: str) -> str:
    """``name`` typed at a fresh name screen and Enter: what the name screen then says."""
    kiosk.name_screen.edit.setText("")
    qtbot.keyClicks(kiosk.name_screen.edit, name)
    qtbot.keyClick(kiosk.name_screen.edit, Qt.Key.Key_Return)
    return kiosk.name_screen.message.text()


def test_the_facilitator_allows_one_person_a_single_retake(qtbot, tmp_path: Path, store):
    quizzes = parse_quizzes(tmp_path, {"pre": BEFORE_WE_START})
    with running_kiosk(qtbot, quizzes, store, "pre") as kiosk:
        hand_in(qtbot, kiosk, "Bo", ["To learn", "281"])
        hand_in(qtbot, kiosk, "Amina", ["Maps", "250"])
        assert "You handed in" in give_name(qtbot, kiosk, "Amina")

        open_the_menu(qtbot, kiosk)
        menu = kiosk.facilitator_screen
        bar = menu.tabs.tabBar()
        names_tab = next(i for i in range(bar.count()) if bar.tabText(i) == "Names")
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(names_tab).center())
        picker = menu.retake_picker
        assert picker.isVisible()
        assert [picker.itemText(i) for i in range(picker.count())] == ["Amina", "Bo"]
        picker.setFocus()
        qtbot.keyClick(picker, Qt.Key.Key_Home)  # Amina
        qtbot.mouseClick(menu.allow_retake, Qt.MouseButton.LeftButton)
        assert "Amina" in menu.retake_note.text() and "Bo" not in menu.retake_note.text()
        qtbot.mouseClick(menu.back, Qt.MouseButton.LeftButton)

        assert "You handed in" in give_name(qtbot, kiosk, "Bo")  # nobody else may
        give_name(qtbot, kiosk, "Amina")
        assert kiosk.stack.currentWidget() is kiosk.question_screen
        assert kiosk.session.progress == (0, 3)  # a new attempt, nothing carried over
        kiosk.show_name_screen()  # she leaves it unfinished, comes back: welcome back
        give_name(qtbot, kiosk, "Amina")
        assert kiosk.stack.currentWidget() is kiosk.welcome_screen
        qtbot.mouseClick(kiosk.welcome_screen.yes, Qt.MouseButton.LeftButton)
        screen = kiosk.question_screen
        qtbot.keyClicks(screen.answer.edit, "More maps")
        for _ in range(3):  # the other two left open
            qtbot.mouseClick(screen.next, Qt.MouseButton.LeftButton)
        for _ in range(2):  # "Hand in", then "Hand in anyway"
            qtbot.mouseClick(kiosk.review_screen.submit, Qt.MouseButton.LeftButton)
        qtbot.keyClick(kiosk.done_screen, Qt.Key.Key_Return)
        qtbot.keyClick(kiosk.hand_on_screen, Qt.Key.Key_Return)
        assert "You handed in" in give_name(qtbot, kiosk, "Amina")  # once only

        open_the_menu(qtbot, kiosk)
        assert "Amina" not in menu.retake_note.text()
        qtbot.mouseClick(menu.back, Qt.MouseButton.LeftButton)

    first, second = attempts_for(store, "Amina", "pre")
    assert first.finished and second.finished
    assert answers_for_attempt(store, first.id)["expect"].response == "Maps"
    assert answers_for_attempt(store, second.id)["expect"].response == "More maps"


@settings(max_examples=150, deadline=None)
@given(
    value=st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=8),
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=4), inner),
        max_leaves=12,
    )
)
def test_retakes_read_from_any_stored_value(retake_store, value) -> None:
    """Whatever a damaged or hand-edited settings table holds for the retakes, the name screen
    reads a list of names (or none), never a traceback."""
    retake_store.conn.execute(
        "INSERT OR REPLACE INTO settings VALUES (?, ?)", [KIOSK_RETAKE_FOR, json.dumps(value)]
    )
    names = retakes_allowed(retake_store, "pre")
    assert isinstance(names, list) and all(isinstance(name, str) for name in names)
    use_retake(retake_store, "pre", "Ana")  # and using one up writes a usable list back
    assert get_setting(retake_store, KIOSK_RETAKE_FOR, None) is not None


@pytest.fixture(scope="module")
def retake_store(tmp_path_factory: pytest.TempPathFactory):
    from teachin.store.db import open_store

    with open_store(tmp_path_factory.mktemp("retakes") / "teachin.db") as store:
        yield store
