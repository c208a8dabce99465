"""Driving the quiz kiosk in tests as people do: a kiosk window on a store with a quiz, a name
typed at the name screen, the facilitator's menu opened with Ctrl+Shift+F and the PIN, and what
is on screen and in the store read back. Real keys and clicks through pytest-qt."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QScrollBar,
    QWidget,
)

from teachin.content.gift import parse_gift
from teachin.content.gift_model import Quiz
from teachin.store import pin as pins
from teachin.store.db import Store, open_store
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
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.apply_style()
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()  # shortcuts (Ctrl+Shift+F, Ctrl+H) act in the active window only
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
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


# One question of every kind the kiosk shows, long texts and six options among them: what the
# screens must fit (or scroll to) at every laptop size.
EVERY_KIND = """\
// @title: Every kind of question
// @mode: post
// @shuffle: none

::welcome::Ten questions follow, one of each kind the kiosk asks. Take your time.

::six::Which of these organisations published the figure of 281 million international migrants \
in 2020, the count this workshop used on the slide about how many people live outside their \
country of birth? {
=The United Nations Department of Economic and Social Affairs (UN DESA)#Right. Module 05, slide \
"How many migrants?".
~The International Organization for Migration, in its World Migration Report
~The World Bank's Migration and Remittances Factbook
~The Office of the UN High Commissioner for Refugees (UNHCR), in Global Trends
~Eurostat, the statistical office of the European Union
~The Organisation for Economic Co-operation and Development (OECD)
}

::several::Which of these countries were on the first US travel ban of 27 January 2017? {
~%50%Iraq
~%50%Syria
~%-100%Saudi Arabia
~%-100%Egypt
}

::truefalse::Most of the world's international migrants are refugees. {FALSE#Not so. Module \
05, slide "Forced from home".}

