"""Esc hides the join slide (the room stays open), as the `?` sheet and README now say: both
said Esc leaves only the help, the overview or a typed number."""

from __future__ import annotations

from PySide6.QtCore import Qt

from teachin.presenting import Action
from teachin.ui.presenter.keys import help_rows
from test_present_liveroom import presenter  # noqa: F401  (the fixture: a room on loopback)


def test_esc_hides_the_join_slide_and_the_help_says_so(presenter, qtbot) -> None:  # noqa: F811
    qtbot.keyClick(presenter.console, Qt.Key.Key_O)
    join = presenter.audience.join
    assert join is not None and join.isVisible()
    qtbot.keyClick(presenter.console, Qt.Key.Key_Escape)
    assert not join.isVisible()
    assert presenter.live_room.is_open  # hidden, not closed: phones can still answer
    esc_help = dict(help_rows())["Esc"]
    assert esc_help == Action.LEAVE.value and "join slide" in esc_help
