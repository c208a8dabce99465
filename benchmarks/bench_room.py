"""The live room under a crowd on loopback, beside a bare aiohttp WebSocket echo.

    python benchmarks/bench_room.py [--phones 50 200] [--window 10]

For each crowd size: a `teachin room` process (the real command, its own data folder, one live
question of the built-in deck) and an echo process (this file with `--echo`: aiohttp, one
WebSocket route that decodes each JSON message and sends it back) are started. N simulated
phones (aiohttp client WebSockets, in this process) join, connect, then each sends one answer at
a random moment within the window. Printed: acknowledged answers lost (acked but not in the
database) and duplicated (rows per answer id > 1), ack latency p50/p95 for the room and the echo
(send -> reply, same pattern of sends), their ratio, and the room process's resident memory per
connected phone (RSS with N phones connected minus before any joined, / N; Linux /proc).
Loopback only; every loop is bounded (N phones, one answer each, timeouts on every wait).

    python benchmarks/bench_room.py --presenter [--phones 200] [--window 10]

The presenter's side: a child process runs the presenter (offscreen, 1920x1080, the built-in
deck) with its room opened as O opens it (teachin.ui.presenter.live_room, on a thread of the
presenter's process) and a room-chart question live. It changes slides among the deck's chart
slides, every other change to that question's room chart (which re-reads the answers on each
answer event), timing each change from the call to the audience view's paint: first with no
phones (the baseline, same run), then while N phones answer. Printed: p50/p95 of both, their
ratio, and the charts' 50 ms target.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT = 60.0


def serve_echo() -> None:
    """The baseline: the same library, the same transport, no rules and no database."""
    from aiohttp import WSMsgType, web

    async def echo(request: web.Request) -> web.WebSocketResponse:
        socket = web.WebSocketResponse()
        await socket.prepare(request)
        async for message in socket:
            if message.type == WSMsgType.TEXT:
                data = json.loads(message.data)
                await socket.send_json({"type": "ack", "id": data.get("id")})
        return socket

    app = web.Application()
    app.router.add_get("/api/ws", echo)
    app.router.add_post("/api/join", lambda _: _joined())

    async def main() -> None:
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0, backlog=512)
        await site.start()
        print(f"room open: http://127.0.0.1:{runner.addresses[0][1]}/ code ECHO", flush=True)
        await asyncio.Event().wait()

    asyncio.run(main())


async def _joined():
    from aiohttp import web

    return web.json_response({"token": "echo-token-0000000000000", "seed": "0" * 16})


def start(command: list[str]) -> tuple[subprocess.Popen, str, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    child = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env)
    line = child.stdout.readline()
    found = re.match(r"room open: (http://\S+/) code (\S+)", line)
    if not found:
        child.kill()
        raise SystemExit(f"no room: {line!r}")
    return child, found.group(1), found.group(2)


def rss_kib(pid: int) -> int | None:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    found = re.search(r"VmRSS:\s+(\d+) kB", status)
    return int(found.group(1)) if found else None


async def crowd(url: str, code: str, phones: int, window: float, question: tuple, child: int):
    """Join N phones, connect them, then each answers once within ``window`` seconds.
    Returns (acked ids, latencies in s, refused replies, RSS before, RSS connected)."""
    import aiohttp

    quiz, name, value = question
    before = rss_kib(child)
    acked: list[str] = []
    latencies: list[float] = []
    refused: list[dict] = []
    connector = aiohttp.TCPConnector(limit=0)
    async with aiohttp.ClientSession(connector=connector) as session:

        async def join(n: int) -> str:
            body = {"code": code, "nickname": f"bench {n}"}
            async with session.post(url + "api/join", json=body) as response:
                data = await response.json()
                if response.status != 200:
                    raise SystemExit(f"join refused: {data}")
                return data["token"]

        tokens = [await join(n) for n in range(phones)]
        sockets = [
            await session.ws_connect(
                url.replace("http", "ws") + "api/ws", params={"code": code, "token": token}
            )
            for token in tokens
        ]
        for socket in sockets:  # the room's first state; the echo sends none
            if code != "ECHO":
                await asyncio.wait_for(socket.receive_json(), TIMEOUT)
        await asyncio.sleep(0.5)
        connected = rss_kib(child)

        async def answer(socket) -> None:
            await asyncio.sleep(random.uniform(0, window))
            answer_id = str(uuid.uuid4())
            message = {
                "type": "answer",
                "id": answer_id,
                "quiz": quiz,
                "question": name,
                "value": value,
            }
            sent = time.perf_counter()
            await socket.send_json(message)
            while True:
                reply = await asyncio.wait_for(socket.receive_json(), TIMEOUT)
                if reply.get("id") == answer_id:
                    break
            latencies.append(time.perf_counter() - sent)
            (acked if reply["type"] == "ack" else refused).append(
                answer_id if reply["type"] == "ack" else reply
            )

        await asyncio.gather(*(answer(s) for s in sockets))
        for socket in sockets:
            await socket.close()
    return acked, latencies, refused, before, connected


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def live_question() -> tuple[str, str, object]:
    """The first single-choice or poll question of the built-in deck's first checkpoint."""
    sys.path.insert(0, str(ROOT / "src"))
    from teachin import paths
    from teachin.content.gift import load_quiz_dir

    quizzes, _ = load_quiz_dir(paths.builtin_deck() / "quizzes")
    for name in sorted(quizzes):
        if quizzes[name].mode == "checkpoint":
            for question in quizzes[name].questions:
                if question.kind in ("single", "poll", "truefalse"):
                    return name, question.name, 0
    raise SystemExit("no single-choice question in the built-in deck")


