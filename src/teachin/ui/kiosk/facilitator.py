"""Behind the facilitator PIN: set or check the PIN, then change quiz, see results, edit the
list of names, end a turn someone walked away from, or leave kiosk mode. Participants never
reach these screens without the PIN."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt
from PySide6.QtGui import QHideEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from teachin.content.gift import Quiz
from teachin.i18n import QT_TRANSLATE_NOOP, Texts
from teachin.store.db import Store
from teachin.ui.kiosk.screens import Screen, big_button, scroll_area, wrapped

if TYPE_CHECKING:  # made on first use: the kiosk starts without pyqtgraph
    from teachin.ui.results.window import ResultsWindow

# A quiz's `@mode` as the facilitator's quiz picker says it.
MODE_WORDS = Texts(
    "Facilitator",
    {
        "pre": QT_TRANSLATE_NOOP("Facilitator", "before the workshop"),
        "post": QT_TRANSLATE_NOOP("Facilitator", "after the workshop"),
        "checkpoint": QT_TRANSLATE_NOOP("Facilitator", "checkpoint"),
        "poll": QT_TRANSLATE_NOOP("Facilitator", "poll"),
    },
    QCoreApplication.translate,
)


class NamesEdit(QPlainTextEdit):
    """The list of names, asking for four lines (a plain one asks for ~200 px): in the Names
    tab's scroll area at 1366 x 768 the retake picker below it is then on show. It still grows
    into any room there is."""

    def sizeHint(self) -> QSize:
        lines = self.fontMetrics().lineSpacing() * 4
        return QSize(super().sizeHint().width(), lines + 2 * self.frameWidth() + 12)


class ResultsScreen(QScrollArea):
    """The results window over the whole kiosk, in a window of its own that Esc or Ctrl+W
    closes (with no window manager there is no title bar). It needs ~960 px across: on a
    narrower screen (1024 x 768 scaled to 125 % or more) it scrolls sideways."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # it scrolls itself

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape or event.matches(QKeySequence.StandardKey.Close):
            self.close()
            return
        super().keyPressEvent(event)


class PinScreen(Screen):
    """Type the PIN; or choose one (typed twice): at the kiosk's first start, before any name is
    taken ("setup", no way round it), or from the facilitator's menu ("change")."""

    TEXT: ClassVar[Texts] = Texts(
        "Facilitator",
        {
            "check": QT_TRANSLATE_NOOP("Facilitator", "Facilitator PIN"),
            "check_leave": QT_TRANSLATE_NOOP("Facilitator", "Facilitator PIN to leave kiosk mode"),
            "setup": QT_TRANSLATE_NOOP("Facilitator", "Set the facilitator PIN"),
            "setup_note": QT_TRANSLATE_NOOP(
                "Facilitator",
                "Before the first participant: choose a PIN of at least 4 characters. "
                "It opens the facilitator's menu (Ctrl+Shift+F) and lets you leave kiosk mode. "
                "Participants never see this screen again.",
            ),
            "change": QT_TRANSLATE_NOOP("Facilitator", "Choose a new facilitator PIN"),
            "pin": QT_TRANSLATE_NOOP("Facilitator", "PIN"),
            "again": QT_TRANSLATE_NOOP("Facilitator", "The same PIN again"),
            "cancel": QT_TRANSLATE_NOOP("Facilitator", "Cancel"),
            "ok": QT_TRANSLATE_NOOP("Facilitator", "OK"),
            "differ": QT_TRANSLATE_NOOP(
                "Facilitator", "The two PINs differ. Type the same PIN twice."
            ),
            "wrong": QT_TRANSLATE_NOOP("Facilitator", "That PIN is not right."),
            "wait": QT_TRANSLATE_NOOP(
                "Facilitator", "Too many wrong PINs. Try again in {seconds} seconds."
            ),
        },
        QCoreApplication.translate,
    )

    def __init__(self) -> None:
        super().__init__()
        t = self.TEXT
        self.mode = "check"
        self.title = wrapped(role="title")
        self.note = wrapped()
        self.edit = self._pin_field(t["pin"])
        self.again = self._pin_field(t["again"])
        self.message = wrapped(role="error")
        for widget in (self.title, self.note, self.edit, self.again, self.message):
            self.layout_.addWidget(widget)
        self.layout_.addStretch(1)
        self.cancel = big_button(t["cancel"])
        self.ok = self.default = big_button(t["ok"], primary=True)
        self.add_button_row([self.cancel], [self.ok])

    @staticmethod
    def _pin_field(name: str) -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setPlaceholderText(name)
        field.setAccessibleName(name)
        return field

    @property
    def setting(self) -> bool:
        return self.mode != "check"

    def prepare(self, mode: str, *, leaving: bool = False) -> None:
        """``mode``: "check", "setup" (first start: no Cancel) or "change"."""
        t = self.TEXT
        self.mode = mode
        self.title.setText(t["check_leave"] if leaving and mode == "check" else t[mode])
        self.note.setText(t["setup_note"] if mode == "setup" else "")
        self.note.setVisible(mode == "setup")
        self.edit.setText("")  # setText, never clear(): no PIN typed before may be undone back
        self.again.setText("")
        self.again.setVisible(self.setting)
        self.cancel.setVisible(mode != "setup")
        self.message.clear()
        self.edit.setFocus()


