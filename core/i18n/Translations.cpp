#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Translations {

void install()
{
    install(installedDirectory());
}

void install(const QString &directory)
{
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(QCoreApplication::instance());
    const QStringList folders = { directory, u":/i18n"_s };
    for (const QString &folder : folders) {
        if (folder.isEmpty())
            continue;
        if (own->load(QLocale(), u"mailwright"_s, u"_"_s, folder) || own->load(u"mailwright_en"_s, folder)) {
            QCoreApplication::installTranslator(own);
            return;
        }
    }
}

QString installedDirectory()
{
    // Relative to the program, so the same build works under any prefix (and DESTDIR).
    return QDir::cleanPath(
        QCoreApplication::applicationDirPath() + u'/' + QString::fromUtf8(MAILWRIGHT_TRANSLATIONS_RELATIVE_DIR));
}

} // namespace Translations
