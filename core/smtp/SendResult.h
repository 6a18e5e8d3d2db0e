#pragma once

#include "SmtpTypes.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// The server's answer to one RCPT TO.
struct RecipientResult
{
    QString address;
    bool accepted = false;
    int replyCode = 0;
    QString enhancedCode; // "5.1.1", empty when the server gave none
    QString serverText;   // the server's own words, lines joined with a space
    QString explanation;  // translated: what the code means for a person
};
Q_DECLARE_METATYPE(RecipientResult)

// What TLS protected the session, for the pane and the log.
struct TlsSummary
{
    bool encrypted = false;
    QString protocol;          // "TLSv1.3"
    QString cipher;            // "TLS_AES_256_GCM_SHA384"
    QString subject;           // peer certificate's subject CN (or full subject)
    QString issuer;
    QDateTime notBefore;
    QDateTime notAfter;
    QString sha256Fingerprint; // hex, colon-separated
    QStringList verificationErrors; // empty when the chain verified
    bool pinned = false;       // accepted because its fingerprint was trusted
};

// What happened in one send(), in one value. `message` is the sentence a person can act on.
struct SendResult
{
    Smtp::Outcome outcome = Smtp::Outcome::Failed;
    Smtp::Failure failure = Smtp::Failure::None;
    Smtp::State stage = Smtp::State::Idle; // where it ended (for failures: where it failed)
    int replyCode = 0;                     // the deciding server reply, 0 when none
    QString enhancedCode;
    QString serverText;
    QList<RecipientResult> recipients;
    TlsSummary tls;
    QStringList capabilities; // the EHLO keywords the server announced last
    qint64 sizeLimit = 0;     // RFC 1870 SIZE from those capabilities; 0: none stated
    QString message;          // translated, one or two sentences
    qint64 bodyBytesSent = 0; // message bytes that left (before dot-stuffing)
    qint64 elapsedMs = 0;

    QStringList refusedRecipients() const;
    QStringList acceptedRecipients() const;
};
Q_DECLARE_METATYPE(SendResult)
