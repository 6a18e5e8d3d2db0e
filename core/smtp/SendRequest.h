#pragma once

#include "ServerSettings.h"

#include <QIODevice>
#include <QMetaType>
#include <QSharedPointer>
#include <QStringList>

// Everything one SmtpSession::send() needs. The body is any readable QIODevice positioned at the
// start of the RFC 5322 message (normally a MimeStream); its size() is the progress total and
// what is checked against the server's SIZE. Line endings are normalised to CRLF and lines are
// dot-stuffed on the way out, so the device holds the message as written, not as transmitted.
// A request with no body and no recipients is a connection test: connect, TLS, AUTH, QUIT.
struct SendRequest
{
    ServerSettings server;
    QString mailFrom;       // envelope sender, an addr-spec ("ann@example.org"), may be empty (<>)
    QStringList recipients; // envelope recipients (to + cc + bcc), addr-specs
    QSharedPointer<QIODevice> body;

    bool isConnectionTest() const { return body.isNull() && recipients.isEmpty(); }
};
Q_DECLARE_METATYPE(SendRequest)
