"""The participant's screens, layout only: name, welcome back, question, review, done, hand-on.

The flow between them (and every rule) lives in window.py, the words about an attempt in
attempt_text.py; these widgets expose their buttons and fields as attributes and hold no state
of their own beyond what they show. The PIN and facilitator screens (facilitator.py) are built
from the same parts: ``Screen``, ``big_button``, ``wrapped``.

Sizes live in the style sheet (``style_sheet``), scaled with the window: a kiosk at 1024 x 768
at 150 % has 683 x 512 logical pixels, and everything must still fit or scroll. Every screen
works from the keyboard alone: Enter presses the focused button, else the screen's default
(``Screen.default``); Tab goes through the controls in reading order (a one-pick question's
options are one stop, the arrow keys move among them); the focus is a thick ring.
Each screen keeps its user-visible words in one place (a ``TEXT`` dict, whole sentences with
named blanks) so they can be handed to a translator as they are.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING, ClassVar

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from teachin.i18n import QT_TRANSLATE_NOOP, Texts
from teachin.theme import DEFAULT, Theme

if TYPE_CHECKING:  # type hints only (PySide builds a class's enums when it is first named)
    from PySide6.QtGui import QKeyEvent, QPaintEvent
    from PySide6.QtWidgets import QLayout

    from teachin.ui.kiosk.answer_widgets import AnswerWidget

MARGINS = (64, 48)  # px around each screen at scale 1 (sideways, up and down)
SPACING = 24


def big_button(text: str, *, primary: bool = False) -> QPushButton:
    button = QPushButton(text)
    button.setProperty("role", "big")
    button.setProperty("primary", primary)
    return button


class MessageLabel(QLabel):
    """A line that takes no room while it has nothing to say (feedback, errors)."""

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        self.setText("")


def wrapped(text: str = "", *, role: str = "") -> QLabel:
    label = MessageLabel(text) if role in ("error", "feedback") else QLabel(text)
    if isinstance(label, MessageLabel):
        label.setVisible(bool(text))
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if role:
        label.setProperty("role", role)
    return label


class WrappingButton(QPushButton):
    """A button whose text wraps over as many lines as it needs (a long option, a question in
    the review): the text is a child label, and the button's accessible name is that text."""

    def __init__(self, text: str = "", *, rich: str = "") -> None:
        super().__init__()
        self.label = QLabel(rich or text)
        self.label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.label.setProperty("role", "inbutton")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(20, 12, 20, 12)
        layout.addWidget(self.label)
        self.setAccessibleName(text)
        # Style sheets do not restyle a child when its parent's :checked state changes.
        self.toggled.connect(self._restyle)

    def text(self) -> str:  # what is shown, for people and for tests alike
        return self.accessibleName()

    def _restyle(self, checked: bool) -> None:
        self.label.setProperty("checked", checked)
        self.label.style().unpolish(self.label)
        self.label.style().polish(self.label)


