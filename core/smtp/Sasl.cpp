#include "Sasl.h"

#include <QMessageAuthenticationCode>

using namespace Qt::StringLiterals;

namespace Sasl {

QByteArray mechanismName(Smtp::AuthMethod method)
{
    switch (method) {
    case Smtp::AuthMethod::Plain:
        return "PLAIN";
    case Smtp::AuthMethod::Login:
        return "LOGIN";
    case Smtp::AuthMethod::CramMd5:
        return "CRAM-MD5";
    case Smtp::AuthMethod::XOAuth2:
        return "XOAUTH2";
    case Smtp::AuthMethod::Auto:
    case Smtp::AuthMethod::None:
        break;
    }
    return {};
}

Smtp::AuthMethod choose(Smtp::AuthMethod wanted, const QStringList &offered)
{
    auto has = [&](Smtp::AuthMethod m) {
        return offered.contains(QString::fromLatin1(mechanismName(m)), Qt::CaseInsensitive);
    };
    if (wanted == Smtp::AuthMethod::None)
        return Smtp::AuthMethod::None;
    if (wanted != Smtp::AuthMethod::Auto)
        return has(wanted) ? wanted : Smtp::AuthMethod::None;
    for (Smtp::AuthMethod m : {Smtp::AuthMethod::CramMd5, Smtp::AuthMethod::Plain, Smtp::AuthMethod::Login})
        if (has(m))
            return m;
    return Smtp::AuthMethod::None;
}

QByteArray plain(const QString &user, const QString &password)
{
    // authzid (empty) NUL authcid NUL passwd
    return QByteArray(QByteArray(1, '\0') + user.toUtf8() + '\0' + password.toUtf8()).toBase64();
}

QByteArray loginStep(const QString &value)
{
    return value.toUtf8().toBase64();
}

QByteArray cramMd5(const QString &user, const QString &password, const QByteArray &challengeBase64)
{
    const QByteArray challenge = QByteArray::fromBase64(challengeBase64.trimmed());
    const QByteArray digest
        = QMessageAuthenticationCode::hash(challenge, password.toUtf8(), QCryptographicHash::Md5).toHex();
    return QByteArray(user.toUtf8() + ' ' + digest).toBase64();
}

QByteArray xoauth2(const QString &user, const QString &token)
{
    return QByteArray("user=" + user.toUtf8() + "\x01" + "auth=Bearer " + token.toUtf8() + "\x01\x01").toBase64();
}

} // namespace Sasl
