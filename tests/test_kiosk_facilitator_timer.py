"""While the facilitator has the laptop (PIN, menu, results, quiz picker) the participant's turn
is left alone: their clock (the deadline kept with the attempt) runs on, but nothing of theirs
jumps over the facilitator's screens, and a quiz chosen there is for the next person. Back with
the participant, a time that ran out meanwhile is said plainly. Real clicks and keys."""

from __future__ import annotations

import time
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt

import teachin.quiz.attempt as engine
from kiosk_driving import (
    enter_name,
    parse_quizzes,
    press_facilitator_keys,
    running_kiosk,
    store_with_pin,
    stored,
    type_pin,
    visible_text,
)
from teachin.store.answers import answers_for_attempt, attempts_for
from teachin.ui.kiosk.window import KioskWindow

TIMED = """\
// @title: Checkpoint: the scale
// @mode: checkpoint
// @shuffle: none
// @time-limit: 2 min

::capital::Net resource transfers out of developing countries, 1980-2012? {
=$16.3 trillion#Right: GFI and NHH, 2015.
~$601 billion#No: that is the world's remittances in 2015.
}

::estimate::International migrants in 2020, in millions? {#281:10}
"""
PRE = """\
// @title: Before we start
// @mode: pre
// @shuffle: none

::expect::What do you expect to learn today? {}

::marches::In 2006 immigrant workers marched on 1 May. {T}
"""


class Clock:
    """The wall clock as the quiz engine reads it, moved on by the test instead of waited for."""

    def __init__(self) -> None:
        self.ahead = 0.0

    def time(self) -> float:
        return time.time() + self.ahead


@pytest.fixture
def clock(monkeypatch) -> Clock:
    clock = Clock()
    monkeypatch.setattr(engine, "time", SimpleNamespace(time=clock.time))
    return clock


store = pytest.fixture(store_with_pin, name="store")


@pytest.fixture
def kiosk(qtbot, store, tmp_path: Path):
    quizzes = parse_quizzes(tmp_path, {"checkpoint-05": TIMED, "pre": PRE})
    with running_kiosk(qtbot, quizzes, store, "checkpoint-05") as window:
        yield window


def amina_answers_the_first_question(qtbot, kiosk: KioskWindow) -> None:
    enter_name(qtbot, kiosk, "Amina")
    screen = kiosk.question_screen
    assert kiosk.stack.currentWidget() is screen
    qtbot.mouseClick(screen.answer.buttons[0], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.next, Qt.MouseButton.LeftButton)
    assert screen.progress_label.text() == "Question 2 of 2"


def a_second_passes(qtbot, kiosk: KioskWindow) -> None:
    """One real tick of the kiosk's 1-second timer."""
    with qtbot.waitSignal(kiosk.timer.timeout, timeout=5000):
        pass


def test_time_running_out_behind_the_pin_screen_is_shown_only_once_the_facilitator_leaves(
    qtbot, kiosk, store, clock
):
    amina_answers_the_first_question(qtbot, kiosk)
    attempt_id = kiosk.session.attempt_id
    press_facilitator_keys(qtbot, kiosk.question_screen)
    assert kiosk.stack.currentWidget() is kiosk.pin_screen

    clock.ahead = 3 * 60  # her two minutes run out while the facilitator types
    a_second_passes(qtbot, kiosk)
    assert kiosk.stack.currentWidget() is kiosk.pin_screen
    seen = visible_text(kiosk)
    assert "Amina" not in seen and "Time is up" not in seen and "migrants" not in seen, seen
    assert not attempts_for(store, "Amina")[0].finished  # nothing acted on the attempt yet

    type_pin(qtbot, kiosk)
    a_second_passes(qtbot, kiosk)
    assert kiosk.stack.currentWidget() is kiosk.facilitator_screen
    assert "Time is up" not in visible_text(kiosk)

    qtbot.mouseClick(kiosk.facilitator_screen.back, Qt.MouseButton.LeftButton)
    done = kiosk.done_screen
    assert kiosk.stack.currentWidget() is done
    assert done.title.text() == "Time is up. Thank you, Amina!"
    assert "Score: 1 of 2" in done.summary.text()  # her own quiz, her saved answer
    assert answers_for_attempt(store, attempt_id)["capital"].response == 0
    assert attempts_for(store, "Amina")[0].finished


