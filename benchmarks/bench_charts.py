"""Chart benchmarks at 1920x1080 offscreen, each beside a bare-pyqtgraph baseline in the same run.

    python benchmarks/bench_charts.py [--visits 60] [--answers 10000]

1. Frames over a 2-s build (the animation from empty to the true values) for each chart kind:
   frames painted, median fps (from the median paint-to-paint interval), share of intervals
   over 33 ms, and the cost of one forced repaint. Target: median >= 55 fps, <= 2 % over 33 ms.
   Baseline: the same data in a plain ``pg.PlotWidget`` animated by the same QVariantAnimation.
2. Slide change to the first painted chart frame: hide one chart, show the next and play() it,
   until its plot has painted. First visits build the chart; later visits reuse it (the slide
   view keeps charts). Target: p95 <= 50 ms. Baseline: a bare PlotWidget shown and setData'd.
3. Room chart refresh with --answers answers stored in a real Teach-in SQLite store (read with
   the presenter's ``store.reader.RoomAnswers``, binned, bars moved, repainted). Target:
   <= 30 ms. Baseline: the same rows read with a bare SELECT, binned with numpy, one
   BarGraphItem.setOpts + repaint.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEasingCurve, QEvent, QEventLoop, QObject, QVariantAnimation
from PySide6.QtWidgets import QApplication, QWidget

REPO = Path(__file__).resolve().parent.parent
W, H = 1920, 1080
CHARTS = {
    "line": {"kind": "line", "series": "remittances_lmic_worldbank_2019vintage_via_ft"},
    "bars": {"kind": "bars", "series": "migrants_by_sdg_region_un2020rev", "year": "2020"},
    "grouped-bars": {
        "kind": "grouped-bars",
        "series": "egypt_remittances_usd_wdi_2018vintage, egypt_suez_canal_revenue",
        "years": "2015, 2016",
    },
    "magnitude": {
        "kind": "magnitude",
        "items": "article_claims:net_resource_transfers_1980_2012, "
        "article_claims:remittances_developing_2015",
    },
    "what-if": {
        "kind": "what-if",
        "series": "egypt_remittances_usd_wdi_2018vintage, egypt_suez_canal_revenue",
        "year": "2016",
        "slider": "Change in remittances, -80..0 %",
        "at": "-30",
    },
    "room": {"kind": "room", "quiz": "bench", "question": "estimate"},
}
GIFT = "::estimate:: How many international migrants were there in 2015, in millions? {#244:10}"


class PaintClock(QObject):
    """Records when a widget is painted."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.stamps: list[float] = []
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.stamps.append(time.perf_counter())
        return False


def pct(values: list[float], p: float) -> float:
    return float(np.percentile(values, p)) if values else float("nan")


# --- the app's charts, and bare baselines ---------------------------------------------------------


def make_deck():
    from teachin.content.data import load_series_dir
    from teachin.content.gift import parse_gift
    from teachin.content.model import Deck

    series, _ = load_series_dir(REPO / "assets" / "data")
    quiz, _ = parse_gift(GIFT, Path("bench.gift"))
    return Deck(REPO, (), series=series, quizzes={"bench": quiz})


def build(kind: str, deck, answers=None, parent: QWidget | None = None):
    from teachin.charts import build_chart
    from teachin.content.model import ChartPart
    from teachin.theme import DEFAULT

    rng = np.random.default_rng(1)
    answers = answers or (lambda q, n: list(rng.lognormal(5.3, 0.5, 60)))
    widget = build_chart(ChartPart(CHARTS[kind]), deck, DEFAULT, answers=answers)
    if parent is not None:
        widget.setParent(parent)
    return widget


def bare(kind: str, data, counts=None) -> tuple[pg.PlotWidget, Callable[[float], None]]:
    """The same numbers in a plain PlotWidget: default look, one item per series."""
    plot = pg.PlotWidget()
    if kind == "line":
        (trace,) = data.traces
        x, y = np.array(trace.x), np.array(trace.y)
        curve = plot.plot(x, y)
        plot.setRange(xRange=(x[0], x[-1]), yRange=(0, y.max() * 1.1))

        def frame(t: float) -> None:
            k = max(1, round(t * len(x)))
            curve.setData(x[:k], y[:k])

    else:
        heights = np.concatenate([np.array(t.y) for t in data.traces] or [np.array(counts)])
        bars = pg.BarGraphItem(x=np.arange(len(heights)), height=heights, width=0.6)
        plot.addItem(bars)
        plot.setRange(xRange=(-1, len(heights)), yRange=(0, heights.max() * 1.1))

        def frame(t: float) -> None:
            bars.setOpts(height=heights * t)

    plot.enableAutoRange(False)
    return plot, frame


