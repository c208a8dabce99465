"""A phone's browser answers the presenter's live question and the projector's room chart
changes: Debian's chromium (Selenium) against the room the presenter opened with O."""

from __future__ import annotations

import os
import shutil

import pytest
from PySide6.QtCore import Qt

from teachin.app import Presenter

webdriver = pytest.importorskip("selenium.webdriver")
from selenium.common.exceptions import StaleElementReferenceException  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

from test_present_liveroom import HOSTILE  # noqa: E402
from test_present_liveroom import presenter as presenter  # noqa: E402 (the fixture)

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
DRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
pytestmark = pytest.mark.skipif(
    not (os.path.exists(CHROMIUM) and os.path.exists(DRIVER)),
    reason="needs Debian's chromium and chromium-driver (.ci/run installs them)",
)


@pytest.fixture
def browser(tmp_path):
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=360,740",
        f"--user-data-dir={tmp_path / 'chromium'}",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(DRIVER))
    yield driver
    driver.quit()


def wait_for(driver, condition, timeout: float = 15.0):
    wait = WebDriverWait(driver, timeout, 0.05, ignored_exceptions=[StaleElementReferenceException])
    return wait.until(lambda d: condition(d))


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
