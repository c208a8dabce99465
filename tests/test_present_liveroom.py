"""The live room from the presenter: O opens it and shows the join slide, the slide's question
goes live on the phones, the console counts who joined and answered, the room chart fills as
phones answer, Ctrl+O or "Close the room" leaves nothing listening. Real sockets on 127.0.0.1."""

from __future__ import annotations

import asyncio
import socket
from pathlib import Path
from types import SimpleNamespace

import aiohttp
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QPushButton

from liveroom_kit import Client
from teachin.app import Presenter
from teachin.content.deck import load_deck
from teachin.presenting import Action
from teachin.room.network import qr_matrix
from teachin.store import open_store
from teachin.store.answers import all_answers
from teachin.ui.presenter import live_room
from teachin.ui.presenter.live_room import Live

SLIDES = """---
title: Room
minutes: 5
---

# Welcome

Text

---

# How many?

```quiz
quiz: check
question: crowd
```

---

# Your estimates

```chart
kind: room
quiz: check
question: crowd
```

---

# The whole checkpoint

```quiz
quiz: check
```
"""

CHECK = """// @title: Check
// @mode: checkpoint

::crowd:: How many people marched on 1 May 2006 (millions)? {#1.1:0.2}

::side:: Which side? {=Left ~Right}
"""

PRE = """// @title: Before we start
// @mode: pre

::first:: Have you read the article? {=Yes ~No}
"""

HOSTILE = "<script>alert(1)</script>"


def room_presenter(qtbot, root: Path, monkeypatch, slides: str, quizzes: dict[str, str]):
    """A shown presenter of a deck written to ``root`` (``quizzes``: file name -> GIFT), whose
    room opens on 127.0.0.1 at a free port and announces nothing; closed at the end."""
    monkeypatch.setattr(live_room, "HOST", "127.0.0.1")
    monkeypatch.setattr(live_room, "PORTS", (0,))
    monkeypatch.setattr(live_room, "ANNOUNCE", False)
    (root / "slides").mkdir(parents=True)
    (root / "quizzes").mkdir()
    (root / "slides" / "01-room.md").write_text(slides, encoding="utf-8")
    for name, text in quizzes.items():
        (root / "quizzes" / name).write_text(text, encoding="utf-8")
    deck = load_deck(root)
    assert not deck.problems, deck.problems
    shown = Presenter(deck)
    qtbot.addWidget(shown.console)
    qtbot.addWidget(shown.audience)
    shown.show()
    yield shown
    shown.close()


@pytest.fixture
def presenter(qtbot, tmp_path: Path, monkeypatch) -> Presenter:
    quizzes = {"check.gift": CHECK, "pre.gift": PRE}
    yield from room_presenter(qtbot, tmp_path / "deck", monkeypatch, SLIDES, quizzes)


def phone(presenter: Presenter) -> SimpleNamespace:
    """A phone's client for the open room, over 127.0.0.1."""
    room = presenter.live_room.room
    assert room is not None
    return SimpleNamespace(url=f"http://127.0.0.1:{room.port}/", code=room.code)


def on_phone(presenter: Presenter, *steps):
    """Run ``steps(client)`` in order, as one phone (one session), and return their results."""
    target = phone(presenter)

    async def run():
        async with aiohttp.ClientSession() as session:
            client = Client(session, target)
            return [await step(client) for step in steps]

    return asyncio.run(run())