::number::International migrants in 2020, in millions? {#281:15}

::word::Which continent sent most migrants to Europe between 2010 and 2020? {=Europe =Asia}

::essay::What would you tell a friend about this workshop? {}

::match::Match each count with what it counts. {
=281 million -> international migrants, 2020
=26 million -> refugees, 2019
=48 million -> people displaced inside their own country, 2019
}

// @ordering
::order::Put these events in the order they happened. {
=The Immigration Act of 1924 sets national quotas
=The 1965 Immigration and Nationality Act ends them
=The 2006 marches for immigrant rights
=The 2017 travel ban
}
"""

# The kinds above in the order they come, after the description.
EVERY_KIND_NAMES = ("six", "several", "truefalse", "number", "word", "essay", "match", "order")


def each_screen(qtbot, kiosk: KioskWindow, name: str = "Amina") -> Iterator[str]:
    """Put ``kiosk`` (on EVERY_KIND, name screen showing) on each of its screens in turn, as a
    participant and the facilitator reach them, yielding a short name for each: the name
    screen, every question (the last option of each picked), the review, the thank-you, the
    hand-on screen, the PIN screen and the facilitator's menu."""
    yield "name"
    enter_name(qtbot, kiosk, name)
    screen = kiosk.question_screen
    while kiosk.stack.currentWidget() is screen:
        question = kiosk.session.attempt.current
        answer = screen.answer
        if hasattr(answer, "buttons"):  # the last option, by its number key
            qtbot.keyClick(screen, Qt.Key(Qt.Key.Key_0 + len(answer.buttons)))
        yield f"question-{question.name}"
        screen.next.click()
    yield "review"
    kiosk.review_screen.submit.click()
    if kiosk.stack.currentWidget() is kiosk.review_screen:  # "Hand in anyway"
        kiosk.review_screen.submit.click()
    yield "done"
    kiosk.done_screen.finish.click()
    yield "hand-on"
    kiosk.hand_on_screen.facilitator.click()
    yield "pin"
    type_pin(qtbot, kiosk)
    yield "facilitator"
    kiosk.facilitator_screen.back.click()


def _in_scroll_area(widget: QWidget, top: QWidget) -> QScrollArea | None:
    """The innermost scroll area ``widget`` scrolls in, below ``top`` (the kiosk's own, round
    every page, is for large text only: at the normal size it must not scroll)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        inner = parent.widget() if isinstance(parent, QScrollArea) else None
        if inner is not None and inner.isAncestorOf(widget) and parent is not top.outer:
            return parent
        parent = parent.parentWidget()
    return None


def cut_off_texts(window: KioskWindow) -> list[str]:
    """What a person cannot read in full on ``window`` as painted now: a label whose text needs
    more room than it has (measured with its font), a button or field smaller than its text, or
    a control outside the window or hidden behind its parent's edge without a scroll bar to
    reach it. An empty list when everything on show can be read."""
    problems = []
    for bar in (window.outer.verticalScrollBar(), window.outer.horizontalScrollBar()):
        if bar.isVisible():
            problems.append("the page does not fit the window at the normal text size")
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 0 or isinstance(widget, QScrollBar):
            continue
        area = _in_scroll_area(widget, window)
        if area is None:
            shown = shown_part(widget, window)
            if shown != widget.size():  # cut by the window's or a parent's edge
                problems.append(f"{_name(widget)} is partly hidden ({shown} of {widget.size()})")
        else:
            inner, bar = area.widget(), area.verticalScrollBar()
            if inner.height() > area.viewport().height() and not bar.isVisible():
                problems.append(f"{_name(widget)} scrolls with no scroll bar to show it")
            sideways = area.horizontalScrollBar().isVisible()
            if inner.width() > area.viewport().width() + 1 and not sideways:
                problems.append(f"{_name(widget)} is wider than its scroll area")
        problems += _text_room(widget)
    return problems


def shown_part(widget: QWidget, top: QWidget) -> QSize:
    """How much of ``widget`` its parents, up to ``top``, leave on show (children paint only
    inside their parent)."""
    rect, child = widget.rect(), widget
    while child is not top and child.parentWidget() is not None:
        rect = rect.translated(child.pos()).intersected(child.parentWidget().rect())
        child = child.parentWidget()
    return rect.size()


def _text_room(widget: QWidget) -> list[str]:
    if isinstance(widget, QLabel) and widget.text():
        room = widget.contentsRect()
        if widget.wordWrap() or widget.textFormat() != Qt.TextFormat.PlainText:
            needed = widget.heightForWidth(room.width()) if widget.wordWrap() else -1
            if needed < 0:
                needed = widget.sizeHint().height()
            if needed > room.height() + 1:
                return [f"{_name(widget)} needs {needed} px of height, has {room.height()}"]
            return []
        metrics = QFontMetrics(widget.font())
        lines = widget.text().splitlines() or [""]
        wide = max(metrics.horizontalAdvance(line) for line in lines)
        tall = metrics.height() * len(lines)
        if wide > room.width() + 1 or tall > room.height() + 1:
            return [f"{_name(widget)} needs {wide}x{tall} px, has {room.width()}x{room.height()}"]
        return []
    if isinstance(widget, QPushButton) and QPushButton.text(widget):  # not a wrapping one's label
        hint, size = widget.sizeHint(), widget.size()
        if hint.width() > size.width() + 1 or hint.height() > size.height() + 1:
            return [f"{_name(widget)} needs {hint.width()}x{hint.height()}, has {size}"]
    if isinstance(widget, QLineEdit | QComboBox):
        hint, size = widget.minimumSizeHint(), widget.size()
        if hint.height() > size.height() + 1:
            return [f"{_name(widget)} needs {hint.height()} px of height, has {size.height()}"]
    return []


def _name(widget: QWidget) -> str:
    text = widget.text() if hasattr(widget, "text") and callable(widget.text) else ""
    return f"{type(widget).__name__} {text[:40]!r}"


def settle(qtbot) -> None:
    """Let the kiosk finish laying out and painting (posted layout requests, 0 ms timers) even
    on a busy machine, before what is on screen is measured."""
    for _ in range(4):
        QApplication.processEvents()
        qtbot.wait(10)
