#include "TranscriptEntry.h"

using namespace Qt::StringLiterals;

QString TranscriptEntry::marker(Smtp::Direction direction)
{
    switch (direction) {
    case Smtp::Direction::Client:
        return u"C:"_s;
    case Smtp::Direction::Server:
        return u"S:"_s;
    case Smtp::Direction::Tls:
        return u"TLS"_s;
    case Smtp::Direction::Info:
        return u"--"_s;
    case Smtp::Direction::Error:
        return u"!!"_s;
    }
    return u"??"_s;
}

QString TranscriptEntry::toDisplayLine() const
{
    const QString seconds = QString::number(double(elapsedMs) / 1000.0, 'f', 3);
    return u"%1 %2 %3"_s.arg(seconds, 8).arg(marker(direction), text);
}
