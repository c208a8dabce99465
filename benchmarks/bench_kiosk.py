"""Time from `teachin quiz` to the kiosk shown, beside a bare PySide6 window started the same way.

    python benchmarks/bench_kiosk.py [--runs 7]

Both children are this file run with `--child bare|kiosk` under Qt's offscreen platform,
alternating; each prints the seconds from its launch to its first paint, then quits. The kiosk
child goes through `teachin.__main__.main(["quiz", "--windowed"])` on a fresh data folder. It
paints its name screen first and then opens (creates, checks, backs up) the database, reads
the quiz and builds the other screens, so it also prints when it is ready to take a name
(Start enabled), and quits then. Quoted as medians and their ratio: the machine is shared.
"""

from __future__ import annotations

import os
import sys
import time

# The children import nothing else of their own before the app starts (argparse, statistics,
# subprocess, tempfile are the parent's): both would pay for them and it would flatter the ratio.


def _quit_after_first_paint(t0: float, *, wait_ready: bool = False) -> None:
    """Print FIRST_PAINT once something is painted; quit then, or (``wait_ready``) once the
    kiosk's ``ready()`` has run, printing READY."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    class Hook(QObject):
        painted = False
        ready = not wait_ready

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not self.painted:
                self.painted = True
                QTimer.singleShot(0, self.on_paint)
            return False

        def on_paint(self) -> None:
            print(f"FIRST_PAINT {time.time() - t0:.4f}", flush=True)
            self.finish()

        def on_ready(self) -> None:
            print(f"READY {time.time() - t0:.4f}", flush=True)
            self.ready = True
            self.finish()

        def finish(self) -> None:
            if not (self.painted and self.ready):
                return
            for window in QApplication.topLevelWidgets():
                window.may_close = True  # the kiosk refuses to close without the PIN
            QApplication.quit()

    hook = Hook()
    QApplication.instance().installEventFilter(hook)
    _KEEP.append(hook)
    if wait_ready:
        from teachin.ui.kiosk.window import KioskWindow

        ready = KioskWindow.ready

        def ready_then_report(window, *args, **kwargs):
            ready(window, *args, **kwargs)
            QTimer.singleShot(0, hook.on_ready)  # once its name screen is repainted

        KioskWindow.ready = ready_then_report


_KEEP: list[object] = []


def child(kind: str, t0: float, data_dir: str) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel

    if kind == "bare":
        app = QApplication(sys.argv[:1])
        window = QLabel("Type your name")
        window.resize(1280, 800)
        window.show()
        _quit_after_first_paint(t0)
        return app.exec()
    from teachin.__main__ import main

    app = QApplication(sys.argv[:1])
    QTimer.singleShot(0, lambda: _quit_after_first_paint(t0, wait_ready=True))
    return main(["--data-dir", data_dir, "quiz", "--windowed"])


def run_child(kind: str) -> dict[str, float]:
    import subprocess
    import tempfile

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    data_dir = tempfile.mkdtemp()  # a fresh data folder for each kiosk
    t0 = time.time()
    done = subprocess.run(
        [sys.executable, __file__, "--child", kind, repr(t0), data_dir],
        capture_output=True, text=True, env=env, timeout=120, check=True,
    )  # fmt: skip
    marks = {}
    for line in done.stdout.splitlines():
        if line.startswith(("FIRST_PAINT", "READY")):
            mark, seconds = line.split()
            marks[mark] = float(seconds)
    if "FIRST_PAINT" not in marks:
        raise RuntimeError(f"{kind}: no first paint\n{done.stdout}\n{done.stderr}")
    return marks


def main() -> int:
    import argparse
    import statistics

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    run_child("bare"), run_child("kiosk")  # warm-up: byte-code caches, disk cache
    bare, shown, ready = [], [], []
    for _ in range(args.runs):
        bare.append(run_child("bare")["FIRST_PAINT"])
        kiosk = run_child("kiosk")
        shown.append(kiosk["FIRST_PAINT"])
        ready.append(kiosk["READY"])
    b, s, r = (statistics.median(x) for x in (bare, shown, ready))
    print(f"bare PySide6 window to first paint:    median {b * 1000:.0f} ms (n={args.runs})")
    print(f"teachin quiz to kiosk shown:           median {s * 1000:.0f} ms (n={args.runs})")
    print(f"teachin quiz to ready for a name:      median {r * 1000:.0f} ms (n={args.runs})")
    print(f"ratio kiosk shown / bare: {s / b:.2f}x   ready / bare: {r / b:.2f}x")
    return 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:  # --child KIND T0 DATA_DIR
        sys.exit(child(sys.argv[2], float(sys.argv[3]), sys.argv[4]))
    sys.exit(main())
