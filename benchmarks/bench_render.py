"""Rendering benchmarks for `teachin shot` and `teachin handout`, beside a bare-Qt baseline
measured in the same run (quote the ratios: absolute times move with the machine's load).

    python benchmarks/bench_render.py [--deck DIR] [--size 1920x1080]

1. Still picture of every slide (set_slide + grab, as `teachin shot` and the overview do):
   p50/p95 per slide, text slides and chart slides apart. Baseline: a bare QLabel showing the
   same slide's Markdown at the same size and body type size (54 px at 1080p), grabbed.
2. Handout: seconds per page for the whole deck, with and without notes.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel

from teachin import paths
from teachin.content.deck import load_deck
from teachin.content.model import TextPart
from teachin.theme import DEFAULT
from teachin.ui.presenter.handout import write_handout
from teachin.ui.render import ensure_app, parse_size, render_slide, static_view


def percentiles(values: list[float]) -> str:
    ms = sorted(v * 1000 for v in values)
    p95 = ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]
    return f"p50 {statistics.median(ms):.1f} ms, p95 {p95:.1f} ms (n={len(ms)})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--deck", default=None)
    parser.add_argument("--size", default="1920x1080")
    args = parser.parse_args()
    size = parse_size(args.size) or QSize(1920, 1080)
    ensure_app()
    deck = load_deck(paths.deck_dir(args.deck))
    slides = deck.slides
    print(
        f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, Qt offscreen, "
        f"load average {os.getloadavg()[0]:.1f}, {len(slides)} slides at {args.size}"
    )

    label = QLabel()  # the same type sizes as a slide: big type is what costs
    font = QFont(DEFAULT.font_family)
    font.setPixelSize(round(size.height() * 0.05))
    label.setFont(font)
    label.setTextFormat(Qt.TextFormat.MarkdownText)
    label.setWordWrap(True)
    label.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    label.resize(size)
    label.show()
    baseline = []
    for slide in slides:
        text = "\n\n".join(p.markdown for p in slide.parts if isinstance(p, TextPart))
        start = time.perf_counter()
        label.setText(f"# {slide.title}\n\n{text}")
        label.grab()
        baseline.append(time.perf_counter() - start)

    view = static_view(size, DEFAULT)
    for visit in ("first", "second"):
        text_times, chart_times = [], []
        for slide in slides:
            start = time.perf_counter()
            render_slide(view, slide, None, deck)
            (chart_times if slide.charts else text_times).append(time.perf_counter() - start)
        base = statistics.median(baseline)
        print(
            f"still picture, {visit} visit: text slides {percentiles(text_times)}"
            f" -> {statistics.median(text_times) / base:.1f}x baseline p50;"
            f" chart slides {percentiles(chart_times) if chart_times else 'none'}"
        )
    print(
        f"  baseline bare QLabel (Markdown, same type size) setText + grab: {percentiles(baseline)}"
    )
    view.close()

    with tempfile.TemporaryDirectory() as folder:
        for notes in (False, True):
            start = time.perf_counter()
            pages = write_handout(deck, Path(folder) / "h.pdf", notes=notes)
            took = time.perf_counter() - start
            kind = "slide + notes" if notes else "one slide a page"
            print(
                f"handout ({kind}): {pages} pages in {took:.1f} s, "
                f"{took / pages * 1000:.0f} ms a page"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
