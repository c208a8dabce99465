"""`teachin quiz [QUIZ]`: the participant kiosk on a shared laptop.

Flow: name -> one question at a time -> review -> done -> "hand the laptop on" -> name ...
Every answer is saved (QuizSession) before the screen moves on; if saving fails the screen
says so and stays. Leaving kiosk mode, changing quiz and seeing results need the PIN.
"""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QStackedWidget, QVBoxLayout, QWidget

from teachin import paths
from teachin.content.deck import load_deck
from teachin.content.model import Deck
from teachin.quiz import bounds, feedback, score
from teachin.startup_errors import report_fatal
from teachin.store import pin
from teachin.store.db import Store, StoreError, open_store
from teachin.store.quiz_session import QuizSession
from teachin.store.settings import KIOSK_QUIZ, NAMES, get_setting, set_setting
from teachin.theme import DEFAULT, Theme
from teachin.ui.answer_widgets import AnswerWidget, answer_widget_for
from teachin.ui.facilitator import FacilitatorScreen, PinScreen
from teachin.ui.fonts import register_fonts
from teachin.ui.kiosk_screens import (
    DoneScreen,
    HandOnScreen,
    NameScreen,
    QuestionScreen,
    ReviewScreen,
)

# Which quiz modes tell the participant right away whether an answer was right.
FEEDBACK_NOW = {"checkpoint"}
# ... and which show a score at the end (a pre-quiz measures; it does not teach yet).
SCORE_AT_END = {"checkpoint", "post"}


