#pragma once

#include <QString>

// Both programs speak the person's language: Qt's own strings (qtbase) and Mailwright's, for the
// system locale. A language without a translation of its own is shown in English, which still
// needs its plural forms ("1 file", "2 files") from mailwright_en. The .qm files are compiled
// into this library (":/i18n"), which the window and mailwright-send both link, and installed in
// <prefix>/share/mailwright/translations, where they are read first when present: a package or a
// translator can update them without rebuilding the programs.
namespace Translations {

// Installs the translators on the running QCoreApplication; they live until it ends.
void install();
// The same, looking in `directory` before the compiled-in copies (tests give their own).
void install(const QString &directory);
// <folder of the program>/../share/mailwright/translations, as installed.
QString installedDirectory();

} // namespace Translations
