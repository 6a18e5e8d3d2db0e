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
    case Smtp::AuthMethod::OAuthBearer:
        return "OAUTHBEARER";
    case Smtp::AuthMethod::Auto:
    case Smtp::AuthMethod::None:
        break;
    }
    return {};
}

Smtp::AuthMethod choose(Smtp::AuthMethod wanted, const QStringList &offered, ServerSettings::Credential credential)
{
    using M = Smtp::AuthMethod;
    auto has = [&](M m) { return offered.contains(QString::fromLatin1(mechanismName(m)), Qt::CaseInsensitive); };
    const bool token = credential == ServerSettings::Credential::BearerToken;
    const QList<M> fitting = token ? QList<M> { M::XOAuth2, M::OAuthBearer } : QList<M> { M::CramMd5, M::Plain, M::Login };
    if (wanted == M::None)
        return M::None;
    if (wanted != M::Auto && (!token || fitting.contains(wanted)))
        return has(wanted) ? wanted : M::None;
    // Auto, or a password mechanism named for a token (a token is no password): the best that fits.
    for (M m : fitting)
        if (has(m))
            return m;
    return M::None;
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

QByteArray oauthBearer(const QString &user, const QString &host, quint16 port, const QString &token)
{
    // RFC 5801 GS2 header: no channel binding ("n"), the user as authorization identity, with
    // ',' and '=' escaped as =2C and =3D.
    QByteArray authzid = user.toUtf8();
    authzid.replace('=', "=3D").replace(',', "=2C");
    const char separator = '\x01';
    return QByteArray("n,a=" + authzid + ',' + separator + "host=" + host.toUtf8() + separator + "port="
        + QByteArray::number(port) + separator + "auth=Bearer " + token.toUtf8() + separator + separator)
        .toBase64();
}

QByteArray xoauth2(const QString &user, const QString &token)
{
    return QByteArray("user=" + user.toUtf8() + "\x01" + "auth=Bearer " + token.toUtf8() + "\x01\x01").toBase64();
}

} // namespace Sasl
