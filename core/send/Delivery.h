#pragma once

#include "SendTypes.h"
#include "smtp/SendResult.h"
#include "smtp/TranscriptEntry.h"

#include <QObject>

// One attempt to hand a message over by one route — a relay, the recipients' own servers, or
// (with no message) a connection test. Shaped like QNetworkReply: its owner makes it ready,
// start() begins on the next event-loop turn, cancel() may be called at any time and any
// number of times, and `finished` comes exactly once per start(), never from inside start().
// Between the two, the signals tell the attempt as it happens; transcript entries are already
// redacted.
class Delivery : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void start() = 0;
    virtual void cancel() = 0;
    virtual bool isRunning() const = 0;
    // Where it goes, as the conversation log keeps it (untranslated): "smtp.example.org:587",
    // "[::1]:25", "direct: example.org, example.net".
    virtual QString endpoint() const = 0;

Q_SIGNALS:
    // `detail`: what the stage is about — the host being connected to, the domain whose mail
    // servers are looked up, the user signing in; may be empty.
    void stageChanged(Send::Stage stage, const QString &detail);
    void transcript(const TranscriptEntry &entry);
    void progress(qint64 sentBytes, qint64 totalBytes);
    void recipientResult(const RecipientResult &result);
    void tlsEstablished(const TlsSummary &tls);
    void capabilitiesChanged(const QStringList &capabilities);
    void finished(const SendResult &result);
};
