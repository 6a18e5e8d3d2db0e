#pragma once

#include "account/AccountProfile.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

// Everything a sign-in needs to know about the provider of one profile: its endpoints and
// scopes (Microsoft and Google from resources/oauth-providers.json, a custom provider from the
// profile), and the client — the profile's own client ID, else the one this build was
// configured with (CMake cache variables MAILWRIGHT_MICROSOFT_CLIENT_ID,
// MAILWRIGHT_GOOGLE_CLIENT_ID, MAILWRIGHT_GOOGLE_CLIENT_SECRET). Never another application's.
struct OAuthProvider
{
    Q_DECLARE_TR_FUNCTIONS(OAuthProvider)
public:
    OAuthSettings::Provider kind = OAuthSettings::Provider::None;
    QString name; // "Microsoft", "Google", or the custom provider's host
    QUrl authorizationUrl;
    QUrl tokenUrl;
    QUrl deviceAuthorizationUrl; // empty: no sign-in from a terminal (RFC 8628)
    QUrl revocationUrl; // empty: signing out only forgets the tokens (RFC 7009)
    QString scopes;
    QList<QPair<QString, QString>> authorizationParameters; // Google: access_type=offline, …
    QString clientId;
    QString clientSecret;

    static OAuthProvider forSettings(const OAuthSettings &settings);

    // Empty when a sign-in can start; otherwise what is missing, in sentences a person can act
    // on (with no client ID: what to register, and where).
    QString problem() const;
    bool canSignInFromTerminal() const { return deviceAuthorizationUrl.isValid(); }
};
