#pragma once

#include <QMetaType>
#include <QObject>

// Enums shared by the SMTP engine, its callers and the stored profiles. Q_ENUM_NS so that
// qDebug(), QCOMPARE failures and QMetaEnum print names ("StartTls"), not numbers.
namespace Smtp {
Q_NAMESPACE

// How the connection is protected.
enum class Security {
    None,     // plain text; credentials only with ServerSettings::allowPlainTextAuth
    StartTls, // plain connect, then STARTTLS (RFC 3207); never falls back to plain text
    Tls,      // TLS from the first byte ("implicit TLS", usually port 465, RFC 8314)
    Opportunistic, // direct delivery to MX hosts: STARTTLS when offered, unauthenticated (RFC 7435)
};
Q_ENUM_NS(Security)

enum class AuthMethod {
    Auto, // strongest the server offers (CRAM-MD5, PLAIN, LOGIN); none when no user is set
    None,
    Plain,
    Login,
    CramMd5,
    XOAuth2, // the secret is an OAuth 2 bearer token (Google's and Microsoft's mechanism)
    OAuthBearer, // the secret is an OAuth 2 bearer token (RFC 7628)
};
Q_ENUM_NS(AuthMethod)

// Where a session is; also the stage a SendResult ended in.
enum class State {
    Idle,
    Connecting,   // TCP connect (and, for implicit TLS, the handshake)
    Greeting,     // waiting for the server's 220
    Ehlo,
    Helo,         // EHLO refused: the RFC 821 fallback
    StartTls,     // STARTTLS sent, waiting for 220
    TlsHandshake, // negotiating TLS after STARTTLS
    Auth,
    Envelope,     // MAIL FROM, RCPT TO, DATA (pipelined when offered)
    Body,         // streaming the message
    Confirm,      // final "." sent, waiting for the server to take responsibility
    Quit,
    Done,
};
Q_ENUM_NS(State)

// What one send() came to.
enum class Outcome {
    Sent,          // every recipient accepted, the server confirmed the message
    PartlyRefused, // delivered to the accepted recipients; the others were refused
    Refused,       // the server refused the message or every recipient
    Failed,        // connection, TLS, authentication or protocol failure before delivery
    Cancelled,     // the person cancelled before the message was complete
    Unknown,       // the whole message went out but no confirmation came: it may have been delivered
    Verified,      // connection test (no message): connect, TLS and AUTH all succeeded
};
Q_ENUM_NS(Outcome)

// Why a send did not end in Sent; chooses exit codes and hints.
enum class Failure {
    None,
    Input,            // the request itself was unusable (no recipients, unreadable body, …)
    Connection,       // connect refused, host not found, connection lost
    Timeout,
    Tls,              // handshake failed, STARTTLS missing or refused
    Certificate,      // certificate not trusted, wrong host, expired
    Auth,             // credentials refused, no usable mechanism, refused on a plain link
    ServerRefused,    // greeting/EHLO/MAIL/DATA refused, or every recipient refused
    MessageTooLarge,  // SIZE limit
    Protocol,         // the server broke the protocol (malformed, oversized, injected bytes)
    Cancelled,
    MaybeDelivered,   // see Outcome::Unknown
};
Q_ENUM_NS(Failure)

// Which side, or what kind of note, a transcript entry is.
enum class Direction {
    Client, // a line we sent
    Server, // a line the server sent
    Tls,    // TLS details
    Info,   // the session's own notes (state changes, body summary)
    Error,
};
Q_ENUM_NS(Direction)

} // namespace Smtp
