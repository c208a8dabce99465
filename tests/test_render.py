"""`teachin shot`: renders exactly what the audience sees, from the command line."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from teachin.__main__ import main
from teachin.theme import DEFAULT, HIGH_CONTRAST

MODULE = """\
---
title: Test module
minutes: 5
---

# Why do people leave?

- Wars and interventions

. . .

- Debt and *structural adjustment*

::: sources
UN DESA, *International Migration Report 2017*, p. 4.
:::

---

# Second slide

Only one step here.
"""


@pytest.fixture
def deck(tmp_path: Path) -> Path:
    (tmp_path / "slides").mkdir()
    (tmp_path / "quizzes").mkdir()
    (tmp_path / "slides" / "01-test.md").write_text(MODULE, encoding="utf-8")
    return tmp_path


def shot(deck: Path, *args: str) -> int:
    return main(["--deck", str(deck), "shot", *args])


def test_shot_writes_a_png_of_the_requested_size(qapp, deck, tmp_path, capsys):
    out = tmp_path / "s1.png"
    assert shot(deck, "--slide", "1", "--out", str(out), "--size", "1280x720") == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 720)
    assert QColor(image.pixel(2, 2)) == QColor(DEFAULT.background)
    assert "slide 1/2 'Why do people leave?', step 2/2, 1280x720" in capsys.readouterr().out


def test_step_one_hides_what_step_two_reveals(qapp, deck, tmp_path):
    step1, step2, last = (tmp_path / f"{n}.png" for n in ("a", "b", "c"))
    assert shot(deck, "--slide", "1", "--step", "1", "--out", str(step1), "--size", "960x540") == 0
    assert shot(deck, "--slide", "1", "--step", "2", "--out", str(step2), "--size", "960x540") == 0
    assert shot(deck, "--slide", "1", "--out", str(last), "--size", "960x540") == 0
    a, b, c = (QImage(str(p)) for p in (step1, step2, last))
    assert a != b  # the second bullet appeared
    assert b == c  # no --step means the last step


def test_high_contrast_shot(qapp, deck, tmp_path):
    out = tmp_path / "hc.png"
    assert (
        shot(deck, "--slide", "2", "--out", str(out), "--size", "640x360", "--high-contrast") == 0
    )
    assert QColor(QImage(str(out)).pixel(2, 2)) == QColor(HIGH_CONTRAST.background)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--slide", "3"], "--slide 3: the deck has slides 1 to 2"),
        (["--slide", "0"], "--slide 0: the deck has slides 1 to 2"),
        (["--slide", "2", "--step", "2"], "--step 2: slide 2 ('Second slide') has steps 1 to 1"),
        (["--slide", "1", "--size", "big"], "--size 'big': expected WIDTHxHEIGHT"),
    ],
)
def test_bad_arguments_give_a_clear_message(qapp, deck, tmp_path, capsys, args, message):
    out = tmp_path / "x.png"
    assert shot(deck, *args, "--out", str(out)) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert not out.exists()


def test_unwritable_output_is_reported(qapp, deck, tmp_path, capsys):
    out = tmp_path / "no" / "such" / "folder" / "x.png"
    assert shot(deck, "--slide", "1", "--out", str(out)) == 1  # a failure, not a usage error
    assert "could not write the image (no such folder)" in capsys.readouterr().err


def test_an_output_name_that_is_no_image_type_is_refused_before_rendering(
    qapp, deck, tmp_path, capsys
):
    out = tmp_path / "x.txt"
    assert shot(deck, "--slide", "1", "--out", str(out)) == 2
    # before: "could not write the image (does the folder exist?)" about a folder that exists
    assert "name a .png (or .jpg) file; '.txt' is no image type" in capsys.readouterr().err
    assert not out.exists()


def test_a_module_that_fails_to_load_renders_as_a_readable_error_slide(
    qapp, deck, tmp_path, capsys
):
    (deck / "slides" / "02-broken.md").write_bytes(b"---\ntitle: Broken\n---\n\n# Caf\xe9\n")
    out = tmp_path / "err.png"
    assert shot(deck, "--slide", "3", "--out", str(out), "--size", "1280x720") == 0
    captured = capsys.readouterr()
    assert (
        "slide 3/3 '02-broken.md: could not be loaded'" in captured.out
        and "warning" not in captured.err
    )  # nothing overflows
    image = QImage(str(out))
    accent = QColor(DEFAULT.accent).rgb()
    border = sum(image.pixel(x, 300) == accent for x in range(0, 1280, 1))
    assert border >= 2  # the error box's red edges cross the middle of the slide
