#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Translations {

void install()
{
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(QCoreApplication::instance());
    if (own->load(QLocale(), u"mailwright"_s, u"_"_s, u":/i18n"_s) || own->load(u"mailwright_en"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(own);
}

} // namespace Translations
