#pragma once

#include <QString>

// What Mailwright has learnt about the relays it sent through, kept between runs: the largest
// message each accepts (RFC 1870 SIZE, from the session's parsed capabilities). An oversized
// message is refused before connecting, and the composer warns while files are attached. Keyed
// by endpoint label ("smtp.example.org:587"); kept in the application's settings file.
class ServerFacts
{
public:
    // settingsFile empty: the application's QSettings.
    explicit ServerFacts(const QString &settingsFile = QString());

    // 0: unknown, or the server states no limit.
    qint64 sizeLimit(const QString &endpoint) const;
    void setSizeLimit(const QString &endpoint, qint64 bytes);

private:
    QString m_settingsFile;
};