def scroll_area(widget: QWidget | None = None) -> QScrollArea:
    """A frameless scroll area that fits what it holds to its width (long text scrolls down);
    the focused control inside is scrolled into view (``follow_focus``)."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    if widget is not None:
        scroll.setWidget(widget)
    return scroll


def follow_focus(old: QWidget | None, new: QWidget | None) -> None:
    """QApplication.focusChanged: a control focused with Tab inside a scroll area is shown."""
    widget = new
    while widget is not None:
        parent = widget.parentWidget()
        if isinstance(parent, QWidget) and isinstance(parent.parentWidget(), QScrollArea):
            parent.parentWidget().ensureWidgetVisible(new, 8, 8)
            return
        widget = parent


def remove_buttons(layout: QLayout) -> None:
    """Empty a layout of the buttons shown for the last list (names, questions)."""
    while layout.count():
        item = layout.takeAt(0)
        if item.widget() is not None:
            item.widget().deleteLater()


def dropped(widget: QWidget) -> bool:
    """True for a widget whose deletion is pending (the ordering question's last buttons)."""
    return not shiboken6.isValid(widget) or widget.property("dropped") is True


def is_enter(event: QKeyEvent) -> bool:
    return event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class Screen(QWidget):
    """A full-window screen. Enter presses the focused push button, else ``default``."""

    default: QPushButton | None = None

    def __init__(self) -> None:
        super().__init__()
        self.layout_ = QVBoxLayout(self)
        self.set_scale(1.0)

    def set_scale(self, scale: float) -> None:
        side, ends = (round(m * scale) for m in MARGINS)
        self.layout_.setContentsMargins(side, ends, side, ends)
        self.layout_.setSpacing(round(SPACING * scale))

    def add_button_row(self, left: list[QWidget], right: list[QWidget]) -> QHBoxLayout:
        """The way on, at the foot of the screen: ``right`` pushed to the right edge."""
        row = QHBoxLayout()
        for button in left:
            row.addWidget(button)
        row.addStretch(1)
        for button in right:
            row.addWidget(button)
        self.layout_.addLayout(row)
        return row

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # A QPushButton outside a dialog ignores Enter: it arrives here (a line edit's too).
        if is_enter(event) and self.press_focused_or_default():
            return
        super().keyPressEvent(event)

    def press_focused_or_default(self) -> bool:
        focused = self.focusWidget()
        if isinstance(focused, QPushButton) and focused.isVisibleTo(self) and focused.isEnabled():
            focused.click()
            return True
        default = self.default
        if default is not None and default.isVisibleTo(self) and default.isEnabled():
            default.click()
            return True
        return False


class NameScreen(Screen):
    """Who is answering: type a name, or tap one from the facilitator's list; with personal
    codes on, the code too."""

    painted = Signal()  # the kiosk opens its database once this screen is on show
    TEXT: ClassVar[Texts] = Texts(
        "KioskScreens",
        {
            "prompt": QT_TRANSLATE_NOOP(
                "KioskScreens", "Type your first name or a nickname, then press Start."
            ),
            "name": QT_TRANSLATE_NOOP("KioskScreens", "Your name"),
            "code_prompt": QT_TRANSLATE_NOOP(
                "KioskScreens", "Your personal code (chosen the first time, needed to come back):"
            ),
            "code": QT_TRANSLATE_NOOP("KioskScreens", "Your personal code"),
            "start": QT_TRANSLATE_NOOP("KioskScreens", "Start"),
            "facilitator": QT_TRANSLATE_NOOP("KioskScreens", "Facilitator"),
            "keys": QT_TRANSLATE_NOOP(
                "KioskScreens",
                "Ctrl + and Ctrl − change the text size, Ctrl+H switches high contrast.",
            ),
        },
        QCoreApplication.translate,
    )

    def __init__(self) -> None:
        super().__init__()
        t = self.TEXT
        self.title = wrapped(role="title")
        self.prompt = wrapped(t["prompt"])
        self.edit = QLineEdit()
        self.edit.setMaxLength(40)
        self.edit.setPlaceholderText(t["name"])
        self.edit.setAccessibleName(t["name"])
        self.code_prompt = wrapped(t["code_prompt"])
        self.code = QLineEdit()
        self.code.setMaxLength(12)
        self.code.setEchoMode(QLineEdit.EchoMode.Password)
        self.code.setPlaceholderText(t["code"])
        self.code.setAccessibleName(t["code"])
        self.names = QWidget()
        self.names_layout = QGridLayout(self.names)
        self.names_layout.setContentsMargins(0, 0, 0, 0)
        self.names_layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.names.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.message = wrapped(role="error")
        self.start = self.default = big_button(t["start"], primary=True)
        self.start.setAccessibleName(t["start"])
        self.facilitator = QPushButton(t["facilitator"])
        self.facilitator.setProperty("role", "quiet")
        self.keys = wrapped(t["keys"], role="hint")
        for widget in (self.title, self.prompt, self.edit, self.code_prompt, self.code):
            self.layout_.addWidget(widget)
        self.layout_.addWidget(self.message)
        # The facilitator's names take the room left, and scroll where a laptop has too little.
        self.names_scroll = scroll_area(self.names)
        self.names_scroll.setMinimumHeight(48)  # a row of names at least, scrolled
        self.layout_.addWidget(self.names_scroll, 1)
        row = QHBoxLayout()
        row.addWidget(self.facilitator, 0, Qt.AlignmentFlag.AlignBottom)
        row.addWidget(self.keys, 1, Qt.AlignmentFlag.AlignBottom)  # beside: a line saved
        row.addWidget(self.start)
        self.layout_.addLayout(row)
        self.show_code(False)

    def show_code(self, on: bool) -> None:
        self.code_prompt.setVisible(on)
        self.code.setVisible(on)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self.painted.emit()

    def show_names(self, names: list[str], pick) -> None:
        """Buttons for the facilitator's list of names (tapping one fills the field)."""
        remove_buttons(self.names_layout)
        previous: QWidget = self.code if self.code.isVisibleTo(self) else self.edit
        for index, name in enumerate(names):
            button = QPushButton(name)
            button.setProperty("role", "name")
            # Their full height, always: the names scroll rather than squeeze.
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _=False, n=name: pick(n))
            self.names_layout.addWidget(button, index // 4, index % 4)
            QWidget.setTabOrder(previous, button)
            previous = button
        QWidget.setTabOrder(previous, self.start)
        self.names.setVisible(bool(names))


class WelcomeBackScreen(Screen):
    """The name typed has an unfinished attempt: is this the same person? Says when it began and
    how far it got, never what was answered. Enter presses the focused button (there is no
    default: neither answer may be given by a hurried Enter), Esc goes back."""

    back = Signal()  # Esc
    TEXT: ClassVar[Texts] = Texts(
        "KioskScreens",
        {
            "title": QT_TRANSLATE_NOOP("KioskScreens", "Welcome back"),
            "yes": QT_TRANSLATE_NOOP("KioskScreens", "Yes, carry on"),
            "no": QT_TRANSLATE_NOOP("KioskScreens", "No, I'm someone else"),
        },
        QCoreApplication.translate,
    )

    def __init__(self) -> None:
        super().__init__()
        t = self.TEXT
        self.layout_.addStretch(1)
        self.title = wrapped(t["title"], role="title")
        self.text = wrapped(role="question")
        self.note = wrapped(role="muted")  # the time limit, when there is one
        for widget in (self.title, self.text, self.note):
            self.layout_.addWidget(widget)
        self.buttons = QWidget()
        row = QHBoxLayout(self.buttons)
        row.setContentsMargins(0, 0, 0, 0)
        self.yes = big_button(t["yes"])
        self.no = big_button(t["no"])
        for button in (self.yes, self.no):  # equal: neither looks like the default answer
            button.setProperty("role", "large")
            row.addWidget(button)
        row.addStretch(1)
        self.layout_.addWidget(self.buttons)
        self.layout_.addStretch(2)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.back.emit()
            return
        super().keyPressEvent(event)


class QuestionScreen(Screen):
    """One question: progress, the text, the answer widget, feedback, and the way on.
    Digits 1-9 pick an option (scrolled into view), Enter presses the focused button or Next."""

    TEXT: ClassVar[Texts] = Texts(
        "KioskScreens",
        {
            "back": QT_TRANSLATE_NOOP("KioskScreens", "◀ Back"),
            "skip": QT_TRANSLATE_NOOP("KioskScreens", "Skip"),
            "next": QT_TRANSLATE_NOOP("KioskScreens", "Next ▶"),
            "check": QT_TRANSLATE_NOOP("KioskScreens", "Check answers ▶"),
        },
        QCoreApplication.translate,
    )

    def __init__(self) -> None:
        super().__init__()
        t = self.TEXT
        header = QHBoxLayout()
        self.progress_label = wrapped(role="muted")
        self.timer_label = wrapped(role="muted")
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        header.addWidget(self.progress_label)
        header.addWidget(self.timer_label)
        self.layout_.addLayout(header)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(12)
        self.layout_.addWidget(self.progress)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setProperty("role", "question")
        self.text.setTextFormat(Qt.TextFormat.MarkdownText)
        self.scroll = scroll_area()
        self.layout_.addWidget(self.scroll, 1)
        self.feedback = wrapped(role="feedback")
        self.message = wrapped(role="error")
        self.layout_.addWidget(self.feedback)
        self.layout_.addWidget(self.message)
        self.back = big_button(t["back"])
        self.skip = big_button(t["skip"])
        self.next = self.default = big_button(t["next"], primary=True)
        self.add_button_row([self.back], [self.skip, self.next])
        self.answer: AnswerWidget | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Keys a text field takes (digits typed into a number) never reach here."""
        key = event.key()
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_9 and self.answer is not None:
            picked = self.answer.pick_number(key - Qt.Key.Key_0)
            if picked is not None:  # shown once laid out anew (its mark may rewrap it)
                QTimer.singleShot(0, lambda: self._show(picked))
                return
        super().keyPressEvent(event)

    def _show(self, option: QWidget) -> None:
        if shiboken6.isValid(option):  # not if the question changed meanwhile
            self.scroll.ensureWidgetVisible(option, 8, 8)

    def set_answer_widget(self, widget: AnswerWidget) -> None:
        """The question's text and its answer scroll together: a long question and six options
        at 683 x 512 still reach every option."""
        self.text.setParent(None)  # kept: only the last question's page and answer go
        old = self.scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        self.answer = widget
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        layout.addWidget(widget, 1)
        self.scroll.setWidget(page)
        self.text.show()
        widget.changed.connect(self.chain_tabs)  # an ordering question rebuilds its buttons
        self.chain_tabs()

    def chain_tabs(self) -> None:
        """Tab goes through the answer's controls top to bottom (the order they are made in),
        then Back, Skip and Next."""
        controls = [
            w
            for w in self.answer.findChildren(QWidget)
            if w.focusPolicy() & Qt.FocusPolicy.TabFocus
            and not dropped(w)
            and w.window() is self.window()  # not a drop-down's own pop-up list
        ]
        chain = [*controls, self.back, self.skip, self.next]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)


class ReviewScreen(Screen):
    """Every question in full with its state; tap one (or Tab to it and press Enter) to go back
    to it, or hand the answers in."""

    TEXT: ClassVar[Texts] = Texts(
        "KioskScreens",
        {
            "title": QT_TRANSLATE_NOOP("KioskScreens", "Check your answers"),
            "answered": QT_TRANSLATE_NOOP("KioskScreens", "{number}. ✓ Answered:\n{question}"),
            "open": QT_TRANSLATE_NOOP("KioskScreens", "{number}. ○ Not answered yet:\n{question}"),
            "hand_in": QT_TRANSLATE_NOOP("KioskScreens", "Hand in my answers"),
            "anyway": QT_TRANSLATE_NOOP("KioskScreens", "Hand in anyway"),
        },
        QCoreApplication.translate,
    )

    def __init__(self) -> None:
        super().__init__()
        self.title = wrapped(self.TEXT["title"], role="title")
        self.layout_.addWidget(self.title)
        self.list = QWidget()
        self.list_layout = QVBoxLayout(self.list)
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.scroll = scroll_area(self.list)
        self.layout_.addWidget(self.scroll, 1)
        self.message = wrapped(role="error")
        self.layout_.addWidget(self.message)
        self.submit = self.default = big_button(self.TEXT["hand_in"], primary=True)
        self.add_button_row([], [self.submit])
        self.items: list[WrappingButton] = []

    def show_items(self, rows: list[tuple[int, str, bool]], go) -> None:
        """``rows``: (position, question text, answered) in shown order; ``go(position)`` on a
        tap."""
        remove_buttons(self.list_layout)
        self.items = []
        for position, text, answered in rows:
            words = self.TEXT["answered" if answered else "open"]
            button = WrappingButton(words.format(number=position + 1, question=text))
            button.setProperty("role", "row")
            button.clicked.connect(lambda _=False, p=position: go(p))
            self.list_layout.addWidget(button)
            self.items.append(button)
        self.list_layout.addStretch(1)


class DoneScreen(Screen):
    """The end of one person's turn: thanks, and each question with the answer given, the right
    one and where in the deck to look, where the quiz shows them."""

    TEXT: ClassVar[Texts] = Texts(
        "KioskScreens",
        {"finish": QT_TRANSLATE_NOOP("KioskScreens", "Finish and hand the laptop on")},
        QCoreApplication.translate,
    )

    def __init__(self) -> None:
        super().__init__()
        self.title = wrapped(role="title")
        self.summary = QLabel()
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.MarkdownText)
        self.layout_.addWidget(self.title)
        self.scroll = scroll_area(self.summary)
        self.layout_.addWidget(self.scroll, 1)
        self.finish = self.default = big_button(self.TEXT["finish"], primary=True)
        self.add_button_row([], [self.finish])


class HandOnScreen(Screen):
    """Shown between people: nothing of the last person's turn is left on screen."""

    TEXT: ClassVar[Texts] = Texts(
        "KioskScreens",
        {
            "title": QT_TRANSLATE_NOOP(
                "KioskScreens", "Please pass the laptop to the next person."
            ),
            "start": QT_TRANSLATE_NOOP("KioskScreens", "I am the next person — start"),
            "facilitator": QT_TRANSLATE_NOOP("KioskScreens", "Facilitator"),
        },
        QCoreApplication.translate,
    )

    def __init__(self) -> None:
        super().__init__()
        t = self.TEXT
        self.layout_.addStretch(1)
        self.title = wrapped(t["title"], role="title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.layout_.addWidget(self.title)
        self.start = self.default = big_button(t["start"], primary=True)
        self.layout_.addWidget(self.start, 0, Qt.AlignmentFlag.AlignCenter)
        self.layout_.addStretch(1)
        self.facilitator = QPushButton(t["facilitator"])
        self.facilitator.setProperty("role", "quiet")
        self.layout_.addWidget(self.facilitator, 0, Qt.AlignmentFlag.AlignLeft)


def fit_scale(width: int, height: int, zoom: float = 1.0) -> float:
    """How much bigger or smaller than its design size (24 px text on 1024 x 720) the kiosk is
    drawn in a window of ``width`` x ``height`` logical pixels, with the participant's text
    size ``zoom``: smaller windows (1366 x 768 at 125 %, 1024 x 768 at 150 %) get smaller type
    so that nothing is cut; the participant's zoom goes on top (the screens then scroll)."""
    return round(min(1.0, width / 1024, height / 720) * zoom, 2)


def style_sheet(theme: Theme = DEFAULT, scale: float = 1.0) -> str:
    def px(size: float) -> str:
        return f"{max(1, round(size * scale))}px"

    # A focused control has a thick ring where others have a thin border; the padding makes up
    # the difference exactly (after rounding), so it keeps its size and its text is never cut.
    edge, ring = max(1, round(2 * scale)), max(2, round(5 * scale))
    button_v, button_h, field_v, field_h = (round(n * scale) for n in (13, 25, 11, 17))

    def pad(vertical: int, sideways: int, border: int) -> str:
        return f"padding: {vertical - border}px {sideways - border}px"

    light = theme.background.upper() != "#000000"
    field = "white" if light else theme.background
    on_checked = "white" if light else theme.background
    checked = theme.accent2 if light else theme.foreground
    disabled = "#999" if light else "#9A9A9A"
    return f"""/* # untranslated: a Qt style sheet, no words a user reads */
    QWidget {{ background: {theme.background}; color: {theme.foreground};
               font-family: "{theme.font_family}"; font-size: {px(24)}; }}
    QLabel[role="title"] {{ font-size: {px(40)}; font-weight: bold; }}
    QLabel[role="question"] {{ font-size: {px(32)}; }}
    QLabel[role="muted"] {{ color: {theme.muted}; }}
    QLabel[role="hint"] {{ color: {theme.muted}; font-size: {px(18)}; }}
    QLabel[role="error"] {{ color: {theme.accent}; font-weight: bold; }}
    QLabel[role="feedback"] {{ color: {theme.accent2}; }}
    QLabel[role="inbutton"] {{ background: transparent; }}
    QLabel[role="inbutton"][checked="true"] {{ color: {on_checked}; font-weight: bold; }}
    QPushButton {{ border: {edge}px solid {theme.muted}; border-radius: {px(10)};
                   {pad(button_v, button_h, edge)}; background: {field};
                   min-height: {px(30)}; }}
    QPushButton[role="big"], QPushButton[role="large"] {{ min-height: {px(40)};
                   min-width: {px(160)}; }}
    QPushButton[role="large"] {{ font-size: {px(30)}; }}
    QPushButton:checked {{ background: {checked}; color: {on_checked}; border-color: {checked}; }}
    QPushButton:focus {{ border: {ring}px solid {theme.accent}; {pad(button_v, button_h, ring)}; }}
    QPushButton[primary="true"] {{ background: {theme.accent}; color: {on_checked};
                                   border: {edge}px solid {theme.accent}; font-weight: bold; }}
    QPushButton[primary="true"]:focus {{ border: {ring}px solid {theme.foreground}; }}
    QPushButton[role="quiet"] {{ border: {edge}px solid transparent; color: {theme.muted};
                                 font-size: {px(18)}; background: transparent;
                                 min-height: {px(20)}; }}
    QPushButton[role="quiet"]:focus {{ border: {ring}px solid {theme.accent}; }}
    QPushButton[role="row"], QPushButton[role="choice"] {{ text-align: left; }}
    QPushButton:disabled {{ color: {disabled}; border-color: {theme.grid}; }}
    QPushButton[primary="true"]:disabled {{ background: {theme.grid}; color: {theme.muted}; }}
    QLineEdit, QPlainTextEdit, QComboBox {{ border: {edge}px solid {theme.muted};
                   border-radius: {px(8)}; {pad(field_v, field_h, edge)}; background: {field}; }}
    QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus {{
                   border: {ring}px solid {theme.accent}; {pad(field_v, field_h, ring)}; }}
    QComboBox QAbstractItemView {{ background: {field}; selection-background-color: {checked};
                   selection-color: {on_checked}; }}
    QCheckBox {{ spacing: {px(12)}; }}
    QCheckBox::indicator {{ width: {px(28)}; height: {px(28)}; }}
    QCheckBox:focus {{ outline: {px(3)} solid {theme.accent}; border: {px(3)} solid
                   {theme.accent}; }}
    QTabBar::tab {{ padding: {px(8)} {px(20)}; border: {px(2)} solid {theme.grid}; }}
    QTabBar::tab:selected {{ border-bottom: {px(5)} solid {theme.accent}; font-weight: bold; }}
    QTabBar::tab:focus {{ border: {px(4)} solid {theme.accent}; }}
    QProgressBar {{ border: none; background: {theme.grid}; }}
    QProgressBar::chunk {{ background: {theme.accent2}; }}
    QScrollBar:vertical {{ width: {px(18)}; background: {theme.grid}; }}
    QScrollBar::handle:vertical {{ background: {theme.muted}; min-height: {px(40)};
                   border-radius: {px(6)}; }}
    """
