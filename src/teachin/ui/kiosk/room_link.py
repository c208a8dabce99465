"""A kiosk laptop joined to the live room (issue 15): the facilitator's "Join a room" tab, and a
small corner label saying whether the room is reached and how many answers wait to be sent.

Answers are committed to this laptop's database first, as ever; the forwarder (room/forwarder.py)
sends them on from its own thread. The label is for the facilitator: small, grey, in a corner,
never an alarm for the participant. The room joined is remembered on this laptop (settings), so
a kiosk restarted during the workshop feeds the same room again without the facilitator.

KioskWindow.ready() calls ``attach_room_link(window)`` once its database is open.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from teachin.room.forwarder import Forwarder, Status
from teachin.store.db import StoreError
from teachin.store.settings import get_setting, set_setting
from teachin.ui.kiosk.screens import big_button, scroll_area, wrapped

if TYPE_CHECKING:  # type hints only
    from teachin.room.discovery import RoomFinder
    from teachin.ui.kiosk.window import KioskWindow

ROOM_SETTING = "kiosk_room"  # {"address", "code"} of the room this laptop feeds
REFRESH_MS = 1000


def status_text(status: Status | None) -> str:
    """The corner label: nothing when no room is joined."""
    if status is None:
        return ""
    if status.connected:
        state = QCoreApplication.translate("RoomLink", "room connected")
    else:
        state = QCoreApplication.translate("RoomLink", "room: reconnecting")
    if not status.waiting:
        return state
    waiting = QCoreApplication.translate("RoomLink", "{state} · {waiting} waiting")
    return waiting.format(state=state, waiting=status.waiting)


class RoomLink(QObject):
    """The forwarder of one kiosk window, its corner label and its tab in the facilitator menu."""

    def __init__(self, window: KioskWindow) -> None:
        super().__init__(window)
        self.window = window
        self.forwarder: Forwarder | None = None
        self.label = QLabel(window)
        self.label.setProperty("role", "muted")
        self.label.setStyleSheet("font-size: 13px;")
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.label.hide()
        self.panel = JoinRoomPanel(self)
        window.installEventFilter(self)  # keep the label in the corner when the window resizes
        self.timer = QTimer(self, interval=REFRESH_MS, timeout=self.refresh)
        self.timer.start()
        QApplication.instance().aboutToQuit.connect(self.stop)

    def join(self, address: str, code: str) -> None:
        """Feed the room at ``address`` with room code ``code`` (remembered on this laptop)."""
        self.stop()
        self.forwarder = Forwarder(self.window.store, address, code)
        self.forwarder.start()
        # Not remembered (store busy): it still feeds the room until the kiosk closes.
        with contextlib.suppress(StoreError):
            set_setting(self.window.store, ROOM_SETTING, {"address": address, "code": code})
        self.refresh()

    def leave_room(self) -> None:
        self.stop()
        with contextlib.suppress(StoreError):
            set_setting(self.window.store, ROOM_SETTING, None)
        self.refresh()

    def stop(self) -> None:
        if self.forwarder is not None:
            self.forwarder.stop()
            self.forwarder = None

    def wake(self) -> None:
        """An answer was just committed: send it now, not at the forwarder's next poll."""
        if self.forwarder is not None:
            self.forwarder.wake()

    def status(self) -> Status | None:
        return None if self.forwarder is None else self.forwarder.status()

    def refresh(self) -> None:
        text = status_text(self.status())
        self.label.setText(text)
        self.label.setVisible(bool(text))
        self.label.adjustSize()
        self._place()
        self.panel.show_status(self.status(), self.forwarder)

    def _place(self) -> None:
        window, label = self.window, self.label
        label.move(window.width() - label.width() - 12, window.height() - label.height() - 8)
        label.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._place()
        return False