def animate(step: Callable[[float], None], ms: int = 2000) -> None:
    """Run the baseline's build like the app's: a QVariantAnimation in the event loop."""
    animation = QVariantAnimation()
    animation.setStartValue(0.0)
    animation.setEndValue(1.0)
    animation.setDuration(ms)
    animation.setEasingCurve(QEasingCurve.Type.OutCubic)
    animation.valueChanged.connect(lambda v: step(float(v)))
    loop = QEventLoop()
    animation.finished.connect(loop.quit)
    animation.start()
    loop.exec()


def interval_stats(intervals_ms: list[float]) -> tuple[float, float]:
    """(fps from the median paint-to-paint interval, % of intervals over 33 ms)."""
    if not intervals_ms:
        return 0.0, 100.0
    intervals = np.array(intervals_ms)
    return 1000 / float(np.median(intervals)), 100 * float((intervals > 33.4).mean())


def repaint_ms(viewport: QWidget, step: Callable[[float], None], frames: int = 60) -> float:
    times = []
    for i in range(frames):
        step(i / (frames - 1))
        start = time.perf_counter()
        viewport.repaint()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def play_ours(widget) -> list[float]:
    clock = PaintClock(widget.plot.viewport())
    loop = QEventLoop()
    widget.animation.finished.connect(loop.quit)
    widget.play()
    loop.exec()
    widget.animation.finished.disconnect(loop.quit)
    widget.plot.viewport().removeEventFilter(clock)
    return clock.stamps


def play_bare(plot: pg.PlotWidget, step: Callable[[float], None]) -> list[float]:
    clock = PaintClock(plot.viewport())
    animate(step)
    plot.viewport().removeEventFilter(clock)
    return clock.stamps


def bench_frames(app: QApplication, deck, rounds: int) -> None:
    print("1. Frames over a 2-s build at 1920x1080 (target: median >= 55 fps, <= 2 % over 33 ms)")
    print(f"   {rounds} rounds each, ours and the bare baseline alternating; all frames pooled")
    print(
        f"   {'chart':13} {'frames':>6} {'fps':>6} {'>33ms':>6} {'repaint':>8}   "
        f"{'bare frames':>11} {'fps':>6} {'>33ms':>6} {'repaint':>8}"
    )
    for kind in CHARTS:
        widget = build(kind, deck)
        widget.animation.setDuration(2000)
        widget.resize(W, H)
        widget.show()
        baseline, step = bare(kind, widget.data, getattr(widget, "counts", None))
        baseline.resize(W, H)
        baseline.show()
        app.processEvents()
        ours_iv, theirs_iv, ours_n, theirs_n = [], [], 0, 0
        for _ in range(rounds):
            stamps = play_ours(widget)
            ours_iv += list(np.diff(stamps) * 1000)
            ours_n += len(stamps)
            stamps = play_bare(baseline, step)
            theirs_iv += list(np.diff(stamps) * 1000)
            theirs_n += len(stamps)
        ours_paint = repaint_ms(widget.plot.viewport(), widget._set_t)
        theirs_paint = repaint_ms(baseline.viewport(), step)
        widget.finish()
        o, t = interval_stats(ours_iv), interval_stats(theirs_iv)
        print(
            f"   {kind:13} {ours_n // rounds:6d} {o[0]:6.1f} {o[1]:5.1f}% {ours_paint:6.1f}ms"
            f"   {theirs_n // rounds:11d} {t[0]:6.1f} {t[1]:5.1f}% {theirs_paint:6.1f}ms"
            f"   fps x{o[0] / t[0]:.2f}, repaint x{ours_paint / theirs_paint:.2f}"
        )
        for w in (widget, baseline):
            w.close()
            w.deleteLater()
        app.processEvents()


def until_painted(app: QApplication, clock: PaintClock, start: float) -> float:
    count = len(clock.stamps)
    while len(clock.stamps) == count:
        app.processEvents()
    return (time.perf_counter() - start) * 1000


