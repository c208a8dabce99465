"""The overview (G or Tab) on a laptop screen: it opens with the current slide in view, so the
facilitator can pick the slide before or after it without scrolling first."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from teachin.app import Presenter
from teachin.content.deck import load_deck

SLIDES = 24


@pytest.fixture
def presenter(qtbot, tmp_path: Path) -> Presenter:
    slides = "\n\n---\n\n".join(f"# Slide {n}\n\nText {n}" for n in range(1, SLIDES + 1))
    (tmp_path / "slides").mkdir()
    (tmp_path / "slides" / "01-many.md").write_text(
        f"---\ntitle: Many\nminutes: 5\n---\n\n{slides}\n", encoding="utf-8"
    )
    shown = Presenter(load_deck(tmp_path), start_slide=14)
    qtbot.addWidget(shown.console)
    qtbot.addWidget(shown.audience)
    shown.show()
    yield shown
    shown.close()


@pytest.mark.parametrize("size", [(1366, 768), (1280, 720)])
def test_the_overview_opens_with_the_current_slide_in_view(
    presenter: Presenter, qtbot, size: tuple[int, int]
) -> None:
    console = presenter.console
    console.resize(*size)  # the laptop's screen, after the console was built at another size
    qtbot.waitExposed(console)
    qtbot.keyClick(console, Qt.Key.Key_G)
    overview = console.overview
    assert console.pages.currentWidget() is overview
    qtbot.wait(50)  # the layout settles
    scrolled = overview.verticalScrollBar().value()
    cell = overview.grid.cell(overview.grid.cursor)
    assert overview.grid.cursor == 14
    assert scrolled <= cell.top() and cell.bottom() <= scrolled + overview.viewport().height()
