"""What the presenter showed, and when, for the workshop report's planned-against-actual minutes
and its room charts "as they stood at the reveal".

Kept as rows of the ``events`` table (merged between laptops like every other event):

- ``slide_shown``: detail ``{"slide": N (1-based), "module": M (0-based), "title": "..."}``;
- ``room_revealed``: detail ``{"quiz": "...", "question": "..."}``.

The presenter must go on whatever happens to the database. The log keeps what happened (with
its time) in memory and writes it in one short visit (``flush``, from the presenter's timer and
at the end): holding the database open for the whole talk would be one more writer beside the
kiosk and would stop a kiosk from restoring a damaged file (it must be alone to do that). If the
database cannot be written (a read-only folder, a damaged file), it quietly stops logging.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path

from teachin.store.db import Store, StoreError, default_path, log_event, open_store
from teachin.store.util import now_iso

SLIDE_SHOWN = "slide_shown"
ROOM_REVEALED = "room_revealed"
log = logging.getLogger(__name__)


class SlideLog:
    def __init__(self, path: Path | None = None) -> None:
        self._path = path
        self._pending: list[tuple[str, str, dict]] = []  # (at, kind, detail), oldest first
        self._failed = False
        self._last: tuple[int, int] | None = None

    def shown(self, slide: int, module: int, title: str) -> None:
        """Slide ``slide`` (1-based) of module ``module`` (0-based) is on the screen now; a
        repeat of the slide just logged (a reveal step) is not logged again."""
        if self._last == (slide, module):
            return
        self._last = (slide, module)
        self._keep(SLIDE_SHOWN, {"slide": slide, "module": module, "title": title})

    def revealed(self, quiz: str, question: str) -> None:
        self._keep(ROOM_REVEALED, {"quiz": quiz, "question": question})

    def _keep(self, kind: str, detail: dict) -> None:
        if not self._failed:
            self._pending.append((now_iso(), kind, detail))

    def flush(self) -> None:
        """Write what was kept since the last flush, each row with the time it happened."""
        if self._failed or not self._pending:
            return
        try:
            with open_store(self._path or default_path(), make_backup=False) as store:
                while self._pending:
                    at, kind, detail = self._pending[0]
                    log_event(store, kind, detail, at=at)
                    self._pending.pop(0)
        except StoreError as error:  # the show goes on; the report will say nothing was kept
            log.warning("not logging what the presenter shows: %s", error)  # untranslated: log
            self._failed = True
            self._pending.clear()

    def close(self) -> None:
        self.flush()


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
