"""Finding open rooms on the local network (issue 15): browse the rooms' mDNS / DNS-SD
announcement ``_teachin._tcp`` (network.Announcer) with zeroconf.

    finder = RoomFinder()          # browsing starts at once, in zeroconf's own thread
    finder.rooms()                 # [FoundRoom(name, address, port)], whatever answered so far
    finder.close()

The announcement holds no room code: the facilitator still types the code from the screen.
Names and addresses come from the network, so they are checked and cut to size before any
screen shows them.
"""

from __future__ import annotations

import ipaddress
import threading
from typing import NamedTuple

from teachin.room.network import SERVICE

MAX_ROOMS = 20  # a venue's LAN with more than this is not one workshop


class FoundRoom(NamedTuple):
    name: str  # e.g. "Teach-in room 3fa2c1"
    address: str  # IPv4
    port: int

    @property
    def where(self) -> str:
        return f"{self.address}:{self.port}"


def found_room(name: str, addresses: list[str], port: int | None) -> FoundRoom | None:
    """A room from one mDNS answer, or None when it does not hold a usable IPv4 address/port."""
    usable = [a for a in addresses if _ipv4(a)]
    if not usable or not isinstance(port, int) or not 0 < port < 65536:
        return None
    label = name.removesuffix("." + SERVICE).removesuffix(SERVICE)
    label = "".join(c for c in label if c.isprintable())[:60] or "Teach-in room"
    return FoundRoom(label, usable[0], port)


def _ipv4(text: str) -> bool:
    try:
        address = ipaddress.IPv4Address(text)
    except ValueError:
        return False
    return not (address.is_unspecified or address.is_multicast)


class RoomFinder:
    """Browses for rooms until ``close()``; ``rooms()`` never waits on the network."""

    def __init__(self, interfaces: list[str] | None = None) -> None:
        from zeroconf import (
            InterfaceChoice,
            IPVersion,
            ServiceBrowser,
            ServiceStateChange,
            Zeroconf,
        )

        self._lock = threading.Lock()
        self._found: dict[str, FoundRoom] = {}
        choice = interfaces or InterfaceChoice.All
        self._zeroconf = Zeroconf(ip_version=IPVersion.V4Only, interfaces=choice)

        def changed(zeroconf: Zeroconf, service_type: str, name: str, state_change) -> None:
            if state_change is ServiceStateChange.Removed:
                with self._lock:
                    self._found.pop(name, None)
                return
            threading.Thread(target=self._resolve, args=(name,), daemon=True).start()

        self._browser = ServiceBrowser(self._zeroconf, SERVICE, handlers=[changed])

    def _resolve(self, name: str) -> None:
        """Ask for the room's address and port (zeroconf's handler thread must not block)."""
        try:
            info = self._zeroconf.get_service_info(SERVICE, name, timeout=3000)
        except Exception:  # closed meanwhile, or a malformed answer: not a room we can join
            return
        if info is None:
            return
        room = found_room(name, info.parsed_addresses(), info.port)
        with self._lock:
            if room is not None and len(self._found) < MAX_ROOMS:
                self._found[name] = room

    def rooms(self) -> list[FoundRoom]:
        with self._lock:
            return sorted(self._found.values())

    def close(self) -> None:
        self._browser.cancel()
        self._zeroconf.close()
