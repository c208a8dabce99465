"""The facilitator PIN, and participants' personal codes: kept only as salted scrypt hashes in
``settings``, never as text.

Stored as ``scrypt$n$r$p$salt_hex$hash_hex`` so the cost can be raised later without
invalidating PINs already set. Wrong PINs are throttled: after ``FREE_TRIES`` failures in a row
each further try waits twice as long as the last (5 s, 10 s, 20 s ... at most an hour); the
count is in the database, so restarting the kiosk does not reset it. The right PIN resets it.
Wrong personal codes are throttled the same way, counted for each attempt they guard (one name's
unfinished answers), so guessing one person's code does not slow down everyone else.

`teachin pin set` (``run_pin``) sets the PIN from a terminal, for organisers preparing laptops.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import sys
import time
from typing import TYPE_CHECKING

from teachin.i18n import translate
from teachin.store.db import Store, log_event

if TYPE_CHECKING:
    import argparse

SETTING = "pin_hash"
FAILURES = "pin_failures"  # {"count": wrong PINs in a row, "at": time of the last one}
CODE_PREFIX = "attempt_code:"  # + attempt id: the hash of the code chosen with that attempt
CODE_FAILURES = "attempt_code_failures:"  # + attempt id: wrong codes for it, as FAILURES
FREE_TRIES = 3
FIRST_WAIT, LONGEST_WAIT = 5.0, 3600.0  # seconds
MIN_LENGTH = 4
_N, _R, _P = 2**14, 8, 1  # ~16 MiB, ~50 ms here: slow to guess, quick to type
_LENGTH = 32


def hash_pin(pin: str, *, salt: bytes | None = None, n: int = _N, r: int = _R, p: int = _P) -> str:
    salt = salt if salt is not None else secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=n, r=r, p=p, dklen=_LENGTH)
    return f"scrypt${n}${r}${p}${salt.hex()}${digest.hex()}"


def verify_pin(pin: str, stored: str) -> bool:
    """True if ``pin`` matches the stored hash (compared in constant time)."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        again = hash_pin(pin, salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p))
    except ValueError:
        return False
    return hmac.compare_digest(again.rsplit("$", 1)[1], digest)


def has_pin(store: Store) -> bool:
    return _stored(store, SETTING) is not None


def set_pin(store: Store, pin: str) -> None:
    """Set or replace the facilitator PIN (at least MIN_LENGTH characters)."""
    if len(pin) < MIN_LENGTH:
        said = translate("store", "the PIN needs at least {count} characters")
        raise ValueError(said.format(count=MIN_LENGTH))
    _put(store, SETTING, hash_pin(pin))
    log_event(store, "pin_set")


def check_pin(store: Store, pin: str) -> bool:
    """True if ``pin`` is the facilitator PIN. False when no PIN has been set. Counts for the
    throttle: callers ask ``wait_before_next_try`` first."""
    stored = _stored(store, SETTING)
    right = stored is not None and verify_pin(pin, stored)
    _count_try(store, FAILURES, right)
    return right


def _count_try(store: Store, key: str, right: bool) -> None:
    """A right try starts the count under ``key`` afresh; a wrong one adds to it."""
    failures = 0 if right else _failures(store, key)[0] + 1
    _put(store, key, json.dumps({"count": failures, "at": time.time()}))


def wait_before_next_try(store: Store, now: float | None = None, *, key: str = FAILURES) -> float:
    """Seconds before another PIN (or, with ``key=code_failures(attempt)``, another code for
    that attempt) may be tried (0: now)."""
    count, at = _failures(store, key)
    if count < FREE_TRIES:
        return 0.0
    wait = min(LONGEST_WAIT, FIRST_WAIT * 2 ** (count - FREE_TRIES))
    now = time.time() if now is None else now
    return max(0.0, at + wait - now) if at <= now else wait  # a clock set back waits anew


def set_code(store: Store, attempt_id: str, code: str) -> None:
    """Keep the personal code a participant chose with their attempt, hashed like the PIN."""
    _put(store, CODE_PREFIX + attempt_id, hash_pin(code))


def check_code(store: Store, attempt_id: str, code: str) -> bool | None:
    """Whether ``code`` is the one chosen with the attempt; None if none was chosen. Counts for
    that attempt's throttle: callers ask ``wait_before_next_try(key=code_failures(...))`` first."""
    stored = _stored(store, CODE_PREFIX + attempt_id)
    if stored is None:
        return None
    right = verify_pin(code, stored)
    _count_try(store, code_failures(attempt_id), right)
    return right


def has_code(store: Store, attempt_id: str) -> bool:
    return _stored(store, CODE_PREFIX + attempt_id) is not None


def code_failures(attempt_id: str) -> str:
    """The key under which wrong codes for ``attempt_id`` are counted."""
    return CODE_FAILURES + attempt_id


def _failures(store: Store, key: str) -> tuple[int, float]:
    try:
        data = json.loads(_stored(store, key) or "{}")
        count, at = int(data.get("count", 0)), float(data.get("at", 0.0))
    except (ValueError, TypeError, AttributeError):  # damaged: counted as the free tries used
        return FREE_TRIES, 0.0
    return max(0, min(count, 64)), at


def _put(store: Store, key: str, value: str) -> None:
    with store.write() as db:
        db["settings"].upsert({"key": key, "value": value}, pk="key")


def _stored(store: Store, key: str) -> str | None:
    row = store.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return str(row[0]) if row else None


# What `teachin pin set` says, in one place.
CLI_TEXT = {
    "first": "New facilitator PIN: ",
    "again": "The same PIN again: ",
    "differ": "The two PINs differ: nothing was changed.",
    "short": "The PIN needs at least {length} characters: nothing was changed.",
    "done": "The facilitator PIN is set in {path}.",
    "no_terminal": "teachin pin set reads the PIN from a terminal (it is never echoed).",
}


def run_pin(args: argparse.Namespace) -> int:
    """`teachin pin set`: the PIN typed twice without echo, then kept hashed."""
    import getpass

    from teachin.store.db import StoreError, open_store

    if not sys.stdin.isatty():
        print(CLI_TEXT["no_terminal"], file=sys.stderr)
        return 1
    try:
        first = getpass.getpass(CLI_TEXT["first"])
        again = getpass.getpass(CLI_TEXT["again"])
    except (EOFError, KeyboardInterrupt):
        return 1
    if first != again:
        print(CLI_TEXT["differ"], file=sys.stderr)
        return 1
    if len(first) < MIN_LENGTH:
        print(CLI_TEXT["short"].format(length=MIN_LENGTH), file=sys.stderr)
        return 1
    try:
        with open_store() as store:
            set_pin(store, first)
            print(CLI_TEXT["done"].format(path=store.path))
    except StoreError as error:
        print(error, file=sys.stderr)
        return 1
    return 0
