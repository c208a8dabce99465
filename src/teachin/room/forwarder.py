"""A kiosk laptop forwards its stored answers to the live room (issue 15), on a thread of its own.

The kiosk goes on committing every answer to its own database first, exactly as before; the
forwarder only reads what is stored (store/outbox.py) and sends it, oldest first, in bounded
batches (``POST /api/kiosk/batch``, see kiosk_batch.py), then moves its mark past exactly the
answers the room says it holds. Ids are the kiosk's, so a retry, a reconnect or a later USB
bundle of the same laptop never doubles a row in the room.

When the link is down (Wi-Fi dropped, presenter restarted, room closed) it backs off and tries
again by itself; a room that forgot the kiosk (restarted) answers 401 and the kiosk joins again.
``status()`` says (connected?, answers waiting) for a discreet label; nothing here raises to the
caller. Plain ``urllib``: one request at a time needs no event loop.

    forwarder = Forwarder(store, "192.168.1.20:8765", "K7M3Q")
    forwarder.start()
    forwarder.wake()      # optional, after an answer: send now rather than at the next poll
    forwarder.status()    # Status(connected=True, waiting=0, ...)
    forwarder.stop()
"""

from __future__ import annotations

import json
import logging
import random
import socket
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, replace
from typing import Any

from teachin.i18n import translate
from teachin.store import outbox
from teachin.store.db import Store, StoreError, open_store

log = logging.getLogger(__name__)

BATCH = 200  # answers per request: well under the room's MAX_BATCH and 1 MB body
TIMEOUT_S = 10.0
RATE_PAUSE_S = 0.5  # the room takes 2 batches a second from each kiosk (server.py)
MAX_REPLY = 1024 * 1024  # the ack of a batch lists at most BATCH ids
HEARTBEAT_S = 4.0  # idle, a kiosk still says "here" (an empty batch): the console greys after 10 s


@dataclass(frozen=True)
class Status:
    connected: bool = False  # the room answered the last request
    waiting: int = 0  # answers this laptop holds that the room has not acknowledged
    sent: int = 0  # answers acknowledged since start()
    skipped: int = 0  # answers the room refused (e.g. another version of the quiz): kept here
    problem: str = ""  # the last reason it could not send, for the facilitator


