"""What the presenter showed, and when, for the workshop report's planned-against-actual minutes
and its room charts "as they stood at the reveal".

Kept as rows of the ``events`` table (merged between laptops like every other event):

- ``slide_shown``: detail ``{"slide": N (1-based), "module": M (0-based), "title": "..."}``;
- ``room_revealed``: detail ``{"quiz": "...", "question": "..."}``.

The presenter must go on whatever happens to the database. The log keeps what happened (with
its time) in memory and writes it in one short visit (``flush``, from the presenter's timer and
at the end): holding the database open for the whole talk would be one more writer beside the
kiosk and would stop a kiosk from restoring a damaged file (it must be alone to do that). The
first visit checks the file as every open does; the later ones only take the locks and write
(``open_store(reopen=True)``), since checking 100,000 answers every 30 s would stall the slides.
If the database cannot be written (a read-only folder, a damaged file), it quietly stops
logging.
"""

from __future__ import annotations

import json
import logging
import sqlite3
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
        self._checked: Path | None = None  # the file that passed open_store's check, if one
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
        path = self._path or default_path()
        try:
            try:
                self._visit(path, reopen=path == self._checked)
            except (StoreError, sqlite3.Error, OSError):
                if path != self._checked:
                    raise
                # Something changed since the check (a damaged file, a full disk): a full open
                # says what, and restores the last backup in place of a damaged file, if alone.
                self._checked = None
                self._visit(path, reopen=False)
        # The show goes on; the report will say nothing was kept.
        except (StoreError, sqlite3.Error, OSError) as error:
            log.warning("not logging what the presenter shows: %s", error)  # untranslated: log
            self._failed = True
            self._pending.clear()

    def _visit(self, path: Path, *, reopen: bool) -> None:
        with open_store(path, make_backup=False, reopen=reopen) as store:
            self._checked = path
            with store.write():  # one transaction: one fsync for all of them
                for at, kind, detail in self._pending:
                    log_event(store, kind, detail, at=at)
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