def bench_slide_change(app: QApplication, deck, visits: int) -> None:
    print(f"\n2. Slide change to first chart frame, {visits} changes (target: p95 <= 50 ms)")
    slide = QWidget()  # stands in for the slide: charts are its children, as in SlideView
    slide.resize(W, H)
    slide.show()
    app.processEvents()
    kinds = list(CHARTS)
    charts: dict[str, QWidget] = {}
    clocks: dict[str, PaintClock] = {}
    first, later = [], []
    shown = None
    for i in range(visits):
        kind = kinds[i % len(kinds)]
        start = time.perf_counter()
        if shown is not None:
            shown.hide()
        if kind not in charts:
            charts[kind] = build(kind, deck, parent=slide)
            charts[kind].setGeometry(0, 0, W, H)
            clocks[kind] = PaintClock(charts[kind].plot.viewport())
        shown = charts[kind]
        shown.show()
        shown.play()
        (first if i < len(kinds) else later).append(until_painted(app, clocks[kind], start))
    for chart in charts.values():
        chart.finish()

    # Baseline: bare PlotWidgets, built on first visit, then shown and setData'd.
    data = {k: charts[k].data for k in ("line", "bars")}
    bares: dict[str, tuple[pg.PlotWidget, Callable[[float], None], PaintClock]] = {}
    bare_first, bare_later = [], []
    shown_bare = None
    for i in range(visits):
        kind = ("line", "bars")[i % 2]
        start = time.perf_counter()
        if shown_bare is not None:
            shown_bare.hide()
        if kind not in bares:
            plot, step = bare(kind, data[kind])
            plot.setParent(slide)
            plot.setGeometry(0, 0, W, H)
            bares[kind] = (plot, step, PaintClock(plot.viewport()))
        plot, step, clock = bares[kind]
        shown_bare = plot
        plot.show()
        step(0.0)
        (bare_first if i < 2 else bare_later).append(until_painted(app, clock, start))
    p95, bare_p95 = pct(later, 95), pct(bare_later, 95)
    print(
        f"   revisit (chart kept):  p50 {pct(later, 50):6.1f} ms  p95 {p95:6.1f} ms   "
        f"bare: p50 {pct(bare_later, 50):6.1f}  p95 {bare_p95:6.1f} ms   x{p95 / bare_p95:.1f}"
    )
    print(
        f"   first visit (built):   max {max(first):6.1f} ms  "
        f"({', '.join(f'{k} {t:.0f}' for k, t in zip(kinds, first, strict=False))})   "
        f"bare: max {max(bare_first):6.1f} ms"
    )
    slide.close()
    slide.deleteLater()
    app.processEvents()


def add_answers(store, count: int) -> None:
    """``count`` more participants answer the estimate question, through the kiosk's own call."""
    from teachin.store import answers as ops

    for value in np.random.default_rng(count).lognormal(5.4, 0.6, count):
        attempt = ops.start_attempt(store, nickname=f"late-{uuid.uuid4()}", quiz="bench")
        ops.record_answer(
            store, answer_id=ops.new_id(), attempt_id=attempt, question="estimate",
            response=float(value),
        )  # fmt: skip


def fill_store(count: int):
    """A real Teach-in store with ``count`` participants' answers to one estimate question."""
    from teachin.store import open_store
    from teachin.store.util import now_iso

    folder = Path(tempfile.mkdtemp(prefix="bench-charts-"))
    store = open_store(folder / "teachin.db") if _takes_path() else open_store(folder)
    rng = np.random.default_rng(7)
    values = rng.lognormal(5.4, 0.6, count)
    now = now_iso()
    people = [
        {
            "id": str(uuid.uuid4()),
            "nickname": f"p{i}",
            "device_id": store.device_id,
            "created_at": now,
        }
        for i in range(count)
    ]
    tries = [
        {
            "id": str(uuid.uuid4()),
            "participant_id": p["id"],
            "quiz": "bench",
            "quiz_version": None,
            "device_id": store.device_id,
            "started_at": now,
            "finished_at": None,
        }
        for p in people
    ]
    answers = [
        {
            "id": str(uuid.uuid4()),
            "attempt_id": a["id"],
            "quiz": "bench",
            "question": "estimate",
            "response": json.dumps(float(v)),
            "correct": None,
            "points": None,
            "answered_at": now,
            "device_id": store.device_id,
        }
        for a, v in zip(tries, values, strict=True)
    ]
    with store.write() as db:
        db["participants"].insert_all(people)
        db["attempts"].insert_all(tries)
        db["answers"].insert_all(answers)
    return store


