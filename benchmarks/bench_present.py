"""Presenter benchmarks, each beside a bare-PySide6 baseline measured in the same run.

    python benchmarks/bench_present.py [--runs 15] [--deck DIR] [--start-only]

(--start-only: the cold start and where its time goes, step by step; no walk, no memory)

1. Cold start to first slide painted: `teachin present` from source against a bare QWidget,
   both launched the same way (`python start_child.py KIND`, which imports nothing of its own)
   and shown the same way (full screen on the projector, as the audience window is),
   alternating, median of --runs; then each start-up step, fastest of 7.
2. Slide change to painted at 1920x1080: a real key press to the audience view's next paint,
   over every step of the deck (presses 0.1 s apart once the console has caught up), twice
   (first visit builds charts; second is the steady state); p50/p95 for text slides and chart
   slides. Baseline: a bare QLabel changing its text.
3. Memory (RSS) after walking every slide, against a bare window's RSS; and the pyqtgraph items
   and widgets held after each walk (uncollected garbage included).

Children keep byte-code caches (__pycache__, written by a warm-up run) like an installed app.
All children run Qt offscreen with two virtual screens (laptop 1600x1000 + projector
1920x1080), so the audience window is full screen at 1920x1080 as on a projector.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

START_CHILD = Path(__file__).with_name("start_child.py")
PAUSE_S = 0.1  # between two presses in the slide-change walk

SCREENS = {
    "screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1600, "height": 1000, "logicalDpi": 96},
        {"name": "projector", "x": 1600, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96},
    ]
}


# --- children (the cold-start ones are in start_child.py) ---------------------------------
def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def live_objects() -> dict[str, int]:
    """pyqtgraph items and Qt widgets held now, garbage not yet collected included: what a
    walk leaves behind, in objects rather than in the allocator's megabytes."""
    import gc

    import pyqtgraph as pg
    from PySide6.QtWidgets import QApplication

    items = sum(isinstance(o, pg.GraphicsObject) for o in gc.get_objects())
    return {"items": items, "widgets": len(QApplication.allWidgets())}