def run(phones: int, window: float, question: tuple) -> None:
    with tempfile.TemporaryDirectory(prefix="bench-room-") as folder:
        quiz, name, _ = question
        room, url, code = start(
            [
                sys.executable,
                "-m",
                "teachin",
                "--data-dir",
                folder,
                "room",
                "--host",
                "127.0.0.1",
                "--port",
                "0",
                "--live",
                f"{quiz}/{name}",
                "--no-announce",
                "--joins-per-minute",
                "100000",
                "--max-phones",
                str(phones + 10),
            ]
        )
        echo, echo_url, _ = start([sys.executable, __file__, "--echo"])
        try:
            acked, room_lat, refused, before, connected = asyncio.run(
                crowd(url, code, phones, window, question, room.pid)
            )
            _, echo_lat, _, _, _ = asyncio.run(
                crowd(echo_url, "ECHO", phones, window, question, echo.pid)
            )
        finally:
            for child in (room, echo):
                child.terminate()
                child.wait(30)
        db = sqlite3.connect(Path(folder) / "teachin.db")
        rows = dict(db.execute("SELECT id, COUNT(*) FROM answers GROUP BY id").fetchall())
        db.close()
    lost = sum(1 for a in acked if a not in rows)
    duplicated = sum(n - 1 for n in rows.values() if n > 1)
    p50, p95 = percentile(room_lat, 0.5), percentile(room_lat, 0.95)
    e50, e95 = percentile(echo_lat, 0.5), percentile(echo_lat, 0.95)
    memory = (
        f"{(connected - before) / phones:.0f} KiB per phone (RSS {before} -> {connected} KiB)"
        if before and connected
        else "n/a"
    )
    print(f"{phones} phones, one answer each within {window:g} s, live {quiz}/{name}:")
    print(
        f"  acknowledged {len(acked)}, refused {len(refused)}, stored rows {len(rows)}, "
        f"lost {lost}, duplicated {duplicated}"
    )
    print(f"  ack latency   room p50 {p50 * 1000:.1f} ms  p95 {p95 * 1000:.1f} ms")
    print(f"  echo latency  bare p50 {e50 * 1000:.1f} ms  p95 {e95 * 1000:.1f} ms")
    print(f"  ratio room/echo: p50 {p50 / e50:.1f}x  p95 {p95 / e95:.1f}x")
    print(f"  memory: {memory}")
    if refused:
        print(f"  refusals: {refused[:3]}")


PRESENTER_QUESTION = ("checkpoint-05", "refugees-2014", "19")  # a room chart's estimate
QUIET_CHANGES = 60  # slide changes timed before any phone joins


