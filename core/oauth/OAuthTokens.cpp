#include "OAuthTokens.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {
constexpr int freshForSeconds = 5 * 60; // refresh before a send when less is left
const QString formatKey = u"mailwright-oauth"_s;
} // namespace

bool OAuthTokens::hasFreshAccessToken(const QDateTime &now) const
{
    if (accessToken.isEmpty())
        return false;
    return !accessTokenExpiresAt.isValid() ? refreshToken.isEmpty() // unknown: use it only when it is all we have
                                           : now.secsTo(accessTokenExpiresAt) > freshForSeconds;
}

void OAuthTokens::update(const QVariantMap &reply, const QDateTime &now)
{
    accessToken = reply.value(u"access_token"_s).toString();
    bool ok = false;
    const qint64 lifetime = reply.value(u"expires_in"_s).toLongLong(&ok);
    accessTokenExpiresAt = ok && lifetime > 0 ? now.toUTC().addSecs(lifetime) : QDateTime();
    if (const QString rotated = reply.value(u"refresh_token"_s).toString(); !rotated.isEmpty())
        refreshToken = rotated;
    if (reply.contains(u"scope"_s))
        scope = reply.value(u"scope"_s).toString();
    if (const QString who = accountFromIdToken(reply.value(u"id_token"_s).toString()); !who.isEmpty())
        account = who;
}

QByteArray OAuthTokens::toJson() const
{
    QJsonObject object {
        { u"format"_s, formatKey },
        { u"accessToken"_s, accessToken },
        { u"refreshToken"_s, refreshToken },
        { u"account"_s, account },
        { u"scope"_s, scope },
    };
    if (accessTokenExpiresAt.isValid())
        object.insert(u"accessTokenExpiresAt"_s, accessTokenExpiresAt.toUTC().toString(Qt::ISODate));
    if (signedInAt.isValid())
        object.insert(u"signedInAt"_s, signedInAt.toUTC().toString(Qt::ISODate));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<OAuthTokens> OAuthTokens::fromJson(const QByteArray &json)
{
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    if (object.value(u"format"_s).toString() != formatKey)
        return std::nullopt;
    OAuthTokens tokens;
    tokens.accessToken = object.value(u"accessToken"_s).toString();
    tokens.refreshToken = object.value(u"refreshToken"_s).toString();
    tokens.account = object.value(u"account"_s).toString();
    tokens.scope = object.value(u"scope"_s).toString();
    tokens.accessTokenExpiresAt
        = QDateTime::fromString(object.value(u"accessTokenExpiresAt"_s).toString(), Qt::ISODate);
    tokens.signedInAt = QDateTime::fromString(object.value(u"signedInAt"_s).toString(), Qt::ISODate);
    return tokens;
}

QString OAuthTokens::accountFromIdToken(const QString &idToken)
{
    const QStringList parts = idToken.split(u'.');
    if (parts.size() < 2)
        return {};
    const QByteArray payload = QByteArray::fromBase64(
        parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QJsonObject claims = QJsonDocument::fromJson(payload).object();
    for (const QString &claim : { u"email"_s, u"preferred_username"_s, u"upn"_s }) {
        if (const QString value = claims.value(claim).toString(); !value.isEmpty())
            return value;
    }
    return {};
}
