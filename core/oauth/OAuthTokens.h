#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QVariantMap>

#include <optional>

// What a sign-in leaves: the refresh token that keeps it alive, the access token SMTP AUTH
// presents (XOAUTH2, OAUTHBEARER) and when it expires, and who signed in. Kept as one secret
// (toJson) where the profile keeps its password: the keychain, or memory, or — by the person's
// explicit choice — the settings file. Never in a transcript, the log or a draft.
struct OAuthTokens
{
    QString accessToken;
    QDateTime accessTokenExpiresAt; // UTC; invalid when the provider did not say
    QString refreshToken;
    QString account; // the signed-in address or user name, from the id token
    QDateTime signedInAt; // UTC
    QString scope;

    bool isSignedIn() const { return !refreshToken.isEmpty() || !accessToken.isEmpty(); }
    // The access token, if it is still good for a while (five minutes) at `now`.
    bool hasFreshAccessToken(const QDateTime &now) const;

    // A token endpoint's successful reply (RFC 6749 §5.1) at `now`: new access token and expiry;
    // a new (rotated) refresh token replaces the old one, an absent one keeps it; the id token
    // names the account.
    void update(const QVariantMap &reply, const QDateTime &now);

    QByteArray toJson() const;
    static std::optional<OAuthTokens> fromJson(const QByteArray &json); // nullopt: not ours

    // The "email" (else "preferred_username", "upn") claim of an OpenID Connect id token. The
    // token is not verified: it names the account for the person, nothing trusts it.
    static QString accountFromIdToken(const QString &idToken);
};
