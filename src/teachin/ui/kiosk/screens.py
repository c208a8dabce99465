"""The participant's screens, layout only: name, welcome back, question, review, done, hand-on.

The flow between them (and every rule) lives in kiosk.py, the words about an attempt in
kiosk_attempt_text.py; these widgets expose their buttons and fields as attributes and hold no
state of their own beyond what they show. The PIN and facilitator screens (facilitator.py) are
built from the same parts: ``Screen``, ``big_button``, ``wrapped``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
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

from teachin.theme import DEFAULT, Theme
from teachin.ui.kiosk.answer_widgets import TARGET_HEIGHT

if TYPE_CHECKING:  # type hints only (PySide builds a class's enums when it is first named)
    from PySide6.QtGui import QKeyEvent, QPaintEvent
    from PySide6.QtWidgets import QLayout

    from teachin.ui.kiosk.answer_widgets import AnswerWidget


def big_button(text: str, *, primary: bool = False) -> QPushButton:
    button = QPushButton(text)
    button.setMinimumHeight(TARGET_HEIGHT)
    button.setMinimumWidth(200)
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


def scroll_area(widget: QWidget | None = None) -> QScrollArea:
    """A frameless scroll area that fits what it holds to its width (long text scrolls down)."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    if widget is not None:
        scroll.setWidget(widget)
    return scroll


def remove_buttons(layout: QLayout) -> None:
    """Empty a layout of the buttons shown for the last list (names, questions)."""
    while layout.count():
        layout.takeAt(0).widget().deleteLater()


