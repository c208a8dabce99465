"""Every source line the audience sees on the built-in deck fits the screen at 1280x720 and
1920x1080: the slide's sources line shows in full in the space it is given, and each chart's
"Source:" line is neither cut with "…" nor clipped by the chart's footer."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize

from teachin.charts.base import ChartWidget
from teachin.content.deck import load_deck
from teachin.content.sources import audience_source_lines
from teachin.theme import DEFAULT
from teachin.ui.render import show_still, static_view

pytestmark = pytest.mark.slow
SIZES = [QSize(1280, 720), QSize(1920, 1080)]


@pytest.mark.parametrize("size", SIZES, ids=["720p", "1080p"])
def test_every_source_line_fits_on_screen(qapp, repo, size) -> None:
    deck = load_deck(repo)
    view = static_view(size, DEFAULT)
    misfits = []
    for number, slide in enumerate(deck.slides, 1):
        seen = audience_source_lines(slide, deck)
        if not seen:
            continue
        show_still(view, slide, None, deck)
        where = f"slide {number} {slide.title!r}"
        footer = [box for box in view.slide_layout().footer if box.label == "sources"]
        shown = " ".join(box.doc.toPlainText() for box in footer)
        for line in slide.sources:
            plain = line.replace("*", "")  # Markdown emphasis is drawn, not shown
            if " ".join(plain.split()) not in " ".join(shown.split()):
                misfits.append(f"{where}: sources line not shown in full: {line!r}")
        misfits += [f"{where}: {box.overflow('sources')}" for box in footer if box.overflow("")]
        charts = [w for w in view.chart_widgets() if isinstance(w, ChartWidget)]
        for chart in charts:
            label = chart.footer
            if "…" in label.text():
                misfits.append(f"{where}: chart source cut with '…': {label.text()!r}")
            if label.heightForWidth(label.width()) > label.height() + 1:
                misfits.append(f"{where}: chart footer clipped: {label.text()!r}")
    view.close()
    assert misfits == [], "\n".join(misfits)
