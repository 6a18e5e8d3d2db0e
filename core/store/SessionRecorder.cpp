#include "SessionRecorder.h"

void SessionRecorder::begin(LoggedSession::Kind kind, LoggedSession::Origin origin, const QString &profile,
    const QString &endpoint, const QString &subject, const QStringList &recipients)
{
    m_session = LoggedSession();
    m_session.startedAt = QDateTime::currentDateTimeUtc();
    m_session.kind = kind;
    m_session.origin = origin;
    m_session.profile = profile;
    m_session.server = endpoint;
    m_session.subject = subject;
    m_session.recipients = recipients;
}

LogAppendResult SessionRecorder::write(ConversationLog *log, const SendResult &result)
{
    m_session.setResult(result);
    return log->append(m_session);
}
