#include "CliSessionLog.h"

#include "store/ConversationLog.h"

CliSessionLog::CliSessionLog(const QString &profile, const QString &server, const QString &subject,
                             const QStringList &recipients)
{
    m_session.startedAt = QDateTime::currentDateTimeUtc();
    m_session.kind = LoggedSession::Kind::Send;
    m_session.origin = LoggedSession::Origin::Cli;
    m_session.profile = profile;
    m_session.server = server;
    m_session.subject = subject;
    m_session.recipients = recipients;
}

void CliSessionLog::add(const TranscriptEntry &entry)
{
    m_session.transcript.append(entry);
}

QString CliSessionLog::write(const SendResult &result)
{
    m_session.setResult(result);
    // Opened only after the send, so the log can never delay or stop it. A window writing at
    // the same moment makes us wait (SQLite busy timeout), not fail.
    ConversationLog log;
    const StoreStatus opened = log.open();
    if (!opened.ok())
        return opened.error;
    const LogAppendResult appended = log.append(m_session);
    return appended.ok() ? QString() : appended.error;
}