class KioskWindow(QWidget):
    def __init__(self, deck: Deck, store: Store, quiz_name: str) -> None:
        super().__init__()
        self.deck, self.store, self.quiz_name = deck, store, quiz_name
        self.session: QuizSession | None = None
        self.may_close = False
        self.after_pin = None  # what to do once the PIN is right
        self.setWindowTitle("Teach-in quiz")
        self.stack = QStackedWidget()
        QVBoxLayout(self).addWidget(self.stack)
        self.layout().setContentsMargins(0, 0, 0, 0)
        self.name_screen, self.question_screen = NameScreen(), QuestionScreen()
        self.review_screen, self.done_screen = ReviewScreen(), DoneScreen()
        self.hand_on_screen, self.pin_screen = HandOnScreen(), PinScreen()
        self.facilitator_screen = FacilitatorScreen()
        for screen in (
            self.name_screen,
            self.question_screen,
            self.review_screen,
            self.done_screen,
            self.hand_on_screen,
            self.pin_screen,
            self.facilitator_screen,
        ):
            self.stack.addWidget(screen)
        self._connect()
        self.timer = QTimer(self, interval=1000, timeout=self._tick)
        self.show_name_screen()

    # -- wiring ------------------------------------------------------------------------------

    def _connect(self) -> None:
        n, q, r = self.name_screen, self.question_screen, self.review_screen
        n.start.clicked.connect(self.begin)
        n.edit.returnPressed.connect(self.begin)
        n.facilitator.clicked.connect(lambda: self.ask_pin(self.open_facilitator))
        q.next.clicked.connect(self.next_question)
        q.back.clicked.connect(self.previous_question)
        q.skip.clicked.connect(self.skip_question)
        r.submit.clicked.connect(self.submit)
        self.done_screen.finish.clicked.connect(self.hand_on)
        self.hand_on_screen.start.clicked.connect(self.show_name_screen)
        self.hand_on_screen.facilitator.clicked.connect(lambda: self.ask_pin(self.open_facilitator))
        p = self.pin_screen
        p.ok.clicked.connect(self.check_pin)
        p.edit.returnPressed.connect(self.check_pin)
        p.again.returnPressed.connect(self.check_pin)
        p.cancel.clicked.connect(self.show_name_screen)
        f = self.facilitator_screen
        f.back.clicked.connect(self.show_name_screen)
        f.leave.clicked.connect(self.leave)
        f.change_pin.clicked.connect(lambda: self.ask_pin(self.open_facilitator, setting=True))
        f.quiz_picker.activated.connect(lambda _: self.choose_quiz(f.quiz_picker.currentData()))
        f.save_names.clicked.connect(self.save_names)
        QShortcut(QKeySequence("Ctrl+Shift+F"), self, lambda: self.ask_pin(self.open_facilitator))

    @property
    def quiz(self):
        return self.deck.quizzes[self.quiz_name]

    # -- participant flow --------------------------------------------------------------------

    def show_name_screen(self) -> None:
        """A clean start for the next person: nothing of the last turn stays on screen."""
        self._forget_turn()
        screen = self.name_screen
        screen.title.setText(self.quiz.title or self.quiz.name)
        screen.edit.clear()
        screen.message.clear()
        screen.show_names(get_setting(self.store, NAMES, []), screen.edit.setText)
        self.stack.setCurrentWidget(screen)
        screen.edit.setFocus()

    def begin(self) -> None:
        name = self.name_screen.edit.text().strip()
        if not name:
            self.name_screen.message.setText("Please type your name first.")
            return
        try:
            self.session = QuizSession.begin(self.store, self.quiz, name)
        except StoreError as error:
            self.name_screen.message.setText(str(error))
            return
        if self.quiz.time_limit:
            self.timer.start()
        if self.session.attempt.state == "reviewing":
            self.show_review()
        else:
            self.show_question()

    def show_question(self) -> None:
        attempt = self.session.attempt
        question = attempt.current
        screen = self.question_screen
        total = len(attempt.order)
        screen.progress_label.setText(f"Question {attempt.position + 1} of {total}")
        screen.progress.setRange(0, total)
        screen.progress.setValue(attempt.position + 1)
        screen.text.setText(question.text)
        widget = answer_widget_for(question, attempt.choice_order(question.name))
        widget.set_value(attempt.response(question.name))
        widget.chosen.connect(self.save_choice)
        screen.set_answer_widget(widget)
        screen.feedback.clear()
        screen.message.clear()
        screen.back.setEnabled(attempt.position > 0)
        screen.skip.setVisible(question.kind != "description")
        screen.next.setText("Next ▶" if attempt.position + 1 < total else "Check answers ▶")
        self._tick()
        self.stack.setCurrentWidget(screen)
        if widget.focusProxy() is not None:
            widget.setFocus()
        else:
            screen.setFocus()

    def save_answer(self) -> bool:
        """Save what is on screen now; False (with the reason shown) if it could not be."""
        screen = self.question_screen
        try:
            self.session.answer(screen.answer.value())
        except (ValueError, StoreError) as error:
            if self.session.finished:  # the time ran out: nothing more can be answered
                self.show_done(timed_out=True)
            else:
                screen.message.setText(str(error))
            return False
        screen.message.clear()
        return True

    def save_choice(self) -> None:
        """A tap on an option is the whole answer: keep it now, and say if it was right."""
        if self.save_answer() and self.quiz.mode in FEEDBACK_NOW:
            question = self.session.attempt.current
            response = self.session.attempt.response(question.name)
            notes = list(feedback(question, response))
            points = score(question, response)
            if points is not None:
                notes.insert(0, "✓ Right." if points >= bounds(question)[1] else "✗ Not quite.")
            self.question_screen.feedback.setText("  ".join(notes))

    def next_question(self) -> None:
        if self.save_answer():
            self.session.attempt.next()
            self._show_current()

    def previous_question(self) -> None:
        if self.save_answer():
            self.session.attempt.previous()
            self._show_current()

    def skip_question(self) -> None:
        self.session.attempt.skip()
        self._show_current()

    def _show_current(self) -> None:
        if self.session.attempt.state == "reviewing":
            self.show_review()
        else:
            self.show_question()

    def show_review(self) -> None:
        attempt = self.session.attempt
        rows = [
            (self.quiz.question(name).text, attempt.response(name) is not None)
            for name in attempt.order
        ]
        self.review_screen.show_items(rows, self.go_to)
        self.review_screen.message.clear()
        self.review_screen.submit.setText("Hand in my answers")
        self.stack.setCurrentWidget(self.review_screen)

    def go_to(self, position: int) -> None:
        self.session.attempt.goto(position)
        self.show_question()

    def submit(self) -> None:
        screen = self.review_screen
        open_ = len(self.session.attempt.unanswered)
        if open_ and screen.submit.text() == "Hand in my answers":
            screen.message.setText(
                f"{open_} question{'s are' if open_ > 1 else ' is'} not answered yet. "
                "Tap a question to answer it, or press the button again to hand in."
            )
            screen.submit.setText("Hand in anyway")
            return
        try:
            self.session.submit()
        except StoreError as error:
            screen.message.setText(str(error))
            return
        self.show_done()

    def show_done(self, timed_out: bool = False) -> None:
        self.timer.stop()
        session = self.session
        screen = self.done_screen
        screen.title.setText(
            ("Time is up. " if timed_out else "") + f"Thank you, {session.nickname}!"
        )
        lines = ["Your answers are saved."]
        if self.quiz.mode in SCORE_AT_END and self.quiz.scored_questions:
            result = session.attempt.score()
            lines.append(f"**Score: {max(0.0, result.points):g} of {result.maximum:g}**")
            for name in session.attempt.order:
                notes = session.attempt.feedback(name)
                if notes:
                    lines.append(f"- {self.quiz.question(name).text[:80]}: {' '.join(notes)}")
        screen.summary.setText("\n\n".join(lines))
        self.stack.setCurrentWidget(screen)

    def hand_on(self) -> None:
        self._forget_turn()
        self.stack.setCurrentWidget(self.hand_on_screen)

    def _forget_turn(self) -> None:
        """Drop the last person's session and every widget that showed their answers."""
        self.session = None
        self.timer.stop()
        self.done_screen.summary.clear()
        self.question_screen.set_answer_widget(AnswerWidget())

    def _tick(self) -> None:
        session = self.session
        if session is None:
            return
        remaining = session.attempt.remaining()
        label = self.question_screen.timer_label
        label.setText(
            "" if remaining is None else f"{int(remaining) // 60}:{int(remaining) % 60:02d} left"
        )
        if session.check_time():
            self.show_done(timed_out=True)

    # -- facilitator -------------------------------------------------------------------------

    def ask_pin(self, then, *, setting: bool = False, reason: str = "") -> None:
        self.after_pin = then
        self.pin_screen.prepare(setting=setting or not pin.has_pin(self.store), reason=reason)
        self.stack.setCurrentWidget(self.pin_screen)

    def check_pin(self) -> None:
        screen = self.pin_screen
        typed = screen.edit.text()
        if screen.setting:
            if typed != screen.again.text():
                screen.message.setText("The two PINs differ. Type the same PIN twice.")
                return
            try:
                pin.set_pin(self.store, typed)
            except (ValueError, StoreError) as error:
                screen.message.setText(str(error))
                return
        elif not pin.check_pin(self.store, typed):
            screen.message.setText("That PIN is not right.")
            screen.edit.clear()
            return
        then, self.after_pin = self.after_pin, None
        then()

    def open_facilitator(self) -> None:
        screen = self.facilitator_screen
        screen.notices.setText("\n".join(self.store.notices))
        screen.show_quizzes(dict(self.deck.quizzes), self.quiz_name)
        screen.show_results(self.store, self.quiz)
        screen.names.setPlainText("\n".join(get_setting(self.store, NAMES, [])))
        self.stack.setCurrentWidget(screen)

    def choose_quiz(self, name: str) -> None:
        self.quiz_name = name
        set_setting(self.store, KIOSK_QUIZ, name)
        self.facilitator_screen.show_results(self.store, self.quiz)

    def save_names(self) -> None:
        text = self.facilitator_screen.names.toPlainText()
        names = list(dict.fromkeys(line.strip() for line in text.splitlines() if line.strip()))
        set_setting(self.store, NAMES, names)

    def leave(self) -> None:
        self.may_close = True
        self.close()

    # -- kiosk mode --------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.may_close:
            event.accept()
            return
        event.ignore()  # Alt+F4 and the like: only the facilitator may leave
        self.ask_pin(self.leave, reason=" to leave kiosk mode")


