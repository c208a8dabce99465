"""What the presenter showed, and when, for the workshop report's planned-against-actual minutes
and its room charts "as they stood at the reveal".

Kept as rows of the ``events`` table (merged between laptops like every other event):

- ``slide_shown``: detail ``{"slide": N (1-based), "module": M (0-based), "title": "..."}``;
- ``room_revealed``: detail ``{"quiz": "...", "question": "..."}``.

The presenter must go on whatever happens to the database: the log opens it on first use and,
if it cannot be written (a read-only folder, a damaged file), quietly stops logging.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path

from teachin.store.db import Store, StoreError, default_path, log_event, open_store

SLIDE_SHOWN = "slide_shown"
ROOM_REVEALED = "room_revealed"
log = logging.getLogger(__name__)


class SlideLog:
    def __init__(self, path: Path | None = None) -> None:
        self._path = path
        self._store: Store | None = None
        self._failed = False
        self._last: tuple[int, int] | None = None

    def shown(self, slide: int, module: int, title: str) -> None:
        """Slide ``slide`` (1-based) of module ``module`` (0-based) is on the screen now; a
        repeat of the slide just logged (a reveal step) is not logged again."""
        if self._last == (slide, module):
            return
        self._last = (slide, module)
        self._log(SLIDE_SHOWN, {"slide": slide, "module": module, "title": title})

    def revealed(self, quiz: str, question: str) -> None:
        self._log(ROOM_REVEALED, {"quiz": quiz, "question": question})

    def _log(self, kind: str, detail: dict) -> None:
        if self._failed:
            return
        try:
            if self._store is None:
                self._store = open_store(self._path or default_path(), make_backup=False)
            log_event(self._store, kind, detail)
        except StoreError as error:  # the show goes on; the report will say nothing was kept
            log.warning("not logging what the presenter shows: %s", error)
            self._failed = True
            self.close()

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None


@dataclass(frozen=True)
class Logged:
    at: str  # ISO UTC
    device_id: str
    kind: str
    detail: dict


def logged(store: Store) -> list[Logged]:
    """Every slide_shown and room_revealed event, oldest first (details that are not JSON
    objects are left out: a bundle may carry anything)."""
    rows = store.conn.execute(
        "SELECT at, device_id, kind, detail FROM events WHERE kind IN (?, ?) ORDER BY at, id",
        [SLIDE_SHOWN, ROOM_REVEALED],
    )
    found = []
    for at, device, kind, detail in rows:
        try:
            value = json.loads(detail or "{}")
        except ValueError:
            continue
        if isinstance(value, dict):
            found.append(Logged(at, device, kind, value))
    return found
