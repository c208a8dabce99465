"""Grab the live room from the presenter (for docs/room.md and the README): the join slide the
projector shows, and the console with its room strip after a few phones and four kiosk laptops
answered (real forwarders, each with its own database; the fourth stopped 11 s before the grab,
so it shows greyed, as a laptop whose Wi-Fi dropped would).

python room.py JOIN.png CONSOLE.png     (run with QT_QPA_PLATFORM=offscreen)

The room listens on 127.0.0.1 only; the join slide shows a typical hotspot address instead
(192.168.137.1, Windows' Mobile hotspot) so the picture looks like the room will.
"""

import asyncio
import sys
import tempfile
import time
import uuid
from pathlib import Path

import aiohttp

from teachin import paths
from teachin.app import Presenter, make_application
from teachin.content.deck import load_deck
from teachin.presenting import Action
from teachin.room.forwarder import Forwarder
from teachin.store.db import DB_NAME, open_store
from teachin.store.quiz_session import QuizSession
from teachin.ui.presenter import live_room

live_room.HOST, live_room.ANNOUNCE = "127.0.0.1", False
app = make_application()
paths.set_data_dir(tempfile.mkdtemp())  # a throw-away database, never the real one
deck = load_deck(paths.builtin_deck())
quiz_slide = next(
    i
    for i, slide in enumerate(deck.slides)
    if any(part.quiz == "checkpoint-05" for part in slide.quiz_parts)
)
presenter = Presenter(deck, start_slide=quiz_slide)
presenter.show()
presenter.act(Action.ROOM)
room = presenter.live_room.room
presenter.live_room.use_address("192.168.137.1")
app.processEvents()
presenter.audience.showNormal()
presenter.audience.resize(1280, 720)
app.processEvents()
presenter.audience.grab().save(sys.argv[1])


async def phones() -> None:
    url = f"http://127.0.0.1:{room.port}/api/"
    async with aiohttp.ClientSession() as session:
        for name, value in (("Amina", "18"), ("Bo", "25"), ("Chen", "20"), ("Dee", "12")):
            join = {"code": room.code, "nickname": name}
            async with session.post(url + "join", json=join) as reply:
                token = (await reply.json())["token"]
            answer = {
                "code": room.code,
                "token": token,
                "type": "answer",
                "id": str(uuid.uuid4()),
                "quiz": "checkpoint-05",
                "question": "refugees-2014",
                "value": value,
            }
            async with session.post(url + "answer", json=answer) as reply:
                assert reply.status == 200, await reply.text()
        await session.post(url + "join", json={"code": room.code, "nickname": "Eli"})


asyncio.run(phones())


def kiosks() -> None:
    """Four laptops answer on their own databases and forward to the room."""
    quiz = deck.quizzes["checkpoint-05"]
    forwarders = []
    for laptop, values in enumerate(((15, 22, 19), (30, 17), (21, 16, 24, 20), (14,)), start=1):
        folder = Path(tempfile.mkdtemp())
        store = open_store(folder / DB_NAME, make_backup=False)
        for person, value in enumerate(values):
            session = QuizSession.start(store, quiz, f"L{laptop}P{person}")
            while session.attempt.current.name != "refugees-2014":
                session.attempt.next()
            session.answer(float(value))
        name = f"Laptop {laptop}" if laptop < 4 else "Library laptop"
        forwarder = Forwarder(store, f"127.0.0.1:{room.port}", room.code, name=name, poll_s=0.1)
        forwarder.start()
        assert forwarder.flush(10)
        forwarders.append((forwarder, store))
    quiet, quiet_store = forwarders.pop()
    quiet.stop()  # its Wi-Fi dropped: the console greys it after 10 s
    quiet_store.close()
    end = time.monotonic() + 11
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.05)
    presenter.console.room_panel.show_kiosks()
    for forwarder, store in forwarders:
        forwarder.stop()
        store.close()


presenter.act(Action.ROOM)  # the join slide goes: the talk goes on
presenter.act(Action.NEXT)  # to the room chart
presenter.console.showNormal()
presenter.console.resize(1366, 768)
for _ in range(20):
    app.processEvents()
kiosks()
presenter._refresh_room_charts()
for chart in presenter.console.current.chart_widgets():
    chart.finish()
app.processEvents()
presenter.console.grab().save(sys.argv[2])
presenter.close()
