"""Two people, one name: the kiosk asks "is that you?" before anything of an unfinished attempt
is shown, and "No, I'm someone else" leaves it unseen and untouched. Real clicks and keys."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from kiosk_driving import (
    BEFORE_WE_START,
    enter_name,
    parse_quizzes,
    show_kiosk,
    start_and_answer,
    stored,
    visible_texts,
)
from teachin.store.answers import attempts_for
from teachin.store.db import open_store
from teachin.store.pin import set_pin
from teachin.store.settings import KIOSK_RETAKES, set_setting
from teachin.ui.kiosk.window import KioskWindow

SECRET = "remittances beat aid by far"  # the first Ana's own words
NUMBER = "275"


@pytest.fixture
def store(data_dir):
    with open_store() as store:
        set_pin(store, "2468")
        yield store


@pytest.fixture
def quizzes(tmp_path: Path):
    return parse_quizzes(tmp_path, {"pre": BEFORE_WE_START})


@pytest.fixture
def new_kiosk(qtbot, store, quizzes):
    """A kiosk on the shared store, as after a restart of the laptop."""
    made: list[KioskWindow] = []

    def make() -> KioskWindow:
        made.append(show_kiosk(qtbot, quizzes, store, "pre"))
        return made[-1]

    yield make
    for window in made:
        window.may_close = True


def first_ana_answers_two(qtbot, kiosk: KioskWindow) -> None:
    """Ana answers the first two questions, reaches the third, and the laptop dies."""
    start_and_answer(qtbot, kiosk, "Ana", [SECRET])
    screen = kiosk.question_screen
    qtbot.keyClicks(screen.answer.edit, NUMBER)
    qtbot.keyClick(screen.answer.edit, Qt.Key.Key_Return)
    assert screen.progress_label.text() == "Question 3 of 3"
    kiosk.hide()


def test_a_second_ana_is_asked_and_someone_else_sees_nothing_of_the_first(qtbot, new_kiosk, store):
    first_ana_answers_two(qtbot, new_kiosk())
    before = stored(store)

    kiosk = new_kiosk()
    shown: list[QWidget] = []
    kiosk.stack.currentChanged.connect(lambda _: shown.append(kiosk.stack.currentWidget()))
    seen: list[str] = []
    enter_name(qtbot, kiosk, "Ana")
    welcome = kiosk.welcome_screen
    assert kiosk.stack.currentWidget() is welcome
    seen += visible_texts(kiosk)
    started = datetime.fromisoformat(attempts_for(store, "Ana")[0].started_at).astimezone()
    assert welcome.text.text() == (  # today: the local time alone
        f"Ana, a quiz under this name was started at {started:%H:%M} "
        "with 2 of 3 questions answered. Is that you?"
    )
    assert welcome.yes.isVisible() and welcome.no.isVisible()
    assert kiosk.focusWidget() is welcome.no  # Enter pressed twice in a hurry: the safe answer

    qtbot.mouseClick(welcome.no, Qt.MouseButton.LeftButton)
    name = kiosk.name_screen
    assert kiosk.stack.currentWidget() is name
    seen += visible_texts(kiosk)
    assert "Ana K" in name.message.text() and name.message.isVisible()
    assert name.edit.text() == "Ana"  # ready to add a letter to
    assert kiosk.session is None and kiosk.returning is None

    assert shown == [welcome, name]  # never a question, a review or a result
    assert not any(SECRET in text or NUMBER in text for text in seen), seen
    assert stored(store) == before  # the first Ana's attempt: not a byte changed
    assert not attempts_for(store, "Ana")[0].finished

    # She adds her initial: a new attempt of her own, from question 1, empty.
    qtbot.keyClicks(name.edit, " K")
    qtbot.keyClick(name.edit, Qt.Key.Key_Return)
    assert kiosk.stack.currentWidget() is kiosk.question_screen
    assert kiosk.question_screen.progress_label.text() == "Question 1 of 3"
    assert kiosk.question_screen.answer.edit.toPlainText() == ""
    assert kiosk.session.nickname == "Ana K"
    attempts, answers = stored(store)
    assert len(attempts) == 2 and answers == before[1]


def test_enter_on_the_focused_button_and_esc_go_back_without_touching_anything(
    qtbot, new_kiosk, store
):
    first_ana_answers_two(qtbot, new_kiosk())
    before = stored(store)
    kiosk = new_kiosk()
    enter_name(qtbot, kiosk, "Ana")
    qtbot.keyClick(kiosk.welcome_screen.no, Qt.Key.Key_Return)  # "No" has the focus
    assert kiosk.stack.currentWidget() is kiosk.name_screen
    assert "Ana K" in kiosk.name_screen.message.text()

    qtbot.keyClick(kiosk.name_screen.edit, Qt.Key.Key_Return)  # "Ana" again
    assert kiosk.stack.currentWidget() is kiosk.welcome_screen
    qtbot.keyClick(kiosk.welcome_screen.no, Qt.Key.Key_Escape)
    assert kiosk.stack.currentWidget() is kiosk.name_screen
    assert kiosk.name_screen.edit.text() == "Ana"
    assert not kiosk.name_screen.message.isVisible()  # Esc just goes back
    assert stored(store) == before


def test_yes_carry_on_resumes_at_the_right_question_with_answers_intact(qtbot, new_kiosk, store):
    first = new_kiosk()
    first_ana_answers_two(qtbot, first)
    attempt_id = first.session.attempt_id

    kiosk = new_kiosk()
    enter_name(qtbot, kiosk, "Ana")
    welcome = kiosk.welcome_screen
    welcome.yes.setFocus()
    qtbot.keyClick(welcome.yes, Qt.Key.Key_Return)  # Enter presses the focused button
    screen = kiosk.question_screen
    assert kiosk.stack.currentWidget() is screen
    assert kiosk.session.attempt_id == attempt_id
    assert screen.progress_label.text() == "Question 3 of 3"  # the first one still open
    qtbot.mouseClick(screen.back, Qt.MouseButton.LeftButton)
    assert screen.answer.edit.text() == NUMBER
    qtbot.mouseClick(screen.back, Qt.MouseButton.LeftButton)
    assert screen.answer.edit.toPlainText() == SECRET
    assert len(attempts_for(store, "Ana")) == 1


def test_a_name_with_no_unfinished_attempt_goes_straight_to_question_one(qtbot, new_kiosk, store):
    kiosk = new_kiosk()
    shown: list[QWidget] = []
    kiosk.stack.currentChanged.connect(lambda _: shown.append(kiosk.stack.currentWidget()))
    enter_name(qtbot, kiosk, "Bo")
    assert shown == [kiosk.question_screen]
    assert kiosk.question_screen.progress_label.text() == "Question 1 of 3"

    # Bo hands in; "Bo" again is told so, and no new attempt is started ...
    kiosk.session.submit()
    kiosk.show_name_screen()
    shown.clear()
    enter_name(qtbot, kiosk, "Bo")
    assert shown == []
    assert "You handed in this quiz at " in kiosk.name_screen.message.text()
    assert [a.finished for a in attempts_for(store, "Bo")] == [True]
    # ... unless the facilitator allows retakes: then a new attempt, no question asked.
    set_setting(store, KIOSK_RETAKES, True)
    kiosk.show_name_screen()
    enter_name(qtbot, kiosk, "Bo")
    assert shown == [kiosk.question_screen]
    assert [a.finished for a in attempts_for(store, "Bo")] == [True, False]


def test_a_timed_out_attempt_says_so_and_carrying_on_closes_it(qtbot, store, tmp_path, new_kiosk):
    timed = parse_quizzes(tmp_path, {"timed": "// @time-limit: 10 min\n" + BEFORE_WE_START})
    first = KioskWindow(timed, store, "timed")
    qtbot.addWidget(first)
    enter_name(qtbot, first, "Ana")
    qtbot.keyClicks(first.question_screen.answer.edit, SECRET)
    qtbot.mouseClick(first.question_screen.next, Qt.MouseButton.LeftButton)
    first.may_close = True
    with store.write() as db:  # it all happened 25 minutes ago: her 10 minutes are long gone
        for table, column in (("attempts", "started_at"), ("answers", "answered_at")):
            (then,) = db.execute(f"select {column} from {table}").fetchone()
            earlier = datetime.fromisoformat(then) - timedelta(minutes=25)
            db.execute(f"update {table} set {column} = ?", [earlier.isoformat()])

    kiosk = show_kiosk(qtbot, timed, store, "timed")
    enter_name(qtbot, kiosk, "Ana")
    welcome = kiosk.welcome_screen
    assert kiosk.stack.currentWidget() is welcome
    assert "with 1 of 3 questions answered" in welcome.text.text()
    assert "time limit has run out" in welcome.note.text()
    qtbot.mouseClick(welcome.yes, Qt.MouseButton.LeftButton)
    assert kiosk.stack.currentWidget() is kiosk.done_screen
    assert kiosk.done_screen.title.text().startswith("Time is up.")
    assert attempts_for(store, "Ana")[0].finished
    kiosk.may_close = True


def test_no_name_is_taken_before_the_database_is_ready(qtbot, store, quizzes):
    kiosk = KioskWindow(quizzes)  # as at start-up, before the database is opened
    qtbot.addWidget(kiosk)
    kiosk.show()
    start = kiosk.name_screen.start
    assert not start.isEnabled() and start.text() == "Getting ready…"
    enter_name(qtbot, kiosk, "Ana")
    assert kiosk.stack.currentWidget() is kiosk.name_screen
    assert store.db.execute("select count(*) from attempts").fetchone()[0] == 0
    kiosk.ready(store, "pre")
    assert start.isEnabled() and start.text() == "Start"
    assert kiosk.name_screen.edit.text() == "Ana"  # what was typed meanwhile is kept
    qtbot.mouseClick(start, Qt.MouseButton.LeftButton)
    assert kiosk.stack.currentWidget() is kiosk.question_screen
    kiosk.may_close = True
