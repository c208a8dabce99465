"""The kiosk laptops feeding a room (issue 15), for the presenter's console.

``Room.kiosks()`` returns one ``Kiosk`` per laptop that joined: its name, the answers the room
took from it since it opened, and when it was last heard from. Updated on the room's loop, read
from the presenter's (Qt) thread: a lock keeps the two apart, and reading never waits on the
network.
"""

from __future__ import annotations

import threading
import time
from typing import NamedTuple


class Kiosk(NamedTuple):
    device_id: str
    name: str
    received: int  # answers added to the room's database from this laptop since the room opened
    last_seen: float  # time.time() of its last join or batch

    def seconds_ago(self, now: float | None = None) -> float:
        return max(0.0, (now if now is not None else time.time()) - self.last_seen)


class KioskList:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._kiosks: dict[str, Kiosk] = {}

    def seen(self, device_id: str, name: str | None = None, added: int = 0) -> None:
        with self._lock:
            old = self._kiosks.get(device_id) or Kiosk(device_id, name or "kiosk", 0, 0.0)
            self._kiosks[device_id] = Kiosk(
                device_id, name or old.name, old.received + added, time.time()
            )

    def rows(self) -> list[Kiosk]:
        """Every kiosk that joined, by name."""
        with self._lock:
            return sorted(self._kiosks.values(), key=lambda k: (k.name.casefold(), k.device_id))
