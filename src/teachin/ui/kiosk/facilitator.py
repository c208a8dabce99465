"""Behind the facilitator PIN: set or check the PIN, then change quiz, see results, edit the
list of names, end a turn someone walked away from, or leave kiosk mode. Participants never
reach these screens without the PIN."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from teachin.content.gift import Quiz
from teachin.store.answers import answers_for_question
from teachin.store.db import Store
from teachin.ui.kiosk.answer_widgets import TARGET_HEIGHT
from teachin.ui.kiosk.screens import Screen, big_button, wrapped

# A quiz's `@mode` as the facilitator's quiz picker says it.
MODE_WORDS = {
    "pre": "before the workshop",
    "post": "after the workshop",
    "checkpoint": "checkpoint",
    "poll": "poll",
}


class PinScreen(Screen):
    """Type the PIN; on first use, choose one (typed twice)."""

    def __init__(self) -> None:
        super().__init__()
        self.title = wrapped(role="title")
        self.edit = self._pin_field("PIN")
        self.again = self._pin_field("The same PIN again")
        self.message = wrapped(role="error")
        for widget in (self.title, self.edit, self.again, self.message):
            self.layout_.addWidget(widget)
        self.layout_.addStretch(1)
        row = QHBoxLayout()
        self.cancel = big_button("Cancel")
        self.ok = big_button("OK", primary=True)
        row.addWidget(self.cancel)
        row.addStretch(1)
        row.addWidget(self.ok)
        self.layout_.addLayout(row)

    @staticmethod
    def _pin_field(placeholder: str) -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setMinimumHeight(TARGET_HEIGHT)
        field.setPlaceholderText(placeholder)
        return field

    def prepare(self, *, setting: bool, reason: str) -> None:
        self.setting = setting
        self.title.setText(("Choose a facilitator PIN" if setting else "Facilitator PIN") + reason)
        self.edit.clear()
        self.again.clear()
        self.again.setVisible(setting)
        self.message.clear()
        self.edit.setFocus()


class FacilitatorScreen(Screen):
    """The facilitator's menu: quiz, results, names, PIN, leave; and, while a participant's turn
    is in progress, back to it or end it. Enter presses the focused button."""

    def __init__(self) -> None:
        super().__init__()
        self.title = wrapped("Facilitator", role="title")
        self.layout_.addWidget(self.title)
        self.notices = wrapped(role="error")
        self.layout_.addWidget(self.notices)
        tabs = QTabWidget()
        tabs.addTab(self._quiz_tab(), "Quiz")
        tabs.addTab(self._results_tab(), "Results")
        tabs.addTab(self._names_tab(), "Names")
        self.tabs = tabs
        self.layout_.addWidget(tabs, 1)
        # While a turn is in progress: what ending it does, and the button, above Back.
        turn_row = QHBoxLayout()
        self.turn_note = wrapped(role="muted")
        self.end_turn = big_button("End turn")
        turn_row.addWidget(self.turn_note, 1)
        turn_row.addWidget(self.end_turn)
        self.layout_.addLayout(turn_row)
        row = QHBoxLayout()
        self.leave = big_button("Leave kiosk mode")
        self.change_pin = big_button("Change PIN")
        self.back = big_button("Back to the quiz", primary=True)
        row.addWidget(self.leave)
        row.addWidget(self.change_pin)
        row.addStretch(1)
        row.addWidget(self.back)
        self.layout_.addLayout(row)
        QWidget.setTabOrder(self.back, self.end_turn)  # Tab from the default: the other way out
        self.show_turn(None)

    def show_turn(self, nickname: str | None) -> None:
        """The way out: "Back to <name>'s quiz" or "End <name>'s turn" while a participant's
        turn is in progress, else Back alone, as ever."""
        self.end_turn.setVisible(nickname is not None)
        self.turn_note.setVisible(nickname is not None)
        if nickname is None:
            self.back.setText("Back to the quiz")
        else:
            name = nickname if len(nickname) <= 16 else nickname[:15] + "…"  # fits at 1280 px
            self.back.setText(f"Back to {name}'s quiz")
            self.end_turn.setText(f"End {name}'s turn")
            self.turn_note.setText(
                f"Has {name} left? End the turn: the answers given so far stay saved, the same "
                "name typed later carries on from there, the next person gets the name screen."
            )
        # The style sheet's focus ring (4 px a side) is not in the size hint: room for it, so
        # the default button's longer text is never cut off while it has the focus.
        self.back.ensurePolished()
        self.back.setMinimumWidth(max(200, self.back.sizeHint().width() + 8))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # A QPushButton outside a dialog ignores Enter: it arrives here.
        focused = self.focusWidget()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and isinstance(
            focused, QPushButton
        ):
            focused.click()
            return
        super().keyPressEvent(event)

    def _quiz_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(wrapped("Which quiz the next person takes:"))
        self.quiz_picker = QComboBox()
        self.quiz_picker.setMinimumHeight(TARGET_HEIGHT - 16)
        layout.addWidget(self.quiz_picker)
        layout.addStretch(1)
        return tab

    def _results_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.results_label = wrapped()
        self.results = QTableWidget(0, 4)
        self.results.setHorizontalHeaderLabels(["Question", "Answers", "Right", "Spread"])
        self.results.horizontalHeader().setStretchLastSection(True)
        self.results.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.results_label)
        layout.addWidget(self.results, 1)
        return tab

    def _names_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(wrapped("Names participants can tap instead of typing (one a line):"))
        self.names = QPlainTextEdit()
        self.save_names = big_button("Save names")
        layout.addWidget(self.names, 1)
        layout.addWidget(self.save_names, 0, Qt.AlignmentFlag.AlignRight)
        return tab

    def show_quizzes(self, quizzes: dict[str, Quiz], current: str) -> None:
        self.quiz_picker.blockSignals(True)
        self.quiz_picker.clear()
        for name, quiz in sorted(quizzes.items()):
            label = f"{quiz.title or name}  —  {MODE_WORDS.get(quiz.mode, quiz.mode)}, {name}.gift"
            self.quiz_picker.addItem(label, name)
        self.quiz_picker.setCurrentIndex(max(0, self.quiz_picker.findData(current)))
        self.quiz_picker.blockSignals(False)

    def show_results(self, store: Store, quiz: Quiz) -> None:
        """One row per question of ``quiz``: how many answered, share right, what they said."""
        rows = results_rows(store, quiz)
        self.results_label.setText(f"{quiz.title or quiz.name}: the latest answer of each person.")
        self.results.setRowCount(len(rows))
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                self.results.setItem(row, column, QTableWidgetItem(value))
        self.results.resizeColumnsToContents()


def results_rows(store: Store, quiz: Quiz) -> list[tuple[str, str, str, str]]:
    rows = []
    for question in quiz.questions:
        if question.kind == "description":
            continue
        answers = [a for a in answers_for_question(store, quiz.name, question.name)]
        given = [a for a in answers if a.response is not None]
        marked = [a for a in given if a.correct is not None]
        right = f"{100 * sum(a.correct for a in marked) / len(marked):.0f} %" if marked else "—"
        rows.append((question.name, str(len(given)), right, _spread(question, given)))
    return rows


def _spread(question, answers) -> str:
    """A short summary of what was answered: counts per option, or the range of numbers."""
    if not answers:
        return ""
    if question.kind in ("single", "truefalse", "poll"):
        counts = Counter(a.response for a in answers)
        return ", ".join(f"{question.choices[i].text[:24]}: {n}" for i, n in counts.most_common())
    if question.kind == "numeric":
        numbers = sorted(float(a.response) for a in answers)
        middle = numbers[len(numbers) // 2]
        return f"from {numbers[0]:g} to {numbers[-1]:g}, middle {middle:g}"
    return f"{len(answers)} written"
