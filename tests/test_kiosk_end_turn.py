"""A participant walked away mid-quiz from a shared laptop: behind the PIN, the facilitator
either goes back to that turn or ends it. Ending it leaves a clean name screen for the next
person, every saved answer untouched, and the same name typed later resumes with "Welcome back".
When no turn is in progress the menu is as it always was. Real clicks and keys."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kiosk_driving import (
    BEFORE_WE_START,
    enter_name,
    open_the_menu,
    parse_quizzes,
    running_kiosk,
    start_and_answer,
    store_with_pin,
    stored,
    visible_text,
)
from teachin.store.answers import answers_for_attempt, attempts_for
from teachin.ui.kiosk.window import KioskWindow

SECRET = "why remittances beat aid"  # Amina's own words: no one after her may see them
UNSAVED = "2750"  # typed on question 2, never confirmed


store = pytest.fixture(store_with_pin, name="store")


@pytest.fixture
def kiosk(qtbot, store, tmp_path: Path):
    quizzes = parse_quizzes(tmp_path, {"pre": BEFORE_WE_START})
    with running_kiosk(qtbot, quizzes, store, "pre") as window:
        yield window


def amina_answers_one_of_three_and_walks_away(qtbot, kiosk: KioskWindow) -> None:
    start_and_answer(qtbot, kiosk, "Amina", [SECRET])
    screen = kiosk.question_screen
    assert screen.progress_label.text() == "Question 2 of 3"
    qtbot.keyClicks(screen.answer.edit, UNSAVED)


def test_ending_a_walked_away_turn_clears_the_screen_keeps_the_answers_and_can_be_resumed(
    qtbot, kiosk, store
):
    amina_answers_one_of_three_and_walks_away(qtbot, kiosk)
    attempt_id = kiosk.session.attempt_id
    before = stored(store)

    open_the_menu(qtbot, kiosk)
    menu = kiosk.facilitator_screen
    assert menu.back.text() == "Back to Amina's quiz" and menu.back.isVisible()
    assert menu.end_turn.text() == "End Amina's turn" and menu.end_turn.isVisible()
    assert kiosk.focusWidget() is menu.back  # the harmless choice is the default
    menu.grab().save("/tmp/kiosk_end_turn_menu.png")

    qtbot.keyClick(menu.back, Qt.Key.Key_Tab)  # keyboard alone: Tab to End, Enter
    assert kiosk.focusWidget() is menu.end_turn
    qtbot.keyClick(menu.end_turn, Qt.Key.Key_Return)

    name = kiosk.name_screen
    assert kiosk.stack.currentWidget() is name
    assert kiosk.focusWidget() is name.edit and name.edit.text() == ""
    seen = visible_text(kiosk)
    for hers in ("Amina", SECRET, UNSAVED, "Question 2", "migrants"):
        assert hers not in seen, (hers, seen)
    assert stored(store) == before  # not a byte written: nothing finished, nothing lost
    assert not attempts_for(store, "Amina")[0].finished
    assert answers_for_attempt(store, attempt_id)["expect"].response == SECRET

    # The next person starts afresh, on an attempt of their own.
    enter_name(qtbot, kiosk, "Ben")
    screen = kiosk.question_screen
    assert kiosk.stack.currentWidget() is screen
    assert screen.progress_label.text() == "Question 1 of 3"
    assert screen.answer.edit.toPlainText() == ""
    assert SECRET not in visible_text(kiosk)
    [ben] = attempts_for(store, "Ben")
    assert ben.id != attempt_id and answers_for_attempt(store, ben.id) == {}

    # Ben is done with the laptop; later Amina is back and carries on at question 2.
    open_the_menu(qtbot, kiosk)
    qtbot.mouseClick(menu.end_turn, Qt.MouseButton.LeftButton)
    enter_name(qtbot, kiosk, "Amina")
    welcome = kiosk.welcome_screen
    assert kiosk.stack.currentWidget() is welcome
    assert "1 of 3 questions answered" in welcome.text.text()
    qtbot.mouseClick(welcome.yes, Qt.MouseButton.LeftButton)
    assert kiosk.stack.currentWidget() is screen
    assert kiosk.session.attempt_id == attempt_id
    assert screen.progress_label.text() == "Question 2 of 3"
    qtbot.mouseClick(screen.back, Qt.MouseButton.LeftButton)
    assert screen.answer.edit.toPlainText() == SECRET  # her own answer, as she left it


def test_enter_on_the_menu_goes_back_to_the_turn_as_it_was(qtbot, kiosk, store):
    amina_answers_one_of_three_and_walks_away(qtbot, kiosk)
    open_the_menu(qtbot, kiosk)
    qtbot.keyClick(kiosk.focusWidget(), Qt.Key.Key_Return)  # a hurried Enter: the default

    screen = kiosk.question_screen
    assert kiosk.stack.currentWidget() is screen
    assert screen.progress_label.text() == "Question 2 of 3"
    assert screen.answer.edit.text() == UNSAVED  # nothing of her turn disturbed


def test_with_no_turn_in_progress_the_menu_offers_back_alone(qtbot, kiosk, store):
    open_the_menu(qtbot, kiosk)  # from the name screen, between participants
    menu = kiosk.facilitator_screen
    assert menu.back.text() == "Back to the quiz" and menu.back.isVisible()
    assert not menu.end_turn.isVisible()
    assert "End" not in visible_text(kiosk)
    qtbot.keyClick(kiosk.focusWidget(), Qt.Key.Key_Return)
    assert kiosk.stack.currentWidget() is kiosk.name_screen


def test_the_quiz_picker_names_each_quiz_in_words(qtbot, kiosk) -> None:
    open_the_menu(qtbot, kiosk)
    picker = kiosk.facilitator_screen.quiz_picker
    labels = [picker.itemText(i) for i in range(picker.count())]
    # the title, what the quiz is for, and the file a facilitator would look for
    assert labels == ["Before we start  —  before the workshop, pre.gift"]
