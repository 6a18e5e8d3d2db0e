#pragma once

#include <QMetaEnum>
#include <QString>

// Q_ENUM values as their names, for settings files, JSON and the log: stable across reordering,
// readable by people. Unknown text falls back rather than failing the whole load.
template<typename Enum> QString enumToString(Enum value)
{
    return QString::fromLatin1(QMetaEnum::fromType<Enum>().valueToKey(int(value)));
}

template<typename Enum> Enum enumFromString(const QString &text, Enum fallback)
{
    bool ok = false;
    const int value = QMetaEnum::fromType<Enum>().keyToValue(text.toLatin1().constData(), &ok);
    return ok ? Enum(value) : fallback;
}
