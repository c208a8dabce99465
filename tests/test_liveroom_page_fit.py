"""The phone page fits a small phone: every screen of a self-paced quiz of every kind, in English
and French, at 320x568 and 360x740 (Debian's chromium driven by Selenium, as
tests/test_liveroom_browser.py). Measured in the page: nothing reaches past the sides or spills
out of its box, no placeholder is cut, the buttons stay big and the main step is never below the
others, and a question is always named in full."""

from __future__ import annotations

import os
import shutil
from base64 import b64decode
from pathlib import Path

import pytest

from liveroom_kit import stored
from teachin.content.gift import load_quiz_dir
from teachin.room.server import Room

webdriver = pytest.importorskip("selenium.webdriver")
from selenium.common.exceptions import StaleElementReferenceException  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
DRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
pytestmark = pytest.mark.skipif(
    not (os.path.exists(CHROMIUM) and os.path.exists(DRIVER)),
    reason="needs Debian's chromium and chromium-driver (.ci/run installs them)",
)
SIZES = ((320, 568), (360, 740))
# Set to a folder to keep a whole-page screenshot of every screen at every size, to look at.
SHOTS = os.environ.get("TEACHIN_PHONE_SHOTS")

# Questions longer than 80 characters, with a word across the 80th: the old review cut them there.
QUIZ = """// @title: At your own pace, with rather long questions
// @mode: post
// @shuffle: none

::pick::When the river floods in spring, which of these villages is displaced first by the water? {
=Lowmarsh, by the estuary#It sits lowest.
~Highridge, on the hill
~Midfield
}

::intro::The next questions are about the valley, its villages and the plan the council agreed.

::many::Which of these measures, taken together, kept the harvest safe during the long wet season? {
~%50%Raised seed beds
~%50%Drainage ditches dug by hand
~%-100%Waiting
}

::truth::Rainfall over the highlands reaches the delta within about three days of a heavy storm. {
TRUE
}

::guess::Roughly how many millimetres of rain fell in the wettest month of the record year? {
#250:50
}

::word::Name the capital city of the country whose coastline is the longest one in this region. {
=Paris
}

// @ordering
::steps::Put these steps of the evacuation plan in the order the village council agreed on. {
=Ring the warning bell
=Gather at the school
=Walk up to the ridge
=Count everyone
}

// @poll
::mood::How confident do you feel about what to do when the warning bell rings at night? {
~Very
~Somewhat
~Not yet
}

::pairs::Match each village to the landmark the facilitator pointed at on the map earlier. {
=Lowmarsh -> the estuary
=Highridge -> the old watchtower
=Midfield -> the crossroads
}

::essay::In a sentence or two, say what you would do first if the warning bell rang tonight. {}
"""

# Every problem a reader would see on this screen, measured in the page; [] when it fits.
MEASURE = """
const W = innerWidth, out = [];
const say = (e) => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''} "${(e.textContent
  || e.placeholder || '').trim().slice(0, 40)}"`;
if (document.documentElement.scrollWidth > W)
  out.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} > ${W}`);
const canvas = document.createElement('canvas').getContext('2d');
for (const e of document.querySelectorAll('header *, main *')) {
  if (e.closest('.sr-only') || e.closest('option')) continue;
  const r = e.getBoundingClientRect(), css = getComputedStyle(e);
  if (!r.width && !r.height) continue;
  if (r.left < -0.5 || r.right > W + 0.5) out.push(`${say(e)} reaches past the sides`);
  if (css.display !== 'inline' && e.scrollWidth > e.clientWidth + 1)
    out.push(`${say(e)} spills out of its box: ${e.scrollWidth} > ${e.clientWidth}`);
  if (e.tagName === 'INPUT' && e.placeholder) {
    canvas.font = css.font;
    const room = e.clientWidth - parseFloat(css.paddingLeft) - parseFloat(css.paddingRight);
    if (canvas.measureText(e.placeholder).width > room) out.push(`${say(e)}: placeholder cut`);
  }
  const control = e.matches('button, select, input:not([type=radio]):not([type=checkbox]), '
    + 'textarea, label.option');
  if (control && (r.height < 44 || r.width < 44)) out.push(`${say(e)} is a small target`);
}
for (const nav of document.querySelectorAll('.nav')) {
  const buttons = Array.from(nav.querySelectorAll('button'), (b) => [b, b.getBoundingClientRect()]);
  const main = nav.querySelector('.primary');
  for (const [b, r] of buttons) {
    if (main && b !== main && r.top < main.getBoundingClientRect().top - 0.5)
      out.push(`${say(b)} is above the main step ${say(main)}`);
    for (const [c, s] of buttons)
      if (b !== c && r.left < s.right && s.left < r.right && r.top < s.bottom && s.top < r.bottom)
        out.push(`${say(b)} overlaps ${say(c)}`);
  }
}
const blocks = Array.from(document.querySelectorAll('main > *, .options > *, .order > *'))
  .filter((e) => e.getBoundingClientRect().height);
for (let i = 1; i < blocks.length; i++) {
  const [a, b] = [blocks[i - 1], blocks[i]];
  if (a.parentNode === b.parentNode
      && a.getBoundingClientRect().bottom > b.getBoundingClientRect().top + 0.5)
    out.push(`${say(a)} overlaps ${say(b)}`);
}
return out;
"""


