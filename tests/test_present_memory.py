"""Walking the deck again costs no memory: the presenter builds what a slide needs on the first
visit and keeps it, and what it drops (the console's preview of a past module, with its charts)
is freed, not left for a rare full collection (pyqtgraph's items sit in reference cycles).
Counted in objects, not megabytes, so the test is not at the mercy of the allocator."""

from __future__ import annotations

import gc
import shutil
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from teachin.app import Presenter
from teachin.content.deck import load_deck
from teachin.presenting import Action

REPO = Path(__file__).resolve().parent.parent
SERIES = "migrants_by_region_2015"

MODULE = """---
title: Module {n}
minutes: 5
---

# Words {n}

Some text

---

# Numbers {n}

```chart
kind: bars
series: {series}
year: 2015
title: Migrants by region, 2015
```
"""


def write_deck(root: Path, modules: int = 4) -> Path:
    (root / "slides").mkdir(parents=True)
    (root / "assets" / "data").mkdir(parents=True)
    shutil.copy(REPO / "assets" / "data" / f"{SERIES}.csv", root / "assets" / "data")
    for n in range(1, modules + 1):
        text = MODULE.format(n=n, series=SERIES)
        (root / "slides" / f"0{n}-module.md").write_text(text, encoding="utf-8")
    return root


def live_objects() -> dict[str, int]:
    """pyqtgraph's items and Qt's widgets Python still holds, garbage included: a dropped chart
    left in a reference cycle counts until a full collection, which may not come for a long
    time in a running show (the app never forces one)."""
    items = sum(isinstance(o, pg.GraphicsObject) for o in gc.get_objects())
    return {"pyqtgraph items": items, "widgets": len(QApplication.allWidgets())}


def walk(presenter: Presenter) -> None:
    """Every step of the deck with the Right key, as a presenter gives it, the event loop
    turning between presses (deferred deletes and timers included)."""
    app = QApplication.instance()
    presenter.act(Action.FIRST)
    while presenter.model.next_position() is not None:
        QTest.keyClick(presenter.console, Qt.Key.Key_Right)
        for _ in range(3):
            app.processEvents()
            app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    for _ in range(3):
        app.processEvents()


def test_a_second_walk_through_the_deck_keeps_no_more_objects(qtbot, tmp_path: Path) -> None:
    deck = load_deck(write_deck(tmp_path / "deck"))
    assert not deck.problems, deck.problems
    presenter = Presenter(deck)
    qtbot.addWidget(presenter.console)
    qtbot.addWidget(presenter.audience)
    presenter.show()
    walk(presenter)
    gc.collect()  # the first walk's garbage (start-up's included) is not the question
    gc.disable()  # reference counting alone must free what the second walk drops
    try:
        once = live_objects()
        walk(presenter)
        assert live_objects() == once
    finally:
        gc.enable()
    assert once["pyqtgraph items"] > 0  # the charts were built and are counted
