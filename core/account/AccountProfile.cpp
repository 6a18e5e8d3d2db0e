#include "AccountProfile.h"

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
    settings.ehloName = ehloName;
    settings.allowPlainTextAuth = allowPlainTextAuth;
    settings.trustedFingerprints = trustedFingerprints;
    if (timeoutSeconds > 0)
        settings.timeouts = SmtpTimeouts::uniform(timeoutSeconds * 1000);
    return settings;
}

QString AccountProfile::normalizedFingerprint(const QString &sha256)
{
    QString hex;
    for (const QChar c : sha256) {
        if (c.isLetterOrNumber())
            hex.append(c.toLower());
    }
    QString out;
    for (qsizetype i = 0; i < hex.size(); i += 2) {
        if (!out.isEmpty())
            out.append(u':');
        out.append(hex.mid(i, 2));
    }
    return out;
}

void AccountProfile::trustFingerprint(const QString &sha256)
{
    const QString normalized = normalizedFingerprint(sha256);
    if (normalized.isEmpty())
        return;
    for (const QString &known : std::as_const(trustedFingerprints)) {
        if (normalizedFingerprint(known) == normalized)
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
        && passwordStorage == other.passwordStorage;
}
