#include "AccountProfile.h"

#include "smtp/Fingerprint.h"

using namespace Qt::StringLiterals;

QString AccountProfile::secretKey() const
{
    return id.isEmpty() ? QString() : u"profile/"_s + id;
}

ServerSettings AccountProfile::toServerSettings(const QString &secret) const
{
    ServerSettings settings;
    settings.host = host;
    settings.port = port;
    settings.security = security;
    settings.auth = auth;
    settings.user = user;
    settings.secret = secret;
    if (usesOAuth()) {
        settings.credential = ServerSettings::Credential::BearerToken;
        if (settings.auth != Smtp::AuthMethod::XOAuth2 && settings.auth != Smtp::AuthMethod::OAuthBearer)
            settings.auth = Smtp::AuthMethod::Auto; // whichever bearer mechanism the server offers
    }
    settings.ehloName = ehloName;
    settings.allowPlainTextAuth = allowPlainTextAuth;
    settings.trustedFingerprints = trustedFingerprints;
    if (timeoutSeconds > 0)
        settings.timeouts = SmtpTimeouts::uniform(timeoutSeconds * 1000);
    return settings;
}

void AccountProfile::trustFingerprint(const QString &sha256)
{
    const QString normalized = Fingerprint::normalized(sha256);
    if (normalized.isEmpty())
        return;
    for (const QString &known : std::as_const(trustedFingerprints)) {
        if (Fingerprint::normalized(known) == normalized)
            return;
    }
    trustedFingerprints.append(normalized);
}

bool AccountProfile::operator==(const AccountProfile &other) const
{
    return id == other.id && name == other.name && senderName == other.senderName
        && senderAddress == other.senderAddress && host == other.host && port == other.port
        && security == other.security && auth == other.auth && user == other.user && ehloName == other.ehloName
        && timeoutSeconds == other.timeoutSeconds && signaturePlain == other.signaturePlain
        && signatureHtml == other.signatureHtml && route == other.route
        && allowPlainTextAuth == other.allowPlainTextAuth && trustedFingerprints == other.trustedFingerprints
        && passwordStorage == other.passwordStorage && oauth == other.oauth;
}

bool OAuthSettings::operator==(const OAuthSettings &other) const
{
    return provider == other.provider && clientId == other.clientId && clientSecret == other.clientSecret
        && tenant == other.tenant && authorizationUrl == other.authorizationUrl && tokenUrl == other.tokenUrl
        && deviceAuthorizationUrl == other.deviceAuthorizationUrl && scopes == other.scopes
        && account == other.account && signedInAt == other.signedInAt;
}

bool AccountProfile::signsIn() const
{
    // SmtpSession's rule: AUTH only with a user name and a method other than None.
    return route == Route::Relay && auth != Smtp::AuthMethod::None && !user.isEmpty();
}

QString AccountProfile::endpointLabel() const
{
    return route == Route::Relay ? toServerSettings(QString()).endpointLabel() : QString();
}
