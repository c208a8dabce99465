"""`teachin quiz [QUIZ]`: the participant kiosk on a shared laptop.

Flow: name -> (welcome back?) -> one question at a time -> review -> done -> "hand the laptop
on" -> name ... Every answer is saved (QuizSession) before the screen moves on; if saving fails
the screen says so and stays. A name with an unfinished attempt first asks "is that you?", so
no one sees another person's answers. Leaving kiosk mode, changing quiz and seeing results need
the PIN.

A turn is on its own quiz (``session.quiz``); ``self.quiz`` is the one the next person takes,
which the facilitator may change mid-turn. While the facilitator has the laptop the turn is left
alone: its clock is the deadline kept with the attempt, so it runs on, but the kiosk acts on it
(the clock, "Time is up") only while the participant's own screen is up, and says so on return.

This window is that flow from screen to screen. Beside it: kiosk_start.py starts it (the name
screen is painted first, Start disabled, and ``ready()`` is called once the database is open:
until then only the name screen exists); kiosk_screens.py lays out the participant's screens;
kiosk_attempt_text.py words what a participant is told about their attempt; and
kiosk_facilitator_flow.py is everything behind the PIN.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtWidgets import QApplication, QStackedWidget, QVBoxLayout, QWidget

from teachin.i18n import QT_TRANSLATE_NOOP, Texts
from teachin.theme import theme_for
from teachin.ui.kiosk.answer_widgets import AnswerWidget, answer_widget_for
from teachin.ui.kiosk.screens import (
    DoneScreen,
    HandOnScreen,
    NameScreen,
    QuestionScreen,
    ReviewScreen,
    Screen,
    WelcomeBackScreen,
    fit_scale,
    follow_focus,
    scroll_area,
    style_sheet,
)

# What the window itself tells a participant, in one place (whole sentences, named blanks).
TEXT = Texts(
    "Kiosk",
    {
        "title": QT_TRANSLATE_NOOP("Kiosk", "Teach-in quiz"),
        "getting_ready": QT_TRANSLATE_NOOP("Kiosk", "Getting ready…"),
        "start": QT_TRANSLATE_NOOP("Kiosk", "Start"),
        "no_name": QT_TRANSLATE_NOOP("Kiosk", "Please type your name first."),
        "not_me": QT_TRANSLATE_NOOP(
            "Kiosk",
            "Someone else has an unfinished quiz under “{name}”. Add something to your name "
            "to tell you apart, for example “{name} K”, then press Start.",
        ),
        "progress": QT_TRANSLATE_NOOP("Kiosk", "Question {position} of {total}"),
        "open_one": QT_TRANSLATE_NOOP(
            "Kiosk",
            "1 question is not answered yet. Tap a question to answer it, or press the "
            "button again to hand in.",
        ),
        "open_many": QT_TRANSLATE_NOOP(
            "Kiosk",
            "{count} questions are not answered yet. Tap a question to answer it, or press "
            "the button again to hand in.",
        ),
        "thanks": QT_TRANSLATE_NOOP("Kiosk", "Thank you, {name}!"),
        "time_up_thanks": QT_TRANSLATE_NOOP("Kiosk", "Time is up. Thank you, {name}!"),
        "code_needed": QT_TRANSLATE_NOOP(
            "Kiosk",
            "Choose a personal code of {length} characters or more, and remember it: "
            "you need it to come back to your answers.",
        ),
        "code_wrong": QT_TRANSLATE_NOOP(
            "Kiosk",
            "That personal code does not match the one chosen with this name. Type it "
            "again, or add something to your name if you are someone else.",
        ),
        "quiz_problem": QT_TRANSLATE_NOOP(
            "Kiosk",
            "The quiz “{quiz}” has 1 problem, so it may not run as written (a time "
            "limit left out, say): run `teachin check`. {first}",
        ),
        "quiz_problems": QT_TRANSLATE_NOOP(
            "Kiosk",
            "The quiz “{quiz}” has {count} problems, so it may not run as written (a "
            "time limit left out, say): run `teachin check`. The first: {first}",
        ),
        "code_asked": QT_TRANSLATE_NOOP(
            "Kiosk", "Type the personal code you chose with this name, then press Start."
        ),
        "code_wait": QT_TRANSLATE_NOOP(
            "Kiosk", "Too many wrong codes for this name. Try again in {seconds} seconds."
        ),
    },
    QCoreApplication.translate,
)
CODE_LENGTH = 3  # characters of a participant's personal code, at least
ZOOMS = (0.8, 0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0)  # the text sizes Ctrl+ and Ctrl- step through

# The store (with its stdlib modules, ~50 ms here), the quiz engine and the texts made from an
# attempt (kiosk_attempt_text) are imported in the methods that use them: none is needed to paint
# the name screen, and every one of those methods runs after the database is open (see
# kiosk_start.py).
if TYPE_CHECKING:  # type hints only
    from PySide6.QtGui import QCloseEvent

    from teachin.content.gift import Quiz
    from teachin.content.model import Problem
    from teachin.store.db import Store
    from teachin.store.quiz_session import QuizSession


class PageStack(QStackedWidget):
    """A stack as big as the page on show needs (a plain one asks for its largest page's room):
    the window's scroll area scrolls only when that page, in large text, needs more room."""

    def __init__(self) -> None:
        super().__init__()
        self.currentChanged.connect(lambda _: self.updateGeometry())

    def minimumSizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.minimumSizeHint() if page is not None else super().minimumSizeHint()

    def sizeHint(self) -> QSize:
        return self.minimumSizeHint()

    def heightForWidth(self, width: int) -> int:
        return self.minimumSizeHint().height()


class KioskWindow(QWidget):
    """``store`` and ``quiz_name`` may come later, through ``ready()``: until then only the name
    screen exists and Start is disabled. ``problems``: what reading each quiz found wrong (filled
    as the quizzes are read: start.QuizFolder.problems), told to the facilitator."""

    def __init__(
        self,
        quizzes: Mapping[str, Quiz],
        store: Store | None = None,
        quiz_name: str = "",
        problems: Mapping[str, Sequence[Problem]] | None = None,
    ) -> None:
        super().__init__()
        self.quizzes, self.store, self.quiz_name = quizzes, None, quiz_name
        self.problems = problems if problems is not None else {}
        self.session: QuizSession | None = None
        self.returning: QuizSession | None = None  # asked "is that you?", not yet answered
        self.may_close = False
        self.room_wanted: tuple[str, str] | None = None  # `quiz --room --code` (room_link.py)
        self.high_contrast, self.zoom = False, 1.0  # this laptop's, from settings once ready
        self._style: tuple[bool, float] | None = None  # what the style sheet was made for
        self.setWindowTitle(TEXT["title"])
        self.stack = PageStack()
        # Text made larger than a screen has room for scrolls, rather than being cut off.
        self.outer = scroll_area(self.stack)
        self.outer.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        QVBoxLayout(self).addWidget(self.outer)
        self.layout().setContentsMargins(0, 0, 0, 0)
        self.name_screen = n = NameScreen()
        self.stack.addWidget(n)
        n.start.clicked.connect(self.begin)
        n.start.setText(TEXT["getting_ready"])
        n.start.setEnabled(False)
        n.facilitator.setEnabled(False)
        n.edit.setFocus()
        if store is not None:
            self.ready(store, quiz_name)

    def ready(self, store: Store, quiz_name: str) -> None:
        """The database is open and checked: build the other screens and take names."""
        from teachin.ui.kiosk.facilitator_flow import FacilitatorFlow

        self.store, self.quiz_name = store, quiz_name
        self.welcome_screen, self.question_screen = WelcomeBackScreen(), QuestionScreen()
        self.review_screen, self.done_screen = ReviewScreen(), DoneScreen()
        self.hand_on_screen = HandOnScreen()
        flow = self.facilitator_flow = FacilitatorFlow(self)  # all that is behind the PIN
        self.pin_screen, self.facilitator_screen = flow.pin_screen, flow.menu
        for screen in (
            self.welcome_screen,
            self.question_screen,
            self.review_screen,
            self.done_screen,
            self.hand_on_screen,
            self.pin_screen,
            self.facilitator_screen,
        ):
            self.stack.addWidget(screen)
        self._connect()
        from teachin.ui.kiosk.room_link import attach_room_link  # feeding a live room

        self.room_link = attach_room_link(self, self.room_wanted)
        self.timer = QTimer(self, interval=1000, timeout=self._tick)
        from teachin.store import pin
        from teachin.store.settings import KIOSK_CONTRAST, KIOSK_ZOOM, get_setting

        self.high_contrast = get_setting(store, KIOSK_CONTRAST, False) is True
        zoom = get_setting(store, KIOSK_ZOOM, 1.0)
        self.zoom = zoom if zoom in ZOOMS else 1.0
        self.apply_style()
        typed = self.name_screen.edit.text()  # typed while the database was opening: kept
        self.name_screen.start.setText(TEXT["start"])
        self.name_screen.start.setEnabled(True)
        self.name_screen.facilitator.setEnabled(True)
        if not pin.has_pin(store):  # the facilitator sets it before anyone gives a name
            flow.set_up_pin(then=self._first_name_screen)
            return
        self._first_name_screen(typed)

    def _first_name_screen(self, typed: str = "") -> None:
        """The name screen once ready (after the PIN's set-up at a first start), telling whoever
        starts the kiosk what they must know: the database restored from a backup, problems
        in the quiz. Both stay in the facilitator's menu."""
        self.show_name_screen()
        self.name_screen.edit.setText(typed)
        self.name_screen.message.setText("\n".join(self.start_notices()))

    def start_notices(self) -> list[str]:
        recovery = self.store.recovery
        return [notice for notice in (recovery and recovery.message, self.quiz_notice()) if notice]

    def quiz_notice(self) -> str:
        """The problems reading the next person's quiz found (e.g. a refused `@time-limit`: the
        quiz runs untimed), with the first one's path:line; "" when there are none."""
        problems = self.problems.get(self.quiz_name, ())
        if not problems:
            return ""
        words = TEXT["quiz_problem" if len(problems) == 1 else "quiz_problems"]
        return words.format(quiz=self.quiz_name, count=len(problems), first=problems[0])

    # -- look: high contrast and text size, kept per laptop ----------------------------------

    def apply_style(self) -> None:
        """The style sheet for this window's size, theme and text size (only when it changes:
        restyling every widget is not free)."""
        scale = fit_scale(self.width(), self.height(), self.zoom)
        if self._style == (self.high_contrast, scale):
            return
        self._style = (self.high_contrast, scale)
        self.setStyleSheet(style_sheet(theme_for(self.high_contrast), scale))
        for screen in self.findChildren(Screen):
            screen.set_scale(scale)
        for widget in self.findChildren(QWidget):  # sizes came from the old sheet: ask anew
            widget.updateGeometry()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.apply_style()

    def toggle_contrast(self) -> None:
        from teachin.store.settings import KIOSK_CONTRAST, set_setting

        self.high_contrast = not self.high_contrast
        set_setting(self.store, KIOSK_CONTRAST, self.high_contrast)
        self.apply_style()

    def step_zoom(self, step: int) -> None:
        """Ctrl+ / Ctrl-: the next text size up or down (0: back to normal)."""
        from teachin.store.settings import KIOSK_ZOOM, set_setting

        at = ZOOMS.index(self.zoom)
        self.zoom = ZOOMS[max(0, min(len(ZOOMS) - 1, at + step))] if step else 1.0
        set_setting(self.store, KIOSK_ZOOM, self.zoom)
        self.apply_style()

    # -- wiring ------------------------------------------------------------------------------

    def _connect(self) -> None:
        n, q, r, w = self.name_screen, self.question_screen, self.review_screen, self.welcome_screen
        n.facilitator.clicked.connect(self.facilitator_flow.enter)
        w.yes.clicked.connect(self.carry_on)
        w.no.clicked.connect(self.not_me)
        w.back.connect(self.back_to_name)
        q.next.clicked.connect(self.next_question)
        q.back.clicked.connect(self.previous_question)
        q.skip.clicked.connect(self.skip_question)
        r.submit.clicked.connect(self.submit)
        self.done_screen.finish.clicked.connect(self.hand_on)
        self.hand_on_screen.start.clicked.connect(self.show_name_screen)
        self.hand_on_screen.facilitator.clicked.connect(self.facilitator_flow.enter)
        from PySide6.QtGui import QKeySequence, QShortcut  # after the first paint, as all here

        QShortcut(QKeySequence("Ctrl+Shift+F"), self, self.facilitator_flow.enter)
        QShortcut(QKeySequence("Ctrl+H"), self, self.toggle_contrast)
        for keys, step in (("Ctrl++", 1), ("Ctrl+=", 1), ("Ctrl+-", -1), ("Ctrl+0", 0)):
            QShortcut(QKeySequence(keys), self, lambda s=step: self.step_zoom(s))
        QApplication.instance().focusChanged.connect(follow_focus)

    @property
    def quiz(self) -> Quiz:
        """The quiz the next person takes (a turn in progress keeps its own: session.quiz)."""
        return self.quizzes[self.quiz_name]

    # -- participant flow --------------------------------------------------------------------

    def show_name_screen(self) -> None:
        """A clean start for the next person: nothing of the last turn stays on screen."""
        from teachin.store.settings import KIOSK_CODES, NAMES, get_setting

        self._forget_turn()
        screen = self.name_screen
        screen.title.setText(self.quiz.title or self.quiz.name)
        # setText, never clear(): clear() can be undone, and Ctrl+Z would bring back the name
        # the last person typed. The clipboard may hold it too.
        screen.edit.setText("")
        screen.code.setText("")
        QApplication.clipboard().clear()
        screen.message.clear()
        screen.show_code(get_setting(self.store, KIOSK_CODES, False) is True)
        screen.show_names(get_setting(self.store, NAMES, []), screen.edit.setText)
        self.stack.setCurrentWidget(screen)
        screen.edit.setFocus()

    def begin(self) -> None:
        if self.store is None or self.stack.currentWidget() is not self.name_screen:
            return  # the database is still being opened, or the PIN is being set up
        screen = self.name_screen
        name = screen.edit.text().strip()
        if not name:
            screen.message.setText(TEXT["no_name"])
            return
        from teachin.store.answers import attempts_for
        from teachin.store.db import StoreError
        from teachin.store.quiz_session import QuizSession  # with the quiz engine
        from teachin.store.settings import KIOSK_RETAKES, get_setting, retakes_allowed, use_retake

        code = screen.code.text() if screen.code.isVisibleTo(screen) else None
        quiz = self.quiz.name
        try:
            returning = QuizSession.unfinished(self.store, self.quiz, name)
            if returning is not None:  # the same person after a crash, or another "Ana"?
                self._welcome_back(returning, code)
                return
            handed_in = [a for a in attempts_for(self.store, name, quiz) if a.finished]
            # A retake the facilitator allowed this one person (used up by starting).
            retake = bool(handed_in) and name in retakes_allowed(self.store, quiz)
            retakes_on = get_setting(self.store, KIOSK_RETAKES, False) is True
            if handed_in and not retakes_on and not retake:
                from teachin.ui.kiosk.attempt_text import already_handed_in

                screen.message.setText(already_handed_in(handed_in[-1].finished_at))
                return
            if code is not None and len(code) < CODE_LENGTH:
                screen.message.setText(TEXT["code_needed"].format(length=CODE_LENGTH))
                screen.code.setFocus()
                return
            self.session = QuizSession.start(self.store, self.quiz, name)
            if retake:
                use_retake(self.store, quiz, name)
            if code is not None:
                from teachin.store.pin import set_code

                set_code(self.store, self.session.attempt_id, code)
        except StoreError as error:
            screen.message.setText(str(error))
            return
        self._run_session()

    def _welcome_back(self, session: QuizSession, code: str | None) -> None:
        """With personal codes on, the code chosen with the attempt opens it (and nothing else
        does); without them, or for an attempt begun before they were on, "is that you?"."""
        from teachin.store import pin

        attempt_id = session.attempt_id
        if code is None or not pin.has_code(self.store, attempt_id):
            self.ask_returning(session)
            return
        screen = self.name_screen
        # Throttled like the PIN (store/pin.py), per attempt: not even checked while waiting;
        # nothing typed yet (Enter in the name box) is asked for, not counted.
        wait = pin.wait_before_next_try(self.store, key=pin.code_failures(attempt_id))
        if wait > 0:
            words = TEXT["code_wait"].format(seconds=math.ceil(wait))
        elif not code:
            words = TEXT["code_asked"]
        elif pin.check_code(self.store, attempt_id, code):
            self.session = session
            self._run_session()
            return
        else:
            words = TEXT["code_wrong"]
        screen.message.setText(words)
        screen.code.setText("")
        screen.code.setFocus()

    def ask_returning(self, session: QuizSession) -> None:
        """Ask "is that you?" before anything of the unfinished attempt is shown: when and how
        far, never what was answered."""
        from teachin.ui.kiosk.attempt_text import is_that_you, time_limit_note

        self.returning = session
        screen = self.welcome_screen
        screen.text.setText(is_that_you(session))
        screen.note.setText(time_limit_note(session.attempt))
        self.stack.setCurrentWidget(screen)
        screen.no.setFocus()  # Enter pressed twice in a hurry must not open someone else's

    def carry_on(self) -> None:
        """ "Yes, carry on": the attempt just described, as it was (same order, answers kept)."""
        self.session, self.returning = self.returning, None
        self._run_session()

    def not_me(self) -> None:
        """ "No, I'm someone else": back to the name, asking for something to tell them apart.
        The other attempt is neither shown nor changed."""
        name = self.returning.nickname
        self.back_to_name()
        self.name_screen.message.setText(TEXT["not_me"].format(name=name))

    def back_to_name(self) -> None:
        """Esc on the welcome-back screen: the name screen again, the name kept to edit."""
        name = self.returning.nickname if self.returning else ""
        self.show_name_screen()
        self.name_screen.edit.setText(name)

    def _run_session(self) -> None:
        if self.session.check_time():  # resumed after its time ran out: closed, nothing to ask
            self.show_done(timed_out=True)
            return
        if self.session.quiz.time_limit:
            self.timer.start()
        self._show_current()

    def show_question(self) -> None:
        attempt = self.session.attempt
        question = attempt.current
        screen = self.question_screen
        total = len(attempt.order)
        screen.progress_label.setText(
            TEXT["progress"].format(position=attempt.position + 1, total=total)
        )
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
        words = QuestionScreen.TEXT["next" if attempt.position + 1 < total else "check"]
        screen.next.setText(words)
        self.stack.setCurrentWidget(screen)
        if widget.focusProxy() is not None:
            widget.setFocus()
        else:
            screen.setFocus()
        self._tick()  # last: if the time is up, "Time is up" replaces the question

    def save_answer(self) -> bool:
        """Save what is on screen now; False (with the reason shown) if it could not be."""
        from teachin.store.db import StoreError

        screen = self.question_screen
        try:
            self.session.answer(screen.answer.value())
        except (ValueError, StoreError) as error:
            if self.session.finished:  # the time ran out: nothing more can be answered
                self.show_done(timed_out=True)
            else:
                screen.message.setText(str(error))
            return False
        self.room_link.wake()  # committed: on its way to the live room, if one is joined
        screen.message.clear()
        return True

    def save_choice(self) -> None:
        """A tap on an option is the whole answer: keep it now, and say if it was right."""
        if not self.save_answer():
            return
        from teachin.ui.kiosk.attempt_text import feedback_on_tap

        notes = feedback_on_tap(self.session.quiz, self.session.attempt)
        if notes is not None:
            self.question_screen.feedback.setText(notes)

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
        questions = [attempt.quiz.question(name) for name in attempt.order]
        rows = [
            (position, question.text, attempt.response(question.name) is not None)
            for position, question in enumerate(questions)
            if question.kind != "description"  # nothing to answer: nothing to check
        ]
        self.review_screen.show_items(rows, self.go_to)
        self.review_screen.message.clear()
        self.review_screen.submit.setText(ReviewScreen.TEXT["hand_in"])
        self.stack.setCurrentWidget(self.review_screen)
        self.review_screen.submit.setFocus()

    def go_to(self, position: int) -> None:
        self.session.attempt.goto(position)
        self.show_question()

    def submit(self) -> None:
        from teachin.store.db import StoreError

        screen = self.review_screen
        if self.session is None or self.stack.currentWidget() is not screen:
            return  # a second press that arrived after the hand-in
        open_ = len(self.session.attempt.unanswered)
        if open_ and screen.submit.text() == ReviewScreen.TEXT["hand_in"]:
            words = TEXT["open_one"] if open_ == 1 else TEXT["open_many"].format(count=open_)
            screen.message.setText(words)
            screen.submit.setText(ReviewScreen.TEXT["anyway"])
            return
        try:
            self.session.submit()
        except StoreError as error:
            screen.message.setText(str(error))
            return
        self.room_link.wake()
        self.show_done()

    def show_done(self, timed_out: bool = False) -> None:
        from teachin.ui.kiosk.attempt_text import turn_summary

        self.timer.stop()
        session = self.session
        screen = self.done_screen
        words = TEXT["time_up_thanks" if timed_out else "thanks"]
        screen.title.setText(words.format(name=session.nickname))
        screen.summary.setText(turn_summary(session.quiz, session.attempt))
        self.stack.setCurrentWidget(screen)
        screen.finish.setFocus()

    def hand_on(self) -> None:
        self._forget_turn()
        self.stack.setCurrentWidget(self.hand_on_screen)
        self.hand_on_screen.start.setFocus()

    def _forget_turn(self) -> None:
        """Drop the last person's session and every widget that showed their answers."""
        self.session = self.returning = None
        self.timer.stop()
        self.done_screen.summary.clear()
        self.question_screen.set_answer_widget(AnswerWidget())

    def _tick(self) -> None:
        """Each second of a timed turn, and on each question: the clock, and the end at 0:00.
        Only on the participant's own screens: never over the facilitator's."""
        session = self.session
        if session is None or self.stack.currentWidget() not in (
            self.question_screen,
            self.review_screen,
        ):
            return
        from teachin.ui.kiosk.attempt_text import time_left

        self.question_screen.timer_label.setText(time_left(session.attempt))
        if session.check_time():
            self.show_done(timed_out=True)

    def back_from_facilitator(self, screen: QWidget | None, focus: QWidget | None) -> None:
        """The facilitator is done: back to the screen they came in on, as it was (what was
        typed, the focus), its clock acting again: "Time is up" now if it ran out meanwhile.
        The name screen is made afresh: the quiz or the names may have changed."""
        if screen is None or screen is self.name_screen:
            self.show_name_screen()
            return
        self.stack.setCurrentWidget(screen)
        if focus is not None:
            focus.setFocus()
        self._tick()

    # -- kiosk mode: only the facilitator may leave (kiosk_facilitator_flow.py) ----------------

    def leave(self) -> None:
        self.may_close = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.may_close:
            event.accept()
            return
        event.ignore()  # Alt+F4 and the like: only the facilitator may leave
        if self.store is None:  # still getting ready: the PIN is in the database
            return
        self.facilitator_flow.ask_pin(self.leave, leaving=True)
