"""The results window as the presenter opens it (Ctrl+R): it fits the screen it opens on, Esc
closes it, and a laptop with no answers yet is told so calmly (not as a fault)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from teachin.ui.results.window import open_results


def test_a_fresh_laptop_is_told_no_answers_yet_and_esc_closes(qtbot, repo, data_dir):
    window = open_results(repo)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    assert not (data_dir / "teachin.db").exists()
    assert window.problem.isHidden()
    assert "No answers yet" in window.status.text()
    room = QGuiApplication.primaryScreen().availableGeometry()
    assert window.width() <= room.width() and window.height() <= room.height(), room
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=2000)
    assert not (data_dir / "teachin.db").exists()  # looking created nothing


def test_ctrl_w_closes_it_too(qtbot, repo, data_dir):
    window = open_results(repo)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=2000)