def presenter_child(stop_file: str) -> None:
    """The presenter with its room open; slide changes timed, quiet then under load."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT / "src"))
    from PySide6.QtCore import QEvent, QObject

    from teachin import paths
    from teachin.app import Presenter, make_application
    from teachin.content.deck import load_deck
    from teachin.presenting import Action
    from teachin.room.core import Limits
    from teachin.ui.presenter import live_room

    live_room.HOST, live_room.PORTS, live_room.ANNOUNCE = "127.0.0.1", (0,), False
    app = make_application()
    deck = load_deck(paths.builtin_deck())
    presenter = Presenter(deck)
    presenter.show()
    presenter.audience.showNormal()
    presenter.audience.resize(1920, 1080)
    # every simulated phone comes from 127.0.0.1: lift the per-address join limit
    presenter.live_room.limits = Limits(max_phones=1000, joins_per_minute=1e6)
    presenter.act(Action.ROOM)
    presenter.act(Action.ROOM)  # the join slide away: the slides are what is timed
    quiz, question, _ = PRESENTER_QUESTION
    presenter.live_room.set_live(live_room.Live(quiz, question))
    room = presenter.live_room.room
    slides = deck.slides
    target = next(
        i
        for i, slide in enumerate(slides)
        if any(chart.options.get("question") == question for chart in slide.charts)
    )
    others = [i for i, s in enumerate(slides) if s.charts and i != target and not s.quiz_parts]
    view = presenter.audience.view

    class Painted(QObject):
        at: float | None = None

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and self.at is None:
                obj.removeEventFilter(self)
                obj.event(event)
                self.at = time.perf_counter()
                return True
            return False

    visits = iter(range(10**9))

    def change() -> float:
        n = next(visits)
        slide = target if n % 2 == 0 else others[(n // 2) % len(others)]
        painted = Painted()
        view.installEventFilter(painted)
        start = time.perf_counter()
        presenter.model.go_to(slide)
        presenter.render()
        while painted.at is None and time.perf_counter() - start < 5:
            app.processEvents()
        view.removeEventFilter(painted)
        took = ((painted.at or time.perf_counter()) - start) * 1000
        idle_until = time.perf_counter() + 0.1  # a presenter reads a slide: idle work runs
        while time.perf_counter() < idle_until:
            app.processEvents()
            time.sleep(0.002)
        return took

    for _ in range(2 * len(others)):  # every chart built once: later visits reuse them
        change()
    quiet = [change() for _ in range(QUIET_CHANGES)]
    print(f"room open: http://127.0.0.1:{room.port}/ code {room.code}", flush=True)
    loaded = []
    while not os.path.exists(stop_file):
        loaded.append(change())
    presenter.model.go_to(target)
    presenter.render()
    (chart,) = view.chart_widgets()
    chart.refresh()
    shown = int(chart.counts.sum())  # the answers reached the room chart
    print(json.dumps({"quiet": quiet, "loaded": loaded, "shown": shown}), flush=True)
    presenter.close()


def run_presenter(phones: int, window: float) -> None:
    with tempfile.TemporaryDirectory(prefix="bench-presenter-") as folder:
        stop = Path(folder) / "stop"
        env_dir = Path(folder) / "data"
        os.environ["TEACHIN_DATA_DIR"] = str(env_dir)
        child, url, code = start([sys.executable, __file__, "--presenter-child", str(stop)])
        try:
            acked, latencies, refused, _, _ = asyncio.run(
                crowd(url, code, phones, window, PRESENTER_QUESTION, child.pid)
            )
            stop.touch()
            line = child.stdout.readline()
            child.wait(TIMEOUT)
        finally:
            if child.poll() is None:
                child.kill()
        times = json.loads(line)
    quiet, loaded = times["quiet"], times["loaded"]
    q95, l95 = percentile(quiet, 0.95), percentile(loaded, 0.95)
    print(
        f"presenter with its room open, {phones} phones answering within {window:g} s "
        f"({len(acked)} acknowledged, {len(refused)} refused, ack p95 "
        f"{percentile(latencies, 0.95) * 1000:.1f} ms; the room chart shows {times['shown']}):"
    )
    print(
        f"  chart slide change to painted, no phones (baseline, n={len(quiet)}): "
        f"p50 {percentile(quiet, 0.5):.1f} ms  p95 {q95:.1f} ms"
    )
    print(
        f"  chart slide change to painted, while phones answer (n={len(loaded)}): "
        f"p50 {percentile(loaded, 0.5):.1f} ms  p95 {l95:.1f} ms  ({l95 / q95:.1f}x baseline "
        f"p95; charts' target p95 <= 50 ms)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phones", type=int, nargs="+", default=[50, 200])
    parser.add_argument("--window", type=float, default=10.0)
    parser.add_argument("--presenter", action="store_true", help="the presenter's side")
    parser.add_argument("--echo", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--presenter-child", metavar="STOP_FILE", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.echo:
        serve_echo()
        return
    if args.presenter_child:
        presenter_child(args.presenter_child)
        return
    if args.presenter:
        for phones in args.phones:
            run_presenter(phones, args.window)
        return
    question = live_question()
    print(
        f"Python {sys.version.split()[0]}, SQLite {sqlite3.sqlite_version}, "
        f"{os.cpu_count()} CPUs (shared machine: compare the ratio)"
    )
    for phones in args.phones:
        run(phones, args.window, question)


if __name__ == "__main__":
    main()
