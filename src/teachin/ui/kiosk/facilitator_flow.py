"""The kiosk behind its facilitator PIN: the PIN set up at the kiosk's first start (before any
name is taken: a participant can never choose it), asked for, and throttled after a few wrong
tries; then change quiz, turn personal codes and retakes on or off, allow one person who handed
in a retake, see results, edit the list of names, or leave kiosk mode. The menu also tells the
store's notices and the problems in the next person's quiz (KioskWindow.quiz_notice).

facilitator.py lays out the two screens; this joins them to the store and to the kiosk window
(kiosk.py, the participant's flow), which puts them on its stack. ``KioskWindow.ready`` makes
it once the database is open, so the store is imported here at the top.

Cancel and "Back to the quiz" return to the screen the facilitator came in on, a participant's
turn as it was (KioskWindow.back_from_facilitator); a quiz chosen here is the next person's.
While a turn is in progress the menu also offers "End <name>'s turn", for someone who walked away
from a shared laptop: the name screen for the next person, the attempt left unfinished in the
store (every answer given is already there), so the same name typed later gets "Welcome back".
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING

from teachin.store import pin
from teachin.store.answers import attempts
from teachin.store.db import StoreError
from teachin.store.settings import (
    KIOSK_CODES,
    KIOSK_QUIZ,
    KIOSK_RETAKES,
    NAMES,
    allow_retake,
    get_setting,
    retakes_allowed,
    set_setting,
)
from teachin.ui.kiosk.facilitator import FacilitatorScreen, PinScreen

if TYPE_CHECKING:  # type hints only
    from PySide6.QtWidgets import QWidget

    from teachin.ui.kiosk.window import KioskWindow


class FacilitatorFlow:
    """The PIN screen and the facilitator's menu of one kiosk window."""

    def __init__(self, kiosk: KioskWindow) -> None:
        self.kiosk = kiosk
        self.pin_screen, self.menu = PinScreen(), FacilitatorScreen()
        self.after_pin: Callable[[], None] | None = None  # what to do once the PIN is right
        # The kiosk's screen and focus when the facilitator came in: where Back returns.
        self.came_from: tuple[QWidget | None, QWidget | None] = (None, None)
        p = self.pin_screen
        p.ok.clicked.connect(self.check_pin)  # Enter in either field presses OK (the default)
        p.cancel.clicked.connect(self.back)
        f = self.menu
        f.back.clicked.connect(self.back)
        f.end_turn.clicked.connect(self.end_turn)
        f.leave.clicked.connect(kiosk.leave)
        f.change_pin.clicked.connect(lambda: self.ask_pin(self.open_menu, setting=True))
        f.codes.toggled.connect(lambda on: set_setting(kiosk.store, KIOSK_CODES, on))
        f.retakes.toggled.connect(lambda on: set_setting(kiosk.store, KIOSK_RETAKES, on))
        f.quiz_picker.activated.connect(lambda _: self.choose_quiz(f.quiz_picker.currentData()))
        f.save_names.clicked.connect(self.save_names)
        f.allow_retake.clicked.connect(self.allow_retake)
        f.open_logs.clicked.connect(self.open_logs)

    def enter(self) -> None:
        """The facilitator's menu, once the PIN is given."""
        self.ask_pin(self.open_menu)

    def set_up_pin(self, then: Callable[[], None]) -> None:
        """The kiosk's first start: the facilitator chooses the PIN before any name is taken."""
        self.after_pin, self.came_from = then, (None, None)
        self.pin_screen.prepare("setup")
        self.kiosk.stack.setCurrentWidget(self.pin_screen)
        self.pin_screen.edit.setFocus()

    def ask_pin(self, then: Callable[[], None], *, setting: bool = False, leaving: bool = False):
        """The PIN screen; ``then()`` once it is right. ``setting``: choose a new one (only from
        the menu, behind the PIN)."""
        if self.kiosk.stack.currentWidget() is self.pin_screen and self.pin_screen.mode == "setup":
            return  # the PIN is being set up: nothing to check it against yet
        self.after_pin = then
        current = self.kiosk.stack.currentWidget()
        if current not in (self.pin_screen, self.menu):  # coming in, not "Change PIN"
            self.came_from = current, self.kiosk.focusWidget()
        self.pin_screen.prepare("change" if setting else "check", leaving=leaving)
        self.kiosk.stack.setCurrentWidget(self.pin_screen)
        self.pin_screen.edit.setFocus()

    def back(self) -> None:
        """Cancel or "Back to the quiz": the kiosk as the facilitator found it."""
        (screen, focus), self.came_from = self.came_from, (None, None)
        self.kiosk.back_from_facilitator(screen, focus)

    def turn_in_progress(self) -> str | None:
        """The name of the participant whose question or review the facilitator came in on."""
        kiosk, screen = self.kiosk, self.came_from[0]
        on_turn = screen in (kiosk.question_screen, kiosk.review_screen)
        return kiosk.session.nickname if on_turn and kiosk.session is not None else None

    def end_turn(self) -> None:
        """ "End <name>'s turn": a clean name screen; nothing in the store is written."""
        self.came_from = None, None
        self.kiosk.show_name_screen()  # drops the session and the widgets that showed it

    def check_pin(self) -> None:
        screen, store = self.pin_screen, self.kiosk.store
        typed = screen.edit.text()
        words = screen.TEXT
        if screen.setting:
            if typed != screen.again.text():
                screen.message.setText(words["differ"])
                return
            try:
                pin.set_pin(store, typed)
            except (ValueError, StoreError) as error:
                screen.message.setText(str(error))
                return
        else:
            wait = pin.wait_before_next_try(store)
            if wait > 0:  # not even checked: every try counts, and guessing must stay slow
                screen.message.setText(words["wait"].format(seconds=math.ceil(wait)))
                screen.edit.setText("")
                return
            if not pin.check_pin(store, typed):
                screen.message.setText(words["wrong"])
                screen.edit.setText("")
                return
        then, self.after_pin = self.after_pin, None
        then()

    def open_menu(self) -> None:
        kiosk, screen = self.kiosk, self.menu
        self.show_notices()
        screen.show_quizzes(dict(kiosk.quizzes), kiosk.quiz_name)
        screen.show_results(kiosk.store, dict(kiosk.quizzes))
        screen.names.setPlainText("\n".join(get_setting(kiosk.store, NAMES, [])))
        self.show_retakes()
        for box, key in ((screen.codes, KIOSK_CODES), (screen.retakes, KIOSK_RETAKES)):
            box.blockSignals(True)
            box.setChecked(get_setting(kiosk.store, key, False) is True)
            box.blockSignals(False)
        screen.show_turn(self.turn_in_progress())
        kiosk.stack.setCurrentWidget(screen)
        screen.back.setFocus()  # Enter pressed in a hurry: the harmless way out

    def choose_quiz(self, name: str) -> None:
        """The quiz the next person takes, here and after a restart."""
        kiosk = self.kiosk
        kiosk.quiz_name = name
        set_setting(kiosk.store, KIOSK_QUIZ, name)
        self.show_notices()  # the new quiz's problems, if it has any
        self.show_retakes()  # and the people who handed it in

    def show_notices(self) -> None:
        """What the facilitator must know: the store's notices (a restore from a backup, a
        setting set back) and the problems in the next person's quiz."""
        quiz = self.kiosk.quiz_notice()
        self.menu.notices.setText("\n".join([*self.kiosk.store.notices, *filter(None, [quiz])]))

    def save_names(self) -> None:
        text = self.menu.names.toPlainText()
        names = list(dict.fromkeys(line.strip() for line in text.splitlines() if line.strip()))
        set_setting(self.kiosk.store, NAMES, names)

    def show_retakes(self) -> None:
        store, quiz = self.kiosk.store, self.kiosk.quiz_name
        handed_in = sorted(
            {a.nickname for a in attempts(store, quiz) if a.finished}, key=str.casefold
        )
        self.menu.show_retakes(handed_in, retakes_allowed(store, quiz))

    def allow_retake(self) -> None:
        """ "Allow a retake" for the person picked: their next start is a new attempt, once."""
        name = self.menu.retake_picker.currentText()
        if name:
            allow_retake(self.kiosk.store, self.kiosk.quiz_name, name)
            self.show_retakes()

    def open_logs(self) -> None:
        """The facilitator's "Open the log folder" (teachin.logs, imported only when clicked)."""
        from teachin.logs import open_log_folder

        opened = open_log_folder()
        self.menu.logs_message.setText("" if opened else self.menu.TEXT["no_logs"])
