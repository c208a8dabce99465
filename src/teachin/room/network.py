"""The laptop's side of the local network: its addresses, the QR code, the mDNS announcement.

- ``lan_addresses()``: IPv4 addresses a phone may reach (``ifaddr``, which zeroconf brings);
  loopback and link-local (169.254.x.x: no DHCP answered) are left out.
- ``qr_svg(url)`` / ``qr_matrix(url)``: the join QR code (``segno``, pure Python) as SVG bytes or
  as rows of dark/light modules for Qt to paint.
- ``Announcer``: announces ``_teachin._tcp`` so kiosks find the room (issue 15). The TXT record
  holds no room code: a kiosk still needs the code from the screen, like a phone.
"""

from __future__ import annotations

import io
import ipaddress
import secrets
import socket

import ifaddr
import segno

SERVICE = "_teachin._tcp.local."


def lan_addresses() -> list[tuple[str, str]]:
    """(address, interface name), private addresses first (the hotspot's, the venue's)."""
    found: list[tuple[str, str]] = []
    for adapter in ifaddr.get_adapters():
        for ip in adapter.ips:
            if not isinstance(ip.ip, str):  # IPv6 entries are tuples
                continue
            address = ipaddress.IPv4Address(ip.ip)
            if address.is_loopback or address.is_link_local or address.is_unspecified:
                continue
            found.append((str(address), adapter.nice_name))
    found.sort(key=lambda item: not ipaddress.IPv4Address(item[0]).is_private)
    return list(dict.fromkeys(found))


def qr_svg(text: str, scale: int = 8) -> bytes:
    buffer = io.BytesIO()
    segno.make(text, error="m", micro=False).save(buffer, kind="svg", scale=scale, border=2)
    return buffer.getvalue()


def qr_text(text: str) -> str:
    """The QR code drawn with block characters, for a terminal (two rows of modules a line)."""
    out = io.StringIO()
    segno.make(text, error="m").terminal(out=out, compact=True)
    return out.getvalue().rstrip("\n")


def qr_matrix(text: str) -> list[list[bool]]:
    """Rows of modules, True for dark, with no border (the painter adds the quiet zone)."""
    return [[bool(cell) for cell in row] for row in segno.make(text, error="m").matrix]


class Announcer:
    """Registers the room with mDNS/DNS-SD on the given addresses until ``stop()``."""

    def __init__(self, port: int, addresses: list[str]) -> None:
        self.port, self.addresses = port, addresses
        self.name = f"Teach-in room {secrets.token_hex(3)}.{SERVICE}"
        self._zeroconf = None
        self._info = None

    async def start(self) -> None:
        if not self.addresses:
            return
        from zeroconf import IPVersion
        from zeroconf.asyncio import AsyncServiceInfo, AsyncZeroconf

        self._info = AsyncServiceInfo(
            SERVICE,
            self.name,
            addresses=[socket.inet_aton(a) for a in self.addresses],
            port=self.port,
            properties={"path": "/", "protocol": "1"},
        )
        self._zeroconf = AsyncZeroconf(ip_version=IPVersion.V4Only, interfaces=self.addresses)
        # The call returns the announcing task: awaited, nothing is left pending at close.
        await (await self._zeroconf.async_register_service(self._info))

    async def stop(self) -> None:
        if self._zeroconf is None:
            return
        if self._info is not None:
            await (await self._zeroconf.async_unregister_service(self._info))
        await self._zeroconf.async_close()
        self._zeroconf = None
