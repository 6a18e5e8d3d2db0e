#pragma once

#include "smtp/SendResult.h"
#include "smtp/SmtpTypes.h"
#include "smtp/TranscriptEntry.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

// One SMTP session as the conversation log keeps it: what was tried, where, what came of it,
// and the full transcript (already redacted by SmtpSession). Sends and connection tests, from
// the GUI and from mailwright-send, are all kept in this one shape.
struct LoggedSession
{
    Q_GADGET
public:
    enum class Kind {
        Send,
        ConnectionTest,
    };
    Q_ENUM(Kind)
    enum class Origin {
        Gui,
        Cli,
    };
    Q_ENUM(Origin)

    qint64 id = 0; // assigned by ConversationLog::append()
    QDateTime startedAt;
    Kind kind = Kind::Send;
    Origin origin = Origin::Gui;
    QString profile; // empty for CLI sends without --profile
    // Where it went, untranslated (the window translates when it shows it): the relay's
    // ServerSettings::endpointLabel(), or "direct: example.org, example.net".
    QString server;
    QString subject;
    QStringList recipients;
    Smtp::Outcome outcome = Smtp::Outcome::Failed;
    Smtp::State stage = Smtp::State::Idle; // where it ended (SendResult::stage)
    QString resultMessage;
    QList<TranscriptEntry> transcript; // empty in ConversationLog::sessions() listings
    int transcriptSize = 0; // number of entries, also in listings

    // Outcome, stage and message from the session's finished() value.
    void setResult(const SendResult &result);
};
Q_DECLARE_METATYPE(LoggedSession)
