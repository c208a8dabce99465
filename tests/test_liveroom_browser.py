"""The phone page in a real browser (Debian's chromium driven by Selenium, 360x740 like a small
phone): join with the code, answer every kind, lose the room and get it back, reload."""

from __future__ import annotations

import os
import shutil
import time

import pytest

from liveroom_kit import open_room, quizzes, stored
from teachin.room.server import Room

webdriver = pytest.importorskip("selenium.webdriver")
from selenium.common.exceptions import StaleElementReferenceException  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402

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
    # A 360x740 phone viewport, whatever the headless window's frame takes.
    metrics = {"width": 360, "height": 740, "deviceScaleFactor": 1, "mobile": True}
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)
    yield driver
    driver.quit()


def wait_for(driver, condition, timeout: float = 15.0):
    wait = WebDriverWait(driver, timeout, 0.05, ignored_exceptions=[StaleElementReferenceException])
    return wait.until(lambda d: condition(d))


def status(driver) -> str:
    return driver.find_element(By.ID, "status").text


def heading(driver) -> str:
    return driver.find_element(By.CSS_SELECTOR, "main h1, main h2").text


def join(driver, room: Room, nickname: str) -> None:
    driver.get(f"{room.url}#{room.code}")
    name = wait_for(driver, lambda d: d.find_element(By.ID, "nickname"))
    assert driver.find_element(By.ID, "code").get_attribute("value") == room.code
    name.send_keys(nickname, Keys.ENTER)
    wait_for(driver, lambda d: status(d) == "Connected")


# Every control a screen reader reaches has a name: a <label>, or aria-label on a button.
UNNAMED = """return Array.from(document.querySelectorAll('input, select, textarea, button'))
  .filter((e) => !(e.labels && e.labels.length) && !e.getAttribute('aria-label')
                 && !(e.tagName === 'BUTTON' && e.textContent.trim()))
  .map((e) => e.outerHTML);"""


def show(driver, room: Room, question: str) -> None:
    room.set_live("live", question)
    text = room.quizzes["live"].question(question).text
    wait_for(driver, lambda d: d.find_element(By.ID, "qtext").text == text)
    assert driver.execute_script(UNNAMED) == []
    assert driver.find_element(By.ID, "status").get_attribute("role") == "status"


def click_option(driver, text: str) -> None:
    for label in driver.find_elements(By.CSS_SELECTOR, "label.option"):
        if label.text == text:
            label.click()
            return
    raise AssertionError(f"no option {text!r}")


def send(driver) -> None:
    driver.find_element(By.XPATH, "//button[text()='Send my answer']").click()


def saved(driver) -> None:
    wait_for(driver, lambda d: status(d) == "Answer saved ✓")


def test_join_by_code_and_answer_every_kind(browser, tmp_path):
    with open_room(tmp_path) as room:
        join(browser, room, "<script>alert(1)</script>")
        assert heading(browser) == (
            "You are in, <script>alert(1)</script>. The next question will appear here."
        )
        show(browser, room, "pick")
        click_option(browser, "Apple")  # a tap is the whole answer
        saved(browser)
        feedback = browser.find_element(By.ID, "feedback")
        wait_for(browser, lambda d: feedback.text.startswith("✓ Right."))

        show(browser, room, "many")
        click_option(browser, "Red")
        click_option(browser, "Blue")
        send(browser)
        saved(browser)

        show(browser, room, "truth")
        click_option(browser, "False")
        saved(browser)

        for name, typed in (("guess", "8"), ("word", "Paris")):
            show(browser, room, name)
            browser.find_element(By.ID, "answer").send_keys(typed)
            send(browser)
            saved(browser)

        show(browser, room, "steps")
        for row, word in enumerate(("one", "two", "three", "four")):
            while True:
                items = [li.text for li in browser.find_elements(By.CSS_SELECTOR, ".order li span")]
                at = next(i for i, text in enumerate(items) if text.endswith(word))
                if at == row:
                    break
                up = f'button[aria-label="Move “{word}” up"]'
                browser.find_element(By.CSS_SELECTOR, up).click()
        send(browser)
        saved(browser)

        show(browser, room, "mood")
        click_option(browser, "Tired")
        saved(browser)

        show(browser, room, "pairs")
        for row, sound in enumerate(("meow", "woof", "moo")):
            Select(browser.find_element(By.ID, f"match-{row}")).select_by_visible_text(sound)
        send(browser)
        saved(browser)

        show(browser, room, "essay")
        browser.find_element(By.ID, "answer").send_keys("<img src=x onerror=alert(2)>")
        send(browser)
        saved(browser)
        assert browser.execute_script("return document.querySelectorAll('img').length") == 0

    got = {r.question: (r.response, r.correct) for r in stored(tmp_path)}
    assert got == {
        "pick": (0, True),
        "many": ([0, 1], True),
        "truth": (1, False),
        "guess": (8.0, True),
        "word": ("Paris", True),
        "steps": ([0, 1, 2, 3], True),
        "mood": (2, None),
        "pairs": ([0, 1, 2], True),
        "essay": ("<img src=x onerror=alert(2)>", None),
    }
    assert {r.nickname for r in stored(tmp_path)} == {"<script>alert(1)</script>"}


