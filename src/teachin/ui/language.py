"""Qt's side of the interface's language: our compiled catalogue and Qt's own (standard dialogs,
buttons such as "Cancel") installed in the QApplication. Which language: teachin.i18n."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from teachin import i18n

# Kept alive for as long as the application: a QTranslator that is collected stops translating.
_installed: list[QTranslator] = []


def install_translators(app: QCoreApplication) -> str:
    """Translate ``app`` into ``--lang``'s language, else the system's as Qt sees it; returns
    the language. In English (the source text) nothing is loaded."""
    if not (code := i18n.chosen()):
        code = i18n.first_supported(QLocale.system().uiLanguages()) or i18n.SOURCE_LANGUAGE
        i18n.set_language(code)  # the command line's messages follow the windows
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if code == i18n.SOURCE_LANGUAGE:
        return code
    qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for catalogue in (
        i18n.CATALOGUES / f"teachin_{code}.qm",
        # Qt's own: beside ours in the installer's bundle, else where PySide6 keeps it.
        i18n.CATALOGUES / f"qtbase_{code}.qm",
        qt_folder / f"qtbase_{code}.qm",
    ):
        translator = QTranslator(app)
        if catalogue.name in {t.objectName() for t in _installed} or not translator.load(
            str(catalogue)
        ):
            continue
        translator.setObjectName(catalogue.name)
        app.installTranslator(translator)
        _installed.append(translator)
    return code
