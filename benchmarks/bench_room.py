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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phones", type=int, nargs="+", default=[50, 200])
    parser.add_argument("--window", type=float, default=10.0)
    parser.add_argument("--echo", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.echo:
        serve_echo()
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