def pick_quiz(deck: Deck, store: Store, requested: str | None) -> str | None:
    """The quiz asked for (None if there is no such quiz), else the one last chosen on this
    laptop, else the pre-quiz, else the first there is."""
    if requested:
        return requested if requested in deck.quizzes else None
    for name in (get_setting(store, KIOSK_QUIZ), "pre", *sorted(deck.quizzes)):
        if name in deck.quizzes:
            return name
    return None


def style_sheet(theme: Theme = DEFAULT) -> str:
    return f"""
    QWidget {{ background: {theme.background}; color: {theme.foreground};
               font-family: "{theme.font_family}"; font-size: 24px; }}
    QLabel[role="title"] {{ font-size: 40px; font-weight: bold; }}
    QLabel[role="question"] {{ font-size: 32px; }}
    QLabel[role="muted"] {{ color: {theme.muted}; }}
    QLabel[role="error"] {{ color: {theme.accent}; font-weight: bold; }}
    QLabel[role="feedback"] {{ color: {theme.accent2}; }}
    QPushButton {{ border: 2px solid {theme.muted}; border-radius: 10px; padding: 8px 20px;
                   background: white; }}
    QPushButton:checked {{ background: {theme.accent2}; color: white;
                           border-color: {theme.accent2}; }}
    QPushButton QLabel {{ background: transparent; }}
    QPushButton:focus {{ border: 4px solid {theme.accent}; }}
    QPushButton[primary="true"] {{ background: {theme.accent}; color: white; border: none;
                                   font-weight: bold; }}
    QPushButton[primary="true"]:focus {{ border: 4px solid {theme.foreground}; }}
    QPushButton[role="quiet"] {{ border: none; color: {theme.muted}; font-size: 18px;
                                 background: transparent; }}
    QPushButton[role="row"] {{ text-align: left; padding-left: 24px; }}
    QPushButton:disabled {{ color: #999; border-color: #ccc; }}
    QLineEdit, QPlainTextEdit, QComboBox {{ border: 2px solid {theme.muted}; border-radius: 8px;
                   padding: 6px 12px; background: white; }}
    QProgressBar {{ border: none; background: {theme.grid}; }}
    QProgressBar::chunk {{ background: {theme.accent2}; }}
    """


def run_quiz(args: argparse.Namespace) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    register_fonts()
    deck = load_deck(paths.deck_dir())
    try:
        store = open_store()
    except StoreError as error:
        report_fatal("The quiz cannot start", f"{error}\n\nNo answers were taken.")
        return 2
    name = pick_quiz(deck, store, args.quiz)
    if name is None:
        known = ", ".join(sorted(deck.quizzes)) or "none"
        report_fatal(
            "No such quiz", f"There is no quiz '{args.quiz}' in {deck.root} (quizzes: {known})."
        )
        store.close()
        return 2
    window = KioskWindow(deck, store, name)
    window.setStyleSheet(style_sheet())
    if getattr(args, "windowed", False):
        window.resize(1280, 800)
        window.show()
    else:
        window.showFullScreen()
    code = app.exec()
    store.close()
    return code
