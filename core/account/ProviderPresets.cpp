#include "ProviderPresets.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

template<typename Enum> Enum enumFromString(const QString &text, Enum fallback)
{
    bool ok = false;
    const int value = QMetaEnum::fromType<Enum>().keyToValue(text.toLatin1().constData(), &ok);
    return ok ? Enum(value) : fallback;
}

QList<ProviderPreset> loadPresets()
{
    QList<ProviderPreset> presets;
    QFile file(u":/mailwright/providers.json"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("ProviderPresets: the embedded providers.json is missing");
        return presets;
    }
    const QJsonArray providers = QJsonDocument::fromJson(file.readAll()).object().value(u"providers"_s).toArray();
    for (const QJsonValue &value : providers) {
        const QJsonObject o = value.toObject();
        ProviderPreset p;
        p.id = o.value(u"id"_s).toString();
        p.name = o.value(u"name"_s).toString();
        const QJsonArray domains = o.value(u"domains"_s).toArray();
        for (const QJsonValue &d : domains)
            p.domains.append(d.toString().toLower());
        p.host = o.value(u"host"_s).toString();
        p.port = quint16(o.value(u"port"_s).toInt());
        p.security = enumFromString(o.value(u"security"_s).toString(), Smtp::Security::StartTls);
        p.auth = enumFromString(o.value(u"auth"_s).toString(), Smtp::AuthMethod::Auto);
        p.note = o.value(u"note"_s).toString();
        if (!p.id.isEmpty() && !p.host.isEmpty())
            presets.append(p);
    }
    return presets;
}

QString domainOf(const QString &address)
{
    QString text = address.trimmed();
    const qsizetype open = text.lastIndexOf(u'<');
    if (open >= 0) {
        const qsizetype close = text.indexOf(u'>', open);
        text = text.mid(open + 1, close < 0 ? -1 : close - open - 1).trimmed();
    }
    const qsizetype at = text.lastIndexOf(u'@');
    QString domain = (at >= 0 ? text.mid(at + 1) : text).trimmed().toLower();
    if (domain.endsWith(u'.'))
        domain.chop(1);
    // An IDN typed in Unicode still finds its ASCII entry (and the other way round).
    const QString unicode = QUrl::fromAce(QUrl::toAce(domain));
    return unicode.isEmpty() ? domain : unicode;
}

} // namespace

QString ProviderPreset::translatedNote() const
{
    const QByteArray source = note.toUtf8();
    return QCoreApplication::translate("ProviderPresets", source.constData());
}

void ProviderPreset::applyTo(AccountProfile &profile) const
{
    profile.host = host;
    profile.port = port;
    profile.security = security;
    profile.auth = auth;
    if (profile.user.isEmpty())
        profile.user = profile.senderAddress;
}

const QList<ProviderPreset> &ProviderPresets::all()
{
    static const QList<ProviderPreset> presets = loadPresets();
    return presets;
}

std::optional<ProviderPreset> ProviderPresets::forDomain(const QString &domain)
{
    return forAddress(domain);
}

std::optional<ProviderPreset> ProviderPresets::forAddress(const QString &address)
{
    const QString domain = domainOf(address);
    if (domain.isEmpty())
        return std::nullopt;
    for (const ProviderPreset &p : all()) {
        if (p.domains.contains(domain))
            return p;
    }
    return std::nullopt;
}

std::optional<ProviderPreset> ProviderPresets::byId(const QString &id)
{
    for (const ProviderPreset &p : all()) {
        if (p.id == id)
            return p;
    }
    return std::nullopt;
}
