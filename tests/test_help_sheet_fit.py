"""The `?` help sheet shows every row whole in any window a laptop gives it: at 1280x720, at
1366x768, and at 1366x768 with 200 % scaling (683x384 logical), where the sheet's rows once ran
off the top and bottom (a 14-px floor on the row height made 30 rows need 420 px). In French too,
whose rows run longer, and at a type size still read from a lectern."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWidget

from teachin.ui.presenter.keys import BACKGROUND, HelpOverlay, help_layout, help_rows


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
    # An accent over a capital (the É of "Échap") stands a pixel or two above its letter.
    for i in range(len(bands) - 2, -1, -1):
        (top, bottom), (next_top, next_bottom) = bands[i], bands[i + 1]
        if next_top - bottom <= 2 and 3 * (bottom - top) < next_bottom - next_top:
            bands[i : i + 2] = [(top, next_bottom)]
    return bands


SIZES = [(1280, 720), (1366, 768), (683, 384), (800, 450)]


@pytest.mark.parametrize("size", SIZES)
def test_every_help_row_is_on_the_sheet_whole(qtbot, size: tuple[int, int]) -> None:
    sheet_shows_every_row_whole(qtbot, size)


@pytest.mark.parametrize("size", SIZES)
def test_every_french_help_row_is_on_the_sheet_whole(qtbot, size, in_french) -> None:
    rows = dict(help_rows())
    assert rows["Échap"].startswith("Fermer l’aide")  # French indeed, keys and what they do
    assert "Droite  Bas  Pg suiv  Espace" in rows
    sheet_shows_every_row_whole(qtbot, size)


def test_french_rows_shrink_the_type_by_little(qtbot, in_french) -> None:
    """The widest French row sets the sheet's type size: at 1280x720 it stays within a fifth of
    what the row height gives, as it does in English (a long row must not make all 30 tiny)."""
    window = QWidget()
    qtbot.addWidget(window)
    at = help_layout(1280, 720, window.font())
    assert at.font.pixelSize() >= 0.8 * round(at.line * 0.62)


def sheet_shows_every_row_whole(qtbot, size: tuple[int, int]) -> QImage:
    """The sheet drawn in a window of ``size``, checked: every row apart, nothing off an edge."""
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
    return image
