#include "Sentences.h"

#include <QLocale>

QString Sentences::join(const QStringList &sentences)
{
    QStringList present;
    for (const QString &sentence : sentences) {
        if (!sentence.trimmed().isEmpty())
            present << sentence.trimmed();
    }
    //: Between two sentences: a space in English; nothing in Chinese, whose full stop needs none.
    return present.join(tr(" ", "sentence separator"));
}

QString Sentences::dataSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}
