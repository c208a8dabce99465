"""The cold-start children of bench_present.py, one per process:

    python benchmarks/start_child.py bare|teachin|bare-steps|teachin-steps [DECK]

Each imports nothing of its own before the app starts but sys, os and time (all already loaded
by Python itself), so the bare window and `teachin present` each pay only for what they need.
(The children used to run inside bench_present.py, whose own imports - statistics, subprocess,
tempfile, json, argparse: ~57 ms here - were paid by both and flattered the ratio.)

Both stop at the end of the first paint of the window the room sees and report there:
``FIRST_PAINT wall cpu`` (seconds since the parent's BENCH_T0 / CPU seconds used), or for the
``-steps`` kinds one JSON line of milliseconds per start-up step.
"""

from __future__ import annotations

import os
import sys
import time

STEPS: list[tuple[str, float]] = [("start", time.perf_counter())]


def mark(name: str) -> None:
    STEPS.append((name, time.perf_counter()))


def report(steps: bool) -> None:
    """Print the figure and leave at once: nothing after the first paint is measured."""
    if steps:
        import json

        ms = {name: (t - STEPS[i][1]) * 1000 for i, (name, t) in enumerate(STEPS[1:])}
        print(json.dumps(ms), flush=True)
    else:
        import resource

        usage = resource.getrusage(resource.RUSAGE_SELF)
        wall = time.time() - float(os.environ["BENCH_T0"])
        print(f"FIRST_PAINT {wall:.4f} {usage.ru_utime + usage.ru_stime:.4f}", flush=True)
    os._exit(0)


def bare(steps: bool) -> None:
    """A plain QWidget, full screen on the projector as the audience window is."""
    from PySide6.QtWidgets import QApplication, QWidget

    mark("imports")

    class Window(QWidget):
        def paintEvent(self, event: object) -> None:  # a QWidget paints nothing itself
            mark("first paint")
            report(steps)

    app = QApplication(sys.argv[:1])
    mark("QApplication")
    window = Window()
    window.setWindowTitle("bare")
    projector = app.screens()[-1]
    window.setScreen(projector)
    window.setGeometry(projector.geometry())
    window.showFullScreen()
    mark("show")
    app.exec()


def teachin(steps: bool, deck: str | None) -> None:
    """The real `teachin present` path (as `python -m teachin present` runs it); only wrapped
    to mark its steps and to notice the end of the audience view's first paint."""
    import teachin.__main__ as cli
    import teachin.app as app_module
    from teachin.ui.slide_view import SlideView

    mark("imports")

    def after(owner: object, name: str, label: str) -> None:
        function = getattr(owner, name)

        def wrapper(*args: object, **kwargs: object) -> object:
            result = function(*args, **kwargs)
            mark(label)
            return result

        setattr(owner, name, wrapper)

    if steps:
        for owner, name, label in (
            (cli, "build_parser", "build_parser"),
            (app_module, "make_application", "make_application"),
            (app_module, "load_slides", "load_slides"),
            (app_module.Presenter, "__init__", "Presenter"),
            (app_module.Presenter, "show", "show"),
        ):
            after(owner, name, label)
    paint = SlideView.paintEvent

    def first_paint(self: SlideView, event: object) -> None:
        paint(self, event)
        mark("first paint")
        report(steps)

    SlideView.paintEvent = first_paint  # the console's views are built after this paint
    cli.main(["present", *([deck] if deck else [])])


if __name__ == "__main__":
    kind, deck = sys.argv[1], (sys.argv[2] if len(sys.argv) > 2 else None)
    if kind.startswith("bare"):
        bare(kind.endswith("-steps"))
    else:
        teachin(kind.endswith("-steps"), deck)
    sys.exit("no first paint")
