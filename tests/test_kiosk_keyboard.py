"""The kiosk from the keyboard alone: a whole attempt at a question of every kind with real key
presses (no mouse, no method calls), Enter on every screen pressing the focused or default
button, a visible focus ring, and an ordering question keeping the focus on the item moved."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from kiosk_driving import EVERY_KIND, parse_quizzes, show_kiosk, store_with_pin
from teachin.store.answers import answers_for_attempt, attempts_for

K = Qt.Key


store = pytest.fixture(store_with_pin, name="store")


@pytest.fixture
def kiosk(qtbot, store, tmp_path: Path):
    quizzes = parse_quizzes(tmp_path, {"every": EVERY_KIND})
    window = show_kiosk(qtbot, quizzes, store, "every")
    yield window
    window.may_close = True


def press(qtbot, *keys: Qt.Key) -> None:
    """Each key, pressed where the focus is now (as a person's keyboard does)."""
    for key in keys:
        qtbot.keyClick(QApplication.focusWidget(), key)


def type_text(qtbot, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)


def tab_to(qtbot, button: QPushButton, most: int = 12) -> None:
    for _ in range(most):
        if QApplication.focusWidget() is button:
            return
        press(qtbot, K.Key_Tab)
    raise AssertionError(f"Tab never reached {button.text()!r}")


def test_a_whole_attempt_at_every_kind_of_question_with_the_keyboard_alone(qtbot, kiosk, store):
    q = kiosk.question_screen
    type_text(qtbot, "Amina")
    press(qtbot, K.Key_Return)  # name screen: Enter in the name box is Start
    assert kiosk.stack.currentWidget() is q
    press(qtbot, K.Key_Return)  # the description: Enter is Next
    assert kiosk.session.attempt.current.name == "six"
    press(qtbot, K.Key_6, K.Key_Return)  # the sixth of six options, then on
    press(qtbot, K.Key_1, K.Key_2, K.Key_Return)  # several: two ticked
    press(qtbot, K.Key_2, K.Key_Return)  # true/false: False
    type_text(qtbot, "281")
    press(qtbot, K.Key_Return)
    type_text(qtbot, "Asia")
    press(qtbot, K.Key_Return)
    type_text(qtbot, "Read the sources.")
    press(qtbot, K.Key_Return)  # Enter in an essay is a new line, not the way on
    type_text(qtbot, "Then talk.")
    assert kiosk.session.attempt.current.name == "essay"
    tab_to(qtbot, q.next)  # Tab leaves the essay for the buttons
    press(qtbot, K.Key_Return)
    assert kiosk.session.attempt.current.name == "match"
    press(qtbot, K.Key_Down)  # first box: first option
    press(qtbot, K.Key_Tab, K.Key_Down, K.Key_Down)
    press(qtbot, K.Key_Tab, K.Key_Down, K.Key_Down, K.Key_Down)
    press(qtbot, K.Key_Return)  # Enter on a closed drop-down is Next
    assert kiosk.session.attempt.current.name == "order"
    ordering = q.answer
    first_item = ordering.items[0]
    press(qtbot, K.Key_Return)  # the focus starts on the first item's Down
    assert ordering.items[1] == first_item
    focused = QApplication.focusWidget()
    assert focused is ordering.moves[1][1]  # the focus went with the item
    assert ordering.question.choices[first_item].text in focused.accessibleName()
    press(qtbot, K.Key_Return, K.Key_Return)  # on down to the bottom
    assert ordering.items[3] == first_item
    assert QApplication.focusWidget() is ordering.moves[3][0]  # Down is gone: its Up
    ordering_items = list(ordering.items)
    tab_to(qtbot, q.next)
    press(qtbot, K.Key_Return)

    review = kiosk.review_screen
    assert kiosk.stack.currentWidget() is review
    assert QApplication.focusWidget() is review.submit
    press(qtbot, K.Key_Return)  # "Hand in my answers" has the focus: Enter hands in
    done = kiosk.done_screen
    assert kiosk.stack.currentWidget() is done
    press(qtbot, K.Key_Return)  # thank-you: Enter is "Finish and hand the laptop on"
    assert kiosk.stack.currentWidget() is kiosk.hand_on_screen
    press(qtbot, K.Key_Return)
    assert kiosk.stack.currentWidget() is kiosk.name_screen

    (attempt,) = attempts_for(store, "Amina")
    assert attempt.finished
    answers = {name: a.response for name, a in answers_for_attempt(store, attempt.id).items()}
    assert answers["six"] == 5 and answers["several"] == [0, 1] and answers["truefalse"] == 1
    assert answers["number"] == 281.0 and answers["word"] == "Asia"
    assert answers["essay"] == "Read the sources.\nThen talk."
    assert answers["match"] == [0, 1, 2]
    assert answers["order"] == ordering_items and ordering_items[3] == first_item


def test_tab_on_the_review_reaches_each_question_and_enter_opens_it(qtbot, kiosk):
    type_text(qtbot, "Ben")
    press(qtbot, K.Key_Return)
    while kiosk.stack.currentWidget() is kiosk.question_screen:
        kiosk.question_screen.skip.click()
    review = kiosk.review_screen
    tab_to(qtbot, review.items[1])
    press(qtbot, K.Key_Return)
    assert kiosk.stack.currentWidget() is kiosk.question_screen
    assert kiosk.session.attempt.position == 2  # the description is 0, and not listed


def test_the_focused_button_wears_a_ring_the_others_do_not(qtbot, kiosk):
    type_text(qtbot, "Chen")
    press(qtbot, K.Key_Return, K.Key_Return)  # past the description, to six options
    q = kiosk.question_screen
    skip = q.skip
    plain = skip.grab().toImage()
    tab_to(qtbot, skip)
    qtbot.wait(10)
    ringed = skip.grab().toImage()
    assert ringed.size() == plain.size()  # the ring takes no room from the text
    edge = skip.width() // 2, 2  # the top border, mid-way along
    assert ringed.pixelColor(*edge) != plain.pixelColor(*edge)
