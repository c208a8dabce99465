"""Laptop-local settings kept in the database's ``settings`` table (never merged)."""

from __future__ import annotations

import json
from typing import Any

from teachin.store.db import Store

KIOSK_QUIZ = "kiosk_quiz"  # the quiz the kiosk offers to the next person
NAMES = "kiosk_names"  # the facilitator's list of names to pick from (JSON list)
KIOSK_CONTRAST = "kiosk_high_contrast"  # true: the kiosk in the high-contrast theme
KIOSK_ZOOM = "kiosk_text_zoom"  # the kiosk's text size, 1.0 = normal (Ctrl+ / Ctrl-)
KIOSK_CODES = "kiosk_personal_codes"  # true: each participant picks a code to resume with
KIOSK_RETAKES = "kiosk_retakes"  # true: a name that has handed in may start the quiz again


def get_setting(store: Store, key: str, default: Any = None) -> Any:
    row = store.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    if row is None:
        return default
    try:
        return json.loads(row[0])
    except ValueError:
        return default


def set_setting(store: Store, key: str, value: Any) -> None:
    with store.write() as db:
        db["settings"].upsert({"key": key, "value": json.dumps(value)}, pk="key")
