"""The console's live-room strip: open or close the room, what phones see, how many answered.

One line under the slides. Closed: a button to open it. Open: the address and code, the counts,
what is live, the address chooser (a laptop on a hotspot and Ethernet has two), the join slide,
a whole quiz for everyone, "Phones wait" and "Close the room". Kiosk laptops that joined the
room (issue 15) get a compact entry each below that line: name, answers, when last heard from,
read from ``Room.kiosks()`` once a second. Every text is plain text: no nickname is shown here,
a kiosk's name (sent over the network) is shown as typed, never read as markup.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from teachin.content.gift import Quiz
from teachin.presenting import Action
from teachin.room.kiosks import Kiosk
from teachin.ui.presenter.fit_label import FitLabel
from teachin.ui.presenter.live_room import Live, LiveRoom

SELF_PACED = ("pre", "post")  # quiz modes the facilitator starts for everyone from here
KIOSK_QUIET_S = 10  # a kiosk not heard from for longer is greyed (it catches up by itself)
KIOSK_REFRESH_MS = 1000
KIOSK_COLUMNS = 2  # kiosk entries side by side: four laptops take two short lines
KIOSKS_SHOWN = 6  # more (a room takes up to 50) are summed up in one line


def counts_text(joined: int, answered: int, live: Live | None) -> str:
    if live is not None and live.question is None:
        said = QCoreApplication.translate("RoomPanel", "{joined} joined · {answered} finished")
    else:
        said = QCoreApplication.translate("RoomPanel", "{joined} joined · {answered} answered")
    return said.format(joined=joined, answered=answered)


def answers_text(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate("RoomPanel", "1 answer")
    return QCoreApplication.translate("RoomPanel", "{count} answers").format(count=count)


def seen_text(seconds: float) -> str:
    seconds = int(seconds)
    if seconds < 120:
        return QCoreApplication.translate("RoomPanel", "seen {seconds}s ago").format(
            seconds=seconds
        )
    minutes = seconds // 60
    return QCoreApplication.translate("RoomPanel", "seen {minutes} min ago").format(minutes=minutes)


class KioskRows(QWidget):
    """One entry per kiosk laptop: its name, the answers the room took from it, when last heard
    from; greyed when quiet for over KIOSK_QUIET_S (no alarm: a kiosk catches up by itself)."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("kiosks")
        self.heading = QLabel(QCoreApplication.translate("RoomPanel", "Kiosks"))
        self.more = QLabel()
        self.rows: list[tuple[FitLabel, QLabel, QLabel]] = []
        self.quiet: list[bool] = []
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(10)
        self._grid.setVerticalSpacing(0)
        self._grid.addWidget(self.heading, 0, 0, Qt.AlignmentFlag.AlignTop)
        self._grid.addWidget(self.more, KIOSKS_SHOWN // KIOSK_COLUMNS, 1, 1, -1)
        for label in (self.heading, self.more):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.setVisible(False)

    def show_kiosks(self, kiosks: Sequence[Kiosk], now: float) -> None:
        shown = kiosks[:KIOSKS_SHOWN]
        while len(self.rows) < len(shown):
            self._add_row()
        self.quiet = []
        for (name, count, seen), kiosk in zip(self.rows, shown, strict=False):
            quiet = kiosk.seconds_ago(now) > KIOSK_QUIET_S
            name.set_variants(kiosk.name)
            count.setText(answers_text(kiosk.received))
            seen.setText(seen_text(kiosk.seconds_ago(now)))
            for label in (name, count, seen):
                label.setProperty("quiet", quiet)
                label.style().polish(label)  # the style sheet greys quiet kiosks
            self.quiet.append(quiet)
        for index, row in enumerate(self.rows):
            for label in row:
                label.setVisible(index < len(shown))
        rest = kiosks[KIOSKS_SHOWN:]
        self.more.setVisible(bool(rest))
        if rest:
            taken = sum(k.received for k in rest)
            self.more.setText(
                QCoreApplication.translate(
                    "RoomPanel", "and {count} more kiosks: {answers}"
                ).format(count=len(rest), answers=answers_text(taken))
            )
        self.setVisible(bool(kiosks))

    def texts(self) -> list[str]:
        """What the entries say, one string per kiosk shown (for tests and screen readers)."""
        return [
            " · ".join((name.full_text(), count.text(), seen.text()))
            for name, count, seen in self.rows
            if not name.isHidden()
        ]

    def _add_row(self) -> None:
        index = len(self.rows)
        name = FitLabel(elide=True, keep_chars=10)  # a long laptop name gives way
        name.setMaximumWidth(260)
        count, seen = QLabel(), QLabel()
        count.setObjectName("kiosk_count")
        row = (name, count, seen)
        line, column = divmod(index, KIOSK_COLUMNS)
        for offset, label in enumerate(row):
            label.setTextFormat(Qt.TextFormat.PlainText)
            self._grid.addWidget(label, line, 1 + column * 4 + offset)
        self._grid.setColumnMinimumWidth(column * 4 + 4, 24)  # a gap between two kiosks
        self._grid.setColumnStretch(KIOSK_COLUMNS * 4, 1)
        self.rows.append(row)


class RoomPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roompanel")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.room: LiveRoom | None = None
        self._act: Callable[[Action], None] = lambda action: None
        self.state = QLabel(self.tr("Live room closed: phones cannot answer"))
        self.address = QLabel()
        self.counts = QLabel()
        self.live = FitLabel(elide=True, keep_chars=8)  # gives way on a small laptop screen
        for label in (self.state, self.address, self.counts, self.live):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.counts.setObjectName("counts")
        self.chooser = QComboBox()
        self.chooser.setToolTip(
            self.tr("The network phones use (e.g. the hotspot's, not Ethernet's)")
        )
        self.chooser.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.chooser.setMinimumContentsLength(14)  # 192.168.137.1 whole
        self.chooser.activated.connect(self._chose_address)
        self.open_button = self._button(
            self.tr("Open the room  (O)"), lambda: self._act(Action.ROOM)
        )
        self.join_button = self._button(self.tr("Join slide (O)"), lambda: self._act(Action.ROOM))
        self.join_button.setCheckable(True)
        self.quiz_buttons: dict[str, QPushButton] = {}
        self.wait_button = self._button(self.tr("Phones wait"), lambda: self._set_live(None))
        self.wait_button.setToolTip(
            self.tr("Take the question off the phones: they show 'waiting'")
        )
        self.close_button = self._button(
            self.tr("Close the room"), lambda: self._act(Action.CLOSE_ROOM)
        )
        self.kiosks = KioskRows()
        self._kiosk_timer = QTimer(self)  # the kiosks' counts and "seen" ages: once a second
        self._kiosk_timer.setInterval(KIOSK_REFRESH_MS)
        self._kiosk_timer.timeout.connect(self.show_kiosks)
        lines = QVBoxLayout(self)
        lines.setContentsMargins(12, 2, 12, 2)
        lines.setSpacing(2)
        # The texts, then the buttons beside them when the console is wide enough, else on a
        # line of their own (_arrange): the strip never makes the console wider than the screen.
        self._first = QHBoxLayout()
        self._first.setSpacing(10)
        self._second = QHBoxLayout()
        lines.addLayout(self._first)
        lines.addLayout(self._second)
        lines.addWidget(self.kiosks)
        for widget in (self.state, self.address, self.counts):
            self._first.addWidget(widget)
        self._first.addWidget(self.live, 1)
        self.buttons = QWidget()
        row = QHBoxLayout(self.buttons)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)
        self._quiz_at = row.count()  # the quiz buttons go here, once the deck is known
        for widget in (self.chooser, self.join_button, self.wait_button, self.close_button):
            row.addWidget(widget)
        row.addWidget(self.open_button)
        self._row = row
        self._first.addWidget(self.buttons)
        self.one_line = True
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
        self.set_quizzes(quizzes)

    def set_quizzes(self, quizzes: Mapping[str, Quiz]) -> None:
        """The pre- and post-quiz buttons for this deck (again after a reload)."""
        for button in self.quiz_buttons.values():
            button.deleteLater()
        self.quiz_buttons = {}
        wanted = sorted(
            (q for q in quizzes.values() if q.mode in SELF_PACED),
            key=lambda q: (SELF_PACED.index(q.mode), q.name),
        )
        for offset, quiz in enumerate(wanted):
            said = self.tr("Pre-quiz") if quiz.mode == "pre" else self.tr("Post-quiz")
            button = self._button(
                said,
                lambda _=False, name=quiz.name: self._set_live(Live(name)),
            )
            button.setToolTip(
                self.tr("Every phone takes “{title}”, each at its own pace").format(
                    title=quiz.title
                )
            )
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
            f"#roompanel QLabel#kiosk_count {{ color: {p['ok']}; }}"
            f"#roompanel QLabel[quiet='true'], #roompanel QLabel#kiosk_count[quiet='true'] {{"
            f" color: {p['dim']}; font-style: italic; }}"
        )

    def set_join_shown(self, shown: bool) -> None:
        self.join_button.setChecked(shown)

    def _texts_width(self) -> int:
        """The narrowest the texts of the first line can be (the live one shortens)."""
        shown = [w for w in (self.state, self.address, self.counts, self.live) if not w.isHidden()]
        spacing = self._first.spacing() * max(len(shown) - 1, 0)
        return sum(w.minimumSizeHint().width() for w in shown) + spacing

    def _arrange(self) -> None:
        """The buttons beside the texts when they fit there, else on the second line."""
        margins = self.layout().contentsMargins()
        room = self.width() - margins.left() - margins.right()
        needed = self._texts_width() + self._first.spacing() + self.buttons.sizeHint().width()
        one_line = needed <= room
        if one_line == self.one_line:
            return
        self.one_line = one_line
        (self._second if one_line else self._first).removeWidget(self.buttons)
        if one_line:
            self._first.addWidget(self.buttons)
        else:
            self._second.addWidget(self.buttons, 0, Qt.AlignmentFlag.AlignRight)

    def minimumSizeHint(self) -> QSize:
        """As narrow as two lines can be: a laptop screen keeps the whole console."""
        margins = self.layout().contentsMargins()
        parts = [self._texts_width(), self.buttons.minimumSizeHint().width()]
        if not self.kiosks.isHidden():
            parts.append(self.kiosks.minimumSizeHint().width())
        width = max(parts) + margins.left() + margins.right()
        return QSize(width, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

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
            self.state.setText(self.tr("Live room closed: phones cannot answer"))
            self._kiosk_timer.stop()
            self.kiosks.show_kiosks([], time.time())
            self._arrange()
            return
        if not self._kiosk_timer.isActive():
            self._kiosk_timer.start()
            self.show_kiosks()
        server = room.room
        self.address.setText(
            self.tr("Room open: {address}  code {code}").format(
                address=server.url.rstrip("/"), code=server.code
            )
        )
        self.counts.setText(counts_text(room.joined, room.answers_in, room.live))
        live = room.live.describe() if room.live else self.tr("waiting")
        self.live.set_variants(self.tr("Phones: {live}").format(live=live), live)
        for name, button in self.quiz_buttons.items():
            button.setEnabled(room.live != Live(name))
        self.wait_button.setEnabled(room.live is not None)
        self._fill_chooser(room, server.address)
        self._arrange()

    def show_kiosks(self) -> None:
        """Read the room's kiosk list (a lock, never the network) and show it."""
        server = self.room.room if self.room is not None else None
        self.kiosks.show_kiosks(server.kiosks() if server is not None else [], time.time())

    def _fill_chooser(self, room: LiveRoom, current: str) -> None:
        found = room.addresses()
        if current not in [ip for ip, _ in found]:
            found.insert(0, (current, self.tr("this address")))
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
