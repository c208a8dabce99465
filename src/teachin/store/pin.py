"""The facilitator PIN: kept only as a salted scrypt hash in ``settings``, never as text.

Stored as ``scrypt$n$r$p$salt_hex$hash_hex`` so the cost can be raised later without
invalidating PINs already set.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from teachin.store.db import Store, log_event

SETTING = "pin_hash"
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
    return _stored(store) is not None


def set_pin(store: Store, pin: str) -> None:
    """Set or replace the facilitator PIN (at least 4 characters)."""
    if len(pin) < 4:
        raise ValueError("the PIN needs at least 4 characters")
    stored = hash_pin(pin)
    with store.write() as db:
        db["settings"].upsert({"key": SETTING, "value": stored}, pk="key")
    log_event(store, "pin_set")


def check_pin(store: Store, pin: str) -> bool:
    """True if ``pin`` is the facilitator PIN. False when no PIN has been set."""
    stored = _stored(store)
    return stored is not None and verify_pin(pin, stored)


def _stored(store: Store) -> str | None:
    row = store.db.execute("SELECT value FROM settings WHERE key = ?", [SETTING]).fetchone()
    return str(row[0]) if row else None
