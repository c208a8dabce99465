"""Shared by the forwarding tests and benchmark: a room and kiosks as real processes on loopback,
each with its own data folder, that a test can kill (SIGKILL) and start again.

Processes come from a forkserver that has imported the room and the store once, so a restart
costs a fork, not an interpreter start: fifty kills stay within seconds.
"""

from __future__ import annotations

import asyncio
import contextlib
import multiprocessing
import socket
import sqlite3
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from liveroom_kit import quizzes
from teachin.store.db import DB_NAME

CODE = "KIOSK"
ANSWERS_PER_PERSON = 3  # the "self" quiz of liveroom_kit: s-pick, s-word, s-guess

_context = multiprocessing.get_context("forkserver")
_context.set_forkserver_preload(["liveroom_kit", "teachin.room.server", "teachin.room.forwarder"])


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _room_main(folder: str, port: int, ready: Any) -> None:
    from teachin.room.core import Limits
    from teachin.room.server import Room

    room = Room(
        Path(folder) / "data",
        quizzes(Path(folder) / "quizzes"),
        "127.0.0.1",
        port,
        CODE,
        limits=Limits(joins_per_minute=100_000),
    )
    room.start()
    ready.set()
    while True:
        time.sleep(3600)


def _kiosk_main(folder: str, address: str, people: int, pause_s: float, stop: Any) -> None:
    """Answer ``people`` attempts of three answers (each committed first, as the kiosk does),
    forwarding all along; once done (or told to stop), wait until the room holds everything."""
    from teachin.room.forwarder import Forwarder
    from teachin.store.db import open_store
    from teachin.store.quiz_session import QuizSession

    quiz = quizzes(Path(folder) / "quizzes")["self"]
    store = open_store(Path(folder) / "data" / DB_NAME, make_backup=False)
    forwarder = Forwarder(store, address, CODE, poll_s=0.05, max_backoff_s=0.5)
    forwarder.start()
    done = store.db.execute("SELECT count(*) FROM attempts").fetchone()[0]
    for person in range(done, people):
        if stop.is_set():
            break
        session = QuizSession.start(store, quiz, f"P{person}")
        for value in (0, "Paris", 8):
            session.answer(value)
            session.attempt.next()
            forwarder.wake()
            time.sleep(pause_s)
        session.submit()
    assert forwarder.flush(60), "the room did not take every answer"
    forwarder.stop()
    store.close()


@dataclass
class Room:
    folder: Path
    port: int = field(default_factory=free_port)
    process: Any = None
    kills: int = 0

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    def start(self) -> None:
        ready = _context.Event()
        self.process = _context.Process(
            target=_room_main, args=(str(self.folder), self.port, ready), daemon=True
        )
        self.process.start()
        if not ready.wait(30):
            raise TimeoutError("the room did not open")

    def kill(self) -> None:
        self.process.kill()
        self.process.join()
        self.kills += 1

    def stop(self) -> None:
        if self.process is not None and self.process.is_alive():
            self.process.kill()
            self.process.join()

    @property
    def db(self) -> Path:
        return self.folder / "data" / DB_NAME


@dataclass
class Kiosk:
    folder: Path
    address: str
    people: int
    pause_s: float = 0.002
    process: Any = None
    kills: int = 0
    stop_asked: Any = field(default_factory=_context.Event)

    def start(self) -> None:
        args = (str(self.folder), self.address, self.people, self.pause_s, self.stop_asked)
        self.process = _context.Process(target=_kiosk_main, args=args, daemon=True)
        self.process.start()

    def kill(self) -> None:
        self.process.kill()
        self.process.join()
        self.kills += 1

    def finish(self, timeout: float = 60) -> int | None:
        """Wait until it answered everything and the room holds it; its exit code."""
        self.process.join(timeout)
        return self.process.exitcode

    @property
    def db(self) -> Path:
        return self.folder / "data" / DB_NAME


def answer_ids(db: Path) -> list[str]:
    """Every answer id in ``db`` (a plain read: every writer is gone by then)."""
    with sqlite3.connect(db) as conn:
        return [row[0] for row in conn.execute("SELECT id FROM answers")]


def integrity(db: Path) -> str:
    with sqlite3.connect(db) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]


def figures(room: Room, kiosks: list[Kiosk]) -> dict[str, int]:
    """Kills, answers the kiosks hold (each acknowledged to its participant when committed),
    answers lost on the way to the room, and rows the room holds more than once or from nowhere."""
    held = answer_ids(room.db)
    given = [i for kiosk in kiosks for i in answer_ids(kiosk.db)]
    return {
        "room kills": room.kills,
        "kiosk kills": sum(k.kills for k in kiosks),
        "answers": len(given),
        "lost": len(set(given) - set(held)),
        "duplicated": len(held) - len(set(held)) + len(set(held) - set(given)),
    }


class Link:
    """A TCP relay between the kiosks and the room that a test can cut (every connection
    reset, nothing listening) and restore, like Wi-Fi dropping and coming back."""

    def __init__(self, target_port: int) -> None:
        self.target_port, self.port = target_port, free_port()
        self.cuts = 0
        self._loop = asyncio.new_event_loop()
        self._server: asyncio.Server | None = None
        self._open: set[asyncio.StreamWriter] = set()
        threading.Thread(target=self._loop.run_forever, daemon=True).start()
        self.restore()

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    def _do(self, work: Any) -> Any:
        return asyncio.run_coroutine_threadsafe(work, self._loop).result(10)

    def restore(self) -> None:
        async def listen() -> None:
            self._server = await asyncio.start_server(self._relay, "127.0.0.1", self.port)

        self._do(listen())

    def cut(self) -> None:
        async def drop() -> None:
            self._server.close()
            for writer in list(self._open):
                writer.transport.abort()
            await self._server.wait_closed()

        self._do(drop())
        self.cuts += 1

    def close(self) -> None:
        self.cut()
        self._loop.call_soon_threadsafe(self._loop.stop)

    async def _relay(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            far_reader, far_writer = await asyncio.open_connection("127.0.0.1", self.target_port)
        except OSError:
            writer.transport.abort()
            return
        self._open.update((writer, far_writer))

        async def pipe(source: asyncio.StreamReader, sink: asyncio.StreamWriter) -> None:
            try:
                while data := await source.read(65536):
                    sink.write(data)
                    await sink.drain()
            except OSError:
                pass
            finally:
                sink.transport.abort()

        await asyncio.gather(pipe(reader, far_writer), pipe(far_reader, writer))
        self._open.difference_update((writer, far_writer))


@contextlib.contextmanager
def room_and_kiosks(
    tmp: Path, laptops: int, people: int, relay: bool = False
) -> Iterator[tuple[Room, list[Kiosk], Link | None]]:
    """A room and ``laptops`` kiosks answering ``people`` attempts each, started; through a
    ``Link`` when ``relay``. Every process is gone once the block ends."""
    room = Room(tmp / "room")
    room.start()
    link = Link(room.port) if relay else None
    address = link.address if link else room.address
    kiosks = [Kiosk(tmp / f"kiosk{n}", address, people) for n in range(laptops)]
    try:
        for kiosk in kiosks:
            kiosk.start()
        yield room, kiosks, link
    finally:
        for process in [room.process, *(k.process for k in kiosks)]:
            if process is not None and process.is_alive():
                process.kill()
                process.join()
        if link is not None:
            link.close()
