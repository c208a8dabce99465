"""Driving the quiz kiosk in tests as people do: a kiosk window on a store with a quiz, a name
typed at the name screen, the facilitator's menu opened with Ctrl+Shift+F and the PIN, and what
is on screen and in the store read back. Real keys and clicks through pytest-qt."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QPlainTextEdit, QWidget

from teachin.content.gift import parse_gift
from teachin.content.gift_model import Quiz
from teachin.store import pin as pins
from teachin.store.db import Store, open_store
from teachin.ui.kiosk.screens import style_sheet
from teachin.ui.kiosk.window import KioskWindow

PIN = "2468"
FACILITATOR_KEYS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier

BEFORE_WE_START = """\
// @title: Before we start
// @mode: pre
// @shuffle: none

::expect::What do you expect to learn today? {}

::estimate::International migrants in 2020, in millions? {#281:10}

::capital::Net resource transfers out of developing countries, 1980-2012? {
=$16.3 trillion
~$601 billion
}
"""


def parse_quizzes(folder: Path, texts: dict[str, str]) -> dict[str, Quiz]:
    """Each GIFT text parsed as if read from ``folder/<name>.gift``; none may have a problem."""
    quizzes = {}
    for name, text in texts.items():
        quiz, problems = parse_gift(text, folder / f"{name}.gift")
        assert problems == [], problems
        quizzes[name] = quiz
    return quizzes


def store_with_pin(data_dir: Path) -> Iterator[Store]:
    """The store in the test's own data folder (``data_dir``), open, with the facilitator's PIN
    set. A fixture body: ``store = pytest.fixture(store_with_pin, name="store")`` in a module."""
    with open_store() as store:
        pins.set_pin(store, PIN)
        yield store


def show_kiosk(qtbot, quizzes: dict[str, Quiz], store, quiz: str) -> KioskWindow:
    """A kiosk on ``store`` running ``quiz``, styled, 1280 x 800, shown and the active window.
    The caller sets ``may_close = True`` when done (the kiosk refuses to close otherwise)."""
    window = KioskWindow(quizzes, store, quiz)
    window.setStyleSheet(style_sheet())
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window


@contextmanager
def running_kiosk(qtbot, quizzes: dict[str, Quiz], store, quiz: str) -> Iterator[KioskWindow]:
    """`show_kiosk`, let close once the block is done."""
    window = show_kiosk(qtbot, quizzes, store, quiz)
    yield window
    window.may_close = True


def enter_name(qtbot, kiosk: KioskWindow, name: str) -> None:
    """Type ``name`` into the name box, as it is (a name left there stays), and press Enter."""
    qtbot.keyClicks(kiosk.name_screen.edit, name)
    qtbot.keyClick(kiosk.name_screen.edit, Qt.Key.Key_Return)


def start_and_answer(qtbot, kiosk: KioskWindow, name: str, answers: list[str]) -> None:
    """``name`` starts a turn and types each of ``answers`` on its question, going on with the
    Next button each time."""
    enter_name(qtbot, kiosk, name)
    screen = kiosk.question_screen
    for text in answers:
        qtbot.keyClicks(screen.answer.edit, text)
        qtbot.mouseClick(screen.next, Qt.MouseButton.LeftButton)


def press_facilitator_keys(qtbot, widget: QWidget) -> None:
    """Ctrl+Shift+F, sent to ``widget`` (where the focus is, for a real key press)."""
    qtbot.keyClick(widget, Qt.Key.Key_F, FACILITATOR_KEYS)


def type_pin(qtbot, kiosk: KioskWindow, pin: str = PIN) -> None:
    """At the PIN screen: the PIN and Enter, which opens the facilitator's menu."""
    qtbot.keyClicks(kiosk.pin_screen.edit, pin)
    qtbot.keyClick(kiosk.pin_screen.edit, Qt.Key.Key_Return)
    assert kiosk.stack.currentWidget() is kiosk.facilitator_screen


def open_the_menu(qtbot, kiosk: KioskWindow, pin: str = PIN) -> None:
    """Ctrl+Shift+F wherever the focus is, then the PIN and Enter."""
    press_facilitator_keys(qtbot, kiosk.focusWidget())
    assert kiosk.stack.currentWidget() is kiosk.pin_screen
    type_pin(qtbot, kiosk, pin)


def visible_texts(window: QWidget) -> list[str]:
    """Every text a person can see in the window now: labels, buttons and text boxes."""
    texts = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            texts.append(widget.text())
        elif isinstance(widget, QPlainTextEdit):
            texts.append(widget.toPlainText())
    return texts


def visible_text(window: QWidget) -> str:
    """Every text a person can see in the window now, one string (for ``in`` checks)."""
    return "\n".join(visible_texts(window))


def stored(store) -> tuple[list, list]:
    """Every attempt row and every answer row in the store, in the order they were written."""
    attempts = store.db.execute("select * from attempts order by id").fetchall()
    answers = store.db.execute("select * from answers order by id").fetchall()
    return attempts, answers
