"""One input widget per question kind, with big targets for touch, mouse or keyboard alone.

Each widget shows a question's options in the attempt's order and gives back the *raw* value
the engine's ``normalize`` expects (indexes into the question's own lists, never the shown
positions), so what is stored does not depend on the shuffle. Every control has an accessible
name a screen reader announces (the option's text, "Move … up"), and a chosen option is marked
with ✓ as well as by colour.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from teachin.content.room_chart import choice_words
from teachin.i18n import QT_TRANSLATE_NOOP, Texts, number_text
from teachin.ui.kiosk.screens import WrappingButton

if TYPE_CHECKING:  # type hints only: kept off the kiosk's path to its first paint
    from teachin.content.gift import Question
    from teachin.quiz import Response

# Every word these widgets show, in one place (whole sentences with named blanks).
TEXT = Texts(
    "AnswerWidgets",
    {
        "choice": QT_TRANSLATE_NOOP("AnswerWidgets", "{number}  {text}"),
        "chosen": QT_TRANSLATE_NOOP("AnswerWidgets", "{number}  ✓ {text}"),
        "several": QT_TRANSLATE_NOOP("AnswerWidgets", "Choose every answer that fits."),
        "type": QT_TRANSLATE_NOOP("AnswerWidgets", "Type your answer"),
        "number": QT_TRANSLATE_NOOP("AnswerWidgets", "Type a number, for example 250 or 2.5"),
        "not_a_number": QT_TRANSLATE_NOOP(
            "AnswerWidgets", "“{text}” is not a number. Type digits, for example 250 or 2.5."
        ),
        "essay": QT_TRANSLATE_NOOP("AnswerWidgets", "Write a few words or sentences"),
        "pick": QT_TRANSLATE_NOOP("AnswerWidgets", "— choose —"),
        "match": QT_TRANSLATE_NOOP("AnswerWidgets", "Match for: {prompt}"),
        "item": QT_TRANSLATE_NOOP("AnswerWidgets", "{place}  {text}"),
        "up": QT_TRANSLATE_NOOP("AnswerWidgets", "▲ Up"),
        "down": QT_TRANSLATE_NOOP("AnswerWidgets", "▼ Down"),
        "move_up": QT_TRANSLATE_NOOP("AnswerWidgets", "Move “{text}” up"),
        "move_down": QT_TRANSLATE_NOOP("AnswerWidgets", "Move “{text}” down"),
    },
    QCoreApplication.translate,
)


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

    def pick_number(self, number: int) -> QWidget | None:
        """Keyboard shortcut: choose the n-th shown option (1-based); the option's widget (to
        scroll into view), or None if there is no such option."""
        return None


class ChoiceButton(WrappingButton):
    """A checkable option whose text wraps; chosen, it reads "✓" as well as changing colour."""

    def __init__(self, number: int, text: str) -> None:
        self.number, self.option = number, text
        super().__init__(TEXT["choice"].format(number=number, text=text))
        self.setCheckable(True)
        self.setProperty("role", "choice")
        self.toggled.connect(self._mark)

    def _mark(self, checked: bool) -> None:
        words = TEXT["chosen" if checked else "choice"].format(number=self.number, text=self.option)
        self.label.setText(words)
        self.setAccessibleName(words)


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
            layout.addWidget(QLabel(TEXT["several"]))
        self.buttons: list[ChoiceButton] = []
        for shown, index in enumerate(order, start=1):
            button = ChoiceButton(shown, choice_words(question.kind, question.choices[index].text))
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

    def pick_number(self, number: int) -> QWidget | None:
        if not 1 <= number <= len(self.buttons):
            return None
        button = self.buttons[number - 1]
        button.click()
        return button


class TextAnswer(AnswerWidget):
    """short answer: one line."""

    def __init__(self, question: Question, placeholder: str = TEXT["type"]) -> None:
        super().__init__()
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        self.edit.setAccessibleName(placeholder)
        self.edit.setAccessibleDescription(question.text)
        self.edit.textChanged.connect(self.changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
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
        super().__init__(question, TEXT["number"])

    def value(self) -> object:
        text = self.edit.text().strip()
        if not text:
            return None
        from teachin.quiz import parse_number  # the engine is loaded once a quiz is

        number = parse_number(text)
        if number is None:
            raise ValueError(TEXT["not_a_number"].format(text=text))
        return number

    def set_value(self, response: Response) -> None:
        self.edit.setText("" if not isinstance(response, float | int) else typed_back(response))


def typed_back(number: float) -> str:
    """A stored number put back in its field as the participant would type it: "2,5" in
    French, "1400000" (not 1.4e+06); as Python writes it where the local way would read back
    as another number (French "2,125" reads as 2125)."""
    from teachin.quiz import parse_number

    plain = f"{number:.15g}"
    local = number_text(plain)
    return local if parse_number(local) == number else plain


class EssayAnswer(AnswerWidget):
    """free reflection: several lines, never scored. Tab leaves it (Enter makes a new line)."""

    def __init__(self, question: Question) -> None:
        super().__init__()
        self.edit = QPlainTextEdit()
        self.edit.setPlaceholderText(TEXT["essay"])
        self.edit.setAccessibleName(TEXT["essay"])
        self.edit.setAccessibleDescription(question.text)
        self.edit.setMinimumHeight(150)
        self.edit.setTabChangesFocus(True)
        self.edit.textChanged.connect(self.changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        self.setFocusProxy(self.edit)

    def value(self) -> object:
        return self.edit.toPlainText()

    def set_value(self, response: Response) -> None:
        self.edit.setPlainText(response if isinstance(response, str) else "")


class MatchingAnswer(AnswerWidget):
    """matching: one drop-down per left-hand side (arrow keys change it without opening)."""

    def __init__(self, question: Question) -> None:
        super().__init__()
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setVerticalSpacing(14)
        self.boxes: list[QComboBox] = []
        for row, prompt in enumerate(question.match_prompts):
            label = QLabel(prompt)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            box = QComboBox()
            box.setAccessibleName(TEXT["match"].format(prompt=prompt))
            box.addItem(TEXT["pick"], None)
            for index, option in enumerate(question.match_options):
                box.addItem(option, index)
            box.currentIndexChanged.connect(self.changed)
            label.setBuddy(box)
            layout.addWidget(label, row, 0)
            layout.addWidget(box, row, 1)
            self.boxes.append(box)
        layout.setColumnStretch(0, 1)
        layout.setColumnStretch(1, 1)
        if self.boxes:
            self.setFocusProxy(self.boxes[0])

    def value(self) -> object:
        return [box.currentData() for box in self.boxes]

    def set_value(self, response: Response) -> None:
        picks = response if isinstance(response, list) else [None] * len(self.boxes)
        for box, pick in zip(self.boxes, picks, strict=False):
            box.setCurrentIndex(0 if pick is None else box.findData(pick))


class OrderingAnswer(AnswerWidget):
    """ordering: big Up/Down buttons beside each item (no fiddly dragging). The focus follows
    the item being moved, so Enter pressed again moves it on."""

    def __init__(self, question: Question, order: tuple[int, ...]) -> None:
        super().__init__()
        self.question = question
        self.items = list(order)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setVerticalSpacing(10)
        self.moves: list[tuple[QPushButton, QPushButton]] = []  # (up, down) per shown row
        self._build()

    def _build(self) -> None:
        while self.grid.count():
            widget = self.grid.takeAt(0).widget()
            if widget is not None:
                widget.setProperty("dropped", True)  # left out of the tab order until it goes
                widget.hide()
                widget.deleteLater()
        self.moves = []
        for row, index in enumerate(self.items):
            text = self.question.choices[index].text
            label = QLabel(TEXT["item"].format(place=row + 1, text=text))
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            self.grid.addWidget(label, row, 0)
            pair = []
            for column, step in enumerate((-1, 1), start=1):
                button = QPushButton(TEXT["up" if step < 0 else "down"])
                name = TEXT["move_up" if step < 0 else "move_down"].format(text=text)
                button.setAccessibleName(name)
                button.setEnabled(0 <= row + step < len(self.items))
                button.clicked.connect(lambda _=False, r=row, s=step: self.move(r, s))
                self.grid.addWidget(button, row, column)
                pair.append(button)
            self.moves.append((pair[0], pair[1]))
        self.grid.setColumnStretch(0, 1)
        first = next((b for pair in self.moves for b in pair if b.isEnabled()), None)
        if first is not None:
            self.setFocusProxy(first)

    def move(self, row: int, step: int) -> None:
        other = row + step
        had_focus = self.focusWidget() is not None and self.isAncestorOf(self.focusWidget())
        self.items[row], self.items[other] = self.items[other], self.items[row]
        self._build()
        if had_focus:  # the same item's button again, or its other one at either end
            up, down = self.moves[other]
            target = up if (step < 0 and up.isEnabled()) or not down.isEnabled() else down
            target.show()  # the layout would show it only later; a hidden one takes no focus
            target.setFocus(Qt.FocusReason.TabFocusReason)
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
