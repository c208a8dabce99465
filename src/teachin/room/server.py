"""The room's HTTP + WebSocket server (aiohttp), on its own thread and asyncio loop.

Nothing here blocks the caller's (Qt) loop: ``start()`` returns once the socket listens,
``stop()`` once nothing listens any more; the facilitator's calls (``set_live``, ``start_quiz``)
only hand the change to the room's loop. Every database call runs on one writer thread with one
connection (pitfall 6: one writing connection per data folder), one committed transaction per
answer; the reply to a phone is sent after that commit.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
import sqlite3
import threading
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from importlib import resources
from pathlib import Path
from typing import Any

from aiohttp import WSMsgType, web

from teachin.content.gift import Quiz
from teachin.i18n import translate
from teachin.room import network
from teachin.room.core import DEFAULT_LIMITS, Bucket, Limits, Phone, RoomCore, RoomEvent
from teachin.room.kiosk_batch import (
    MAX_KIOSK_BODY,
    parse_batch,
    parse_kiosk_join,
    read_batch,
    store_batch,
)
from teachin.room.kiosks import Kiosk, KioskList
from teachin.room.protocol import (
    MAX_BODY,
    Refused,
    code_of,
    parse_join,
    parse_json,
    parse_message,
    token_of,
)
from teachin.store.db import DB_NAME, Store, StoreError, open_store

log = logging.getLogger(__name__)

# Room codes: no 0/O, 1/I/L, 5/S, 2/Z to misread on a projector or type wrong on a phone.
CODE_ALPHABET = "346789ABCDEFGHJKMNPQRTUVWXY"
CODE_LENGTH = 5
MAX_SOCKETS_PER_PHONE = 4  # a few tabs; more is a flood
STATIC = {
    "/": ("index.html", "text/html"),
    "/app.js": ("app.js", "text/javascript"),
    "/style.css": ("style.css", "text/css"),
}
HEADERS = {
    # The page runs only its own script and talks only to this room.
    "Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'self'; "
    "connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; "
    "frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


class Room:
    """A live room: see the package docstring for how the presenter uses it."""

    def __init__(
        self,
        data_dir: str | Path | None = None,
        deck: Any = None,
        host: str = "0.0.0.0",
        port: int = 0,
        code: str | None = None,
        *,
        store: Store | None = None,
        limits: Limits = DEFAULT_LIMITS,
        on_event: Callable[[RoomEvent], None] | None = None,
        announce: bool = False,
    ) -> None:
        self.quizzes = _quizzes(deck)
        self.data_dir = Path(data_dir) if data_dir else None
        self.host, self.port = host, port
        self.code = (code or new_code()).upper()
        self.limits = limits
        self.on_event = on_event
        self.announce = announce
        self.address = "127.0.0.1" if host.startswith("127.") else host
        self._given_store = store
        self.store: Store | None = None
        self.core: RoomCore | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._stop: asyncio.Event | None = None
        self._error: BaseException | None = None
        self._writer: ThreadPoolExecutor | None = None
        self._gates: dict[str, Bucket] = {}
        self._announcer: network.Announcer | None = None
        self._tasks: set[asyncio.Task] = set()
        self._kiosks: dict[str, tuple[str, str, Bucket]] = {}  # token -> device id, name, rate
        self._kiosk_list = KioskList()

    # -- life ----------------------------------------------------------------------------------

    def start(self, timeout: float = 30.0) -> None:
        """Open the store, listen, return (a free port is picked when ``port`` is 0)."""
        if self._thread is not None:
            raise RuntimeError(translate("room", "the room is already open"))
        self._writer = ThreadPoolExecutor(1, thread_name_prefix="teachin-room-writer")
        self._ready.clear()
        self._thread = threading.Thread(target=self._run, name="teachin-room", daemon=True)
        self._thread.start()
        if not self._ready.wait(timeout) or self._error is not None:
            error = self._error or TimeoutError(translate("room", "the room did not open in time"))
            self.stop()
            raise error

    def stop(self, timeout: float = 30.0) -> None:
        """Close every connection and the listening socket, let the writer finish, close the
        store (when the room opened it). Nothing listens once this returns."""
        thread, loop = self._thread, self._loop
        if thread is None:
            return
        if loop is not None and self._stop is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):  # the loop ended on its own (start failed)
                loop.call_soon_threadsafe(self._stop.set)
        thread.join(timeout)
        self._thread = self._loop = None
        if self._writer is not None:
            if self.store is not None and self._given_store is None:
                with contextlib.suppress(Exception):
                    self._writer.submit(self.store.close).result(timeout)
            self._writer.shutdown(wait=True)
            self._writer = None
        self.store = None

    def __enter__(self) -> Room:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        return f"http://{self.address}:{self.port}/"

    @property
    def join_url(self) -> str:
        """What the QR code holds: the page, with the room code after # (never sent to the
        server by the browser, so it stays out of any log)."""
        return f"{self.url}#{self.code}"

    def addresses(self) -> list[tuple[str, str]]:
        """(IPv4 address, interface name) phones may reach, loopback and link-local left out."""
        return network.lan_addresses()

    def use_address(self, address: str) -> None:
        """Show this address in ``url`` and the QR code (e.g. the hotspot's, not Ethernet's)."""
        self.address = address

    def qr_svg(self) -> bytes:
        return network.qr_svg(self.join_url)

    # -- the facilitator: Python calls only, never reachable from the network -------------------

    def set_quizzes(self, deck: Any) -> None:
        """Use a reloaded deck's quizzes from now on (the presenter's file watcher), keeping the
        code, port and phones. In effect when it returns; see ``RoomCore.set_quizzes``."""
        quizzes = _quizzes(deck)
        if self.core is None or self._loop is None:
            self.quizzes = quizzes
            return
        core = self.core

        def use() -> None:
            self.quizzes = quizzes  # kiosks' batches are checked against these, on this loop
            core.set_quizzes(quizzes)

        self._call(use)

    def set_live(self, quiz: str | None, question: str | None = None) -> None:
        """Put one question live on every phone (``None`` for the waiting screen)."""
        core = self._core()
        if quiz is not None:
            core.check_live(quiz, question or "")
        self._call(lambda: core.set_live(None if quiz is None else (quiz, question or "")))

    def start_quiz(self, quiz: str | None) -> None:
        """Each phone takes ``quiz`` at its own pace (``None``: back to waiting)."""
        core = self._core()
        if quiz is not None and quiz not in self.quizzes:
            raise KeyError(translate("room", "no quiz {quiz!r}").format(quiz=quiz))
        self._call(lambda: core.start_quiz(quiz))

    def counts(self) -> tuple[int, int]:
        """(phones joined, phones that answered the live question / finished the quiz)."""
        core = self._core()
        return len(core.phones), core.answered()

    def kiosks(self) -> list[Kiosk]:
        """The kiosk laptops that joined: name, answers received, last seen (kiosks.py)."""
        return self._kiosk_list.rows()

    def _core(self) -> RoomCore:
        if self.core is None or self._loop is None:
            raise RuntimeError(translate("room", "the room is not open"))
        return self.core

    def _call(self, change: Callable[[], None]) -> None:
        """Apply ``change`` on the room's loop and return once it is in effect (an answer sent
        after this call is judged by it); the phones are told in the background."""

        async def apply() -> None:
            change()
            self._spawn(self._broadcast())

        asyncio.run_coroutine_threadsafe(apply(), self._loop).result(10)

    # -- the loop thread -----------------------------------------------------------------------

    def _run(self) -> None:
        loop = self._loop = asyncio.new_event_loop()
        try:
            runner = loop.run_until_complete(self._open())
        except BaseException as error:
            self._error = error
            self._ready.set()
            loop.close()
            return
        self._ready.set()
        try:
            loop.run_until_complete(self._stop.wait())
        finally:
            loop.run_until_complete(self._close(runner))
            loop.close()

    async def _open(self) -> web.AppRunner:
        self._stop = asyncio.Event()
        if self._given_store is not None:
            self.store = self._given_store
        else:
            folder = self.data_dir
            path = (folder / DB_NAME) if folder else None
            self.store = await asyncio.get_running_loop().run_in_executor(
                self._writer, partial(open_store, path)
            )
        self.core = RoomCore(
            self.store, self.quizzes, self.code, self._write, self.limits, self._emit
        )
        app = web.Application(client_max_size=MAX_KIOSK_BODY, middlewares=[_headers])
        app.router.add_get("/", self._static)
        app.router.add_get("/app.js", self._static)
        app.router.add_get("/style.css", self._static)
        app.router.add_get("/generate_204", _no_content)
        app.router.add_post("/api/join", self._join)
        app.router.add_post("/api/answer", self._answer)
        app.router.add_get("/api/ws", self._websocket)
        app.router.add_post("/api/kiosk/join", self._kiosk_join)
        app.router.add_post("/api/kiosk/batch", self._kiosk_batch)
        self._pages = {path: _read_static(name) for path, (name, _) in STATIC.items()}
        runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await runner.setup()
        site = web.TCPSite(runner, self.host, self.port, backlog=512)
        await site.start()
        self.port = runner.addresses[0][1]
        if self.address in ("0.0.0.0", ""):
            found = network.lan_addresses()
            self.address = found[0][0] if found else "127.0.0.1"
        if self.announce:
            self._announcer = network.Announcer(self.port, [a for a, _ in self.addresses()])
            self._spawn(self._announcer.start())
        return runner

    async def _close(self, runner: web.AppRunner) -> None:
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        if self._announcer is not None:
            with contextlib.suppress(Exception):
                await self._announcer.stop()
        for phone in list(self.core.phones.values()):
            for socket in list(phone.sockets):
                with contextlib.suppress(Exception):
                    await socket.close(code=1001, message=b"room closed")
        await runner.cleanup()

    async def _write(self, function: Callable[..., Any], *args: Any) -> Any:
        """Run a database call on the writer thread; a store failure becomes a 503 the phone
        shows, keeping the answer to send again."""
        try:
            return await asyncio.get_running_loop().run_in_executor(
                self._writer, partial(function, *args)
            )
        except (StoreError, sqlite3.Error) as error:
            raise Refused(
                503,
                translate("room", "{error}. Your answer stays on your phone.").format(error=error),
            ) from None

    def _spawn(self, work: Any) -> None:
        """Run ``work`` in the background on the room's loop, logging (not losing) a failure."""

        async def logged() -> None:
            try:
                await work
            except Exception:
                log.exception("room background task failed")

        task = asyncio.get_running_loop().create_task(logged())
        self._tasks.add(task)  # kept until done: the loop holds tasks only weakly
        task.add_done_callback(self._tasks.discard)

    def _emit(self, event: RoomEvent) -> None:
        if self.on_event is None:
            return
        try:
            self.on_event(event)
        except Exception:  # the presenter's hook must not take the room down
            log.exception("room event handler failed")

    async def _broadcast(self) -> None:
        phones = list(self.core.phones.values())
        await asyncio.gather(*(self._push(p) for p in phones if p.sockets))

    async def _push(self, phone: Phone) -> None:
        try:
            state = await self.core.state(phone)
        except Refused as refused:
            state = refused.reply()
        for socket in list(phone.sockets):
            with contextlib.suppress(Exception):  # a socket closing now reconnects itself
                await socket.send_json(state)

    # -- requests ------------------------------------------------------------------------------

    async def _static(self, request: web.Request) -> web.Response:
        kind = STATIC[request.path][1]
        return web.Response(body=self._pages[request.path], content_type=kind, charset="utf-8")

    def _gate(self, request: web.Request) -> None:
        """Joins, wrong codes and stale tokens, per network address: guessing codes is slow."""
        address = request.remote or "?"
        if len(self._gates) > 10_000:
            self._gates.clear()
        limits = self.limits
        bucket = self._gates.setdefault(
            address, Bucket(limits.joins_per_minute / 60, limits.joins_per_minute)
        )
        if not bucket.take():
            raise Refused(429, translate("room", "Too many tries from this device: wait a minute."))

    def _check_code(self, code: str, request: web.Request) -> None:
        if not secrets.compare_digest(code.upper(), self.code):
            self._gate(request)
            raise Refused(403, translate("room", "Wrong room code: check the code on the screen."))

    def _phone(self, data: dict[str, Any], request: web.Request) -> Phone:
        self._check_code(code_of(data), request)
        try:
            return self.core.phone(token_of(data))
        except Refused:
            self._gate(request)
            raise

    async def _join(self, request: web.Request) -> web.Response:
        try:
            self._gate(request)
            join = parse_join(parse_json(await _body(request)))
            self._check_code(join.code, request)
            phone = await self.core.join(join)
        except Refused as refused:
            return _refusal(refused)
        return web.json_response(
            {"token": phone.token, "nickname": phone.nickname, "seed": phone.seed}
        )

    async def _answer(self, request: web.Request) -> web.Response:
        """One message over plain HTTP (for tests and simple clients; the page uses the
        WebSocket): the same checks and the same reply."""
        try:
            data = parse_json(await _body(request))
            phone = self._phone(data, request)
            reply = await self.core.handle(phone, parse_message(data))
        except Refused as refused:
            return _refusal(refused)
        return web.json_response(reply)

    async def _kiosk_join(self, request: web.Request) -> web.Response:
        """A kiosk laptop joins (issue 15): its own token, tied to its device id."""
        try:
            self._gate(request)
            data = parse_json(await _body(request))
            self._check_code(code_of(data), request)
            device_id, name = parse_kiosk_join(data)
        except Refused as refused:
            return _refusal(refused)
        for old, (device, *_) in list(self._kiosks.items()):  # a restarted kiosk: one token
            if device == device_id:
                del self._kiosks[old]
        if len(self._kiosks) >= 50:
            return _refusal(Refused(503, translate("room", "Too many kiosks in this room.")))
        token = secrets.token_urlsafe(24)
        self._kiosks[token] = (device_id, name, Bucket(2.0, 10))
        self._kiosk_list.seen(device_id, name)
        # "room": which database holds what the kiosk sends (its outbox keeps a mark per room).
        return web.json_response({"token": token, "room": self.store.device_id})

    async def _kiosk_batch(self, request: web.Request) -> web.Response:
        """A kiosk's stored rows, merged once whatever the retries (see kiosk_batch.py)."""
        try:
            data = read_batch(await _body(request, MAX_KIOSK_BODY))
            self._check_code(code_of(data), request)
            kiosk = self._kiosks.get(token_of(data))
            if kiosk is None:
                self._gate(request)
                raise Refused(401, translate("room", "This kiosk is not in the room: join again."))
            device_id, _, bucket = kiosk
            if not bucket.take():
                raise Refused(429, translate("room", "Too many batches at once: wait a moment."))
            batch = parse_batch(data, device_id, self.quizzes)
            if any(batch):
                reply = await self._write(store_batch, self.store, batch)
            else:  # an idle kiosk saying it is still here: no write, no lock
                reply = {"type": "ack", "added": {"answers": 0}, "held": [], "missing": []}
        except Refused as refused:
            return _refusal(refused)
        self._kiosk_list.seen(device_id, added=reply["added"]["answers"])
        for quiz, question in dict.fromkeys((a["quiz"], a["question"]) for a in batch.answers):
            self.core.emit("answer", quiz, question)
        return web.json_response(reply)

    async def _websocket(self, request: web.Request) -> web.StreamResponse:
        try:
            phone = self._phone(dict(request.query), request)
            if len(phone.sockets) >= MAX_SOCKETS_PER_PHONE:
                raise Refused(429, translate("room", "This phone has too many connections open."))
        except Refused as refused:
            return _refusal(refused)
        socket = web.WebSocketResponse(heartbeat=20, max_msg_size=MAX_BODY)
        await socket.prepare(request)
        phone.sockets.add(socket)
        try:
            await socket.send_json(await self.core.state(phone))
            async for message in socket:
                if message.type == WSMsgType.TEXT:
                    reply = await self._message(phone, message.data)
                    await socket.send_json(reply)
                    if reply["type"] == "left":
                        break
                elif message.type == WSMsgType.BINARY:
                    await socket.send_json(
                        Refused(400, translate("room", "Send text messages.")).reply()
                    )
        except Refused as refused:  # e.g. the store failed while making the first state
            with contextlib.suppress(Exception):
                await socket.send_json(refused.reply())
        finally:
            phone.sockets.discard(socket)
        return socket

    async def _message(self, phone: Phone, text: str) -> dict[str, Any]:
        answer_id = None
        try:
            data = parse_json(text)
            answer_id = data.get("id") if isinstance(data.get("id"), str) else None
            reply = await self.core.handle(phone, parse_message(data))
        except Refused as refused:
            return refused.reply(answer_id)
        if reply.get("type") == "done":  # the quiz handed in: every socket of the phone moves on
            self._spawn(self._push(phone))
        return reply