class RoomRefused(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def room_url(address: str) -> str:
    """``http://host:port/`` from what the facilitator typed (``host:port``, or a URL)."""
    address = address.strip()
    if "://" not in address:
        address = "http://" + address
    return address.split("#", 1)[0].rstrip("/") + "/"


class Forwarder:
    def __init__(
        self,
        store: Store,
        address: str,
        code: str,
        *,
        name: str | None = None,
        batch: int = BATCH,
        poll_s: float = 0.25,
        max_backoff_s: float = 2.0,
    ) -> None:
        self.store, self.url, self.code = store, room_url(address), code.strip().upper()
        self.name = name or _device_name(store)
        self.batch, self.poll_s, self.max_backoff_s = batch, poll_s, max_backoff_s
        self._status = Status()
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._token = ""
        self._room = ""  # the room database's device id: whose mark we keep
        self._mark = outbox.Mark()  # this thread is its only writer: read once per room
        self._heard = 0.0  # time.monotonic() of the room's last reply

    # -- the caller's side (any thread) ---------------------------------------------------------

    def start(self) -> None:
        self._stopping.clear()
        self._thread = threading.Thread(target=self._run, name="teachin-forwarder", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = TIMEOUT_S + 2) -> None:
        self._stopping.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def wake(self) -> None:
        self._wake.set()

    def flush(self, timeout: float) -> bool:
        """Wait until the room holds every answer stored here so far (e.g. before the kiosk
        closes); False if it did not within ``timeout`` seconds. Call from the store's thread."""
        row = self.store.db.execute(
            "SELECT max(rowid) FROM answers WHERE device_id = ?", [self.store.device_id]
        ).fetchone()
        last, end = row[0] or 0, time.monotonic() + timeout
        while self._mark.rowid < last:  # the mark moves past acknowledged answers only
            if time.monotonic() > end or self._thread is None:
                return False
            self.wake()
            time.sleep(0.02)
        return True

    def status(self) -> Status:
        with self._lock:
            return self._status

    def _set(self, **changes: Any) -> None:
        with self._lock:
            self._status = replace(self._status, **changes)

    # -- the forwarder's thread -----------------------------------------------------------------

    def _run(self) -> None:
        try:
            reader = open_store(self.store.path, read_only=True)
        except StoreError as error:
            self._set(problem=str(error))
            return
        backoff = 0.0
        size = self.batch
        try:
            while not self._stopping.is_set():
                try:
                    if not self._token:
                        self._join()
                    sent_all, size = self._send_once(reader.conn, size)
                    backoff = 0.0
                    if sent_all:
                        self._wake.wait(self.poll_s)
                        self._wake.clear()
                except RoomRefused as refused:
                    if refused.status == 401:  # the room restarted and forgot this kiosk
                        self._token = ""
                        continue
                    if refused.status == 429:  # sending faster than the room takes batches:
                        self._stopping.wait(RATE_PAUSE_S)  # answers gather into the next one
                        continue
                    backoff = self._pause(reader.conn, backoff, str(refused), connected=True)
                except (OSError, ValueError) as error:  # unreachable, reset, not a room
                    backoff = self._pause(reader.conn, backoff, _reason(error), connected=False)
        finally:
            reader.close()

    def _pause(self, conn: Any, backoff: float, problem: str, *, connected: bool) -> float:
        """Wait before trying again: doubling up to max_backoff_s, with jitter so that the
        kiosks of a room do not all come back in the same millisecond."""
        backoff = min(self.max_backoff_s, max(0.1, backoff * 2))
        waiting = outbox.waiting(conn, self.store.device_id, self._mark) if self._room else 0
        self._set(connected=connected, problem=problem, waiting=waiting)
        self._stopping.wait(backoff * random.uniform(0.5, 1.0))
        return backoff

    def _join(self) -> None:
        reply = self._post("api/kiosk/join", {"device_id": self.store.device_id, "name": self.name})
        token, room = reply.get("token"), reply.get("room") or self.url
        if not isinstance(token, str) or not token or not isinstance(room, str) or len(room) > 80:
            raise ValueError(translate("room", "the room's reply to joining has no token"))
        self._token = token
        if room != self._room:
            self._room, self._mark = room, outbox.read_mark(self.store, room)
        self._set(connected=True, problem="")

    def _send_once(self, conn: Any, size: int) -> tuple[bool, int]:
        """Send the next batch; (nothing left to send, batch size to use next)."""
        mark = self._mark
        batch = outbox.next_batch(conn, self.store.device_id, mark, size)
        if batch is None:
            if time.monotonic() - self._heard >= HEARTBEAT_S:
                self._post("api/kiosk/batch", {"token": self._token})  # nothing to send: "here"
            self._set(connected=True, waiting=0)
            return True, self.batch
        body = {**batch.body(), "token": self._token}
        try:
            reply = self._post("api/kiosk/batch", body)
        except RoomRefused as refused:
            if refused.status not in (400, 413):
                raise
            if size > 1:  # find the one row it refuses; send the others
                return False, max(1, size // 2)
            self._skip(batch, mark, str(refused))
            return False, size
        held = acknowledged(reply)
        done = 0  # acknowledged from the oldest on: the mark moves past exactly those
        while done < len(batch.answers) and batch.answers[done]["id"] in held:
            done += 1
        if done == 0 and batch.answers:
            if size > 1:
                return False, max(1, size // 2)
            self._skip(batch, mark, "the room could not place an answer")
            return False, size
        rowid = batch.rowids[done - 1] if done else mark.rowid
        finished = batch.finished if done == len(batch.answers) else mark.finished
        self._save(outbox.Mark(rowid, finished))
        waiting = outbox.waiting(conn, self.store.device_id, self._mark)
        status = self.status()
        self._set(connected=True, waiting=waiting, sent=status.sent + done, problem="")
        return waiting == 0 and done == len(batch.answers), min(self.batch, size * 2)

    def _skip(self, batch: outbox.Batch, mark: outbox.Mark, problem: str) -> None:
        """One answer the room will never take (it stays in this laptop's database and its
        bundles): move past it rather than block every later answer behind it."""
        rowid = batch.rowids[0] if batch.rowids else mark.rowid
        self._save(outbox.Mark(rowid, batch.finished))
        what = batch.answers[0]["id"] if batch.answers else "(finished attempts)"
        log.warning("the room refused %s: %s", what, problem)  # untranslated: a log line
        self._set(skipped=self.status().skipped + len(batch.rowids[:1]), problem=problem)

    def _save(self, mark: outbox.Mark) -> None:
        outbox.save_mark(self.store, self._room, mark)
        self._mark = mark

    def _post(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        data = json.dumps({"code": self.code, **body}, ensure_ascii=False).encode()
        request = urllib.request.Request(
            self.url + path, data=data, headers={"Content-Type": "application/json"}
        )
        try:
            with urllib.request.urlopen(request, timeout=TIMEOUT_S) as response:
                reply = read_reply(response.read(MAX_REPLY + 1))
                self._heard = time.monotonic()
                return reply
        except urllib.error.HTTPError as error:
            try:
                message = str(read_reply(error.read(MAX_REPLY + 1)).get("message"))[:200]
            except (ValueError, OSError):
                message = str(error.reason)
            raise RoomRefused(error.code, message) from None


def read_reply(body: bytes) -> dict[str, Any]:
    """A room's reply as a JSON object; ValueError for anything else (too long, not JSON)."""
    if len(body) > MAX_REPLY:
        raise ValueError(translate("room", "the room's reply is too long"))
    try:
        reply = json.loads(body)
    except (ValueError, RecursionError):
        raise ValueError(translate("room", "the room's reply is not JSON")) from None
    if not isinstance(reply, dict):
        raise ValueError(translate("room", "the room's reply is not an object"))
    return reply


def acknowledged(reply: dict[str, Any]) -> set[str]:
    """The answer ids a room's reply says it holds; ValueError for anything else."""
    held = reply.get("held")
    if not isinstance(held, list) or not all(isinstance(i, str) for i in held):
        raise ValueError(translate("room", "the room's reply does not list the answers it holds"))
    return set(held)


def _reason(error: BaseException) -> str:
    if isinstance(error, urllib.error.URLError):
        error = error.reason if isinstance(error.reason, BaseException) else error
    if isinstance(error, ConnectionRefusedError):
        return "no room answers at that address"
    if isinstance(error, TimeoutError | socket.timeout):
        return "the room did not answer in time"
    return f"the link to the room is down ({error})"


def _device_name(store: Store) -> str:
    row = store.db.execute("SELECT value FROM settings WHERE key = 'device_name'").fetchone()
    return str(row[0])[:24] if row else "kiosk"
