#include "ProfileStore.h"

#include "EnumText.h"

#include <QCollator>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMetaEnum>
#include <QSettings>
#include <QStandardPaths>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

const QString profilesGroup = u"profiles"_s;
const QString defaultKey = u"general/defaultProfile"_s;
const QString formatKey = u"general/format"_s;
const QString passwordKey = u"password"_s;

void writeProfile(QSettings &settings, const AccountProfile &p)
{
    settings.setValue(u"name"_s, p.name);
    settings.setValue(u"senderName"_s, p.senderName);
    settings.setValue(u"senderAddress"_s, p.senderAddress);
    settings.setValue(u"host"_s, p.host);
    settings.setValue(u"port"_s, int(p.port));
    settings.setValue(u"security"_s, enumToString(p.security));
    settings.setValue(u"auth"_s, enumToString(p.auth));
    settings.setValue(u"user"_s, p.user);
    settings.setValue(u"ehloName"_s, p.ehloName);
    settings.setValue(u"timeoutSeconds"_s, p.timeoutSeconds);
    settings.setValue(u"signaturePlain"_s, p.signaturePlain);
    settings.setValue(u"signatureHtml"_s, p.signatureHtml);
    settings.setValue(u"route"_s, enumToString(p.route));
    settings.setValue(u"allowPlainTextAuth"_s, p.allowPlainTextAuth);
    settings.setValue(u"trustedFingerprints"_s, p.trustedFingerprints);
    settings.setValue(u"passwordStorage"_s, enumToString(p.passwordStorage));
    if (p.passwordStorage != AccountProfile::PasswordStorage::SettingsFile)
        settings.remove(passwordKey);
    settings.remove(u"oauth"_s);
    if (p.usesOAuth()) {
        const OAuthSettings &o = p.oauth;
        settings.beginGroup(u"oauth"_s);
        settings.setValue(u"provider"_s, enumToString(o.provider));
        const QList<QPair<QString, QString>> texts = { { u"clientId"_s, o.clientId },
            { u"clientSecret"_s, o.clientSecret }, { u"tenant"_s, o.tenant },
            { u"authorizationUrl"_s, o.authorizationUrl }, { u"tokenUrl"_s, o.tokenUrl },
            { u"deviceAuthorizationUrl"_s, o.deviceAuthorizationUrl }, { u"scopes"_s, o.scopes },
            { u"account"_s, o.account } };
        for (const auto &[key, value] : texts) {
            if (!value.isEmpty())
                settings.setValue(key, value);
        }
        if (o.signedInAt.isValid())
            settings.setValue(u"signedInAt"_s, o.signedInAt.toUTC().toString(Qt::ISODate));
        settings.endGroup();
    }
}

AccountProfile readProfile(const QSettings &settings, const QString &id)
{
    AccountProfile p;
    p.id = id;
    p.name = settings.value(u"name"_s).toString();
    p.senderName = settings.value(u"senderName"_s).toString();
    p.senderAddress = settings.value(u"senderAddress"_s).toString();
    p.host = settings.value(u"host"_s).toString();
    p.port = quint16(qBound(0, settings.value(u"port"_s, 0).toInt(), 65535));
    p.security = enumFromString(settings.value(u"security"_s).toString(), Smtp::Security::StartTls);
    p.auth = enumFromString(settings.value(u"auth"_s).toString(), Smtp::AuthMethod::Auto);
    p.user = settings.value(u"user"_s).toString();
    p.ehloName = settings.value(u"ehloName"_s).toString();
    p.timeoutSeconds = qMax(0, settings.value(u"timeoutSeconds"_s, 0).toInt());
    p.signaturePlain = settings.value(u"signaturePlain"_s).toString();
    p.signatureHtml = settings.value(u"signatureHtml"_s).toString();
    p.route = enumFromString(settings.value(u"route"_s).toString(), AccountProfile::Route::Relay);
    p.allowPlainTextAuth = settings.value(u"allowPlainTextAuth"_s, false).toBool();
    p.trustedFingerprints = settings.value(u"trustedFingerprints"_s).toStringList();
    p.passwordStorage
        = enumFromString(settings.value(u"passwordStorage"_s).toString(), AccountProfile::PasswordStorage::Keychain);
    OAuthSettings &o = p.oauth;
    o.provider = enumFromString(settings.value(u"oauth/provider"_s).toString(), OAuthSettings::Provider::None);
    o.clientId = settings.value(u"oauth/clientId"_s).toString();
    o.clientSecret = settings.value(u"oauth/clientSecret"_s).toString();
    o.tenant = settings.value(u"oauth/tenant"_s).toString();
    o.authorizationUrl = settings.value(u"oauth/authorizationUrl"_s).toString();
    o.tokenUrl = settings.value(u"oauth/tokenUrl"_s).toString();
    o.deviceAuthorizationUrl = settings.value(u"oauth/deviceAuthorizationUrl"_s).toString();
    o.scopes = settings.value(u"oauth/scopes"_s).toString();
    o.account = settings.value(u"oauth/account"_s).toString();
    o.signedInAt = QDateTime::fromString(settings.value(u"oauth/signedInAt"_s).toString(), Qt::ISODate);
    return p;
}