def start_browser(language: str, profile: Path):
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--window-size=360,740", f"--lang={language}",
                 f"--user-data-dir={profile}"):  # fmt: skip
        options.add_argument(flag)
    options.add_experimental_option("prefs", {"intl.accept_languages": language})
    return webdriver.Chrome(options=options, service=webdriver.ChromeService(DRIVER))


def wait_for(driver, condition, timeout: float = 15.0):
    wait = WebDriverWait(driver, timeout, 0.05, ignored_exceptions=[StaleElementReferenceException])
    return wait.until(lambda d: condition(d))


def fits(driver, screen: str) -> None:
    """The screen shown fits at each phone size (and leaves a screenshot when asked)."""
    for width, height in SIZES:
        metrics = {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": True}
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)
        assert driver.execute_script(MEASURE) == [], f"{screen} at {width}x{height}"
        if SHOTS:
            Path(SHOTS).mkdir(parents=True, exist_ok=True)
            lang = driver.find_element(By.TAG_NAME, "html").get_attribute("lang")
            shot = driver.execute_cdp_cmd("Page.captureScreenshot", {"captureBeyondViewport": True})
            Path(f"{SHOTS}/{lang}-{width}-{screen}.png").write_bytes(b64decode(shot["data"]))


def primary(driver):
    return driver.find_element(By.CSS_SELECTOR, "main .nav .primary")


@pytest.mark.parametrize("language", ["en-GB", "fr-FR"])
def test_every_screen_of_a_quiz_fits_a_small_phone(tmp_path: Path, language: str):
    (tmp_path / "quizzes").mkdir()
    (tmp_path / "quizzes" / "long.gift").write_text(QUIZ, encoding="utf-8")
    quizzes, problems = load_quiz_dir(tmp_path / "quizzes")
    assert not problems, problems
    quiz = quizzes["long"]
    room = Room(tmp_path / "data", quizzes, "127.0.0.1", 0, "ROOM1")
    room.start()
    driver = start_browser(language, tmp_path / "chromium")
    try:
        room.start_quiz("long")
        driver.get(f"{room.url}#{room.code}")
        name = wait_for(driver, lambda d: d.find_element(By.ID, "nickname"))
        fits(driver, "join")
        name.send_keys("Amina", Keys.ENTER)
        for number, question in enumerate(quiz.questions, start=1):
            wait_for(
                driver, lambda d, text=question.text: d.find_element(By.ID, "qtext").text == text
            )
            if question.name in ("pick", "many"):  # the right one; one of the two right ones
                driver.find_element(By.CSS_SELECTOR, "label.option").click()
            if question.kind == "numeric":  # its example is in view, not a cut placeholder
                hint = driver.find_element(By.ID, "answer-hint")
                assert "250" in hint.text
                answer = driver.find_element(By.ID, "answer")
                assert answer.get_attribute("aria-describedby") == "answer-hint"
            fits(driver, f"{number}-{question.kind}")
            if question.kind == "ordering":  # Next would keep the order shown, which varies
                driver.find_elements(By.CSS_SELECTOR, "main .nav button")[-1].click()  # Skip
            else:
                primary(driver).click()
        points = [("many", 0.5), ("pick", 1.0)]
        wait_for(
            driver, lambda d: sorted((r.question, r.points) for r in stored(tmp_path)) == points
        )

        wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, ".review li"))
        fits(driver, "review")
        items = [li.text for li in driver.find_elements(By.CSS_SELECTOR, ".review li")]
        for number, (item, question) in enumerate(zip(items, quiz.questions, strict=True), 1):
            assert item.startswith(f"{number}. {question.text}\n"), item  # in full, not cut
        primary(driver).click()  # some are open: the page asks once more
        wait_for(driver, lambda d: d.find_element(By.ID, "message").text)
        fits(driver, "review-asks")
        primary(driver).click()
        wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "main ul li"))
        fits(driver, "done")
        notes = driver.find_element(By.CSS_SELECTOR, "main ul").text
        assert notes == f"{quiz.question('pick').text}\nIt sits lowest."  # in full, then the note
        score = {"en": "Score: 1.5 of 7", "fr": "Score : 1,5 sur 7"}[language[:2]]
        assert score in driver.find_element(By.ID, "main").text  # the phone's decimal mark
        saved = {"en": "Answer saved ✓", "fr": "Réponse enregistrée ✓"}[language[:2]]
        assert driver.find_element(By.ID, "status").text == saved  # not "Sending 1 answer(s)…"
    finally:
        driver.quit()
        room.stop()
