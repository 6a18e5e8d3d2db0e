#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// How core puts what it says together, one rule for every caller: sentences are joined with
// the translation's own separator (a space in English, nothing in Chinese), and sizes are
// written with QLocale::formattedDataSize (base 1024, "MiB").
class Sentences
{
    Q_DECLARE_TR_FUNCTIONS(Sentences)
public:
    static QString join(const QStringList &sentences);
    static QString dataSize(qint64 bytes);
};
