"""Baseline for benchmarks/bench_bundle.py: a bare PySide6 + pyqtgraph window, frozen naively.

One window with a title and a 500-point pyqtgraph curve, plus sqlite3: the least a Teach-in
bundle could be. It prints ``FIRST_FRAME <seconds>`` after its first paint (seconds since
``BENCH_T0``, the launcher's clock) and quits when ``BENCH_EXIT`` is set, like the app does
under ``TEACHIN_FIRST_FRAME_EXIT``.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import time

T0 = float(os.environ.get("BENCH_T0", time.time()))

import numpy as np  # noqa: E402
import pyqtgraph as pg  # noqa: E402
from PySide6 import QtCore, QtWidgets  # noqa: E402


class Slide(QtWidgets.QWidget):
    def __init__(self) -> None:
        super().__init__()
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(QtWidgets.QLabel("<h1>Bare window</h1>"))
        plot = pg.PlotWidget()
        plot.plot(np.random.default_rng(1).normal(size=500))
        layout.addWidget(plot)
        self._reported = False

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._reported:
            self._reported = True
            print(f"FIRST_FRAME {time.time() - T0:.3f}", flush=True)
            if os.environ.get("BENCH_EXIT"):
                QtCore.QTimer.singleShot(0, QtWidgets.QApplication.quit)


def main() -> int:
    db = sqlite3.connect(":memory:")
    db.execute("create table answers(id text primary key, v text)")
    app = QtWidgets.QApplication(sys.argv)
    window = QtWidgets.QMainWindow()
    window.setCentralWidget(Slide())
    window.resize(1280, 720)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
