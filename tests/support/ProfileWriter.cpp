// Saves one account profile through ProfileStore, and its password through PasswordVault, the
// way the profile dialog does: integration tests of `mailwright-send --profile` get a real
// profiles.ini without knowing its layout (that is ProfileStore's business).
//
//   mailwright-test-profile-writer --file PROFILES_INI --name NAME --host HOST [--port N]
//       [--security None|StartTls|Tls] [--auth Auto|None|Plain|Login|CramMd5|XOAuth2] [--user U]
//       [--sender-name N] [--sender-address A] [--ehlo NAME] [--timeout SECONDS]
//       [--route Relay|Direct] [--allow-plain-auth] [--trust-fingerprint SHA256]...
//       [--password-storage Keychain|SettingsFile] [--password-env VAR]
//       [--oauth-provider Microsoft|Google|Custom] [--oauth-client-id ID] [--oauth-tenant T]
//       [--oauth-authorization-url URL] [--oauth-token-url URL] [--oauth-device-url URL]
//       [--oauth-scopes "A B"]
//
// Exit 0 once the profile (and the password, where the profile says) is stored; 1 otherwise,
// with the reason on stderr. Enum values are the Q_ENUM key names.

#include "account/KeychainSecretStore.h"
#include "account/PasswordVault.h"
#include "account/ProfileStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QMetaEnum>

#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

template<typename Enum> std::optional<Enum> parseEnum(const QString &text)
{
    bool ok = false;
    const int value = QMetaEnum::fromType<Enum>().keyToValue(text.toLatin1().constData(), &ok);
    return ok ? std::optional<Enum>(Enum(value)) : std::nullopt;
}