def _takes_path() -> bool:
    import inspect

    from teachin.store import open_store

    first = next(iter(inspect.signature(open_store).parameters), "")
    return first in ("path", "db_path", "file")


def bench_room(app: QApplication, deck, count: int) -> None:
    print(f"\n3. Room chart refresh with {count:,} stored answers (target: <= 30 ms)")
    store = fill_store(count)
    try:  # the presenter's own reader (read-only, as the app opens it)
        from teachin.store.reader import RoomAnswers

        answers = RoomAnswers(store.path)
    except ImportError:
        from teachin.store.answers import answers_for_question

        def answers(quiz: str, question: str) -> list[object]:
            return [a.response for a in answers_for_question(store, quiz, question)]

    start = time.perf_counter()
    chart = build("room", deck, answers=answers)  # the first read takes all stored answers
    first = (time.perf_counter() - start) * 1000
    chart.resize(W, H)
    chart.show()
    app.processEvents()
    assert int(chart.counts.sum()) == count, chart.counts.sum()
    ours = []
    for _ in range(15):  # as in a workshop: a few answers arrive between two refreshes
        add_answers(store, 5)
        start = time.perf_counter()
        chart.refresh()
        chart.plot.viewport().repaint()
        ours.append((time.perf_counter() - start) * 1000)
    print(f"   first build with all {count:,} answers read: {first:6.1f} ms")
    read = []
    for _ in range(5):
        start = time.perf_counter()
        stored = answers("bench", "estimate")
        read.append((time.perf_counter() - start) * 1000)
    chart.answers = lambda q, n: stored  # the chart's own share: answers already in memory
    own = []
    for _ in range(15):
        start = time.perf_counter()
        chart.refresh()
        chart.plot.viewport().repaint()
        own.append((time.perf_counter() - start) * 1000)

    plot = pg.PlotWidget()
    bars = pg.BarGraphItem(x0=np.arange(12), height=np.zeros(12), width=0.9)
    plot.addItem(bars)
    plot.resize(W, H)
    plot.show()
    app.processEvents()
    base = []
    for _ in range(15):
        start = time.perf_counter()
        rows = store.db.execute(
            "SELECT response FROM answers WHERE quiz = ? AND question = ?", ["bench", "estimate"]
        ).fetchall()
        counts, edges = np.histogram(np.array([float(r[0]) for r in rows]), bins=12)
        bars.setOpts(x0=edges[:-1], width=np.diff(edges) * 0.9, height=counts)
        plot.setRange(xRange=(edges[0], edges[-1]), yRange=(0, counts.max()))
        plot.viewport().repaint()
        base.append((time.perf_counter() - start) * 1000)
    p50, b50 = statistics.median(ours), statistics.median(base)
    print(
        f"   refresh + repaint, 5 new answers each: p50 {p50:6.1f} ms  p95 {pct(ours, 95):6.1f} ms"
        f"   (of which the store read: p50 {statistics.median(read):.1f} ms)"
    )
    print(
        f"   the chart's own share (answers in memory): p50 {statistics.median(own):6.1f} ms"
        f"  p95 {pct(own, 95):6.1f} ms   x{statistics.median(own) / b50:.2f} of the bare total"
    )
    print(
        f"   bare SELECT + numpy + setOpts + repaint: p50 {b50:6.1f} ms  "
        f"p95 {pct(base, 95):6.1f} ms   x{p50 / b50:.1f}"
    )
    store.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--visits", type=int, default=60)
    parser.add_argument("--answers", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3, help="2-s builds per chart kind")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    from teachin.ui.fonts import register_fonts

    register_fonts()
    import PySide6

    print(
        f"PySide6 {PySide6.__version__}, pyqtgraph {pg.__version__}, "
        f"platform {app.platformName()}, {os.cpu_count()} CPUs\n"
    )
    deck = make_deck()
    bench_frames(app, deck, args.rounds)
    bench_slide_change(app, deck, args.visits)
    bench_room(app, deck, args.answers)
    return 0


if __name__ == "__main__":
    sys.exit(main())
