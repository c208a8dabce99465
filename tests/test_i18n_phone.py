"""The phone page in French: every English text has a French one, and a phone set to French
gets it (Debian's chromium, as tests/test_liveroom_browser.py)."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

from liveroom_kit import open_room

APP_JS = Path(__file__).resolve().parent.parent / "src" / "teachin" / "room" / "static" / "app.js"


def strings(language: str) -> dict[str, str]:
    """The ``STRINGS.<language>`` table of app.js, key -> text."""
    source = APP_JS.read_text(encoding="utf-8")
    block = re.search(rf"\n  {language}: \{{\n(.*?)\n  \}},", source, re.S)
    assert block, f"no {language} table in app.js"
    return dict(re.findall(r'(\w+): "((?:[^"\\]|\\.)*)"', block[1]))


def test_every_phone_text_has_a_french_one_with_the_same_blanks():
    english, french = strings("en"), strings("fr")
    assert len(english) > 30
    assert sorted(french) == sorted(english)
    for key, text in english.items():
        assert re.findall(r"\{\d\}", french[key]) == re.findall(r"\{\d\}", text), key
        assert french[key] != text or key in {"options"}, f"{key} is not translated"


CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
DRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"


@pytest.mark.skipif(
    not (os.path.exists(CHROMIUM) and os.path.exists(DRIVER)),
    reason="needs Debian's chromium and chromium-driver (.ci/run installs them)",
)
def test_a_phone_set_to_french_gets_the_page_in_french(tmp_path: Path):
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--lang=fr-FR", f"--user-data-dir={tmp_path / 'chromium'}"):  # fmt: skip
        options.add_argument(flag)
    options.add_experimental_option("prefs", {"intl.accept_languages": "fr-FR,fr"})
    driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(DRIVER))
    try:
        with open_room(tmp_path) as room:
            room.start_quiz("self")
            driver.get(f"{room.url}#{room.code}")
            wait = WebDriverWait(driver, 15, 0.05)
            name = wait.until(lambda d: d.find_element(By.ID, "nickname"))
            assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "fr"
            assert "Rejoindre la salle" in driver.find_element(By.ID, "main").text
            name.send_keys("Amina", Keys.ENTER)
            wait.until(lambda d: d.find_element(By.ID, "status").text == "Connecté")
    finally:
        driver.quit()


def test_a_french_room_sends_true_false_as_vrai_and_faux():
    """True and False are the quiz parser's words: a French room sends them in French (the
    phone answers by position, so nothing else changes)."""
    from teachin import i18n
    from teachin.content.gift import parse_gift
    from teachin.room.texts import question_json

    quiz, problems = parse_gift("::tf:: Most migrants are refugees. {F}", Path("q.gift"))
    assert problems == []
    i18n.set_language("fr")
    try:
        assert question_json(quiz.questions[0], (1, 0))["options"] == ["Faux", "Vrai"]
    finally:
        i18n.set_language(None)
    assert question_json(quiz.questions[0], (0, 1))["options"] == ["True", "False"]