def test_the_room_goes_away_and_comes_back_and_the_answer_lands_once(browser, tmp_path):
    room = Room(tmp_path / "data", quizzes(tmp_path / "quizzes"), "127.0.0.1", 0, "ROOM1")
    room.start()
    port = room.port
    try:
        join(browser, room, "Ana")
        show(browser, room, "word")
        room.stop()  # the laptop's Wi-Fi dropped, or the room was restarted
        wait_for(browser, lambda d: status(d).startswith("Offline"))
        browser.find_element(By.ID, "answer").send_keys("Paris")
        send(browser)
        assert status(browser).startswith("Offline")  # kept on the phone, said so
        assert stored(tmp_path) == []

        room = Room(tmp_path / "data", room.quizzes, "127.0.0.1", port, "ROOM1")
        room.start()
        room.set_live("live", "word")
        wait_for(browser, lambda d: len(stored(tmp_path)) == 1, timeout=30)
        wait_for(browser, lambda d: status(d) == "Answer saved ✓")

        browser.refresh()  # a reload resumes the same participant, answer on screen
        wait_for(browser, lambda d: d.find_element(By.ID, "answer").get_attribute("value"))
        assert browser.find_element(By.ID, "answer").get_attribute("value") == "Paris"
        assert browser.find_elements(By.ID, "nickname") == []
        time.sleep(0.5)
    finally:
        room.stop()
    rows = stored(tmp_path)
    assert [(r.nickname, r.question, r.response) for r in rows] == [("Ana", "word", "Paris")]


def test_a_self_paced_quiz_from_first_question_to_the_score(browser, tmp_path):
    with open_room(tmp_path) as room:
        room.start_quiz("self")
        join(browser, room, "Cy")
        wait_for(browser, lambda d: d.find_element(By.CSS_SELECTOR, ".progress").text)
        assert "Question 1 of 3" in browser.find_element(By.CSS_SELECTOR, ".progress").text
        assert "At your own pace" in browser.find_element(By.ID, "main").text  # the quiz title
        click_option(browser, "Apple")
        saved(browser)
        browser.find_element(By.XPATH, "//button[text()='Next ▶']").click()
        browser.find_element(By.ID, "answer").send_keys("Paris")
        browser.find_element(By.XPATH, "//button[text()='Next ▶']").click()
        wait_for(browser, lambda d: len(stored(tmp_path)) == 2)

        browser.refresh()  # resumes on the first question still open
        progress = (By.CSS_SELECTOR, ".progress")
        wait_for(browser, lambda d: "Question 3 of 3" in d.find_element(*progress).text)
        browser.find_element(By.ID, "answer").send_keys("8")
        browser.find_element(By.XPATH, "//button[text()='Check answers ▶']").click()
        wait_for(browser, lambda d: heading(d) == "Check your answers")
        browser.find_element(By.XPATH, "//button[text()='Hand in my answers']").click()
        wait_for(browser, lambda d: heading(d) == "Thank you, Cy!")
        assert "Score: 3 of 3" in browser.find_element(By.ID, "main").text
    assert sorted(r.question for r in stored(tmp_path)) == ["s-guess", "s-pick", "s-word"]


def test_an_answer_the_room_could_not_save_is_sent_again_by_the_page(
    browser, tmp_path, monkeypatch
):
    from teachin.room import core
    from teachin.store.db import StoreError

    real, failures = core.record_answer, []

    def full_once(*args, **kwargs):
        if not failures:
            failures.append(kwargs["answer_id"])
            raise StoreError("could not save the answer: database or disk is full")
        return real(*args, **kwargs)

    monkeypatch.setattr(core, "record_answer", full_once)
    with open_room(tmp_path) as room:
        join(browser, room, "Ana")
        show(browser, room, "mood")
        click_option(browser, "Good")
        message = browser.find_element(By.ID, "message")
        wait_for(browser, lambda d: "disk is full" in message.text)
        saved(browser)  # sent again by itself a few seconds later
        assert message.text == ""
    rows = stored(tmp_path)
    assert [r.id for r in rows] == failures  # the same id, stored once