// Profiles are stored under their id, not their name: a name may hold any character, and a
// rename then touches one key instead of moving a group (and the keychain key stays put).
QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

ProfileStore::ProfileStore(const QString &filePath)
    : m_filePath(filePath.isEmpty() ? defaultFilePath() : filePath)
{
}

QString ProfileStore::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + u"/profiles.ini"_s;
}

void ProfileStore::restrictPermissions() const
{
    // Create the file empty with 0600 before QSettings first writes it: QSaveFile, which
    // QSettings writes through, keeps the permissions of the file it replaces, so the file is
    // never readable by others, not even for a moment. Set again after each write in case an
    // outside tool loosened them.
    const QFileInfo info(m_filePath);
    QDir().mkpath(info.absolutePath());
    QFile::setPermissions(
        info.absolutePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QFile file(m_filePath);
    if (!file.exists() && file.open(QIODevice::WriteOnly))
        file.close();
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

QStringList ProfileStore::names() const
{
    QStringList result;
    const QList<AccountProfile> all = profiles();
    for (const AccountProfile &p : all)
        result.append(p.name);
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(result.begin(), result.end(), collator);
    return result;
}

QList<AccountProfile> ProfileStore::profiles() const
{
    QSettings settings(m_filePath, QSettings::IniFormat);
    QList<AccountProfile> result;
    settings.beginGroup(profilesGroup);
    const QStringList ids = settings.childGroups();
    for (const QString &id : ids) {
        settings.beginGroup(id);
        AccountProfile p = readProfile(settings, id);
        settings.endGroup();
        if (!p.name.isEmpty())
            result.append(p);
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(result.begin(), result.end(),
        [&](const AccountProfile &a, const AccountProfile &b) { return collator.compare(a.name, b.name) < 0; });
    return result;
}

QString ProfileStore::groupFor(const QString &name) const
{
    const QList<AccountProfile> all = profiles();
    for (const AccountProfile &p : all) {
        if (p.name == name)
            return profilesGroup + u'/' + p.id;
    }
    return QString();
}

std::optional<AccountProfile> ProfileStore::load(const QString &name) const
{
    const QList<AccountProfile> all = profiles();
    for (const AccountProfile &p : all) {
        if (p.name == name)
            return p;
    }
    return std::nullopt;
}

std::optional<AccountProfile> ProfileStore::forSender(const QString &address) const
{
    const QList<AccountProfile> all = profiles();
    for (const AccountProfile &profile : all) {
        if (!address.isEmpty() && profile.senderAddress.compare(address, Qt::CaseInsensitive) == 0)
            return profile;
    }
    return std::nullopt;
}

bool ProfileStore::contains(const QString &name) const
{
    return !groupFor(name).isEmpty();
}

ProfileStoreResult ProfileStore::save(const AccountProfile &profile)
{
    ProfileStoreResult result;
    result.profile = profile;
    if (profile.name.trimmed().isEmpty()) {
        result.error = tr("A profile needs a name.");
        return result;
    }
    const std::optional<AccountProfile> sameName = load(profile.name);
    if (result.profile.id.isEmpty())
        result.profile.id = sameName ? sameName->id : newId();
    if (sameName && sameName->id != result.profile.id) {
        result.error = tr("There is already a profile called “%1”.").arg(profile.name);
        return result;
    }

    restrictPermissions();
    {
        QSettings settings(m_filePath, QSettings::IniFormat);
        settings.setValue(formatKey, 1);
        settings.beginGroup(profilesGroup + u'/' + result.profile.id);
        writeProfile(settings, result.profile);
        settings.endGroup();
        settings.sync();
        if (settings.status() != QSettings::NoError)
            result.error = tr("The profiles could not be saved to %1.").arg(m_filePath);
    }
    restrictPermissions();
    return result;
}

ProfileStoreResult ProfileStore::rename(const QString &oldName, const QString &newName)
{
    ProfileStoreResult result;
    std::optional<AccountProfile> profile = load(oldName);
    if (!profile) {
        result.error = tr("There is no profile called “%1”.").arg(oldName);
        return result;
    }
    if (oldName == newName) {
        result.profile = *profile;
        return result;
    }
    if (contains(newName)) {
        result.error = tr("There is already a profile called “%1”.").arg(newName);
        return result;
    }
    const bool wasDefault = defaultProfileName() == oldName;
    profile->name = newName;
    result = save(*profile);
    if (result.ok() && wasDefault)
        setDefaultProfile(newName);
    return result;
}

ProfileStoreResult ProfileStore::duplicate(const QString &name, const QString &newName)
{
    ProfileStoreResult result;
    std::optional<AccountProfile> profile = load(name);
    if (!profile) {
        result.error = tr("There is no profile called “%1”.").arg(name);
        return result;
    }
    if (contains(newName)) {
        result.error = tr("There is already a profile called “%1”.").arg(newName);
        return result;
    }
    profile->id = newId();
    profile->name = newName;
    return save(*profile);
}

bool ProfileStore::remove(const QString &name)
{
    const QString group = groupFor(name);
    if (group.isEmpty())
        return false;
    const bool wasDefault = defaultProfileName() == name;
    restrictPermissions();
    QSettings settings(m_filePath, QSettings::IniFormat);
    settings.remove(group);
    if (wasDefault)
        settings.remove(defaultKey);
    settings.sync();
    restrictPermissions();
    return settings.status() == QSettings::NoError;
}

QString ProfileStore::defaultProfileName() const
{
    const QSettings settings(m_filePath, QSettings::IniFormat);
    const QString id = settings.value(defaultKey).toString();
    const QList<AccountProfile> all = profiles();
    for (const AccountProfile &p : all) {
        if (p.id == id)
            return p.name;
    }
    return all.isEmpty() ? QString() : all.first().name;
}

bool ProfileStore::setDefaultProfile(const QString &name)
{
    const std::optional<AccountProfile> profile = load(name);
    if (!profile)
        return false;
    restrictPermissions();
    QSettings settings(m_filePath, QSettings::IniFormat);
    settings.setValue(defaultKey, profile->id);
    settings.sync();
    restrictPermissions();
    return settings.status() == QSettings::NoError;
}

ProfileStoreResult ProfileStore::setSettingsFilePassword(const QString &name, const QString &password)
{
    ProfileStoreResult result;
    const std::optional<AccountProfile> profile = load(name);
    if (!profile) {
        result.error = tr("There is no profile called “%1”.").arg(name);
        return result;
    }
    result.profile = *profile;
    if (profile->passwordStorage != AccountProfile::PasswordStorage::SettingsFile) {
        result.error = tr("The profile “%1” keeps its password in the keychain, not in the settings file.").arg(name);
        return result;
    }
    restrictPermissions();
    QSettings settings(m_filePath, QSettings::IniFormat);
    settings.setValue(profilesGroup + u'/' + profile->id + u'/' + passwordKey, password);
    settings.sync();
    restrictPermissions();
    if (settings.status() != QSettings::NoError)
        result.error = tr("The profiles could not be saved to %1.").arg(m_filePath);
    return result;
}

QString ProfileStore::settingsFilePassword(const QString &name) const
{
    const std::optional<AccountProfile> profile = load(name);
    if (!profile || profile->passwordStorage != AccountProfile::PasswordStorage::SettingsFile)
        return QString();
    const QSettings settings(m_filePath, QSettings::IniFormat);
    return settings.value(profilesGroup + u'/' + profile->id + u'/' + passwordKey).toString();
}

QString ProfileStore::uniqueName(const QString &base) const
{
    if (!contains(base))
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = u"%1 (%2)"_s.arg(base).arg(n);
        if (!contains(candidate))
            return candidate;
    }
}