class JoinRoomPanel(QWidget):
    """The facilitator's "Join a room" tab: rooms found on the network, or an address and the
    room code typed in; Join, Leave, and what the link is doing."""

    def __init__(self, link: RoomLink) -> None:
        super().__init__()
        self.link = link
        self.finder: RoomFinder | None = None
        # All but Join and Leave scrolls, so the menu fits a small screen (1024 x 768 at 150 %).
        outer, inner = QVBoxLayout(self), QWidget()
        outer.addWidget(scroll_area(inner), 1)
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            wrapped(
                QCoreApplication.translate(
                    "RoomLink",
                    "Send this laptop's answers to the presenter's live room as they are given. "
                    "Every answer is saved on this laptop first; bundles still work as before.",
                )
            )
        )
        layout.addWidget(
            wrapped(
                QCoreApplication.translate(
                    "RoomLink", "Rooms found on this network (tap one, then type its code):"
                )
            )
        )
        self.rooms = QListWidget()
        self.rooms.setMaximumHeight(100)  # a few rooms at most; the tab fits 1366 x 768
        self.rooms.itemClicked.connect(self.pick)
        layout.addWidget(self.rooms)
        form = QFormLayout()
        self.address = QLineEdit(
            placeholderText=QCoreApplication.translate("RoomLink", "e.g. 192.168.1.20:8765")
        )
        self.code = QLineEdit(
            placeholderText=QCoreApplication.translate(
                "RoomLink", "the code on the presenter's screen"
            )
        )
        self.address.setAccessibleName(QCoreApplication.translate("RoomLink", "Room address"))
        self.code.setAccessibleName(QCoreApplication.translate("RoomLink", "Room code"))
        form.addRow(QCoreApplication.translate("RoomLink", "Address"), self.address)
        form.addRow(QCoreApplication.translate("RoomLink", "Room code"), self.code)
        layout.addLayout(form)
        self.state = wrapped(role="muted")
        layout.addWidget(self.state)
        layout.addStretch(1)
        row = QHBoxLayout()
        self.leave = big_button(QCoreApplication.translate("RoomLink", "Leave the room"))
        self.join = big_button(QCoreApplication.translate("RoomLink", "Join"), primary=True)
        row.addWidget(self.leave)
        row.addStretch(1)
        row.addWidget(self.join)
        outer.addLayout(row)
        self.join.clicked.connect(self.join_typed)
        self.code.returnPressed.connect(self.join_typed)
        self.leave.clicked.connect(link.leave_room)

    def pick(self, item: QListWidgetItem) -> None:
        self.address.setText(item.data(Qt.ItemDataRole.UserRole))
        self.code.setFocus()

    def join_typed(self) -> None:
        address, code = self.address.text().strip(), self.code.text().strip()
        if not address or not code:
            self.state.setText(
                QCoreApplication.translate(
                    "RoomLink", "Type the room's address and its code (both on its screen)."
                )
            )
            return
        self.link.join(address, code)

    def show_status(self, status: Status | None, forwarder: Forwarder | None) -> None:
        self.leave.setEnabled(forwarder is not None)
        if status is None or forwarder is None:
            self.state.setText(
                QCoreApplication.translate(
                    "RoomLink", "Not in a room: answers stay on this laptop (use bundles)."
                )
            )
        else:
            where = forwarder.url.removeprefix("http://").rstrip("/")
            if status.connected:
                said = QCoreApplication.translate(
                    "RoomLink", "Connected to {where}. Sent: {sent}, waiting: {waiting}"
                )
            else:
                said = QCoreApplication.translate(
                    "RoomLink", "Trying to reach {where}. Sent: {sent}, waiting: {waiting}"
                )
                if status.problem:
                    where = f"{where} ({status.problem})"
            said = said.format(where=where, sent=status.sent, waiting=status.waiting)
            if status.skipped:
                said += QCoreApplication.translate(
                    "RoomLink", ", refused by the room: {skipped}"
                ).format(skipped=status.skipped)
            self.state.setText(said + ".")
        if self.isVisible():
            self._list_rooms()

    def hideEvent(self, event: QHideEvent) -> None:
        """Browse only while the tab is shown: nothing listens on the network for rooms while
        participants take the quiz."""
        if self.finder is not None:
            self.finder.close()
            self.finder = None
        super().hideEvent(event)

    def _list_rooms(self) -> None:
        """Browse the network while the tab is shown (zeroconf runs its own thread)."""
        if self.finder is None:
            from teachin.room.discovery import RoomFinder

            try:
                self.finder = RoomFinder()
            except OSError:  # no network at all: the address can still be typed
                return
        found = [(r.name, r.where) for r in self.finder.rooms()]
        shown = [
            (self.rooms.item(i).text(), self.rooms.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.rooms.count())
        ]
        if [(f"{n} — {w}", w) for n, w in found] == shown:
            return
        self.rooms.clear()
        for name, where in found:
            item = QListWidgetItem(f"{name} — {where}")
            item.setData(Qt.ItemDataRole.UserRole, where)
            self.rooms.addItem(item)


def attach_room_link(window: KioskWindow, wanted: tuple[str, str] | None = None) -> RoomLink:
    """Give ``window`` its room link: the tab behind the PIN, the corner label, and the room
    asked for on the command line (``wanted``) or else the one this laptop last joined."""
    link = RoomLink(window)
    window.facilitator_flow.menu.tabs.addTab(
        link.panel, QCoreApplication.translate("RoomLink", "Join a room")
    )
    remembered = get_setting(window.store, ROOM_SETTING)
    if wanted is None and isinstance(remembered, dict):
        address, code = remembered.get("address"), remembered.get("code")
        if isinstance(address, str) and isinstance(code, str):
            wanted = address, code
    if wanted is not None:
        link.panel.address.setText(wanted[0])
        link.panel.code.setText(wanted[1])
        link.join(*wanted)
    link.refresh()
    return link
