#pragma once

#include "ServerSettings.h"
#include "SmtpTypes.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

// The client side of the SASL mechanisms SMTP AUTH uses (RFC 4954). Pure functions: the
// session decides when to send what, these only build the base64 responses.
namespace Sasl {

QByteArray mechanismName(Smtp::AuthMethod method); // "CRAM-MD5"

// With a password, Auto is the strongest of those offered that we speak (CRAM-MD5, PLAIN,
// LOGIN); with a bearer token, XOAUTH2 if offered, else OAUTHBEARER. A method asked for by name
// must be offered, and fit the credential. None when nothing fits.
Smtp::AuthMethod choose(Smtp::AuthMethod wanted, const QStringList &offered,
    ServerSettings::Credential credential = ServerSettings::Credential::Password);

QByteArray plain(const QString &user, const QString &password);              // RFC 4616
QByteArray loginStep(const QString &value);                                  // base64 of one value
QByteArray cramMd5(const QString &user, const QString &password, const QByteArray &challengeBase64); // RFC 2195
QByteArray xoauth2(const QString &user, const QString &token);               // Google's XOAUTH2 format
// RFC 7628 §3.1: GS2 header with the user, then host, port and the bearer token.
QByteArray oauthBearer(const QString &user, const QString &host, quint16 port, const QString &token);

} // namespace Sasl
