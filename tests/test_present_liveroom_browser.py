"""A phone's browser answers the presenter's live question and the projector's room chart
changes: Debian's chromium (Selenium) against the room the presenter opened with O."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from teachin.app import Presenter

pytest.importorskip("selenium.webdriver")
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

# The room-server's browser fixture (a 360-px phone; skipped without chromium) and the
# presenter fixture of test_present_liveroom (the room on 127.0.0.1, a deck with a room chart).
from test_liveroom_browser import browser as browser
from test_liveroom_browser import pytestmark as pytestmark
from test_liveroom_browser import wait_for
from test_present_liveroom import HOSTILE
from test_present_liveroom import presenter as presenter


def test_a_browser_answers_the_live_question_and_the_projected_chart_changes(
    presenter: Presenter, browser, qtbot
) -> None:
    console = presenter.console
    qtbot.keyClick(console, Qt.Key.Key_O)
    room = presenter.live_room.room
    qtbot.keyClick(console, Qt.Key.Key_Right)  # the question's slide: it goes live
    browser.get(f"http://127.0.0.1:{room.port}/#{room.code}")
    wait_for(browser, lambda d: d.find_element(By.ID, "nickname")).send_keys(HOSTILE, Keys.ENTER)
    question = room.quizzes["check"].question("crowd").text
    wait_for(browser, lambda d: d.find_element(By.ID, "qtext").text == question)
    qtbot.waitUntil(lambda: console.room_panel.counts.text() == "1 joined · 0 answered")

    qtbot.keyClick(console, Qt.Key.Key_Right)  # the room chart, still empty
    (chart,) = presenter.audience.view.chart_widgets()
    assert chart.counts.sum() == 0
    presenter._ticker.stop()  # only the room's answer event may fill it
    browser.find_element(By.ID, "answer").send_keys("1.2")
    browser.find_element(By.XPATH, "//button[text()='Send my answer']").click()
    wait_for(browser, lambda d: d.find_element(By.ID, "status").text == "Answer saved ✓")
    qtbot.waitUntil(lambda: chart.counts.sum() == 1, timeout=1000)
    assert console.room_panel.counts.text() == "1 joined · 1 answered"
