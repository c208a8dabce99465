"""The console's live-room strip: open or close the room, what phones see, how many answered.

One line under the slides. Closed: a button to open it. Open: the address and code, the counts,
what is live, the address chooser (a laptop on a hotspot and Ethernet has two), the join slide,
a whole quiz for everyone, "Phones wait" and "Close the room". Every text is plain text: no
nickname is ever shown here, and nothing a phone sends is read as markup.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from teachin.content.gift import Quiz
from teachin.presenting import Action
from teachin.ui.presenter.fit_label import FitLabel
from teachin.ui.presenter.live_room import Live, LiveRoom

SELF_PACED = ("pre", "post")  # quiz modes the facilitator starts for everyone from here


def counts_text(joined: int, answered: int, live: Live | None) -> str:
    done = "finished" if live is not None and live.question is None else "answered"
    return f"{joined} joined · {answered} {done}"


class RoomPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roompanel")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.room: LiveRoom | None = None
        self._act: Callable[[Action], None] = lambda action: None
        self.state = QLabel("Live room closed: phones cannot answer")
        self.address = QLabel()
        self.counts = QLabel()
        self.live = FitLabel(elide=True, keep_chars=8)  # gives way on a small laptop screen
        for label in (self.state, self.address, self.counts, self.live):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.counts.setObjectName("counts")
        self.chooser = QComboBox()
        self.chooser.setToolTip("The network phones use (e.g. the hotspot's, not Ethernet's)")
        self.chooser.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.chooser.setMinimumContentsLength(14)  # 192.168.137.1 whole
        self.chooser.activated.connect(self._chose_address)
        self.open_button = self._button("Open the room  (O)", lambda: self._act(Action.ROOM))
        self.join_button = self._button("Join slide (O)", lambda: self._act(Action.ROOM))
        self.join_button.setCheckable(True)
        self.quiz_buttons: dict[str, QPushButton] = {}
        self.wait_button = self._button("Phones wait", lambda: self._set_live(None))
        self.wait_button.setToolTip("Take the question off the phones: they show 'waiting'")
        self.close_button = self._button("Close the room", lambda: self._act(Action.CLOSE_ROOM))
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 2, 12, 2)
        row.setSpacing(10)
        for widget in (self.state, self.address, self.counts):
            row.addWidget(widget)
        row.addWidget(self.live, 1)
        self._quiz_at = row.count()  # the quiz buttons go here, once the deck is known
        for widget in (self.chooser, self.join_button, self.wait_button, self.close_button):
            row.addWidget(widget)
        row.addWidget(self.open_button)
        self._row = row
        self.set_palette({"bg": "#121316", "fg": "#E8E8E8", "dim": "#A0A3AA", "ok": "#81C784"})
        self.show_state()

    def _button(self, text: str, clicked: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay with the console
        button.clicked.connect(clicked)
        return button

    def attach(
        self, room: LiveRoom, act: Callable[[Action], None], quizzes: Mapping[str, Quiz]
    ) -> None:
        """Show ``room``; buttons that open, close or show the join slide go through ``act``
        (as the keys do)."""
        self.room, self._act = room, act
        room.changed.connect(self.show_state)
        for button in self.quiz_buttons.values():
            button.deleteLater()
        self.quiz_buttons = {}
        wanted = sorted(
            (q for q in quizzes.values() if q.mode in SELF_PACED),
            key=lambda q: (SELF_PACED.index(q.mode), q.name),
        )
        for offset, quiz in enumerate(wanted):
            button = self._button(
                f"{quiz.mode.capitalize()}-quiz",
                lambda _=False, name=quiz.name: self._set_live(Live(name)),
            )
            button.setToolTip(f"Every phone takes “{quiz.title}”, each at its own pace")
            self._row.insertWidget(self._quiz_at + offset, button)
            self.quiz_buttons[quiz.name] = button
        self.show_state()

    def set_palette(self, p: Mapping[str, str]) -> None:
        self.setStyleSheet(
            f"#roompanel {{ background: {p['bg']}; }}"
            f"#roompanel QLabel {{ color: {p['fg']}; font-size: 16px; }}"
            f"#roompanel QLabel#counts {{ color: {p['ok']}; font-weight: bold; }}"
            f"#roompanel QPushButton, #roompanel QComboBox {{ color: {p['fg']};"
            f" background: #2A2C33; border: 1px solid {p['dim']}; border-radius: 4px;"
            f" padding: 3px 10px; font-size: 15px; }}"
            f"#roompanel QPushButton:checked {{ background: {p['ok']}; color: #000000; }}"
        )

    def set_join_shown(self, shown: bool) -> None:
        self.join_button.setChecked(shown)

    def show_state(self) -> None:
        room = self.room
        is_open = room is not None and room.is_open
        for widget in (self.address, self.counts, self.live, self.join_button):
            widget.setVisible(is_open)
        for widget in (self.wait_button, self.close_button, *self.quiz_buttons.values()):
            widget.setVisible(is_open)
        self.state.setVisible(not is_open)
        self.open_button.setVisible(not is_open)
        self.chooser.setVisible(is_open and len(room.addresses()) > 1)
        if not is_open or room is None or room.room is None:
            self.state.setText("Live room closed: phones cannot answer")
            return
        server = room.room
        self.address.setText(f"Room open: {server.url.rstrip('/')}  code {server.code}")
        self.counts.setText(counts_text(room.joined, room.answers_in, room.live))
        live = room.live.describe() if room.live else "waiting"
        self.live.set_variants(f"Phones: {live}", live)
        for name, button in self.quiz_buttons.items():
            button.setEnabled(room.live != Live(name))
        self.wait_button.setEnabled(room.live is not None)
        self._fill_chooser(room, server.address)

    def _fill_chooser(self, room: LiveRoom, current: str) -> None:
        found = room.addresses()
        if current not in [ip for ip, _ in found]:
            found.insert(0, (current, "this address"))
        items = [(f"{ip}  ({name})", ip) for ip, name in found]
        if [self.chooser.itemData(i) for i in range(self.chooser.count())] != [i for _, i in items]:
            self.chooser.clear()
            for text, ip in items:
                self.chooser.addItem(text, ip)
        self.chooser.setCurrentIndex(max(0, self.chooser.findData(current)))
        self.chooser.setEnabled(len(items) > 1)

    def _chose_address(self, index: int) -> None:
        if self.room is not None:
            self.room.use_address(self.chooser.itemData(index))

    def _set_live(self, live: Live | None) -> None:
        if self.room is not None:
            self.room.set_live(live)