class Screen(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(64, 48, 64, 48)
        self.layout_.setSpacing(24)

    def add_button_row(self, left: list[QWidget], right: list[QWidget]) -> None:
        """The way on, at the foot of the screen: ``right`` pushed to the right edge."""
        row = QHBoxLayout()
        for button in left:
            row.addWidget(button)
        row.addStretch(1)
        for button in right:
            row.addWidget(button)
        self.layout_.addLayout(row)


class NameScreen(Screen):
    """Who is answering: type a name, or tap one from the facilitator's list."""

    painted = Signal()  # the kiosk opens its database once this screen is on show

    def __init__(self) -> None:
        super().__init__()
        self.title = wrapped(role="title")
        self.prompt = wrapped("Type your first name or a nickname, then press Start.")
        self.edit = QLineEdit()
        self.edit.setMinimumHeight(TARGET_HEIGHT)
        self.edit.setMaxLength(40)
        self.edit.setPlaceholderText("Your name")
        self.names = QWidget()
        self.names_layout = QGridLayout(self.names)
        self.message = wrapped(role="error")
        self.start = big_button("Start", primary=True)
        self.facilitator = QPushButton("Facilitator")
        self.facilitator.setProperty("role", "quiet")
        for widget in (self.title, self.prompt, self.edit, self.names, self.message):
            self.layout_.addWidget(widget)
        self.layout_.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.facilitator, 0, Qt.AlignmentFlag.AlignBottom)
        row.addStretch(1)
        row.addWidget(self.start)
        self.layout_.addLayout(row)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self.painted.emit()

    def show_names(self, names: list[str], pick) -> None:
        """Buttons for the facilitator's list of names (tapping one fills the field)."""
        remove_buttons(self.names_layout)
        for index, name in enumerate(names):
            button = QPushButton(name)
            button.setMinimumHeight(TARGET_HEIGHT - 16)
            button.clicked.connect(lambda _=False, n=name: pick(n))
            self.names_layout.addWidget(button, index // 4, index % 4)
        self.names.setVisible(bool(names))


class WelcomeBackScreen(Screen):
    """The name typed has an unfinished attempt: is this the same person? Says when it began and
    how far it got, never what was answered. Enter presses the focused button, Esc goes back."""

    back = Signal()  # Esc

    def __init__(self) -> None:
        super().__init__()
        self.layout_.addStretch(1)
        self.title = wrapped("Welcome back", role="title")
        self.text = wrapped(role="question")
        self.note = wrapped(role="muted")  # the time limit, when there is one
        for widget in (self.title, self.text, self.note):
            self.layout_.addWidget(widget)
        row = QHBoxLayout()
        row.setSpacing(32)
        self.yes = big_button("Yes, carry on")
        self.no = big_button("No, I'm someone else")
        for button in (self.yes, self.no):  # equal: neither looks like the default answer
            button.setMinimumSize(420, TARGET_HEIGHT + 24)
            button.setProperty("role", "large")
            row.addWidget(button)
        row.addStretch(1)
        self.layout_.addSpacing(24)
        self.layout_.addLayout(row)
        self.layout_.addStretch(2)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # A QPushButton outside a dialog ignores Enter: it arrives here.
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.focusWidget() in (
            self.yes,
            self.no,
        ):
            self.focusWidget().click()
            return
        if key == Qt.Key.Key_Escape:
            self.back.emit()
            return
        super().keyPressEvent(event)


class QuestionScreen(Screen):
    """One question: progress, the text, the answer widget, feedback, and the way on."""

    def __init__(self) -> None:
        super().__init__()
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
        self.layout_.addWidget(self.text)
        self.scroll = scroll_area()
        self.layout_.addWidget(self.scroll, 1)
        self.feedback = wrapped(role="feedback")
        self.message = wrapped(role="error")
        self.layout_.addWidget(self.feedback)
        self.layout_.addWidget(self.message)
        self.back = big_button("◀ Back")
        self.skip = big_button("Skip")
        self.next = big_button("Next ▶", primary=True)
        self.add_button_row([self.back], [self.skip, self.next])
        self.answer: AnswerWidget | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Keyboard alone: 1-9 pick an option, Enter goes on. Keys a text field takes (digits
        typed into a number) never reach here; a name field's Enter never does either."""
        key = event.key()
        is_digit = Qt.Key.Key_1 <= key <= Qt.Key.Key_9
        if is_digit and self.answer is not None and self.answer.pick_number(key - Qt.Key.Key_0):
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.next.isEnabled():
            self.next.click()
            return
        super().keyPressEvent(event)

    def set_answer_widget(self, widget: AnswerWidget) -> None:
        old = self.scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        self.answer = widget
        self.scroll.setWidget(widget)


class ReviewScreen(Screen):
    """Every question with its state; tap one to go back to it, or hand the answers in."""

    def __init__(self) -> None:
        super().__init__()
        self.title = wrapped("Check your answers", role="title")
        self.layout_.addWidget(self.title)
        self.list = QWidget()
        self.list_layout = QVBoxLayout(self.list)
        self.layout_.addWidget(scroll_area(self.list), 1)
        self.message = wrapped(role="error")
        self.layout_.addWidget(self.message)
        self.submit = big_button("Hand in my answers", primary=True)
        self.add_button_row([], [self.submit])
        self.items: list[QPushButton] = []

    def show_items(self, rows: list[tuple[str, bool]], go) -> None:
        """``rows``: (question text, answered) in shown order; ``go(position)`` on a tap."""
        remove_buttons(self.list_layout)
        self.items = []
        for position, (text, answered) in enumerate(rows):
            mark = "✓ answered" if answered else "○ not answered"
            short = text if len(text) <= 60 else text[:57] + "…"
            button = QPushButton(f"{position + 1}.  {short}   —   {mark}")
            button.setMinimumHeight(TARGET_HEIGHT - 16)
            # Fit the width given: a long question is cut, never a sideways scroll.
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            button.setProperty("role", "row")
            button.clicked.connect(lambda _=False, p=position: go(p))
            self.list_layout.addWidget(button)
            self.items.append(button)


class DoneScreen(Screen):
    """The end of one person's turn: thanks, and the score where the quiz shows it."""

    def __init__(self) -> None:
        super().__init__()
        self.title = wrapped(role="title")
        self.summary = QLabel()
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.MarkdownText)
        self.layout_.addWidget(self.title)
        self.layout_.addWidget(scroll_area(self.summary), 1)
        self.finish = big_button("Finish and hand the laptop on", primary=True)
        self.add_button_row([], [self.finish])


class HandOnScreen(Screen):
    """Shown between people: nothing of the last person's turn is left on screen."""

    def __init__(self) -> None:
        super().__init__()
        self.layout_.addStretch(1)
        self.title = wrapped("Please pass the laptop to the next person.", role="title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.layout_.addWidget(self.title)
        self.start = big_button("I am the next person — start", primary=True)
        self.start.setMinimumWidth(520)
        self.layout_.addWidget(self.start, 0, Qt.AlignmentFlag.AlignCenter)
        self.layout_.addStretch(1)
        self.facilitator = QPushButton("Facilitator")
        self.facilitator.setProperty("role", "quiet")
        self.layout_.addWidget(self.facilitator, 0, Qt.AlignmentFlag.AlignLeft)


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
    QPushButton[role="large"] {{ font-size: 30px; }}
    QPushButton:disabled {{ color: #999; border-color: #ccc; }}
    QPushButton[primary="true"]:disabled {{ background: {theme.grid}; color: {theme.muted}; }}
    QLineEdit, QPlainTextEdit, QComboBox {{ border: 2px solid {theme.muted}; border-radius: 8px;
                   padding: 6px 12px; background: white; }}
    QProgressBar {{ border: none; background: {theme.grid}; }}
    QProgressBar::chunk {{ background: {theme.accent2}; }}
    """