def child_change(deck_dir: str | None) -> int:
    """Walk the deck twice with real key presses; print timings and memory as JSON."""
    from PySide6.QtCore import QEvent, QObject, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLabel

    from teachin import paths
    from teachin.app import Presenter, make_application
    from teachin.content.deck import load_deck
    from teachin.presenting import Action

    app = make_application()
    deck = load_deck(paths.deck_dir(deck_dir))
    presenter = Presenter(deck)
    presenter.show()
    view = presenter.audience.view

    class Painted(QObject):
        """Records when the watched widget has finished painting."""

        at: float | None = None

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and self.at is None:
                obj.removeEventFilter(self)  # paint it here, then record the time
                obj.event(event)
                self.at = time.perf_counter()
                return True
            return False

    catch_up: list[float] = []

    def timed_key(target: QObject, watched: QObject) -> float:
        painted = Painted()
        watched.installEventFilter(painted)
        start = time.perf_counter()
        QTest.keyClick(target, Qt.Key.Key_Right)
        while painted.at is None and time.perf_counter() - start < 5:
            app.processEvents()
        took = (painted.at or time.perf_counter()) - start
        watched.removeEventFilter(painted)
        console_start = time.perf_counter()
        for _ in range(3):  # the console catches up before the next press (not in the figure)
            app.processEvents()
        # what app.exec() does between events: delete the widgets handed to deleteLater()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        catch_up.append((time.perf_counter() - console_start) * 1000)
        # A presenter reads a slide for seconds; give the idle-time work (the slide view
        # prepares the next slide 60 ms after a change) 100 ms before the next press.
        idle_until = time.perf_counter() + PAUSE_S
        while time.perf_counter() < idle_until:
            app.processEvents()
            time.sleep(0.002)
        return took * 1000

    for _ in range(20):
        app.processEvents()
    size = f"{view.width()}x{view.height()}"
    passes = []
    for _ in range(2):
        presenter.act(Action.FIRST)
        for _ in range(5):
            app.processEvents()
        text, chart = [], []
        while presenter.model.next_position() is not None:
            nxt = presenter.model.next_position()
            has_chart = bool(deck.slides[nxt.slide].charts)
            (chart if has_chart else text).append(timed_key(presenter.console, view))
        passes.append(
            {"text": text, "chart": chart, "console": catch_up[:], "rss": rss_mb()} | live_objects()
        )
        catch_up.clear()

    label = QLabel("baseline")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setStyleSheet("font-size: 64px; background: white;")
    label.setScreen(app.screens()[-1])
    label.setGeometry(app.screens()[-1].geometry())
    label.showFullScreen()
    counter = iter(range(10**6))

    class Flip(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.KeyPress:
                label.setText(f"Slide {next(counter)}")
                return True
            return False

    flip = Flip()
    label.installEventFilter(flip)
    for _ in range(10):
        app.processEvents()
    bare = [timed_key(label, label) for _ in range(200)]
    catch_up.clear()
    print(json.dumps({"size": size, "passes": passes, "bare": bare}), flush=True)
    presenter.close()
    return 0


def child_bare_rss() -> int:
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication(sys.argv[:1])
    window = QWidget()
    window.resize(1280, 720)
    window.show()
    for _ in range(20):
        app.processEvents()
    print(json.dumps({"rss": rss_mb()}), flush=True)
    return 0


# --- parent -----------------------------------------------------------------------------
def _env(config: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    env["PYTHONUNBUFFERED"] = "1"
    # Byte-code caches as any installed (or frozen) app has them: the warm-up run writes them.
    # Without them every start would first compile all of teachin's sources.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _child(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, str(Path(__file__).resolve()), "--child", *args]
    return subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=300, check=False
    )


def _start_child(kind: str, env: dict[str, str], deck: str | None) -> str:
    command = [sys.executable, str(START_CHILD), kind, *([deck] if deck else [])]
    env = dict(env, BENCH_T0=repr(time.time()))
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    if done.returncode != 0:
        raise SystemExit(f"{kind} child failed:\n{done.stdout}\n{done.stderr[-2000:]}")
    return done.stdout.strip().splitlines()[-1]


def _first_paint(kind: str, env: dict[str, str], deck: str | None) -> tuple[float, float]:
    """(wall seconds from launch to first paint, CPU seconds the child used until then)."""
    _, wall, cpu = _start_child(kind, env, deck).split()
    return float(wall), float(cpu)


def _steps(env: dict[str, str], deck: str | None, runs: int) -> None:
    """The fastest of ``runs`` for each step: the least disturbed by the machine's noise."""
    for kind in ("bare", "teachin"):
        best: dict[str, float] = {}
        for _ in range(runs):
            for name, ms in json.loads(_start_child(f"{kind}-steps", env, deck)).items():
                best[name] = min(best.get(name, ms), ms)
        shown = ", ".join(f"{name} {ms:.1f}" for name, ms in best.items())
        print(f"  {kind} ms (fastest of {runs}, after Python started): {shown}")


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--deck", default=None)
    parser.add_argument("--start-only", action="store_true", help="only the cold start figure")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, rest = args.child[0], args.child[1:]
        deck = rest[0] if rest else None
        children = {
            "change": lambda: child_change(deck),
            "bare-rss": child_bare_rss,
        }
        return children[kind]()

    with tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp) / "screens.json"
        config.write_text(json.dumps(SCREENS))
        env = _env(config)
        print(
            f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, Qt offscreen, 2 screens, "
            f"load average {os.getloadavg()[0]:.1f}"
        )

        _first_paint("bare", env, None)  # warm the file cache for both
        _first_paint("teachin", env, args.deck)
        bare, ours = [], []
        for _ in range(args.runs):
            bare.append(_first_paint("bare", env, None))
            ours.append(_first_paint("teachin", env, args.deck))
        for i, what in ((0, "wall clock"), (1, "CPU time")):
            mb = statistics.median(run[i] for run in bare)
            mo = statistics.median(run[i] for run in ours)
            print(
                f"cold start to first slide painted, {what} (median of {args.runs}): bare "
                f"PySide6 window {mb:.3f} s, teachin present {mo:.3f} s -> {mo / mb:.2f}x"
                " (target <= 1.5x)"
            )
            # Each teachin run follows its own bare run: their ratio cancels slow drifts in load.
            paired = statistics.median(o[i] / b[i] for b, o in zip(bare, ours, strict=True))
            print(f"  median of the {args.runs} paired ratios: {paired:.2f}x")
            print(
                f"  runs bare {[round(r[i], 3) for r in bare]} "
                f"teachin {[round(r[i], 3) for r in ours]}"
            )

        print("where the start-up time goes, step by step:")
        _steps(env, args.deck, min(args.runs, 7))
        if args.start_only:
            return 0
        done = _child(["change", *([args.deck] if args.deck else [])], env)
        if done.returncode != 0:
            raise SystemExit(f"change child failed:\n{done.stderr[-3000:]}")
        data = json.loads(done.stdout.strip().splitlines()[-1])
        bare_p95 = _pct(data["bare"], 0.95)
        print(f"slide change to painted, audience view {data['size']} (key press -> paint):")
        print(
            f"  baseline bare QLabel text change: p50 {_pct(data['bare'], 0.5):.2f} ms, "
            f"p95 {bare_p95:.2f} ms"
        )
        for name, walk in zip(("first visit", "second visit"), data["passes"], strict=True):
            for kind in ("text", "chart"):
                values = walk[kind]
                if values:
                    p95 = _pct(values, 0.95)
                    print(
                        f"  {name}, {kind} slides (n={len(values)}): p50 "
                        f"{_pct(values, 0.5):.2f} ms, p95 {p95:.2f} ms, max {max(values):.2f} ms"
                        f" ({p95 / bare_p95:.1f}x baseline p95)"
                        + ("  target <= 16 ms" if kind == "text" else "")
                    )
            console = walk["console"]
            print(
                f"  {name}, console catching up after the audience paint: p50 "
                f"{_pct(console, 0.5):.2f} ms, p95 {_pct(console, 0.95):.2f} ms"
            )
        base = json.loads(_child(["bare-rss"], env).stdout.strip().splitlines()[-1])
        once, twice = (walk["rss"] for walk in data["passes"])
        print(
            f"memory (RSS) after walking every slide: {once:.0f} MB, after a second walk "
            f"{twice:.0f} MB (bare PySide6 window {base['rss']:.0f} MB; target <= 250 MB)"
        )
        first, second = data["passes"]
        print(
            f"  objects held after the first walk: {first['items']} pyqtgraph items, "
            f"{first['widgets']} widgets; after the second: {second['items']}, "
            f"{second['widgets']}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
