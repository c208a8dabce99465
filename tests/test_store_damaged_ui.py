"""A damaged results database, as the facilitator meets it: the kiosk starts (it used to refuse
every start) on the restored backup and says so on its first screen and in the facilitator's
menu; the presenter, reading the same folder for a room chart, says so on the console and
reads the restored file (it used to keep reading the damaged one)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from kiosk_driving import BEFORE_WE_START, PIN, parse_quizzes, show_kiosk, type_pin
from teachin.app import Presenter
from teachin.store import open_store
from teachin.store import pin as pins
from teachin.store.db import Store
from test_present_room import (
    answer,
    presenter,  # noqa: F401 (the fixture)
    room_chart,
)

NOT_UTF8 = "UPDATE answers SET response = CAST(x'22ff22' AS TEXT) WHERE rowid = 1"


def _damage(path: Path, statement: str = NOT_UTF8) -> None:
    conn = sqlite3.connect(path)
    conn.execute(statement)
    conn.commit()
    conn.close()


@pytest.fixture
def restored_store(data_dir: Path) -> Iterator[Store]:
    """The kiosk's store, opened on a database damaged after a backup of Ana's answer."""
    with open_store() as store:
        pins.set_pin(store, PIN)
        answer(store, "ana", 1.0)
    open_store().close()  # a backup holding Ana's answer
    _damage(data_dir / "teachin.db")
    with open_store() as store:
        yield store


@pytest.fixture
def kiosk(qtbot, restored_store: Store, data_dir: Path) -> Iterator[QWidget]:
    quizzes = parse_quizzes(data_dir, {"pre": BEFORE_WE_START})
    window = show_kiosk(qtbot, quizzes, restored_store, "pre")
    yield window
    window.may_close = True


def test_kiosk_starts_on_the_restored_backup_and_says_so(
    qtbot, kiosk, restored_store: Store
) -> None:
    said = kiosk.name_screen.message.text()
    assert "damaged" in said and "restored" in said and kiosk.name_screen.start.isEnabled()
    qtbot.mouseClick(kiosk.name_screen.facilitator, Qt.MouseButton.LeftButton)
    type_pin(qtbot, kiosk)
    assert kiosk.facilitator_screen.notices.text() == restored_store.recovery.message


def test_presenter_tells_and_follows_a_restored_database(
    presenter: Presenter,  # noqa: F811 (the fixture imported above)
    qtbot,
    data_dir: Path,
) -> None:
    qtbot.keyClick(presenter.console, Qt.Key.Key_Right)
    assert room_chart(presenter).counts.sum() == 3
    open_store().close()  # the kiosk starts again: a backup of the three answers
    with open_store() as kiosk:
        answer(kiosk, "dee", 1.5)
    presenter.audience.view.refresh_charts()
    assert room_chart(presenter).counts.sum() == 4
    _damage(data_dir / "teachin.db")
    with open_store() as kiosk:  # the kiosk's next start keeps the file aside, restores
        assert kiosk.recovery is not None
    for _ in range(
        5
    ):  # ticks of 0.5 s: room charts re-read every fourth, the console shows it on the next
        presenter._tick()
    assert "damaged" in presenter.model.message
    status = presenter.console.status_label
    assert "damaged" in status.full_text() and status.text().startswith("The results database")
    assert room_chart(presenter).counts.sum() == 3  # the restored backup, not the kept file
