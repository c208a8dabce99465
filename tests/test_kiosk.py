"""The kiosk as a participant and a facilitator use it: real clicks and keys."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from teachin.content.gift import parse_gift
from teachin.content.model import Deck
from teachin.store import pin
from teachin.store.answers import answers_for_attempt, attempts_for
from teachin.store.db import open_store
from teachin.ui.kiosk.answer_widgets import ChoiceAnswer, NumberAnswer, OrderingAnswer
from teachin.ui.kiosk.window import KioskWindow

GIFT = """\
// @title: Checkpoint: the scale
// @mode: checkpoint
// @shuffle: none

::capital::Net resource transfers out of developing countries, 1980-2012? {
=$16.3 trillion#Right: GFI and NHH, 2015.
~$601 billion#No: that is the world's remittances in 2015.
}

::estimate::International migrants in 2020, in millions? {#281:10}

// @ordering
::order::Put these in time order. {
=The 2006 marches
=The 2017 travel ban
}
"""


@pytest.fixture
def store(data_dir):
    with open_store() as store:
        pin.set_pin(store, "2468")
        yield store


@pytest.fixture
def kiosk(qtbot, store, tmp_path: Path):
    quiz, problems = parse_gift(GIFT, tmp_path / "checkpoint-05.gift")
    assert problems == []
    deck = Deck(root=tmp_path, modules=(), quizzes={quiz.name: quiz})
    window = KioskWindow(deck.quizzes, store, quiz.name)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.apply_style()
    window.show()
    yield window
    window.may_close = True


def enter_name(qtbot, kiosk, name: str) -> None:
    edit = kiosk.name_screen.edit
    qtbot.keyClicks(edit, name)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_a_participant_answers_reviews_hands_in_and_hands_on(qtbot, kiosk, store):
    enter_name(qtbot, kiosk, "Amina")
    screen = kiosk.question_screen
    assert kiosk.stack.currentWidget() is screen
    assert screen.progress_label.text() == "Question 1 of 3"
    choice = screen.answer
    assert isinstance(choice, ChoiceAnswer)
    qtbot.mouseClick(choice.buttons[0], Qt.MouseButton.LeftButton)
    assert "Right: GFI" in screen.feedback.text()  # checkpoint quizzes give feedback at once
    attempt_id = kiosk.session.attempt_id
    assert answers_for_attempt(store, attempt_id)["capital"].response == 0  # saved on the tap

    qtbot.mouseClick(screen.next, Qt.MouseButton.LeftButton)
    number = screen.answer
    assert isinstance(number, NumberAnswer)
    qtbot.keyClicks(number.edit, "two hundred")
    qtbot.mouseClick(screen.next, Qt.MouseButton.LeftButton)
    assert "is not a number" in screen.message.text()  # stays, says why
    assert screen.progress_label.text() == "Question 2 of 3"
    number.edit.clear()
    qtbot.keyClicks(number.edit, "275")
    qtbot.keyClick(number.edit, Qt.Key.Key_Return)
    assert answers_for_attempt(store, attempt_id)["estimate"].response == 275.0

    ordering = screen.answer
    assert isinstance(ordering, OrderingAnswer)
    qtbot.mouseClick(screen.skip, Qt.MouseButton.LeftButton)
    review = kiosk.review_screen
    assert kiosk.stack.currentWidget() is review
    assert "Not answered" in review.items[2].text()
    qtbot.mouseClick(review.submit, Qt.MouseButton.LeftButton)
    assert "1 question is not answered" in review.message.text()
    qtbot.mouseClick(review.submit, Qt.MouseButton.LeftButton)

    done = kiosk.done_screen
    assert kiosk.stack.currentWidget() is done
    assert "Thank you, Amina" in done.title.text()
    assert "Score: 2 of 3" in done.summary.text()
    assert attempts_for(store, "Amina")[0].finished

    qtbot.mouseClick(done.finish, Qt.MouseButton.LeftButton)
    assert kiosk.stack.currentWidget() is kiosk.hand_on_screen
    assert done.summary.text() == ""  # nothing of Amina's turn is left behind
    qtbot.mouseClick(kiosk.hand_on_screen.start, Qt.MouseButton.LeftButton)
    assert kiosk.stack.currentWidget() is kiosk.name_screen
    assert kiosk.name_screen.edit.text() == ""


def test_keyboard_alone_picks_an_option_with_its_number(qtbot, kiosk, store):
    enter_name(qtbot, kiosk, "Ben")
    qtbot.keyClick(kiosk.question_screen, Qt.Key.Key_2)
    assert kiosk.question_screen.answer.value() == 1
    assert answers_for_attempt(store, kiosk.session.attempt_id)["capital"].response == 1


def test_a_crash_mid_quiz_resumes_where_the_participant_was(qtbot, kiosk, store):
    enter_name(qtbot, kiosk, "Chen")
    qtbot.mouseClick(kiosk.question_screen.answer.buttons[1], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(kiosk.question_screen.next, Qt.MouseButton.LeftButton)
    # The laptop dies; a new kiosk starts on the same database.
    again = KioskWindow(kiosk.quizzes, store, kiosk.quiz_name)
    qtbot.addWidget(again)
    enter_name(qtbot, again, "Chen")
    assert again.stack.currentWidget() is again.welcome_screen  # "is that you?" first
    qtbot.mouseClick(again.welcome_screen.yes, Qt.MouseButton.LeftButton)
    assert again.question_screen.progress_label.text() == "Question 2 of 3"
    qtbot.mouseClick(again.question_screen.back, Qt.MouseButton.LeftButton)
    assert again.question_screen.answer.buttons[1].isChecked()
    again.may_close = True


def test_leaving_needs_the_pin_and_a_wrong_pin_keeps_the_kiosk(qtbot, kiosk, store):
    kiosk.close()  # Alt+F4, the window manager's close button ...
    assert kiosk.isVisible()
    assert kiosk.stack.currentWidget() is kiosk.pin_screen
    qtbot.keyClicks(kiosk.pin_screen.edit, "1111")
    qtbot.keyClick(kiosk.pin_screen.edit, Qt.Key.Key_Return)
    assert "not right" in kiosk.pin_screen.message.text()
    assert kiosk.isVisible()
    qtbot.keyClicks(kiosk.pin_screen.edit, "2468")
    qtbot.keyClick(kiosk.pin_screen.edit, Qt.Key.Key_Return)
    assert not kiosk.isVisible()


def test_the_facilitator_sees_results_and_sets_names(qtbot, kiosk, store):
    enter_name(qtbot, kiosk, "Dana")
    qtbot.mouseClick(kiosk.question_screen.answer.buttons[0], Qt.MouseButton.LeftButton)
    kiosk.show_name_screen()
    qtbot.mouseClick(kiosk.name_screen.facilitator, Qt.MouseButton.LeftButton)
    screen = kiosk.pin_screen
    assert not screen.again.isVisible()  # the PIN was set before anyone: it is only asked for
    qtbot.keyClicks(screen.edit, "2468")
    qtbot.mouseClick(screen.ok, Qt.MouseButton.LeftButton)
    facilitator = kiosk.facilitator_screen
    assert kiosk.stack.currentWidget() is facilitator
    results = facilitator.results  # the results window, in the Results tab
    assert results.current_question().name == "capital"
    assert "1 answered · 100 % right" in results.question_figures.text()

    facilitator.tabs.setCurrentIndex(2)
    for name in ("Eli", "Fatma"):
        qtbot.keyClicks(facilitator.names, name)
        qtbot.keyClick(facilitator.names, Qt.Key.Key_Return)
    qtbot.mouseClick(facilitator.save_names, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(facilitator.back, Qt.MouseButton.LeftButton)
    buttons = kiosk.name_screen.names.findChildren(type(kiosk.name_screen.start))
    assert sorted(b.text() for b in buttons) == ["Eli", "Fatma"]
    qtbot.mouseClick(next(b for b in buttons if b.text() == "Fatma"), Qt.MouseButton.LeftButton)
    assert kiosk.name_screen.edit.text() == "Fatma"


def test_the_quiz_refuses_to_start_where_it_cannot_keep_answers(tmp_path, capsys):
    from teachin.__main__ import main

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    assert main(["--data-dir", str(blocker / "data"), "quiz"]) == 1
    err = capsys.readouterr().err
    assert "cannot start" in err and "No answers were taken" in err
    assert not (blocker.parent / "data").exists()


def test_an_unknown_quiz_is_refused_naming_the_quizzes_there_are(tmp_path, capsys):
    from teachin.__main__ import main

    (tmp_path / "slides").mkdir()
    (tmp_path / "quizzes").mkdir()
    (tmp_path / "quizzes" / "checkpoint-05.gift").write_text(GIFT, encoding="utf-8")
    assert main(["--deck", str(tmp_path), "quiz", "no-such-quiz"]) == 1
    assert "quizzes: checkpoint-05" in capsys.readouterr().err
