"""`teachin room` SIGKILLed during a burst of answers: every answer it acknowledged is in the
database afterwards, none twice, and the database is sound."""

from __future__ import annotations

import asyncio
import os
import re
import signal
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

import aiohttp
import pytest

from liveroom_kit import quizzes

ROOT = Path(__file__).resolve().parent.parent
ROUNDS = 3
PHONES = 12


def open_room_process(deck: Path, data: Path) -> tuple[subprocess.Popen, str, str]:
    command = [sys.executable, "-m", "teachin", "--data-dir", str(data), "--deck", str(deck),
               "room", "--host", "127.0.0.1", "--port", "0", "--live", "live/mood",
               "--no-announce", "--joins-per-minute", "1000"]  # fmt: skip
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    child = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env)
    line = child.stdout.readline()
    found = re.match(r"room open: (http://127\.0\.0\.1:\d+/) code (\S+)$", line.strip())
    assert found, line
    return child, found.group(1), found.group(2)


async def burst(url: str, code: str, child: subprocess.Popen, acked: list[str]) -> int:
    """PHONES phones answer at the room's rate limit; the room is killed at its 40th ack."""
    sent, acked_before = 0, len(acked)
    async with aiohttp.ClientSession() as session:
        sockets = []
        for n in range(PHONES):
            async with session.post(
                url + "api/join", json={"code": code, "nickname": f"p{n}"}
            ) as response:
                token = (await response.json())["token"]
            socket = await session.ws_connect(
                url.replace("http", "ws") + "api/ws", params={"code": code, "token": token}
            )
            await socket.receive_json()
            sockets.append(socket)

        async def phone(socket) -> None:
            nonlocal sent
            for _ in range(200):  # bounded: the kill comes long before
                answer_id = str(uuid.uuid4())
                try:
                    await socket.send_json(
                        {
                            "type": "answer",
                            "id": answer_id,
                            "quiz": "live",
                            "question": "mood",
                            "value": sent % 3,
                        }
                    )
                    sent += 1
                    reply = await asyncio.wait_for(socket.receive_json(), 10)
                except (TimeoutError, ConnectionError, TypeError, ValueError, RuntimeError):
                    return  # the room died: the socket closed
                if reply.get("type") == "ack":
                    acked.append(reply["id"])
                    if len(acked) - acked_before == 40:
                        child.send_signal(signal.SIGKILL)
                elif reply.get("status") != 429:
                    raise AssertionError(reply)
                await asyncio.sleep(0.2)  # ~5 a second, within the room's limit per phone

        await asyncio.gather(*(phone(s) for s in sockets))
    return sent


@pytest.mark.slow
def test_every_acknowledged_answer_survives_a_kill(tmp_path):
    quizzes(tmp_path / "deck" / "quizzes")
    (tmp_path / "deck" / "slides").mkdir()
    data = tmp_path / "data"
    acked: list[str] = []
    sent = 0
    for done in range(ROUNDS):  # each round: a fresh room process on the same data folder
        child, url, code = open_room_process(tmp_path / "deck", data)
        try:
            sent += asyncio.run(burst(url, code, child, acked))
        finally:
            child.kill()
            child.wait(30)
        assert child.returncode == -signal.SIGKILL
        assert len(acked) >= 40 * (done + 1)
    db = sqlite3.connect(data / "teachin.db")
    rows = dict(db.execute("SELECT id, COUNT(*) FROM answers GROUP BY id").fetchall())
    assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    db.close()
    lost = [a for a in acked if a not in rows]
    print(f"{ROUNDS} kills: sent {sent}, acknowledged {len(acked)}, stored {len(rows)}, lost "
          f"{len(lost)}")  # fmt: skip
    assert len(acked) >= 40 * ROUNDS
    assert lost == []
    assert all(n == 1 for n in rows.values())
    assert len(rows) >= len(acked)  # some may be stored but killed before their ack


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM])
def test_teachin_room_prints_where_it_is_and_closes_cleanly(tmp_path, stop):
    import socket

    quizzes(tmp_path / "deck" / "quizzes")
    (tmp_path / "deck" / "slides").mkdir()
    child, url, code = open_room_process(tmp_path / "deck", tmp_path / "data")
    port = int(url.rsplit(":", 1)[1].strip("/"))
    with socket.create_connection(("127.0.0.1", port), timeout=5):
        pass
    child.send_signal(stop)
    rest, _ = child.communicate(timeout=30)
    assert child.returncode == 0
    assert rest.strip().endswith("room closed") and len(code) == 5
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=2)
