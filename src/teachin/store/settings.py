"""Laptop-local settings kept in the database's ``settings`` table (never merged).

A value is JSON text. Whatever else a damaged or hand-edited table holds there (another type,
bytes that are not UTF-8, JSON of the wrong shape, megabytes of it) reads as the default, and
``Store.notices`` tells the facilitator which setting was set back: the kiosk keeps running.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from typing import Any

from teachin.store.db import Store

KIOSK_QUIZ = "kiosk_quiz"  # the quiz the kiosk offers to the next person
NAMES = "kiosk_names"  # the facilitator's list of names to pick from (JSON list)
KIOSK_CONTRAST = "kiosk_high_contrast"  # true: the kiosk in the high-contrast theme
KIOSK_ZOOM = "kiosk_text_zoom"  # the kiosk's text size, 1.0 = normal (Ctrl+ / Ctrl-)
KIOSK_CODES = "kiosk_personal_codes"  # true: each participant picks a code to resume with
KIOSK_RETAKES = "kiosk_retakes"  # true: a name that has handed in may start the quiz again
KIOSK_RETAKE_FOR = "kiosk_retake_for"  # [[quiz, name], ...]: may start that quiz once more
MAX_BYTES = 1 << 20  # a list of names for a very large workshop is a few KB

# The shape each known setting must have; any other key takes any JSON value.
SHAPES: dict[str, Callable[[Any], bool]] = {
    KIOSK_QUIZ: lambda value: isinstance(value, str),
    NAMES: lambda value: isinstance(value, list) and all(isinstance(n, str) for n in value),
    KIOSK_CONTRAST: lambda value: isinstance(value, bool),
    KIOSK_ZOOM: lambda value: isinstance(value, int | float) and not isinstance(value, bool),
    KIOSK_CODES: lambda value: isinstance(value, bool),
    KIOSK_RETAKES: lambda value: isinstance(value, bool),
    KIOSK_RETAKE_FOR: lambda value: (
        isinstance(value, list)
        and all(
            isinstance(pair, list) and len(pair) == 2 and all(isinstance(s, str) for s in pair)
            for pair in value
        )
    ),
}


def get_setting(store: Store, key: str, default: Any = None) -> Any:
    """The value stored under ``key``; ``default`` if there is none, or if what is there is
    not a usable value (then with a notice)."""
    try:
        # As bytes: a text value that is not UTF-8 cannot even be fetched as str.
        row = store.db.execute(
            "SELECT CAST(value AS BLOB) FROM settings WHERE key = ?", [key]
        ).fetchone()
    except sqlite3.Error as error:
        return _unusable(store, key, default, str(error))
    if row is None:
        return default
    raw = row[0]
    if raw is None or len(raw) > MAX_BYTES:
        return _unusable(store, key, default, "empty" if raw is None else "too large")
    try:
        value = json.loads(raw.decode("utf-8"))
    except (ValueError, RecursionError):  # not UTF-8, not JSON, or nested beyond reading
        return _unusable(store, key, default, "not readable")
    if not SHAPES.get(key, lambda _value: True)(value):
        return _unusable(store, key, default, f"a {type(value).__name__}, not what it should be")
    return value


def _unusable(store: Store, key: str, default: Any, why: str) -> Any:
    notice = f"The setting {key} was unusable ({why}), so it is back to its default."
    if notice not in store.notices:
        store.notices.append(notice)
    return default


def set_setting(store: Store, key: str, value: Any) -> None:
    with store.write() as db:
        db["settings"].upsert({"key": key, "value": json.dumps(value)}, pk="key")


# One more attempt for one person: the facilitator allows it, that name's next start uses it up.


def retakes_allowed(store: Store, quiz: str) -> list[str]:
    """The names the facilitator allowed to take ``quiz`` once more, not yet used."""
    return [name for at, name in get_setting(store, KIOSK_RETAKE_FOR, []) if at == quiz]


def allow_retake(store: Store, quiz: str, name: str) -> None:
    pairs = get_setting(store, KIOSK_RETAKE_FOR, [])
    if [quiz, name] not in pairs:
        set_setting(store, KIOSK_RETAKE_FOR, [*pairs, [quiz, name]])


def use_retake(store: Store, quiz: str, name: str) -> None:
    """``name`` has started ``quiz`` again: the retake allowed is used up."""
    pairs = get_setting(store, KIOSK_RETAKE_FOR, [])
    set_setting(store, KIOSK_RETAKE_FOR, [pair for pair in pairs if pair != [quiz, name]])