@web.middleware
async def _headers(request: web.Request, handler: Callable) -> web.StreamResponse:
    response = await handler(request)
    if not response.prepared:
        response.headers.update(HEADERS)
    return response


async def _body(request: web.Request, limit: int = MAX_BODY) -> bytes:
    """The request's body, refused (413) past ``limit`` before it is all read when declared."""
    too_large = Refused(
        413,
        translate("room", "The message is too large (over {value} KB).").format(
            value=limit // 1024
        ),
    )
    if request.content_length is not None and request.content_length > limit:
        raise too_large
    try:
        body = await request.read()
    except web.HTTPRequestEntityTooLarge:
        raise too_large from None
    if len(body) > limit:
        raise too_large
    return body


async def _no_content(request: web.Request) -> web.Response:
    """Android asks this to decide whether Wi-Fi "has internet"; answering may keep a phone on
    the hotspot (when the laptop also answers its DNS, which the room does not do itself)."""
    return web.Response(status=204)


def _refusal(refused: Refused) -> web.Response:
    return web.json_response(refused.reply(), status=refused.status)


def _read_static(name: str) -> bytes:
    return resources.files("teachin.room").joinpath("static", name).read_bytes()


def _quizzes(deck: Any) -> Mapping[str, Quiz]:
    """The quizzes of ``deck``: a loaded Deck, a mapping of quizzes, or a deck folder."""
    if deck is None or isinstance(deck, str | Path):
        from teachin import paths
        from teachin.content.deck import load_deck

        deck = load_deck(Path(deck) if deck else paths.deck_dir())
    return deck if isinstance(deck, Mapping) else deck.quizzes
