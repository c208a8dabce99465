"""The `?` help sheet shows every row whole in any window a laptop gives it: at 1280x720, at
1366x768, and at 1366x768 with 200 % scaling (683x384 logical), where the sheet's rows once ran
off the top and bottom (a 14-px floor on the row height made 30 rows need 420 px)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWidget

from teachin.ui.presenter.keys import BACKGROUND, HelpOverlay, help_rows


def text_bands(image: QImage) -> list[tuple[int, int]]:
    """Runs of pixel rows holding anything but the sheet's background: one per line of text."""
    background = QColor(BACKGROUND).rgb()
    inked = [
        any(image.pixel(x, y) != background for x in range(image.width()))
        for y in range(image.height())
    ]
    bands, start = [], None
    for y, ink in enumerate([*inked, False]):
        if ink and start is None:
            start = y
        elif not ink and start is not None:
            bands.append((start, y))
            start = None
    return bands


@pytest.mark.parametrize("size", [(1280, 720), (1366, 768), (683, 384), (800, 450)])
def test_every_help_row_is_on_the_sheet_whole(qtbot, size: tuple[int, int]) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(*size)
    sheet = HelpOverlay(window)
    sheet.setGeometry(window.rect())
    sheet.show()
    image = sheet.grab().toImage()
    background = QColor(BACKGROUND).rgb()
    edges = [(x, y) for x in range(image.width()) for y in (0, 1, image.height() - 1)]
    edges += [(x, y) for y in range(image.height()) for x in (image.width() - 1,)]
    assert all(image.pixel(x, y) == background for x, y in edges)  # nothing runs off an edge
    assert len(text_bands(image)) == len(help_rows()) + 1  # the title and every row, apart
