"""Qt translations: source strings are English; the venue sees Chinese (zh_CN) unless `en`."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"
DEFAULT_LANGUAGE = "zh_CN"
_installed: list[QTranslator] = []


def install_translations(language: str = DEFAULT_LANGUAGE) -> bool:
    """Replace the installed translators; returns False if the FrontDesk catalogue is missing.

    English needs no catalogue (it is the source language); zh_CN loads ours and Qt's own
    (button texts of QWizard, QDialogButtonBox, QMessageBox).
    """
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_translations needs a QApplication")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return True
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    ours = QTranslator(app)
    loaded = ours.load(str(TRANSLATIONS_DIR / f"frontdesk_{language}.qm"))
    if loaded:
        app.installTranslator(ours)
        _installed.append(ours)
    qt_base = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_base.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_base)
        _installed.append(qt_base)
    return loaded