int fail(const QString &why)
{
    std::fprintf(stderr, "mailwright-test-profile-writer: %s\n", qUtf8Printable(why));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption file(u"file"_s, u"profiles.ini to write"_s, u"PATH"_s);
    const QCommandLineOption name(u"name"_s, u"profile name"_s, u"NAME"_s);
    const QCommandLineOption host(u"host"_s, u"server"_s, u"HOST"_s);
    const QCommandLineOption port(u"port"_s, u"port"_s, u"N"_s);
    const QCommandLineOption security(u"security"_s, u"Smtp::Security key"_s, u"KEY"_s);
    const QCommandLineOption auth(u"auth"_s, u"Smtp::AuthMethod key"_s, u"KEY"_s);
    const QCommandLineOption user(u"user"_s, u"user"_s, u"USER"_s);
    const QCommandLineOption senderName(u"sender-name"_s, u"sender name"_s, u"TEXT"_s);
    const QCommandLineOption senderAddress(u"sender-address"_s, u"sender address"_s, u"ADDR"_s);
    const QCommandLineOption ehlo(u"ehlo"_s, u"EHLO name"_s, u"NAME"_s);
    const QCommandLineOption timeout(u"timeout"_s, u"seconds"_s, u"SECONDS"_s);
    const QCommandLineOption route(u"route"_s, u"AccountProfile::Route key"_s, u"KEY"_s);
    const QCommandLineOption allowPlainAuth(u"allow-plain-auth"_s, u"allow AUTH without TLS"_s);
    const QCommandLineOption fingerprint(u"trust-fingerprint"_s, u"pinned SHA-256 (repeatable)"_s, u"SHA256"_s);
    const QCommandLineOption storage(u"password-storage"_s, u"AccountProfile::PasswordStorage key"_s, u"KEY"_s);
    const QCommandLineOption passwordEnv(u"password-env"_s, u"store the password in this variable"_s, u"VAR"_s);
    const QCommandLineOption oauthProvider(u"oauth-provider"_s, u"OAuthSettings::Provider key"_s, u"KEY"_s);
    const QCommandLineOption oauthClientId(u"oauth-client-id"_s, u"client ID"_s, u"ID"_s);
    const QCommandLineOption oauthTenant(u"oauth-tenant"_s, u"Microsoft tenant"_s, u"T"_s);
    const QCommandLineOption oauthAuthorization(u"oauth-authorization-url"_s, u"endpoint"_s, u"URL"_s);
    const QCommandLineOption oauthToken(u"oauth-token-url"_s, u"endpoint"_s, u"URL"_s);
    const QCommandLineOption oauthDevice(u"oauth-device-url"_s, u"endpoint"_s, u"URL"_s);
    const QCommandLineOption oauthScopes(u"oauth-scopes"_s, u"space-separated"_s, u"SCOPES"_s);
    parser.addOptions({ file, name, host, port, security, auth, user, senderName, senderAddress, ehlo, timeout, route,
        allowPlainAuth, fingerprint, storage, passwordEnv, oauthProvider, oauthClientId, oauthTenant,
        oauthAuthorization, oauthToken, oauthDevice, oauthScopes });
    if (!parser.parse(app.arguments()))
        return fail(parser.errorText());
    if (!parser.isSet(file) || !parser.isSet(name))
        return fail(u"--file and --name are required"_s);

    AccountProfile profile;
    profile.name = parser.value(name);
    profile.host = parser.value(host);
    profile.port = quint16(parser.value(port).toUInt());
    profile.user = parser.value(user);
    profile.senderName = parser.value(senderName);
    profile.senderAddress = parser.value(senderAddress);
    profile.ehloName = parser.value(ehlo);
    profile.timeoutSeconds = parser.value(timeout).toInt();
    profile.allowPlainTextAuth = parser.isSet(allowPlainAuth);
    for (const QString &pin : parser.values(fingerprint))
        profile.trustFingerprint(pin);
    // Unknown key names are errors here, so a typo in a test does not silently test the default.
    if (parser.isSet(security)) {
        const auto value = parseEnum<Smtp::Security>(parser.value(security));
        if (!value)
            return fail(u"unknown --security "_s + parser.value(security));
        profile.security = *value;
    }
    if (parser.isSet(auth)) {
        const auto value = parseEnum<Smtp::AuthMethod>(parser.value(auth));
        if (!value)
            return fail(u"unknown --auth "_s + parser.value(auth));
        profile.auth = *value;
    }
    if (parser.isSet(route)) {
        const auto value = parseEnum<AccountProfile::Route>(parser.value(route));
        if (!value)
            return fail(u"unknown --route "_s + parser.value(route));
        profile.route = *value;
    }
    if (parser.isSet(storage)) {
        const auto value = parseEnum<AccountProfile::PasswordStorage>(parser.value(storage));
        if (!value)
            return fail(u"unknown --password-storage "_s + parser.value(storage));
        profile.passwordStorage = *value;
    }

    if (parser.isSet(oauthProvider)) {
        const auto value = parseEnum<OAuthSettings::Provider>(parser.value(oauthProvider));
        if (!value)
            return fail(u"unknown --oauth-provider "_s + parser.value(oauthProvider));
        profile.oauth.provider = *value;
        profile.oauth.clientId = parser.value(oauthClientId);
        profile.oauth.tenant = parser.value(oauthTenant);
        profile.oauth.authorizationUrl = parser.value(oauthAuthorization);
        profile.oauth.tokenUrl = parser.value(oauthToken);
        profile.oauth.deviceAuthorizationUrl = parser.value(oauthDevice);
        profile.oauth.scopes = parser.value(oauthScopes);
    }

    ProfileStore store(parser.value(file));
    const ProfileStoreResult saved = store.save(profile);
    if (!saved.ok())
        return fail(saved.error);
    std::printf("saved %s in %s\n", qUtf8Printable(saved.profile.name), qUtf8Printable(store.filePath()));
    if (!parser.isSet(passwordEnv))
        return 0;

    const QByteArray variable = parser.value(passwordEnv).toLocal8Bit();
    if (!qEnvironmentVariableIsSet(variable.constData()))
        return fail(u"the variable given with --password-env is not set"_s);
    KeychainSecretStore keychain;
    PasswordVault vault(&keychain, &store);
    int status = 1;
    vault.store(
        saved.profile, qEnvironmentVariable(variable.constData()), &app, [&status](const PasswordStoreResult &result) {
            // Stored in memory only means it did not reach the keychain or file: useless to a later process.
            if (result.ok() && result.storedIn != PasswordLookup::Source::Memory) {
                const bool inKeychain = result.storedIn == PasswordLookup::Source::Keychain;
                std::printf("password stored in the %s\n", inKeychain ? "keychain" : "settings file");
                status = 0;
            } else {
                fail(result.message.isEmpty() ? u"the password was not stored"_s : result.message);
            }
            QCoreApplication::exit(status);
        });
    app.exec();
    return status;
}
