#pragma once

#include <QString>
#include <QStringList>

// How core puts what it says together, one rule for every caller: sentences are joined with a
// space, or with none after a full-width stop (a Chinese sentence needs none), and sizes are
// written with QLocale::formattedDataSize (base 1024, "MiB").
class Sentences
{
public:
    static QString join(const QStringList &sentences);
    static QString dataSize(qint64 bytes);
};
