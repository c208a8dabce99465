"""One input widget per question kind, with big targets for touch, mouse or keyboard alone.

Each widget shows a question's options in the attempt's order and gives back the *raw* value
the engine's ``normalize`` expects (indexes into the question's own lists, never the shown
positions), so what is stored does not depend on the shuffle.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:  # type hints only: kept off the kiosk's path to its first paint
    from teachin.content.gift import Question
    from teachin.quiz import Response

TARGET_HEIGHT = 64  # px: comfortably more than a fingertip


class AnswerWidget(QWidget):
    """Base: ``value()`` gives the raw answer (raises ValueError with a message to show),
    ``set_value()`` shows a stored response, ``changed`` fires on every edit and
    ``chosen`` when a single tap already is the whole answer (so it can be saved at once)."""

    changed = Signal()
    chosen = Signal()

    def value(self) -> object:
        return None

    def set_value(self, response: Response) -> None:
        pass

    def pick_number(self, number: int) -> bool:
        """Keyboard shortcut: choose the n-th shown option (1-based); False if not applicable."""
        return False


class ChoiceButton(QPushButton):
    """A checkable button whose text wraps, so long options stay readable."""

    def __init__(self, number: int, text: str) -> None:
        super().__init__()
        self.setCheckable(True)
        self.setMinimumHeight(TARGET_HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.label = QLabel(f"<b>{number}</b>&nbsp;&nbsp;{_escape(text)}")
        self.label.setWordWrap(True)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(20, 12, 20, 12)
        layout.addWidget(self.label)
        # Style sheets do not restyle a child when its parent's :checked state changes.
        self.toggled.connect(self._restyle)

    def _restyle(self, checked: bool) -> None:
        self.label.setStyleSheet("color: white; background: transparent;" if checked else "")

    def sizeHint(self):
        hint = self.label.sizeHint()
        hint.setHeight(max(TARGET_HEIGHT, hint.height() + 24))
        return hint


class ChoiceAnswer(AnswerWidget):
    """single, truefalse, poll (one pick) and multiple (any picks)."""

    def __init__(self, question: Question, order: tuple[int, ...]) -> None:
        super().__init__()
        self.multiple = question.kind == "multiple"
        self.order = order
        self.group = QButtonGroup(self)
        self.group.setExclusive(not self.multiple)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.setContentsMargins(0, 0, 0, 0)
        if self.multiple:
            layout.addWidget(QLabel("Choose every answer that fits."))
        self.buttons: list[ChoiceButton] = []
        for shown, index in enumerate(order, start=1):
            button = ChoiceButton(shown, question.choices[index].text)
            self.group.addButton(button, index)
            self.buttons.append(button)
            layout.addWidget(button)
        layout.addStretch(1)
        self.group.idClicked.connect(self._clicked)

    def _clicked(self, _index: int) -> None:
        self.changed.emit()
        if not self.multiple:
            self.chosen.emit()

    def value(self) -> object:
        picked = [self.group.id(b) for b in self.buttons if b.isChecked()]
        if self.multiple:
            return picked
        return picked[0] if picked else None

    def set_value(self, response: Response) -> None:
        wanted = set(response) if isinstance(response, list) else {response}
        for button in self.buttons:
            button.setChecked(self.group.id(button) in wanted)

    def pick_number(self, number: int) -> bool:
        if not 1 <= number <= len(self.buttons):
            return False
        self.buttons[number - 1].click()
        return True


class TextAnswer(AnswerWidget):
    """short answer: one line."""

    def __init__(self, question: Question) -> None:
        super().__init__()
        self.edit = QLineEdit()
        self.edit.setMinimumHeight(TARGET_HEIGHT)
        self.edit.setPlaceholderText("Type your answer")
        self.edit.textChanged.connect(self.changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit)
        layout.addStretch(1)
        self.setFocusProxy(self.edit)

    def value(self) -> object:
        return self.edit.text()

    def set_value(self, response: Response) -> None:
        self.edit.setText(response if isinstance(response, str) else "")


class NumberAnswer(TextAnswer):
    """numeric: typed as people type numbers (250 000, 2,5, 40%)."""

    def __init__(self, question: Question) -> None:
        super().__init__(question)
        self.edit.setPlaceholderText("Type a number, for example 250 or 2.5")

    def value(self) -> object:
        text = self.edit.text().strip()
        if not text:
            return None
        from teachin.quiz import parse_number  # the engine is loaded once a quiz is

        number = parse_number(text)
        if number is None:
            raise ValueError(f"“{text}” is not a number. Type digits, for example 250 or 2.5.")
        return number

    def set_value(self, response: Response) -> None:
        self.edit.setText("" if response is None else f"{response:g}")


class EssayAnswer(AnswerWidget):
    """free reflection: several lines, never scored."""

    def __init__(self, question: Question) -> None:
        super().__init__()
        self.edit = QPlainTextEdit()
        self.edit.setPlaceholderText("Write a few words or sentences")
        self.edit.setMinimumHeight(3 * TARGET_HEIGHT)
        self.edit.setTabChangesFocus(True)
        self.edit.textChanged.connect(self.changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit)
        self.setFocusProxy(self.edit)

    def value(self) -> object:
        return self.edit.toPlainText()

    def set_value(self, response: Response) -> None:
        self.edit.setPlainText(response if isinstance(response, str) else "")


class MatchingAnswer(AnswerWidget):
    """matching: one drop-down per left-hand side."""

    def __init__(self, question: Question) -> None:
        super().__init__()
        layout = QGridLayout(self)
        layout.setVerticalSpacing(14)
        self.boxes: list[QComboBox] = []
        for row, prompt in enumerate(question.match_prompts):
            label = QLabel(_escape(prompt))
            label.setWordWrap(True)
            box = QComboBox()
            box.setMinimumHeight(TARGET_HEIGHT)
            box.addItem("— choose —", None)
            for index, option in enumerate(question.match_options):
                box.addItem(option, index)
            box.currentIndexChanged.connect(self.changed)
            layout.addWidget(label, row, 0)
            layout.addWidget(box, row, 1)
            self.boxes.append(box)
        layout.setColumnStretch(0, 1)
        layout.setColumnStretch(1, 1)

    def value(self) -> object:
        return [box.currentData() for box in self.boxes]

    def set_value(self, response: Response) -> None:
        picks = response if isinstance(response, list) else [None] * len(self.boxes)
        for box, pick in zip(self.boxes, picks, strict=False):
            box.setCurrentIndex(0 if pick is None else box.findData(pick))


class OrderingAnswer(AnswerWidget):
    """ordering: big Up/Down buttons beside each item (no fiddly dragging)."""

    def __init__(self, question: Question, order: tuple[int, ...]) -> None:
        super().__init__()
        self.question = question
        self.items = list(order)
        self.grid = QGridLayout(self)
        self.grid.setVerticalSpacing(10)
        self._build()

    def _build(self) -> None:
        while self.grid.count():
            widget = self.grid.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        for row, index in enumerate(self.items):
            label = QLabel(
                f"<b>{row + 1}</b>&nbsp;&nbsp;{_escape(self.question.choices[index].text)}"
            )
            label.setWordWrap(True)
            self.grid.addWidget(label, row, 0)
            for column, (text, step) in enumerate((("▲ Up", -1), ("▼ Down", 1)), start=1):
                button = QPushButton(text)
                button.setMinimumHeight(TARGET_HEIGHT - 16)
                button.setEnabled(0 <= row + step < len(self.items))
                button.clicked.connect(lambda _=False, r=row, s=step: self.move(r, s))
                self.grid.addWidget(button, row, column)
        self.grid.setColumnStretch(0, 1)

    def move(self, row: int, step: int) -> None:
        other = row + step
        self.items[row], self.items[other] = self.items[other], self.items[row]
        self._build()
        self.changed.emit()

    def value(self) -> object:
        return list(self.items)

    def set_value(self, response: Response) -> None:
        if isinstance(response, list) and sorted(response) == sorted(self.items):
            self.items = list(response)
            self._build()


def answer_widget_for(question: Question, order: tuple[int, ...]) -> AnswerWidget:
    kind = question.kind
    if kind in ("single", "multiple", "truefalse", "poll"):
        return ChoiceAnswer(question, order)
    if kind == "numeric":
        return NumberAnswer(question)
    if kind == "short":
        return TextAnswer(question)
    if kind == "essay":
        return EssayAnswer(question)
    if kind == "matching":
        return MatchingAnswer(question)
    if kind == "ordering":
        return OrderingAnswer(question, order)
    return AnswerWidget()  # description: nothing to answer


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
