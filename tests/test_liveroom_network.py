"""The room on the local network: the addresses it offers, the QR code, the mDNS announcement."""

from __future__ import annotations

import ipaddress
import threading

import pytest

from liveroom_kit import quizzes
from teachin.room import network
from teachin.room.server import Room


def test_the_addresses_offered_to_phones_are_reachable_ipv4_ones():
    for address, interface in network.lan_addresses():
        ip = ipaddress.IPv4Address(address)
        assert not ip.is_loopback and not ip.is_link_local and interface


def test_the_qr_code_holds_the_page_and_the_code(tmp_path):
    room = Room(tmp_path / "data", quizzes(tmp_path / "q"), "127.0.0.1", 0, code="abc12")
    room.start()
    try:
        assert room.code == "ABC12"
        assert room.join_url == f"http://127.0.0.1:{room.port}/#ABC12"
        svg = room.qr_svg()
    finally:
        room.stop()
    assert svg.startswith(b"<?xml") and b"<svg" in svg
    matrix = network.qr_matrix(room.join_url)
    assert len(matrix) == len(matrix[0]) and (len(matrix) - 21) % 4 == 0
    assert any(any(row) for row in matrix) and not all(all(row) for row in matrix)


def test_a_chosen_address_is_the_one_shown(tmp_path):
    room = Room(tmp_path / "data", quizzes(tmp_path / "q"), "0.0.0.0", 0)
    room.start()
    try:
        room.use_address("10.1.2.3")
        assert room.url == f"http://10.1.2.3:{room.port}/"
    finally:
        room.stop()


@pytest.mark.skipif(not network.lan_addresses(), reason="no LAN address to announce on")
def test_kiosks_can_find_the_room_by_mdns(tmp_path):
    from zeroconf import ServiceBrowser, Zeroconf

    room = Room(tmp_path / "data", quizzes(tmp_path / "q"), "0.0.0.0", 0, announce=True)
    room.start()
    found: list = []
    seen = threading.Event()

    class Listener:
        def add_service(self, zc, kind, name):
            found.append(zc.get_service_info(kind, name, timeout=3000))
            seen.set()

        def update_service(self, *_):
            pass

        def remove_service(self, *_):
            pass

    browser = Zeroconf(interfaces=[a for a, _ in network.lan_addresses()])
    try:
        ServiceBrowser(browser, network.SERVICE, Listener())
        assert seen.wait(10)
    finally:
        browser.close()
        room.stop()
    info = found[0]
    assert info.port == room.port
    assert b"code" not in info.properties  # the code is only on the screen


def test_the_terminal_qr_code_is_square_blocks():
    lines = network.qr_text("http://192.168.137.1:8765/#7KX4M").splitlines()
    assert len({len(line) for line in lines}) == 1  # every line as wide
    assert set("".join(lines)) <= set("█▀▄ ")
    assert len(lines) * 2 >= len(lines[0]) - 1  # two module rows a line: about square
