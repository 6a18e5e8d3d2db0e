#pragma once

#include "SendTypes.h"
#include "smtp/SendResult.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The sentences a person reads while a send or connection test runs — one wording for the
// composer's status line, the connection test and anything else that follows a SendController.
class SendStatusText
{
    Q_DECLARE_TR_FUNCTIONS(SendStatusText)
public:
    // "Connecting to smtp.example.org:587…"; `detail` as Delivery::stageChanged gives it.
    static QString stage(Send::Stage stage, const QString &detail);
    // "Sending 3.2 MiB of 10 MiB — about 2 minutes left": the time left from the rate so far
    // (`doneBytes` in `elapsedMs` since the body began), once there is a rate to go by.
    static QString progress(qint64 sentBytes, qint64 totalBytes, qint64 doneBytes, qint64 elapsedMs);
    // The status line while a delivery waits (SendController::waiting): the stage's sentence
    // with the time so far, or — after `silentAfterMs` without a word or a byte — that the server
    // is not answering, and what cancelling does.
    static constexpr qint64 silentAfterMs = 15'000;
    static QString waiting(Send::Stage stage, const QString &stageText, qint64 elapsedMs, qint64 silentMs);
    // "• nobody@example.org — the server said: 550 5.1.1 No such user (…)", a line for each
    // recipient the server refused.
    static QStringList refusedRecipients(const SendResult &result);
    // The remembered SIZE refuses the message before anything connects.
    static QString tooLarge(qint64 messageBytes, const QString &endpoint, qint64 limitBytes);
};