def test_the_facilitator_coming_and_going_in_time_leaves_the_participant_where_they_were(
    qtbot, kiosk, store, clock
):
    amina_answers_the_first_question(qtbot, kiosk)
    screen = kiosk.question_screen
    qtbot.keyClicks(screen.answer.edit, "275")  # typed, not yet saved
    press_facilitator_keys(qtbot, screen.answer.edit)
    assert kiosk.stack.currentWidget() is kiosk.pin_screen
    clock.ahead = 30
    a_second_passes(qtbot, kiosk)
    qtbot.mouseClick(kiosk.pin_screen.cancel, Qt.MouseButton.LeftButton)

    assert kiosk.stack.currentWidget() is screen
    assert screen.progress_label.text() == "Question 2 of 2"
    assert screen.answer.edit.text() == "275"  # nothing she typed is lost
    minutes, seconds = screen.timer_label.text().removesuffix(" left").split(":")
    assert 80 <= 60 * int(minutes) + int(seconds) <= 90  # her clock ran on: 2 min less 30 s
    qtbot.keyClick(kiosk.focusWidget(), Qt.Key.Key_Return)  # she carries on with the keyboard
    assert kiosk.stack.currentWidget() is kiosk.review_screen
    assert answers_for_attempt(store, kiosk.session.attempt_id)["estimate"].response == 275.0


def test_a_quiz_changed_mid_turn_is_for_the_next_person_and_the_turn_keeps_its_own(
    qtbot, kiosk, store, clock
):
    amina_answers_the_first_question(qtbot, kiosk)
    attempt_id = kiosk.session.attempt_id
    before = stored(store)
    qtbot.mouseClick(kiosk.question_screen.back, Qt.MouseButton.LeftButton)  # back to question 1
    press_facilitator_keys(qtbot, kiosk.question_screen)
    type_pin(qtbot, kiosk)
    menu = kiosk.facilitator_screen
    picker = menu.quiz_picker
    picker.setFocus()
    qtbot.keyClick(picker, Qt.Key.Key_Down)  # the other quiz, as with the keyboard
    assert picker.currentData() == "pre"
    clock.ahead = 3 * 60  # and meanwhile her time runs out
    a_second_passes(qtbot, kiosk)
    assert kiosk.stack.currentWidget() is menu
    assert stored(store) == before  # her attempt: not a byte changed

    qtbot.mouseClick(menu.back, Qt.MouseButton.LeftButton)
    done = kiosk.done_screen
    assert kiosk.stack.currentWidget() is done
    assert done.title.text() == "Time is up. Thank you, Amina!"
    assert "Score: 1 of 2" in done.summary.text()  # worked out on her own quiz
    assert stored(store)[1] == before[1]  # her answers as they were; only the attempt closed
    assert [(a.quiz, a.finished) for a in attempts_for(store, "Amina")] == [("checkpoint-05", True)]
    assert answers_for_attempt(store, attempt_id)["capital"].response == 0

    # The next person starts on the quiz the facilitator chose.
    qtbot.mouseClick(done.finish, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(kiosk.hand_on_screen.start, Qt.MouseButton.LeftButton)
    assert kiosk.name_screen.title.text() == "Before we start"
    enter_name(qtbot, kiosk, "Ben")
    assert kiosk.question_screen.text.text() == "What do you expect to learn today?"
    assert [a.quiz for a in attempts_for(store, "Ben")] == ["pre"]


def test_a_turn_that_goes_on_after_a_quiz_change_is_finished_on_its_own_quiz(
    qtbot, kiosk, store, clock
):
    amina_answers_the_first_question(qtbot, kiosk)
    attempt_id = kiosk.session.attempt_id
    before = stored(store)
    qtbot.mouseClick(kiosk.question_screen.answer.edit, Qt.MouseButton.LeftButton)
    press_facilitator_keys(qtbot, kiosk.question_screen.answer.edit)
    type_pin(qtbot, kiosk)
    picker = kiosk.facilitator_screen.quiz_picker
    picker.setFocus()
    qtbot.keyClick(picker, Qt.Key.Key_Down)
    qtbot.mouseClick(kiosk.facilitator_screen.back, Qt.MouseButton.LeftButton)

    screen = kiosk.question_screen
    assert kiosk.stack.currentWidget() is screen  # her turn, on her quiz, where she was
    assert screen.text.text() == "International migrants in 2020, in millions?"
    assert stored(store) == before
    qtbot.keyClicks(screen.answer.edit, "281")
    qtbot.keyClick(screen.answer.edit, Qt.Key.Key_Return)
    qtbot.mouseClick(kiosk.review_screen.submit, Qt.MouseButton.LeftButton)
    assert kiosk.done_screen.title.text() == "Thank you, Amina!"
    assert "Score: 2 of 2" in kiosk.done_screen.summary.text()
    assert answers_for_attempt(store, attempt_id)["estimate"].response == 281.0
