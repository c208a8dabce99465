"""Grab the quiz kiosk on the built-in pre-quiz's first choice question (for the README).

python kiosk.py OUT.png     (run with QT_QPA_PLATFORM=offscreen)
"""

import sys
import tempfile

from PySide6.QtWidgets import QApplication

from teachin import paths
from teachin.content.deck import load_deck
from teachin.store import quiz_session
from teachin.store.db import open_store
from teachin.store.pin import set_pin
from teachin.ui.fonts import register_fonts
from teachin.ui.kiosk.window import KioskWindow

# One fixed attempt seed: the same choice order on every run, so regenerating the README's
# pictures changes this one only when the kiosk's look does (6 puts the right answer first).
SEED = 6
quiz_session.seed_for = lambda attempt_id: SEED
app = QApplication(sys.argv[:1])
register_fonts()
paths.set_data_dir(tempfile.mkdtemp())  # a throw-away database, never the real one
store = open_store()
set_pin(store, "2468")  # set before anyone gives a name, as the kiosk's first start asks
window = KioskWindow(load_deck(paths.builtin_deck()).quizzes, store, "pre")
window.resize(1280, 800)
window.apply_style()
window.show()
window.name_screen.edit.setText("Amina")
window.begin()
while window.session.attempt.current.kind != "single":
    window.skip_question()
window.question_screen.answer.buttons[0].click()
app.processEvents()
window.grab().save(sys.argv[1])
window.may_close = True
store.close()
