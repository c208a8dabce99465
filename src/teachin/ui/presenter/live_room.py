"""The presenter's live room: the ``teachin.room.Room`` server on a thread of this process.

Why a thread and not a ``teachin room`` child process: the Room already keeps off the Qt loop
(its own thread and asyncio loop, every call returns at once), the facilitator's controls are
plain Python calls that nothing on the network reaches, and its events arrive here as a Qt
signal queued to the GUI thread. A child process would need a control protocol over stdin that
the room does not have, for a crash isolation the room's own error handling already gives.

The data folder keeps one writing connection per process: the room opens the store itself (the
presenter has none; its room charts read through a read-only connection), and a kiosk started
with K writes from its own process. ``Store.write()`` takes the folder's OS write lock
(store/oslock.py) around every transaction and checkpoint, so the two take turns (pitfall 6).

What goes live follows the slides (``live_for``): a slide with a quiz block puts its question
live on every phone, or the whole quiz (each phone at its own pace) when the block shows a quiz
of several questions. Other slides change nothing: the phones keep the last question, so late
answers still reach the room chart that follows; "Phones wait" in the console clears it.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal

from teachin.content.gift import Quiz
from teachin.content.model import Slide

if TYPE_CHECKING:
    from teachin.room.core import Limits, RoomEvent
    from teachin.room.server import Room

PORTS = (8765, 0)  # the usual port (easy to type again after a restart), else any free one
HOST = "0.0.0.0"  # phones on every network of the laptop; tests use 127.0.0.1
ANNOUNCE = True  # mDNS, so kiosks find the room by themselves (the code stays on the screen)
MIN_REFRESH_MS = 250  # room charts repaint at most 4 times a second, however fast phones answer


class Live(NamedTuple):
    """What the phones show: one question for everyone, or a whole quiz at each one's pace."""

    quiz: str
    question: str | None = None  # None: the whole quiz, self-paced

    def describe(self) -> str:
        if self.question:
            return f"{self.quiz}: {self.question}"
        return QCoreApplication.translate("LiveRoom", "{quiz} (own pace)").format(quiz=self.quiz)


def live_for(slide: Slide, quizzes: Mapping[str, Quiz]) -> Live | None:
    """What a slide puts live: its first quiz block's question; a block that shows a whole
    quiz makes that quiz self-paced, unless it has a single question to answer."""
    for part in slide.quiz_parts:
        quiz = quizzes.get(part.quiz)
        if quiz is None:
            continue
        if part.question is not None:
            if part.question in quiz:
                return Live(quiz.name, part.question)
            continue
        asked = [q.name for q in quiz.questions if q.kind != "description"]
        if len(asked) == 1:
            return Live(quiz.name, asked[0])
        if asked:
            return Live(quiz.name)
    return None


class LiveRoom(QObject):
    """Opens and closes the room, follows the slides, and tells the console what happens.

    ``changed``: open/closed, the counts, the address or what is live changed (GUI thread).
    ``answered``: new answers are stored; at most every MIN_REFRESH_MS (re-read room charts)."""

    changed = Signal()
    answered = Signal()
    _event = Signal(object)  # from the room's thread; queued to this object's (GUI) thread

    def __init__(self, data_dir: Path, quizzes: Mapping[str, Quiz]) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.quizzes = quizzes
        self.room: Room | None = None
        self.limits: Limits | None = None  # None: the room's defaults (benchmarks lift them)
        self.joined = self.answers_in = 0
        self.live: Live | None = None
        self._addresses: list[tuple[str, str]] = []  # read once per opening (not per answer)
        self._slide: Slide | None = None
        self._last_refresh = 0.0
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.timeout.connect(self._refresh_now)
        self._event.connect(self._on_event, Qt.ConnectionType.QueuedConnection)

    @property
    def is_open(self) -> bool:
        return self.room is not None

    # -- open and close ------------------------------------------------------------------------
    def open(self) -> None:
        """Listen on the usual port, or any free one when another program holds it.
        Raises OSError / StoreError when the room cannot open at all."""
        if self.room is not None:
            return
        from teachin.room.server import Room  # aiohttp only when a room is opened

        error: OSError | None = None
        limits = {"limits": self.limits} if self.limits is not None else {}
        for port in PORTS:
            room = Room(
                self.data_dir,
                self.quizzes,
                HOST,
                port,
                on_event=self._event.emit,
                announce=ANNOUNCE,
                **limits,
            )
            try:
                room.start()
            except OSError as failed:  # the port is taken: try the next
                error = failed
                continue
            self.room = room
            break
        if self.room is None:
            raise error or OSError(
                QCoreApplication.translate("LiveRoom", "the room could not listen")
            )
        self.joined = self.answers_in = 0
        self.live = None
        self._addresses = self.room.addresses()
        if self._slide is not None:
            self.follow(self._slide, force=True)
        self.changed.emit()

    def close(self) -> None:
        """Stop the server: nothing listens once this returns."""
        room, self.room = self.room, None
        if room is None:
            return
        room.stop()
        self._refresh.stop()
        self.live = None
        self.changed.emit()

    # -- the facilitator -----------------------------------------------------------------------
    def follow(self, slide: Slide, force: bool = False) -> None:
        """The presenter reached ``slide``: put its question live (see the module docstring)."""
        if slide is self._slide and not force:
            return
        self._slide = slide
        wanted = live_for(slide, self.quizzes)
        if wanted is not None and wanted != self.live:
            self.set_live(wanted)

    def set_live(self, live: Live | None) -> None:
        if self.room is None:
            return
        try:
            if live is None:
                self.room.set_live(None)
            elif live.question is None:
                self.room.start_quiz(live.quiz)
            else:
                self.room.set_live(live.quiz, live.question)
        except KeyError:  # not in the deck (any more): nothing changes on the phones
            return
        self.live = live
        self.joined, self.answers_in = self.room.counts()
        self.changed.emit()

    def set_quizzes(self, quizzes: Mapping[str, Quiz]) -> None:
        """The deck was reloaded: the open room uses its quizzes from now on (same code, port
        and phones); the next ``follow`` puts the reloaded slide's question live."""
        self.quizzes = quizzes
        if self.room is None:
            return
        self.room.set_quizzes(quizzes)
        live = self.live
        if live is not None and (
            live.quiz not in quizzes or (live.question and live.question not in quizzes[live.quiz])
        ):
            self.live = None  # it left the deck: the room put the phones on "waiting" (core.py)
        self._slide = None  # follow the reloaded slide even if it is "the same"
        self.changed.emit()

    def addresses(self) -> list[tuple[str, str]]:
        return list(self._addresses) if self.room is not None else []

    def use_address(self, address: str) -> None:
        if self.room is not None and address != self.room.address:
            self.room.use_address(address)
            self.changed.emit()

    # -- events from the room's thread ---------------------------------------------------------
    def _on_event(self, event: RoomEvent) -> None:
        if self.room is None:  # queued before the room closed
            return
        self.joined, self.answers_in = event.joined, event.answered
        self.changed.emit()
        if event.kind == "answer" and not self._refresh.isActive():
            since = (time.monotonic() - self._last_refresh) * 1000
            self._refresh.start(max(0, round(MIN_REFRESH_MS - since)))

    def _refresh_now(self) -> None:
        self._last_refresh = time.monotonic()
        self.answered.emit()
