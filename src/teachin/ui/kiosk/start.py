"""`teachin quiz [QUIZ]`: start the kiosk, name screen first.

The name screen is painted before anything else is done (Start reads "Getting ready…" and is
disabled); right after that first paint the database is opened, checked and backed up
(``open_store``), the quiz is read, and ``KioskWindow.ready`` builds the other screens and takes
names. Importing sqlite-utils alone costs ~0.3 s of modules (numpy among them), so this puts the
kiosk on screen in about half the time; no name is ever taken before the database is ready, and
a database that cannot be opened stops the kiosk as before ("The quiz cannot start").
Quizzes are read from their files when first needed: the kiosk runs one, only the facilitator's
picker lists them all, and the slides and data are never read.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from teachin import paths
from teachin.ui.app_icon import KIOSK, set_app_icon
from teachin.ui.fonts import register_fonts
from teachin.ui.kiosk.window import KioskWindow
from teachin.ui.language import install_translators

if TYPE_CHECKING:  # type hints only
    import argparse

    from teachin.content.gift import Quiz
    from teachin.content.model import Problem
    from teachin.store.db import Store

# Open the database this long after show() even if the window is never painted (minimised).
OPEN_AT_LATEST_MS = 1000


def run_quiz(args: argparse.Namespace) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_translators(app)
    set_app_icon(KIOSK)
    quizzes = QuizFolder(paths.deck_dir() / "quizzes")
    if not quizzes.names or (args.quiz and args.quiz not in quizzes.names):
        return _no_such_quiz(args.quiz, quizzes)
    register_fonts()
    window = KioskWindow(quizzes, problems=quizzes.problems)
    window.room_wanted = (args.room, args.code) if getattr(args, "room", None) else None
    _get_ready_once_shown(window, args.quiz)
    if getattr(args, "windowed", False):
        window.resize(1280, 800)
        window.apply_style()
        window.show()
    else:
        fill_screen(window)
    code = app.exec()
    if window.store is None:  # it could not be opened: said so already, no answer taken
        from teachin.startup_errors import EXIT_FATAL

        return EXIT_FATAL
    window.store.close()
    return code


def fill_screen(window: KioskWindow) -> None:
    """Full screen on the screen the kiosk starts on, with or without a window manager: with
    none (a bare X session) nobody acts on the full-screen request and the window would keep
    its default size, so its geometry is the screen's before it is shown."""
    screen = window.screen()
    window.setGeometry(screen.geometry())
    window.apply_style()  # for that size: made once, before the first paint
    window.showFullScreen()


def _get_ready_once_shown(window: KioskWindow, requested: str | None) -> None:
    """Open, check and back up the database right after the name screen's first paint (or
    after OPEN_AT_LATEST_MS if it is never painted), then let the window take names."""
    started = False

    def get_ready() -> None:
        nonlocal started
        if started:
            return
        started = True
        window.name_screen.painted.disconnect(after_this_paint)
        from teachin.store.db import StoreError, open_store  # sqlite-utils comes with the open

        try:
            store = open_store()
        except StoreError as error:
            _give_up(
                window,
                QCoreApplication.translate("KioskStart", "The quiz cannot start"),
                QCoreApplication.translate(
                    "KioskStart", "{error}\n\nNo answers were taken."
                ).format(error=error),
            )
            return
        name = pick_quiz(window.quizzes, store, requested)
        if name is None:  # every quiz file there is unreadable
            store.close()
            _give_up(window, *_no_quiz_text(requested, window.quizzes))
            return
        window.ready(store, name)

    def after_this_paint() -> None:
        QTimer.singleShot(0, get_ready)  # a 0 ms timer runs once the painted frame is shown

    window.name_screen.painted.connect(after_this_paint)
    QTimer.singleShot(OPEN_AT_LATEST_MS, get_ready)


def _give_up(window: KioskWindow, title: str, message: str) -> None:
    from teachin.startup_errors import EXIT_FATAL, report_fatal

    window.hide()
    report_fatal(title, message)
    QApplication.exit(EXIT_FATAL)


def _no_quiz_text(requested: str | None, quizzes: QuizFolder) -> tuple[str, str]:
    known = ", ".join(quizzes.names) or QCoreApplication.translate("KioskStart", "none")
    return QCoreApplication.translate("KioskStart", "No such quiz"), QCoreApplication.translate(
        "KioskStart", "There is no quiz “{quiz}” in {folder} (quizzes: {known})."
    ).format(quiz=requested, folder=quizzes.folder, known=known)


def _no_such_quiz(requested: str | None, quizzes: QuizFolder) -> int:
    from teachin.startup_errors import EXIT_FATAL, report_fatal

    report_fatal(*_no_quiz_text(requested, quizzes))
    return EXIT_FATAL


def pick_quiz(quizzes: Mapping[str, Quiz], store: Store, requested: str | None) -> str | None:
    """The quiz asked for (None if there is no such quiz), else the one last chosen on this
    laptop, else the pre-quiz, else the first there is."""
    from teachin.store.settings import KIOSK_QUIZ, get_setting

    if requested:
        return requested if requested in quizzes else None
    for name in (get_setting(store, KIOSK_QUIZ), "pre"):
        if name in quizzes:
            return name
    return next(iter(quizzes), None)  # a QuizFolder goes in name order, reading only that one


class QuizFolder(Mapping[str, "Quiz"]):
    """The deck's quizzes/ folder, each quiz read when first asked for: the kiosk runs one quiz,
    only the facilitator's picker needs them all, and the slides and data none. Names are file
    stems and an unreadable file is left out, as in ``content.gift.load_quiz_dir``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.names = sorted(p.stem for p in folder.glob("*.gift")) if folder.is_dir() else []
        self._read: dict[str, Quiz | None] = {}
        self.problems: dict[str, list[Problem]] = {}  # of each quiz read (none unread)

    def __getitem__(self, name: str) -> Quiz:
        if name not in self._read:
            from teachin.content.gift import read_quiz_file

            path = self.folder / f"{name}.gift"
            if name in self.names:
                self._read[name], self.problems[name] = read_quiz_file(path)
            else:
                self._read[name] = None
        quiz = self._read[name]
        if quiz is None:
            raise KeyError(name)
        return quiz

    def __iter__(self) -> Iterator[str]:
        return (name for name in self.names if name in self)

    def __len__(self) -> int:
        return sum(1 for _ in self)