def listening(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
    except OSError:
        return False
    return True


def panel_counts(presenter: Presenter) -> str:
    return presenter.console.room_panel.counts.text()


def console_texts(presenter: Presenter) -> list[str]:
    console = presenter.console
    texts = [w.text() for w in console.findChildren(QLabel)]
    texts += [w.text() for w in console.findChildren(QAbstractButton)]
    texts += [w.toolTip() for w in console.findChildren(QAbstractButton)]
    for box in console.findChildren(QComboBox):
        texts += [box.itemText(i) for i in range(box.count())]
    return [*texts, console.notes.toPlainText(), console.windowTitle()]


def test_o_opens_the_room_a_phone_answers_the_slide_s_question_and_the_chart_fills(
    presenter: Presenter, qtbot
) -> None:
    console = presenter.console
    assert not presenter.live_room.is_open  # off by default
    qtbot.keyClick(console, Qt.Key.Key_O)
    room = presenter.live_room.room
    assert room is not None and listening(room.port)
    join = presenter.audience.join
    assert join is not None and join.isVisible()  # the join slide is up for the room
    assert join.info.code == room.code and join.info.address == room.url.rstrip("/")
    assert join.info.qr == qr_matrix(room.join_url)
    assert room.code in console.room_panel.address.text()

    qtbot.keyClick(console, Qt.Key.Key_Right)  # to the question: the join slide goes
    assert not join.isVisible()
    assert presenter.live_room.live == Live("check", "crowd")

    [(status, _)] = on_phone(presenter, lambda c: c.join(HOSTILE))
    assert status == 200
    qtbot.waitUntil(lambda: panel_counts(presenter) == "1 joined · 0 answered", timeout=2000)

    qtbot.keyClick(console, Qt.Key.Key_Right)  # to the room chart: the question stays live
    assert presenter.live_room.live == Live("check", "crowd")
    (chart,) = presenter.audience.view.chart_widgets()
    assert chart.counts.sum() == 0
    presenter._ticker.stop()  # no 2-second re-read: only the room's event may fill the chart

    async def join_and_answer(client: Client):
        await client.join("bo")
        return await client.answer("check", "crowd", "1.2")

    [(status, reply)] = on_phone(presenter, join_and_answer)
    assert (status, reply["type"]) == (200, "ack")
    qtbot.waitUntil(lambda: chart.counts.sum() == 1, timeout=1000)
    qtbot.waitUntil(lambda: panel_counts(presenter) == "2 joined · 1 answered", timeout=1000)
    (console_copy,) = console.current.chart_widgets()
    assert console_copy.counts.sum() == 1  # the presenter sees what the room sees

    texts = console_texts(presenter)
    assert not any("<script" in text or "alert(" in text for text in texts), texts

    port = room.port
    qtbot.keyClick(console, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert not presenter.live_room.is_open and not listening(port)
    assert console.room_panel.open_button.isVisible() or not console.isVisible()
    assert "closed" in console.room_panel.state.text() and console.room_panel.state.isVisibleTo(
        console
    )
    with open_store() as store:  # the phone's answer is in the data folder like the kiosk's
        assert [(a.quiz, a.question, a.response) for a in all_answers(store)] == [
            ("check", "crowd", 1.2)
        ]


def test_console_buttons_open_start_a_quiz_for_everyone_and_close(
    presenter: Presenter, qtbot
) -> None:
    panel = presenter.console.room_panel
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    room = presenter.live_room.room
    assert room is not None and listening(room.port)
    qtbot.keyClick(presenter.console, Qt.Key.Key_O)  # O again: the join slide goes away
    assert not presenter.audience.join.isVisible()
    assert presenter.live_room.is_open

    buttons = {b.text(): b for b in panel.findChildren(QPushButton)}
    qtbot.mouseClick(buttons["Pre-quiz"], Qt.MouseButton.LeftButton)
    assert presenter.live_room.live == Live("pre")
    assert panel.live.full_text() == "Phones: pre (own pace)"

    async def answer_pre(client: Client):
        await client.join("cy")
        return await client.answer("pre", "first", 0)

    [(status, reply)] = on_phone(presenter, answer_pre)
    assert status == 200, reply

    qtbot.mouseClick(panel.wait_button, Qt.MouseButton.LeftButton)
    assert presenter.live_room.live is None

    async def answer_again(client: Client):
        await client.join("dee")
        return await client.answer("pre", "first", 0)

    [(status, _)] = on_phone(presenter, answer_again)
    assert status == 409  # nothing is open: phones wait

    presenter.act(Action.LAST)
    assert presenter.live_room.live == Live("check")  # a whole quiz: each phone at its pace

    port = room.port
    qtbot.mouseClick(panel.close_button, Qt.MouseButton.LeftButton)
    assert not listening(port)


def test_a_taken_port_falls_back_to_a_free_one(presenter: Presenter, qtbot, monkeypatch) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        monkeypatch.setattr(live_room, "PORTS", (taken.getsockname()[1], 0))
        qtbot.keyClick(presenter.console, Qt.Key.Key_O)
        room = presenter.live_room.room
        assert room is not None and room.port != taken.getsockname()[1]
        assert listening(room.port)


def test_the_address_chooser_changes_the_join_slide(presenter: Presenter, qtbot, monkeypatch):
    """A laptop on a hotspot and Ethernet: the facilitator picks the hotspot's address, and the
    join slide (address and QR code) follows."""
    from teachin.room import network

    found = [("127.0.0.1", "ethernet"), ("10.42.0.1", "hotspot")]
    monkeypatch.setattr(network, "lan_addresses", lambda: list(found))
    qtbot.keyClick(presenter.console, Qt.Key.Key_O)
    panel, room = presenter.console.room_panel, presenter.live_room.room
    assert panel.chooser.isVisibleTo(presenter.console) and panel.chooser.count() == 2
    panel.chooser.setCurrentIndex(1)
    panel.chooser.activated.emit(1)  # what a pick in its list sends
    assert room.url == f"http://10.42.0.1:{room.port}/"
    info = presenter.audience.join.info
    assert info.address == f"http://10.42.0.1:{room.port}"
    assert info.qr == qr_matrix(f"http://10.42.0.1:{room.port}/#{room.code}")
    assert f"10.42.0.1:{room.port}" in panel.address.text()


def test_quitting_the_presenter_closes_the_room(presenter: Presenter, qtbot) -> None:
    qtbot.keyClick(presenter.console, Qt.Key.Key_O)
    port = presenter.live_room.room.port
    assert listening(port)
    presenter.close()
    assert not listening(port)


def test_phones_and_a_kiosk_process_write_to_one_data_folder_and_lose_nothing(
    presenter: Presenter, qtbot, data_dir: Path
) -> None:
    """Pitfall 6: the presenter's room writes from this process while a kiosk (K) writes from its
    own; the folder's write lock makes them take turns, and every answer of both is stored."""
    import subprocess
    import sys

    from teachin.store.backup import check_file
    from test_store_safety import WRITER

    qtbot.keyClick(presenter.console, Qt.Key.Key_O)
    qtbot.keyClick(presenter.console, Qt.Key.Key_Right)  # check/crowd live
    kiosk = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(data_dir / "teachin.db"), "kiosk", "150"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    target = phone(presenter)

    async def crowd():
        async with aiohttp.ClientSession() as session:

            async def one(n: int):
                client = Client(session, target)
                await client.join(f"phone {n}")
                return await client.answer("check", "crowd", str(n))

            return await asyncio.gather(*(one(n) for n in range(20)))

    replies = asyncio.run(crowd())
    out, err = kiosk.communicate(timeout=60)
    assert kiosk.returncode == 0 and out.strip() == "done", err
    assert [status for status, _ in replies] == [200] * 20
    with open_store() as store:
        rows = all_answers(store)
    assert len({a.id for a in rows}) == len(rows) == 170
    assert sorted(a.response for a in rows if a.quiz == "check") == list(range(20))
    assert check_file(data_dir / "teachin.db", full=True) is None


def test_a_room_that_cannot_open_says_why_and_the_show_goes_on(
    presenter: Presenter, qtbot, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    presenter.live_room.data_dir = blocker / "data"
    qtbot.keyClick(presenter.console, Qt.Key.Key_O)
    assert not presenter.live_room.is_open
    assert presenter.audience.join is None or not presenter.audience.join.isVisible()
    assert presenter.console.status_label.full_text().startswith("The room could not open:")
    qtbot.keyClick(presenter.console, Qt.Key.Key_Right)  # the slides still move
    assert presenter.model.position.slide == 1


def test_the_console_says_when_the_room_sees_the_join_slide(presenter: Presenter, qtbot) -> None:
    """On two screens the facilitator faces the console: its copy of the slide must not look
    like what the projector shows while the join slide (or a black screen) covers it."""
    console = presenter.console
    badge = console.badge
    qtbot.keyClick(console, Qt.Key.Key_O)  # opens the room, the join slide goes up
    assert presenter.audience.join is not None and presenter.audience.join.isVisible()
    assert not badge.isHidden() and "join slide" in badge.text()
    qtbot.keyClick(console, Qt.Key.Key_B)  # black covers the join slide too
    assert "black" in badge.text()
    qtbot.keyClick(console, Qt.Key.Key_B)
    assert not badge.isHidden() and "join slide" in badge.text()
    qtbot.keyClick(console, Qt.Key.Key_O)  # O hides it: the room sees the slide again
    assert badge.isHidden()
    qtbot.keyClick(console, Qt.Key.Key_O)
    assert not badge.isHidden()
    qtbot.keyClick(console, Qt.Key.Key_PageDown)  # the clicker moves on: the join slide goes
    assert not presenter.audience.join.isVisible() and badge.isHidden()


@pytest.mark.parametrize("size", [(1366, 768), (1280, 720), (1920, 1080)])
def test_the_room_strip_keeps_the_console_within_the_laptop_screen(
    presenter: Presenter, qtbot, size: tuple[int, int]
) -> None:
    """A laptop on a hotspot and Ethernet (the address chooser shows) with a full room: the
    strip's buttons go to a second line rather than push the console past the screen's edge
    (it was 1474 px wide on a 1366-px screen: "Close the room" and the clock off screen)."""
    console = presenter.console
    width, height = size
    qtbot.keyClick(console, Qt.Key.Key_O)
    room = presenter.live_room
    room.addresses = lambda: [("192.168.137.1", "Wi-Fi hotspot"), ("10.100.200.123", "Ethernet")]
    room.joined, room.answers_in = 123, 118
    panel = console.room_panel
    panel.show_state()
    assert panel.chooser.isVisibleTo(console)
    console.resize(width, height)
    qtbot.waitUntil(lambda: console.width() == width)
    assert console.minimumSizeHint().width() <= width
    frame = console.rect()
    buttons = [panel.join_button, panel.wait_button, panel.close_button, panel.chooser]
    for widget in [*buttons, *panel.quiz_buttons.values(), console.clock_label]:
        corner = widget.mapTo(console, widget.rect().bottomRight())
        assert frame.contains(corner), (widget, corner, frame)
    if width >= 1920:
        assert panel.one_line  # a wide console keeps the strip on one line
