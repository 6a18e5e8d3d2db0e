#pragma once

#include "ConversationLog.h"
#include "LoggedSession.h"

// One session on its way into the conversation log: begun when the delivery starts, fed every
// transcript entry as it happens, written once with the result. The one way sends and
// connection tests, from the window and from mailwright-send, reach the log, so they read alike.
class SessionRecorder
{
public:
    void begin(LoggedSession::Kind kind, LoggedSession::Origin origin, const QString &profile, const QString &endpoint,
        const QString &subject, const QStringList &recipients);
    void add(const TranscriptEntry &entry) { m_session.transcript.append(entry); }
    const QList<TranscriptEntry> &transcript() const { return m_session.transcript; }

    // Appends the session with its result; the log must be open.
    [[nodiscard]] LogAppendResult write(ConversationLog *log, const SendResult &result);

private:
    LoggedSession m_session;
};
