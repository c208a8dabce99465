"""Kiosk laptops in the presenter's room (issue 15) and a deck reloaded while the room is open.

A real kiosk forwarder (teachin.room.forwarder, its own database) feeds the presenter's room on
127.0.0.1: the console lists the laptop with its count, the audience's room chart counts its
answer. The console's kiosk entries fit 1366x768 and grey a quiet laptop; a reloaded deck's
quizzes reach the open room with the same code and port."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette

from teachin.app import Presenter
from teachin.room.forwarder import Forwarder
from teachin.room.kiosks import Kiosk
from teachin.store.db import DB_NAME, open_store
from teachin.store.quiz_session import QuizSession
from teachin.ui.presenter.live_room import Live
from teachin.ui.presenter.room_panel import KIOSKS_SHOWN, RoomPanel
from test_present_liveroom import CHECK, SLIDES, on_phone, presenter  # noqa: F401 (fixture)

HOSTILE_NAME = "Laptop <b>3</b>"
DIM = "#A0A3AA"  # the console's dim colour (console.PALETTES[False])


def open_room_on_the_chart(presenter: Presenter, qtbot) -> None:  # noqa: F811
    qtbot.keyClick(presenter.console, Qt.Key.Key_O)
    qtbot.keyClick(presenter.console, Qt.Key.Key_O)  # the join slide goes
    qtbot.keyClick(presenter.console, Qt.Key.Key_Right)
    qtbot.keyClick(presenter.console, Qt.Key.Key_Right)  # the room chart of check/crowd


def test_a_kiosk_s_answer_reaches_the_console_row_and_the_room_chart_within_a_second(
    presenter: Presenter,  # noqa: F811
    qtbot,
    tmp_path: Path,
) -> None:
    open_room_on_the_chart(presenter, qtbot)
    room = presenter.live_room.room
    panel = presenter.console.room_panel
    assert not panel.kiosks.isVisibleTo(presenter.console)  # no kiosk yet: no kiosk line
    (chart,) = presenter.audience.view.chart_widgets()
    assert chart.counts.sum() == 0
    presenter._ticker.stop()  # no 2-second re-read: only the room's event may fill the chart

    kiosk_store = open_store(tmp_path / "kiosk" / DB_NAME, make_backup=False)
    forwarder = Forwarder(
        kiosk_store, f"127.0.0.1:{room.port}", room.code, name=HOSTILE_NAME, poll_s=0.05
    )
    forwarder.start()
    try:
        qtbot.waitUntil(lambda: panel.kiosks.texts() != [], timeout=3000)  # joined: listed
        assert panel.kiosks.texts() == [f"{HOSTILE_NAME} · 0 answers · seen 0s ago"]

        session = QuizSession.start(kiosk_store, presenter.deck.quizzes["check"], "Kim")
        session.answer(1.3)  # committed on the kiosk first, then forwarded
        forwarder.wake()
        answered = time.monotonic()
        qtbot.waitUntil(lambda: chart.counts.sum() == 1, timeout=1500)
        print(f"kiosk answer to the audience's room chart: {time.monotonic() - answered:.3f} s")
        qtbot.waitUntil(lambda: "1 answer ·" in " ".join(panel.kiosks.texts()), timeout=1500)
    finally:
        forwarder.stop()
        kiosk_store.close()
    (name, count, seen) = panel.kiosks.rows[0]
    assert name.text() == HOSTILE_NAME  # shown as typed ...
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in (name, count, seen))
    assert count.text() == "1 answer" and seen.text().startswith("seen ")

    qtbot.keyClick(presenter.console, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert not panel.kiosks.isVisibleTo(presenter.console)  # room closed: the kiosks go


def kiosk(n: int, received: int, seconds_ago: float, now: float) -> Kiosk:
    return Kiosk(f"device-{n}", f"Laptop {n}", received, now - seconds_ago)


def text_colour(label) -> str:
    label.ensurePolished()
    return label.palette().color(QPalette.ColorRole.WindowText).name().upper()


def test_a_quiet_kiosk_is_greyed_and_a_heard_one_is_not(qtbot) -> None:
    panel = RoomPanel()
    qtbot.addWidget(panel)
    now = time.time()
    panel.kiosks.show_kiosks([kiosk(1, 12, 2, now), kiosk(2, 30, 11, now)], now)
    assert panel.kiosks.texts() == [
        "Laptop 1 · 12 answers · seen 2s ago",
        "Laptop 2 · 30 answers · seen 11s ago",
    ]
    assert panel.kiosks.quiet == [False, True]
    heard, quiet = panel.kiosks.rows
    assert {text_colour(label) for label in quiet} == {DIM}
    assert text_colour(heard[0]) != DIM
    panel.kiosks.show_kiosks([kiosk(1, 12, 2, now), kiosk(2, 31, 0, now)], now)  # caught up
    assert panel.kiosks.quiet == [False, False] and text_colour(quiet[0]) != DIM


def test_many_kiosks_are_summed_up_in_one_line(qtbot) -> None:
    panel = RoomPanel()
    qtbot.addWidget(panel)
    now = time.time()
    laptops = [kiosk(n % 10, 10 + n, 1, now)._replace(name=f"L{n:02}") for n in range(9)]
    panel.kiosks.show_kiosks(laptops, now)
    assert len(panel.kiosks.texts()) == KIOSKS_SHOWN
    rest = laptops[KIOSKS_SHOWN:]
    assert panel.kiosks.more.text() == (
        f"and {len(rest)} more kiosks: {sum(k.received for k in rest)} answers"
    )


@pytest.mark.parametrize("laptops", [0, 1, 4])
def test_the_kiosk_lines_fit_the_console_at_1366x768(
    presenter: Presenter,  # noqa: F811
    qtbot,
    laptops: int,
) -> None:
    console = presenter.console
    qtbot.keyClick(console, Qt.Key.Key_O)
    console.showNormal()
    console.resize(1366, 768)
    qtbot.waitUntil(lambda: console.width() == 1366)
    panel = console.room_panel
    panel._kiosk_timer.stop()  # these fake laptops stay as set
    now = time.time()
    panel.kiosks.show_kiosks(
        [
            kiosk(n, 100 + n, n * 5, now)._replace(name=f"Workshop laptop {n}")
            for n in range(laptops)
        ],
        now,
    )
    qtbot.wait(50)
    assert panel.kiosks.isVisibleTo(console) == (laptops > 0)
    for name, count, seen in panel.kiosks.rows[:laptops]:
        for label in (count, seen):
            assert label.width() >= label.sizeHint().width(), label.text()
            right = label.mapTo(console, label.rect().topRight()).x()
            assert right <= console.width(), label.text()
        assert name.fits() and name.text() == name.full_text()
    assert console.current.height() > 250  # the slide preview keeps most of the height


def test_a_reloaded_deck_reaches_the_open_room_same_code_and_port(
    presenter: Presenter,  # noqa: F811
    qtbot,
) -> None:
    qtbot.keyClick(presenter.console, Qt.Key.Key_O)
    qtbot.keyClick(presenter.console, Qt.Key.Key_Right)  # check/crowd live
    room = presenter.live_room.room
    code, port = room.code, room.port
    root = presenter.deck.root
    (root / "quizzes" / "check.gift").write_text(
        CHECK + "\n::guess:: How many came by train (thousands)? {#40:10}\n", encoding="utf-8"
    )
    (root / "slides" / "01-room.md").write_text(
        SLIDES.replace(
            "question: crowd\n```\n\n---\n\n# Your", "question: guess\n```\n\n---\n\n# Your", 1
        ),
        encoding="utf-8",
    )
    # the presenter's file watcher reloads the deck once the files settle
    qtbot.waitUntil(lambda: presenter.live_room.live == Live("check", "guess"), timeout=5000)
    assert presenter.live_room.room is room and (room.code, room.port) == (code, port)
    assert presenter.live_room.live == Live("check", "guess")  # the reloaded slide's question

    async def join_and_answer(client):
        await client.join("ru")
        return await client.answer("check", "guess", "42")

    [(status, reply)] = on_phone(presenter, join_and_answer)
    assert (status, reply["type"]) == (200, "ack"), reply

    (root / "quizzes" / "check.gift").write_text(
        CHECK.replace("::crowd::", "::mob::"), encoding="utf-8"
    )
    # the live question left the deck: the phones wait
    qtbot.waitUntil(lambda: presenter.live_room.live is None, timeout=5000)
    assert room.core.live is None and presenter.live_room.room is room


def test_a_wording_fix_keeps_each_phone_s_answer_and_a_removed_question_goes_off(
    tmp_path: Path,
) -> None:
    """Room.set_quizzes: a phone that answered keeps its attempt when only wording changed (it
    cannot answer twice); a question gone from the deck is not live any more."""
    import asyncio

    import aiohttp

    from liveroom_kit import LIVE, Client, open_room
    from teachin.content.gift import load_quiz_dir

    def reloaded(text: str) -> dict:
        folder = tmp_path / "edited"
        folder.mkdir(exist_ok=True)
        (folder / "live.gift").write_text(text, encoding="utf-8")
        loaded, problems = load_quiz_dir(folder)
        assert not problems, problems
        return loaded

    with open_room(tmp_path) as room:
        room.set_live("live", "guess")

        async def phone(*steps):
            async with aiohttp.ClientSession() as session:
                client = Client(session, room)
                await client.join("ana")
                return [await step(client) for step in steps]

        async def answer_then_reload_then_look(client):
            first = await client.answer("live", "guess", "8")
            room.set_quizzes(reloaded(LIVE.replace("has a spider", "does a spider have")))
            assert room.counts() == (1, 1)  # the attempt stays: answered once
            async with client.socket() as socket:
                state = await socket.receive_json()
            room.set_quizzes(reloaded(LIVE.replace("::guess::", "::legs::")))
            late = await client.answer("live", "guess", "8")
            return first, state, late

        [(first, state, late)] = asyncio.run(phone(answer_then_reload_then_look))
    assert first[0] == 200
    assert state["question"]["text"].startswith("How many legs does a spider have")
    assert state["answer"] is not None  # the page shows the answer it gave
    assert late[0] == 409  # "guess" left the deck: not live any more


def test_an_idle_kiosk_keeps_saying_it_is_there(tmp_path: Path, monkeypatch) -> None:
    """With nothing to send a kiosk still reaches the room now and then (an empty batch, no
    write), so the console greys only a laptop the room really stopped hearing from."""
    from liveroom_kit import open_room
    from teachin.room import forwarder as forwarding

    monkeypatch.setattr(forwarding, "HEARTBEAT_S", 0.1)
    kiosk_store = open_store(tmp_path / "kiosk" / DB_NAME, make_backup=False)
    with open_room(tmp_path) as room:
        forwarder = Forwarder(kiosk_store, f"127.0.0.1:{room.port}", room.code, poll_s=0.05)
        forwarder.start()
        try:
            deadline = time.monotonic() + 5
            while not room.kiosks() and time.monotonic() < deadline:
                time.sleep(0.02)
            (joined,) = room.kiosks()
            time.sleep(0.6)
            (later,) = room.kiosks()
        finally:
            forwarder.stop()
            kiosk_store.close()
    assert later.last_seen - joined.last_seen >= 0.3
    assert later.received == 0 and forwarder.status().problem == ""