class FacilitatorScreen(Screen):
    """The facilitator's menu: quiz, results, names, PIN, leave; and, while a participant's turn
    is in progress, back to it or end it. Enter presses the focused button."""

    TEXT: ClassVar[Texts] = Texts(
        "Facilitator",
        {
            "which_quiz": QT_TRANSLATE_NOOP("Facilitator", "Which quiz the next person takes:"),
            "codes": QT_TRANSLATE_NOOP("Facilitator", "Personal codes"),
            "codes_note": QT_TRANSLATE_NOOP(
                "Facilitator",
                "Each participant chooses a short code with their name and needs it to "
                "come back to unfinished answers. Off: typing the name is enough.",
            ),
            "retakes": QT_TRANSLATE_NOOP("Facilitator", "Retakes"),
            "retakes_note": QT_TRANSLATE_NOOP(
                "Facilitator",
                "A name that has handed in this quiz may start it again. Off: they are "
                "told when they handed in.",
            ),
            "open_logs": QT_TRANSLATE_NOOP("Facilitator", "Open the log folder"),
            "no_logs": QT_TRANSLATE_NOOP(
                "Facilitator", "The log folder could not be opened (there may be no log yet)."
            ),
            "names": QT_TRANSLATE_NOOP(
                "Facilitator", "Names participants can tap instead of typing (one a line):"
            ),
            "save_names": QT_TRANSLATE_NOOP("Facilitator", "Save names"),
            "retake_for": QT_TRANSLATE_NOOP("Facilitator", "Allow a retake for:"),
            "retake_note": QT_TRANSLATE_NOOP(
                "Facilitator",
                "Someone who handed in this quiz takes it once more the next time they "
                "give their name; the answers they handed in stay.",
            ),
            "allow_retake": QT_TRANSLATE_NOOP("Facilitator", "Allow a retake"),
            "no_one_handed_in": QT_TRANSLATE_NOOP(
                "Facilitator", "No one has handed in this quiz yet."
            ),
            "retakes_allowed": QT_TRANSLATE_NOOP(
                "Facilitator", "Allowed to take it once more: {names}."
            ),
            "results_note": QT_TRANSLATE_NOOP(
                "Facilitator",
                "The results open over the whole screen: each question's figures and its "
                "chart at a size you can read. Esc closes them and brings you back here.",
            ),
            "show_results": QT_TRANSLATE_NOOP("Facilitator", "Show the results"),
        },
        QCoreApplication.translate,
    )

    def __init__(self) -> None:
        super().__init__()
        self.title = wrapped(QCoreApplication.translate("Facilitator", "Facilitator"), role="title")
        self.layout_.addWidget(self.title)
        self.notices = wrapped(role="error")
        self.layout_.addWidget(self.notices)
        tabs = QTabWidget()
        tabs.addTab(
            scroll_area(self._quiz_tab()), QCoreApplication.translate("Facilitator", "Quiz")
        )  # scrolls on a small screen
        tabs.addTab(
            scroll_area(self._results_tab()), QCoreApplication.translate("Facilitator", "Results")
        )
        tabs.addTab(
            scroll_area(self._names_tab()), QCoreApplication.translate("Facilitator", "Names")
        )
        self.tabs = tabs
        self.layout_.addWidget(tabs, 1)
        # While a turn is in progress: what ending it does, and the button, above Back.
        turn_row = QHBoxLayout()
        self.turn_note = wrapped(role="muted")
        self.end_turn = big_button(QCoreApplication.translate("Facilitator", "End turn"))
        turn_row.addWidget(self.turn_note, 1)
        turn_row.addWidget(self.end_turn)
        self.layout_.addLayout(turn_row)
        row = QHBoxLayout()
        self.leave = big_button(QCoreApplication.translate("Facilitator", "Leave kiosk mode"))
        self.change_pin = big_button(QCoreApplication.translate("Facilitator", "Change PIN"))
        self.back = self.default = big_button(
            QCoreApplication.translate("Facilitator", "Back to the quiz"), primary=True
        )
        row.addWidget(self.leave)
        row.addWidget(self.change_pin)
        row.addStretch(1)
        row.addWidget(self.back)
        self.layout_.addLayout(row)
        QWidget.setTabOrder(self.back, self.end_turn)  # Tab from the default: the other way out
        # Ctrl+Tab and Ctrl+Shift+Tab change the tab from anywhere in the menu (QTabWidget's
        # own handling acts only while the focus is inside the tabs, not on the buttons below).
        for keys, step in (("Ctrl+Tab", 1), ("Ctrl+Shift+Tab", -1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda step=step: self._next_tab(step))
        self.show_turn(None)

    def _next_tab(self, step: int) -> None:
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    def show_turn(self, nickname: str | None) -> None:
        """The way out: "Back to <name>'s quiz" or "End <name>'s turn" while a participant's
        turn is in progress, else Back alone, as ever."""
        self.end_turn.setVisible(nickname is not None)
        self.turn_note.setVisible(nickname is not None)
        if nickname is None:
            self.back.setText(QCoreApplication.translate("Facilitator", "Back to the quiz"))
        else:
            name = nickname if len(nickname) <= 16 else nickname[:15] + "…"  # fits at 1280 px
            self.back.setText(
                QCoreApplication.translate("Facilitator", "Back to {name}'s quiz").format(name=name)
            )
            self.end_turn.setText(
                QCoreApplication.translate("Facilitator", "End {name}'s turn").format(name=name)
            )
            self.turn_note.setText(
                QCoreApplication.translate(
                    "Facilitator",
                    "Has {name} left? End the turn: the answers given so far stay saved, the same "
                    "name typed later carries on from there, the next person gets the name screen.",
                ).format(name=name)
            )
        # The style sheet's focus ring (4 px a side) is not in the size hint: room for it, so
        # the default button's longer text is never cut off while it has the focus.

    def _quiz_tab(self) -> QWidget:
        t = self.TEXT
        tab = QWidget()
        layout = QVBoxLayout(tab)
        picker_label = wrapped(t["which_quiz"])
        self.quiz_picker = QComboBox()
        self.quiz_picker.setAccessibleName(t["which_quiz"])
        picker_label.setBuddy(self.quiz_picker)
        self.quiz_picker.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.quiz_picker.setMinimumContentsLength(12)
        self.codes = QCheckBox(t["codes"])
        self.retakes = QCheckBox(t["retakes"])
        layout.addWidget(picker_label)
        layout.addWidget(self.quiz_picker)
        for box, note in ((self.codes, t["codes_note"]), (self.retakes, t["retakes_note"])):
            box.setAccessibleDescription(note)
            layout.addWidget(box)
            layout.addWidget(wrapped(note, role="muted"))
        self.open_logs = QPushButton(t["open_logs"])
        self.logs_message = wrapped(role="error")
        layout.addWidget(self.open_logs, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.logs_message)
        layout.addStretch(1)
        return tab

    def _results_tab(self) -> QWidget:
        """A way into the results window. Inside the tab, under the menu's title and buttons in
        the kiosk's large type, a question's chart got ~190 px of a 768-px screen and had to be
        scrolled to; over the whole screen it is seen at once."""
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(wrapped(self.TEXT["results_note"]))
        self.show_results_button = big_button(self.TEXT["show_results"])
        self.show_results_button.clicked.connect(self.open_results)
        layout.addWidget(self.show_results_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.results: ResultsWindow | None = None  # made when the menu first opens
        self.results_screen = ResultsScreen(self)  # closed with the menu, deleted with it
        self.results_screen.installEventFilter(self)
        return tab

    def _names_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        label = wrapped(self.TEXT["names"])
        layout.addWidget(label)
        self.names = NamesEdit()
        self.names.setAccessibleName(self.TEXT["names"])
        self.names.setTabChangesFocus(True)
        self.save_names = big_button(self.TEXT["save_names"])
        layout.addWidget(self.names, 1)
        layout.addWidget(self.save_names, 0, Qt.AlignmentFlag.AlignRight)
        retake_label = wrapped(self.TEXT["retake_for"])
        self.retake_picker = QComboBox()
        self.retake_picker.setAccessibleName(self.TEXT["retake_for"])
        retake_label.setBuddy(self.retake_picker)
        self.allow_retake = big_button(self.TEXT["allow_retake"])
        retake_label.setWordWrap(False)
        self.retake_picker.setAccessibleDescription(self.TEXT["retake_note"])
        row = QHBoxLayout()
        row.addWidget(retake_label)
        row.addWidget(self.retake_picker, 1)
        row.addWidget(self.allow_retake)
        self.retake_note = wrapped(role="muted")
        layout.addLayout(row)
        layout.addWidget(self.retake_note)
        return tab

    def show_retakes(self, handed_in: list[str], allowed: list[str]) -> None:
        """The people who handed in the next person's quiz, to pick one for a retake; and who
        may already take it once more."""
        t = self.TEXT
        self.retake_picker.clear()
        self.retake_picker.addItems(handed_in)
        self.retake_picker.setEnabled(bool(handed_in))
        self.allow_retake.setEnabled(bool(handed_in))
        said = [t["retake_note"] if handed_in else t["no_one_handed_in"]]
        if allowed:
            said.append(t["retakes_allowed"].format(names=", ".join(allowed)))
        self.retake_note.setText(" ".join(said))

    def show_quizzes(self, quizzes: dict[str, Quiz], current: str) -> None:
        self.quiz_picker.blockSignals(True)
        self.quiz_picker.clear()
        for name, quiz in sorted(quizzes.items()):
            label = f"{quiz.title or name}  —  {MODE_WORDS.get(quiz.mode, quiz.mode)}, {name}.gift"
            self.quiz_picker.addItem(label, name)
        self.quiz_picker.setCurrentIndex(max(0, self.quiz_picker.findData(current)))
        self.quiz_picker.blockSignals(False)

    def show_results(self, store: Store, quizzes: dict[str, Quiz]) -> None:
        """The results window in the Results tab, reading this kiosk's database; gathering and
        saving bundles use the kiosk's own open store."""
        if self.results is None:
            from teachin.ui.results.window import ResultsWindow, focus_rings

            self.results = ResultsWindow(
                quizzes, path=store.path, open_writable=lambda: contextlib.nullcontext(store)
            )
            self.results_screen.setWidget(self.results)
            self.results_screen.setStyleSheet(focus_rings(self.results.theme))  # as the kiosk's
        else:
            self.results.reload()

    def open_results(self) -> None:
        """The results window over the kiosk's whole window (all the screen in kiosk mode)."""
        results, kiosk = self.results_screen, self.window()
        if kiosk.isFullScreen():
            results.showFullScreen()
        else:
            results.setGeometry(kiosk.geometry())
            results.show()
        results.raise_()
        results.activateWindow()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The results window closed (Esc, Ctrl+W): back to the menu, on the button that opened it.
        if watched is self.results_screen and event.type() == QEvent.Type.Hide and self.isVisible():
            self.window().activateWindow()
            self.show_results_button.setFocus()
        return super().eventFilter(watched, event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.results_screen.close()  # the menu left (Back, the idle timer): its results too
        super().hideEvent(event)
