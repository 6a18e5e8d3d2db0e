#include "Sentences.h"

#include <QLocale>

QString Sentences::join(const QStringList &sentences)
{
    QString joined;
    for (const QString &sentence : sentences) {
        const QString trimmed = sentence.trimmed();
        if (trimmed.isEmpty())
            continue;
        // A full-width stop (Chinese, Japanese) ends a sentence without a space after it.
        if (!joined.isEmpty() && !QStringView(u"。！？；：）」』").contains(joined.back()))
            joined += u' ';
        joined += trimmed;
    }
    return joined;
}

QString Sentences::dataSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}
