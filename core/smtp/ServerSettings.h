#pragma once

#include "SmtpTypes.h"

#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

// Per-stage timeouts. Defaults follow RFC 5321 §4.5.3.2; connect has no RFC figure.
struct SmtpTimeouts
{
    int connectMs = 30'000;
    int greetingMs = 300'000; // initial 220: 5 minutes
    int commandMs = 300'000; // EHLO, AUTH, MAIL, RCPT: 5 minutes
    int dataStartMs = 120'000; // DATA → 354: 2 minutes
    int dataBlockMs = 180'000; // no progress while streaming: 3 minutes
    int dataConfirmMs = 600'000; // final "." → 250: 10 minutes
    int quitMs = 5'000; // best effort
    // No greeting this long (STARTTLS or no encryption): check on a second connection whether
    // the port expects TLS from the start, and say so instead of waiting out greetingMs. 0: never.
    int tlsProbeMs = 5'000;

    static SmtpTimeouts uniform(int ms); // every stage the same (the CLI's --timeout)
    // For a person watching a window: a silent server is given a minute, not five; the reply
    // after the final "." keeps its ten (checking a large message takes a while).
    static SmtpTimeouts interactive();
};

// Where and how to connect and log in. A plain value: profiles become one of these.
struct ServerSettings
{
    QString host;
    quint16 port = 0; // 0: 465 for Tls, 25 for Opportunistic, 587 otherwise
    Smtp::Security security = Smtp::Security::StartTls;
    Smtp::AuthMethod auth = Smtp::AuthMethod::Auto;
    // What `secret` is: a password, or an OAuth 2.0 access token (XOAUTH2, OAUTHBEARER).
    enum class Credential {
        Password,
        BearerToken,
    };

    QString user; // empty: no AUTH
    QString secret; // never logged
    Credential credential = Credential::Password;
    QString ehloName; // empty: the local host name, or an address literal when that is unusable
    bool allowPlainTextAuth = false; // credentials over an unencrypted link only when true
    QList<QSslCertificate> extraCaCertificates; // trusted in addition to the system's
    QStringList trustedFingerprints; // SHA-256 of pinned certificates, hex (colons optional)
    SmtpTimeouts timeouts;

    quint16 effectivePort() const;
    // "smtp.example.org:587", "[2001:db8::1]:25": how the server is named in the transcript, the
    // conversation log and every message about it (stable, untranslated).
    QString endpointLabel() const;
    static QString endpointLabel(const QString &host, quint16 port);
};
