#pragma once

#include "SmtpTypes.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

// The client side of the SASL mechanisms SMTP AUTH uses (RFC 4954). Pure functions: the
// session decides when to send what, these only build the base64 responses.
namespace Sasl {

QByteArray mechanismName(Smtp::AuthMethod method); // "CRAM-MD5"

// Auto: the strongest of those offered that we speak (CRAM-MD5, PLAIN, LOGIN); XOAUTH2 only when
// asked for, since its secret is a token, not a password. None when nothing fits.
Smtp::AuthMethod choose(Smtp::AuthMethod wanted, const QStringList &offered);

QByteArray plain(const QString &user, const QString &password);              // RFC 4616
QByteArray loginStep(const QString &value);                                  // base64 of one value
QByteArray cramMd5(const QString &user, const QString &password, const QByteArray &challengeBase64); // RFC 2195
QByteArray xoauth2(const QString &user, const QString &token);               // Google's XOAUTH2 format

} // namespace Sasl
