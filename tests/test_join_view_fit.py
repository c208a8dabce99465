"""The join slide shows the whole address on one line. At 1280x720 with a 29-module QR code
the address's fitted width came out a hair over its column, word wrap broke it after "http://"
and the clipped second line left the projector showing only "http://"."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWidget

from teachin.ui.presenter.join_view import JoinInfo, JoinView

INK = QColor("#000000").rgb()


def ink_bands(image: QImage, from_x: int) -> list[tuple[int, int, int]]:
    """(first row, last row, rightmost x) of each run of rows holding pure black right of
    ``from_x``: the title, the address and the room code, top to bottom."""
    bands: list[tuple[int, int, int]] = []
    start, right = None, 0
    for y in range(image.height() + 1):
        xs = [x for x in range(from_x, image.width()) if y < image.height()
              and image.pixel(x, y) == INK]  # fmt: skip
        if xs:
            start = y if start is None else start
            right = max(right, xs[-1])
        elif start is not None:
            bands.append((start, y - 1, right))
            start, right = None, 0
    return bands


@pytest.mark.parametrize("size", [(1280, 720), (1366, 768), (1920, 1080), (1024, 768)])
@pytest.mark.parametrize("modules", [25, 29, 33])
def test_the_address_is_shown_whole_on_one_line(qtbot, size, modules) -> None:
    width, height = size
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(width, height)
    view = JoinView(window)
    view.setGeometry(window.rect())
    qr = [[False] * modules for _ in range(modules)]  # no dark modules: only text is black
    view.set_info(JoinInfo("http://192.0.2.2:8765", "4M4BU", qr))
    view.show()
    image = view.grab().toImage()
    title, address, code = ink_bands(image, width // 2)
    # "http://" alone ends at about a third of the address's width: the whole of it reaches
    # as far right as the title, give or take a few characters.
    assert address[2] > title[2] * 0.9
    assert address[1] - address[0] < (code[1] - code[0])  # one line, not two
