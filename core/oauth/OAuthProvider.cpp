#include "OAuthProvider.h"

#include "EnumText.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

QJsonObject builtIn(OAuthSettings::Provider provider)
{
    static const QJsonObject providers = [] {
        QFile file(u":/mailwright/oauth-providers.json"_s);
        return file.open(QIODevice::ReadOnly)
            ? QJsonDocument::fromJson(file.readAll()).object().value(u"providers"_s).toObject()
            : QJsonObject();
    }();
    return providers.value(enumToString(provider)).toObject();
}

QString buildClientId(OAuthSettings::Provider provider)
{
    switch (provider) {
    case OAuthSettings::Provider::Microsoft:
        return QStringLiteral(MAILWRIGHT_MICROSOFT_CLIENT_ID);
    case OAuthSettings::Provider::Google:
        return QStringLiteral(MAILWRIGHT_GOOGLE_CLIENT_ID);
    case OAuthSettings::Provider::None:
    case OAuthSettings::Provider::Custom:
        break;
    }
    return {};
}

} // namespace

OAuthProvider OAuthProvider::forSettings(const OAuthSettings &settings)
{
    OAuthProvider p;
    p.kind = settings.provider;
    if (settings.provider == OAuthSettings::Provider::None)
        return p;
    if (settings.provider == OAuthSettings::Provider::Custom) {
        p.authorizationUrl = QUrl(settings.authorizationUrl.trimmed());
        p.tokenUrl = QUrl(settings.tokenUrl.trimmed());
        p.deviceAuthorizationUrl = QUrl(settings.deviceAuthorizationUrl.trimmed());
        p.scopes = settings.scopes.simplified();
        p.name = p.authorizationUrl.host().isEmpty() ? tr("the sign-in server") : p.authorizationUrl.host();
    } else {
        const QJsonObject data = builtIn(settings.provider);
        const QString tenant = settings.tenant.trimmed().isEmpty() ? data.value(u"defaultTenant"_s).toString()
                                                                   : settings.tenant.trimmed();
        const auto endpoint = [&](const QString &key) {
            return QUrl(data.value(key).toString().replace(
                u"{tenant}"_s, QString::fromLatin1(QUrl::toPercentEncoding(tenant))));
        };
        p.name = data.value(u"name"_s).toString();
        p.authorizationUrl = endpoint(u"authorizationUrl"_s);
        p.tokenUrl = endpoint(u"tokenUrl"_s);
        p.deviceAuthorizationUrl = endpoint(u"deviceAuthorizationUrl"_s);
        p.revocationUrl = endpoint(u"revocationUrl"_s);
        p.scopes = data.value(u"scopes"_s).toString();
        const QJsonObject parameters = data.value(u"authorizationParameters"_s).toObject();
        for (auto it = parameters.begin(); it != parameters.end(); ++it)
            p.authorizationParameters.append({ it.key(), it.value().toString() });
    }
    p.clientId = settings.clientId.trimmed().isEmpty() ? buildClientId(settings.provider) : settings.clientId.trimmed();
    p.clientSecret = settings.clientSecret.trimmed();
    if (p.clientSecret.isEmpty() && settings.provider == OAuthSettings::Provider::Google
        && settings.clientId.trimmed().isEmpty())
        p.clientSecret = QStringLiteral(MAILWRIGHT_GOOGLE_CLIENT_SECRET); // an installed app's "secret" is public
    return p;
}

QString OAuthProvider::problem() const
{
    switch (kind) {
    case OAuthSettings::Provider::None:
        return tr("This profile does not sign in with OAuth 2.0.");
    case OAuthSettings::Provider::Microsoft:
        if (clientId.isEmpty())
            return tr("This copy of Mailwright was built without a Microsoft application ID. Register a mobile and "
                      "desktop application in the Microsoft Entra admin center (App registrations, redirect URI "
                      "http://127.0.0.1, permission SMTP.Send) and enter its Application (client) ID under Advanced.");
        break;
    case OAuthSettings::Provider::Google:
        if (clientId.isEmpty())
            return tr("This copy of Mailwright was built without a Google client ID. Create an OAuth client of type "
                      "“Desktop app” in the Google Cloud console (APIs & Services → Credentials, with the "
                      "https://mail.google.com/ scope on its consent screen) and enter its client ID and secret under "
                      "Advanced.");
        break;
    case OAuthSettings::Provider::Custom:
        if (!authorizationUrl.isValid() || authorizationUrl.scheme().isEmpty() || !tokenUrl.isValid()
            || tokenUrl.scheme().isEmpty())
            return tr("Enter the provider's authorization and token endpoints (https://…).");
        if (clientId.isEmpty())
            return tr("Enter the client ID registered with the provider for Mailwright.");
        break;
    }
    return {};
}
