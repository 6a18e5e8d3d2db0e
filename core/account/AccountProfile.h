#pragma once

#include "smtp/ServerSettings.h"
#include "smtp/SmtpTypes.h"

#include <QDateTime>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

// How a profile signs in with OAuth 2.0 instead of a password: which provider, and — for a
// company's own server or a custom registration — the client and endpoints. The tokens are not
// here: they live where passwords live (PasswordVault, as OAuthTokens::toJson()).
struct OAuthSettings
{
    Q_GADGET
public:
    enum class Provider {
        None, // a password (or no login)
        Microsoft,
        Google,
        Custom, // endpoints and scopes given here
    };
    Q_ENUM(Provider)

    Provider provider = Provider::None;
    QString clientId; // empty: the build's (Microsoft, Google); required for Custom
    QString clientSecret; // Google's installed-app secret, or a custom provider's; not a password
    QString tenant; // Microsoft: empty for "common", or "organizations", "consumers", a tenant ID
    QString authorizationUrl; // Custom only, like the three below
    QString tokenUrl;
    QString deviceAuthorizationUrl; // RFC 8628; empty: no sign-in from a terminal
    QString scopes; // space-separated
    // Who is signed in and since when, for the person to see; the tokens prove it.
    QString account;
    QDateTime signedInAt;

    bool operator==(const OAuthSettings &other) const;
    bool operator!=(const OAuthSettings &other) const { return !(*this == other); }
};

// One saved sending account, as the profile dialog edits it and ProfileStore keeps it. A plain
// value: it never holds the password (that lives in a SecretStore under secretKey(), or — only
// after the person's explicit choice — in the settings file through ProfileStore).
struct AccountProfile
{
    Q_GADGET
public:
    // How mail leaves: through the configured server, or straight to each recipient's MX.
    enum class Route {
        Relay,
        Direct,
    };
    Q_ENUM(Route)

    // Where the password is kept. Keychain is the default; SettingsFile is the explicit,
    // warned-about opt-in for machines without a keychain.
    enum class PasswordStorage {
        Keychain,
        SettingsFile,
    };
    Q_ENUM(PasswordStorage)

    QString id; // stable across renames; assigned by ProfileStore::save() when empty
    QString name;
    QString senderName;
    QString senderAddress;
    QString host;
    quint16 port = 0; // 0: the default for the security (465 for Tls, 587 otherwise)
    Smtp::Security security = Smtp::Security::StartTls;
    Smtp::AuthMethod auth = Smtp::AuthMethod::Auto;
    QString user;
    QString ehloName;
    int timeoutSeconds = 0; // 0: the per-stage defaults of SmtpTimeouts
    QString signaturePlain;
    QString signatureHtml;
    Route route = Route::Relay;
    bool allowPlainTextAuth = false;
    QStringList trustedFingerprints; // SHA-256, hex as SendResult::tls shows it
    PasswordStorage passwordStorage = PasswordStorage::Keychain; // and where OAuth tokens are kept
    OAuthSettings oauth;

    // Signs in with OAuth 2.0 (a bearer token over XOAUTH2 or OAUTHBEARER), not a password.
    bool usesOAuth() const { return oauth.provider != OAuthSettings::Provider::None; }

    // The key of this profile's password (or OAuth tokens) in a SecretStore ("profile/<id>");
    // empty before the first save.
    QString secretKey() const;

    // The connection settings for SmtpSession, with the password (or XOAUTH2 token) given.
    ServerSettings toServerSettings(const QString &secret) const;

    // Adds a pinned certificate (in Fingerprint::normalized() form); no duplicates.
    void trustFingerprint(const QString &sha256);

    // Whether sending needs a password (or token): a relay that logs in. The one rule every
    // caller asks, so the composer, the connection test and mailwright-send agree.
    bool signsIn() const;
    // The relay's "host:port" (ServerSettings::endpointLabel); empty for the direct route,
    // whose servers depend on the recipients.
    QString endpointLabel() const;

    bool operator==(const AccountProfile &other) const;
    bool operator!=(const AccountProfile &other) const { return !(*this == other); }
};
Q_DECLARE_METATYPE(AccountProfile)
