#pragma once

#include "store/LoggedSession.h"

#include <QString>
#include <QStringList>

// One mailwright-send session on its way into the conversation log the GUI browses: collects
// the transcript while the send runs and appends the whole session once it has finished. The
// log is a record of the send, not part of it: write() reports a failure instead of acting on it.
class CliSessionLog
{
public:
    // `server`: "host:port" for a relay, a description of the route for direct delivery.
    CliSessionLog(const QString &profile, const QString &server, const QString &subject, const QStringList &recipients);

    void add(const TranscriptEntry &entry);

    // Opens the default log (<AppDataLocation>/conversations.sqlite, shared with the GUI) and
    // appends the session with its result. Returns why that failed; empty when it is on disk.
    QString write(const SendResult &result);

private:
    LoggedSession m_session;
};
